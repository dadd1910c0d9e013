"""The EPUB's documents: content, navigation, media overlay, package, style, and its files."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import jinja2

from handoutkit.config import ClinicConfig
from handoutkit.language import direction
from handoutkit.model import Handout, Image, handout_images
from handoutkit.reader.urgent import help_panel
from handoutkit.records import AudioRecord
from handoutkit.speech import anchors
from handoutkit.voices import hard_to_follow, reader
from handoutkit.writers.bidi import in_order
from handoutkit.writers.epub.overlay import Clip, clock
from handoutkit.writers.fonts import FontChoice
from handoutkit.writers.templating import make_environment

logger = logging.getLogger(__name__)

ROOT = "EPUB"  # the folder inside the zip that holds the publication
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".webp": "image/webp"}
FEATURES = ("structuralNavigation", "tableOfContents", "readingOrder",
            "displayTransformability")
# Only what the build checks: epubcheck, the structure the tests read back, and overlays
# that point at paragraphs, list items, headings and table rows (a paragraph's sentences
# share its highlight). No WCAG audit of the book is run, so it claims no conformance and
# names no one as having certified it.
SUMMARY = ("Its text is large and plain, in reading order, with headings and a table of "
           "contents{pictures}.{reading}")
READING = (" A recorded reading of the whole text is included, read by a computer voice "
           "({reader}); reading apps that play media overlays highlight each paragraph, list "
           "item, heading or table row as it is read.")
READ_BY_PERSON = (" A recorded reading of the whole text is included, read by a person "
                  "({reader}); reading apps that play media overlays highlight each paragraph, "
                  "list item, heading or table row as it is read.")
HARD = " The computer voice was measured hard to follow: read along with the text."
FONT_TYPES = {".ttf": "font/ttf", ".otf": "font/otf"}


@dataclass(frozen=True)
class Picture:
    """A picture of the handout as the EPUB holds it."""

    image: Image
    name: str  # its path in the EPUB's folder: "images/stretch.png"
    href: str  # the same, URL-quoted, as the documents link it
    media_type: str


def epub_environment(templates_dir: Path) -> jinja2.Environment:
    """The shared environment, escaping XHTML, SMIL and OPF too, with the anchor filters."""
    env = make_environment(templates_dir)
    env.autoescape = jinja2.select_autoescape(["html", "xhtml", "smil", "opf"])
    env.filters.update(anchor=anchors.block_id, heading_anchor=anchors.heading_id, clock=clock,
                       in_order=jinja2.pass_context(
                           lambda context, text: in_order(text, context["direction"])))
    env.globals.update(anchors=anchors, row_id=anchors.row_id)
    return env


def pictures(handout: Handout, handouts_dir: Path) -> list[Picture]:
    """Each picture once, under images/ by its path in the handouts folder."""
    root = handouts_dir.resolve()
    found: dict[Path, Picture] = {}
    for image in handout_images(handout):
        name = f"images/{image.path.relative_to(root).as_posix()}"
        media_type = IMAGE_TYPES[image.path.suffix.lower()]
        found.setdefault(image.path, Picture(image, name, quote(name), media_type))
    return list(found.values())


class Documents:
    """Renders one handout's EPUB documents from the templates."""

    def __init__(self, env: jinja2.Environment, config: ClinicConfig, handout: Handout,
                 images: list[Picture]) -> None:
        self.env = env
        self.handout = handout
        self.images = images
        by_path = {p.image.path: p.href for p in images}
        contact = config.help_contact(handout.meta)
        self.context = dict(handout=handout, meta=handout.meta, clinic=config,
                            labels=config.labels_for(handout.meta.lang), images=images,
                            image_href=lambda image: by_path[image.path],
                            panel=help_panel(handout, contact), contact=contact,
                            direction=direction(handout.meta.lang))

    def content(self) -> str:
        return self._render("content.xhtml")

    def nav(self) -> str:
        return self._render("nav.xhtml")

    def overlay(self, clips: list[Clip], audio_href: str) -> str:
        return self._render("overlay.smil", clips=clips, audio_href=audio_href)

    def style(self, fonts: FontChoice) -> str:
        return self._render("style.css", fonts=fonts)

    def package(self, record: AudioRecord | None, audio_href: str | None,
                fonts: FontChoice) -> str:
        """The package document; without a reading (``record`` None), no media overlay."""
        meta, images = self.handout.meta, self.images
        features = [*FEATURES, *(("synchronizedAudioText",) if record else ()),
                    *(("alternativeText",) if images else ())]
        lang = meta.lang
        person = record.person if record else ""
        choice = self.context["clinic"].voice_for(lang) if record and not person else None
        speaker = reader(choice, lang) if choice else None
        reading = (READ_BY_PERSON.format(reader=person) if person else
                   READING.format(reader=speaker) if speaker else "")
        if speaker and hard_to_follow(speaker, lang):
            reading += HARD
        summary = SUMMARY.format(pictures="; every picture has a text description"
                                 if images else "", reading=reading)
        modified = f"{meta.reviewed.isoformat() if meta.reviewed else '2000-01-01'}T00:00:00Z"
        font_items = [(f"fonts/{f.name}", FONT_TYPES[Path(f.name).suffix]) for f in fonts.files]
        return self._render("package.opf", identifier=self._identifier(), modified=modified,
                            features=features, summary=summary, record=record,
                            narrator=person or (f"{speaker} (computer voice)" if speaker
                                                else None),
                            audio_href=audio_href, fonts=font_items)

    def _identifier(self) -> str:
        """The same for every build of this handout by this clinic."""
        clinic = self.context["clinic"]
        seed = f"handoutkit:{clinic.web or clinic.name}:{self.handout.name}"
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, seed)}"

    def _render(self, name: str, **extra: object) -> str:
        return self.env.get_template(f"epub/{name}").render(**self.context, **extra)
