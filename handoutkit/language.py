"""Language tags: the one place a handout's BCP 47 tag is parsed (with langcodes)."""

from __future__ import annotations

import functools

import langcodes

UNDETERMINED = "und"  # ISO 639 code for a language that cannot be named


@functools.lru_cache(maxsize=256)
def _parsed(tag: str) -> langcodes.Language:
    return langcodes.Language.get(tag, normalize=False)


def is_valid_tag(tag: str) -> bool:
    """True for a well-formed BCP 47 tag whose subtags are registered ("es-419", "zh-Hant")."""
    return "_" not in tag and langcodes.tag_is_valid(tag)  # langcodes also takes "en_US"


def primary_language(tag: str) -> str:
    """The primary language subtag, lower case: "es-MX" → "es", "zh-Hant" → "zh"."""
    return (_parsed(tag).language or UNDETERMINED).lower()


def region(tag: str) -> str | None:
    """The region subtag, upper case, if any: "es-MX" → "MX", "es-419" → "419"."""
    return _parsed(tag).territory


def fallbacks(tag: str) -> list[str]:
    """Where a per-language table looks a tag up, most specific first: the tag, its language
    and region, its language ("zh-Hant-HK" → ["zh-Hant-HK", "zh-HK", "zh"])."""
    primary, territory = primary_language(tag), region(tag)
    found = [tag, f"{primary}-{territory}" if territory else "", primary]
    return list(dict.fromkeys(c for c in found if c))


def iso_639_2(tag: str) -> str:
    """The three-letter ISO 639-2/T code of the tag's language ("es-MX" → "spa"), or "und"."""
    try:
        return _parsed(tag).to_alpha3()
    except LookupError:
        return UNDETERMINED


# ISO 15924 scripts written right to left (Unicode's bidi class R/AL scripts in current use).
RIGHT_TO_LEFT_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg",
                                   "Mand", "Samr", "Yezi"})


def written_script(tag: str) -> str | None:
    """The script subtag the tag itself names, if any: "zh-Hant" → "Hant", "zh-TW" → None."""
    return _parsed(tag).script


def script(tag: str) -> str:
    """The tag's ISO 15924 script, written or likely: "ar" → "Arab", "zh-Hant" → "Hant"."""
    return _parsed(tag).maximize().script or "Zyyy"


def direction(tag: str) -> str:
    """ "rtl" when the tag's script is written right to left ("ar", "pa-Arab"), else "ltr"."""
    return "rtl" if script(tag) in RIGHT_TO_LEFT_SCRIPTS else "ltr"
