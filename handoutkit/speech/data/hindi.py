"""Hindi numbers in words, which num2words does not know: 0-99 each have their own word
(McGregor, Outline of Hindi Grammar, the numerals; the spellings of the Central Hindi
Directorate's standard), then सौ (100), हज़ार (1000), लाख (10^5) and करोड़ (10^7), as India
counts. Kokoro's Hindi voice reads them; digits left in the text were read by its phonemiser.
"""

BELOW_100 = (  # 0-99, about a row for each ten
    "शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ",
    "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस",
    "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस",
    "तीस", "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस",
    "चालीस", "इकतालीस", "बयालीस", "तैंतालीस", "चवालीस", "पैंतालीस", "छियालीस", "सैंतालीस",
    "अड़तालीस", "उनचास",
    "पचास", "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ",
    "साठ", "इकसठ", "बासठ", "तिरसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर",
    "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उन्यासी",
    "अस्सी", "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी",
    "नब्बे", "इक्यानबे", "बानबे", "तिरानबे", "चौरानबे", "पंचानबे", "छियानबे", "सत्तानबे", "अट्ठानबे", "निन्यानबे",
)
# (size, word), largest first: the Indian grouping, 1,00,000 is एक लाख.
SCALES = ((10**7, "करोड़"), (10**5, "लाख"), (1000, "हज़ार"), (100, "सौ"))
LARGEST = 10**9  # past 99 crore: digit by digit


def cardinal(n: int) -> str:
    """2026 → "दो हज़ार छब्बीस"; 150000 → "एक लाख पचास हज़ार"."""
    return count(n, BELOW_100, SCALES)


def count(n: int, below_100: tuple[str, ...], scales: tuple[tuple[int, str], ...]) -> str:
    """A number in words from a language's own words for 0-99 and its Indian scales (Hindi,
    Urdu, Punjabi count alike); past 99 crore, digit by digit."""
    if n >= LARGEST:
        return " ".join(below_100[int(digit)] for digit in str(n))
    if n < 100:
        return below_100[n]
    words: list[str] = []
    for size, word in scales:
        amount, n = divmod(n, size)
        if amount:
            words += [count(amount, below_100, scales), word]
    if n:
        words.append(below_100[n])
    return " ".join(words)
