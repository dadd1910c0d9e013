"""Speakers for forms only English text has rules for (data/rules.py, condition english_forms).

Each rule, as ``input → spoken``:
  ip_address      123.123.0.40 → one two three dot one two three dot zero dot four zero
  web_site        nvidia.com/drive-sim → nvidia dot com slash drive dash sim (a bare address
                  with a known ending; one with http or www is read by normalize.py)
  address         1428 Elm St. → fourteen twenty-eight Elm Street; 708 N 1st St → seven oh
                  eight North 1st Street (house numbers in pairs, as the post office reads them)
  state_zip       , CA 95051 → , California, nine five oh five one (codes that are also words
                  or medical titles, such as OK, MD, PA, only before a ZIP code)
  height          5'6" → five feet six inches
  digits_after    card ending in 8876 → card ending in eight eight seven six
  text_code       Text HOME to 741741 → Text HOME to seven four one seven four one (a text
                  message short code, as the Crisis Text Line gives it)
  clock_seconds   14:10:30 → fourteen hours ten minutes and thirty seconds
  minus_equation  1-2=5 → one minus two = 5 (a hyphen before "=" is a minus)
  decade_range    1960s-80s → nineteen sixties to eighties
  month_year      July 1876 → July eighteen seventy-six
  day_month_verb  17 may 2010 → the seventeenth of May, twenty ten ("may" and "march" are
                  months between a day and a year)
  month_dash_day  Jan-15-2020 → January fifteenth, twenty twenty
  time_zone       1:59 p.m. est → one fifty-nine p m E S T
  regnal          Henry III → Henry the third (II and III after a capitalised name)
  sign_words      $ alone → dollar; § → section; f++ → f plus plus
  ratio           2:8 → 2 to 8 (what the clock rules leave: one digit after the colon, 1:1000)
  slash           14/ → 14 slash (a slash no other rule read); 12/kg → 12 per kilogram
"""

import re
from collections.abc import Callable

from num2words import num2words

from handoutkit.speech import tables as vocab
from handoutkit.speech.data import Language, en

Speaker = Callable[[re.Match[str], Language], str]
_TITLE_NEXT = re.compile(r"\s+[A-Z]")  # "Dr. Lee": the doctor's name after the title


def _digits(text: str, lang: Language) -> str:
    return vocab.say_digits(text, lang)


def _ip_address(m: re.Match[str], lang: Language) -> str:
    return f" {lang.words['dot']} ".join(_digits(part, lang) for part in m[0].split("."))


def say_path(path: str, lang: Language) -> str:
    """A web address's path: "/drive-sim/123" → "slash drive dash sim slash one two three";
    digits one by one, as someone typing it needs them."""
    said = re.sub(r"\d+", lambda d: " " + " ".join(d[0]) + " ", path.rstrip("/"))
    said = said.replace("/", f" {lang.words['slash']} ").replace("-", f" {lang.words['dash']} ")
    return re.sub(r"[._]", lambda c: f" {lang.words['dot' if c[0] == '.' else 'underscore']} ",
                   said)


def _web_site(m: re.Match[str], lang: Language) -> str:
    host = f" {lang.words['dot']} ".join(m["host"].split("."))
    host = re.sub(r"\d+", lambda d: " " + " ".join(d[0]) + " ", host)
    return host + (" " + say_path(m["path"], lang) if m["path"] else "")


def house_number(digits: str, lang: Language) -> str:
    """2788 → "twenty-seven eighty-eight"; 708 → "seven oh eight"; 12 → "twelve"."""
    n = int(digits)
    if len(digits) == 3 and n % 100:
        head, tail = digits[0], digits[1:]
    elif len(digits) == 4 and n % 1000 and digits[1] != "0":
        head, tail = digits[:2], digits[2:]
    else:
        return vocab.cardinal(n, lang)
    if tail == "00":
        return f"{vocab.cardinal(int(head), lang)} hundred"
    second = f"oh {vocab.cardinal(int(tail), lang)}" if tail[0] == "0" else vocab.cardinal(
        int(tail), lang)
    return f"{vocab.cardinal(int(head), lang)} {second}"


def _address(m: re.Match[str], lang: Language) -> str:
    if m["type"].lower() == "dr" and _TITLE_NEXT.match(m.string, m.end()):
        return m[0]  # "Week 2 Check Dr. Lee": a doctor, not a drive
    said = [house_number(m["n"], lang)]
    if m["dir"]:
        said.append(en.DIRECTIONS[m["dir"]])
    said += [m["name"].strip(), en.STREET_TYPES[m["type"].lower()]]
    end = m.end()
    sentence_end = m[0].endswith(".") and re.match(r"\s*(?:$|[A-Z])", m.string[end:end + 3])
    return " ".join(said) + ("." if sentence_end else "")


def _state_zip(m: re.Match[str], lang: Language) -> str:
    if m["st"] in en.STATES_ONLY_BEFORE_ZIP and not m["zip"]:
        return m[0]
    said = f"{m['sep']}{en.STATES[m['st']]}"
    if m["zip"]:
        digits = _digits(m["zip"], lang)
        if lang.phone_zero:
            digits = re.sub(rf"\b{vocab.cardinal(0, lang)}\b", lang.phone_zero, digits)
        said += f", {digits}"
    return said


def _clock_seconds(m: re.Match[str], lang: Language) -> str:
    parts = [(int(m["h"]), "hour"), (int(m["mm"]), "minute"), (int(m["ss"]), "second")]
    said = [f"{vocab.cardinal(n, lang)} {unit}{'' if n == 1 else 's'}" for n, unit in parts]
    spoken = f"{said[0]} {said[1]} {lang.words['and']} {said[2]}"
    return spoken + (f" {lang.words[m['ap'].lower() + 'm']}" if m["ap"] else "")


def _minus_equation(m: re.Match[str], lang: Language) -> str:
    return f"{m['a']} {lang.words['minus']} {m['b']}"


def _decade_range(m: re.Match[str], lang: Language) -> str:
    low, high = vocab.say_decade(int(m["a"]), lang), vocab.say_decade(int(m["b"]), lang)
    return f"{low} {lang.words['to']} {high}"


def say_year(digits: str, lang: Language) -> str:
    """1876 → "eighteen seventy-six"; 1506 → "fifteen oh-six" (a year after a month)."""
    return num2words(int(digits), lang=lang.code, to="year").replace("oh-", "oh ")


def _month_year(m: re.Match[str], lang: Language) -> str:
    return f"{lang.months[lang.month_names[m['mon']] - 1]} {say_year(m['y'], lang)}"


def _day_month_verb(m: re.Match[str], lang: Language) -> str:
    month = {"may": 5, "march": 3}[m["mon"].lower()]
    return vocab.say_date(int(m["d"]), month, m["y"], lang, lang.words["the"])


def _month_dash_day(m: re.Match[str], lang: Language) -> str:
    try:
        return vocab.say_date(int(m["d"]), lang.month_names[m["mon"]], m["y"], lang)
    except ValueError:
        return m[0]


def _time_zone(m: re.Match[str], lang: Language) -> str:
    return " " + " ".join(re.sub(r"\W", "", m["z"]).upper())


def _regnal(m: re.Match[str], lang: Language) -> str:
    n = {"II": 2, "III": 3}[m["r"]]
    return f"{m['name']} {lang.words['the']} {vocab.ordinal(n, lang)}"


def _sign_words(m: re.Match[str], lang: Language) -> str:
    return " " + " ".join(en.SIGN_WORDS[char] for char in m[0] if not char.isspace()) + " "


SPEAKERS: dict[str, Speaker] = {
    "ip_address": _ip_address, "web_site": _web_site, "address": _address,
    "state_zip": _state_zip,
    "digits_after": lambda m, lang: _digits(m[0], lang),
    "height": lambda m, lang: (f"{vocab.say_quantity(m['ft'], 'ft', lang)} "
                               f"{vocab.say_quantity(m['inch'], 'in', lang)}"),
    "text_code": lambda m, lang: f"{m['word']} {lang.words['to']} {_digits(m['code'], lang)}",
    "clock_seconds": _clock_seconds, "minus_equation": _minus_equation,
    "decade_range": _decade_range, "month_year": _month_year,
    "day_month_verb": _day_month_verb, "month_dash_day": _month_dash_day,
    "time_zone": _time_zone, "regnal": _regnal, "sign_words": _sign_words,
    "ratio": lambda m, lang: f"{m['a']} {lang.words['to']} {m['b']}",
    "slash": lambda m, lang: f" {lang.per[m['per']] if m['per'] else lang.words['slash']} ",
}
