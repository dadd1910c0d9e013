"""The grammatical gender of a counted noun, for the languages whose numbers agree with it
(French, Portuguese, Italian, German, Russian, Ukrainian, Polish, Hebrew, Hindi, Urdu,
Punjabi), from the endings and word lists in data/counting.py. Spanish has its own, with
its exceptions, in agreement.py."""

from __future__ import annotations

from handoutkit.speech.data import counting


def gender(noun: str, primary: str) -> str:
    """"f" or "m" (German also "n") for a counted noun: French, Portuguese, Italian, German,
    Russian, Ukrainian, Polish, Hebrew, Hindi, Urdu, Punjabi ("m" elsewhere)."""
    word = noun.lower()
    if primary == "fr":
        if word in counting.FR_MASCULINE:
            return "m"
        feminine = word in counting.FR_FEMININE or word.endswith(counting.FR_FEMININE_ENDINGS)
        return "f" if feminine else "m"
    if primary == "pt":
        if word in counting.PT_MASCULINE:
            return "m"
        feminine = word in counting.PT_FEMININE or word.endswith(counting.PT_FEMININE_ENDINGS)
        return "f" if feminine else "m"
    if primary in ("ru", "uk"):  # a genitive singular after полтора: "минуты", "ложки"
        return "f" if word.endswith(("ы", "и")) else "m"
    if primary == "it":
        feminine = word.endswith(("a", "ore")) or counting.IT_SINGULAR.get(word, "").endswith("a")
        return "f" if feminine and word not in counting.PT_MASCULINE else "m"
    if primary == "de":  # most German nouns in -e are feminine: Stunde, Woche, Tasse
        if word in counting.DE_NEUTER or word.endswith("chen"):
            return "n"
        if word in counting.DE_MASCULINE:
            return "m"
        return "f" if word.endswith(("e", "en")) and noun[:1].isupper() else "m"
    if primary == "pl":  # a genitive singular after półtorej: godziny, minuty
        return "f" if word.endswith(("y", "i")) else "m"
    if primary == "he":
        if word[:1] == "ה" and word[1:] in counting.HE_COUNTED:  # "השבועות": the article
            word = word[1:]
        if word in counting.HE_MASCULINE or word in counting.HE_FEMININE:
            return "m" if word in counting.HE_MASCULINE else "f"
        return "f" if word.endswith(("ות", "ה", "ת")) else "m"
    if primary in counting.INDIC_FEMININE:  # "आधी गोली": nouns in -ī are mostly feminine
        feminine, in_i = counting.INDIC_FEMININE[primary]
        return "f" if word in feminine or (word.endswith(in_i) and word not in
                                           counting.INDIC_MASCULINE_IN_I) else "m"
    return "m"
