"""The normaliser's rules, in the order they run: name, regex template, trigger, condition.

Plain data. normalize.py compiles each template once per language, filling each
%(fragment)s from that language's tables, and pairs the rule with the speaker of the same
name; its module docstring gives an example of every rule. The trigger lists characters of
which the text must hold one for the rule to be tried at all ("" for always): a substring
test far cheaper than a regex scan. The condition names a Language attribute that must be
true for the rule to apply ("" for always).
"""

# Language-neutral, run before the language rules (after SPACES every space is a plain " ").
SPACES = r"\s+"
GROUP_SPACE = r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))"  # "1 000" with a thin space
DEGREE = r"(?<=\d)\s?[º°]\s?(?P<scale>[CFcf])\b"  # "37 º C" → "37°C"; "-8° c" → "-8°C"
MERCURY = r"(?<=\d)\s?mm\s+Hg\b"  # "140/90 mm Hg" → "140/90 mmHg", one unit
# A cancer stage's Roman numeral and its letter ("IIIA", "IIB", "IVB": the AJCC staging
# manual's substages), apart, so each language says the numeral and spells the letter; not
# Spanish "IVA" (the tax), nor "IA", "IC" (too often other abbreviations).
SUBSTAGE = r"(?<![A-Za-z])(?!IVA(?![A-Za-z]))(III|II|IV)([ABC])(?![A-Za-z])"
CITATION = r"\s*\[\d+(?:\s*[-–,]\s*\d+)*\]"
# A web address is ASCII: it ends at the first other character, as "（" in Chinese text.
# A hyphen may join it to a word of another script: Hebrew "ב-www.health.gov.il".
URL = (r"(?<![A-Za-z0-9_.@/])(?<![A-Za-z0-9_.@/-]-)"
       r"(?:https?://|www\.)[^\s<>()\[\]\"\x80-\U0010ffff]*"
       r"[^\s<>()\[\]\".,;:!?'\x80-\U0010ffff]")

# A bare domain ("cdc.gov", "salud.mx") is a web address when it ends in one of these.
TOP_LEVEL_DOMAINS = "com|org|net|gov|gob|edu|info|es|mx|us|de|int|sm|ar|co|cl|pe"
# A bare domain in the languages that read one without "www." (data/generic.BARE_HOSTS):
# "moz.gov.ua", "pacjent.gov.pl", "gosuslugi.ru"; their own top-level domains and the common.
BARE_HOST = (r"(?<![\w.@/-])[a-z0-9-]{2,63}(?:\.[a-z0-9-]{1,63}){0,4}"
             r"\.(?:com|org|net|gov|edu|info|int|eu|ru|ua|pl)(?![\w@-]|\.\w)")
D = "0123456789"  # trigger: any digit (other scripts' digits are made ASCII first)
# One end of a time range, side "_a" or "_b": 9, 9:30, 9.30, 9 am, 9:30 p.m.
TIME = r"(?P<h_S>[01]?\d|2[0-3])(?:(?P<sep_S>[:.])(?P<mm_S>[0-5]\d))?(?:%(ampm_S)s)?"

RULES: tuple[tuple[str, str, str, str], ...] = (
    ("email", (r"(?<![\w.+-])(?:mailto:)?(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
               r"(?P<path>/(?:[\w./-]*[\w/])?)?"),
     "@", ""),
    ("domain", (r"(?<![\w.@/-])(?P<host>(?:[A-Za-z0-9-]+\.)+(?:%(tlds)s))(?![\w@-]|\.\w)"
                r"(?P<path>/[^\s]*[^\s.,;:!?)])?"), ".", "web_words"),
    # English only (say_english.py).
    ("ip_address", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)", ".", "english_forms"),
    ("web_site", (r"(?<![\w@./-])(?P<host>[a-z][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:%(web_end)s))"
                  r"(?P<path>/(?:[\w./-]*[\w/])?)?(?![\w@-]|\.\w)"), ".", "english_forms"),
    ("address", (r"(?<![\w.,$/-])(?P<n>[1-9]\d{0,4})\s(?:(?P<dir>[NSEW]|NE|NW|SE|SW)\.?\s)?"
                 r"(?P<name>(?:[A-Z][a-z]+\s){1,3}|\d+(?:st|nd|rd|th)\s)"
                 r"(?P<type>(?i:%(street)s))(?![^\W\d_])\.?"), D, "english_forms"),
    ("state_zip", (r"(?<=[a-z])(?P<sep>,\s?)(?P<st>%(state)s)(?:,?\s(?P<zip>\d{5}(?:-\d{4})?))?"
                   r"(?![\w-])(?=\s*(?:[,.;)]|$))"), ",", "english_forms"),
    ("height", r"(?<![\d.,'])(?P<ft>[1-8])['′]\s?(?P<inch>1[01]|\d)(?:\"|″|′′|'')", "'′",
     "english_forms"),
    ("digits_after", r"(?<=\bending in )\d{3,}(?!\d)", D, "english_forms"),
    ("text_code", r"(?<=\b[Tt]ext )(?P<word>[A-Z]{2,12}) to (?P<code>\d{5,6})(?![\d.,]?\d)", D,
     "english_forms"),
    ("clock_seconds", (r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d):(?P<ss>[0-5]\d)"
                       r"(?![\d:])%(ampm)s?"), ":", "english_forms"),
    ("minus_equation", r"(?<![\w.,])(?P<a>\d+(?:\.\d+)?)\s?-\s?(?P<b>\d+(?:\.\d+)?)(?=\s?=)",
     "=", "english_forms"),
    ("decade_range", (r"(?<![\d.,])(?P<a>(?:1\d|20)?\d0)s\s?[-–]\s?'?(?P<b>(?:1\d|20)?\d0)s"
                      r"(?![^\W\d_])"), "-–", "english_forms"),
    ("day_month_verb", (r"(?<![\d.,])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s(?P<mon>may|march)\s"
                        r"(?P<y>\d{4})(?!\d)"), D, "english_forms"),
    ("month_dash_day", r"\b(?P<mon>%(months)s)-(?P<d>\d{1,2})(?:-(?P<y>\d{4}))?(?![\d-])",
     "-", "english_forms"),
    ("roman", (r"\b(?P<noun>%(roman)s)\s+(?P<r>[IVX]+|[ivx]+)(?![^\W\d_])"
               r"|^(?P<line>[IVX]{1,6}|[ivx]{1,4})(?=[.)]\s)"  # "II. ", "ii) " opening a line
               r"|(?<![^\s(])(?P<item>[ivx]{1,4})(?=\))"), "IVXivx", ""),  # "(ii)", "ii)"
    ("regnal", r"\b(?P<name>[A-Z][a-z]+)\s(?P<r>III|II)(?!\w)", "I", "english_forms"),
    ("extension", (r"(?:(?<=\bext\. )|(?<=\bExt\. )|(?<=\bext )|(?<=\bExt )"
                   r"|(?<=\bextension )|(?<=\bextensión ))\d{2,6}(?![\d.,]?\d)"), D, ""),
    ("page", r"\b(?P<p>pp?)\.\s?(?=\d)", "p", "english_forms"),
    ("abbreviation", r"%(abbreviations)s", "", ""),
    # After the weekday's abbreviation is said: "Thursday, 3/4" is a date, not three quarters.
    ("weekday_date", (r"(?<![^\W\d_])(?P<day>%(weekdays)s),?\s(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                      r"(?![\d/]|[.,]\d)"), "/", ""),
    ("at_least", r"\s*(?:>=|≥|=>)\s*", ">≥", ""),
    ("at_most", r"\s*(?:<=|≤|=<)\s*", "<≤", ""),
    ("plus_minus", r"\s*±\s*", "±", ""),
    ("about", r"(?<![^\s(])[~≈]\s?(?=[-.]?\d)", "~≈", ""),
    ("more_than", r"(?<![^\s(])>\s?(?=[-.]?\d)", ">", ""),
    ("less_than", r"(?<![^\s(])<\s?(?=[-.]?\d)", "<", ""),
    ("iso_date", (r"(?<![\d/.-])(?P<y>\d{4})(?:-(?P<mo>\d\d?)-(?P<d>\d\d?)"
                  r"|(?P<s>[/.])(?P<mo2>\d{1,2})(?P=s)(?P<d2>\d{1,2}))(?![\d/-]|\.\d)"), "-/.", ""),
    ("slash_date", (r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                    r"(?P<y>\d{4}|(?<=/)\d\d)(?![\d/-]|\.\d)"), "/-.", ""),
    ("day_slash_month", (r"(?<=\bel )(?P<d>[12]\d|3[01]|0?[1-9])/(?P<mo>1[0-2]|0?[1-9])"
                         r"(?![\d/]|\s?de\b)"), "/", "agreement"),  # hasta el 31/12
    ("month_day", (r"\b(?P<mon>%(months)s)\b\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
                   r"(?:,?\s+(?P<y>\d{4})(?!\d))?"), D, "month_names"),
    ("day_month", (r"(?P<the>\b[Tt]he\s+)?(?<![\d.,])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+"
                   r"(?:(?:of|de)\s+)?(?P<mon>%(months)s)\b\.?"
                   r"(?:(?:,\s*|\s+)(?:del?\s+)?(?P<y>\d{4})(?!\d))?"),
     D, "month_names"),
    ("month_year", (r"\b(?P<mon>%(months)s)\.?\s(?P<y>1\d{3}|20\d\d)"
                    r"(?![\d,:]|\s?(?:%(unit)s))"), D, "english_forms"),
    ("month_of_year", (r"\b(?P<mon>%(months)s)\b\.?,?\s+(?:del?\s+)?(?P<y>(?:1[89]|20)\d\d)"
                    r"(?![\d]|[.,]\d)"), D, "agreement"),  # dic. 2026
    ("thousands", (r"(?<![\d+.,])(?<!\d )(?:[1-9]\d{0,2} \d{3}(?! ?\d)|[1-9]\d?(?: \d{3}){2,})"
                   r"(?!\d| \d|[.,]\d)"), D, "space_groups"),
    ("phone_words", (r"(?<![\w+-])(?:(?:1-)?\d{3}-(?=[\d%(capitals)s-]*[%(capitals)s])"
                     r"(?=[\d%(capitals)s-]{4})[%(capitals)s\d]{2,}(?:-[%(capitals)s\d]+)*"
                     r"|[01]-800-(?=[\w-]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*)(?![\w-])"), "-", ""),
    ("phone", (r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)"  # +1 555 123 4567
               r"|(?<![\d+])(?:1[\s.-])?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?:-\d{1,4})?(?!\d)"
               r"|(?<![\d.,])0\d{2,4}(?:[\s-]\d{3,6}){1,2}(?!\d)"  # 0800 123 4567
               r"|(?<![\d.,/:-])\d{3}-\d{2}-\d{4}(?![\d-])"  # 123-45-6789
               r"|(?<![\d.,/:-])\d{3}-\d{3}-\d{3}(?![\d-])"  # 912-345-678
               r"|(?<![\d.,/:-])0-800-\d{3}-\d{3,4}(?![\d-])"  # 0-800-123-456
               r"|(?<![\d.,/:-])\d{3}-\d{4}(?![\d-])(?!\s?(?:%(unit)s))"  # 555-0134
               r"|(?<![\d.,/:-])(?!(?:19|20)\d\d-(?:19|20)\d\d)\d{4}-\d{4}"  # 1234-5678
               r"(?![\d-])(?!\s?(?:%(unit)s))"
               r"|(?<![\d.,+])[6-9]\d\d \d{3} \d{3}(?!\d)"  # 912 345 678
               r"|(?<![\d.,+])\d\d(?: \d{3} \d\d \d\d| \d{4} \d{4})(?!\d)"),  # 91 234 56 78
     " .-+", ""),
    ("time_range", (r"(?<![\d:.,$£€/-])" + TIME.replace("_S", "_a")
                    + r"\.?(?:\s*[-–]\s*|\s+%(to)s\s+)" + TIME.replace("_S", "_b")
                    + r"(?:\s?%(hours)s)?(?![\d:]|[.,]\d)"), D, ""),
    ("dotted_clock", (r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])\.(?P<mm>[0-5]\d)(?!\d|[.,]\d)"
                      r"(?:%(ampm)s|(?P<hs>\s?%(hours)s)|(?!\s?(?:%(unit)s)))"), ".", ""),
    ("clock", (r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
               r"(?![\d:])%(ampm)s?"
               r"(?:\s?%(hours)s)?"), ":", ""),
    ("hour_ampm", r"(?<![\d:.,])(?P<h>1[0-2]|0?[1-9])(?!\d)%(ampm)s", "AaPp", ""),
    ("time_zone", r"(?<=[ap] m)\s?(?P<z>%(zone)s)(?![^\W\d_])", "tT", "english_forms"),
    ("ratio", r"(?<![\d:.,])(?P<a>\d+):(?P<b>\d+)(?![\d:])", ":", "english_forms"),
    ("hour_article", r"\b(?P<l>[Ll])as(?= una\b)", "l", "agreement"),
    ("money_range", (r"(?P<c1>%(cur)s)\s?(?P<a>%(num)s)\s?[-–]\s?(?P<c2>%(cur)s)?\s?"
                     r"(?P<b>%(num)s)"), "$£€¥₩", ""),
    ("money", (r"(?:(?P<us>%(us)s)?(?P<cur>%(currency)s)\s?(?P<n>%(num)s)"
               r"(?:\s(?P<scale>million|billion|trillion|millones|millón|billones|billón)\b"
               r"|\s?(?P<short>%(short_scale)s)(?![^\W\d_]))?"
               r"|(?<![\w.,])(?P<n2>%(num)s)\s?(?P<cur2>%(currency)s)(?![\w$£€¥₩]))"
               r"(?:\s?/\s?(?P<per>[^\W\d_]+))?"), D, ""),
    ("sign_words", r"[$€£¥₩](?!\s?\.?\d)|§|\+{2,}", "$€£¥₩§+", "english_forms"),
    ("blood_press", (r"(?<![\d/.,])(?P<a>[1-9]\d{1,2})/(?P<b>[1-9]\d{1,2})(?![\d/])"
                     r"(?:\s?(?P<u>mmHg))?"), "/", ""),
    ("every_hours", (r"(?<![^\W\d_])[qQ]\.?\s?(?P<a>\d{1,2})(?:\s?[-–]\s?(?P<b>\d{1,2}))?\s?"
                     r"(?:hours|hour|hrs|hr|h)(?![^\W\d_])(?:\.(?=\s+[a-z]))?"), "qQ", ""),
    ("times", r"(?<![\d.,])(?P<n>\d+)\s?[x×](?=\s?/|\s+(?:%(times)s)(?![^\W\d_]))", "x×", ""),
    ("multiply", r"(?<=\d)\s?[x×*]\s?(?=\d)|(?<=\w)\s[x×]\s?(?=\d)", "x×*", ""),
    # "8 tabs/24 hrs": at most so many in that span of time
    ("per_span", r"(?<=[^\W\d_])\s?/\s?(?=\d{1,3}\s?(?:%(durations)s)(?![^\W\d_]))", "/", ""),
    ("ordinal", (r"(?<![\d.,/])(?P<n>[1-9]\d{0,2}(?:%(group)s\d{3})+|\d+)%(ordinal)s"
                 r"(?![^\W\d_])"), D, ""),
    ("decade", r"(?<![\d.,])'?(?P<d>(?:1\d|20)?\d0)'?s(?![^\W\d_])", "0", "read_years"),
    ("mixed", (r"(?<![\d/.,])(?P<neg>(?<![^\s(])-)?(?P<w>\d+)\s(?P<n>[1-9]\d{0,2})/"
               r"(?P<d>[1-9]\d{0,2}|1000)(?![\d/])"
               r"(?:\s?(?P<u>%(unit)s))?(?:\s(?P<noun>[^\W\d_]+))?"), "/", ""),
    ("fraction", (r"(?<![\d/.,])(?P<neg>(?<![^\s(])-)?(?P<n>\d{1,5})(?P<sp>\s?)/(?P=sp)"
                  r"(?P<d>[1-9]\d{0,2}(?:%(group)s\d{3})+|\d{1,7})"
                  r"(?:(?:%(ordinal)s|TH|ST|ND|RD)(?![^\W\d_]))?(?![\d/])(?:\s?(?P<u>%(unit)s))?"),
     "/", ""),
    ("range", (r"(?<![\w.,])(?<![^\W\d_]-)(?P<a>%(num)s)(?:\s?(?P<ua>%(unit)s))?\s*[-–]\s*"
               r"(?P<b>%(num)s)(?:\s?(?P<u>%(unit)s))?(?![-–][^\W\d_])"), "-–", ""),
    ("emergency", (r"(?<![\d.,$£€/:+–-])(?:%(emergency)s|%(dialled)s)"
                   r"(?![\w/]|[.,]\d|\s*[-–]\s*\d)"
                   r"(?!\s?(?:%(unit)s))"), "91", ""),
    ("quantity", r"(?<![^\W\d_])(?P<n>%(signed)s)\s?(?P<u>%(unit)s)", D, ""),
    ("bare_unit", r"(?<![\w/])(?:%(bare)s)(?![^\W\d_/])", "", ""),
    ("per_word", r"(?<=[^\W\d_])\s?/\s?(?P<p>%(per_word)s)(?![^\W\d_])", "/", ""),
    ("number_sign", r"(?:\bN\.?\s?º|\bNo\.|#)\s?(?=\d)", "#º.", ""),
    ("year", r"(?<![\d.,$£€#-])(?:19|20)\d\d(?![\d]|[.,]\d)", D, "read_years"),
    ("equals", r"\s*=\s*", "=", ""),
    ("and", r"\s*&\s*", "&", ""),
    # O+, AB- where "blood", "type", "sangre"… is near (say_words.py); "Grade A-" is a mark
    ("blood_group", r"(?<![\w+-])(?P<g>AB|A|B|O)(?P<s>[+-])(?![\w+-])", "+-", ""),
    # "65+", "6 months+": that age or more (not a blood group's sign: "A+", "O+")
    ("or_more", r"(?:(?<=\d)|(?<=[^\W\d_]{3}))\+(?=\s|[.,;:)]|$)", "+", ""),
    ("plus", r"(?<=[^\W_])\s*\+\s*(?=[^\W_])|(?<![^\s(])\+\s?(?=\w)", "+", ""),
    ("at", r"\s*@\s*", "@", ""),
    ("percent", r"\s*%%", "%", ""),
    ("or", r"(?<=[^\W\d_])\s?/\s?(?=[^\W\d_])", "/", ""),
    ("slash", r"(?<!<)\s?/\s?(?:(?<=\d/)(?P<per>%(per_keys)s)(?![^\W\d_]))?(?!>)", "/",
     "english_forms"),
    ("digit_run", r"(?<![\d.,])\d{7,}(?![\d]|[.,]\d)", D, ""),
    ("split", r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", D, ""),
    ("number", r"%(signed)s", D, ""),
    ("word_range", (r"(?<=[^\W\d_])–(?=[^\W\d_])"  # a hyphen, or spaces, only between weekdays
                    r"|(?<![^\W\d_])(?P<a>%(weekdays)s)\s?[-–]\s?(?P<b>%(weekdays)s)(?![^\W\d_])"),
     "–-", ""),
    ("dashes", r"\s*(?:—|--)\s*|\s+[–-]\s+", "—–-", ""),
)
LAST_NAMING_RULE = "digit_run"  # from here on rules only read numbers and dashes

# The characters a rule's match can start with, as a class. compile.py puts it first, as a
# look-ahead: the regex engine then rejects every other position at one character, instead
# of trying each alternative (and its look-behinds) there. Eight times faster on real text
# for "phone"; the whole normaliser runs about twice as fast (bench/bench_normalize.py).
DIGIT, SIGNED, NUMBER = r"[\d]", r"[-.\d]", r"[.\d]"
STARTS: dict[str, str] = {
    **{name: DIGIT for name in (
        "iso_date", "slash_date", "day_slash_month", "thousands", "phone_words", "time_range",
        "dotted_clock", "clock", "hour_ampm", "blood_press", "times", "ordinal", "emergency",
        "year", "digit_run", "ip_address", "address", "digits_after", "clock_seconds",
        "minus_equation", "decade_range", "day_month_verb", "ratio", "extension")},
    "mixed": SIGNED, "fraction": SIGNED,
    "web_site": "[a-z]", "state_zip": ",", "month_year": r"[^\W\d_]",
    "month_of_year": r"[^\W\d_]",
    "month_dash_day": r"[^\W\d_]", "regnal": "[A-Z]", "time_zone": r"[\sECMPUGecmp]",
    "sign_words": "[$€£¥₩§+]", "slash": r"[\s/]",
    "phone": r"[\d+(]", "money_range": "[$£€¥₩]", "money": r"[.\dU%(currency_start)s]",
    "range": NUMBER,
    "quantity": SIGNED, "number": SIGNED, "decade": r"['\d]", "day_month": r"[Tt\d]",
    "month_day": r"[^\W\d_]", "every_hours": "[qQ]", "number_sign": "[N#]",
    "multiply": r"[\sx×*]", "dashes": r"[\s—–-]",
}

# Service numbers read digit by digit where a dialling word is before them: "llame al 988",
# "marque 711", "la Línea 988", "call 311", "TTY: 711" (alone, "Casos: 311" is a count).
DIALLED = (r"(?:(?<=\bal )|(?<=\bel )|(?<=\bmarque )|(?<=\bMarque )|(?<=\bcall )|(?<=\bCall )"
           r"|(?<=\bdial )|(?<=\bDial )|(?<=\btext )|(?<=\bText )|(?<=\blínea )"
           r"|(?<=\bLínea )"
           r"|(?<=\bline )|(?<=\bLine )|(?<=\bTTY: )|(?<=\bTTY )|(?<=\bTDD: ))"
           r"(?:988|[2-8]11)")
HOURS = r"h(?:rs?|s)?(?![^\W\d_])"  # after a time: 20:30 h, 8:30 hrs (Mexico)
CAPITALS = "A-ZÁÉÍÓÚÑÜ"  # capitals in the words of a phone number: 1-855-DÉJELO-YA

# Regex pieces shared by several rules (the language-specific ones are built from its tables).
AMPM = r"(?:\s?(?P<ap>[AaPp])\.?\s?[Mm](?![^\W\d_])(?:\.(?=\s+[a-z]|[,;:)]))?)"  # am, p.m.
STRICT_UNIT = r"(?=\s*(?:[.,;:)!?]|$))"  # "3 in." but not "1 in 4"
# "2 tsp. of", "2 tsp. (10 mL)", "2 yrs.:", "6 mos.–5 yrs." — a dot before a capital ends a
# sentence
ABBREVIATION_DOT = r"(?:\.(?=\s+[a-z(]|[,;:)]|\s?[-–]\s?\d))?"
