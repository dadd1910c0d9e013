"""gTTS: Google Translate's voice through the gTTS client; online only, never a default."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import numpy as np
import requests
from gtts import gTTS, gTTSError
from gtts.lang import tts_langs

from handoutkit.errors import OutputError
from handoutkit.language import primary_language
from handoutkit.speech.engines.base import checked, package_version, short
from handoutkit.speech.pcm import Pcm

logger = logging.getLogger(__name__)

# Regional accents gTTS offers through another Google host (gTTS docs, "Localized accents").
GTTS_TLD = {
    "en-AU": "com.au", "en-GB": "co.uk", "en-IN": "co.in", "en-CA": "ca", "fr-CA": "ca",
    "pt-BR": "com.br", "pt-PT": "pt", "es-ES": "es", "es-MX": "com.mx",
}  # fmt: skip
OFFLINE_HINT = "gTTS needs the internet; use the offline piper or espeak-ng voice"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # rate limit and server trouble


class GttsEngine:
    """Google Translate's TTS through the gTTS client; retries rate limits and time-outs."""

    name: ClassVar[str] = "gtts"
    parallel: ClassVar[bool] = False  # one request at a time: Google answers bursts with 429

    def __init__(
        self,
        lang: str = "en",
        tld: str = "com",
        retries: int = 3,  # requests made in all before giving up
        backoff: float = 1.0,  # seconds before the 2nd request; doubles for each one after
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.lang, self.tld, self.retries = lang, tld, retries
        self.backoff, self.timeout, self.sleep = backoff, timeout, sleep

    @classmethod
    def for_language(cls, lang: str, voice: str | None, rate: int,
                     models: Path | None) -> GttsEngine:
        """gTTS has no voices to choose and no rate setting: it keeps Google's pace."""
        if voice:
            raise OutputError(f"gtts has no voices to choose; write `gtts`, not `gtts:{voice}`")
        supported = lang if lang in tts_langs() else primary_language(lang)
        return cls(lang=supported, tld=GTTS_TLD.get(lang, "com"))

    def identity(self) -> str:
        return f"gtts:{self.lang}:{self.tld}:gTTS {package_version('gTTS')}"

    def synthesize(self, text: str) -> Pcm:
        from handoutkit.speech.encode import decode_mp3  # with the loudness filters: scipy

        parts = [decode_mp3(part) for part in self._fetch(text)]
        if not parts:  # a reply with no audio in it (an error page sent with status 200)
            raise OutputError(f"cannot decode MP3 audio: Google sent none for {short(text)}")
        joined = Pcm(np.concatenate([part.samples for part in parts]), parts[0].sample_rate)
        return checked(joined, self.name, text)

    def _fetch(self, text: str) -> list[bytes]:
        attempt = 1
        while True:
            try:
                return self._request(text)
            except gTTSError as error:
                if not _worth_retrying(error) or attempt >= self.retries:
                    raise OutputError(_gtts_message(error, attempt)) from error
                delay = self.backoff * 2 ** (attempt - 1)
                logger.warning("gTTS: %s; trying again in %.1f s", error, delay)
            self.sleep(delay)
            attempt += 1

    def _request(self, text: str) -> list[bytes]:
        """Each part of the text gTTS sends, as its own MP3: decoded apart, since the bytes
        of several MP3s run together are not one MP3 (a decoder that finds an Info frame in
        the first part stops after the frames it counts)."""
        try:
            client = gTTS(text, tld=self.tld, lang=self.lang, timeout=self.timeout)
        except (AssertionError, ValueError) as error:  # nothing to say; unknown language
            raise OutputError(f"gTTS cannot speak {short(text)}: {error}") from error
        return list(client.stream())


def _cause(error: gTTSError) -> BaseException | None:
    """gTTS raises its error inside `except RequestException`, so that is the context."""
    return error.__cause__ or error.__context__


def _worth_retrying(error: gTTSError) -> bool:
    if error.rsp is not None:
        return error.rsp.status_code in RETRY_STATUSES
    return isinstance(_cause(error), requests.exceptions.Timeout)


def _gtts_message(error: gTTSError, attempts: int) -> str:
    if error.rsp is None and not isinstance(_cause(error), requests.exceptions.Timeout):
        return f"gTTS could not reach Google ({_cause(error) or error}) — {OFFLINE_HINT}"
    return f"gTTS failed after {attempts} request(s): {error}"
