"""The "Get help now" panel: its lines, the `urgent:` key, and the listener's lint."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from handoutkit.checks.lint import lint
from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.loader import load_handout
from handoutkit.reader.urgent import HelpAction, help_panel
from handoutkit.speech.script import build_script
from handoutkit.writers.braille.layout import CELLS
from handoutkit.writers.braille.tables import Brailler, table_for
from tests.helpers import ROOT, front_matter

CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="(555) 555-0134", country="US",
                      after_hours=(("en", "If we are closed, go to labor and delivery."),))
BOX = """\
## When to get help

> [!WARNING]
> These can be signs of a blood clot:
>
> - one leg swollen, warm or red
>
> If you have any of these, call your doctor right away.
"""


def test_panel_takes_the_boxes_calls_to_action(write_handout, project: Layout) -> None:
    handout = load_handout(write_handout(BOX), project.handouts_dir)
    panel = help_panel(handout, CLINIC.help_contact(handout.meta))
    assert panel is not None
    assert panel.actions == (
        HelpAction("These can be signs of a blood clot:", ("one leg swollen, warm or red",)),
        HelpAction("If you have any of these, call your doctor right away."))
    assert (panel.contact.phone, panel.contact.phone_href) == ("(555) 555-0134",
                                                               "tel:+15555550134")
    assert panel.contact.after_hours == "If we are closed, go to labor and delivery."


def test_a_box_that_is_only_a_list_gives_every_item(write_handout, project: Layout) -> None:
    path = write_handout("## Help\n\n> [!CAUTION]\n> - Call 911 for chest pain\n> - Rest\n")
    handout = load_handout(path, project.handouts_dir)
    panel = help_panel(handout, CLINIC.help_contact(handout.meta))
    assert panel is not None
    assert panel.actions == (HelpAction("Call 911 for chest pain."), HelpAction("Rest."))


def test_a_lead_in_keeps_every_sign_of_its_list(write_handout, project: Layout) -> None:
    """The panel of a box with only a lead-in and its list carries every sign, nested too."""
    path = write_handout("## Help\n\n> [!WARNING]\n> Call 911 if you have:\n>\n"
                         "> - chest pain\n> - sudden shortness of breath\n>   - even at rest\n")
    handout = load_handout(path, project.handouts_dir)
    panel = help_panel(handout, CLINIC.help_contact(handout.meta))
    assert panel is not None
    assert panel.actions == (HelpAction("Call 911 if you have:", (
        "chest pain", "sudden shortness of breath", "even at rest")),)


def test_the_authors_urgent_lines_win(write_handout, project: Layout) -> None:
    path = write_handout(BOX, urgent="[Call 911 for chest pain., Call us for a swollen leg.]")
    handout = load_handout(path, project.handouts_dir)
    panel = help_panel(handout, CLINIC.help_contact(handout.meta))
    assert panel is not None
    assert panel.actions == (HelpAction("Call 911 for chest pain."),
                             HelpAction("Call us for a swollen leg."))


def test_no_warning_box_no_panel(write_handout, project: Layout) -> None:
    path = write_handout("## Tips\n\n> [!NOTE]\n> Rest your legs.\n")
    handout = load_handout(path, project.handouts_dir)
    assert help_panel(handout, CLINIC.help_contact(handout.meta)) is None


@pytest.mark.parametrize(("after_hours", "lang", "said"), [
    ("'If we are closed, go to the ER.'", "en", "If we are closed, go to the ER."),
    ("{es: 'Si estamos cerrados, vaya a urgencias.', en: 'Go to the ER.'}", "es-US",
     "Si estamos cerrados, vaya a urgencias."),  # a map: the tag's language
    ("{es: 'Vaya a urgencias.'}", "en", "If we are closed, go to labor and delivery."),
])  # fmt: skip
def test_a_handouts_after_hours_line_wins_over_the_clinics(
        write_handout, project: Layout, after_hours: str, lang: str, said: str) -> None:
    """`after_hours:` in front matter, in the shapes clinic.yaml takes; a map without the
    handout's language leaves the clinic's line."""
    path = write_handout(BOX, after_hours=after_hours, lang=lang)
    handout = load_handout(path, project.handouts_dir)
    assert CLINIC.help_contact(handout.meta).after_hours == said
    panel = help_panel(handout, CLINIC.help_contact(handout.meta))
    assert panel is not None and panel.contact.after_hours == said


@pytest.mark.parametrize("value", ["''", "[Go to the ER.]", "{english: Go to the ER.}",
                                   "{en: ''}"])
def test_after_hours_key_is_checked_with_its_line(write_handout, project: Layout,
                                                  value: str) -> None:
    path = write_handout(BOX, after_hours=value)
    with pytest.raises(ContentError) as caught:
        load_handout(path, project.handouts_dir)
    line = front_matter(after_hours=value).splitlines().index(f"after_hours: {value}") + 1
    assert str(caught.value).startswith(f"{path}:{line}: error: 'after_hours' is not valid")


@pytest.mark.parametrize(("value", "hint"), [
    ("[]", "write what to do as one line"),
    ("[a., b., c., d., e.]", "at most 4 lines"),
    ("{call: 911}", "write what to do as one line"),
    (" ".join(["word"] * 31), "keep each line under 30 words"),
])  # fmt: skip
def test_urgent_key_is_checked_with_its_line(write_handout, project: Layout, value: str,
                                             hint: str) -> None:
    path = write_handout(BOX, urgent=value)
    with pytest.raises(ContentError) as caught:
        load_handout(path, project.handouts_dir)
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (5, "'urgent' is not valid")
    assert hint in problem.hint


def test_regional_language_tags_load(write_handout, project: Layout) -> None:
    for tag in ("es-US", "es-419", "en-US"):
        handout = load_handout(write_handout(BOX, lang=tag), project.handouts_dir)
        assert handout.meta.lang == tag and handout.base_lang == tag[:2]


# ---- say what the ear needs --------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "flagged"), [
    ("en", "Stretch often.\n\nFollow the steps\nin the table below.\n", ["in the table below"]),
    ("en", "Most people need none of the tests below.\n", ["below"]),
    ("en", "See page 2 for more.\n", ["See page 2"]),
    ("en", "As shown above, rest.\n", ["shown above"]),
    ("en", "Pain below the ribs and above the knee.\n", []),  # places on the body
    ("es", "Siga los pasos de la tabla de abajo.\n", ["la tabla de abajo"]),
    ("es", "Lleve los dedos hacia arriba. Vea la página 2.\n", ["Vea la página 2"]),
    ("es", "Los pasos están más abajo.\n", ["más abajo"]),
])  # fmt: skip
def test_visual_references_warn_at_their_line(write_handout, project: Layout, lang: str,
                                              body: str, flagged: list[str]) -> None:
    path = write_handout("## Part\n\n" + body, lang=lang)
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    found = [w for w in warnings if "points at the page" in w.message]
    assert [w.message.split("'")[1] for w in found] == flagged
    lines = path.read_text(encoding="utf-8").split("\n")
    for warning, words in zip(found, flagged, strict=True):
        assert words in lines[warning.line - 1]


def test_make_check_names_the_line_of_see_the_table_below(tmp_path: Path) -> None:
    handouts = tmp_path / "in"
    handouts.mkdir()
    (handouts / "plan.md").write_text(front_matter() + "\n## Plan\n\nStretch before bed.\n\n"
                                      "To plan your week, see the table below.\n\n"
                                      "| Day | What to do |\n| --- | --- |\n| Monday | Walk |\n",
                                      encoding="utf-8")
    result = subprocess.run(["make", "-s", "-C", str(ROOT), "check", f"HANDOUTS_DIR={handouts}",
                             f"BUILD_DIR={tmp_path / 'out'}"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    said = (result.stdout + result.stderr).splitlines()
    warnings = [line for line in said if "points at the page" in line]
    assert len(warnings) == 1, said
    assert warnings[0].startswith(f"{handouts}/plan.md:11: warning: 'see the table below'")
    assert "say what it holds instead" in warnings[0]


# ---- every sign of the box reaches every output ---------------------------------------


SIGNS_BOX = {  # a warning box with only a lead-in and its list of signs, as clinics write them
    "en": ("Call 911 if you have:", ("chest pain", "sudden shortness of breath")),
    "es": ("Llame al 911 si tiene:", ("dolor en el pecho", "falta de aire de repente")),
    "fr": ("Appelez le 911 si vous avez :", ("une douleur à la poitrine", "du mal à respirer")),
}


@pytest.mark.parametrize("lang", sorted(SIGNS_BOX))
def test_panel_from_a_box_says_and_brailles_every_sign(write_handout, project: Layout,
                                                       lang: str) -> None:
    lead, signs = SIGNS_BOX[lang]
    body = f"## Help\n\n> [!WARNING]\n> {lead}\n>\n" + "".join(f"> - {s}\n" for s in signs)
    path = write_handout(body, lang=lang)
    handout = load_handout(path, project.handouts_dir)
    panel = help_panel(handout, CLINIC.help_contact(handout.meta))
    assert panel is not None and panel.actions == (HelpAction(lead, signs),)
    chapter = build_script(handout, CLINIC).chapters[1]
    refs = [segment.ref for segment in chapter.segments]
    assert refs[:3] == ["urgent_panel_0", "urgent_panel_0_0", "urgent_panel_0_1"]
    Builder(project, CLINIC, ["braille"]).build([path], lambda done: None)
    brf = project.output(handout.name, "braille").read_text(encoding="ascii")
    table = table_for(lang)
    assert table is not None
    panel_cells = brf.split("7" * CELLS)[1]  # the panel sits between the first two box lines
    back = " ".join(Brailler(table).back_translate(line.strip())
                    for line in panel_cells.split("\r\n") if line.strip())
    for sign in signs:
        assert sign.lower() in back.lower(), (sign, back)
