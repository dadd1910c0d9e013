"""The normaliser: its speed on a thousand words, and how often its Spanish noun genders agree
with the Apertium Spanish analyser's lexicon.

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
        start = time.perf_counter()
        normalize(text, lang)
        times.append(time.perf_counter() - start)
    return min(times)


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
