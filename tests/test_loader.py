"""The loader builds the document model from front matter and Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
from PIL import Image as PilImage

from handoutkit.errors import ContentError
from handoutkit.files import Layout
from handoutkit.model import (
    BulletList,
    Callout,
    CalloutKind,
    Emphasis,
    Image,
    Link,
    NumberedList,
    Paragraph,
    Strong,
    Table,
    Text,
)
from handoutkit.reader.loader import load_handout

BODY = """\
Intro with **bold**, *soft* and [a link](https://clinic.example).

## What helps

- Stretch your calf.
- Walk about.
  1. First nested.

| Food | Has |
|---|---|
| Milk | Calcium |

> [!WARNING]
> Call your midwife right away.

![A person stretching](images/stretch.png)

### At night

3. Third.
4. Fourth.

## Sources said

> [!TIP]
> Drink water.
"""


def test_full_model(write_handout, project: Layout) -> None:
    (project.handouts_dir / "images").mkdir()
    PilImage.new("RGB", (4, 4)).save(project.handouts_dir / "images" / "stretch.png")
    path = write_handout(BODY, reviewed="2026-07-10", speech="{DVT: D V T}",
                         sources="[{title: NHS, url: 'https://nhs.example'}]")

    handout = load_handout(path, project.handouts_dir)

    assert handout.name == "leaflet"
    assert handout.meta.reviewed == dt.date(2026, 7, 10)
    assert handout.meta.speech == (("DVT", "D V T"),)
    assert handout.meta.sources[0].url == "https://nhs.example"
    (intro,) = handout.intro
    assert intro == Paragraph((Text("Intro with "), Strong((Text("bold"),)), Text(", "),
                               Emphasis((Text("soft"),)), Text(" and "),
                               Link((Text("a link"),), "https://clinic.example"), Text(".")),
                              line=10)
    helps, sources = handout.sections
    assert (helps.title, helps.level, helps.slug, helps.line) == ("What helps", 2, "what-helps", 12)
    bullets, table, callout, image = helps.blocks
    assert isinstance(bullets, BulletList) and len(bullets.items) == 2
    assert isinstance(bullets.items[1].blocks[1], NumberedList)
    assert isinstance(table, Table)
    assert table.header == ((Text("Food"),), (Text("Has"),))
    assert table.rows == (((Text("Milk"),), (Text("Calcium"),)),)
    assert isinstance(callout, Callout) and callout.kind is CalloutKind.WARNING
    assert callout.kind.is_urgent and callout.line == 22
    assert isinstance(image, Image) and image.alt == "A person stretching"
    assert image.path == (project.handouts_dir / "images" / "stretch.png").resolve()
    (night,) = helps.subsections
    assert night.level == 3 and night.blocks[0].start == 3
    assert sources.blocks[0].kind is CalloutKind.TIP and not sources.blocks[0].kind.is_urgent


def test_crlf_and_bom_are_read_like_plain_text(project: Layout) -> None:
    path = project.handouts_dir / "crlf.md"
    text = "---\ntitle: T\nlang: es\nsummary: S.\n---\n\n## Uno\n\nTexto.\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    handout = load_handout(path, project.handouts_dir)
    assert handout.base_lang == "es"
    assert handout.sections[0].line == 7


def test_duplicate_headings_get_unique_slugs(write_handout, project: Layout) -> None:
    path = write_handout("## Help\n\nA.\n\n## Help\n\nB.\n")
    slugs = [s.slug for s in load_handout(path, project.handouts_dir).sections]
    assert slugs == ["help", "help-2"]


def test_speech_rate_in_front_matter(write_handout, project: Layout) -> None:
    path = write_handout("## Help\n\nRest.\n", speech_rate="140")
    assert load_handout(path, project.handouts_dir).meta.speech_rate == 140
    assert load_handout(write_handout("## Help\n\nRest.\n", name="plain"), project.handouts_dir) \
        .meta.speech_rate is None  # the clinic's rate then
    slow = write_handout("## Help\n\nRest.\n", name="slow", speech_rate="slow")
    with pytest.raises(ContentError, match=r"slow.md:5: error: 'speech_rate' is not valid — "
                                           r"give words a minute between 120 and 200"):
        load_handout(slow, project.handouts_dir)
