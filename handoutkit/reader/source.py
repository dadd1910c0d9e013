"""The raw handout file: where it may live, how big it may be, its encoding and its characters.

A handout is read only if it is a regular file inside the handouts folder once every link is
resolved, is at most MAX_BYTES long and is UTF-8; every other file a clinic writes
(``read_settings``: clinic.yaml, pronunciations.yaml, labels/<lang>.yaml) by the same rules
with its own size limit. Characters that can hide or reorder text are
refused with the line they are on, literal or written as an HTML entity (&#x202E;):

  direction controls   U+202A–U+202E, U+2066–U+2069: the page can show text in an order
                       other than the one it is read aloud in ("Trojan Source")
  invisible            U+200B zero-width space, U+2060 word joiner, U+FEFF after the start,
                       U+2061–U+2064, U+180E, tag characters U+E0000–U+E007F (hidden ASCII)
  control              C0 controls but tab and line ends, DEL, C1 controls (U+0080–U+009F)
  separators           U+2028, U+2029 (a line break nobody can see)
  damaged              U+FFFD: text lost in a conversion

Zero-width spaces are refused rather than removed: deleting one would join two words
("Take\u200bone" → "Takeone"), so the writer has to decide. ZWJ/ZWNJ (U+200C, U+200D) and the
direction marks LRM, RLM, ALM (U+200E, U+200F, U+061C) stay allowed: scripts such as Persian,
Hindi and Arabic need them and they cannot reorder a run of text.
"""

from __future__ import annotations

import html
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from handoutkit.errors import Problem
from handoutkit.files import Placement, placement

MAX_BYTES = 1_000_000  # a long guide is ~10 KB; past this the file is not a handout
MAX_NAME_CHARS = 150  # a file name may have 255 bytes; ".name.epub.<pid>.<thread>.part" adds ~40
MAX_SETTINGS_BYTES = 100_000  # clinic.yaml and a labels file are ~2 KB
MAX_PRONUNCIATIONS_BYTES = 200_000  # ~5,000 terms
MAX_SETTING_CHARS = 1_000  # one setting's text: a clinic name, an after-hours paragraph
MAX_CHARACTER_PROBLEMS = 20  # per file: enough to show the pattern without a wall of errors

_DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u2061\u2062\u2063\u2064\u180e")
_SEPARATORS = frozenset("\u2028\u2029")
_HINTS = {
    "direction": "delete it: it changes the order text is shown in, so the page could show "
                 "something other than what is read aloud",
    "invisible": "delete it: it cannot be seen (it often comes with text pasted from a web "
                 "page or a word processor); put a space there if two words should stay apart",
    "control": "delete it: it is a control code, not text",
    "separator": "use a normal line break instead",
    "damaged": "retype the text around it: some characters were lost when it was converted",
}


def read_source(path: Path, handouts_dir: Path, problems: list[Problem]) -> str | None:
    """The file's text with line ends made '\\n' and a leading BOM removed, or None (with the
    reason in ``problems``) when it cannot be read as a handout at all."""
    if len(path.name) > MAX_NAME_CHARS:
        problems.append(Problem(path, 1, f"the file name has {len(path.name)} characters, more "
                                f"than the {MAX_NAME_CHARS} a handout's may have",
                                "give it a shorter name: its outputs and their temporary files "
                                "add up to 40 characters, and a file name may have 255"))
        return None
    data = _read_bytes(path, handouts_dir, "the handout", MAX_BYTES, problems)
    if data is None:
        return None
    return _decode(data, path, problems)


def read_settings(path: Path, handouts_dir: Path, problems: list[Problem],
                  max_bytes: int = MAX_SETTINGS_BYTES) -> str | None:
    """A settings file a clinic writes (clinic.yaml, pronunciations.yaml, labels/<lang>.yaml)
    by the handouts' rules: a regular file inside the folder, at most ``max_bytes``, UTF-8,
    no hidden characters. None when it is absent (settings are optional) or refused; a link
    to nothing is refused, not taken as absent ("Get help now" would lose its phone)."""
    if not path.exists() and not path.is_symlink():
        return None
    if not path.exists():
        problems.append(Problem(path, 1, "the file is a link to a file that does not exist",
                                "replace the link with the file itself, or delete it"))
        return None
    data = _read_bytes(path, handouts_dir, "the file", max_bytes, problems)
    if data is None:
        return None
    return _decode(data, path, problems, empty_ok=True)


def value_problems(data: dict[str, Any], line_of: Callable[[str], int], written: str,
                   path: Path) -> list[Problem]:
    """Problems in the values of a parsed settings file: hidden characters that only a YAML
    escape ("\\u0007", "\\u202e") put there (they would reach the EPUB as invalid XML, or
    reorder the phone number), and texts longer than MAX_SETTING_CHARS. ``written`` is the
    file's text, whose own hidden characters were reported at their lines already."""
    problems = []
    seen = set(refused_in(written))
    for key, value in data.items():
        texts = [str(key), *yaml_strings(value)]  # a term of pronunciations.yaml is text too
        for char in refused_in(" ".join(texts)):
            if char not in seen:
                shown = "".join(f"\\u{ord(c):04x}" if _kind(c) else c for c in str(key))
                problems.append(Problem(path, line_of(key), f"'{shown}' has a {describe(char)}",
                                        "delete the escape code"))
        if any(len(text) > MAX_SETTING_CHARS for text in texts):
            problems.append(Problem(path, line_of(key), f"'{key}' is longer than "
                                    f"{MAX_SETTING_CHARS:,} characters",
                                    "shorten it: a setting is a name, a line or a paragraph"))
    return problems


def yaml_strings(value: Any) -> list[str]:
    """Every piece of text in a YAML value, keys of mappings included."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*yaml_strings(k), *yaml_strings(v))]
    if isinstance(value, list):
        return [s for item in value for s in yaml_strings(item)]
    return [value] if isinstance(value, str) else []


def _read_bytes(path: Path, handouts_dir: Path, what: str, limit: int,
                problems: list[Problem]) -> bytes | None:
    """At most ``limit`` bytes of a regular file inside the handouts folder, or None."""
    where = _location_problem(path, handouts_dir, what)
    if where:
        problems.append(Problem(path, 1, *where))
        return None
    try:
        # O_NONBLOCK: a named pipe swapped in after the check opens without waiting, and
        # fstat then refuses it; a regular file reads as usual.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                problems.append(Problem(path, 1, f"{what} is not a regular file",
                                        "save it as a normal file"))
                return None
            data = stream.read(limit + 1)
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read the file: {exc.strerror or exc}",
                                "check that it exists and that you may read it"))
        return None
    if len(data) > limit:
        problems.append(Problem(path, 1, f"{what} is larger than {_size(limit)}",
                                "split it into shorter handouts, one topic each"
                                if what == "the handout" else
                                "keep only the settings: no real one comes near this size"))
        return None
    return data


def _size(limit: int) -> str:
    return f"{limit // 1_000_000} MB" if limit >= 1_000_000 else f"{limit // 1000} KB"


def _location_problem(path: Path, handouts_dir: Path, what: str) -> tuple[str, str] | None:
    """Why the file may not be read: outside the handouts folder (through a link) or not a file."""
    try:
        where = placement(path, handouts_dir)
        regular = path.resolve().is_file()
    except (OSError, RuntimeError, ValueError) as exc:  # a link loop, a name too long
        return f"cannot read the file: {exc}", "check the file name and any links"
    if where is not Placement.INSIDE:
        how = "is a link to a file outside" if where is Placement.LINKED_OUT else "is outside"
        return (f"{what} {how} the handouts folder",
                "copy the file into the handouts folder (links out of it are not followed)")
    if not regular:
        return (f"{what} is not a regular file",
                "save the handout as a normal .md file" if what == "the handout" else
                "save it as a normal file")
    return None


def _decode(data: bytes, path: Path, problems: list[Problem], empty_ok: bool = False
            ) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, "the file is not UTF-8 text",
                                "save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)"))
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip() and not empty_ok:
        problems.append(Problem(path, 1, "the file is empty",
                                "start with front matter: '---', title:, lang:, summary:, '---'"))
        return None
    problems.extend(hidden_characters(text, path))
    return text


def hidden_characters(text: str, path: Path) -> list[Problem]:
    """One problem per refused character on each line (entities decoded), at most
    MAX_CHARACTER_PROBLEMS; ``text`` is the whole file with '\\n' line ends."""
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for char in refused_in(line + html.unescape(line) if "&" in line else line):
            shown = line.split(char, 1)[0] if char in line else ""  # not for an &#x…; entity
            before = "".join(c for c in shown if not _kind(c))[-20:]
            problems.append(Problem(path, number, describe(char, before), _HINTS[_kind(char)]))
            if len(problems) == MAX_CHARACTER_PROBLEMS:
                return problems
    return problems


def refused_in(text: str) -> list[str]:
    """The refused characters in ``text``, each once, in order of first appearance."""
    return list(dict.fromkeys(c for c in text if _kind(c)))


def describe(char: str, before: str = "") -> str:
    """'hidden character U+202E RIGHT-TO-LEFT OVERRIDE after "Take "'."""
    name = unicodedata.name(char, "CONTROL CHARACTER")
    where = f' after "{before}"' if before.strip() else ""
    return f"hidden character U+{ord(char):04X} {name}{where}"


def _kind(char: str) -> str:
    point = ord(char)
    if char in _DIRECTION:
        return "direction"
    if char in _INVISIBLE or 0xE0000 <= point <= 0xE007F:
        return "invisible"
    if (point < 0x20 and char not in "\t\n") or 0x7F <= point <= 0x9F:
        return "control"
    if char in _SEPARATORS:
        return "separator"
    return "damaged" if char == "\ufffd" else ""
