"""Numbers, units, dates and times said in the languages without hand-made tables
(speech/say_generic.py): a table of cases per language, each expected reading checked by
its sense in that language, and the limits of what CLDR and num2words say left out."""

from __future__ import annotations

import pytest

from handoutkit.speech.normalize import normalize, unknown_terms

CASES: dict[str, list[tuple[str, str]]] = {
    "vi": [
        ("Uống 2 L mỗi ngày.", "Uống hai lít mỗi ngày."),
        ("Thân nhiệt 40 °C.", "Thân nhiệt bốn mươi độ C."),
        ("sau 30 phút", "sau ba mươi phút"),
        ("10%", "mười phần trăm"),
        ("1,5 mg", "một phẩy năm miligam"),
        ("2026-11-20", "hai mươi tháng mười một, hai nghìn không trăm hai mươi sáu"),
        ("lúc 9:30", "lúc chín giờ ba mươi phút"),
        ("2-3 L", "hai đến ba lít"),
        ("Gọi 911.", "Gọi chín một một."),
        ("năm 2005, 2015", "năm hai nghìn không trăm lẻ năm, hai nghìn không trăm mười lăm"),
    ],
    "ar": [
        ("40 °C", "أربعون درجة مئوية"),
        ("30 دقيقة", "ثلاثون دقيقة"),
        ("10%", "عشرة بالمائة"),
        ("1,5 mg", "واحد فاصلة خمسة مليغرام"),
        ("2026-11-20", "عشرون نوفمبر ألفان و ستة و عشرون"),
        ("اتصل بـ 911", "اتصل بـ تسعة واحد واحد"),
    ],
    "ru": [
        ("Пейте 2 л в день.", "Пейте два литра в день."),
        ("40 °C", "сорок градусов Цельсия"),
        ("через 30 минут", "через тридцать минут"),
        ("2 мин", "две минуты"),
        ("21 мин", "двадцать одна минута"),
        ("10%", "десять процентов"),
        ("1,5 мг", "одна целая пять десятых миллиграмма"),
        ("2-3 л", "два – три литра"),
        ("-5 °C", "минус пять градусов Цельсия"),
        ("в 9:30", "в девять часов тридцать минут"),
        ("Звоните 911", "Звоните девять один один"),
    ],
    "ko": [
        ("40 °C", "섭씨 사십도"),
        ("30분 후", "삼십분 후"),
        ("10%", "십 퍼센트"),
        ("1.5 mg", "일 점 오밀리그램"),
        ("2026-11-20", "이천이십육년 십일월 이십일"),
        ("9:30에", "아홉 시 삼십분에"),
        ("911에 전화", "구 일 일에 전화"),
    ],
    "fr": [
        ("Buvez 2 L par jour.", "Buvez deux litres par jour."),
        ("40 °C (104 °F)", "quarante degrés Celsius (cent quatre degrés Fahrenheit)"),
        ("après 30 minutes", "après trente minutes"),
        ("1 h", "une heure"),
        ("10 %", "dix pour cent"),
        ("1,5 mg", "un virgule cinq milligramme"),
        ("2026-11-20", "vingt novembre deux mille vingt-six"),
        ("2-3 L", "deux à trois litres"),
    ],
    "pt-BR": [
        ("Beba 2 L por dia.", "Beba dois litros por dia."),
        ("40 °C", "quarenta graus Celsius"),
        ("depois de 30 minutos", "depois de trinta minutos"),
        ("2 h", "duas horas"),
        ("10%", "dez por cento"),
        ("1,5 mg", "um vírgula cinco miligrama"),
        ("2026-11-20", "vinte de novembro de dois mil e vinte e seis"),
        ("1.200 mg", "mil e duzentos miligramas"),
    ],
    "pl": [
        ("Pij 2 L dziennie.", "Pij dwa litry dziennie."),
        ("40 °C", "czterdzieści stopni Celsjusza"),
        ("30 min", "trzydzieści minut"),
        ("2 h", "dwie godziny"),
        ("10%", "dziesięć procent"),
        ("1,5 mg", "jeden przecinek pięć miligrama"),
    ],
    "zh-Hans": [
        ("每天2升", "每天两升"),
        ("每天大约喝2升水。", "每天大约喝两升水。"),
        ("40 °C", "四十摄氏度"),
        ("30分钟后", "三十分钟后"),
        ("10%", "百分之十"),
        ("1.5 mg", "一点五毫克"),
        ("2026-11-20", "二零二六年十一月二十日"),
        ("9:30", "九点三十分"),
        ("请拨打911", "请拨打九一一"),
    ],
    "zh-Hant": [("每天大約2公升", "每天大約兩公升"), ("40 °C", "攝氏四十度")],
}


@pytest.mark.parametrize(("lang", "written", "spoken"),
                         [(lang, w, s) for lang, cases in CASES.items() for w, s in cases])
def test_each_language_says_its_numbers_units_and_dates(lang: str, written: str,
                                                        spoken: str) -> None:
    assert normalize(written, lang) == spoken


def test_a_language_num2words_does_not_know_keeps_its_digits_for_the_voice() -> None:
    # Tagalog: no number words to give (and no offline voice to read them)
    assert normalize("Uminom ng 2 L araw-araw.", "tl") == "Uminom ng 2 L araw-araw."


# Haitian Creole: espeak-ng's own reading of digits is wrong (55 as 15, 90 as 10, 911 as
# nine hundred eleven), so the normaliser writes every number out (data/kreyol.py). Each
# case with where its expected form comes from.
KREYOL = "Kreyòl numbers, 1979 spelling (Valdman, Haitian Creole-English Bilingual Dictionary)"
HAITIAN: list[tuple[str, str, str]] = [
    ("Bwè 2 L chak jou.", "Bwè de lit chak jou.", KREYOL + "; lit: French litre, Kreyòl spelling"),
    ("55", "senkant senk", KREYOL + ": 50 senkant + 5 senk (espeak-ng said fifteen)"),
    ("90", "katreven dis", KREYOL + ": 80 katreven + 10 dis, as French (espeak-ng: ten)"),
    ("75", "swasant kenz", KREYOL + ": 60 swasant + 15 kenz, as French soixante-quinze"),
    ("21", "venteyen", KREYOL + ": 21, 31 … 81 end in -eyen (French vingt-et-un)"),
    ("555", "senk san senkant senk", KREYOL + ": san (100) after its count, as French cinq cents"),
    ("Rele 911 kounye a.", "Rele nèf en en kounye a.", "emergency numbers digit by digit, "
     "as the clinic's English and Spanish readings say them (CONTENT-SPEC)"),
    ("40 °C", "karant degre Sèlsiyis", KREYOL + "; degre Sèlsiyis: degré Celsius, Kreyòl spelling"),
    ("10%", "dis pousan", KREYOL + "; pousan: Kreyòl for per cent"),
    ("2026-11-20", "ven novanm de mil ven sis", "day, month, year as Kreyòl dates are said; "
     "months in the 1979 spelling (novanm)"),
    ("1,5 mg", "en vigil senk miligram", "decimal comma said vigil, as French virgule"),
    ("a 9:30", "a nèf è trant", "Kreyòl hours: nèf è (neuf heures) then the minutes"),
]


@pytest.mark.parametrize(("written", "spoken", "source"), HAITIAN,
                         ids=[case[0] for case in HAITIAN])
def test_haitian_creole_numbers_are_written_out(written: str, spoken: str, source: str) -> None:
    assert normalize(written, "ht") == spoken, source


def test_cjk_and_hangul_words_with_digits_are_not_reported_as_unknown_terms() -> None:
    assert unknown_terms("하루 약 2 L (8컵)와 30분", "ko") == []
    assert unknown_terms("每天大约2升（8杯），30分钟内", "zh-Hans") == []
