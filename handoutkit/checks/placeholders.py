"""Made-up contact details left in a handout or clinic.yaml: warned about before they print."""

from __future__ import annotations

import re
from pathlib import Path

from handoutkit.config import CLINIC_FILE
from handoutkit.errors import LintWarning

# 555-0100 to 555-0199 are the North American numbers set aside for fiction, as the
# sample's (555) 555-0134; digits around it mean a longer, real number.
PHONE = re.compile(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[\s.-])?555[\s.-]?01\d\d(?![\d-])")
# The domains RFC 2606 and 6761 keep for examples: anything.example, example.com/.org/.net.
# The name must end there: www.example.community is a real address.
ADDRESS = re.compile(r"(?<![\w.-])(?:https?://)?(?:[\w-]+\.)*"
                     r"(?:[\w-]+\.example|example\.(?:com|org|net))(?![\w-]|\.[\w-])"
                     r"(?:/[^\s)\]>\"']*)?", re.IGNORECASE)


def placeholders(path: Path) -> list[LintWarning]:
    """One warning per placeholder phone number or address in the file, at its line; a
    YAML file's comment lines (clinic.yaml's notes) are not read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # gone or unreadable: the loader says so
        return []
    yaml = path.suffix in (".yaml", ".yml")
    warnings = []
    for number, line in enumerate(text.splitlines(), start=1):
        if yaml:
            line = line.split(" #", 1)[0] if not line.lstrip().startswith("#") else ""
        for match in PHONE.finditer(line):
            warnings.append(LintWarning(path, number, f"'{match.group()}' is a made-up phone "
                                        "number (555-0100 to 555-0199 are kept for examples) — "
                                        "put the number patients should call"))
        for match in ADDRESS.finditer(line):
            address = match.group().rstrip(".,;:!?")
            warnings.append(LintWarning(path, number, f"'{address}' is a made-up address "
                                        "(.example and example.com are kept for examples) — "
                                        "put the real web address"))
    return warnings


def clinic_placeholders(handouts_dir: Path) -> list[LintWarning]:
    """The placeholders in the project's clinic.yaml, if it has one."""
    return placeholders(handouts_dir / CLINIC_FILE)
