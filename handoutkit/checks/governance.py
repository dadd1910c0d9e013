"""Governance rules: review dates, sign-off and translation provenance → errors and warnings.

A handout past its review date fails (or, when the clinic set `expired: mark`, builds marked
as out of date); one inside the clinic's warning window gets a warning. With
`require_approval: true` an unapproved handout, or one edited since its approval, fails.
A `critical: true` handout whose translation is machine-made and unreviewed fails; any
other unreviewed machine translation gets a warning. Today's date is a parameter: only the
command line decides what it is.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from handoutkit.checks.approval import content_digest
from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError, LintWarning, Problem
from handoutkit.model import Handout
from handoutkit.reader.frontmatter import split_front_matter
from handoutkit.reader.translations import source_path
from handoutkit.reader.yamldoc import YamlMapping, YamlSyntax, parse_mapping

APPROVE_HINT = 'a clinician approves it with: handoutkit approve {path} --by "Name, Role"'


@dataclass(frozen=True)
class Standing:
    """Where one handout stands: what the audit shows and what the build enforces."""

    review_due: dt.date | None  # from review_due:, else reviewed: + review_every
    approval: str  # "current", "stale" (edited since), "unchecked" (no digest), "none"
    critical: bool  # its own critical: or its source's
    machine_unreviewed: bool  # translation: machine and no reviewed_by:
    problems: tuple[Problem, ...]  # each fails the build
    warnings: tuple[LintWarning, ...]


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, on the month's last day when it is shorter (Jan 31 + 1)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def standing(handout: Handout, config: ClinicConfig, today: dt.date) -> Standing:
    """Apply every governance rule to one loaded handout."""
    lines = key_lines(handout.path)
    problems: list[Problem] = []
    warnings: list[LintWarning] = []
    due = _review_due(handout, config, warnings)
    if due is not None:
        _check_review(handout, config, today, due, lines, problems, warnings)
    approval = approval_state(handout)
    _check_approval(handout, config, approval, lines, problems, warnings)
    critical = handout.meta.critical or _source_is_critical(handout.path)
    unreviewed = handout.meta.translation == "machine" and not handout.meta.reviewed_by
    if unreviewed:
        _unreviewed_translation(handout, critical, lines.get("translation", 1), problems,
                                warnings)
    return Standing(due, approval, critical, unreviewed, tuple(problems), tuple(warnings))


def _unreviewed_translation(handout: Handout, critical: bool, line: int,
                            problems: list[Problem], warnings: list[LintWarning]) -> None:
    """A machine translation no qualified translator checked: an error when critical."""
    fix = "have a qualified translator check it, then add 'reviewed_by: Name, qualification'"
    if critical:
        problems.append(Problem(handout.path, line, "a critical handout's machine translation "
                                "has not been reviewed", fix))
    else:
        warnings.append(LintWarning(handout.path, line, "machine translation not reviewed by "
                                    f"a qualified translator — {fix}"))


def govern(handout: Handout, config: ClinicConfig,
           today: dt.date) -> tuple[Handout, list[LintWarning]]:
    """The handout as the writers get it (marked when published out of date) and its
    warnings; raises ContentError when a rule fails it."""
    found = standing(handout, config, today)
    if found.problems:
        raise ContentError(found.problems)
    if found.review_due is not None and today > found.review_due:  # expired: mark
        meta = dataclasses.replace(handout.meta, expired=found.review_due)
        handout = dataclasses.replace(handout, meta=meta)
    return handout, list(found.warnings)


def approval_state(handout: Handout) -> str:
    """"current", "stale", "unchecked" (approved with no digest to compare) or "none"."""
    meta = handout.meta
    if not (meta.approved_by and meta.approved):
        return "none"
    if meta.approved_digest is None:
        return "unchecked"
    text = handout.path.read_text(encoding="utf-8")
    return "current" if content_digest(text) == meta.approved_digest else "stale"


def _review_due(handout: Handout, config: ClinicConfig,
                warnings: list[LintWarning]) -> dt.date | None:
    meta = handout.meta
    if meta.review_due is not None:
        return meta.review_due
    if config.review_every is None:
        return None
    if meta.reviewed is None:
        warnings.append(LintWarning(handout.path, 1, "no 'reviewed:' date, so its next review "
                                    f"(every {config.review_every} months) cannot be set — add "
                                    "'reviewed: YYYY-MM-DD' when a clinician has checked it"))
        return None
    return add_months(meta.reviewed, config.review_every)


def _check_review(handout: Handout, config: ClinicConfig, today: dt.date, due: dt.date,
                  lines: dict[str, int], problems: list[Problem],
                  warnings: list[LintWarning]) -> None:
    line = lines.get("review_due", lines.get("reviewed", 1))
    if today > due:
        if config.expired == "mark":
            warnings.append(LintWarning(handout.path, line, f"review was due on {due} — "
                                        "published marked as out of date (expired: mark)"))
        else:
            problems.append(Problem(handout.path, line, f"review was due on {due}",
                                    "have a clinician review it, then set 'reviewed:' to that "
                                    "date (and 'review_due:' to the next one), or set "
                                    "'expired: mark' in clinic.yaml to publish it marked as "
                                    "out of date"))
    elif (due - today).days <= config.review_warning_days:
        warnings.append(LintWarning(handout.path, line, f"review due on {due}, within "
                                    f"{config.review_warning_days} days — plan it now"))


def _check_approval(handout: Handout, config: ClinicConfig, approval: str,
                    lines: dict[str, int], problems: list[Problem],
                    warnings: list[LintWarning]) -> None:
    meta, path = handout.meta, handout.path
    if bool(meta.approved_by) != bool(meta.approved):
        key = "approved_by" if meta.approved_by else "approved"
        problems.append(Problem(path, lines.get(key, 1), "'approved_by:' and 'approved:' go "
                                "together", APPROVE_HINT.format(path=path)))
        return
    line = lines.get("approved_digest", lines.get("approved", 1))
    if approval == "none" and config.require_approval:
        problems.append(Problem(path, 1, "not approved, and the clinic requires approval "
                                "(require_approval: true)", APPROVE_HINT.format(path=path)))
    elif approval == "stale":
        stale = (f"edited since {meta.approved_by} approved it on {meta.approved}: the "
                 "approval is stale")
        if config.require_approval:
            problems.append(Problem(path, line, stale, APPROVE_HINT.format(path=path)))
        else:
            warnings.append(LintWarning(path, line, f"{stale} — {APPROVE_HINT.format(path=path)}"))
    elif approval == "unchecked":
        warnings.append(LintWarning(path, line, "approved with no 'approved_digest:', so an "
                                    "edit after the approval cannot be noticed — "
                                    + APPROVE_HINT.format(path=path)))


def _source_is_critical(path: Path) -> bool:
    """A translation is critical when its source says so (a translator may not copy it)."""
    source = source_path(path)
    if source is None:
        return False
    front = _front_matter(source)
    return front is not None and str(front.data.get("critical", "")).strip().lower() == "true"


def _front_matter(path: Path) -> YamlMapping | None:
    try:
        split = split_front_matter(path.read_text(encoding="utf-8"), path)
        return parse_mapping(split.front, path, first_line=2)
    except (YamlSyntax, OSError, UnicodeDecodeError):
        return None


def key_lines(path: Path) -> dict[str, int]:
    """The line of each front-matter key of a handout file, where its messages point."""
    front = _front_matter(path)
    return front.lines if front is not None else {}
