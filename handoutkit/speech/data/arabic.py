"""Arabic counted nouns: the singular, dual and plural a number asks for, and their gender.

Arabic counts in four ways (Ryding, A Reference Grammar of Modern Standard Arabic, the
chapter on numerals; Wright, A Grammar of the Arabic Language, vol. 1): 1 follows its noun
("دقيقة واحدة"); 2 is the noun's dual alone ("دقيقتان"); 3-10 take the plural, and their
number the opposite gender to the noun's ("ثلاث ساعات", "ثلاثة أيام"); 11 and up take the
singular ("ثلاثون دقيقة"). After a preposition the number and a dual are genitive: "-ون"
becomes "-ين" and "-ان" becomes "-ين" ("بعد ثلاثين دقيقة", "خلال ساعتين").
CLDR's Arabic unit names have no dual for litres and grams, so the forms are listed here.
"""

# Prepositions (and "كل", "حوالي") after which a number is in the genitive.
GENITIVE_BEFORE = ("بعد", "قبل", "خلال", "لمدة", "في", "من", "إلى", "حتى", "حوالي", "نحو",
                   "عن", "على", "مع", "كل", "أكثر من", "أقل من", "بين", "لدى", "عند",
                   "عمر", "سن",  # "من عمر خمسة وستين عاما": the number of an idafa (Ryding)
                   "فوق", "تحت", "دون", "منذ",  # adverbs of place and time, in idafa too
                   "عام", "سنة",  # "في عام ألفين و خمسة و عشرين": the year, as in a date
                   "أول", "آخر",  # "خلال أول أسبوعين": an elative in idafa
                   "بـ", "لـ",  # a one-letter preposition written apart: "بـ ثلاثين دقيقة"
                   # nouns whose number is in idafa: "بنسبة عشرين بالمائة", "بجرعة مئتين"
                   "بنسبة", "نسبة", "بمعدل", "معدل", "بجرعة", "جرعة", "بتركيز", "تركيز",
                   "قرابة", "بحوالي", "بنحو")


# singular, dual (nominative), plural (3-10), gender
NOUNS: tuple[tuple[str, str, str, str], ...] = (
    ("دقيقة", "دقيقتان", "دقائق", "f"), ("ساعة", "ساعتان", "ساعات", "f"),
    ("ثانية", "ثانيتان", "ثوان", "f"), ("لتر", "لتران", "لترات", "m"),
    ("مليلتر", "مليلتران", "مليلترات", "m"), ("مليغرام", "مليغرامان", "مليغرامات", "m"),
    ("ملليغرام", "ملليغرامان", "ملليغرامات", "m"), ("غرام", "غرامان", "غرامات", "m"),
    ("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "m"), ("يوم", "يومان", "أيام", "m"),
    ("أسبوع", "أسبوعان", "أسابيع", "m"), ("شهر", "شهران", "أشهر", "m"),
    ("كوب", "كوبان", "أكواب", "m"), ("مرة", "مرتان", "مرات", "f"),
    ("حبة", "حبتان", "حبات", "f"), ("قرص", "قرصان", "أقراص", "m"),
    ("ملعقة", "ملعقتان", "ملاعق", "f"), ("سنة", "سنتان", "سنوات", "f"),
    ("كبسولة", "كبسولتان", "كبسولات", "f"), ("جرعة", "جرعتان", "جرعات", "f"),
    ("قطرة", "قطرتان", "قطرات", "f"), ("كيس", "كيسان", "أكياس", "m"),
    ("حالة", "حالتان", "حالات", "f"), ("درجة", "درجتان", "درجات", "f"),
    ("امرأة", "امرأتان", "نساء", "f"), ("رضعة", "رضعتان", "رضعات", "f"),
    ("وجبة", "وجبتان", "وجبات", "f"), ("حقنة", "حقنتان", "حقن", "f"),
    ("نبضة", "نبضتان", "نبضات", "f"), ("ليلة", "ليلتان", "ليال", "f"),
    ("طفل", "طفلان", "أطفال", "m"), ("مريض", "مريضان", "مرضى", "m"),
    ("وحدة", "وحدتان", "وحدات", "f"), ("زيارة", "زيارتان", "زيارات", "f"),
    ("عينة", "عينتان", "عينات", "f"), ("حصة", "حصتان", "حصص", "f"),
    ("خطوة", "خطوتان", "خطوات", "f"), ("لقاح", "لقاحان", "لقاحات", "m"),
    ("فحص", "فحصان", "فحوصات", "m"), ("تمرين", "تمرينان", "تمارين", "m"),
    ("رجل", "رجلان", "رجال", "m"), ("أم", "أمان", "أمهات", "f"),
    ("بخة", "بختان", "بخات", "f"), ("نفخة", "نفختان", "نفخات", "f"),  # an inhaler's puffs
    ("ضمادة", "ضمادتان", "ضمادات", "f"),
    ("درجة مئوية", "درجتان مئويتان", "درجات مئوية", "f"),
    ("درجة فهرنهايت", "درجتان فهرنهايت", "درجات فهرنهايت", "f"),
)
# CLDR unit → the singular above, for a unit written as a symbol ("2 L", "30 min").
UNIT_NOUNS = {
    "duration-minute": "دقيقة", "duration-hour": "ساعة", "duration-second": "ثانية",
    "volume-liter": "لتر", "volume-milliliter": "مليلتر", "mass-milligram": "مليغرام",
    "mass-gram": "غرام", "mass-kilogram": "كيلوغرام", "temperature-celsius": "درجة مئوية",
    "temperature-fahrenheit": "درجة فهرنهايت", "temperature-generic": "درجة",
}
# 3-10 before a feminine noun: the number without its final ة ("ثلاث ساعات").
FEMININE_COUNTS = {"ثلاثة": "ثلاث", "أربعة": "أربع", "خمسة": "خمس", "ستة": "ست",
                   "سبعة": "سبع", "ثمانية": "ثماني", "تسعة": "تسع", "عشرة": "عشر"}
# Nouns counted as an adverb, in the accusative wherever they stand: "مرتين يوميا" (Ryding,
# the absolute object).
ADVERBIAL = frozenset({"مرة"})
ONE = {"m": "واحد", "f": "واحدة"}  # after the noun: "يوم واحد", "ساعة واحدة"

# The day of the month, a masculine ordinal with its article: "العشرون من نوفمبر" (Ryding,
# ordinal numerals; the date as "اليوم العشرون من نوفمبر", said without اليوم).
_UNITS_M = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
            "التاسع")
DAYS = {**{n: word for n, word in enumerate(("الأول", *_UNITS_M[1:], "العاشر"), start=1)},
        **{10 + n: f"{word} عشر" for n, word in enumerate(_UNITS_M, start=1)},
        20: "العشرون", **{20 + n: f"{word} والعشرون" for n, word in enumerate(_UNITS_M, 1)},
        30: "الثلاثون", 31: "الحادي والثلاثون"}
# The hour of the clock, a feminine ordinal after الساعة: "الساعة التاسعة" (Ryding, telling
# time); 13-23 as the 24-hour clock says them, 0 as twelve.
_UNITS_F = ("الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
            "الثامنة", "التاسعة")
HOURS = {**{n: word for n, word in enumerate(("الواحدة", *_UNITS_F[1:], "العاشرة"), start=1)},
         **{10 + n: f"{word} عشرة" for n, word in enumerate(_UNITS_F, start=1)},
         20: "العشرون", **{20 + n: f"{word} والعشرون" for n, word in enumerate(_UNITS_F[:3], 1)}}
HOURS[0] = HOURS[12]
# The abbreviations after a time of day: ص (صباحا, a.m.) and م (مساء, p.m.).
DAY_HALVES = {"ص": "صباحا", "م": "مساء"}
# Minutes past the hour said as a part of it (Ryding, telling time): "الثامنة والربع".
CLOCK_FRACTIONS = {15: "الربع", 20: "الثلث", 30: "النصف"}
# Ordinals 1-99 with their article, by gender, as an adjective after its noun (Ryding): the
# tens keep one form, the units before them agree ("الأسبوع الثاني والثلاثون").
_TENS = ("العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون",
         "التسعون")


def _ordinals(first_ten: dict[int, str], units: tuple[str, ...]) -> dict[int, str]:
    tens = {10 * t + u: (f"{units[u - 1]} و{word}" if u else word)
            for t, word in enumerate(_TENS, start=2) for u in range(10)}
    return {**tens, **first_ten}


ORDINALS = {"m": _ordinals(DAYS, _UNITS_M),
            "f": _ordinals({n: HOURS[n] for n in range(1, 20)} | {1: "الأولى"}, _UNITS_F)}
# Verbs whose object a count is, in the accusative as after a preposition ("تناول قرصين",
# "اشرب ثمانية أكواب", "انتظر ثلاثين دقيقة"; Ryding, on numerals as objects), written as the
# imperative a handout gives, masculine and feminine.
VERBS = ("تناول", "تناولي", "خذ", "خذي", "اشرب", "اشربي", "استخدم", "استخدمي", "انتظر",
         "انتظري", "امش", "امشي", "مارس", "مارسي", "ضع", "ضعي", "كرر", "كرري", "اغسل", "اغسلي",
         "نم", "نامي", "أعط", "أعطي", "يحتاج", "تحتاج", "أضف", "أضيفي", "اخلط", "اخلطي",
         "قس", "قيسي", "اترك", "اتركي")
# Verbs whose subject comes between them and the count they take as object, "بلغت الحرارة
# 38 درجة" → "ثماني وثلاثين درجة" (verb, subject, object: Ryding, on word order and on
# numerals as objects), as handouts write a reading passing a limit.
VERBS_BEFORE_SUBJECT = ("بلغ", "بلغت", "يبلغ", "تبلغ", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز",
                        "جاوز", "جاوزت", "تعدى", "تعدت", "يتعدى", "تتعدى")
