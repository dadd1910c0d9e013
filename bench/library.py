"""Benchmark library: many short, valid handouts made from the samples with a seeded RNG.

Each generated handout takes a few `##` sections of the sample handouts (English from the
leaflet and the guide, Spanish from the Spanish leaflet), shuffled and trimmed to a word
budget, opens with a paragraph of varied numbers (so the speech normaliser has work to do)
and rewords common words and phrases, so that few sentences repeat across the library.
Every fourth handout is Spanish (`lang: es`, read by espeak-ng).
The same seed always gives the same files, so runs on different days compare.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "handouts"
SETTINGS = ("clinic.yaml", "pronunciations.yaml")
SPANISH_EVERY = 4  # handout i is Spanish when i % 4 == 3
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Section:
    """One `##` section of a sample: its heading and its blank-line separated blocks."""

    heading: str  # without the "## "
    blocks: tuple[str, ...]  # paragraphs, lists, tables, callouts, "### " subheadings


@dataclass(frozen=True)
class Language:
    """What a generated handout in one language is made of."""

    code: str
    slug: str  # file names: "<slug>-07.md"
    titles: tuple[str, ...]
    summaries: tuple[str, ...]
    number_lines: tuple[str, ...]  # each with {a} and {b}
    # a word or phrase and other wordings: each handout keeps it or takes one of them, so
    # that few sentences repeat across the library (the speech cache voices a repeat once)
    swaps: tuple[tuple[str, tuple[str, ...]], ...]
    audience: str
    front: str  # sources and speech, copied from the sample
    samples: tuple[str, ...]  # sample file names the sections come from


ENGLISH = Language(
    code="en", slug="leg-cramps",
    titles=("Leg cramps in pregnancy", "Calf cramps in pregnancy", "Night cramps in pregnancy",
            "Muscle cramps when you are pregnant"),
    summaries=("What helps with leg cramps, and when to get help.",
               "Why cramps happen and what you can do about them.",
               "Simple steps that ease cramps, and the signs that need a doctor."),
    number_lines=("Stretch each calf for {a} seconds, {b} times before bed.",
                  "Drink {b} glasses of water a day and walk for {a} minutes.",
                  "Most cramps last less than {b} minutes. About {a} in 100 pregnant people get "
                  "them."),
    swaps=(("doctor or midwife", ("midwife or doctor", "nurse or doctor", "care team")),
           ("right away", ("at once", "straight away")),
           ("a few minutes", ("5 minutes", "ten minutes", "a couple of minutes")),
           ("fruit and vegetables", ("vegetables and fruit",)),
           ("warm bath", ("warm shower",)), ("cramps", ("spasms",)), ("cramp", ("spasm",)),
           ("tight", ("hard", "stiff")), ("often", ("frequently",)), ("pain", ("soreness",)),
           ("swelling", ("puffiness",)), ("blood clot", ("clot",)), ("calf", ("calf muscle",)),
           ("leg", ("lower leg",)), ("walk", ("stroll",)), ("Stretch", ("Gently stretch",)),
           ("night", ("nighttime",)), ("pregnancy", ("your pregnancy",)),
           ("do not", ("don't",)), ("will not", ("won't",)), ("can", ("may",)),
           ("very", ("really",)), ("Talk to", ("Speak with",)), ("legs", ("lower legs",)),
           ("Drink", ("Sip",)), ("Eat", ("Have",)), ("signs", ("warning signs",)),
           ("call", ("phone",)), ("feel", ("seem",)), ("help", ("support",))),
    audience="Pregnant people",
    front=("sources:\n  - title: Leg Cramps During Pregnancy (patient leaflet)\n"
           "speech:\n  DVT: D V T\n"),
    samples=("leg-cramps-in-pregnancy.md", "leg-cramps-in-pregnancy-guide.md"),
)
SPANISH = Language(
    code="es", slug="calambres",
    titles=("Calambres en las piernas durante el embarazo", "Calambres de noche en el embarazo",
            "Calambres en la pantorrilla"),
    summaries=("Qué alivia los calambres y cuándo pedir ayuda.",
               "Pasos sencillos para los calambres y las señales de alarma."),
    number_lines=("Estire cada pantorrilla durante {a} segundos, {b} veces antes de acostarse.",
                  "Tome {b} vasos de agua al día y camine {a} minutos."),
    swaps=(("médico o partera", ("partera o médico", "enfermera o médico")),
           ("de inmediato", ("enseguida",)), ("unos minutos", ("5 minutos", "diez minutos")),
           ("frutas y verduras", ("verduras y frutas",)), ("calambres", ("espasmos",)),
           ("dolor", ("molestia",)), ("hinchazón", ("inflamación",)),
           ("músculo", ("músculo de la pierna",))),
    audience="Personas embarazadas",
    front=("sources:\n  - title: Leg Cramps During Pregnancy (folleto, en inglés)\n"
           "speech:\n  TVP: T V P\n"),
    samples=("leg-cramps-in-pregnancy.es.md",),
)


def read_sections(path: Path) -> list[Section]:
    """The `##` sections of a sample handout (its intro before the first `##` is skipped)."""
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    sections = []
    for chunk in re.split(r"^## ", body, flags=re.MULTILINE)[1:]:
        heading, _, rest = chunk.partition("\n")
        blocks = tuple(b.strip() for b in rest.strip().split("\n\n") if b.strip())
        sections.append(Section(heading.strip(), blocks))
    return sections


def count_words(markdown: str) -> int:
    """Words a reader sees: Markdown marks and table rules do not count."""
    return len(_WORD.findall(re.sub(r"\[!\w+\]|---", " ", markdown)))


def trim(section: Section, budget: int) -> list[str]:
    """The section's first blocks up to ``budget`` words (always one block with content)."""
    kept: list[str] = []
    used = 0
    for block in section.blocks:
        words = count_words(block)
        if kept and used + words > budget and not kept[-1].startswith("### "):
            break
        kept.append(block)
        used += words
    # a subheading needs something under it, and a lead-in ("… may ask:") its list
    while len(kept) > 1 and (kept[-1].startswith("### ") or kept[-1].endswith(":")):
        kept.pop()
    return kept


def make_handout(rng: random.Random, lang: Language,
                 pool: list[Section], words: tuple[int, int]) -> str:
    """One handout's file text: front matter, a numbers paragraph, sections to the budget."""
    target = rng.randint(*words)
    intro = rng.choice(lang.number_lines).format(a=rng.choice((10, 15, 20, 30, 45)),
                                                 b=rng.randint(2, 9))
    parts = [intro]
    used = count_words(intro)
    for section in rng.sample(pool, k=len(pool)):
        if used >= target - 15:
            break
        blocks = trim(section, max(20, target - used))
        parts.append(f"## {section.heading}\n\n" + "\n\n".join(blocks))
        used += count_words(parts[-1])
    body = reword("\n\n".join(parts), lang, rng)
    first = pool[0].heading if len(parts) < 2 else parts[1].split("\n", 1)[0][3:]
    reviewed = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(300))
    return (f"---\ntitle: {rng.choice(lang.titles)} — {first[0].lower()}{first[1:]}\n"
            f"lang: {lang.code}\nsummary: {rng.choice(lang.summaries)}\n"
            f"reviewed: {reviewed.isoformat()}\naudience: {lang.audience}\n{lang.front}"
            f"---\n\n{body}\n")


def reword(text: str, lang: Language, rng: random.Random) -> str:
    """Each swap's phrase kept or replaced by one of its other wordings (whole words only)."""
    for phrase, others in lang.swaps:
        choice = rng.choice((phrase, *others))
        if choice != phrase:
            text = re.sub(rf"\b{re.escape(phrase)}\b", lambda m, c=choice: _same_case(m[0], c),
                          text, flags=re.IGNORECASE)
    return text


def _same_case(found: str, replacement: str) -> str:
    return replacement[0].upper() + replacement[1:] if found[0].isupper() else replacement


def handout_filename(index: int, lang: Language) -> str:
    """"leg-cramps-07.md", or "calambres-07.es.md" for a non-English one."""
    suffix = "" if lang.code == "en" else f".{lang.code}"
    return f"{lang.slug}-{index:02d}{suffix}.md"


def generate_library(dest: Path, count: int = 50, seed: int = 2026,
                     words: tuple[int, int] = (100, 160)) -> list[Path]:
    """Write ``count`` handouts and the sample settings into ``dest``; returns the handouts."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SETTINGS:
        if (SAMPLES_DIR / name).is_file():
            shutil.copy2(SAMPLES_DIR / name, dest / name)
    pools = {lang.code: [s for name in lang.samples for s in read_sections(SAMPLES_DIR / name)]
             for lang in (ENGLISH, SPANISH)}
    rng = random.Random(seed)
    paths = []
    for index in range(1, count + 1):
        lang = SPANISH if index % SPANISH_EVERY == SPANISH_EVERY - 1 else ENGLISH
        path = dest / handout_filename(index, lang)
        path.write_text(make_handout(rng, lang, pools[lang.code], words), encoding="utf-8")
        paths.append(path)
    return paths
