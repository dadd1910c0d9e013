"""The spoken script: what is said, in what order, with which pauses."""

from __future__ import annotations

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.reader.loader import load_handout
from handoutkit.speech import anchors
from handoutkit.speech.script import PARAGRAPH_PAUSE, SECTION_PAUSE, build_script

BODY = """\
See [our page](https://clinic.example/cramps) for more.

## What helps

- Stretch your calf.
- Walk for 5 minutes.

| Food | Has |
|---|---|
| Milk | Calcium |

> [!WARNING]
> Call your midwife right away.

## Tests

1. A blood test checks calcium: 2.25–2.75 mmol/L is normal.
2. Your DVT risk is checked.
"""


def _script(write_handout, project: Layout, **front: str):
    path = write_handout(BODY, reviewed="2026-07-10", speech="{DVT: deep vein clot}",
                         sources="[{title: NHS, url: 'https://nhs.example'}]", **front)
    config = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                          pronunciations=(("DVT", "D V T"), ("OTC", "over the counter")))
    return build_script(load_handout(path, project.handouts_dir), config)


CALL_US = "Call Riverside Family Clinic at five five five, oh one three four."


def test_chapters_are_the_opening_get_help_now_then_each_section(
        write_handout, project: Layout) -> None:
    script = _script(write_handout, project)
    assert [c.title for c in script.chapters] == [
        "Leg cramps", "Get help now", "About this handout", "What helps", "Tests"]
    opening = [s.text for s in script.chapters[0].segments]
    assert opening == ["Leg cramps."]  # the panel straight after the title
    panel = [s.text for s in script.chapters[1].segments]
    assert panel == ["Get help now: Call your midwife right away.", CALL_US]
    about = [s.text for s in script.chapters[2].segments]
    assert about == ["Why they happen and what helps.", "From Riverside Family Clinic.",
                     "See our page for more."]  # link text, never the URL


def test_the_clinics_number_comes_second_in_a_long_panel(write_handout, project: Layout) -> None:
    """The most urgent line, then the number and the after-hours line, then the rest: the
    number is heard early however many lines the panel has."""
    path = write_handout(BODY, urgent="['Call 911 for chest pain.', 'Call us for a red leg.', "
                         "'Call us for a bad headache.']",
                         after_hours="{en: 'If we are closed, go to the ER.'}")
    config = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                          after_hours=(("*", "If we are closed, call the same number."),))
    panel = [(s.text, s.ref) for s in build_script(
        load_handout(path, project.handouts_dir), config).chapters[1].segments]
    assert panel == [
        ("Get help now: Call nine one one for chest pain.", anchors.panel_action_id(0)),
        (CALL_US, anchors.call_id(None)),
        ("If we are closed, go to the E R.", anchors.after_hours_id(None)),  # the handout's own
        ("Call us for a red leg.", anchors.panel_action_id(1)),
        ("Call us for a bad headache.", anchors.panel_action_id(2))]


def test_without_a_warning_the_intro_stays_in_the_opening(write_handout, project: Layout) -> None:
    path = write_handout("Cramps are common.\n\n> [!NOTE]\n> Ask before you take a "
                         "supplement.\n\n## Tips\n\nStretch.\n")
    script = build_script(load_handout(path, project.handouts_dir), ClinicConfig())
    assert [c.title for c in script.chapters] == ["Leg cramps", "Tips"]
    said = [s.text for s in script.chapters[0].segments]
    assert said[3:] == ["Cramps are common.", "Note: Ask before you take a supplement."]


def test_sections_read_lists_tables_and_warnings(write_handout, project: Layout) -> None:
    helps = [s.text for s in _script(write_handout, project).chapters[3].segments]
    assert helps == ["What helps.", "Stretch your calf.", "Walk for five minutes.",
                     "In each row: Food, then Has.", "Milk: Calcium.",
                     "Get help now: Call your midwife right away.", CALL_US]


def test_urgent_boxes_end_with_when_the_clinic_is_closed(write_handout, project: Layout) -> None:
    path = write_handout("## Ayuda\n\n> [!CAUTION]\n> Señales de un coágulo:\n>\n> - una "
                         "pierna hinchada\n>\n> Llame al 911 ahora.\n", lang="es")
    config = ClinicConfig(name="Clínica", phone="555-0134",
                          after_hours=(("en", "If we are closed, go to the ER."),
                                       ("es", "Si estamos cerrados, vaya a urgencias.")))
    script = build_script(load_handout(path, project.handouts_dir), config)
    panel = [s.text for s in script.chapters[1].segments]
    assert panel == ["Busque ayuda de inmediato: Señales de un coágulo:", "una pierna hinchada.",
                     "Llame al nueve uno uno ahora.",
                     "Llame a Clínica al cinco cinco cinco, cero uno tres cuatro.",
                     "Si estamos cerrados, vaya a urgencias."]
    assert [s.shown for s in script.chapters[1].segments][2:4] == [
        "Llame al 911 ahora.", "Llame a Clínica al 555-0134."]
    box = [s.text for s in script.chapters[3].segments]  # after "About this handout"
    assert box[1:6] == ["Busque ayuda de inmediato: Señales de un coágulo:", "una pierna hinchada",
                       "Llame al nueve uno uno ahora.", *panel[3:]]


def test_numbers_units_and_pronunciations(write_handout, project: Layout) -> None:
    tests = [s.text for s in _script(write_handout, project).chapters[4].segments]
    assert tests[1] == ("one. A blood test checks calcium: two point two five to two point "
                        "seven five millimoles per liter is normal.")
    assert tests[2] == "two. Your deep vein clot risk is checked."  # the handout's own wins


def test_closing_lines_end_the_last_chapter(write_handout, project: Layout) -> None:
    last = [s.text for s in _script(write_handout, project).chapters[-1].segments]
    assert last[-4:] == [
        "This handout is from Riverside Family Clinic.",
        "To reach us, call five five five, oh one three four.",
        "It was last reviewed on July tenth, twenty twenty-six.",
        "The sources for this handout are listed in the leaflet and on the web page.",
    ]
    assert "nhs" not in " ".join(last).lower()


def test_pauses(write_handout, project: Layout) -> None:
    script = _script(write_handout, project)
    for chapter in script.chapters:
        assert chapter.segments[-1].pause_after == SECTION_PAUSE
    heading = script.chapters[1].segments[0]
    assert heading.pause_after == PARAGRAPH_PAUSE
    assert all(s.pause_after >= 0.5 for s in script.segments)


def test_no_digits_reach_the_voice(write_handout, project: Layout) -> None:
    script = _script(write_handout, project)
    assert not any(ch.isdigit() for s in script.segments for ch in s.text)


def test_a_table_without_a_label_column_names_every_cell(write_handout, project: Layout) -> None:
    path = write_handout("## Doses\n\n| Week | Dose |\n| --- | --- |\n| 1 | 5 mg |\n"
                         "| 2 | 10 mg |\n")
    script = build_script(load_handout(path, project.handouts_dir), ClinicConfig())
    said = [s.text for s in script.chapters[1].segments]
    assert said[1:3] == ["Week: one, Dose: five milligrams.", "Week: two, Dose: ten milligrams."]


def test_every_sentence_names_the_printed_element_it_reads(write_handout, project: Layout) -> None:
    """The ids (handoutkit.speech.anchors) the EPUB gives what each sentence reads: the panel's own
    lines, not the box's, even where the words are the same."""
    script = _script(write_handout, project)
    refs = [(s.text, s.ref) for s in script.segments]
    assert all(ref for _, ref in refs)
    title, action, call, summary, clinic, intro, heading, *_ = refs
    assert [r for _, r in (title, action, call, summary, clinic)] == [
        anchors.TITLE, anchors.panel_action_id(0), anchors.call_id(None), anchors.SUMMARY,
        anchors.CLINIC]
    assert intro[1].startswith("p_") and heading[1] == "h_what-helps"
    said = dict(refs[5:])  # after the panel: each sentence's last place
    front = int(intro[1].removeprefix("p_")) - 1  # the intro is BODY's first line
    table = front + next(i for i, line in enumerate(BODY.splitlines(), 1)
                         if line.startswith("| Food"))
    assert said["In each row: Food, then Has."] == f"th_{table}"
    assert said["Milk: Calcium."] == f"tr_{table}_0"
    box = table + 4  # the "> [!WARNING]" line
    assert said["Get help now: Call your midwife right away."] == f"p_{box + 1}"
    assert said[CALL_US] == f"call_{box}" != call[1]
    assert [r for _, r in refs[-4:]] == [anchors.CONTACT, anchors.CONTACT, anchors.REVIEWED,
                                         anchors.SOURCES]
