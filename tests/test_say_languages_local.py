"""Local written forms in the languages without hand-made tables: ordinals written with a
mark, dates and clocks said with ordinals, cases after prepositions and verbs, thousands
grouped by a space, "3x" and a plus sign. Each expected reading names where it comes from."""

from __future__ import annotations

import pytest

from handoutkit.speech.normalize import normalize

RYDING = "Ryding, A Reference Grammar of Modern Standard Arabic"
ROSENTAL = "Розенталь, Справочник по правописанию и стилистике"
CASES: list[tuple[str, str, str, str]] = [
    # -- ordinals written with a mark
    ("fr", "le 1er mars", "le premier mars", "Grevisse, Le Bon Usage: 1er is premier"),
    ("fr", "la 1re dose", "la première dose", "Grevisse: 1re, 1ère are première"),
    ("fr", "le 2e jour", "le deuxième jour", "Grevisse: 2e is deuxième"),
    ("pt-BR", "no 1º dia", "no primeiro dia", "Cunha & Cintra, Nova Gramática: 1º primeiro"),
    ("pt-BR", "a 2ª dose", "a segunda dose", "Cunha & Cintra: ª marks the feminine"),
    ("pt-BR", "na 21ª semana", "na vigésima primeira semana",
     "Cunha & Cintra: both words of a compound ordinal agree"),
    ("it", "il 1º giorno", "il primo giorno", "Serianni, Grammatica italiana: 1º primo"),
    ("it", "la 2ª dose", "la seconda dose", "Serianni: ª marks the feminine"),
    ("it", "al 3° piano", "al terzo piano", "Serianni: ° after digits is an ordinal mark"),
    ("it", "a 38 °C", "a trentotto gradi Celsius", "CLDR unit name: ° before C stays a degree"),
    ("ro", "al 2-lea copil", "al doilea copil", "DOOM: al 2-lea is al doilea"),
    ("ro", "a 3-a zi", "a treia zi", "DOOM: a 3-a is a treia (feminine)"),
    ("ru", "1-й день", "первый день", ROSENTAL + ": 1-й is первый"),
    ("ru", "до 2-го декабря", "до второго декабря", ROSENTAL + ": -го is the genitive"),
    ("ru", "3-я неделя", "третья неделя", ROSENTAL + ": -я is the feminine"),
    ("ru", "5-е место", "пятое место", ROSENTAL + ": -е is the neuter"),
    ("uk", "3-я неділя", "третя неділя", "Український правопис 2019, § 38: -я feminine"),
    ("uk", "до 5-го травня", "до п'ятого травня", "Український правопис 2019, § 38: -го"),
    # -- dates and clocks said with ordinals
    ("ar", "في 2026-11-20", "في العشرين من نوفمبر عام ألفين و ستة و عشرين",
     RYDING + ": after في the ordinal day is genitive (العشرين)"),
    ("ar", "1 يناير 2026", "الأول من يناير عام ألفين و ستة و عشرين",
     RYDING + ": the first day is الأول"),
    ("ar", "في 21 مارس", "في الحادي والعشرين من مارس", RYDING + ": compound ordinal day"),
    ("ar", "9:30", "الساعة التاسعة و ثلاثون دقيقة",
     RYDING + ": the hour a feminine ordinal after الساعة, then the minutes counted"),
    ("ar", "في الساعة 14:05", "في الساعة الرابعة عشرة و خمس دقائق",
     RYDING + ": الساعة written before the time is not said twice; 3-10 feminine counts"),
    ("pl", "20.11.2026", "dwudziestego listopada dwa tysiące dwudziestego szóstego roku",
     "PWN Poradnia językowa: the day and year ordinals in the genitive"),
    ("pl", "do 22 marca", "do dwudziestego drugiego marca", "PWN: a written date said alike"),
    ("pl", "9:30", "dziewiąta trzydzieści", "PWN: the hour a feminine ordinal"),
    ("pl", "o 2:15", "o drugiej piętnaście", "PWN: after o the hour is locative (o drugiej)"),
    ("uk", "20.11.2026", "двадцятого листопада дві тисячі двадцять шостого року",
     "Український правопис: the day and year ordinals in the genitive"),
    ("uk", "1 грудня 2026 р.", "першого грудня дві тисячі двадцять шостого року.",
     "Український правопис: р. said as року; its stop ends the sentence"),
    # -- cases
    ("ar", "تناول 2 حبة", "تناول حبتين",
     RYDING + ": the object of a verb is accusative, a dual's -ان becomes -ين"),
    ("ar", "انتظر 30 دقيقة", "انتظر ثلاثين دقيقة", RYDING + ": accusative tens -ين"),
    ("ar", "اشرب 2-3 L", "اشرب اثنين إلى ثلاثة لترات",
     RYDING + ": 3-10 count a plural noun, also at the end of a range"),
    ("ar", "-5 °C", "سالب خمس درجات مئوية",
     RYDING + ": a negative count still counts its noun (خمس درجات)"),
    ("ru", "Пейте не больше 1,5 л в день.", "Пейте не больше полутора литров в день.",
     ROSENTAL + ": полтора after больше is полутора, then the genitive plural"),
    ("ru", "после 1,5 мин", "после полутора минут", ROSENTAL + ": полутора минут"),
    ("ru", "больше 2,5 мг", "больше двух целых пяти десятых миллиграмма",
     ROSENTAL + ": a decimal in the genitive, its noun genitive singular"),
    ("ru", "около 0,25 мг", "около нуля целых двадцати пяти сотых миллиграмма",
     ROSENTAL + ": нуля целых … сотых"),
    ("ru", "давление выше 140/90", "давление выше ста сорока на девяносто",
     ROSENTAL + ": выше takes the genitive (ста сорока); the reading after на stays"),
    ("ru", "АД 140/90", "АД сто сорок на девяносто", "Russian blood pressure: на between"),
    # -- thousands grouped by a space (CLDR's group mark in these locales is a space)
    ("fr", "10 000 pas", "dix mille pas", "CLDR fr group mark: a space groups thousands"),
    ("ru", "около 10 000 шагов", "около десяти тысяч шагов",
     "CLDR ru group mark; около takes the genitive"),
    ("pl", "1 000 000", "milion", "CLDR pl group mark: a space groups thousands"),
    ("uk", "10 000", "десять тисяч", "CLDR uk group mark: a space groups thousands"),
    # -- times and plus
    ("fr", "3x par jour", "trois fois par jour", "Le Petit Robert: fois"),
    ("pt-BR", "2x por dia", "duas vezes por dia", "Houaiss: vez is feminine"),
    ("it", "1x al giorno", "una volta al giorno", "Serianni: una volta"),
    ("de", "3x täglich", "dreimal täglich", "Duden: dreimal, one word"),
    ("ru", "2x в день", "два раза в день", "CLDR ru plural: 2 → few → раза"),
    ("ru", "5x в день", "пять раз в день", "CLDR ru plural: 5 → many → раз"),
    ("uk", "5x на день", "п'ять разів на день", "CLDR uk plural: 5 → many → разів"),
    ("ko", "3x 드세요", "세 번 드세요", "Korean: native numbers before 번"),
    # -- clocks where the hours are not said as a duration
    ("fr", "à 9:30", "à neuf heures trente", "Le Petit Robert, heure: neuf heures trente"),
    ("pt-BR", "às 9:30", "às nove horas e trinta minutos",
     "Cunha & Cintra: e between hours and minutes"),
    ("it", "alle 1:05", "alle una e cinque", "Serianni: l'una, ora being feminine; e before "
     "the minutes"),
    ("he", "בשעה 9:30", "בשעה תשע ושלושים", "Glinert, Modern Hebrew: the hour, ו and the minutes"),
    ("fa", "ساعت 9:30", "ساعت نه و سی دقیقه",
     "Persian: ساعت before the hour (not said twice), و before the minutes"),
    ("bn", "9:30", "নয়টা ত্রিশ মিনিট", "Bengali: the hour with the classifier টা"),
    ("ko", "오후 3시 30분", "오후 세 시 삼십분",
     "표준국어대사전: native numbers before 시 (the hour), Sino-Korean before 분"),
    # -- counts
    ("he", "2 L", "שני ליטר", "Glinert, Modern Hebrew: 2 in its construct form before its noun"),
    ("he", "3 mg", "שלושה מיליגרם", "Glinert: a masculine noun takes the -ה form of 3-10"),
    ("he", "1 L", "ליטר אחד", "Glinert: one follows its noun and agrees"),
    ("he", "2 שעות", "שעתיים", "CLDR he: the dual שעתיים says the count itself"),
    ("he", "2 min", "שתי דקות", "CLDR he: שתי דקות"),
    ("zh-Hans", "每次2片", "每次两片",
     "Chao, A Grammar of Spoken Chinese: 两 before a measure word"),
    ("zh-Hans", "2月", "二月", "Chao: 二月, the month, keeps 二"),
    ("zh-Hans", "第2周", "第二周", "Chao: an ordinal with 第 keeps 二"),
    ("zh-Hant", "每次2片", "每次兩片", "Chao: 兩 in Traditional characters"),
    ("zh-Hans", "3～4小时", "三至四小时", "Mandarin: 至 between the ends, no spaces"),
    ("ja", "3～4時間", "三から四時間", "Japanese: から between the ends, no spaces"),
    ("ja", "37.5度", "三十七点五度", "Japanese decimals: 点, no spaces between the words"),
    ("ko", "3~4시간", "세 내지 네 시간", "표준국어대사전: native numbers before 시간, 내지"),
    ("pt-BR", "1250", "mil duzentos e cinquenta",
     "Cunha & Cintra: no comma is said after mil (num2words writes one)"),
    # -- phone and emergency numbers as each country writes them
    ("ja", "0120-123-456に電話", "零一二零, 一二三, 四五六に電話",
     "a Japanese number: each hyphen-joined group digit by digit"),
    ("ja", "119番", "一一九番", "Japan's ambulance number digit by digit (119番)"),
    ("ko", "010-1234-5678", "영 일 영, 일 이 삼 사, 오 육 칠 팔",
     "a Korean mobile number, group by group, digit by digit"),
    ("ko", "119에 전화", "일 일 구에 전화", "Korea's emergency number digit by digit"),
    ("zh-Hans", "拨打120", "拨打一二零", "China's ambulance number digit by digit"),
    ("zh-Hans", "120毫克", "一百二十毫克", "a bare 120 before a unit is a number"),
    ("ru", "Звоните 103", "Звоните один ноль три", "Russia's ambulance number digit by digit"),
    ("ru", "8 (495) 123-45-67", "восемь, четыре девять пять, один два три, четыре пять, "
     "шесть семь", "a Russian number with its trunk 8 and area code, group by group"),
    ("pt-BR", "(11) 91234-5678", "um um, nove um dois três quatro, cinco seis sete oito",
     "a Brazilian mobile number with its area code in brackets, digit by digit"),
    ("fr", "le 01 23 45 67 89", "le zéro un, vingt-trois, quarante-cinq, soixante-sept, "
     "quatre-vingt-neuf", "Le Petit Robert: French numbers said in pairs"),
    ("pl", "1 000 000", "milion", "CLDR pl group mark; not a phone number"),
    ("vi", "gọi 115", "gọi một một năm", "Vietnam's ambulance number digit by digit"),
    ("vi", "ngày 1/6", "ngày một tháng sáu",
     "Vietnamese: a day and month after ngày is a date (CLDR vi order d/M)"),
    ("bn", "১০%", "দশ শতাংশ", "CLDR bn unit name, with a space after the number word"),
    ("bn", "২-৩ দিন", "দুই থেকে তিন দিন", "Bengali ranges: থেকে between the ends"),
    ("de", "2-3 Tabletten", "zwei bis drei Tabletten", "Duden: bis between the ends of a range"),
    ("fr", "+33 1 23 45 67 89", "plus trente-trois un vingt-trois quarante-cinq soixante-sept "
     "quatre-vingt-neuf", "a plus sign before a number said plus (Le Petit Robert)"),
]


@pytest.mark.parametrize(("lang", "written", "spoken", "source"), CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_local_forms_are_said_as_a_speaker_of_the_language_says_them(
        lang: str, written: str, spoken: str, source: str) -> None:
    assert normalize(written, lang) == spoken, source
