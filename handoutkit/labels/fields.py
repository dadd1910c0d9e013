"""The fixed words of one language, with its dates and numbers from CLDR (through Babel)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal
from babel.units import format_unit

from handoutkit.model import CalloutKind

# The CLDR numbering systems a language may print with: digit zero (the ten digits follow
# it in Unicode) and the CSS counter style that writes them (WeasyPrint has each).
NUMBERING = {"latn": ("0", "decimal"), "arab": ("\u0660", "arabic-indic"),
             "arabext": ("\u06f0", "persian"), "beng": ("\u09e6", "bengali"),
             "deva": ("\u0966", "devanagari"), "guru": ("\u0a66", "gurmukhi")}


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
    expired: str  # after the title of a handout published out of date: {date}, {clinic}


@dataclass(frozen=True)
class Labels:
    """Fixed wording of the leaflet, braille, e-book and reading for one language tag."""

    page_of: str  # "Page {page} of {pages}", in the leaflet's footer
    last_reviewed: str
    sources: str
    contents: str
    phone: str
    scan_to_listen: str  # printed beside the QR code
    qr_alt: str  # alt text of the QR code image
    audience: str  # "For": printed before the audience line
    colon: str  # between a label and its value: ": ", " : " in French, "：" in Chinese
    call_clinic: str  # "Call {clinic} at {phone}." in every "Get help now" box
    note: str
    tip: str
    important: str
    get_help: str  # the one label of every "Get help now" box, panel and warning alike
    expired: str  # the banner of a handout published past its review date: {date}, {clinic}
    approved: str  # "Approved by {name} on {date}"
    said: SpokenLabels  # wording only the audio uses
    locale: Locale  # CLDR data of the tag: dates, digits
    months: tuple[str, ...] = ()  # own month names where CLDR has none (Haitian Creole)
    date_pattern: str = ""  # with ``months``: "{day} {month} {year}"

    def callout(self, kind: CalloutKind) -> str:
        """A box's label: "Note", "Tip", "Important" or "Get help now"."""
        return {CalloutKind.NOTE: self.note, CalloutKind.TIP: self.tip,
                CalloutKind.IMPORTANT: self.important}.get(kind, self.get_help)

    def call_parts(self, clinic: str) -> tuple[str, str]:
        """The words before and after the phone number in ``call_clinic``."""
        before, _, after = self.call_clinic.format(clinic=clinic, phone="\0").partition("\0")
        return before, after

    def date(self, day: dt.date) -> str:
        """A printed date in this language's long form and digits: "July 10, 2026"."""
        return native_digits(self.spoken_date(day), self.locale)

    def spoken_date(self, day: dt.date) -> str:
        """The same date with ASCII digits, for the speech normaliser to say."""
        if self.months and self.date_pattern:
            return self.date_pattern.format(day=day.day, month=self.months[day.month - 1],
                                            year=day.year)
        return format_date(day, format="long", locale=self.locale)

    def page_counter(self) -> list[tuple[str, str]]:
        """The footer's "Page 2 of 3" as CSS content pieces, in the language's order:
        ("text", words) or ("counter", "page, <style>") with its own digits."""
        style = NUMBERING.get(self.locale.default_numbering_system, NUMBERING["latn"])[1]
        pieces: list[tuple[str, str]] = []
        for part in re.split(r"(\{page\}|\{pages\})", self.page_of):
            if part in ("{page}", "{pages}"):
                pieces.append(("counter", f"{part[1:-1]}, {style}"))
            elif part:
                pieces.append(("text", part))
        return pieces


@dataclass(frozen=True)
class WebLabels:
    """Fixed web wording for one language; `{…}` fields are filled in by the templates."""

    language_name: str  # the language's own name: "Español", "Tiếng Việt", "中文（简体）"
    skip: str  # skip link to the main content
    site_nav: str  # name of the navigation landmark
    all_handouts: str  # link back to the catalogue, and the catalogue's title
    catalogue_intro: str  # first paragraph of the catalogue
    languages: str  # name of the catalogue's language list
    listen: str  # label of the audio player
    no_audio: str  # shown by browsers that cannot play the recording
    no_recording: str  # shown where a language has no voice yet
    recording_updating: str  # the live preview's page while its recording is made again
    read_by: str  # "Read by a computer voice ({voice})." under the player
    read_by_person: str  # "Read by {name}." where a person recorded the handout
    may_differ: str  # after it, while parts were recorded from an older text
    hard_to_follow: str  # where the only voice was measured hard to understand
    other_languages: str  # before the links to the handout's translations
    chapters: str
    read_along: str  # the read-along disclosure
    read_along_hint: str
    web_page: str  # link text to the web page in the catalogue
    pdf: str  # "Large-print leaflet (PDF{detail})"
    mp3: str  # "Recording (MP3{detail})"
    vtt: str  # the transcript file
    brf: str  # "Braille file (BRF)"
    epub: str  # "E-book with audio (EPUB)"
    page_counts: tuple[tuple[str, str], ...]  # CLDR plural category → "{n} pages"
    megabytes: str  # "{n} MB"
    locale: Locale
    plural_locale: Locale  # whose plural rules chose ``page_counts``' forms (English's if those)

    def size(self, size_bytes: int) -> str:
        """A file size in megabytes to one decimal: "0.9 MB", "3,6 Mo"."""
        number = format_decimal(max(size_bytes / 1_000_000, 0.1), format="#,##0.0",
                                locale=self.locale, numbering_system="default")
        return self.megabytes.format(n=native_digits(number, self.locale))

    def pages(self, count: int) -> str:
        """"1 page", "3 pages", "3 страницы" by the language's plural rules."""
        forms = dict(self.page_counts)
        form = forms.get(self.plural_locale.plural_form(count), forms["other"])
        number = format_decimal(count, locale=self.locale, numbering_system="default")
        return form.format(n=native_digits(number, self.locale))

    def duration(self, seconds: float) -> str:
        """A recording's length in words: "1 minute 49 seconds", "1 phút 49 giây"."""
        minutes, secs = divmod(round(seconds), 60)
        parts = [format_unit(n, unit, length="long", locale=self.locale)
                 for n, unit in ((minutes, "duration-minute"), (secs, "duration-second"))
                 if n or (unit == "duration-second" and not minutes)]
        return native_digits(" ".join(parts), self.locale)


def native_digits(text: str, locale: Locale) -> str:
    """``text`` with its ASCII digits in the language's own digits where CLDR says so
    (Persian, Bengali); Babel formats with ASCII digits only."""
    zero = NUMBERING.get(locale.default_numbering_system, NUMBERING["latn"])[0]
    digits = "".join(chr(ord(zero) + i) for i in range(10))
    return text.translate(str.maketrans("0123456789", digits))
