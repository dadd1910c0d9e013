"""Latin capitals inside another script, said with the handout's own letters.

espeak-ng switches to its English voice for a Latin word inside Russian, Arabic or Korean
text ("ВОЗ и CDC" → "(en)si:di:si:(ru)"), so a listener hears a second voice mid-sentence.
An abbreviation in Latin capitals ("CDC", "ORS", "W.H.O.") is therefore spelt with each
letter's English name as that script writes it, which is how speakers of these languages say
an English abbreviation ("си-ди-си", "سي دي سي", "씨디씨"). The spellings are ours, from the
letter names; a native reviewer checks them (tests/fixtures/languages/README.txt).
"""

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _names(spelt: str) -> dict[str, str]:
    names = spelt.split()
    assert len(names) == len(ALPHABET)
    return dict(zip(ALPHABET, names, strict=True))


LETTERS: dict[str, dict[str, str]] = {
    # Russian: the English letter names in Cyrillic ("эйч", "дабл-ю"), as "си-ди-си" is
    # said for CDC.
    "ru": _names("эй би си ди и эф джи эйч ай джей кей эл эм эн оу пи кью ар эс ти ю ви "
                 "дабл-ю экс уай зи"),
    # Ukrainian: the same names in Ukrainian spelling (і for English "ee").
    "uk": _names("ей бі сі ді і еф джі ейч ай джей кей ел ем ен оу пі к'ю ар ес ті ю ві "
                 "дабл-ю екс уай зі"),
    # Arabic: the English letter names as Arabic news writing spells them ("سي إن إن" for
    # CNN, "دبليو" for W); B and P share بي, as Arabic has no P.
    "ar": _names("إيه بي سي دي إي إف جي إتش آي جيه كيه إل إم إن أو بي كيو آر إس تي يو في "
                 "دبليو إكس واي زد"),
    # Persian: the English letter names in Persian script ("پی", "دبلیو").
    "fa": _names("ای بی سی دی ای اف جی اچ آی جی کی ال ام ان او پی کیو آر اس تی یو وی "
                 "دبلیو ایکس وای زد"),
    # Korean: the Latin letters' names as Korean dictionaries give them (표준국어대사전:
    # 에이, 비, 씨 … 더블유, 엑스, 와이, 제트).
    "ko": _names("에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 "
                 "티 유 브이 더블유 엑스 와이 제트"),
    # Japanese: the katakana names of the Latin letters as Japanese dictionaries give them
    # (エー, ビー, シー … ダブリュー, エックス, ワイ, ゼット).
    "ja": _names("エー ビー シー ディー イー エフ ジー エイチ アイ ジェー ケー エル エム エヌ "
                 "オー ピー キュー アール エス ティー ユー ブイ ダブリュー エックス ワイ ゼット"),
    # Hindi: the English letter names in Devanagari, as Hindi textbooks of English print
    # them (ए, बी, सी … डब्ल्यू, एक्स, वाई, ज़ेड).
    "hi": _names("ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी "
                 "डब्ल्यू एक्स वाई ज़ेड"),
    # Hebrew: the English letter names in Hebrew script, as Hebrew media write them
    # ("סי-אן-אן" for CNN, "דאבליו").
    "he": _names("איי בי סי די אי אף ג'י אייץ' איי ג'יי קיי אל אם אן או פי קיו אר אס טי יו "
                 "וי דאבליו אקס וואי זי"),
    # Urdu, Punjabi, Bengali: the English letter names as their newspapers spell them in
    # their own scripts ("ڈبلیو ایچ او", "ਡਬਲਯੂ ਐਚ ਓ", "ডাবলিউ এইচ ও" for WHO).
    "ur": _names("اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی "
                 "ڈبلیو ایکس وائی زیڈ"),
    "pa": _names("ਏ ਬੀ ਸੀ ਡੀ ਈ ਐਫ ਜੀ ਐਚ ਆਈ ਜੇ ਕੇ ਐਲ ਐਮ ਐਨ ਓ ਪੀ ਕਿਊ ਆਰ ਐਸ ਟੀ ਯੂ ਵੀ "
                 "ਡਬਲਯੂ ਐਕਸ ਵਾਈ ਜ਼ੈੱਡ"),
    "bn": _names("এ বি সি ডি ই এফ জি এইচ আই জে কে এল এম এন ও পি কিউ আর এস টি ইউ ভি "
                 "ডাবলিউ এক্স ওয়াই জেড"),
}
# Abbreviations said as a word, not letter by letter, and that word as each language writes
# it in news and health-ministry pages: Hebrew קוביד, Arabic كوفيد, Persian کووید, Urdu کووڈ,
# Romanian "covid" (DEX online); UNICEF likewise (יוניסף, يونيسف, یونیسف); the international
# unit of a vitamin dose, IU (Romanian UI), said in full as drug leaflets print it.
AS_WORDS: dict[str, dict[str, str]] = {
    "COVID": {"he": "קוביד", "ar": "كوفيد", "fa": "کووید", "ur": "کووڈ", "ro": "covid"},
    "UNICEF": {"he": "יוניסף", "ar": "يونيسف", "fa": "یونیسف", "ur": "یونیسف", "ro": "Unicef"},
    "IU": {"he": "יחידות בינלאומיות", "ar": "وحدة دولية", "fa": "واحد بین‌المللی",
           "ur": "بین الاقوامی یونٹ", "ro": "unități internaționale"},
    "UI": {"ro": "unități internaționale"},
}
# The joiner between letter names: Korean and Japanese write a spelt abbreviation as one word.
JOINED = frozenset({"ko", "ja"})


def spelt(text: str, primary: str) -> str:
    """Each Latin letter of ``text`` by its name in the language's script, joined as the
    language joins them; any other character kept as it is."""
    names = LETTERS[primary]
    return ("" if primary in JOINED else " ").join(names.get(char, char) for char in text)


# A web address's label that is a transliterated word ("minzdrav", "takzdorovo", "moz") is
# read as that word, written back in Cyrillic, as Russian and Ukrainian speakers say the
# sites ("минздрав точка гов точка ру"); the letter names above are for abbreviations. The
# letters by the national romanisations read backwards (ГОСТ 7.79-2000 for Russian; the
# Cabinet of Ministers' 2010 table for Ukrainian), digraphs first.
TRANSLITERATION: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
           ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("a", "а"), ("b", "б"),
           ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"),
           ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
           ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"),
           ("x", "кс"), ("y", "ы"), ("z", "з")),
    "uk": (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
           ("ya", "я"), ("ia", "я"), ("yu", "ю"), ("iu", "ю"), ("ye", "є"), ("ie", "є"),
           ("yi", "ї"), ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"),
           ("g", "г"), ("h", "г"), ("i", "і"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
           ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"),
           ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "и"), ("z", "з")),
}
# Top-level and common labels as they are said ("точка ру", "точка юа", "гов").
WEB_WORDS: dict[str, dict[str, str]] = {
    "ru": {"ru": "ру", "rf": "эр эф", "su": "су", "ua": "юа", "gov": "гов", "com": "ком",
           "org": "орг", "net": "нет", "info": "инфо", "int": "инт"},
    "uk": {"ua": "юа", "gov": "гов", "com": "ком", "org": "орг", "net": "нет", "info": "інфо",
           "ru": "ру", "int": "інт"},
}

# Where a word of Latin letters and digits ("HbA1c", "B12") is spelt letter by letter in the
# handout's script, its digits a number: "эйч би эй один си", "би двенадцать", as Russian
# and Ukrainian clinicians say them (a Latin word made espeak-ng switch to English).
SPELT_WITH_DIGITS = frozenset({"ru", "uk", "pl"})  # Polish: the letters spaced, "H b A 1 c"
