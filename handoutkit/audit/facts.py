"""One handout's audit facts: what its file says and what the checks find, as plain JSON.

Loading and checking every handout on every build would cost a second per 20 handouts, so
the facts are kept beside the handout's stamps (`build/.stamps/<name>/audit.stamp`) under
the digest of everything they depend on: the file, its source's file (for a translation),
the settings and today's date.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from handoutkit.audit.pemat import pre_score
from handoutkit.checks.governance import standing
from handoutkit.checks.lint import lint
from handoutkit.config import ClinicConfig
from handoutkit.errors import HandoutError
from handoutkit.files import Layout, handout_name
from handoutkit.model import Handout
from handoutkit.pipeline.stamps import Stamps
from handoutkit.reader.loader import load_handout
from handoutkit.reader.translations import changed_parts, parts, source_path
from handoutkit.writers import digest

FACTS = "audit"  # the stamp that keeps them

Facts = dict[str, Any]


def facts_for(path: Path, layout: Layout, config: ClinicConfig, today: dt.date,
              keep: bool = True) -> Facts:
    """The facts of one handout file, from its stamp when nothing they depend on changed;
    ``keep`` stores them there when worked out again."""
    name = handout_name(path)
    source = source_path(path)
    inputs = digest(FACTS, path.read_bytes(), source.read_bytes() if source else b"",
                    repr(config), today.isoformat())
    stamps = Stamps(layout.build_dir)
    stamp = stamps.read(name, FACTS)
    if stamp is not None and stamp.digest == inputs and stamp.record is not None:
        return stamp.record
    found = _facts(path, layout, config, today)
    if not keep:
        return found
    with contextlib.suppress(OSError):  # costs only working them out again next time
        stamps.write(name, FACTS, inputs, found)
    return found


def _facts(path: Path, layout: Layout, config: ClinicConfig, today: dt.date) -> Facts:
    base: Facts = {"name": handout_name(path), "file": path.name}
    try:
        handout = load_handout(path, layout.handouts_dir)
    except HandoutError as exc:  # listed with its errors, and nothing else to say
        return {**base, "error": str(exc), "lang": None, "title": None, "problems": [],
                "warnings": [], "pemat": []}
    meta = handout.meta
    found = standing(handout, config, today)
    score, warnings = lint(handout, config)
    return {
        **base, "lang": meta.lang, "title": meta.title, "error": None,
        "problems": [str(p) for p in found.problems],
        "approval": {"by": meta.approved_by, "date": _iso(meta.approved),
                     "state": found.approval},
        "review": {"reviewed": _iso(meta.reviewed), "due": _iso(found.review_due),
                   "status": _review_status(found.review_due, today, config)},
        "translation": _translation(handout, found.critical, found.machine_unreviewed),
        "reading": {"grade": round(score.flesch_kincaid, 1) if score else None,
                    "smog": round(score.smog, 1) if score else None,
                    "words": score.words if score else None,
                    "target": config.reading_grade,
                    "above": bool(score and score.flesch_kincaid > config.reading_grade)},
        "warnings": [str(w) for w in (*warnings, *found.warnings)],
        "pemat": [dataclasses.asdict(item) for item in pre_score(handout)],
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _review_status(due: dt.date | None, today: dt.date, config: ClinicConfig) -> str:
    if due is None:
        return "no date set"
    if today > due:
        return "overdue: published marked out of date" if config.expired == "mark" \
            else "overdue: fails the build"
    if (due - today).days <= config.review_warning_days:
        return f"due within {config.review_warning_days} days"
    return "current"


def _translation(handout: Handout, critical: bool, unreviewed: bool) -> Facts:
    meta = handout.meta
    source_file = source_path(handout.path)
    status, changed = _in_step(handout, source_file)
    return {"source": source_file.name if source_file else None,
            "status": status or "not a translation", "changed": changed,
            "kind": meta.translation, "translated_by": meta.translated_by,
            "reviewed_by": meta.reviewed_by, "critical": critical,
            "machine_unreviewed": unreviewed}


def _in_step(handout: Handout, source_file: Path | None) -> tuple[str | None, list[str]]:
    """"in step", "stale" with the changed parts, "no version recorded", or None for a
    handout that is not a translation of a source beside it."""
    if source_file is None:
        return None, []
    if handout.meta.translated_from is None:
        return "no version recorded", []
    try:
        source = load_handout(source_file, source_file.parent)
        changed = changed_parts(handout.meta.translated_from,
                                parts(source, source_file.read_text(encoding="utf-8")))
    except (HandoutError, OSError, UnicodeDecodeError):
        return "source cannot be read", []
    return ("stale" if changed else "in step"), changed
