"""Words the outputs print or say around the content, in the reader's language.

Each built-in language is one file in ``data/`` ("vi.yaml", "zh-Hant.yaml"), in the very
format a clinic writes in ``handouts/labels/<lang>.yaml`` to add a language or correct a
label; dates, numbers, plurals and language names come from CLDR through Babel. A field a
file leaves out comes from the built-in labels of the language, then from English.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from handoutkit.errors import LintWarning, Problem
from handoutkit.labels.fields import Labels, SpokenLabels, WebLabels
from handoutkit.labels.lookup import (
    ENGLISH,
    ClinicLabels,
    builtin,
    label_sets,
    labels_for,
    language_name,
    read_labels,
    web_labels_for,
)
from handoutkit.language import is_valid_tag, primary_language
from handoutkit.model import Handout

__all__ = ["ClinicLabels", "Labels", "SpokenLabels", "WebLabels", "builtin_languages",
           "labels_for", "language_name", "load_clinic_labels", "missing_labels",
           "web_labels_for"]

logger = logging.getLogger(__name__)

LABELS_DIR = "labels"  # handouts/labels/<lang>.yaml
# An editor's lock, backup or swap file beside a labels file (".#vi.yaml" from Emacs, often a
# link to nothing; "vi.yaml~" and ".vi.yaml.swp" do not end in .yaml): not the clinic's labels.
EDITOR_FILES = (".", "#", "~")


def builtin_languages() -> tuple[str, ...]:
    """The tags with built-in labels: "ar", "en", …, "zh-Hans", "zh-Hant"."""
    return tuple(sorted(builtin()))


def load_clinic_labels(handouts_dir: Path, problems: list[Problem]) -> ClinicLabels:
    """Every handouts/labels/<lang>.yaml, checked; problems added with their lines."""
    folder = handouts_dir / LABELS_DIR
    if not folder.is_dir():
        return ()
    english = builtin()[ENGLISH]
    found = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith(EDITOR_FILES):
            continue
        if not is_valid_tag(path.stem):
            problems.append(Problem(path, 1, f"'{path.name}' is not named by a language tag",
                                    "name it by the language of its labels, e.g. "
                                    "'vi.yaml', 'zh-Hant.yaml' or 'pt-BR.yaml'"))
            continue
        found.append((path.stem, read_labels(path, english, problems)))
    return tuple(found)


def has_labels(lang: str, clinic: ClinicLabels) -> bool:
    """True when some labels (the clinic's or built in) speak ``lang``."""
    return primary_language(lang) == ENGLISH or bool(label_sets(lang, clinic))


def missing_labels(handouts: Iterable[Handout], clinic: ClinicLabels,
                   handouts_dir: Path) -> list[LintWarning]:
    """One warning per language whose handouts get English labels, at its first handout."""
    first: dict[str, list[Handout]] = {}
    for handout in handouts:
        if not has_labels(handout.meta.lang, clinic):
            first.setdefault(handout.meta.lang, []).append(handout)
    return [_fallback_warning(lang, found, handouts_dir) for lang, found in first.items()]


def _fallback_warning(lang: str, handouts: list[Handout], handouts_dir: Path) -> LintWarning:
    count = f"{len(handouts)} handouts" if len(handouts) > 1 else "this handout"
    fix = handouts_dir / LABELS_DIR / f"{lang}.yaml"
    return LintWarning(handouts[0].path, handouts[0].meta.lang_line,
                       f"no labels in {language_name(lang)} ('{lang}'): the fixed words of "
                       f"{count} (\"Get help now\", \"Page 1 of 2\", …) are in English — "
                       f"write them in {fix} (start from a copy of "
                       "handoutkit/labels/data/en.yaml)")

