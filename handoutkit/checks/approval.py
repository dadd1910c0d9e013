"""Sign-off: the digest of the content a clinician approved, and `handoutkit approve`.

Why a digest in the file rather than git history: a handouts folder need not be a
repository (a shared drive, a USB copy), history can be rewritten or squashed, a commit
date cannot say whether an uncommitted edit came after the approval, and a copy of the
folder keeps its approvals. The digest travels with the file and is checked the same way
everywhere; `approve` writes it, so nobody copies hashes by hand.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from handoutkit.errors import ContentError, Problem
from handoutkit.files import atomic_output
from handoutkit.reader.frontmatter import FENCE
from handoutkit.reader.limits import MAX_SENTENCE_WORDS
from handoutkit.reader.loader import load_handout

APPROVAL_KEYS = ("approved_by", "approved", "approved_digest")  # what approving writes
DIGEST_CHARS = 16  # hex digits: frontmatter.APPROVED_DIGEST


def content_digest(text: str) -> str:
    """The digest of a handout file's text without its approval lines: any change to the
    words, settings or layout changes it; trailing spaces and line endings do not."""
    kept = [line.rstrip() for line in _without_approval(text.splitlines())]
    while kept and not kept[-1]:
        kept.pop()
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()[:DIGEST_CHARS]


def _without_approval(lines: list[str]) -> list[str]:
    """The lines with the front matter's approval keys left out."""
    if not lines or lines[0].strip() != FENCE:
        return lines
    end = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() == FENCE), 0)
    front = [line for line in lines[1:end] if line.partition(":")[0] not in APPROVAL_KEYS]
    return [lines[0], *front, *lines[end:]]


def approve(path: Path, handouts_dir: Path, by: str, today: dt.date) -> str:
    """Record that ``by`` ("Name, Role") approved the handout as it is now; returns the
    digest written. A handout with errors cannot be approved."""
    by = " ".join(by.split())
    if not by or len(by.split()) > MAX_SENTENCE_WORDS or "," not in by:
        raise ContentError([Problem(path, 1, f"'--by {by}' is not a name and a role",
                                    'write it as --by "Dr Ana Ruiz, Obstetrician"')])
    load_handout(path, handouts_dir)  # its own errors, with their lines, first
    text = path.read_text(encoding="utf-8")
    lines = _without_approval(text.split("\n"))
    if not lines or lines[0].strip() != FENCE:  # load_handout refused it already
        raise ContentError([Problem(path, 1, "the file has no front matter", "add it first")])
    digest = content_digest(text)
    end = next(i for i, line in enumerate(lines[1:], 1) if line.rstrip() == FENCE)
    added = [f"approved_by: {json.dumps(by, ensure_ascii=False)}",
             f"approved: {today.isoformat()}", f"approved_digest: {digest}"]
    with atomic_output(path) as tmp:
        tmp.write_text("\n".join([*lines[:end], *added, *lines[end:]]), encoding="utf-8")
    return digest

