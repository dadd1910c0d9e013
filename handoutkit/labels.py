"""Words the outputs print or say around the content, per language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handoutkit.model import CalloutKind


@dataclass(frozen=True)
class Labels:
    """Fixed wording for one language."""

    page: str  # "Page 2 of 3"
    of: str
    last_reviewed: str
    sources: str
    contents: str
    phone: str
    callouts: dict[CalloutKind, str]
    months: tuple[str, ...]  # January … December, for printed dates
    date_pattern: str  # "{month} {day}, {year}"

    def callout(self, kind: CalloutKind) -> str:
        return self.callouts[kind]

    def date(self, day: dt.date) -> str:
        """A date as people write it in this language: "July 10, 2026"."""
        month = self.months[day.month - 1]
        return self.date_pattern.format(day=day.day, month=month, year=day.year)


LABELS: dict[str, Labels] = {
    "en": Labels(
        page="Page", of="of", last_reviewed="Last reviewed", sources="Sources",
        contents="Contents", phone="Phone",
        callouts={
            CalloutKind.NOTE: "Note", CalloutKind.TIP: "Tip",
            CalloutKind.IMPORTANT: "Important",
            CalloutKind.WARNING: "Get help now", CalloutKind.CAUTION: "Get help now",
        },
        months=("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"),
        date_pattern="{month} {day}, {year}",
    ),
    "es": Labels(
        page="Página", of="de", last_reviewed="Última revisión", sources="Fuentes",
        contents="Contenido", phone="Teléfono",
        callouts={
            CalloutKind.NOTE: "Nota", CalloutKind.TIP: "Consejo",
            CalloutKind.IMPORTANT: "Importante",
            CalloutKind.WARNING: "Pida ayuda ya", CalloutKind.CAUTION: "Pida ayuda ya",
        },
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
        date_pattern="{day} de {month} de {year}",
    ),
    "fr": Labels(
        page="Page", of="sur", last_reviewed="Dernière révision", sources="Sources",
        contents="Sommaire", phone="Téléphone",
        callouts={
            CalloutKind.NOTE: "Note", CalloutKind.TIP: "Conseil",
            CalloutKind.IMPORTANT: "Important",
            CalloutKind.WARNING: "Demandez de l’aide tout de suite",
            CalloutKind.CAUTION: "Demandez de l’aide tout de suite",
        },
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                "août", "septembre", "octobre", "novembre", "décembre"),
        date_pattern="{day} {month} {year}",
    ),
}

SUPPORTED_LANGUAGES = tuple(sorted(LABELS))


def labels_for(lang: str) -> Labels:
    """Labels for a BCP 47 tag, by its primary subtag ("es-MX" → Spanish)."""
    return LABELS[lang.split("-")[0].lower()]
