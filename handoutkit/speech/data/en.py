"""English word tables for speech normalisation: units, abbreviations, months, joining words.

Spelling is American ("liter", "meter": Merriam-Webster), as CLDR's "en" is US English;
English of every region outside the US is respelled by BRITISH ("litre", "metre": Oxford,
Canadian usage too). Abbreviation keys are matched as whole words, case-sensitively, longest
first; each key group is "|"-separated.
"""

# Joining words, and templates whose {fields} tables.py fills. English writes no decimal
# comma, so "comma" (the name of the decimal mark ",") is read "point" too.
WORDS: dict[str, str] = {
    "point": "point", "comma": "point", "minus": "minus", "plus": "plus", "to": "to",
    "over": "over", "out_of": "out of", "and": "and", "or": "or", "times": "times",
    "number": "number", "once": "once", "n_times": "{n} times", "at": "at", "dot": "dot",
    "every_hour": "every hour", "every_hours": "every {n} hours",
    "am": "a m", "pm": "p m", "night": "p m",
    "time": "{h} {m}", "time_oclock": "{h} o'clock", "minute_0x": "oh {m}",
    "date": "{month} {day_ordinal}, {year}", "date_no_year": "{month} {day_ordinal}",
    "date_dmy": "{the} {day_ordinal} of {month}, {year}",
    "date_dm": "{the} {day_ordinal} of {month}",
    "the": "the",
    "money_cents": "{amount} and {cents}",
    "fraction_one": "{ordinal}", "fraction_many": "{ordinal}s",
    "mixed": "{whole} and {fraction}", "mixed_one": "a {part}",
    "mixed_unit": "{whole} and {fraction} {units}",
    "fraction_unit": "{fraction} of {article} {unit}",
    "at_least": "at least", "at_most": "at most", "more_than": "more than",
    "less_than": "less than", "plus_minus": "plus or minus", "about": "about",
    "equals": "equals", "percent": "percent", "per": "per", "by": "by", "of": "of",
    "slash": "slash", "dash": "dash", "underscore": "underscore", "for": "for", "per_span": "in",
    "or_more": "plus", "positive": "positive", "negative": "negative",
}

# Units read after a number: keys → (after 1, after anything else).
UNIT_GROUPS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("mg", ("milligram", "milligrams")),
    ("g", ("gram", "grams")),
    ("kg|KG|Kg", ("kilogram", "kilograms")),
    ("mcg|µg|μg|ug", ("microgram", "micrograms")),
    ("ng", ("nanogram", "nanograms")),
    ("mL|ml", ("milliliter", "milliliters")),
    ("L|l", ("liter", "liters")),
    ("dL", ("deciliter", "deciliters")),
    ("cc", ("cubic centimeter", "cubic centimeters")),
    ("mmol", ("millimole", "millimoles")),
    ("μmol|µmol", ("micromole", "micromoles")),
    ("mEq", ("milliequivalent", "milliequivalents")),
    ("mmHg", ("millimeter of mercury", "millimeters of mercury")),
    ("IU", ("international unit", "international units")),
    ("U|unit|units", ("unit", "units")),
    ("°F", ("degree Fahrenheit", "degrees Fahrenheit")),
    ("°C", ("degree Celsius", "degrees Celsius")),
    ("°", ("degree", "degrees")),
    ("%", ("percent", "percent")),
    ("mm", ("millimeter", "millimeters")),
    ("cm", ("centimeter", "centimeters")),
    ("m", ("meter", "meters")),
    ("km", ("kilometer", "kilometers")),
    ("m2", ("square meter", "square meters")),
    ("m3", ("cubic meter", "cubic meters")),
    ("cm3", ("cubic centimeter", "cubic centimeters")),
    ("km3", ("cubic kilometer", "cubic kilometers")),
    ("in", ("inch", "inches")),
    ("ft", ("foot", "feet")),
    ("lb|lbs", ("pound", "pounds")),
    ("tab|tabs", ("tablet", "tablets")),
    ("cap|caps", ("capsule", "capsules")),
    ("mi", ("mile", "miles")),
    ("oz", ("ounce", "ounces")),
    ("h|hr|hrs", ("hour", "hours")),
    ("min|mins", ("minute", "minutes")),
    ("s|sec|secs", ("second", "seconds")),
    ("wk|wks", ("week", "weeks")),
    ("mo|mos", ("month", "months")),
    ("yr|yrs", ("year", "years")),
    ("kcal|cal", ("calorie", "calories")),
    ("tsp", ("teaspoon", "teaspoons")),
    ("tbsp|Tbsp|tbs", ("tablespoon", "tablespoons")),
    ("bpm", ("beat per minute", "beats per minute")),
    ("mph", ("mile per hour", "miles per hour")),
    ("mbps|Mbps", ("megabit per second", "megabits per second")),
)

# British spellings of the unit words above (pattern → replacement): English outside the US.
BRITISH: tuple[tuple[str, str], ...] = ((r"(lit|met)er(?=s?\b)", r"\1re"),)

# "/key" after a unit ("mmol/L") or, for PER_AFTER_WORD, after any word ("tablets/day").
PER: dict[str, str] = {
    "L": "per liter", "l": "per liter", "dL": "per deciliter", "mL": "per milliliter",
    "ml": "per milliliter", "kg": "per kilogram", "m2": "per square meter", "h": "per hour",
    "hr": "per hour", "min": "per minute", "day": "a day", "d": "a day", "week": "a week",
    "wk": "a week", "dose": "per dose", "mol": "per mole", "yr": "a year", "year": "a year",
    "mo": "a month", "month": "a month", "s": "per second", "sec": "per second",
}
PER_AFTER_WORD = "day|week|wk|dose|kg"  # "1 drop/kg": per kilogram, a weight-based dose

# Units also read with no number before them ("results in mmol/L").
BARE_UNITS = "mg|mcg|µg|μg|kg|mL|mmol|mmHg|mEq|IU|kcal|cm|mm|km|°C|°F|bpm"

# Units read only before punctuation or the end of the text: "1 in 4", "1 in the morning".
STRICT_UNITS = "in"

ABBREVIATION_GROUPS: tuple[tuple[str, str], ...] = (
    ("e.g.", "for example"), ("i.e.", "that is"), ("etc.", "and so on"),
    ("vs.|vs", "versus"), ("Dr.|Dr", "Doctor"), ("Mr.|Mr", "Mister"),
    ("Mrs.|Mrs", "Missus"), ("Ms.|Ms", "Miz"), ("Prof.", "Professor"), ("Jr.", "Junior"),
    ("approx.|approx", "about"), ("min.", "minimum"), ("max.|max", "maximum"),
    ("wk", "week"), ("wks", "weeks"), ("yr", "year"), ("yrs", "years"),
    ("hr", "hour"), ("hrs", "hours"), ("tsp", "teaspoon"), ("tbsp|Tbsp", "tablespoon"),
    ("a.m.", "a m"), ("p.m.", "p m"), ("ext.", "extension"), ("Ext.", "Extension"),
    ("Tel.|tel.", "telephone"),
    ("Temp.", "Temperature"), ("temp.", "temperature"), ("Appt.", "Appointment"),
    ("appt.", "appointment"),
    ("w/", "with"), ("w/o", "without"), ("and/or", "and or"), ("24/7", "twenty-four seven"),
    ("20/20", "twenty twenty"), ("I.V.", "I V"),
    # Weekdays as clinics abbreviate opening hours (capitalised only: "sat." is a verb).
    ("Mon.", "Monday"), ("Tue.|Tues.", "Tuesday"), ("Wed.", "Wednesday"),
    ("Thu.|Thur.|Thurs.", "Thursday"), ("Fri.", "Friday"), ("Sat.", "Saturday"),
    ("Sun.", "Sunday"),
    # Undotted, those that are no English word ("Wed", "Sat", "Sun" are): "Fri 8–noon".
    ("Mon", "Monday"), ("Tue|Tues", "Tuesday"), ("Thu|Thur|Thurs", "Thursday"), ("Fri", "Friday"),
    ("Rm.", "Room"), ("rm.", "room"),
    # Months, dotted and capitalised ("Oct.–Mar." → October to March; "Dec. 24" stays a date).
    *((f"{name[:3]}.", name) for name in ("January", "February", "March", "April", "June",
                                         "July", "August", "October", "November",
                                         "December")),
    ("Sept.|Sep.", "September"),
    # Prescription Latin.
    ("BID|b.i.d.", "twice a day"), ("TID|t.i.d.", "three times a day"),
    ("QID|q.i.d.", "four times a day"), ("QD|qd|q.d.", "once a day"),
    ("QOD|q.o.d.", "every other day"), ("PRN|prn|p.r.n.", "as needed"),
    ("QHS|qhs|q.h.s.", "at bedtime"), ("p.o.|PO", "by mouth"), ("PO Box", "P O Box"),
    ("Rx", "prescription"),
    ("Dx", "diagnosis"), ("Tx", "treatment"),
    # Said as words.
    ("BP", "blood pressure"), ("HR", "heart rate"), ("OTC", "over the counter"),
    ("ASAP", "as soon as possible"), ("OK", "okay"), ("AIDS", "aids"), ("COVID", "covid"),
    ("COVID-19", "covid nineteen"), ("NSAID", "en-sed"), ("NSAIDs", "en-seds"),
    ("HIPAA", "hippa"), ("A&E", "A and E"), ("A1C|A1c", "A one C"), ("HbA1c", "H b A one C"),
    ("B12", "B twelve"), ("AFib", "A fib"),
    # Said letter by letter.
    ("DVT", "D V T"), ("ER", "E R"), ("ED", "E D"), ("ICU", "I C U"), ("IV", "I V"),
    ("GP", "G P"), ("MRI", "M R I"), ("CT", "C T"), ("ECG", "E C G"), ("EKG", "E K G"),
    ("HIV", "H I V"), ("COPD", "C O P D"), ("CPR", "C P R"), ("BMI", "B M I"),
    ("UTI", "U T I"), ("STI", "S T I"), ("STD", "S T D"), ("HPV", "H P V"),
    ("ADHD", "A D H D"), ("ENT", "E N T"), ("INR", "I N R"), ("TIA", "T I A"),
    ("IBS", "I B S"), ("GERD", "G E R D"), ("MD", "M D"), ("RN", "R N"), ("DNA", "D N A"),
    ("RSV", "R S V"), ("TB", "T B"), ("ID", "I D"), ("CBC", "C B C"), ("LDL", "L D L"),
    ("HDL", "H D L"), ("IM", "I M"), ("RD", "R D"), ("NP", "N P"), ("LPN", "L P N"),
    ("SSRI", "S S R I"), ("NHS", "N H S"), ("UK", "U K"),
    ("USA", "U S A"), ("TV", "T V"), ("IUD", "I U D"), ("PTSD", "P T S D"),
    ("OCD", "O C D"), ("GI", "G I"), ("UV", "U V"), ("SPF", "S P F"), ("PSA", "P S A"),
    ("CKD", "C K D"), ("EMS", "E M S"), ("PPE", "P P E"), ("IVF", "I V F"),
    ("TSH", "T S H"), ("CDC", "C D C"), ("FDA", "F D A"), ("OB/GYN", "O B G Y N"),
    ("the WHO", "the W H O"), ("The WHO", "The W H O"),  # "WHO" alone may be "who" in capitals
    ("401(k)|401k", "four oh one k"),
)
# Dotted abbreviations whose dot also ends the sentence before a capital letter.
SENTENCE_FINAL = ("etc.|a.m.|p.m.|Mon.|Tue.|Tues.|Wed.|Thu.|Thur.|Thurs.|Fri.|Sat.|Sun."
                  "|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sept.|Sep.|Oct.|Nov.|Dec.")

# Weekdays, and the short forms written without a dot in opening hours ("Mon-Fri"), read in
# a range with a hyphen: "Mon.-Fri.", "Monday-Friday", "Mon-Fri" → Monday to Friday.
WEEKDAYS: dict[str, str] = {
    **{day: day for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                            "Sunday")},
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    "Sat": "Saturday", "Sun": "Sunday",
    # one or two letters, as opening hours write them: M–F, Tu–Sa
    "M": "Monday", "Tu": "Tuesday", "W": "Wednesday", "Th": "Thursday", "F": "Friday",
    "Sa": "Saturday", "Su": "Sunday",
}

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
# Written month names in text dates ("July 10, 2026"), → month number.
# Month names in text dates: "July 10", "JAN 15", "Sept. 15"; lower case too, but for
# "may" and "march", which are also verbs.
MONTH_NAMES: dict[str, int] = {
    **{form: i for i, name in enumerate(MONTHS, 1) for form in (name, name.upper())},
    **{form: i for i, name in enumerate(MONTHS, 1) if name != "May"
       for form in (name[:3], name[:3].upper())},
    **{name.lower(): i for i, name in enumerate(MONTHS, 1) if name not in ("May", "March")},
    **{name[:3].lower(): i for i, name in enumerate(MONTHS, 1)
       if name not in ("May", "March", "June")},
    "Sept": 9, "SEPT": 9, "sept": 9,
}

# Fraction parts that are not plain ordinals: denominator → (one, many).
FRACTIONS: dict[int, tuple[str, str]] = {2: ("half", "halves"), 4: ("quarter", "quarters"),
                                       100: ("hundredth", "hundredths"),
                                       1000: ("thousandth", "thousandths")}
MIXED: dict[int, str] = {2: "a half", 4: "a quarter"}  # "2 1/2" → "two and a half"

# Currency sign → (one, many, one cent, many cents).
CURRENCIES: dict[str, tuple[str, str, str, str]] = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "sen", "sen"),
    "₩": ("won", "won", "jeon", "jeon"),
}
CURRENCY_GENDER: dict[str, str] = {}

# I, II, III… after these words are numbers ("World War II", "Type 1" written "Type I").
ROMAN_NOUNS = ("War|Type|Stage|Grade|Phase|Part|Chapter|Class|Level"
               "|type|stage|grade|phase|part|chapter|class|level")

# Words after "3x" that make it "three times": "3x a day", "2x/day", "2x daily".
TIMES_FOLLOW = "a|an|per|daily|each|every|weekly"

# The ordinal mark after digits: 1st, 2nd, 3rd, 21st.
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"

# Words whose article is "an": "half of an ounce", "of an hour".
ARTICLE_AN = r"[aeio]|hour"

# Tidying num2words output: pattern → replacement.
CARDINAL_FIXES: tuple[tuple[str, str], ...] = ((",", ""),)
ORDINAL_FIXES: tuple[tuple[str, str], ...] = ((",", ""),)
AGREEMENT: dict[str, tuple[tuple[str, str], ...]] = {}

# "9.30" after these words is a time of day: "at 9.30".
HOUR_WORDS = "at|from|until|till|by|before|after"
# Lengths: "25 x 7 m" is twenty-five by seven meters.
LENGTH_UNITS = "mm|cm|m|km|in|ft"
# After a word, "x 7 days" is a course's length: "for seven days" (prescription shorthand);
# "8 tabs/24 hrs" is so many in that span: "in twenty-four hours".
DURATIONS = "days?|d|weeks?|wks?|months?|mos?|hours?|hrs?|h"
SPACE_GROUPS = False  # "1 000" with a plain space is not a thousand in English text

READ_YEARS = True  # 1900–2099 on their own are years: "twenty twenty-six"

# English-only rules (say_english.py). Street addresses: "1428 Elm St." → "fourteen twenty-eight
# Elm Street" (USPS Publication 28, appendix C1, street suffix abbreviations).
STREET_TYPES: dict[str, str] = {
    "st": "Street", "street": "Street", "ave": "Avenue", "av": "Avenue", "avenue": "Avenue",
    "ct": "Court", "expy": "Expressway", "hwy": "Highway", "blvd": "Boulevard", "rd": "Road",
    "dr": "Drive", "ln": "Lane", "pl": "Place", "pkwy": "Parkway", "cir": "Circle",
    "ter": "Terrace", "sq": "Square",
}
DIRECTIONS: dict[str, str] = {"N": "North", "S": "South", "E": "East", "W": "West",
                              "NE": "Northeast", "NW": "Northwest", "SE": "Southeast",
                              "SW": "Southwest"}
# USPS two-letter state codes, read after "Town, " (a lower-case letter before the comma).
# Those that are also words, titles or medical terms (OK, MD, PA, CT, MS…) only before a ZIP.
STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "D C", "FL": "Florida",
    "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
    "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
    "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "PR": "Puerto Rico",
}
STATES_ONLY_BEFORE_ZIP = frozenset(("OK", "ME", "IN", "OR", "HI", "ID", "MD", "PA", "MS", "DE",
                                    "CO", "MA", "AL", "LA", "MO", "OH", "CT", "NE", "SC", "SD",
                                    "UT", "VA", "WA", "GA", "TN", "MT", "NV", "AR", "PR", "DC"))
# Endings after which a bare "name.ending" is a web address: "nvidia.com", "test2.uk".
WEB_ENDINGS = ("com|org|net|gov|edu|mil|int|info|io|co|us|uk|ca|au|nz|ie|de|fr|it|es|nl|eu"
               "|sm|in|jp|cn|mx|br|ru|html|htm")
# Time zones said after a time of day: "1:59 p.m. est" → "… p m E S T".
TIME_ZONES = r"[ECMP][SD]T|[ecmp][sd]t|[ECMPecmp]\.[SDsd]\.[Tt]\.?|UTC|GMT"
# Signs with no number to go with: "$" alone → "dollar".
SIGN_WORDS: dict[str, str] = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₩": "won",
                              "§": "section", "+": "plus"}
