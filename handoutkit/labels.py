"""Words the outputs print or say around the content, per language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handoutkit.language import primary_language
from handoutkit.model import CalloutKind


@dataclass(frozen=True)
class SpokenLabels:
    """Sentences the audio reading adds around the content."""

    from_clinic: str  # "From {clinic}."
    about: str  # chapter title of the opening text when the "Get help now" chapter comes first
    picture: str  # "Picture: {alt}."
    table: str  # said once before a table's rows: "In each row: {columns}."
    then: str  # joins the column names: ", then "
    sources: str  # said instead of reading the sources
    closing: str  # "This handout is from {clinic}."
    call: str  # "To reach us, call {phone}."
    reviewed: str  # "It was last reviewed on {date}."


@dataclass(frozen=True)
class Labels:
    """Fixed wording for one language."""

    page: str  # "Page 2 of 3"
    of: str
    last_reviewed: str
    sources: str
    contents: str
    phone: str
    scan_to_listen: str  # printed beside the QR code
    qr_alt: str  # alt text of the QR code image
    audience: str  # "For": printed before the audience line
    callouts: dict[CalloutKind, str]  # printed and said: "Note", "Get help now"
    call_clinic: str  # "Call {clinic} at {phone}." in every "Get help now" box
    months: tuple[str, ...]  # January … December, for printed dates
    date_pattern: str  # "{month} {day}, {year}"
    said: SpokenLabels  # wording only the audio uses

    def callout(self, kind: CalloutKind) -> str:
        return self.callouts[kind]

    @property
    def get_help(self) -> str:
        """The one label of every "Get help now" box, panel and warning alike."""
        return self.callouts[CalloutKind.WARNING]

    def call_parts(self, clinic: str) -> tuple[str, str]:
        """The words before and after the phone number in ``call_clinic``."""
        before, _, after = self.call_clinic.format(clinic=clinic, phone="\0").partition("\0")
        return before, after

    def date(self, day: dt.date) -> str:
        """A date as people write it in this language: "July 10, 2026"."""
        month = self.months[day.month - 1]
        return self.date_pattern.format(day=day.day, month=month, year=day.year)


LABELS: dict[str, Labels] = {
    "en": Labels(
        page="Page", of="of", last_reviewed="Last reviewed", sources="Sources",
        contents="Contents", phone="Phone",
        scan_to_listen="Scan to listen to this leaflet, or go to:",
        qr_alt="QR code that opens the audio reading of this leaflet",
        audience="For", call_clinic="Call {clinic} at {phone}.",
        callouts={
            CalloutKind.NOTE: "Note", CalloutKind.TIP: "Tip",
            CalloutKind.IMPORTANT: "Important",
            CalloutKind.WARNING: "Get help now", CalloutKind.CAUTION: "Get help now",
        },
        months=("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"),
        date_pattern="{month} {day}, {year}",
        said=SpokenLabels(
            from_clinic="From {clinic}.", about="About this handout",
            picture="Picture: {alt}.", table="In each row: {columns}.", then=", then ",
            sources="The sources for this handout are listed in the printed leaflet.",
            closing="This handout is from {clinic}.",
            call="To reach us, call {phone}.",
            reviewed="It was last reviewed on {date}.",
        ),
    ),
    "es": Labels(
        page="Página", of="de", last_reviewed="Última revisión", sources="Fuentes",
        contents="Contenido", phone="Teléfono",
        scan_to_listen="Escanee para escuchar esta hoja, o vaya a:",
        qr_alt="Código QR que abre la versión en audio de esta hoja",
        audience="Para", call_clinic="Llame a {clinic} al {phone}.",
        callouts={
            CalloutKind.NOTE: "Nota", CalloutKind.TIP: "Consejo",
            CalloutKind.IMPORTANT: "Importante",
            CalloutKind.WARNING: "Pida ayuda ya", CalloutKind.CAUTION: "Pida ayuda ya",
        },
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
        date_pattern="{day} de {month} de {year}",
        said=SpokenLabels(
            from_clinic="De {clinic}.", about="Sobre esta hoja",
            picture="Imagen: {alt}.", table="En cada fila: {columns}.", then=", luego ",
            sources="Las fuentes de esta hoja están en la versión impresa.",
            closing="Esta hoja es de {clinic}.",
            call="Para hablar con nosotros, llame al {phone}.",
            reviewed="Se revisó por última vez el {date}.",
        ),
    ),
    "fr": Labels(
        page="Page", of="sur", last_reviewed="Dernière révision", sources="Sources",
        contents="Sommaire", phone="Téléphone",
        scan_to_listen="Scannez le code pour écouter ce document, ou allez sur :",
        qr_alt="Code QR qui ouvre la version audio de ce document",
        audience="Pour", call_clinic="Appelez {clinic} au {phone}.",
        callouts={
            CalloutKind.NOTE: "Note", CalloutKind.TIP: "Conseil",
            CalloutKind.IMPORTANT: "Important",
            CalloutKind.WARNING: "Demandez de l’aide tout de suite",
            CalloutKind.CAUTION: "Demandez de l’aide tout de suite",
        },
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                "août", "septembre", "octobre", "novembre", "décembre"),
        date_pattern="{day} {month} {year}",
        said=SpokenLabels(
            from_clinic="De la part de {clinic}.", about="À propos de ce document",
            picture="Image : {alt}.", table="Sur chaque ligne : {columns}.", then=", puis ",
            sources="Les sources de ce document figurent dans la version imprimée.",
            closing="Ce document vient de {clinic}.",
            call="Pour nous joindre, appelez le {phone}.",
            reviewed="Il a été revu le {date}.",
        ),
    ),
}

SUPPORTED_LANGUAGES = tuple(sorted(LABELS))


def labels_for(lang: str) -> Labels:
    """Labels for a BCP 47 tag, by its primary subtag ("es-MX" → Spanish)."""
    return LABELS.get(primary_language(lang), LABELS["en"])
