"""Words the web page and the catalogue show around the content, per language."""

from __future__ import annotations

from dataclasses import dataclass

from handoutkit.language import primary_language


@dataclass(frozen=True)
class WebLabels:
    """Fixed web wording for one language; `{…}` fields are filled in by the templates."""

    language_name: str  # the language's own name: "Español"
    skip: str  # skip link to the main content
    site_nav: str  # name of the navigation landmark
    all_handouts: str  # link back to the catalogue, and the catalogue's title
    catalogue_intro: str  # first paragraph of the catalogue
    languages: str  # name of the catalogue's language list
    listen: str  # label of the audio player
    no_audio: str  # shown by browsers that cannot play the recording
    chapters: str
    read_along: str  # the read-along disclosure
    read_along_hint: str
    web_page: str  # link text to the web page in the catalogue
    pdf: str  # "Large-print leaflet (PDF{detail})"
    mp3: str  # "Recording (MP3{detail})"
    vtt: str  # the transcript file
    brf: str  # "Braille file (BRF)"
    epub: str  # "E-book with audio (EPUB)"
    page_one: str  # "1 page"
    page_many: str  # "{n} pages"
    megabytes: str  # "{n} MB", with n already written with this language's decimal mark
    decimal_mark: str  # "." or ","
    no_recording: str  # shown instead of the player when there is no recording
    other_languages: str  # names the links to the handout's translations

    def size(self, size_bytes: int) -> str:
        """A file size in megabytes to one decimal: "0.9 MB", "3,6 Mo"."""
        number = f"{max(size_bytes / 1_000_000, 0.1):.1f}".replace(".", self.decimal_mark)
        return self.megabytes.format(n=number)

    def pages(self, count: int) -> str:
        """"1 page", "3 pages" in this language."""
        return self.page_one if count == 1 else self.page_many.format(n=count)


WEB_LABELS: dict[str, WebLabels] = {
    "en": WebLabels(
        language_name="English", skip="Skip to the main content", site_nav="Site",
        all_handouts="All handouts",
        catalogue_intro="Each handout comes as a large-print leaflet to print, "
                        "a recording to listen to, and a web page.",
        languages="Languages", listen="Listen to this handout",
        no_audio="Your browser cannot play the recording here.",
        chapters="Chapters", read_along="Read along",
        read_along_hint="While the recording plays, the sentence being read is marked. "
                        "Choose a sentence to hear it from there.",
        web_page="Web page", pdf="Large-print leaflet (PDF{detail})",
        mp3="Recording (MP3{detail})", vtt="Words of the recording (WebVTT)",
        brf="Braille file (BRF)", epub="E-book with audio (EPUB)",
        page_one="1 page", page_many="{n} pages", megabytes="{n} MB", decimal_mark=".",
        no_recording="There is no recording of this handout in this language yet.",
        other_languages="Other languages",
    ),
    "es": WebLabels(
        language_name="Español", skip="Ir al contenido principal", site_nav="Sitio",
        all_handouts="Todas las hojas",
        catalogue_intro="Cada hoja está en letra grande para imprimir, "
                        "en una grabación para escuchar y en una página web.",
        languages="Idiomas", listen="Escuche esta hoja",
        no_audio="Su navegador no puede reproducir la grabación aquí.",
        chapters="Capítulos", read_along="Leer mientras escucha",
        read_along_hint="Mientras suena la grabación, se marca la frase que se lee. "
                        "Elija una frase para escucharla desde ahí.",
        web_page="Página web", pdf="Hoja en letra grande (PDF{detail})",
        mp3="Grabación (MP3{detail})", vtt="Texto de la grabación (WebVTT)",
        brf="Archivo en braille (BRF)", epub="Libro electrónico con audio (EPUB)",
        page_one="1 página", page_many="{n} páginas", megabytes="{n} MB", decimal_mark=",",
        no_recording="Esta hoja todavía no tiene grabación en este idioma.",
        other_languages="Otros idiomas",
    ),
    "fr": WebLabels(
        language_name="Français", skip="Aller au contenu principal", site_nav="Site",
        all_handouts="Tous les documents",
        catalogue_intro="Chaque document existe en gros caractères à imprimer, "
                        "en enregistrement à écouter et en page web.",
        languages="Langues", listen="Écoutez ce document",
        no_audio="Votre navigateur ne peut pas lire l’enregistrement ici.",
        chapters="Chapitres", read_along="Lire en écoutant",
        read_along_hint="Pendant l’écoute, la phrase lue est marquée. "
                        "Choisissez une phrase pour l’écouter à partir de là.",
        web_page="Page web", pdf="Document en gros caractères (PDF{detail})",
        mp3="Enregistrement (MP3{detail})", vtt="Texte de l’enregistrement (WebVTT)",
        brf="Fichier braille (BRF)", epub="Livre numérique avec audio (EPUB)",
        page_one="1 page", page_many="{n} pages", megabytes="{n} Mo", decimal_mark=",",
        no_recording="Ce document n’a pas encore d’enregistrement dans cette langue.",
        other_languages="Autres langues",
    ),
}

def web_labels_for(lang: str) -> WebLabels:
    """Web labels for a BCP 47 tag, by its primary subtag ("fr-CA" → French)."""
    return WEB_LABELS.get(primary_language(lang), WEB_LABELS["en"])


def format_duration(seconds: float) -> str:
    """A duration as people read it on a page: "45 s", "1 min 49 s", "7 min 24 s"."""
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def format_clock(seconds: float) -> str:
    """A position in a recording as players show it: "0:05", "12:40", "1:02:05"."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def iso_duration(seconds: float) -> str:
    """An HTML `<time datetime>` duration: 109.4 → "PT1M49.4S"."""
    minutes, secs = divmod(round(seconds, 1), 60)
    secs_text = f"{secs:.1f}".removesuffix(".0")
    return f"PT{int(minutes)}M{secs_text}S" if minutes else f"PT{secs_text}S"
