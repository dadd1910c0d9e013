"""`build/audit.html` and `build/audit.json`: one library-wide output, written only when its
digest changes (like the catalogue), with the same content in both files."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from handoutkit.audit.facts import Facts, facts_for
from handoutkit.audit.git import last_changes
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output, handout_name
from handoutkit.formats import output_kinds
from handoutkit.voices import missing_voice
from handoutkit.writers import LibraryOutput, digest
from handoutkit.writers.braille import missing_table
from handoutkit.writers.html.site import publish_assets, web_environment

logger = logging.getLogger(__name__)

AUDIT_HTML = "audit.html"
AUDIT_JSON = "audit.json"
AUDIT_LANG = "en"  # the page's own wording; each handout's title carries its own lang


def audit_output(layout: Layout, config: ClinicConfig, paths: Sequence[Path],
                 today: dt.date) -> LibraryOutput:
    """The audit of every handout in ``paths``, made from their files, the stamps and git."""
    entries = audit_entries(layout, config, paths, today)
    data = {"date": today.isoformat(), "clinic": config.name,
            "settings": {"reading_grade": config.reading_grade,
                         "review_every_months": config.review_every,
                         "review_warning_days": config.review_warning_days,
                         "expired": config.expired, "require_approval": config.require_approval},
            "handouts": entries}
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    html = render_audit(layout, config, data)

    def write() -> None:
        publish_assets(layout.templates_dir, layout.build_dir / "html")
        for name, content in ((AUDIT_JSON, text), (AUDIT_HTML, html)):
            with atomic_output(layout.build_dir / name) as tmp:
                tmp.write_text(content, encoding="utf-8")
        logger.debug("wrote the audit of %d handouts", len(entries))

    css = (layout.templates_dir / "html" / "page.css").read_bytes()
    return LibraryOutput(layout.build_dir / AUDIT_HTML, digest("audit", text, html, css), write)


def audit_entries(layout: Layout, config: ClinicConfig, paths: Sequence[Path],
                  today: dt.date, keep: bool = True) -> list[dict[str, Any]]:
    """The audit's entry for each handout of ``paths``; ``keep`` keeps the facts in the
    stamps (`make check` only reads)."""
    changes = last_changes(layout.handouts_dir)
    return [_entry(layout, config, path, today, changes, keep) for path in paths]


def _entry(layout: Layout, config: ClinicConfig, path: Path, today: dt.date,
           changes: dict[str, Any], keep: bool) -> dict[str, Any]:
    facts = facts_for(path, layout, config, today, keep)
    change = changes.get(path.name)
    entry = {**facts, "outputs": _outputs(layout, config, facts),
             "last_change": None if change is None else
             {"commit": change.commit, "date": change.date, "author": change.author}}
    if facts.get("pemat"):
        decided = [item for item in facts["pemat"] if isinstance(item["met"], bool)]
        entry["pre_score"] = {"agree": sum(item["met"] for item in decided),
                              "decided": len(decided),
                              "not_applicable": sum(item["met"] == "n/a"
                                                    for item in facts["pemat"]),
                              "for_a_person": sum(item["met"] is None
                                                  for item in facts["pemat"])}
    return entry


def _outputs(layout: Layout, config: ClinicConfig, facts: Facts) -> dict[str, Any]:
    """Each output kind: there or not, and why not."""
    name, lang = facts["name"], facts.get("lang")
    failing = facts.get("error") or facts.get("problems")
    found = {}
    for kind in (output.name for output in output_kinds()):
        present = layout.output(name, kind).is_file()
        reason = None
        if not present:
            if failing:
                reason = "the handout fails the build"
            elif lang and kind in ("audio", "vtt"):
                reason = missing_voice(lang, config.voice_for(lang))
            elif lang and kind == "braille":
                reason = missing_table(lang)
            reason = reason or "not built yet"
        found[kind] = {"present": present, "why_missing": reason}
    return found


def render_audit(layout: Layout, config: ClinicConfig, data: dict[str, Any]) -> str:
    """The audit page as HTML, from the same data as the JSON."""
    env = web_environment(layout.templates_dir)
    return env.get_template("html/audit.html").render(
        lang=AUDIT_LANG, root="", assets="html/", clinic=config, data=data,
        output_names={kind.name: kind.title for kind in output_kinds()}, name_of=handout_name,
        labels=config.labels_for(AUDIT_LANG), web=config.web_labels_for(AUDIT_LANG))
