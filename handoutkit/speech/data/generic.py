"""Tables for the languages without hand-made ones (say_generic.py): written units as CLDR
unit names, and the few words neither num2words nor CLDR says reliably.

Everything else comes from data that already exists: num2words says the numbers, CLDR
(Babel) names the units with their plural forms, the months and the date order.
"""

from handoutkit.speech.data import kreyol

# Units written after a number → CLDR unit (babel.units), said in the handout's language
# with the plural form the number takes: "2 L" → "2 литра" → "два литра".
UNITS: dict[str, str] = {
    "mg": "mass-milligram", "g": "mass-gram", "kg": "mass-kilogram",
    "mcg": "mass-microgram", "µg": "mass-microgram", "μg": "mass-microgram",
    "mL": "volume-milliliter", "ml": "volume-milliliter", "L": "volume-liter",
    "l": "volume-liter", "dL": "volume-deciliter", "mmol/L": "concentr-millimole-per-liter",
    "mg/dL": "concentr-milligram-ofglucose-per-deciliter", "mmHg": "pressure-millimeter-ofhg",
    "°C": "temperature-celsius", "°F": "temperature-fahrenheit", "%": "concentr-percent",
    "mm": "length-millimeter", "cm": "length-centimeter", "m": "length-meter",
    "km": "length-kilometer", "kcal": "energy-kilocalorie", "h": "duration-hour",
    "min": "duration-minute", "s": "duration-second", "lb": "mass-pound", "lbs": "mass-pound",
    "oz": "mass-ounce", "мм рт. ст.": "pressure-millimeter-ofhg",
    "m2": "area-square-meter", "cm2": "area-square-centimeter",  # m², as NFKC writes it
}  # fmt: skip
# Units CLDR does not name, by CLDR plural category, as each language's drug leaflets and lab
# reports write them: the nanogram of a vitamin D or ferritin level ("30 ng/mL").
OWN_UNIT_NAMES: dict[str, dict[str, dict[str, str]]] = {
    "mass-nanogram": {
        "he": {"other": "{0} ננוגרם"}, "ar": {"other": "{0} نانوغرام"},
        "fa": {"other": "{0} نانوگرم"}, "ur": {"other": "{0} نینو گرام"},
        "ro": {"one": "{0} nanogram", "few": "{0} nanograme", "other": "{0} de nanograme"},
    },
}
# Unit abbreviations a language writes that CLDR's symbols are not: Arabic "ملغ" and "كغ"
# beside CLDR's "مغم" and "كغم" (as the Saudi and Emirati drug labels write them; Egypt's
# "ملجم", "مجم", "كجم", "جم"; دل for a decilitre, as lab reports write mg/dL), Hebrew מ"ג,
# ק"ג, מ"ל, ד"ל (the Academy's abbreviations; מ2 is מ² as NFKC writes it); a bare degree
# sign, "38°", a fever's degrees; "ng", the nanogram CLDR does not name (OWN_UNIT_NAMES).
OWN_SYMBOLS: dict[str, dict[str, str]] = {
    "ar": {"ملغ": "mass-milligram", "مغ": "mass-milligram", "كغ": "mass-kilogram",
           "مل": "volume-milliliter", "سم": "length-centimeter", "مم": "length-millimeter",
           "دل": "volume-deciliter", "ملجم": "mass-milligram", "مجم": "mass-milligram",
           "كجم": "mass-kilogram", "جم": "mass-gram", "°": "temperature-generic",
           "نانوغرام": "mass-nanogram", "ng": "mass-nanogram"},
    "he": {'מ"ג': "mass-milligram", 'ק"ג': "mass-kilogram", 'מ"ל': "volume-milliliter",
           'מ"מ': "length-millimeter", 'ס"מ': "length-centimeter", "מ2": "area-square-meter",
           'מ"ר': "area-square-meter", 'ד"ל': "volume-deciliter", 'דצ"ל': "volume-deciliter",
           'מ"מ כספית': "pressure-millimeter-ofhg", 'ממ"כ': "pressure-millimeter-ofhg",
           "°": "temperature-generic", "ננוגרם": "mass-nanogram", "ng": "mass-nanogram"},
    "ro": {"°": "temperature-generic", "ng": "mass-nanogram"},
    "fa": {"°": "temperature-generic", "ng": "mass-nanogram"},
    # Russian, Ukrainian, Polish units of time abbreviated with a stop after a number
    # (Розенталь; Правопис 2019; Słownik skrótów PWN): "2 мес." is two months, the stop
    # no sentence end; Russian "ч" alone after a number is hours ("через 2 ч").
    "ru": {"ч": "duration-hour", "ч.": "duration-hour", "мин.": "duration-minute",
           "сек.": "duration-second", "мес.": "duration-month", "нед.": "duration-week"},
    "uk": {"год.": "duration-hour", "хв.": "duration-minute", "сек.": "duration-second",
           "міс.": "duration-month", "тиж.": "duration-week"},
    "pl": {"godz.": "duration-hour", "min.": "duration-minute", "sek.": "duration-second",
           "mies.": "duration-month", "tyg.": "duration-week"},
    # Hindi's dotted abbreviations beside CLDR's own (मि॰ग्रा॰, also typed मि.ग्रा.)
    "hi": {"मि.ली.": "volume-milliliter", "मि॰ली॰": "volume-milliliter",
           # and without stops, as the Hindi press writes them (किग्रा, मिग्रा, मिमी, सेमी)
           "किग्रा": "mass-kilogram", "मिग्रा": "mass-milligram", "मिमी": "length-millimeter",
           "सेमी": "length-centimeter", "किलो": "mass-kilogram"},
    # Urdu's units written out, as CLDR ur has only the Latin symbols (Urdu Lughat: کلوگرام)
    "ur": {"کلوگرام": "mass-kilogram", "کلو": "mass-kilogram", "ملی گرام": "mass-milligram",
           "ملی لیٹر": "volume-milliliter", "ملی میٹر": "length-millimeter",
           "سینٹی میٹر": "length-centimeter", "°": "temperature-generic", "ng": "mass-nanogram"},
    "pa": {"ਕਿਲੋ": "mass-kilogram"},
    # Bengali's dotted abbreviations (Bangla Academy's spelling dictionary: মি.লি., মি.গ্রা.)
    "bn": {"মি.লি.": "volume-milliliter", "মি.গ্রা.": "mass-milligram",
           "কি.গ্রা.": "mass-kilogram", "গ্রা.": "mass-gram", "লি.": "volume-liter",
           "সে.মি.": "length-centimeter", "মি.মি.": "length-millimeter",
           "কি.মি.": "length-kilometer", "মিগ্রা": "mass-milligram", "কেজি": "mass-kilogram"},
}
# num2words' misspelt numbers: Bengali 35, 37, 44, 52, 66 as the Bangla Academy's
# dictionary spells them, and the spoken শো for a hundred (literary শত).
CARDINAL_FIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "bn": (("পঁইত্রিশ", "পঁয়ত্রিশ"), ("সাতত্রিশ", "সাঁইত্রিশ"), ("চৌচল্লিশ", "চুয়াল্লিশ"),
           ("বাহান্ন", "বায়ান্ন"), ("ছিষট্টি", "ছেষট্টি"), ("শত", "শো")),
}
# A unit's abbreviation written only after a slash, and the unit it stands for: Russian
# "мл/ч" (ч alone is too often a letter), Ukrainian "мл/год", Arabic "مل/ساعة".
PER_ONLY: dict[str, dict[str, str]] = {"ru": {"ч": "h"}, "uk": {"год": "h"},
                                       "ar": {"ساعة": "h", "الساعة": "h"}}
# Blood pressure, "140/90": the word between the two readings.
OVER: dict[str, str] = {
    "fr": "sur", "pt": "por", "it": "su", "de": "zu", "nl": "over", "ru": "на", "uk": "на",
    "pl": "na", "vi": "trên", "ar": "على", "ht": "sou", "ko": "에", "fa": "روی", "he": "על",
    "ro": "cu", "hi": "बटा", "ur": "بٹا", "pa": "ਬਟਾ", "bn": "বাই",
}  # fmt: skip

# Blood pressure where it is said as the upper and lower reading: Mandarin "高压…低压…",
# Japanese "上が…、下が…" (as clinicians say it; no word between the two numbers).
READING: dict[str, str] = {"zh": "高压{high}，低压{low}", "ja": "上が{high}、下が{low}"}
# The characters of these spoken forms that Traditional Chinese writes otherwise.
TRADITIONAL = str.maketrans({"压": "壓", "点": "點", "于": "於"})
# Short CLDR symbols that are also words or other abbreviations: Russian "с" (seconds) is
# "with", "г" (grams) also "year" in "2026 г."; Arabic "د" (minutes) a bare letter.
WORD_LIKE = frozenset({"г", "с", "ч", "м", "д", "р", "د", "م", "س", "ס׳"})
# ... but "г" after a number and before a span of time ("4 г/день", "2 г в сутки") is grams.
GRAMS_PER_TIME: dict[str, str] = {"ru": "грамм", "uk": "грам"}

# The decimal mark as said between a number's whole and its decimals ("37,5" → "37 virgule
# 5"); num2words' own decimals drop the minus (vi), the decimals (it) or garble them (ar).
# Russian's is num2words' own "тридцать семь целых пять десятых".
POINT: dict[str, str] = {
    "vi": "phẩy", "ar": "فاصلة", "ko": "점", "fr": "virgule", "pt": "vírgula", "pl": "przecinek",
    "fa": "ممیز", "ja": "点", "it": "virgola", "ro": "virgulă", "uk": "кома", "he": "נקודה",
    "tr": "virgül", "bn": "দশমিক", "de": "Komma", "nl": "komma", "cs": "celá", "id": "koma",
    "sv": "komma", "da": "komma", "no": "komma", "fi": "pilkku", "hu": "egész", "th": "จุด",
    "ht": "vigil", "zh": "点", "hi": "दशमलव", "ur": "اعشاریہ", "pa": "ਦਸ਼ਮਲਵ",
}  # fmt: skip
# Where the digits after the point are said as one number, its leading zeros one by one:
# "0,25" → "zero przecinek dwadzieścia pięć", "1,05" → "jeden przecinek zero pięć"
# (Polish: Słownik poprawnej polszczyzny PWN, ułamki dziesiętne; Ukrainian: the spoken
# "нуль кома двадцять п'ять" beside the written "нуль цілих двадцять п'ять сотих"; Romanian
# "zero virgulă douăzeci și cinci", Gramatica limbii române, on decimal numerals; Arabic
# "صفر فاصلة خمسة و عشرون", Ryding; Hebrew "אפס נקודה עשרים וחמש", Glinert).
DECIMALS_AS_NUMBER = frozenset({"pl", "uk", "ro", "ar", "he"})
MINUS: dict[str, str] = {
    "vi": "âm", "ar": "سالب", "ko": "마이너스", "fr": "moins", "pt": "menos", "pl": "minus",
    "fa": "منفی", "ja": "マイナス", "it": "meno", "ro": "minus", "uk": "мінус", "he": "מינוס",
    "ru": "минус", "tr": "eksi", "bn": "ঋণাত্মক", "de": "minus", "nl": "min", "cs": "mínus",
    "ht": "mwens", "zh": "负", "hi": "माइनस", "ur": "منفی", "pa": "ਮਾਈਨਸ",
}  # fmt: skip

# Units of feminine gender, where a number's last word agrees with its noun: "2 мин" →
# "две минуты", "1 хв" → "одна хвилина", "2 h" → "dwie godziny", "1 h" → "une heure".
FEMININE: dict[str, frozenset[str]] = {
    "ru": frozenset({"duration-minute", "duration-second", "energy-kilocalorie"}),
    "uk": frozenset({"duration-minute", "duration-second", "duration-hour",
                     "energy-kilocalorie"}),
    "pl": frozenset({"duration-minute", "duration-second", "duration-hour",
                     "energy-kilocalorie"}),
    "fr": frozenset({"duration-hour", "duration-minute", "duration-second"}),
    "pt": frozenset({"duration-hour", "energy-kilocalorie"}),
    "it": frozenset({"duration-hour"}),
    "ro": frozenset({"duration-hour", "duration-minute", "duration-second"}),
    "he": frozenset({"duration-hour", "duration-minute", "duration-second",
                     "temperature-celsius", "temperature-fahrenheit", "temperature-generic"}),
}
FEMININE_FORMS: dict[str, dict[str, str]] = {
    "ru": {"один": "одна", "два": "две"}, "uk": {"один": "одна", "два": "дві"},
    "pl": {"jeden": "jedna", "dwa": "dwie"}, "fr": {"un": "une"},
    "pt": {"um": "uma", "dois": "duas"}, "it": {"uno": "una"},
    "ro": {"unu": "o", "doi": "două", "doisprezece": "douăsprezece"},
}
# Where CLDR's long unit name is only the symbol: the word said for it; Hebrew's millimetre
# of mercury, a compound in the construct, keeps its head in the singular ("מאה וארבעים
# מילימטר כספית"; Glinert, Modern Hebrew: An Essential Grammar, on the construct state);
# a bare degree sign, "38°", is a fever's degrees (מעלות, درجة); Bengali's comma inside
# "মিলিমোল, প্রতি লিটারে" goes (a voice reads it as a pause mid-amount).
SYMBOL_WORDS: dict[str, dict[str, str]] = {
    "vi": {"%": "phần trăm", "mmol/L": "milimol/lít"}, "ko": {"%": "퍼센트"},
    "ar": {"٪": "بالمائة", "°": "درجة"}, "bn": {", প্রতি": "প্রতি"},
    # CLDR hi's "मर्क्यूरी मिलीमीटर" keeps the English order: Hindi says मिलीमीटर पारा
    "hi": {"%": "प्रतिशत", "मर्क्यूरी मिलीमीटर": "मिलीमीटर पारा"},
    "he": {"מילימטרים כספית": "מילימטר כספית", "°": "מעלות"},
    "ur": {"ڈگری درجۂ حرارت": "ڈگری"},  # a fever's "38°": degrees, not "degree temperature"
}
# Percent where CLDR's unit name ("treizeci de procente") is not how it is said: Romanian
# "treizeci la sută", with no "de" (DOOM; Gramatica limbii române, on numerals).
PERCENT: dict[str, str] = {"ro": "la sută"}
# A time of day, where "hours and minutes" (CLDR durations) is not how it is said.
# Italian "le nove e trenta" (Serianni), Hebrew "תשע ושלושים", Persian "ساعت نه و سی دقیقه",
# Bengali "নয়টা ত্রিশ মিনিট" (the hour with its classifier টা).
CLOCK: dict[str, str] = {"ko": "{h} 시 {m}분", "ja": "{h}時{m}分", "zh": "{h}点{m}分",
                         "vi": "{h} giờ {m} phút", "ht": "{h} {m}", "de": "{h} Uhr {m}",
                         "it": "{h} e {m}", "he": "{h} ו{m}", "fa": "ساعت {h} و {m} دقیقه",
                         "bn": "{h}টা {m} মিনিট", "hi": "{h} बजकर {m} मिनट",
                         "ur": "{h} بج کر {m} منٹ", "pa": "{h} ਵੱਜ ਕੇ {m} ਮਿੰਟ"}
CLOCK_HOUR: dict[str, str] = {"ko": "{h} 시", "ja": "{h}時", "zh": "{h}点", "vi": "{h} giờ",
                              "ht": "{h}", "de": "{h} Uhr", "it": "{h}", "he": "{h}",
                              "fa": "ساعت {h}", "bn": "{h}টা", "hi": "{h} बजे",
                              "ur": "{h} بجے", "pa": "{h} ਵਜੇ"}
# The quarter hours as Hindi, Urdu and Punjabi say them (McGregor, Outline of Hindi Grammar;
# Schmidt, Urdu: An Essential Grammar; Bhatia, Punjabi): a quarter past (सवा), half past
# (साढ़े), a quarter to (पौने), and "o'clock" (बजे); 1:30 and 2:30 are counting.HALVES'.
QUARTERS: dict[str, tuple[str, str, str, str]] = {
    "hi": ("सवा", "साढ़े", "पौने", "बजे"), "ur": ("سوا", "ساڑھے", "پونے", "بجے"),
    "pa": ("ਸਵਾ", "ਸਾਢੇ", "ਪੌਣੇ", "ਵਜੇ"),
}
# Where the hours are said as a duration of hours: the word between hours and minutes, and
# whether the minutes keep their unit ("neuf heures trente"; "nove horas e trinta minutos").
CLOCK_AND: dict[str, tuple[str, bool]] = {"fr": (" ", False), "pt": (" e ", True),
                                          "ro": (" și ", True)}
# Korean says the hours of the clock in native numbers: 9:30 → "아홉 시 삼십 분"; the
# 24-hour clock too (17:00 → 열일곱 시, as 17시 is read: 표준국어대사전, 시 takes native numbers).
NATIVE_HOURS: dict[str, dict[int, str]] = {"ko": dict(enumerate((
    "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟",
    "아홉", "열", "열한", "열두", "열세", "열네", "열다섯", "열여섯", "열일곱", "열여덟",
    "열아홉", "스무", "스물한", "스물두", "스물세", "스물네"), start=1)),
    "zh": {2: "两"},  # Mandarin "两点" for two o'clock (Chao, A Grammar of Spoken Chinese)
    "ht": kreyol.HOURS}  # Kreyòl "nevè", nine o'clock
# A span of clock times, "9:00-17:00": the words after its start and after its end, where
# "from … until" is how it is said (Sohn, The Korean Language: 부터 … 까지; McGregor: से …
# तक; Thompson, Bengali: থেকে … পর্যন্ত; Bhatia, Punjabi: ਤੋਂ … ਤੱਕ).
CLOCK_SPAN: dict[str, tuple[str, str]] = {
    "ko": ("부터 ", "까지"), "hi": (" से ", " तक"), "bn": (" থেকে ", " পর্যন্ত"),
    "pa": (" ਤੋਂ ", " ਤੱਕ"),
}
# A comparison sign before a quantity ("≥7.0 mmol/L", "<5%"): the words said before and
# after it. Japanese and Korean put 以上/以下/未満/超, 이상/이하/미만/초과 after the amount;
# Mandarin says 大于等于 … before it; Hindi, Bengali and Punjabi postpose their comparisons
# (McGregor: से कम, या उससे अधिक; Thompson: এর কম, বা তার বেশি; Bhatia: ਤੋਂ ਘੱਟ, ਜਾਂ ਵੱਧ).
COMPARED: dict[str, dict[str, tuple[str, str]]] = {
    "ja": {"≥": ("", "以上"), "≤": ("", "以下"), "<": ("", "未満"), ">": ("", "超")},
    "ko": {"≥": ("", " 이상"), "≤": ("", " 이하"), "<": ("", " 미만"), ">": ("", " 초과")},
    "zh": {"≥": ("大于等于", ""), "≤": ("小于等于", ""), "<": ("小于", ""), ">": ("大于", "")},
    "hi": {"≥": ("", " या उससे अधिक"), "≤": ("", " या उससे कम"), "<": ("", " से कम"),
           ">": ("", " से अधिक")},
    "bn": {"≥": ("", " বা তার বেশি"), "≤": ("", " বা তার কম"), "<": ("", " এর কম"),
           ">": ("", " এর বেশি")},
    "pa": {"≥": ("", " ਜਾਂ ਵੱਧ"), "≤": ("", " ਜਾਂ ਘੱਟ"), "<": ("", " ਤੋਂ ਘੱਟ"),
           ">": ("", " ਤੋਂ ਵੱਧ")},
    # before it (Glinert; Ryding; DOOM; Lazard), Hebrew's מ- written onto the number
    "he": {"<": ("פחות מ-", ""), ">": ("יותר מ-", ""), "≤": ("עד ", ""), "≥": ("לפחות ", "")},
    "ar": {"<": ("أقل من ", ""), ">": ("أكثر من ", ""), "≤": ("أقل من أو يساوي ", ""),
           "≥": ("أكثر من أو يساوي ", "")},
    "ro": {"<": ("sub ", ""), ">": ("peste ", ""), "≤": ("cel mult ", ""),
           "≥": ("cel puțin ", "")},
    "fa": {"<": ("کمتر از ", ""), ">": ("بیشتر از ", ""), "≤": ("حداکثر ", ""),
           "≥": ("حداقل ", "")},
}
# A dose per weight and per day, "30 mg/kg/日": the words before and after it for the day, as
# package inserts write it (ja 1日…あたり, ko 하루, zh 每天/每日; Indian प्रति दिन after).
PER_DAY: dict[str, tuple[str, str]] = {
    "ja": ("一日", ""), "ko": ("하루 ", ""), "zh": ("每天", ""), "hi": ("", " प्रति दिन"),
    "bn": ("", " প্রতি দিন"), "pa": ("", " ਪ੍ਰਤੀ ਦਿਨ"),
}
DAY_SPANS = "日|天|일|day|d|दिन|দিন|ਦਿਨ"
# AM and PM, as Hindi, Bengali and Punjabi say them: the part of the day before the hour
# (morning; noon to 3; 4 to 7; night), McGregor: सुबह, दोपहर, शाम, रात; Thompson: সকাল,
# দুপুর, বিকেল, রাত; Bhatia: ਸਵੇਰੇ, ਦੁਪਹਿਰ, ਸ਼ਾਮ, ਰਾਤ.
DAY_PARTS: dict[str, tuple[str, str, str, str]] = {
    "hi": ("सुबह", "दोपहर", "शाम", "रात"), "bn": ("সকাল", "দুপুর", "বিকেল", "রাত"),
    "pa": ("ਸਵੇਰੇ", "ਦੁਪਹਿਰ", "ਸ਼ਾਮ", "ਰਾਤ"),
}
# The word between the two ends of a range ("2-3 L"): CLDR has none for numbers (Italian
# says an approximate "2-3 volte" as "due o tre volte": Serianni, on approximate numbers). Russian,
# Ukrainian and Polish say a dash ("два–три литра"): their "from … to" needs cases.
TO: dict[str, str] = {
    "vi": "đến", "ar": "إلى", "ko": "내지", "fr": "à", "pt": "a", "fa": "تا",
    "ja": "から", "it": "o", "ro": "până la", "he": "עד", "zh": "至",
    "tr": "ila", "ht": "a", "de": "bis", "bn": "থেকে", "nl": "tot", "hi": "से",
    "ur": "سے", "pa": "ਤੋਂ",
}  # fmt: skip
# A slash before a span of time after a word ("3 fois/jour", "5 mg/Tag"): the word CLDR's
# per-unit pattern uses ("{0} par {1}", "{0} pro {1}", "{0} в {1}"), and the spans it joins.
PER_TIME: dict[str, tuple[str, str]] = {
    "fr": ("par", "jour|semaine|mois|heure|an|nuit"),
    "pt": ("por", "dia|semana|mês|hora|ano|noite"),
    "ro": ("pe", "zi|săptămână|lună|oră|an|noapte"),
    "he": ("ב", "יום|שבוע|חודש|לילה"), "ar": ("في ال", "يوم|أسبوع|شهر"),
    "fa": ("در", "روز|هفته|ماه|ساعت|شب"),
    "de": ("pro", "Tag|Woche|Monat|Stunde|Jahr|Nacht"),
    "it": ("al", "giorno|mese"),
    "ru": ("в", "день|неделю|месяц|час|сутки|год"),
    "vi": ("mỗi", "ngày|tuần|tháng|giờ|năm"),
    "ht": ("pa", "jou|semèn|mwa|èdtan|ane"),
    # Hindi, Bengali, Punjabi: प्रति, প্রতি, ਪ੍ਰਤੀ before the span ("दो बार प्रति दिन")
    "hi": ("प्रति", "दिन|सप्ताह|हफ़्ता|हफ्ता|महीना|घंटा|वर्ष|साल"),
    "bn": ("প্রতি", "দিন|সপ্তাহ|মাস|ঘণ্টা|বছর"),
    "pa": ("ਪ੍ਰਤੀ", "ਦਿਨ|ਹਫ਼ਤਾ|ਹਫ਼ਤੇ|ਮਹੀਨਾ|ਘੰਟਾ|ਸਾਲ"),
}
# Where the word for "per" is written onto the span: Hebrew "ביום", Arabic "في اليوم".
PER_TIME_PREFIXED = frozenset({"he", "ar"})
EMERGENCY = ("911", "999", "112")  # said digit by digit
# The digit 0 in a phone number, where it is not the number's word: Japanese ゼロ (NHK
# Pronunciation and Accent Dictionary, on telephone numbers), Korean 공 (National Institute
# of Korean Language, Standard Korean Dictionary: 공 for zero in numbers read digit by digit).
PHONE_ZERO: dict[str, str] = {"ja": "ゼロ", "ko": "공"}
# The hash key before a service number, where it is said: Japanese シャープ (#7119).
PHONE_HASH: dict[str, str] = {"ja": "シャープ"}
# A country's mobile numbers, which a handout writes with no trunk 0 or as one run of
# digits, and the groups they are said in (the national numbering plans: China's
# 1[3-9]x xxxx xxxx, MIIT; India's ten digits from 6 to 9, TRAI, said 5 + 5; Bangladesh's
# 01[3-9]xx xxxxxx, BTRC; Japan's 090/080/070 and Korea's 010 mobiles, 3 + 4 + 4):
# 13812345678 is no 138 billion.
MOBILE: dict[str, tuple[str, tuple[int, ...]]] = {
    "zh": (r"1[3-9]\d{9}", (3, 4, 4)),
    "hi": (r"[6-9]\d{4} ?\d{5}", (5, 5)), "pa": (r"[6-9]\d{4} ?\d{5}", (5, 5)),  # not 60000-70000
    "bn": (r"01[3-9]\d{2}-?\d{6}", (5, 6)),
    "ja": (r"0[789]0\d{8}", (3, 4, 4)), "ko": (r"010\d{8}", (3, 4, 4)),  # 090 and 010 mobiles
}
# The word between a phone number's groups: Japanese の (03-1234-5678 → ゼロさんの…; NHK).
PHONE_JOIN: dict[str, str] = {"ja": "の", "fa": "، ", "ar": "، ", "ur": "، "}  # the Arabic comma
# Where a number of four or more groups of digits, or three groups of three, is a phone
# number, not an amount grouped by spaces (which would be a billion, a hundred million):
# 0 800 500 335, 8 800 555 35 35, 22 123 45 67, 600 123 456, 800-190-590 (the national
# formats of Ukraine, Russia and Poland, as their operators print them).
GROUPED_PHONES = frozenset({"ru", "uk", "pl"})
# 1,5 before a unit or a noun, masculine and feminine: "полтора литра", "полторы таблетки"
# (Розенталь), "півтора літра", "півтори години" (Правопис 2019, § 106), "półtora litra",
# "półtorej godziny" (PWN); the genitives are say_cases'.
ONE_AND_A_HALF = {"ru": ("полтора", "полторы"), "uk": ("півтора", "півтори"),
                  "pl": ("półtora", "półtorej")}
# The units said so: spans of time and litres; a dose ("1,5 mg") keeps its exact decimal
# reading ("одна целая пять десятых миллиграмма"), as a pharmacist reads it.
HALF_UNITS = frozenset({"duration-hour", "duration-minute", "duration-day", "duration-week",
                        "duration-month", "duration-year", "volume-liter"})
# Where a bare domain ("moz.gov.ua") is read as a web address, as one with "www." is.
BARE_HOSTS = frozenset({"ru", "uk", "pl"})
# A country's own emergency numbers, where the text calls them (a bare 120 is a number):
# China 120/110/119 (Taiwan 119), Japan 119/110, Korea 119/112, Russia and Ukraine 103,
# Saudi Arabia 997/998 (and the Ministry of Health's 937), Egypt 123, Pakistan's Rescue 1122
# and 115, Haiti 114/116.
LOCAL_EMERGENCY: dict[str, str] = {
    "zh": (r"(?:拨打|撥打|拨|撥|打|呼叫|致电|致電|电话|電話)\s?(?:120|110|119)(?!\d)"
           r"|(?<!\d)(?:120|110|119)(?=急救|求救|报警|報警)"
           # any number of three to eight digits after "dial", or of three to five before
           # "hotline": 拨打12320, 致電23456789, 1922防疫專線 (said digit by digit, as the
           # hotlines announce themselves)
           r"|(?:拨打|撥打|致电|致電)\s?\d{3,8}(?![\d-]|\s\d)"
           r"|(?<![\d.,])\d{3,5}(?=\s?(?:专线|專線|热线|熱線))"),
    # Japan's # numbers too: #7119 (救急安心センター), #8000 (こども医療電話相談)
    "ja": r"(?<!\d)(?:119|110)(?=番|に|へ|を)|#\d{4}(?!\d)",
    # Korea's call centres: 1339 (질병관리청), 129 (보건복지상담센터) where the text calls them
    "ko": (r"(?<!\d)(?:119|112)(?=에|로|으로|번|를|\s?신고)"
           r"|(?:구급차는|구급차:|응급 시|신고는)\s(?:119|112)(?!\d)"
           r"|(?:콜센터|상담센터|전화|핫라인)\s?\d{3,4}(?![\d-])"),
    "ru": r"(?i:звоните|позвоните|вызовите|телефон)\s103(?!\d)",
    "uk": r"(?i:телефонуйте|зателефонуйте|викличте|дзвоніть)\s103(?!\d)",
    "vi": r"(?i:gọi|số)\s(?:113|114|115)(?!\d)",
    "ar": (r"(?:(?:اتصل|اتصلي|اتصلوا)\s?(?:بـ|ب|على)|الرقم|رقم|(?:الإسعاف|الطوارئ|النجدة)\s?:)"
           r"\s?(?:997|998|937|123|122)(?:\s(?:أو|و)\s?(?:997|998|999|937|123|122))*(?!\d)"),
    "ur": r"(?<![\d.,])(?:1122(?![\d.,])|115(?=\s?(?:پر|کو)(?!\w)))",
    "ht": r"(?i:rele|nimewo)\s(?:114|116|118)(?!\d)",
}
# Languages whose CLDR unit names glue the number to the word ("{0}শতাংশ"), which a voice
# reads as one word: a space goes between them.
UNIT_SPACED = frozenset({"bn"})

# Abbreviations with full stops, said in full (each language's dictionary of abbreviations:
# Russian "т. е." → "то есть", "и т. д." → "и так далее"; French "p. ex." → "par exemple").
# Written with a space after each inner stop; "т.е." without it is read the same.
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "ru": {"т. е.": "то есть", "и т. д.": "и так далее", "и т. п.": "и тому подобное",
           "т. к.": "так как", "напр.": "например", "ок.": "около", "см. также": "смотрите также",
           "др.": "другие", "и др.": "и другие"},
    "uk": {"т. зв.": "так званий", "і т. д.": "і так далі", "напр.": "наприклад"},
    "fr": {"p. ex.": "par exemple", "c.-à-d.": "c'est-à-dire", "env.": "environ",
           "cf.": "voir", "Dr": "docteur", "Dre": "docteure"},
    "pt": {"p. ex.": "por exemplo", "aprox.": "aproximadamente", "Dr.": "doutor",
           "Dra.": "doutora", "etc.": "et cetera"},
    "it": {"ad es.": "ad esempio", "ecc.": "eccetera", "dott.": "dottor", "ca.": "circa"},
    "de": {"z. B.": "zum Beispiel", "d. h.": "das heißt", "u. a.": "unter anderem",
           "ca.": "circa", "usw.": "und so weiter"},
    "vi": {"v.v.": "vân vân", "BS.": "bác sĩ", "TS.": "tiến sĩ"},
    "pl": {"np.": "na przykład", "tj.": "to jest", "ok.": "około", "tzw.": "tak zwany",
           "zob.": "zobacz",
           "itd.": "i tak dalej", "itp.": "i tym podobne", "godz.": "godzina",
           "lek. med.": "lekarz medycyny"},  # not "lek." alone: "podaj lek." is a medicine
    "ro": {"de ex.": "de exemplu", "dr.": "doctor", "Dr.": "doctor", "etc.": "etcetera",
           "aprox.": "aproximativ", "nr.": "numărul", "Nr.": "Numărul", "tel.": "telefon",
           "Tel.": "Telefon", "cca.": "circa", "max.": "maximum", "str.": "strada",
           "Str.": "Strada", "Dna.": "Doamna", "dna.": "doamna", "Dl.": "Domnul",
           "Vit.": "Vitamina", "vit.": "vitamina", "ș.a.m.d.": "și așa mai departe",
           "ș.a.": "și altele"},
    "ht": {"Dr.": "doktè"},
    "he": {"ד\"ר": "דוקטור", "וכו'": "וכולי", "מס'": "מספר", "עמ'": "עמוד", "יח'": "יחידות",
           "לדוג'": "לדוגמה", "ת\"ז": "תעודת זהות", "וכד'": "וכדומה", "טל'": "טלפון"},
    "ar": {"د.": "دكتور"},
    "hi": {"डॉ.": "डॉक्टर"},  # as Hindi newspapers expand it
    "pa": {"ਡਾ.": "ਡਾਕਟਰ"}, "bn": {"ডা.": "ডাক্তার"},
}
# Abbreviations said in full only before a number, where they are also initials or words
# alone ("S. Müller", "с." for село): a page, a chapter, a number.
BEFORE_NUMBER: dict[str, dict[str, str]] = {
    "fr": {"p.": "page", "chap.": "chapitre", "n°": "numéro"},
    "de": {"S.": "Seite", "Kap.": "Kapitel", "Nr.": "Nummer"},
    "it": {"pag.": "pagina", "p.": "pagina", "cap.": "capitolo", "n.": "numero"},
    "pt": {"pág.": "página", "p.": "página", "cap.": "capítulo", "n.º": "número", "nº": "número"},
    "ru": {"с.": "страница", "стр.": "страница", "гл.": "глава", "№": "номер", "No.": "номер",
           "мин.": "минимум", "макс.": "максимум", "Мин.": "Минимум",
           "Макс.": "Максимум",  # before a number; after it, minutes
           # comparison signs as words, whose case the number then takes
           "<": "менее", ">": "более", "≤": "не более", "≥": "не менее"},
    "uk": {"с.": "сторінка", "стор.": "сторінка", "розд.": "розділ", "№": "номер",
           "No.": "номер",  # № is "No." once folded
           "мін.": "мінімум", "макс.": "максимум",
           "<": "менше", ">": "більше", "≤": "не більше", "≥": "не менше"},
    "pl": {"nr": "numer", "Nr": "numer", "min.": "minimum", "maks.": "maksymalnie",
           "Min.": "Minimum", "Maks.": "Maksymalnie", "<": "poniżej", ">": "powyżej",
           "≤": "nie więcej niż", "≥": "co najmniej"},
    "ro": {"nr.": "numărul", "Nr.": "numărul", "pag.": "pagina", "min.": "minimum"},
}
ABBREVIATIONS["pl"].update({"tzn.": "to znaczy", "m.in.": "między innymi",
                            "wg": "według", "ul.": "ulica", "tel.": "telefon"})
# An abbreviation said in the case the preposition before it asks for: "o godz. 9" → "o
# godzinie", "na godz. 8" → "na godzinę", "od godz. 8" → "od godziny" (PWN, the
# prepositions' cases: o, po the locative; na, za the accusative; przed the instrumental).
ABBREVIATION_CASES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "pl": {"godz.": ((r"o|po", "godzinie"), (r"w", "godzinach"), (r"na|za", "godzinę"),
                     (r"przed", "godziną"),
                     (r"od|do|około|ok\.|koło|z|ze|u", "godziny"))},
}
ABBREVIATIONS["de"].update({"bzw.": "beziehungsweise", "ggf.": "gegebenenfalls",
                            "evtl.": "eventuell", "Dr.": "Doktor", "max.": "maximal"})
ABBREVIATIONS["it"].update({"p. es.": "per esempio", "dott.ssa": "dottoressa",
                            "sig.": "signor", "sig.ra": "signora"})
ABBREVIATIONS["fr"].update({"Mme": "madame", "M.": "monsieur", "Pr": "professeur"})
ABBREVIATIONS["pt"].update({"Sr.": "senhor", "Sra.": "senhora", "ex.": "exemplo"})
ABBREVIATIONS["uk"].update({"див.": "дивіться", "Див.": "Дивіться", "у т. ч.": "у тому числі",
                            "т. д.": "так далі", "тел.": "телефон", "бл.": "близько"})
ABBREVIATIONS["ru"].update({"тел.": "телефон"})
ABBREVIATIONS["ru"].update({"в т. ч.": "в том числе", "см.": "смотрите", "См.": "Смотрите"})
# "3x" or "3×" before a word: how many times, the word in the form CLDR's plural category of
# the number asks for (Russian 2 раза, 5 раз; Polish 2 razy, 5 razy).
TIMES: dict[str, dict[str, str]] = {
    "fr": {"one": "fois", "other": "fois"}, "pt": {"one": "vez", "other": "vezes"},
    "it": {"one": "volta", "other": "volte"}, "de": {"one": "Mal", "other": "Mal"},
    "ru": {"one": "раз", "few": "раза", "many": "раз", "other": "раза"},
    "uk": {"one": "раз", "few": "рази", "many": "разів", "other": "рази"},
    "pl": {"one": "raz", "few": "razy", "many": "razy", "other": "razy"},
    "vi": {"other": "lần"}, "ht": {"other": "fwa"}, "zh": {"other": "次"}, "ja": {"other": "回"},
    "ko": {"other": "번"}, "he": {"one": "פעם", "other": "פעמים"}, "hi": {"other": "बार"},
    "ur": {"other": "بار"}, "pa": {"other": "ਵਾਰ"}, "bn": {"other": "বার"},
    "ro": {"one": "dată", "few": "ori", "other": "ori"},
}
# Two times as one word: Hebrew פעמיים (the dual), Arabic مرتين (Glinert; Ryding).
TIMES_TWICE: dict[str, str] = {"he": "פעמיים", "ar": "مرتين"}
TIMES["ar"] = {"one": "مرة", "two": "مرتين", "few": "مرات", "many": "مرة", "other": "مرة"}
TIMES_FEMININE = frozenset({"fr", "pt", "it", "he", "ar"})  # une fois, duas vezes, ثلاث مرات
# A plus sign after a number, "65+": "and over" (Hebrew ומעלה, Arabic فأكثر, Romanian și
# peste), as an age or a dose is said.
AND_OVER: dict[str, str] = {"he": "ומעלה", "ar": "فأكثر", "ro": "și peste"}
# A plus sign before a number ("+1 555 …", "+5 °C").
PLUS: dict[str, str] = {
    "fr": "plus", "pt": "mais", "it": "più", "de": "plus", "ru": "плюс", "uk": "плюс",
    "pl": "plus", "ro": "plus", "vi": "cộng", "ar": "زائد", "fa": "مثبت", "he": "פלוס",
    "ko": "플러스", "ja": "プラス", "zh": "加", "ht": "plis", "tr": "artı", "bn": "প্লাস",
    "hi": "प्लस", "ur": "پلس", "pa": "ਪਲੱਸ",
}
