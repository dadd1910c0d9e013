"""WeasyPrint imported without its library search (writers/pdf/libraries.py) opens the same
libraries as a plain import, and runs ldconfig once instead of gcc and ld for every guess."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import ROOT

# Prints the programs the import ran and the shared libraries it left open; argv[1] says
# how WeasyPrint is imported.
PROBE = """import json, subprocess, sys
ran = []
start = subprocess.Popen._execute_child
def recording(self, args, *rest, **named):
    ran.append(args if isinstance(args, str) else args[0])
    return start(self, args, *rest, **named)
subprocess.Popen._execute_child = recording
if sys.argv[1] == "quick":
    from handoutkit.writers.pdf.libraries import import_weasyprint
    import_weasyprint()
else:
    import weasyprint
with open("/proc/self/maps") as maps:
    opened = sorted({line.split()[-1] for line in maps if ".so" in line.split()[-1]})
print(json.dumps({"ran": ran, "opened": opened}))
"""


def _import(how: str) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, how], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    found: dict[str, list[str]] = json.loads(done.stdout)
    return found


def test_weasyprint_opens_the_same_libraries_without_running_gcc_or_ld() -> None:
    plain, quick = _import("plain"), _import("quick")
    assert any("libpango-1.0" in path for path in quick["opened"])
    assert quick["opened"] == plain["opened"]
    assert {"gcc", "ld"} & {program.rsplit("/", 1)[-1] for program in plain["ran"]}, \
        "cffi's search for libraries ran no gcc or ld here: nothing to save"
    assert quick["ran"] == ["/sbin/ldconfig"]
