"""Readings a held-out set of clinic sentences found wrong (issue #21, round 2): doses per
kilogram, fractions of a counter, phone numbers, local clocks, Roman ordinals, agreement
in ranges and after 1½, a slash before a span of time, web hosts in other scripts. Each
expected reading names where it comes from. tests/test_say_languages.py runs them."""

from __future__ import annotations

CLDR_PER = "CLDR's per-unit pattern for the locale, the amount where it puts it"
CHAO = "Chao, A Grammar of Spoken Chinese"
MCGREGOR = "McGregor, Outline of Hindi Grammar, telling the time"
RYDING = "Ryding, A Reference Grammar of Modern Standard Arabic, numerals"
ROSENTAL = "Розенталь, Справочник по правописанию и стилистике"
DUDEN = "Duden, Die Grammatik: ordinals and halb inflect as adjectives"
LETTERS = "Latin letters by the names data/letters.py gives, so the voice keeps its language"
CASES: list[tuple[str, str, str, str]] = [
    # -- a dose per kilogram: the denominator was dropped where CLDR puts it first
    ("zh-Hans", "剂量5 mg/kg。", "剂量每千克五毫克。", CLDR_PER + " (zh: 每{1}{0})"),
    ("zh-Hant", "5 mg/kg", "每公斤五毫克", CLDR_PER + " (zh-Hant: 每{1}{0})"),
    ("ko", "용량은 5 mg/kg입니다.", "용량은 킬로그램당 오밀리그램입니다.",
     CLDR_PER + " (ko: {1}당 {0})"),
    ("ja", "用量は5 mg/kgです。", "用量はキログラムあたり五ミリグラムです。",
     "Japanese: …あたり before the amount (CLDR ja writes only a slash)"),
    # -- a fraction's noun in Chinese and Japanese is its counter, not the rest of the line
    ("ja", "1½錠飲んでください。", "一錠半飲んでください。", "Japanese: 半 after the counter"),
    ("zh-Hans", "1½杯水", "一杯半水", CHAO + ": 半 after the measure word"),
    # -- phone numbers
    ("ja", "電話03-1234-5678へ。", "電話ゼロ三の一二三四の五六七八へ。",
     "NHK Pronunciation and Accent Dictionary: phone digits with ゼロ, groups joined by の"),
    ("ko", "010-1234-5678로 전화", "공 일 공, 일 이 삼 사, 오 육 칠 팔로 전화",
     "Standard Korean Dictionary: 공 for zero in numbers read digit by digit"),
    # -- clocks
    ("zh-Hans", "下午2:30来。", "下午两点三十分来。", CHAO + ": 两点 for two o'clock"),
    ("zh-Hant", "下午2:30來。", "下午兩點三十分來。",
     CHAO + "; in Traditional characters 兩 and 點 (the third held-out set)"),
    ("hi", "2:30 बजे आएँ।", "ढाई बजे आएँ।", MCGREGOR + ": ढाई for half past two"),
    ("hi", "4:15 बजे", "सवा चार बजे", MCGREGOR + ": सवा for a quarter past"),
    ("hi", "4:45 बजे", "पौने पाँच बजे", MCGREGOR + ": पौने, the next hour less a quarter"),
    ("hi", "9:30 बजे", "साढ़े नौ बजे", MCGREGOR + ": साढ़े for half past three and later"),
    # -- counts
    ("ko", "1½알 드세요.", "한 알 반 드세요.",
     "Sohn, The Korean Language: native numbers before the counter 알, 반 after it"),
    ("ar", "انتظر 15 دقيقة.", "انتظر خمس عشرة دقيقة.",
     RYDING + ": 13-19 before a feminine noun, the units opposite, عشرة agreeing"),
    ("ar", "21 دقيقة", "إحدى و عشرون دقيقة", RYDING + ": 21 before a feminine noun: إحدى"),
    ("ar", "تناوله 2-3 مرات يوميا.", "تناوله مرتين إلى ثلاث مرات يوميا.",
     RYDING + ": 2 is the dual alone, مرة counted as an adverb in the accusative"),
    ("ar", "إذا زادت الحرارة عن 38,5 °C اتصل.",
     "إذا زادت الحرارة عن ثمانية و ثلاثين فاصلة خمسة درجة مئوية اتصل.",
     RYDING + ": the tens of a compound number genitive after a preposition"),
    ("ru", "Примите 1 таблетку.", "Примите одну таблетку.",
     ROSENTAL + ": один agrees with its noun in case, the accusative одну"),
    ("uk", "Прийміть 1 таблетку.", "Прийміть одну таблетку.",
     "Правопис 2019: один agrees with its noun, the accusative одну"),
    # -- Roman numerals read as ordinals
    ("ru", "Это II стадия.", "Это вторая стадия.", ROSENTAL + ": Roman figures are ordinals"),
    ("ru", "В XXI веке живут дольше.", "В двадцать первом веке живут дольше.",
     ROSENTAL + ": the ordinal in the case of its noun (prepositional)"),
    ("it", "Nel XXI secolo si vive di più.", "Nel ventunesimo secolo si vive di più.",
     "Serianni, Grammatica italiana: a century in Roman figures is an ordinal"),
    ("ar", "هذه المرحلة II.", "هذه المرحلة الثانية.",
     RYDING + ": an ordinal after its noun, agreeing in gender, with the article"),
    ("ar", "النوع II", "النوع الثاني", RYDING + ": the masculine ordinal after a masculine noun"),
    # -- German ordinals and halves
    ("de", "Am 2. Tag den Verband wechseln.", "Am zweiten Tag den Verband wechseln.",
     DUDEN + " (weak -en after am)"),
    ("de", "an der 2. Stelle", "an der zweiten Stelle", DUDEN + " (dative feminine -en)"),
    ("de", "die 3. Woche", "die dritte Woche", DUDEN + " (-e after die)"),
    ("de", "Trinken Sie ½ Glas Wasser.", "Trinken Sie ein halbes Glas Wasser.",
     DUDEN + " (das Glas, neuter: ein halbes)"),
    ("de", "1–2 Stunden", "ein bis zwei Stunden", "Duden: ein, not eins, before a noun"),
    # -- agreement in ranges and after 1½
    ("pt-BR", "Tome 2-3 vezes ao dia.", "Tome duas a três vezes ao dia.",
     "Cunha & Cintra, Nova Gramática: dois/duas agrees with its noun (a vez)"),
    ("pt-BR", "1-2 horas", "uma a duas horas", "Cunha & Cintra: um/uma agrees (a hora)"),
    ("pt-BR", "Tome 1½ comprimidos.", "Tome um comprimido e meio.",
     "Cunha & Cintra: after 1½ the noun is singular, e meio after it"),
    ("it", "Prenda 1½ compresse.", "Prenda una compressa e mezza.",
     "Serianni: after 1½ the noun is singular and e mezza agrees with it"),
    ("it", "1 bicchiere", "un bicchiere", "Serianni: un before a consonant, uno before s + "
     "consonant or z"),
    ("it", "1 sciroppo", "uno sciroppo", "Serianni: uno before s + consonant"),
    ("fr", "Prenez 1½ comprimés.", "Prenez un comprimé et demi.",
     "Grevisse, Le Bon Usage: et demi after a singular noun"),
    ("fr", "1½ fois", "une fois et demie", "Grevisse: fois is the same in the singular"),
    # -- a slash before a span of time
    ("fr", "Prenez-le 3 fois/jour.", "Prenez-le trois fois par jour.",
     "CLDR fr per pattern: {0} par {1}"),
    ("de", "5 mg/Tag", "fünf Milligramm pro Tag", "CLDR de per pattern: {0} pro {1}"),
    ("ru", "2 раза/день", "два раза в день", "CLDR ru per pattern: {0} в {1}"),
    # -- found by the second held-out set
    ("it", "Chiami il 118.", "Chiami il centodiciotto.",
     "Serianni: cento + diciotto keeps its vowel (num2words wrote centodicotto)"),
    ("ar", "تعال الساعة 8:15.", "تعال الساعة الثامنة و الربع.",
     RYDING + ", telling time: a quarter past is والربع"),
    ("ar", "انتظر 1-2 ساعة.", "انتظر ساعة إلى ساعتين.",
     RYDING + ": 1 is the noun alone, 2 its dual, in a range as alone"),
    ("zh-Hans", "等1-2小时。", "等一至两小时。", CHAO + ": 两 before a measure word, also "
     "at the end of a range"),
    ("ru", "Не более 4 г/день.", "Не более четырёх граммов в день.",
     ROSENTAL + ": г after a number and before a span of time is grams, genitive after более"),
    # -- found by the third held-out set
    ("pl", "Weź 1 tabletkę.", "Weź jedną tabletkę.",
     "Nagórko, Zarys gramatyki polskiej: jeden agrees with its noun, the accusative jedną"),
    ("ro", "Tratamentul durează 20 de zile.", "Tratamentul durează douăzeci de zile.",
     "Gramatica limbii române: 20 and up take de, said once where it is written"),
    ("ro", "Luați de 2-3 ori pe zi.", "Luați de două până la trei ori pe zi.",
     "DOOM: doi is două before a feminine noun (ori), in a range too"),
    # -- found by the fourth held-out set
    ("de", "Siehe S. 3.", "Siehe Seite drei.", "Duden, Abkürzungen: S. for Seite before a number"),
    ("fr", "Voir le chap. 3.", "Voir le chapitre trois.", "Grevisse: chap. for chapitre"),
    ("it", "Vedi pag. 3.", "Vedi pagina tre.", "Serianni: pag. for pagina"),
    ("pt-BR", "Veja a pág. 3.", "Veja a página três.", "Cunha & Cintra: pág. for página"),
    ("ru", "См. с. 3.", "Смотрите страница три.", ROSENTAL + ": с. for страница before a number"),
    ("ar", "بين 10 و 20% من الحالات.", "بين عشرة و عشرين بالمائة من الحالات.",
     RYDING + ": both ends genitive after بين"),
    ("zh-Hans", "室外-5°C。", "室外负五摄氏度。", "Mandarin 负 for a minus sign, written "
     "straight after a character as Chinese writes it"),
    ("ja", "外は-5℃です。", "外は摂氏マイナス五度です。", "Japanese マイナス for a minus sign"),
    # -- web hosts in languages not written in Latin letters
    ("ar", "زر www.moh.gov.sa اليوم.", "زر إم أو إتش نقطة جي أو في نقطة إس إيه اليوم.", LETTERS),
    ("ru", "Подробнее на www.minzdrav.gov.ru сегодня.",
     "Подробнее на эм ай эн зи ди ар эй ви точка джи оу ви точка ар ю сегодня.", LETTERS),
    ("ja", "詳しくはwww.mhlw.go.jpをご覧ください。",
     "詳しくはエムエイチエルダブリュー ドット ジーオー ドット ジェーピーをご覧ください。", LETTERS),
]

