"""Signs and marks around a quantity, for the languages say_generic.py reads: what a voice
would otherwise guess or read twice. Each, as ``input → spoken``:
  compared     ≥7.0 mmol/L → 7.0 mmol/L以上 (ja), 大于等于… (zh), … या उससे अधिक (hi)
  per_day      30 mg/kg/日 → 一日30 mg/kg (ja); 30 mg/kg/day → … प्रति दिन (hi)
  am_pm        10:30 AM → सुबह साढ़े दस बजे; 9am-5pm → सुबह नौ बजे से शाम पाँच बजे तक
  tildes       十二週〜十四週 → 十二週から十四週; 생후 이개월~ 접종 → 생후 이개월부터 접종
  classifier   নয়টা ত্রিশ মিনিট টায় → নয়টা ত্রিশ মিনিটে (Bengali)
The first three run before the number rules and leave the numbers to them; the last two
run once the numbers are said.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from handoutkit.speech.data import generic
from handoutkit.speech.say_units import UNSPACED, Generic, preceding

Clock = Callable[[int, int, Generic, str], str]  # say_generic.say_clock


def compared(lang: Generic, quantity: str) -> tuple[tuple[str, object], ...]:
    """"≥7.0 mmol/L" → "7.0 mmol/L以上", "< 100" → "أقل من 100" (then said by the number
    rules): a comparison sign before a quantity, said where the language says it
    (data/generic.py COMPARED)."""
    if lang.primary not in generic.COMPARED:
        return ()
    words = generic.COMPARED[lang.primary]
    signs = "".join(words)

    def say(m: re.Match[str]) -> str:
        before, after = words[m["sign"]]
        if lang.locale.script == "Hant":  # 大於, 小於
            before = before.translate(generic.TRADITIONAL)
        return f"{before}{m['q']}{after}"

    return ((rf"(?<![A-Za-z\d<>=])(?P<sign>[{signs}])(?![<>=])\s?(?P<q>-?{quantity})", say),)


def per_day(lang: Generic, dose: str) -> tuple[tuple[str, object], ...]:
    """"30 mg/kg/日" → "一日30 mg/kg" (then said by the unit rules): a dose per weight and
    per day, the day said where the language says it (data/generic.py PER_DAY)."""
    if lang.primary not in generic.PER_DAY:
        return ()
    before, after = generic.PER_DAY[lang.primary]
    return ((rf"(?P<q>{dose})\s?/\s?(?:{generic.DAY_SPANS})(?![^\W\d_])",
             lambda m: f"{before}{m['q']}{after}"),)


def am_pm(lang: Generic, say_clock: Clock) -> tuple[tuple[str, object], ...]:
    """The AM and PM rule, where the language names the parts of the day."""
    if lang.primary not in generic.DAY_PARTS:
        return ()
    return ((_AM_PM, lambda m: _am_pm(m, lang, say_clock)),)


_HOUR_AP = r"(?P<h{n}>1[0-2]|0?[1-9])(?::(?P<mm{n}>[0-5]\d))?\s?(?P<ap{n}>[AaPp])\.?\s?[Mm]\.?"
_AM_PM = (rf"(?<![\d:.]){_HOUR_AP.format(n='')}(?![A-Za-z])"
          rf"(?:\s?[-–]\s?{_HOUR_AP.format(n='2')}(?![A-Za-z]))?")


def _am_pm(m: re.Match[str], lang: Generic, say_clock: Clock) -> str:
    """"10:30 AM" → "सुबह साढ़े दस बजे", "9am-5pm" → "सुबह नौ बजे से शाम पाँच बजे तक": AM and
    PM said as the part of the day the language names (data/generic.py DAY_PARTS)."""
    said, before = [], preceding(m)
    for n in ("", "2"):
        if not m[f"h{n}"]:
            break
        hour, pm = int(m[f"h{n}"]), m[f"ap{n}"] in "Pp"
        parts = generic.DAY_PARTS[lang.primary]
        part = parts[(1 if hour in (12, 1, 2, 3) else 2 if hour < 8 else 3) if pm
                     else (3 if hour == 12 else 0)]
        clock = say_clock(hour, int(m[f"mm{n}"] or 0), lang, before + part + " ")
        said.append(clock if before.rstrip().endswith(part) and not n else f"{part} {clock}")
    if len(said) == 1:
        return said[0]
    start, until = generic.CLOCK_SPAN.get(lang.primary, (" – ", ""))
    until = "" if until.strip() in m.string[m.end():m.end() + 12] else until
    return said[0] + start + said[1] + until


def tildes(text: str, lang: Generic) -> str:
    """A tilde left between two words once the numbers are said: the range's word; open at
    its end, "from"."""
    if lang.primary in _OPEN:  # "생후 2개월~ 접종", "6个月~"
        text = _OPEN_TILDE.sub(_OPEN[lang.primary], text)
    if lang.primary not in generic.TO:
        return text
    to = generic.TO[lang.primary]
    return _TILDE.sub(to if lang.primary in UNSPACED else f" {to} ", text)


def classifier_written(text: str, lang: Generic) -> str:
    """Bengali's classifier written after a clock the voice has said with it: said once."""
    for pattern, said in _CLASSIFIER_WRITTEN.get(lang.primary, ()):
        text = pattern.sub(said, text)
    return text


# A tilde or wave dash left between two words once the numbers are said ("十二週〜十四週",
# "십이주~십사주"): said as the range's word, as Japanese から, Korean 내지, Mandarin 至.
_TILDE = re.compile(r"(?<=[^\W\d_])\s?[~〜～]\s?(?=[^\W\d_])")
_OPEN_TILDE = re.compile(r"(?<=[^\W\d_])[~〜～](?=[\s。、，,.)）]|$)")
# Korean 부터 (Sohn, The Korean Language), Mandarin 起 (Chao), Japanese から
_OPEN = {"ko": "부터", "zh": "起", "ja": "から"}
# The genitive written after a numeral, "৮০-এর", joined to the number once it is said: -র
# after a vowel sign (আশির, একশোর), য়ের after a vowel letter (নব্বইয়ের), ের after a
# consonant (দশের; Thompson, Bengali: A Comprehensive Grammar, the genitive ending).
_BENGALI_GENITIVE = ((r"(?<=[\u09be-\u09cc])-এর(?!\w)", "র"),
                     (r"(?<=[ইউএও])-এর(?!\w)", "য়ের"),
                     (r"(?<=[\u0995-\u09b9\u09dc-\u09df])-এর(?!\w)", "ের"))
# Bengali writes the hour's classifier after the clock ("9:30 টায়", "8:30টায়", "8:00 টা") or its
# locative alone ("6:15 এ"), which the said hour already carries ("নয়টা"): the written one
# goes, its case ending (the locative -য়, "at") joins the hour, or the minutes as মিনিটে
# (Thompson, Bengali, telling the time).
_CLASSIFIER_WRITTEN = {"bn": tuple((re.compile(unicodedata.normalize("NFKC", pattern)),
                                    unicodedata.normalize("NFKC", said))
                                   for pattern, said in ((r"টা ?(টায়|টা)(?!\w)", r"\1"),
                                                         (r"টা এ(?!\w)", "টায়"),
                                                         (r"মিনিট ?(?:টায়|এ)(?!\w)", "মিনিটে"),
                                                         (r"মিনিট ?টা(?!\w)", "মিনিট"),
                                                         *_BENGALI_GENITIVE))}
