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
    ("fr", "+33 1 23 45 67 89", "plus trente-trois un vingt-trois quarante-cinq soixante-sept "
     "quatre-vingt-neuf", "a plus sign before a number said plus (Le Petit Robert)"),
]


@pytest.mark.parametrize(("lang", "written", "spoken", "source"), CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_local_forms_are_said_as_a_speaker_of_the_language_says_them(
        lang: str, written: str, spoken: str, source: str) -> None:
    assert normalize(written, lang) == spoken, source
