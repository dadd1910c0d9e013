"""The normaliser: its speed on a thousand words, on a 1 MB handout and on 1 MB of hostile
input (linear time: a quarter of the text takes about a quarter of the time), the same for
the reader's quantities (every number read once), and how often its Spanish noun genders
agree with the Apertium Spanish analyser's lexicon.

Run `.venv/bin/python bench/bench_normalize.py` from the repository root. The gender check
needs the Debian packages apertium-eng-spa and lttoolbox (`lt-paradigm`); without them it says
so and measures only the speed. Timings live here, never in the tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handoutkit.reader.quantities import quantities  # noqa: E402
from handoutkit.speech.agreement import gender  # noqa: E402
from handoutkit.speech.normalize import normalize  # noqa: E402

ANALYSER = Path("/usr/share/apertium/apertium-eng-spa/spa-eng.automorf.bin")
SENTENCES = {
    "en": ("Take 1-2 tablets (500 mg) BID for 7 days; call 911 or (555) 123-4567 on "
           "2026-07-10 at 9:30 am if BP > 140/90 mmHg, e.g. with DVT."),
    "es": ("Tome 1 tableta (500 mg) cada 8 horas durante 21 días; llame al 911 o al "
           "1234-5678 el 10/07/2026 a las 9:30 si la TA > 140/90 mmHg, p. ej. con TVP."),
}


def best_seconds(text: str, lang: str, repeats: int = 5) -> float:
    """The fastest of several runs, after one to warm the caches."""
    normalize(text, lang)
    times = []
    for _ in range(repeats):
        start = time.process_time()
        normalize(text, lang)
        times.append(time.process_time() - start)
    return min(times)


ROOT = Path(__file__).resolve().parent.parent
HANDOUTS = {"en": "leg-cramps-in-pregnancy-guide.md", "es": "leg-cramps-in-pregnancy.es.md"}
MEGABYTE = 1_000_000
# Inputs that once took time quadratic in their length (issue 21): "1x" * 20000 ran past
# 20 s ("x" looked for a length unit in all the text before it); one 40,000-letter word
# took make check 11 s (a look-ahead per letter for a digit); "y 1 " * 8000 took 13 s in
# Spanish (each "1" looked back to the sentence's start for the noun it stands for).
HOSTILE = {"1x": "1x", "one long word": "a", "digits and dots": "1.", "dashes": "1-",
           "slashes": "1/", "spaced digits": "1 ", "currency codes": "usd1 ", "addresses": "a@b.",
           "fractions": "1/2 ", "joined numbers": "y 1 "}


def megabyte_of(unit: str, size: int = MEGABYTE) -> str:
    return unit * (size // len(unit.encode("utf-8")))


def seconds(text: str, lang: str) -> float:
    """CPU time: on a loaded machine wall-clock ratios swing by two or more."""
    start = time.process_time()
    normalize(text, lang)
    return time.process_time() - start


def large_inputs() -> None:
    """A 1 MB handout (a sample's text, repeated) in English and Spanish, 1 MB of the dense
    sentences above, then
    each hostile input at 1 MB, with the time of a quarter of it: linear time gives a ratio
    near 4."""
    for lang, name in HANDOUTS.items():
        body = (ROOT / "handouts" / name).read_text(encoding="utf-8").split("---", 2)[2]
        handout = megabyte_of(" ".join(body.split()) + " ")
        print(f"{lang}: a 1 MB handout ({name} repeated, {len(handout.split()):,} words) "
              f"normalised in {seconds(handout, lang):.1f} s")
    for lang, sentence in SENTENCES.items():
        dense = megabyte_of(sentence + " ")
        print(f"{lang}: 1 MB of the sentence above (a number every few words) normalised in "
              f"{seconds(dense, lang):.1f} s")
    for lang in SENTENCES:
        for name, unit in HOSTILE.items():
            whole, quarter = seconds(megabyte_of(unit), lang), seconds(
                megabyte_of(unit, MEGABYTE // 4), lang)
            print(f"{lang}: 1 MB of {name!r} in {whole:.1f} s; 1 MB / 250 KB = "
                  f"{whole / quarter:.1f} (linear ≈ 4)")


# Inputs for the reader's quantities: runs that match a number's groups, ranges, dates and
# phone numbers again and again ("1" + ".111" * n once took 485 s for 1 MB).
READER_HOSTILE = {**HOSTILE, "groups of three": ".111", "ranges": "1-2 ", "dates": "1/2/",
                  "phone-like": "555 "}


def reader_inputs() -> None:
    """The reader's quantities on the dense sentences at 1 MB, then each hostile input at
    1 MB and at a quarter of it (linear ≈ 4)."""
    def timed(text: str, lang: str) -> float:
        start = time.process_time()
        quantities(text, lang)
        return time.process_time() - start

    for lang, sentence in SENTENCES.items():
        dense = megabyte_of(sentence + " ")
        print(f"{lang}: 1 MB of the sentence above read into quantities in "
              f"{timed(dense, lang):.1f} s ({len(quantities(dense, lang)):,} quantities)")
    for name, unit in READER_HOSTILE.items():
        whole = timed("1" + megabyte_of(unit), "en")
        quarter = timed("1" + megabyte_of(unit, MEGABYTE // 4), "en")
        print(f"reader: 1 MB of {name!r} in {whole:.1f} s; 1 MB / 250 KB = "
              f"{whole / quarter:.1f} (linear ≈ 4)")


def apertium_nouns() -> dict[str, str]:
    """Singular and plural nouns Apertium gives exactly one gender, word → "m"/"f"."""
    found: dict[str, set[str]] = {}
    for tag in ("m", "f"):
        for number in ("sg", "pl", "sp"):
            listing = subprocess.run(
                ["lt-paradigm", "-a", str(ANALYSER)], input=f"*<n><{tag}><{number}>\n",
                capture_output=True, text=True, check=True).stdout
            for line in listing.splitlines():
                word = line.rpartition(":")[2]
                if word.isalpha() and word.islower():
                    found.setdefault(word, set()).add(tag)
    return {word: tags.pop() for word, tags in found.items() if len(tags) == 1}


def main() -> int:
    for lang, sentence in SENTENCES.items():
        text = " ".join([sentence] * (1000 // len(sentence.split()) + 1))
        words = len(text.split())
        print(f"{lang}: {words} words normalised in {best_seconds(text, lang) * 1000:.1f} ms "
              "(best of 5)")
    large_inputs()
    reader_inputs()
    if not (ANALYSER.exists() and shutil.which("lt-paradigm")):
        print("gender: skipped — apt-get install apertium-eng-spa lttoolbox lttoolbox-dev")
        return 0
    nouns = apertium_nouns()
    wrong = Counter({word: 1 for word, tag in nouns.items() if gender(word) != tag})
    share = 100 * (1 - len(wrong) / len(nouns))
    print(f"gender: agrees with Apertium on {share:.1f}% of {len(nouns)} nouns "
          f"({len(wrong)} differ, e.g. {', '.join(sorted(wrong)[:12])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
