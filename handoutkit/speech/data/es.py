"""Spanish word tables for speech normalisation: units, abbreviations, months, joining words.

Units carry a grammatical gender ("m"/"f") so numbers agree: "1 mg" → "un miligramo",
"1 h" → "una hora", "200 UI" → "doscientas unidades internacionales".
"""

# Joining words and templates, as in en.py: "2.5" → "dos punto cinco", "2,5" → "dos coma cinco".
WORDS: dict[str, str] = {
    "point": "punto", "comma": "coma", "minus": "menos", "plus": "más", "to": "a",
    "over": "sobre", "out_of": "de", "and": "y", "or": "o", "times": "por",
    "number": "número", "once": "una vez", "n_times": "{n} veces", "at": "arroba",
    "dot": "punto", "every_hour": "cada hora", "every_hours": "cada {n} horas",
    "am": "de la mañana", "pm": "de la tarde", "night": "de la noche",
    "dawn": "de la madrugada", "noon": "del mediodía", "midnight": "de la noche",
    "time": "{h} y {m}", "time_oclock": "{h} en punto", "minute_0x": "{m}",
    "clock_seconds": "{h} {m} y {s}",
    "date": "{day} de {month} de {year}", "date_no_year": "{day} de {month}",
    "date_dmy": "{day} de {month} de {year}", "date_dm": "{day} de {month}",
    "month_year": "{month} de {year}",
    "the": "el",
    "money_cents": "{amount} con {cents}",
    "fraction_one": "{cardinal}avo", "fraction_many": "{cardinal}avos",
    "mixed": "{whole} y {fraction}", "mixed_one": "un {part}",
    "mixed_unit": "{whole} {counted} y {fraction}",
    "fraction_unit": "{fraction} de {unit}",
    "at_least": "al menos", "at_most": "como máximo", "more_than": "más de",
    "less_than": "menos de", "plus_minus": "más o menos", "about": "aproximadamente",
    "equals": "es igual a", "percent": "por ciento", "per": "por", "by": "por", "of": "de",
    # A web address's path (RAE, Ortografía 2010: barra, guion, guion bajo).
    "slash": "barra", "dash": "guion", "underscore": "guion bajo", "for": "por", "per_span": "en",
    "or_more": "o más", "positive": "positivo", "negative": "negativo",
}

# Units read after a number: keys → (after 1, after anything else, gender).
UNIT_GROUPS: tuple[tuple[str, tuple[str, str, str]], ...] = (
    ("mg", ("miligramo", "miligramos", "m")),
    ("g", ("gramo", "gramos", "m")),
    ("kg", ("kilogramo", "kilogramos", "m")),
    ("mcg|µg|μg|ug", ("microgramo", "microgramos", "m")),
    ("ng", ("nanogramo", "nanogramos", "m")),
    ("mL|ml", ("mililitro", "mililitros", "m")),
    ("L|l", ("litro", "litros", "m")),
    ("dL", ("decilitro", "decilitros", "m")),
    ("cc", ("centímetro cúbico", "centímetros cúbicos", "m")),
    ("mmol", ("milimol", "milimoles", "m")),
    ("μmol|µmol", ("micromol", "micromoles", "m")),
    ("mEq", ("miliequivalente", "miliequivalentes", "m")),
    ("mmHg", ("milímetro de mercurio", "milímetros de mercurio", "m")),
    ("UI", ("unidad internacional", "unidades internacionales", "f")),
    ("U|unidad|unidades", ("unidad", "unidades", "f")),
    ("°F", ("grado Fahrenheit", "grados Fahrenheit", "m")),
    ("°C", ("grado Celsius", "grados Celsius", "m")),
    ("°", ("grado", "grados", "m")),
    ("%", ("por ciento", "por ciento", "")),
    ("mm", ("milímetro", "milímetros", "m")),
    ("cm", ("centímetro", "centímetros", "m")),
    ("m", ("metro", "metros", "m")),
    ("km", ("kilómetro", "kilómetros", "m")),
    ("m2", ("metro cuadrado", "metros cuadrados", "m")),
    ("m3", ("metro cúbico", "metros cúbicos", "m")),
    ("km3", ("kilómetro cúbico", "kilómetros cúbicos", "m")),
    ("pulg", ("pulgada", "pulgadas", "f")),
    ("lb|lbs", ("libra", "libras", "f")),
    ("oz", ("onza", "onzas", "f")),
    ("h|hr|hrs|hs", ("hora", "horas", "f")),
    ("min", ("minuto", "minutos", "m")),
    ("s|seg", ("segundo", "segundos", "m")),
    ("kcal|cal", ("caloría", "calorías", "f")),
    ("cdta|cdita|cdtas|cditas", ("cucharadita", "cucharaditas", "f")),
    ("cda|cdas", ("cucharada", "cucharadas", "f")),
    # Dose forms as prescriptions shorten them: "1 tab. c/8 h", "2 cáps.".
    ("tab|tabs", ("tableta", "tabletas", "f")),
    ("cáps|cáp|caps", ("cápsula", "cápsulas", "f")),
    ("comp|comps", ("comprimido", "comprimidos", "m")),
    ("lpm", ("latido por minuto", "latidos por minuto", "m")),
    ("mph", ("milla por hora", "millas por hora", "f")),
    ("kph|km/h", ("kilómetro por hora", "kilómetros por hora", "m")),
    ("psi", ("libra por pulgada cuadrada", "libras por pulgada cuadrada", "f")),
)

PER: dict[str, str] = {
    "L": "por litro", "l": "por litro", "dL": "por decilitro", "mL": "por mililitro",
    "ml": "por mililitro", "kg": "por kilogramo", "m2": "por metro cuadrado",
    "h": "por hora", "min": "por minuto", "día": "al día", "d": "al día",
    "semana": "a la semana", "dosis": "por dosis", "mol": "por mol", "mes": "al mes",
    "año": "al año",
}
PER_AFTER_WORD = "día|semana|dosis|kg"  # "1 gota/kg": por kilogramo

BARE_UNITS = "mg|mcg|µg|μg|kg|mL|mmol|mmHg|mEq|UI|kcal|cm|mm|km|°C|°F"

STRICT_UNITS = ""

ABBREVIATION_GROUPS: tuple[tuple[str, str], ...] = (
    ("p. ej.|p.ej.|p. e.", "por ejemplo"), ("etc.", "etcétera"),
    ("vs.|vs", "frente a"), ("Dr.|dr.", "doctor"), ("Dra.|dra.", "doctora"),
    ("Sr.|sr.", "señor"), ("Sra.|sra.", "señora"), ("Srta.|srta.", "señorita"),
    ("Ud.", "usted"), ("Uds.", "ustedes"), ("Da.", "doña"),
    ("esq.|Esq.", "esquina"), ("pza.|Pza.", "plaza"), ("av.|Av.|avda.|Avda.", "avenida"),
    ("ext.", "extensión"), ("Ext.", "Extensión"), ("a. C.|a. c.|a.C.", "antes de Cristo"),
    ("d. C.|d. c.|d.C.", "después de Cristo"),
    ("lun.|Lun.", "lunes"), ("miér.|Miér.|mié.|Mié.", "miércoles"),
    ("jue.|Jue.", "jueves"), ("vie.|Vie.|vier.|Vier.", "viernes"), ("sáb.|Sáb.", "sábado"),
    ("dom.|Dom.", "domingo"),
    # "los sáb.": sábado and domingo take -s in the plural (lunes… viernes do not: DPD).
    ("los sáb.", "los sábados"), ("Los sáb.", "Los sábados"), ("los dom.", "los domingos"),
    ("Los dom.", "Los domingos"),
    ("SPF", "ese pe efe"), ("Temp.", "Temperatura"), ("temp.", "temperatura"),
    ("INR", "i ene erre"),
    ("Lic.|Lcdo.|Ldo.", "licenciado"), ("Lcda.|Lda.", "licenciada"), ("Ing.", "ingeniero"),
    ("aprox.|Aprox.", "aproximadamente"), ("máx.", "máximo"), ("Máx.", "Máximo"),
    ("mín.", "mínimo"), ("Mín.", "Mínimo"),
    ("dosis máx.", "dosis máxima"), ("Dosis máx.", "Dosis máxima"),
    ("dosis mín.", "dosis mínima"), ("Dosis mín.", "Dosis mínima"),
    ("núm.|Núm.", "número"), ("pág.|Pág.", "página"), ("tel.|Tel.", "teléfono"),
    ("P. ej.|P.ej.", "Por ejemplo"), ("c/u", "cada uno"),
    ("v/día|v/d|veces/día", "veces al día"),
    # Months as the DPD abbreviates them, with their dot: "de sept. a dic.".
    *((f"{short}.|{short.capitalize()}.", month) for short, month in (
        ("ene", "enero"), ("feb", "febrero"), ("abr", "abril"), ("jun", "junio"),
        ("jul", "julio"), ("ago", "agosto"), ("sept", "septiembre"), ("sep", "septiembre"),
        ("oct", "octubre"), ("nov", "noviembre"), ("dic", "diciembre"))),
    ("EE. UU.|EE.UU.|ee. uu.|ee.uu.", "Estados Unidos"), ("c/", "cada"), ("p/", "para"),
    ("y/o", "y o"),
    ("24/7", "veinticuatro siete"),
    # Latín de las recetas.
    ("BID|b.i.d.", "dos veces al día"), ("TID|t.i.d.", "tres veces al día"),
    ("QID|q.i.d.", "cuatro veces al día"), ("QD|q.d.", "una vez al día"),
    ("PRN|p.r.n.", "según sea necesario"),
    # Vías de administración: "por VO" and "vía VO" say "vía" once.
    ("VO|V.O.|v.o.|por VO|por V.O.|por vía VO", "por vía oral"), ("vía VO", "vía oral"),
    ("IM|por vía IM", "por vía intramuscular"), ("vía IM", "vía intramuscular"),
    ("SC|por vía SC", "por vía subcutánea"), ("vía SC", "vía subcutánea"),
    ("IV|por vía IV", "por vía intravenosa"), ("vía IV", "vía intravenosa"),
    # Se dicen como palabras.
    ("TA", "tensión arterial"), ("EPOC", "epoc"), ("TAC", "tac"), ("sida|SIDA", "sida"),
    ("COVID|covid", "covid"), ("COVID-19", "covid diecinueve"), ("OMS", "o eme ese"),
    ("ECG", "electrocardiograma"), ("RM|RMN", "resonancia magnética"),
    ("IMC", "índice de masa corporal"), ("AINE", "aine"), ("AINEs", "aines"),
    ("A1C", "a uno ce"), ("B12", "be doce"),
    # Husos horarios, deletreados.
    ("GMT|gmt", "ge eme te"), ("UTC|utc", "u te ce"), ("GMT-|gmt-", "ge eme te menos"),
    ("UTC-|utc-", "u te ce menos"), ("GMT+|gmt+", "ge eme te más"), ("UTC+|utc+", "u te ce más"),
    ("EST|est", "e ese te"),
    ("PST|pst", "pe ese te"), ("CST|cst", "ce ese te"), ("MST|mst", "eme ese te"),
    # Se deletrean.
    ("TVP", "te uve pe"), ("UCI", "u ce i"), ("VIH", "uve i hache"),
    ("LDL", "ele de ele"), ("HDL", "hache de ele"),
    ("ITS", "i te ese"), ("VPH", "uve pe hache"), ("ADN", "a de ene"),
)
# "… aprox. Luego", "… de sept. a dic. Luego": the dot also ends the sentence.
SENTENCE_FINAL = ("etc.|aprox.|máx.|mín.|ene.|feb.|abr.|jun.|jul.|ago.|sept.|sep.|oct.|nov."
                  "|dic.|lun.|mié.|miér.|jue.|vie.|vier.|sáb.|dom.|los sáb.|Los sáb.|los dom."
                  "|Los dom.")

# Weekdays, and their short forms written without a dot in opening hours ("lun-vie"), read
# in a range with a hyphen: "lun.-vie.", "lunes-viernes", "lun-vie" → lunes a viernes.
WEEKDAYS: dict[str, str] = {
    form: day
    for short, day in (("lun", "lunes"), ("mar", "martes"), ("mié", "miércoles"),
                       ("mier", "miércoles"), ("miér", "miércoles"), ("jue", "jueves"),
                       ("vie", "viernes"), ("sáb", "sábado"), ("sab", "sábado"),
                       ("dom", "domingo"))
    for form in (short, short.capitalize(), day, day.capitalize())
} | {"L": "lunes", "V": "viernes", "S": "sábado", "D": "domingo"}  # L-V, L-S (México)

MONTHS: tuple[str, ...] = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)
# Month names in text dates: "5 febrero" → "cinco de febrero", "junio 11 2000" → "once de
# junio de dos mil", "1 de diciembre" → "primero de diciembre"; the RAE writes them in lower
# case, a sentence may start with one; the dotted abbreviations of the DPD's list.
MONTH_NAMES: dict[str, int] = {
    **{form: i for i, name in enumerate(MONTHS, 1) for form in (name, name.capitalize())},
    **{abbreviation: i for i, abbreviations in enumerate((
        "ene", "feb", "", "abr", "", "jun", "jul", "ago", "sept|sep", "oct", "nov", "dic"), 1)
       for abbreviation in abbreviations.split("|") if abbreviation},
}

# Fractions (RAE, Nueva gramática, numerales fraccionarios): the ordinal up to 10, "-avo"
# on the cardinal after (dieciseisavo, treintavo: the cardinal's last vowel merges), and
# centésimo, milésimo.
FRACTIONS: dict[int, tuple[str, str]] = {
    2: ("medio", "medios"), 3: ("tercio", "tercios"), 4: ("cuarto", "cuartos"),
    5: ("quinto", "quintos"), 6: ("sexto", "sextos"), 7: ("séptimo", "séptimos"),
    8: ("octavo", "octavos"), 9: ("noveno", "novenos"), 10: ("décimo", "décimos"),
    **{n: (f"{stem}avo", f"{stem}avos") for n, stem in (
        (11, "once"), (12, "doce"), (13, "trece"), (14, "catorce"), (15, "quince"),
        (16, "dieciseis"), (17, "diecisiete"), (18, "dieciocho"), (19, "diecinueve"),
        (20, "veint"), (30, "treint"), (40, "cuarent"), (50, "cincuent"), (60, "sesent"),
        (70, "setent"), (80, "ochent"), (90, "novent"))},
    100: ("centésimo", "centésimos"), 1000: ("milésimo", "milésimos"),
}
MIXED: dict[int, str] = {2: "medio", 4: "cuarto"}  # "2 1/2" → "dos y medio"

# Currencies by sign or ISO 4217 code, written before or after the amount ("usd 2", "13hkd",
# "1 ₩"): the names of the RAE's Diccionario panhispánico de dudas (apéndice 5, "Países y
# capitales, con sus gentilicios" and its currencies); "q" (quetzal) is left out: "q6h" is a
# dose every six hours.
_CURRENCY_GROUPS: tuple[tuple[str, tuple[str, str, str, str]], ...] = (
    ("$", ("dólar", "dólares", "centavo", "centavos")),
    ("€|EUR|eur", ("euro", "euros", "céntimo", "céntimos")),
    ("£", ("libra", "libras", "penique", "peniques")),
    ("GBP|gbp", ("libra esterlina", "libras esterlinas", "penique", "peniques")),
    ("US$|us$|USD|usd", ("dólar estadounidense", "dólares estadounidenses", "centavo",
                         "centavos")),
    ("MX$|mx$|Mex$|mex$|MXN|mxn", ("peso mexicano", "pesos mexicanos", "centavo", "centavos")),
    ("¥|JPY|jpy", ("yen", "yenes", "centavo", "centavos")),
    ("₩|KRW|krw", ("won", "wones", "centavo", "centavos")),
    ("₡", ("colón", "colones", "céntimo", "céntimos")),
    ("CRC|crc", ("colón costarricense", "colones costarricenses", "céntimo", "céntimos")),
    ("₧|pta|ptas|Pta|Ptas", ("peseta", "pesetas", "céntimo", "céntimos")),
    ("₹|Rs|rs|INR|inr", ("rupia", "rupias", "centavo", "centavos")),
    ("CHF|chf", ("franco suizo", "francos suizos", "céntimo", "céntimos")),
    ("Fr|fr", ("franco", "francos", "céntimo", "céntimos")),
    ("HNL|hnl", ("lempira", "lempiras", "centavo", "centavos")),
    ("kr", ("corona", "coronas", "céntimo", "céntimos")),
    ("mk", ("marco", "marcos", "céntimo", "céntimos")),
    ("GTQ|gtq", ("quetzal", "quetzales", "centavo", "centavos")),
    ("HKD|hkd", ("dólar de Hong Kong", "dólares de Hong Kong", "centavo", "centavos")),
    ("TTD|ttd", ("dólar de Trinidad y Tobago", "dólares de Trinidad y Tobago", "centavo",
                 "centavos")),
    ("BOB|bob|BOP|bop", ("peso boliviano", "pesos bolivianos", "centavo", "centavos")),
    ("AWG|awg", ("florín arubeño", "florines arubeños", "centavo", "centavos")),
    ("R$|r$", ("real", "reales", "centavo", "centavos")),
    ("BRL|brl", ("real brasileño", "reales brasileños", "centavo", "centavos")),
    ("NIO|nio", ("córdoba", "córdobas", "centavo", "centavos")),
    ("PAB|pab", ("balboa", "balboas", "centésimo", "centésimos")),
    ("COP|cop", ("peso colombiano", "pesos colombianos", "centavo", "centavos")),
    ("ARS|ars", ("peso argentino", "pesos argentinos", "centavo", "centavos")),
    ("CLP|clp", ("peso chileno", "pesos chilenos", "centavo", "centavos")),
    ("PEN|pen", ("sol", "soles", "céntimo", "céntimos")),
    ("DOP|dop", ("peso dominicano", "pesos dominicanos", "centavo", "centavos")),
)
CURRENCIES = {sign: names for signs, names in _CURRENCY_GROUPS for sign in signs.split("|")}
CURRENCY_GENDER: dict[str, str] = {
    sign: "f" for sign, names in CURRENCIES.items() if names[0].split()[0].endswith("a")
    and names[0] not in ("lempira", "balboa", "córdoba")}

ROMAN_NOUNS = (
    "Tipo|tipo|Fase|fase|Grado|grado|Estadio|estadio|Etapa|etapa|Clase|clase|Nivel|nivel"
    "|Capítulo|capítulo|Parte|parte|Siglo|siglo"
)

TIMES_FOLLOW = "al|por|cada|a|diarias"

# º/ª after digits, with or without a dot (1.º, 2ª); "er" (1.er, 1er → primer); the short
# endings of the spoken word: 1ra, 2da, 3ra, 4ta → primera, segunda…; 1ro, 2do → primero…
ORDINAL_SUFFIX = (r"(?:\.?(?P<mark>[ºª])|\.?(?P<er>er)|(?P<fem>ra|da|ta|na|va|ma)"
                  r"|ro|do|to|no|vo|mo)")

ARTICLE_AN = r"(?!)"

CARDINAL_FIXES: tuple[tuple[str, str], ...] = (
    (r"\bveintiuno(?= (?:mil|millones|billones)\b)", "veintiún"),
    (r"\buno(?= (?:mil|millones|billones)\b)", "un"),
)
# num2words' Spanish ordinals, spelt as the RAE does: decimoctavo, cuadragésimo,
# cuadringentésimo, septingentésimo, octingentésimo.
ORDINAL_FIXES: tuple[tuple[str, str], ...] = (
    (r"décimo ?(?=[^\W\d_])", "decimo"), (r"decimoo", "decimo"), (r"quadra", "cuadra"),
    (r"cuadrigent", "cuadringent"), (r"septigent", "septingent"), (r"octigent", "octingent"))
# Number agreement before a noun of each gender: "uno" → "un"/"una", "doscientos" → "doscientas".
AGREEMENT: dict[str, tuple[tuple[str, str], ...]] = {
    "m": ((r"veintiuno$", "veintiún"), (r"\buno$", "un")),
    "f": ((r"uno$", "una"), (r"ientos\b", "ientas"), (r"\bmedio$", "media")),
}

# "9.30" after these words is a time of day: "a las 9.30".
HOUR_WORDS = "las|la"
LENGTH_UNITS = "mm|cm|m|km|pulg"
# After a word, "x 7 días" is a course's length: "por siete días"; "8 tabletas/24 h" is so
# many in that span: "en veinticuatro horas".
DURATIONS = "días?|semanas?|mes(?:es)?|horas?|hrs?|h"
SPACE_GROUPS = True  # "10 000": the RAE's thousands separator is a space

READ_YEARS = False  # years are plain numbers: "dos mil veintiséis"

# Web and e-mail addresses are spelled where a label is not a word a voice can say: "abc" →
# "a be ce", "cdf123" → "ce de efe uno dos tres"; these labels, and any of four letters or
# more with a vowel and no three consonants together ("gmail", "nvidia"), are said as words.
LETTER_NAMES: dict[str, str] = {  # RAE, Ortografía (2010): the letters' names
    "a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "efe", "g": "ge", "h": "hache",
    "i": "i", "j": "jota", "k": "ka", "l": "ele", "m": "eme", "n": "ene", "ñ": "eñe", "o": "o",
    "p": "pe", "q": "cu", "r": "erre", "s": "ese", "t": "te", "u": "u", "v": "uve",
    "w": "uve doble", "x": "equis", "y": "ye", "z": "zeta",
}
WEB_WORDS = ("com", "net", "org", "edu", "gob", "gov", "es", "de", "info", "salud")
