"""The braille files, read back with liblouis: every sample's text, cells, pages and numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import assert_never

import pytest

from handoutkit.checks.lint import lint
from handoutkit.config import ClinicConfig, load_config
from handoutkit.files import Layout
from handoutkit.labels import labels_for
from handoutkit.model import (
    Block,
    BulletList,
    Callout,
    Handout,
    Image,
    NumberedList,
    Paragraph,
    Section,
    Table,
)
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.inlines import plain_text
from handoutkit.reader.loader import load_handout
from handoutkit.reader.urgent import help_panel
from handoutkit.writers.braille import tables
from handoutkit.writers.braille.layout import CELLS, LINES, lay_out, paginate
from handoutkit.writers.braille.layout import Block as Cells
from handoutkit.writers.braille.tables import Brailler, Untranslatable, table_for
from handoutkit.writers.braille.transcribe import BOX_LINE
from tests.helpers import FIXTURES, ROOT

BRAILLE_ASCII = re.compile(r"[\x20-\x5f]*")  # the 64 cells of North American Braille ASCII
INDICATOR = re.compile(r"\\[0-9]+/")  # liblouis' back-translation of an indicator: "\45/"


@pytest.fixture(scope="module")
def brfs(sample_project: Layout) -> dict[str, tuple[Handout, str]]:
    """Every sample handout built to braille by the builder, with the handout it came from."""
    config = load_config(sample_project.handouts_dir)
    paths = sorted(sample_project.handouts_dir.glob("*.md"))
    report = Builder(sample_project, config, ["braille"]).build(paths, lambda path: None)
    assert not report.failed, report.failed
    built = {}
    for path in paths:
        handout = load_handout(path, sample_project.handouts_dir)
        brf = sample_project.output(handout.name, "braille").read_bytes().decode("ascii")
        built[handout.name] = handout, brf
    return built


def pages_of(brf: str) -> list[list[str]]:
    """The pages of a BRF (form feed between pages) as lines without their CR LF."""
    assert brf.endswith("\r\n") and "\r\n\f" in brf or "\f" not in brf
    return [page.removesuffix("\r\n").split("\r\n") for page in brf.split("\f")]


def test_every_sample_gets_braille(brfs: dict[str, tuple[Handout, str]]) -> None:
    assert set(brfs) == {"leg-cramps-in-pregnancy", "leg-cramps-in-pregnancy.es",
                         "leg-cramps-in-pregnancy-guide"}


def test_cells_lines_and_characters(brfs: dict[str, tuple[Handout, str]]) -> None:
    for name, (_, brf) in brfs.items():
        pages = pages_of(brf)
        for number, page in enumerate(pages, 1):
            assert len(page) == LINES, f"{name} page {number} has {len(page)} lines"
            for line in page:
                assert len(line) <= CELLS, f"{name} page {number}: {line!r}"
                assert BRAILLE_ASCII.fullmatch(line), f"{name} page {number}: {line!r}"


def test_page_numbers_in_sequence_at_the_right_of_line_25(
        brfs: dict[str, tuple[Handout, str]]) -> None:
    for name, (handout, brf) in brfs.items():
        brailler = Brailler(table_for(handout.meta.lang) or "")
        numbers = [page[-1].split()[-1] for page in pages_of(brf)]
        read_back = [brailler.back_translate(number) for number in numbers]
        assert read_back == [str(n) for n in range(1, len(numbers) + 1)], name
        assert all(number.startswith("#") for number in numbers)  # the number sign
        for page in pages_of(brf):
            text = page[-1][: -len(page[-1].split()[-1])]
            assert not text.strip() or text.endswith("   ")  # 3 blank cells before it


def test_back_translation_gives_back_the_printed_words(
        brfs: dict[str, tuple[Handout, str]]) -> None:
    """At least 95 % of the printed words come back from liblouis, counted as multisets of
    case-folded words (letters and digits), so contractions must expand to the right words,
    digits must stay digits and no paragraph may be lost."""
    for name, (handout, brf) in brfs.items():
        brailler = Brailler(table_for(handout.meta.lang) or "")
        lines = [line for page in pages_of(brf) for line in page[:-1]]
        lines += [page[-1].rsplit(" ", 1)[0] for page in pages_of(brf)]  # not the numbers
        back = INDICATOR.sub("", brailler.back_translate(" ".join(lines)))
        printed = Counter(words(printed_text(handout)))
        found = Counter(words(back))
        recall = sum((printed & found).values()) / sum(printed.values())
        assert recall >= 0.95, f"{name}: {recall:.1%} of the printed words came back"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def printed_text(handout: Handout) -> str:
    """What the leaflet prints of the handout, walked here apart from the transcriber."""
    labels = labels_for(handout.meta.lang)
    meta = handout.meta
    parts = [meta.title, meta.summary, meta.audience or ""]
    if meta.reviewed:
        parts.append(f"{labels.last_reviewed} {labels.date(meta.reviewed)}")
    parts += list(_blocks_text(handout.intro, labels.callout))
    for section in _sections(handout.sections):
        parts += [section.title, *_blocks_text(section.blocks, labels.callout)]
    return " ".join(parts)


def _sections(sections: tuple[Section, ...]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _sections(section.subsections)


def _blocks_text(blocks: tuple[Block, ...], label: Callable) -> Iterator[str]:
    for block in blocks:
        match block:
            case Paragraph(inlines=inlines):
                yield plain_text(inlines)
            case BulletList(items=items) | NumberedList(items=items):
                for item in items:
                    yield from _blocks_text(item.blocks, label)
            case Table(header=header, rows=rows):
                yield " ".join(plain_text(c) for row in (header, *rows) for c in row)
            case Image(alt=alt):
                yield alt
            case Callout(kind=kind, blocks=inner):
                yield label(kind)
                yield from _blocks_text(inner, label)
            case _:
                assert_never(block)


def test_english_page_one_as_a_transcriber_lays_it_out(
        brfs: dict[str, tuple[Handout, str]], sample_project: Layout) -> None:
    """Title centred on line 1; then the "Get help now" panel between box lines: its label
    at cell 5, each thing to do, the clinic's phone and the after-hours line as paragraphs
    (3-1); then the summary, "For: …" and the review date, as print and the reading give
    them; then the first section, its heading centred after a blank line. English is
    contracted (grade 2)."""
    handout, brf = brfs["leg-cramps-in-pregnancy"]
    config = load_config(sample_project.handouts_dir)
    panel = help_panel(handout, config.help_contact(handout.meta))
    assert panel is not None and panel.contact.after_hours
    page = pages_of(brf)[0]
    brailler = Brailler("en-ueb-g2.ctb")
    title = brailler.translate(handout.meta.title)
    assert page[0].strip() == title and abs(page[0].index(title) - (CELLS - len(title)) // 2) <= 1
    top, bottom = [i for i, line in enumerate(page) if line == "7" * CELLS][:2]
    assert page[top - 1] == "" and page[top + 1] == "    ,GET HELP N["  # cell 5, "now" in UEB
    inside = page[top + 2:bottom]
    starts = [i for i, line in enumerate(inside) if line.startswith("  ") and line[2] != " "]
    assert starts[0] == 0 and all(not line.startswith(" ") for i, line in enumerate(inside)
                                  if i not in starts)  # 3-1: runovers at cell 1
    paragraphs = [" ".join(inside[a:b]) for a, b in zip(starts, [*starts[1:], len(inside)],
                                                                strict=True)]
    call = labels_for("en").call_clinic.format(clinic=config.name, phone=config.phone)
    assert [brailler.back_translate(p.strip()) for p in paragraphs] == [
        *(action.text for action in panel.actions), call, panel.contact.after_hours]
    assert [line for line in page[1:top] if line] == []  # nothing between title and panel
    numbered = page[-1].rsplit(" ", 1)[0]  # line 25 may hold text before the page number
    after = [line for line in (*page[bottom + 1:-1], numbered, *pages_of(brf)[1]) if line]
    details = [brailler.back_translate(line.strip()) for line in after[:4]]
    assert f"For: {handout.meta.audience}" in details  # labelled, as in print
    heading = brailler.translate(handout.sections[0].title)
    first = next(line for line in after if line.strip() == heading)  # this page or the next
    assert after.index(first) == 4 and abs(first.index(heading) - (CELLS - len(heading)) // 2) <= 1


def test_spanish_panel_fits_page_one(brfs: dict[str, tuple[Handout, str]],
                                     sample_project: Layout) -> None:
    """The Spanish panel (a two-line title, four long lines, the phone and the after-hours
    line) is whole on page 1: its closing box line may take line 25, shortened to leave three
    blank cells before the page number (Braille Formats §7.3a); liblouis reads its lines back
    as printed (Spanish braille writes "." with dot 3, which reads back as "'")."""
    handout, brf = brfs["leg-cramps-in-pregnancy.es"]
    config = load_config(sample_project.handouts_dir)
    panel = help_panel(handout, config.help_contact(handout.meta))
    assert panel is not None
    page = pages_of(brf)[0]
    boxes = [i for i, line in enumerate(page)  # on line 25, the box line and the number
             if len(line.split(" ")[0]) >= CELLS - 6 and set(line.split(" ")[0]) == {"7"}]
    assert len(boxes) == 2, page
    top, bottom = boxes
    if bottom == LINES - 1:
        assert page[bottom] == "7" * (CELLS - 5) + "   #A"  # three blank cells, number
    inside = page[top + 2:bottom]
    starts = [i for i, line in enumerate(inside) if line.startswith("  ")]
    paragraphs = [" ".join(inside[a:b]) for a, b in zip(starts, [*starts[1:], len(inside)],
                                                                strict=True)]
    brailler = Brailler("es-g1.ctb")
    call = labels_for("es").call_clinic.format(clinic=config.name, phone=config.phone)
    assert [brailler.back_translate(p.strip()).replace("'", ".") for p in paragraphs] == [
        *(action.text for action in panel.actions), call, panel.contact.after_hours]


def test_urgent_boxes_stay_where_the_author_put_them(
        brfs: dict[str, tuple[Handout, str]], sample_project: Layout) -> None:
    """The warning box follows its section's heading and paragraphs, its list items hanging
    (1-3), and ends, as print does, with the clinic's phone before its closing box line."""
    handout, brf = brfs["leg-cramps-in-pregnancy"]
    brailler = Brailler("en-ueb-g2.ctb")
    lines = [line for page in pages_of(brf)  # line 25 without its page number
             for line in (*page[:-1], page[-1][:-len(page[-1].split()[-1])].rstrip())]
    section = brailler.translate(handout.sections[-1].title)  # "When to get help"
    heading = next(i for i, line in enumerate(lines) if line.strip() == section)
    boxes = [i for i, line in enumerate(lines) if line == "7" * CELLS]
    assert len(boxes) == 4 and boxes[1] < heading < boxes[2]  # the panel's two, the box's
    box = lines[boxes[2]:boxes[3]]  # "Call us right away", with the signs of preeclampsia
    assert box[1] == "    ,GET HELP N["
    items = [i for i, line in enumerate(box) if line.startswith("_4 ")]
    assert len(items) == 4  # the four signs of preeclampsia
    runovers = [box[i + 1] for i in items if not box[i + 1].startswith(("_4", "  ,"))]
    assert all(re.match(r"  \S", line) for line in runovers)
    contact = load_config(sample_project.handouts_dir).help_contact(handout.meta)
    call = next(i for i, line in enumerate(box) if line.startswith("  ,CALL ,RIV]SIDE"))
    assert call > items[-1]
    assert brailler.back_translate(" ".join(line.strip() for line in box[call:])) == (
        f"Call Riverside Family Clinic at {contact.phone}. {contact.after_hours}")


def test_web_addresses_are_uncontracted(brfs: dict[str, tuple[Handout, str]]) -> None:
    """UEB contracted text, but the clinic's web address in grade 1 after its indicator."""
    _, brf = brfs["leg-cramps-in-pregnancy"]
    assert ";;HTTPS3_/_/RIVERSIDE-CLINIC4EXAMPLE" in brf
    assert "RIV]SIDE-CL9IC" not in brf and ",RIV]SIDE ,FAMILY ,CL9IC" in brf


def test_digits_stay_digits_with_the_number_sign() -> None:
    brailler = Brailler("en-ueb-g2.ctb")
    assert brailler.translate("Call 911.") == ",CALL #IAA4"
    assert brailler.back_translate(brailler.translate("Call 911.")) == "Call 911."


def test_a_language_with_no_table_warns_once_and_gets_no_brf(
        project: Layout, write_handout: Callable[..., Path], clinic: ClinicConfig,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No table for French (taken out of the list): one warning, no BRF, no failure."""
    monkeypatch.delitem(tables.TABLES, "fr")
    path = write_handout("Un paragraphe.\n", name="crampes.fr", lang="fr",
                         title="Crampes", summary="Ce qui aide.")
    handout = load_handout(path, project.handouts_dir)
    warned = [w for w in lint(handout, clinic)[1] if "braille" in w.message]
    assert [str(w) for w in warned] == [
        f"{path}:3: warning: French (fr): no braille table, so no braille file (BRF)"]
    report = Builder(project, clinic, ["braille"]).build([path], lambda p: None)
    assert not report.failed and not report.written
    assert not project.output("crampes.fr", "braille").exists()


def test_unchanged_handout_is_not_brailled_again(
        project: Layout, write_handout: Callable[..., Path], clinic: ClinicConfig) -> None:
    path = write_handout("## Help\n\n1. Rest.\n2. Drink water.\n")
    first = Builder(project, clinic, ["braille"]).build([path], lambda p: None)
    again = Builder(project, clinic, ["braille"]).build([path], lambda p: None)
    brf = project.output("leaflet", "braille")
    assert first.written == [brf] and again.unchanged == [brf] and not again.written
    assert "#A4 ,RE/4" in brf.read_text(encoding="ascii")  # "1. Rest." at cell 1


def test_every_listed_table_loads_in_liblouis() -> None:
    louis = tables.load_louis()
    for lang, table in tables.TABLES.items():
        assert table_for(lang) == table, f"{table} is not installed"
        louis.checkTable([tables.DISPLAY, table])  # raises RuntimeError if it does not compile


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Pij wodę często, nawet gdy nie czujesz pragnienia."),
    ("fa", "آب زیاد بنوشید، حتی اگر تشنه نیستید."),
    ("ur", "پانی اکثر پئیں، چاہے پیاس نہ لگے۔"),
    ("pa", "ਪਿਆਸ ਨਾ ਲੱਗੇ ਤਾਂ ਵੀ ਅਕਸਰ ਪਾਣੀ ਪੀਓ।"),
])
def test_added_tables_give_the_text_back(lang: str, text: str) -> None:
    """Each table added for a clinic language brailles a sentence that liblouis reads back
    letter for letter (Persian's yeh and comma come back in their Arabic forms: one cell)."""
    brailler = Brailler(table_for(lang) or "")
    back = brailler.back_translate(brailler.translate(text))
    assert _folded(back) == _folded(text)


def _folded(text: str) -> str:
    return text.casefold().replace("ی", "ي").replace("،", ",")


def test_french_is_brailled_uncontracted(
        project: Layout, write_handout: Callable[..., Path], clinic: ClinicConfig) -> None:
    path = write_handout("Buvez de l'eau toute la journée.\n", name="crampes.fr", lang="fr",
                         title="Crampes", summary="Ce qui aide.")
    report = Builder(project, clinic, ["braille"]).build([path], lambda p: None)
    brf = project.output("crampes.fr", "braille")
    assert report.written == [brf]
    page = pages_of(brf.read_bytes().decode("ascii"))[0]
    back = Brailler("fr-bfu-comp6.utb").back_translate(" ".join(page[3:5]))
    assert back.strip() == "Buvez de l'eau toute la journée."


def test_translations_at_once_give_what_one_at_a_time_gives() -> None:
    """liblouis keeps its buffers in C globals: two handouts brailled at once (make -j2)
    must not corrupt each other."""
    from concurrent.futures import ThreadPoolExecutor

    brailler = Brailler("en-ueb-g2.ctb")
    texts = [f"This is topic-{n}. Call 911 if you have chest pain; call us on (555) 555-0134."
             for n in range(30)]
    alone = [brailler.translate(text) for text in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(brailler.translate, texts * 8))
    assert together == alone * 8


def _characters_in_use() -> str:
    """Every character of the sample handouts and the language fixtures, once each."""
    folders = (ROOT / "handouts", FIXTURES / "languages")
    text = "".join(p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.md")))
    return "".join(sorted(set(text) - set("\n")))


@pytest.mark.parametrize("lang", sorted(tables.TABLES))
def test_every_character_in_use_brailles_or_is_named(lang: str) -> None:
    """Each character of the samples and fixtures, alone and inside a word, gives Braille
    ASCII or an Untranslatable naming it (which costs only that handout's BRF); liblouis
    raised a RuntimeError on '•' with the German table, which stopped every build."""
    brailler = Brailler(table_for(lang) or "")
    refused = []
    for char in _characters_in_use():
        for text in (char, f"ab {char}c d", f"{char}{char}"):
            try:
                assert BRAILLE_ASCII.fullmatch(brailler.translate(text)), (lang, char)
            except Untranslatable as exc:
                assert exc.characters == char, (lang, char, exc.characters)
                refused.append(char)
    # the German table lacks the other scripts; every other table in use takes them all
    assert not refused or lang == "de", (lang, "".join(dict.fromkeys(refused)))


BOXED = """\
{intro}

## {heading}

- {item}
- {item} 2

1. {item} 3

| {col} | {col} 2 |
| --- | --- |
| {item} | 40 °C |

> [!WARNING]
> {item}: 911.

> [!NOTE]
> {intro}
"""
LANGUAGE_WORDS = {
    "de": dict(intro="Trinken Sie öfter Wasser, auch ohne Durst.", heading="Was hilft",
               item="Ruhe und Kühlung", col="Mittel"),
    "pl": dict(intro="Pij wodę często, nawet gdy nie czujesz pragnienia.", heading="Co pomaga",
               item="Odpoczynek w cieniu", col="Środek"),
    "hi": dict(intro="प्यास न लगे तब भी अक्सर पानी पिएँ।", heading="क्या मदद करता है",
               item="छाया में आराम करें", col="उपाय"),
}


@pytest.mark.parametrize("lang", sorted(LANGUAGE_WORDS))
def test_lists_tables_and_boxes_braille_in_every_language(
        lang: str, project: Layout, write_handout: Callable[..., Path],
        clinic: ClinicConfig) -> None:
    """German, Polish and Hindi handouts with lists, tables and boxes get their BRF (the
    German table has no bullet cell, so its list items hang without one)."""
    words = LANGUAGE_WORDS[lang]
    path = write_handout(BOXED.format(**words), name=f"heat.{lang}", lang=lang,
                         title=words["heading"], summary=words["intro"])
    report = Builder(project, clinic, ["braille"]).build([path], lambda p: None)
    assert not report.failed, report.failed
    brf = project.output(f"heat.{lang}", "braille").read_text(encoding="ascii")
    assert BOX_LINE in brf and "#IAA" in brf


def test_a_character_the_table_lacks_costs_only_that_braille_file(
        project: Layout, write_handout: Callable[..., Path], clinic: ClinicConfig) -> None:
    """A German handout quoting Chinese: the check warns at its lang: line naming the
    characters; the build writes no BRF for it and every other handout its own."""
    path = write_handout("- Tee (茶) hilft.\n", name="tee.de", lang="de", title="Tee",
                         summary="Was hilft.")
    other = write_handout("- Rest.\n", name="rest")
    handout = load_handout(path, project.handouts_dir)
    warned = [str(w) for w in lint(handout, clinic)[1] if "braille" in w.message]
    assert warned == [f"{path}:3: warning: German (de): no braille file (BRF): the braille "
                      "table de-g1.ctb cannot translate '茶' (U+8336) — write the text without "
                      "it, or leave this handout without braille"]
    report = Builder(project, clinic, ["braille"]).build([path, other], lambda p: None)
    assert not report.failed, report.failed
    assert not project.output("tee.de", "braille").exists()
    assert project.output("rest", "braille").exists()


@pytest.mark.parametrize("filler", range(20, 26))
def test_a_box_line_never_opens_a_page_alone(filler: int) -> None:
    """Wherever the page ends, a box's closing line goes over with its last line of text."""
    blocks = [*(Cells(f"LINE{i}", 3, 1) for i in range(filler)),
              Cells("7" * CELLS, 1, 1, keep_with_next=True), Cells(",GET HELP N[", 5, 5,
                                                                    keep_with_next=True),
              Cells(",CALL US4", 3, 1), Cells("7" * CELLS, 1, 1, keep_with_previous=True),
              Cells("AFT]", 3, 1)]
    pages = paginate(lay_out(blocks), lambda n: f"#{'JABCDEFGHI'[n]}")
    for page in pages[1:]:
        text = [line.strip() for line in page if line.strip()]
        assert text[0] != "7" * CELLS or text[1] == ",GET HELP N[", page  # only an opening
    # both box lines, the closing one shortened where it shares line 25 with the number
    box_lines = [line for page in pages for line in page if set(line.split(" ")[0]) == {"7"}]
    assert len(box_lines) == 2 and all(len(line) == CELLS for line in box_lines), box_lines


@pytest.mark.parametrize("filler", range(19, 25))
def test_a_source_keeps_its_address_on_the_page_of_its_title(filler: int) -> None:
    """Wherever the page ends, a source (title and address, four lines here) stands on one
    page: the guide's last page began with the runover of an ACOG address, and the Spanish
    leaflet's page 5 ended with a source's title whose address began page 6."""
    source = ",PREECLAMPSIA & ,HI< ,BLOOD ,PRESSURE ,DUR+ ,PREGNANCY ;;HTTPS3_/_/WWW4ACOG4ORG" \
        "_/WOMENS-HEALTH_/FAQS_/PREECLAMPSIA"
    blocks = [*(Cells(f"LINE{i}", 3, 1) for i in range(filler)), Cells(source, 1, 3, whole=True),
              Cells(",RIV]SIDE", 1, 3)]
    pages = paginate(lay_out(blocks), lambda n: f"#{'JABCDEFGHI'[n]}")
    holding = [n for n, page in enumerate(pages) for line in page
               if line.lstrip().startswith((",PREECLAMPSIA", ",DUR+", ";;HTTPS3", "H_/FAQS"))]
    assert len(holding) == 4 and len(set(holding)) == 1, (filler, holding)


def test_the_clinics_name_phone_and_address_share_the_last_page(
        brfs: dict[str, tuple[Handout, str]]) -> None:
    """The back matter ends with the clinic's name, phone and web address: all three on the
    last page, so no number or address stands alone there, cut off from whose it is."""
    config = load_config(ROOT / "handouts")
    for name, (handout, brf) in brfs.items():
        brailler = Brailler(table_for(handout.meta.lang) or "")
        last = [line for line in pages_of(brf)[-1][:-1] if line.strip()]
        last.append(pages_of(brf)[-1][-1].rsplit(" ", 1)[0])
        back = words(INDICATOR.sub("", brailler.back_translate(" ".join(last))))
        assert set(words(config.name)) <= set(back), (name, back)
        assert "0134" in "".join(back) and "riverside" in back[-3:], (name, back)
