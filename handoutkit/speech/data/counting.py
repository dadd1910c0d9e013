"""Tables for counting in the languages without hand-made ones: the gender of counted nouns
(French, Portuguese), fractions, and the nouns after which a Roman numeral is a number.

The gender lists hold the nouns handouts count (time, doses, kitchen measures, people);
a noun not listed takes its language's ending rule. Sources per table below.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# French: feminine counted nouns (Le Petit Robert's genders). "1 semaine" → "une semaine",
# "21 heures" → "vingt et une heures". Nouns ending in these are feminine too, bar the
# masculine list (Grevisse, Le Bon Usage, on the gender of nouns by ending: -tion, -sion, -té,
# -ette, -ure, -ée).
FR_FEMININE = _words("""
heure heures minute minutes seconde secondes semaine semaines journée journées nuit nuits
année années fois dose doses tasse tasses cuillère cuillères cuillerée cuillerées gorgée
gorgées goutte gouttes pilule pilules gélule gélules capsule capsules personne personnes
bouteille bouteilles boisson boissons prise prises piqûre piqûres compresse compresses
portion portions tranche tranches ampoule ampoules crise crises visite visites étape étapes
fois pomme pommes orange oranges serviette serviettes couche couches femme femmes fille
filles boîte boîtes bouchée bouchées pinte pintes livre livres once onces calorie calories
""")
FR_FEMININE_ENDINGS = ("tion", "tions", "sion", "sions", "té", "tés", "ette", "ettes", "ure",
                       "ures", "ée", "ées")
FR_MASCULINE = _words("lycée lycées musée musées été étés pâté pâtés côté côtés")
FR_FEMININE_FORMS = ((r"\bun$", "une"),)  # "vingt et un" → "vingt et une"

# Portuguese: nouns in -a, -ção, -dade, -agem are feminine, bar these (Cunha & Cintra, Nova
# Gramática do Português Contemporâneo, on gender); "2 horas" → "duas horas", "200
# gramas" stays "duzentos gramas" (grama, the unit, is masculine).
PT_MASCULINE = _words("""
dia dias problema problemas sistema sistemas programa programas mapa mapas clima grama gramas
quilograma quilogramas miligrama miligramas micrograma microgramas tema temas pijama
pijamas
""")
PT_FEMININE = _words("vez vezes mulher mulheres colher colheres dor dores noite noites "
                        "pessoa pessoas")
PT_FEMININE_ENDINGS = ("a", "as", "ção", "ções", "dade", "dades", "agem", "agens")
PT_FEMININE_FORMS = ((r"\bum$", "uma"), (r"\bdois$", "duas"),
                     (r"(duz|trez|quatroc|quinh|seisc|setec|oitoc|novec)entos\b", r"\1entas"))

# Fractions said in words: (numerator, denominator) → words; a fraction not listed is read
# "numerator OVER denominator". French: Grevisse (un demi, un tiers, un quart);
# Portuguese: Cunha & Cintra (numerais fracionários); Italian, German, Russian,
# Vietnamese, Korean, Japanese, Arabic and Kreyòl from their grammars' fraction tables.
FRACTIONS: dict[str, dict[tuple[int, int], str]] = {
    "fr": {(1, 2): "un demi", (1, 3): "un tiers", (2, 3): "deux tiers", (1, 4): "un quart",
           (3, 4): "trois quarts", (1, 8): "un huitième"},
    "pt": {(1, 2): "meio", (1, 3): "um terço", (2, 3): "dois terços", (1, 4): "um quarto",
           (3, 4): "três quartos", (1, 8): "um oitavo"},
    "it": {(1, 2): "mezzo", (1, 3): "un terzo", (2, 3): "due terzi", (1, 4): "un quarto",
           (3, 4): "tre quarti", (1, 8): "un ottavo"},
    "de": {(1, 2): "ein halb", (1, 3): "ein Drittel", (2, 3): "zwei Drittel",
           (1, 4): "ein Viertel", (3, 4): "drei Viertel", (1, 8): "ein Achtel"},
    "ru": {(1, 2): "половина", (1, 3): "треть", (2, 3): "две трети",
           (1, 4): "четверть", (3, 4): "три четверти", (1, 8): "одна восьмая"},
    "uk": {(1, 2): "половина", (1, 3): "одна третина", (2, 3): "дві третини",
           (1, 4): "чверть", (3, 4): "три чверті", (1, 8): "одна восьма"},
    "vi": {(1, 2): "một nửa", (1, 3): "một phần ba", (2, 3): "hai phần ba",
           (1, 4): "một phần tư", (3, 4): "ba phần tư", (1, 8): "một phần tám"},
    "ar": {(1, 2): "نصف", (1, 3): "ثلث", (2, 3): "ثلثان", (1, 4): "ربع",
           (3, 4): "ثلاثة أرباع", (1, 8): "ثمن"},
    "ko": {(1, 2): "반", (1, 3): "삼분의 일", (2, 3): "삼분의 이", (1, 4): "사분의 일",
           (3, 4): "사분의 삼", (1, 8): "팔분의 일"},
    "ja": {(1, 2): "半分", (1, 3): "三分の一", (2, 3): "三分の二", (1, 4): "四分の一",
           (3, 4): "四分の三", (1, 8): "八分の一"},
    "ht": {(1, 2): "mwatye", (1, 3): "yon tyè", (2, 3): "de tyè", (1, 4): "yon ka",
           (3, 4): "twa ka", (1, 8): "yon uityèm"},
    "pl": {(1, 2): "pół", (1, 3): "jedna trzecia", (2, 3): "dwie trzecie", (1, 4): "ćwierć",
           (3, 4): "trzy czwarte", (1, 8): "jedna ósma"},
    "fa": {(1, 2): "نیم", (1, 3): "یک سوم", (2, 3): "دو سوم", (1, 4): "یک چهارم",
           (3, 4): "سه چهارم", (1, 8): "یک هشتم"},
    "he": {(1, 2): "חצי", (1, 3): "שליש", (2, 3): "שני שלישים", (1, 4): "רבע",
           (3, 4): "שלושה רבעים", (1, 8): "שמינית"},
    "tr": {(1, 2): "yarım", (1, 3): "üçte bir", (2, 3): "üçte iki", (1, 4): "çeyrek",
           (3, 4): "dörtte üç", (1, 8): "sekizde bir"},
    "nl": {(1, 2): "een half", (1, 3): "een derde", (2, 3): "twee derde", (1, 4): "een kwart",
           (3, 4): "drie kwart", (1, 8): "een achtste"},
    "hi": {(1, 2): "आधा", (1, 3): "एक तिहाई", (2, 3): "दो तिहाई", (1, 4): "एक चौथाई",
           (3, 4): "तीन चौथाई", (1, 8): "एक बटा आठ"},
    "ur": {(1, 2): "آدھا", (1, 3): "ایک تہائی", (2, 3): "دو تہائی", (1, 4): "ایک چوتھائی",
           (3, 4): "تین چوتھائی", (1, 8): "ایک بٹا آٹھ"},
    "pa": {(1, 2): "ਅੱਧਾ", (1, 3): "ਇੱਕ ਤਿਹਾਈ", (2, 3): "ਦੋ ਤਿਹਾਈ", (1, 4): "ਇੱਕ ਚੌਥਾਈ",
           (3, 4): "ਤਿੰਨ ਚੌਥਾਈ", (1, 8): "ਇੱਕ ਬਟਾ ਅੱਠ"},
    "bn": {(1, 2): "অর্ধেক", (1, 3): "এক তৃতীয়াংশ", (2, 3): "দুই তৃতীয়াংশ",
           (1, 4): "এক চতুর্থাংশ", (3, 4): "তিন চতুর্থাংশ", (1, 8): "এক অষ্টমাংশ"},
    "ro": {(1, 2): "o jumătate", (1, 3): "o treime", (2, 3): "două treimi", (1, 4): "un sfert",
           (3, 4): "trei sferturi", (1, 8): "o optime"},
}
# A fraction before the noun it measures, in the construct state: Hebrew "שלושה רבעי כוס"
# (Glinert, on the construct), Arabic "ثلثي الجرعة" (Ryding: the dual in construct, here
# the object or after a preposition, as a handout has it).
FRACTION_CONSTRUCT: dict[str, dict[tuple[int, int], str]] = {
    "he": {(3, 4): "שלושה רבעי", (2, 3): "שני שלישי"}, "ar": {(2, 3): "ثلثي"},
}
# A half before a counted noun: French "une demi-tasse", Portuguese "meia xícara", Italian
# "mezza tazza", Russian "пол стакана", Vietnamese "nửa cốc", Arabic "نصف كوب", Korean "반
# 컵", Kreyòl "mwatye tas"; {noun} is the noun as written, {f} is "e"/"a" for feminines.
# Hindi, Urdu, Punjabi: nouns in -ī are mostly feminine (McGregor, Outline of Hindi
# Grammar, gender; Schmidt, Urdu), so a half before them is आधी: the feminine nouns a dose
# counts that do not end so, and the ending. Below, the masculine nouns in -ī among them.
INDIC_FEMININE: dict[str, tuple[frozenset[str], str]] = {
    "hi": (frozenset({"खुराक", "दवा", "बूँद", "बूंद", "चम्मच", "टिकिया", "कैप्सूल"}), "ी"),
    "ur": (frozenset({"خوراک", "دوا", "بوند", "چمچ", "ٹکیہ"}), "ی"),
    "pa": (frozenset({"ਖੁਰਾਕ", "ਦਵਾਈ", "ਬੂੰਦ", "ਚਮਚ"}), "ੀ"),
}
INDIC_MASCULINE_IN_I = frozenset({"पानी", "दही", "घी", "आदमी", "हाथी", "मोती", "پانی", "دہی",
                                  "گھی", "آدمی", "ਪਾਣੀ", "ਆਦਮੀ"})
# Hebrew: a plural in -ים is masculine and one in -ות feminine, a singular in -ה or -ת
# feminine (Glinert, Modern Hebrew: An Essential Grammar, gender); these are the exceptions
# a handout counts. After 1 a noun is singular: only these are counted ("כדור אחד").
HE_MASCULINE = frozenset({"שבועות", "לילות", "מקומות", "חלומות", "קולות", "בית", "זית", "זוגות",
                          "מוסדות", "דורות", "כוחות", "מקורות", "חלונות", "שולחנות", "רחובות",
                          "פירות", "ירקות", "תינוקות", "אבות", "עופות", "חובות"})
HE_FEMININE = frozenset({"שנים", "נשים", "ביצים", "כוס", "פעם", "פעמים", "עין", "רגל", "יד", "כף",
                         "ערים", "אבנים", "שיניים", "רגליים", "ידיים", "עיניים", "אוזניים",
                         "ציפורים", "עיר", "שן", "אוזן"})
# The singular of a plural a handout measures, for "1½ כוסות" → "כוס וחצי" (Glinert).
HE_SINGULAR_OF = {"כוסות": "כוס", "כפיות": "כפית", "כדורים": "כדור", "טבליות": "טבליה",
                  "שעות": "שעה", "ימים": "יום", "שבועות": "שבוע", "חודשים": "חודש",
                  "דקות": "דקה", "ליטרים": "ליטר", "כפות": "כף", "קפסולות": "קפסולה",
                  "מעלות": "מעלה"}
# Hebrew nouns of time with a dual, said for two alone (Glinert, on the dual): "2 ימים" is
# "יומיים", "1-2 פעמים" is "פעם עד פעמיים"; the singular for one.
HE_DUALS = {"ימים": ("יום", "יומיים"), "פעמים": ("פעם", "פעמיים"), "שבועות": ("שבוע", "שבועיים"),
            "חודשים": ("חודש", "חודשיים"), "שנים": ("שנה", "שנתיים"), "שעות": ("שעה", "שעתיים")}
# The singular of a Romanian plural a handout measures, for "1½ comprimate" → "un comprimat
# și jumătate" (DOOM: one and a half counts the singular).
RO_SINGULAR_OF = {"comprimate": "comprimat", "pahare": "pahar", "ore": "oră", "linguri": "lingură",
                  "lingurițe": "linguriță", "căni": "cană", "capsule": "capsulă",
                  "plicuri": "plic", "tablete": "tabletă", "doze": "doză", "zile": "zi",
                  "luni": "lună", "săptămâni": "săptămână", "ani": "an", "litri": "litru"}
# Plurals a handout counts, known also with the article: "2 השבועות" is "שני השבועות", the
# number in its construct form before a definite noun (Glinert, on numerals).
HE_COUNTED = frozenset({*HE_SINGULAR_OF, "מנות", "פעמים", "שנים", "ילדים", "לילות", "ביקורים",
                        "זריקות", "טיפות", "שקיות"})
HE_SINGULAR = frozenset({"כדור", "טבליה", "טבלית", "כוס", "כפית", "כף", "יום", "שבוע", "חודש",
                         "שעה", "דקה", "פעם", "קפסולה", "מנה", "טיפה", "שנה", "לילה", "ביקור",
                         "שקית", "כמוסה", "משאף", "זריקה", "מזרק"})
# German neuter nouns a handout measures with (Duden): "ein halbes Glas", not "halber".
DE_NEUTER = frozenset({"glas", "stück", "mal", "jahr", "paket", "päckchen", "fläschchen",
                       "wasser", "brot", "ei", "pflaster", "kind", "medikament", "mittel",
                       "rezept", "gespräch"})
# German masculine nouns in -en, which the rule for -e/-en (die Stunde, die Tabletten) would
# take for feminine: "ein Tropfen", "einen Tropfen" (Duden, Die Grammatik: gender of nouns
# in -en).
DE_MASCULINE = frozenset({"tropfen", "magen", "husten", "schnupfen", "rücken", "bissen",
                          "knochen", "schaden", "hals", "löffel", "beutel", "becher",
                          "hub", "sprühstoß", "tag", "monat"})
# Romanian neuter plurals in -e, masculine in the singular ("un comprimat"): the rest in -e
# after a number are feminine ("ore", "doze"); a neuter's 21 is "douăzeci și unu".
RO_NEUTER_E = frozenset({"comprimate", "pahare", "minute", "grame", "miligrame", "kilograme",
                         "supozitoare", "flacoane", "pliculețe", "procente"})
# Italian plurals a dose counts, and their singular after 1 (Serianni).
IT_SINGULAR = {"compresse": "compressa", "capsule": "capsula", "bustine": "bustina",
               "ore": "ora", "settimane": "settimana", "gocce": "goccia", "fiale": "fiala",
               "pastiglie": "pastiglia", "tazze": "tazza", "dosi": "dose", "litri": "litro",
               "bicchieri": "bicchiere", "cucchiai": "cucchiaio", "cucchiaini": "cucchiaino",
               "giorni": "giorno", "mesi": "mese", "anni": "anno", "minuti": "minuto",
               "volte": "volta"}
# French nouns in -s or -x the same in the singular (Grevisse).
FR_INVARIABLE = frozenset({"fois", "mois", "repas", "poids", "cas", "jus", "bras", "dos"})
HALF_NOUN: dict[str, tuple[str, str]] = {  # masculine, feminine
    "fr": ("un demi-{noun}", "une demi-{noun}"), "pt": ("meio {noun}", "meia {noun}"),
    "it": ("mezzo {noun}", "mezza {noun}"), "de": ("ein halber {noun}", "eine halbe {noun}"),
    "ru": ("пол {noun}", "пол {noun}"), "uk": ("пів {noun}", "пів {noun}"),
    "vi": ("nửa {noun}", "nửa {noun}"), "ar": ("نصف {noun}", "نصف {noun}"),
    "ko": ("반 {noun}", "반 {noun}"), "ht": ("mwatye {noun}", "mwatye {noun}"),
    "zh": ("半{noun}", "半{noun}"), "ja": ("半{noun}", "半{noun}"),
    "pl": ("pół {noun}", "pół {noun}"), "fa": ("نیم {noun}", "نیم {noun}"),
    "he": ("חצי {noun}", "חצי {noun}"), "tr": ("yarım {noun}", "yarım {noun}"),
    "nl": ("een halve {noun}", "een halve {noun}"), "hi": ("आधा {noun}", "आधी {noun}"),
    "ur": ("آدھا {noun}", "آدھی {noun}"), "pa": ("ਅੱਧਾ {noun}", "ਅੱਧੀ {noun}"),
    "bn": ("আধা {noun}", "আধা {noun}"),
    "ro": ("o jumătate de {noun}", "o jumătate de {noun}"),
}
# A whole and a half with a noun: French "huit heures et demie", Portuguese "oito horas e
# meia", Italian "otto ore e mezza", Russian "восемь с половиной часов" (the noun's form
# after the whole number), Korean "여덟 시간 반".
AND_A_HALF: dict[str, tuple[str, str]] = {  # masculine, feminine; {whole} {noun}
    "fr": ("{whole} {noun} et demi", "{whole} {noun} et demie"),
    "pt": ("{whole} {noun} e meio", "{whole} {noun} e meia"),
    "it": ("{whole} {noun} e mezzo", "{whole} {noun} e mezza"),
    "ru": ("{whole} с половиной {noun}", "{whole} с половиной {noun}"),
    "uk": ("{whole} з половиною {noun}", "{whole} з половиною {noun}"),
    "ko": ("{whole} {noun} 반", "{whole} {noun} 반"),
    "vi": ("{whole} {noun} rưỡi", "{whole} {noun} rưỡi"),
    "ht": ("{whole} {noun} edmi", "{whole} {noun} edmi"),
    "pl": ("{whole} i pół {noun}", "{whole} i pół {noun}"),
    "de": ("{whole}einhalb {noun}", "{whole}einhalb {noun}"),
    "fa": ("{whole} {noun} و نیم", "{whole} {noun} و نیم"),
    "he": ("{whole} {noun} וחצי", "{whole} {noun} וחצי"),
    "tr": ("{whole} buçuk {noun}", "{whole} buçuk {noun}"),
    "nl": ("{whole}enhalf {noun}", "{whole}enhalf {noun}"),
    "ro": ("{whole} {noun} și jumătate", "{whole} {noun} și jumătate"),
    "hi": ("साढ़े {whole} {noun}", "साढ़े {whole} {noun}"),
    "ur": ("ساڑھے {whole} {noun}", "ساڑھے {whole} {noun}"),
    "pa": ("ਸਾਢੇ {whole} {noun}", "ਸਾਢੇ {whole} {noun}"),
    "bn": ("সাড়ে {whole} {noun}", "সাড়ে {whole} {noun}"),
}
# One and a half with a noun: Russian "полтора часа", "полторы минуты" (the genitive
# singular after it; Розенталь, on полтора), Ukrainian "півтора", "півтори".
ONE_AND_A_HALF: dict[str, tuple[str, str]] = {"ru": ("полтора", "полторы"),
                                              "uk": ("півтора", "півтори"),
                                              "pl": ("półtora", "półtorej"),
                                              "de": ("eineinhalb", "eineinhalb")}
# One and a half, two and a half: words of their own (McGregor: डेढ़, ढाई; Schmidt: ڈیڑھ,
# ڈھائی; Bhatia: ਡੇਢ, ਢਾਈ; Thompson, Bengali: দেড়, আড়াই).
HALVES: dict[str, tuple[str, str]] = {"hi": ("डेढ़", "ढाई"), "ur": ("ڈیڑھ", "ڈھائی"),
                                      "pa": ("ਡੇਢ", "ਢਾਈ"), "bn": ("দেড়", "আড়াই")}
# Mandarin nouns counted with 个 before 半: "八个半小时" (Chao, A Grammar of Spoken Chinese).
ZH_GE_NOUNS = ("小时", "小時", "月", "星期", "钟头", "鐘頭")
# Between a whole number and a fraction with no noun: "deux et demi", "dois e meio", 二又
# 二分之一, 2と2分の1.
AND: dict[str, str] = {
    "fr": "et", "pt": "e", "it": "e", "de": "und", "ru": "и", "uk": "і", "vi": "và",
    "ar": "و", "ko": "와", "ht": "ak", "pl": "i", "zh": "又", "ja": "と", "fa": "و",
    "he": "ו", "tr": "tam", "nl": "en", "ro": "și", "hi": "और", "ur": "اور", "pa": "ਅਤੇ",
    "bn": "এবং",
}
# Unit per unit ("μg/dL", "mL/kg") is CLDR's own "per" pattern ("2 microgrammes par
# décilitre"); where CLDR writes a slash there ("2 микрограмма/децилитр"), this word is said
# before the second unit, in its singular: "на децилитр", "لكل ديسيلتر".
PER: dict[str, str] = {
    "ru": "на", "uk": "на", "pl": "na", "ar": "لكل", "vi": "trên", "ko": "당", "zh": "每",
    "ja": "あたり", "ht": "pa", "fa": "در", "he": "לכל", "tr": "başına", "hi": "प्रति",
    "ur": "فی", "pa": "ਪ੍ਰਤੀ", "bn": "প্রতি",
}
# The nouns after which a Roman numeral is a number: "stade II" → "stade deux".
ROMAN_NOUNS: dict[str, str] = {
    "fr": "stade|type|phase|grade|classe|niveau|partie|chapitre|étape",
    "pt": "estágio|estádio|tipo|fase|grau|classe|nível|parte|capítulo|etapa",
    "it": "stadio|tipo|fase|grado|classe|livello|parte|capitolo",
    "de": "Stadium|Typ|Phase|Grad|Klasse|Stufe|Teil|Kapitel",
    "vi": "giai đoạn|loại|độ|cấp|phần|chương|týp",
    "ht": "etap|tip|faz|klas|nivo|pati",
    "ro": "stadiul|stadiu|tipul|tip|gradul|grad|faza|clasa|partea|capitolul|etapa",
    "fa": "مرحلهٔ|مرحله|نوع|درجهٔ|درجه|فاز|کلاس|بخش|فصل",
    "he": "[בלהומכש]{0,2}(?:שלב|סוג|דרגה|דרגת|פרק|חלק)",  # with a prefix: "בשלב IV"
    "hi": "चरण|टाइप|स्टेज|प्रकार|ग्रेड|श्रेणी|भाग|अध्याय",
    "ur": "مرحلہ|ٹائپ|اسٹیج|سٹیج|قسم|درجہ|حصہ|باب",
    "pa": "ਸਟੇਜ|ਟਾਈਪ|ਪੜਾਅ|ਕਿਸਮ|ਦਰਜਾ|ਭਾਗ",
    "bn": "স্টেজ|টাইপ|ধাপ|পর্যায়|গ্রেড|ভাগ|অধ্যায়",
    "ja": "ステージ|タイプ|グレード",
}
# Where the Roman numeral comes before its noun and is read as an ordinal agreeing with it,
# noun → (gender, case): Russian "диабет II типа" → "диабет второго типа", "II стадия" →
# "вторая стадия", "в XXI веке" → "в двадцать первом веке" (Розенталь, Справочник по
# правописанию и стилистике, on ordinal numerals written in Roman figures).
RU_ROMAN_BEFORE = {
    "типа": ("m", "genitive"), "степени": ("f", "genitive"), "стадии": ("f", "genitive"),
    "группы": ("f", "genitive"), "класса": ("m", "genitive"), "века": ("m", "genitive"),
    "тип": ("m", "nominative"), "степень": ("f", "nominative"), "стадия": ("f", "nominative"),
    "группа": ("f", "nominative"), "класс": ("m", "nominative"), "век": ("m", "nominative"),
    "веке": ("m", "prepositional"), "стадию": ("f", "accusative"), "группу": ("f", "accusative"),
    "триместр": ("m", "nominative"), "триместра": ("m", "genitive"),
    "триместре": ("m", "prepositional"), "стадией": ("f", "instrumental"),
}
# The same in Ukrainian (Правопис 2019, § 38: Roman figures are ordinals) and Polish (PWN:
# "II trymestr", "w III trymestrze"); a feminine genitive after у, в, на, при is the
# locative of the same spelling ("у II стадії" → "у другій стадії").
UK_ROMAN_BEFORE = {
    "стадія": ("f", "nominative"), "стадії": ("f", "genitive"), "стадію": ("f", "accusative"),
    "тип": ("m", "nominative"), "ступінь": ("m", "nominative"), "ступеня": ("m", "genitive"),
    "триместр": ("m", "nominative"), "триместру": ("m", "genitive"),
    "триместрі": ("m", "locative"), "група": ("f", "nominative"), "групи": ("f", "genitive"),
    "клас": ("m", "nominative"), "класу": ("m", "genitive"), "століття": ("n", "nominative"),
    "столітті": ("n", "locative"),
}
PL_ROMAN_BEFORE = {
    "trymestr": ("m", "nominative"), "trymestru": ("m", "genitive"),
    "trymestrze": ("m", "locative"), "stopień": ("m", "nominative"),
    "stopnia": ("m", "genitive"), "faza": ("f", "nominative"), "fazie": ("f", "locative"),
    "wiek": ("m", "nominative"), "wieku": ("m", "locative"), "klasa": ("f", "nominative"),
    "stopniu": ("m", "locative"), "stopniem": ("m", "instrumental"),
    "klasy": ("f", "genitive"), "klasie": ("f", "locative"), "fazy": ("f", "genitive"),
}
# Polish nouns before a Roman numeral that is an ordinal agreeing with them, after them
# (PWN: "stopień drugi", "faza trzecia", "stadium czwarte"); typu, stopnia, grupy, klasy
# are say_ordinals.PL_AFTER's.
PL_ROMAN_AFTER = {
    "stadium": ("n", "nominative"), "typ": ("m", "nominative"), "faza": ("f", "nominative"),
    "fazie": ("f", "locative"), "stopień": ("m", "nominative"), "stopniu": ("m", "locative"),
    "klasa": ("f", "nominative"), "część": ("f", "nominative"),
}
# Italian: a Roman numeral before its noun is an ordinal agreeing with it ("XXI secolo" →
# "ventunesimo secolo", "II stadio" → "secondo stadio", "III fase" → "terza fase"; Serianni,
# Grammatica italiana, on ordinals in Roman figures); noun → gender.
IT_ROMAN_BEFORE = {"secolo": "m", "millennio": "m", "stadio": "m", "grado": "m", "tipo": "m",
                   "livello": "m", "capitolo": "m", "fase": "f", "classe": "f", "parte": "f"}
# Arabic: a Roman numeral after these nouns is an ordinal agreeing in gender, with the
# article ("المرحلة II" → "المرحلة الثانية"; Ryding, ordinal numerals).
AR_ROMAN_AFTER = {"المرحلة": "f", "الدرجة": "f", "الفئة": "f", "النوع": "m", "المستوى": "m",
                  "الجزء": "m", "الفصل": "m", "الصنف": "m"}
# ... and digits after these, where the phrase ends there or goes on with من, في, على, بعد, قبل
# ("في اليوم 2." → "في اليوم الثاني", "الشهر 3 من الحمل" → "الشهر الثالث"; "في اليوم 2 مرات"
# and "الجرعة 10 ملغ" stay counts).
AR_ORDINAL_AFTER = {"اليوم": "m", "الأسبوع": "m", "الشهر": "m", "العام": "m", "الجرعة": "f",
                    "الزيارة": "f", "السنة": "f", "الليلة": "f", "الطابق": "m",
                    "الخطوة": "f", "الصفحة": "f", "القرن": "m",
                    **AR_ROMAN_AFTER}
# Hindi, Urdu, Punjabi and Bengali: a Roman numeral before the noun of a stage or a type is
# its ordinal ("रोग की II अवस्था" → "दूसरी अवस्था", "II مرحلہ" → "دوسرا مرحلہ", "II পর্যায়" →
# "দ্বিতীয় পর্যায়"), agreeing as an adjective in -ā: feminine in -ī, masculine oblique in -e
# before a postposition ("दूसरे चरण में"; McGregor, Outline of Hindi Grammar; Schmidt, Urdu;
# Bhatia, Punjabi; Thompson, Bengali, whose Sanskrit ordinals do not agree).
INDIC_ORDINALS: dict[str, dict[int, tuple[str, str, str]]] = {  # masculine, feminine,
    "hi": {1: ("पहला", "पहली", "पहले"), 2: ("दूसरा", "दूसरी", "दूसरे"),  # oblique
           3: ("तीसरा", "तीसरी", "तीसरे"), 4: ("चौथा", "चौथी", "चौथे"), 6: ("छठा", "छठी", "छठे")},
    "ur": {1: ("پہلا", "پہلی", "پہلے"), 2: ("دوسرا", "دوسری", "دوسرے"),
           3: ("تیسرا", "تیسری", "تیسرے"), 4: ("چوتھا", "چوتھی", "چوتھے"),
           6: ("چھٹا", "چھٹی", "چھٹے")},
    "pa": {1: ("ਪਹਿਲਾ", "ਪਹਿਲੀ", "ਪਹਿਲੇ"), 2: ("ਦੂਜਾ", "ਦੂਜੀ", "ਦੂਜੇ"), 3: ("ਤੀਜਾ", "ਤੀਜੀ", "ਤੀਜੇ"),
           4: ("ਚੌਥਾ", "ਚੌਥੀ", "ਚੌਥੇ")},
    "bn": {1: ("প্রথম",) * 3, 2: ("দ্বিতীয়",) * 3, 3: ("তৃতীয়",) * 3, 4: ("চতুর্থ",) * 3},
}
# ... and written as the digit and the word's last letters ("2रा", "2री", "2रे"), each form
# with its own (say_ordinals.py reads them).
INDIC_ORDINAL_ENDINGS: dict[str, dict[int, tuple[str, str, str]]] = {
    "hi": {1: ("ला", "ली", "ले"), 2: ("रा", "री", "रे"), 3: ("रा", "री", "रे"),
           4: ("था", "थी", "थे"), 6: ("ठा", "ठी", "ठे")},
    "ur": {1: ("لا", "لی", "لے"), 2: ("را", "ری", "رے"), 3: ("را", "ری", "رے"),
           4: ("تھا", "تھی", "تھے"), 6: ("ٹا", "ٹی", "ٹے")},
    "pa": {1: ("ਲਾ", "ਲੀ", "ਲੇ"), 2: ("ਜਾ", "ਜੀ", "ਜੇ"), 3: ("ਜਾ", "ਜੀ", "ਜੇ"), 4: ("ਥਾ", "ਥੀ", "ਥੇ")},
}
INDIC_ROMAN_BEFORE: dict[str, dict[str, str]] = {  # noun → gender
    "hi": {"अवस्था": "f", "स्टेज": "f", "श्रेणी": "f", "डिग्री": "f", "तिमाही": "f",
           "चरण": "m", "प्रकार": "m", "ग्रेड": "m", "टाइप": "m", "भाग": "m", "अध्याय": "m"},
    "ur": {"مرحلہ": "m", "مرحلے": "m", "اسٹیج": "f", "سٹیج": "f", "قسم": "f", "درجہ": "m",
           "درجے": "m", "حصہ": "m", "حصے": "m", "ٹائپ": "m"},
    "pa": {"ਸਟੇਜ": "f", "ਕਿਸਮ": "f", "ਪੜਾਅ": "m", "ਦਰਜਾ": "m", "ਦਰਜੇ": "m", "ਭਾਗ": "m",
           "ਟਾਈਪ": "m"},
    "bn": {"পর্যায়": "m", "পর্যায়ে": "m", "স্টেজ": "m", "ধাপ": "m", "ধাপে": "m", "টাইপ": "m",
           "গ্রেড": "m", "ভাগ": "m", "অধ্যায়": "m"},
}
INDIC_POSTPOSITIONS = {"hi": "में|से|का|की|के|को|पर|तक", "ur": "میں|سے|کا|کی|کے|کو|پر|تک",
                       "pa": "ਵਿੱਚ|ਵਿਚ|ਤੋਂ|ਦਾ|ਦੀ|ਦੇ|ਨੂੰ|ਤੇ|ਤੱਕ", "bn": "(?!)"}
# Counters after which a Roman numeral is a number in Chinese, Japanese, Korean: II期 → 2期.
CJK_ROMAN_COUNTERS = "期|型|度|级|級|기|형|단계"
