"""Text-to-speech engines: one spoken segment of text in, mono PCM out.

Each engine is a module here with a class that follows `base.TtsEngine`, listed by name in
`handoutkit.voices.ENGINES` (one line), which `make_engine` imports only when asked.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from handoutkit.errors import OutputError
from handoutkit.reader.limits import DEFAULT_RATE
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.voices import ENGINES


def engine_class(name: str) -> type[TtsEngine]:
    """The class of the engine called ``name``, its module imported now."""
    try:
        module, _, cls = ENGINES[name].partition(":")
    except KeyError:
        known = ", ".join(ENGINES)
        raise OutputError(f"unknown speech engine {name!r} — choose one of: {known}") from None
    engine: type[TtsEngine] = getattr(importlib.import_module(module), cls)
    return engine


def make_engine(name: str, lang: str, rate: int = DEFAULT_RATE,
                models: Path | None = None) -> TtsEngine:
    """The engine `name` ("engine" or "engine:voice") with the voice that suits `lang` (a
    BCP-47 tag), speaking ``rate`` words a minute; ``models`` is a folder an engine may keep
    prepared voice models in."""
    engine, _, voice = name.partition(":")
    return engine_class(engine).for_language(lang, voice or None, rate, models)
