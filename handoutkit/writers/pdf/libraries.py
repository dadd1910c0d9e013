"""WeasyPrint imported without its search for libraries. WeasyPrint opens GObject, Pango,
HarfBuzz and fontconfig through cffi under several names each, one per platform
("libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0", … "libgobject-2.0.so.0"); for each name
dlopen cannot open as it is, cffi asks `ctypes.util.find_library`, which on Linux runs ldconfig,
then gcc and ld: 86 processes and about 0.4 s before the first leaflet of every build. While
WeasyPrint is imported, find_library answers from the linker's cache alone (`ldconfig -p`, run
once): the same answer ctypes finds first, and the only one dlopen can use, since
find_library gives a library's name, not its path."""

from __future__ import annotations

import ctypes.util
import functools
import re
import subprocess
import sys
import threading

LDCONFIG = "/sbin/ldconfig"  # where ctypes.util runs it from
_IMPORTING = threading.Lock()


def import_weasyprint() -> None:
    """Import WeasyPrint, if no thread has yet."""
    if "weasyprint" in sys.modules:
        return
    with _IMPORTING:
        searched = ctypes.util.find_library
        if sys.platform.startswith("linux"):
            ctypes.util.find_library = in_linker_cache
        try:
            import weasyprint  # noqa: F401
        finally:
            ctypes.util.find_library = searched


def in_linker_cache(name: str) -> str | None:
    """The file name under which the linker's cache knows the library ``name``
    ("gobject-2.0" → "libgobject-2.0.so.0"), or None."""
    found = re.search(rf"\s(lib{re.escape(name)}\.\S+)\s", _linker_cache())
    return found[1] if found else None


@functools.cache
def _linker_cache() -> str:
    try:
        return subprocess.run([LDCONFIG, "-p"], capture_output=True, text=True, check=False,
                              env={"LC_ALL": "C"}).stdout
    except OSError:  # no ldconfig: dlopen still opens the names it can as they are
        return ""
