"""The audit's findings for one handout as lines of text, for `make check`."""

from __future__ import annotations

from typing import Any

from handoutkit.formats import output_kind


def finding_lines(entry: dict[str, Any]) -> list[str]:
    """What audit.html says of one handout, one finding a line, each starting with its file."""
    if entry.get("error"):
        return []  # its errors are printed with the failures
    approval, review, reading = entry["approval"], entry["review"], entry["reading"]
    lines = [_approval(approval), f"review due: {review['due'] or '—'} ({review['status']})",
             f"translation: {_translation(entry['translation'])}", _outputs(entry["outputs"])]
    if reading["grade"] is not None:
        lines.append(f"reading grade {reading['grade']} against the target {reading['target']}"
                     + (" (above)" if reading["above"] else ""))
    change = entry.get("last_change")
    if change:
        lines.append(f"last change: {change['commit']} on {change['date']} by {change['author']}")
    score = entry["pre_score"]
    lines.append(f"plain-language pre-score (PEMAT-P): {score['agree']} of {score['decided']} "
                 f"decided items agree, {score['not_applicable']} not applicable, "
                 f"{score['for_a_person']} for a person")
    lines += [f"  item {item['number']} {item['text']}: "
              f"{'agree' if item['met'] is True else 'disagree'} — {item['evidence']}"
              for item in entry["pemat"] if isinstance(item["met"], bool)]
    return [f"{entry['file']}: {line}" if not line.startswith("  ") else line
            for line in lines]


def _approval(approval: dict[str, Any]) -> str:
    if approval["state"] == "none":
        return "approval: not approved"
    return f"approval: {approval['by']} on {approval['date']} ({approval['state']})"


def _translation(translation: dict[str, Any]) -> str:
    parts = [translation["status"]]
    if translation["source"]:
        parts[0] = f"from {translation['source']}: {translation['status']}"
    if translation["changed"]:
        parts.append("changed: " + ", ".join(translation["changed"]))
    if translation["kind"]:
        parts.append(translation["kind"])
    if translation["machine_unreviewed"]:
        parts.append("machine-made and not reviewed"
                     + (" (critical: fails)" if translation["critical"] else ""))
    return "; ".join(parts)


def _outputs(outputs: dict[str, Any]) -> str:
    missing = [f"{output_kind(kind).title} ({found['why_missing']})"
               for kind, found in outputs.items() if not found["present"]]
    return "outputs missing: " + (", ".join(missing) if missing else "none")
