"""Voicing ahead: the segments the cache lacks, spoken on several engines at once.

A build that voices many handouts hands every missing segment to a `SpeechPool` first. The
pool runs one thread per job, each with its own engines (a piper session uses one core), and
deals the segments out in a fixed order: thread k speaks segments k, k + n, k + 2n … (a
segment's samples depend only on its text and voice, see speech/piper_noise.py, so which
thread speaks it changes nothing). An engine that must not run twice at once (gTTS) gets
all its segments on thread 0.

Assembly then asks the pool for each segment and waits only for those still being spoken.
Once an engine fails, its thread stops speaking ahead in that voice: each handout then
voices its own segments as a one-job build does, and fails at its first bad one, without
a thread sending request after request to a voice that is down.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError, Future

from handoutkit.errors import OutputError
from handoutkit.speech.cache import SegmentCache
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.speech.pcm import Pcm

Voice = tuple[str, int]  # (language, words a minute): what picks the engine
EngineFactory = Callable[[Voice, int], TtsEngine]  # (voice, worker) → that worker's engine
Segment = tuple[Voice, str]  # (voice, text)


class SpeechPool:
    """Speaks missing segments on ``workers`` threads; `speech` returns any segment."""

    def __init__(self, cache: SegmentCache, engine: EngineFactory, workers: int) -> None:
        self.cache = cache
        self.engine = engine
        self.workers = workers
        self._pending: dict[Segment, Future[Pcm | None]] = {}  # None: not spoken ahead
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    def start(self, segments: Iterable[Segment]) -> None:
        """Begin speaking, in order, each distinct segment that the cache does not hold."""
        queues: list[list[tuple[Segment, Future[Pcm | None]]]] = [[] for _ in range(self.workers)]
        dealt, voiceless = 0, set()  # voices with no engine: each handout says so itself
        for segment in segments:
            voice, text = segment
            if segment in self._pending or voice in voiceless:
                continue
            try:
                engine = self.engine(voice, 0)
            except OutputError:
                voiceless.add(voice)
                continue
            if self.cache.holds(engine, text):
                continue
            self._pending[segment] = Future()
            worker = dealt % self.workers if engine.parallel else 0
            queues[worker].append((segment, self._pending[segment]))
            dealt += engine.parallel
        for worker, queue in enumerate(queues):
            if queue:
                thread = threading.Thread(target=self._speak, args=(worker, queue),
                                          name=f"speech-{worker}", daemon=True)
                thread.start()
                self._threads.append(thread)

    def speech(self, voice: Voice, text: str) -> Pcm:
        """The segment spoken: from the pool (waiting if it is not done yet) or the cache."""
        pending = self._pending.get((voice, text))
        try:
            spoken = pending.result() if pending is not None else None
        except CancelledError:
            raise OutputError("the build was stopped before this was spoken") from None
        return spoken if spoken is not None else self.cache.synthesize(self.engine(voice, 0), text)

    def close(self) -> None:
        """Stop speaking: segments not started are cancelled; each thread ends its segment."""
        self._stopping.set()
        for pending in self._pending.values():
            pending.cancel()
        for thread in self._threads:
            thread.join()

    def _speak(self, worker: int, queue: list[tuple[Segment, Future[Pcm | None]]]) -> None:
        failed: set[Voice] = set()  # voices whose engine failed: left to the handouts
        for (voice, text), pending in queue:
            if self._stopping.is_set() or not pending.set_running_or_notify_cancel():
                continue
            if voice in failed:
                pending.set_result(None)  # `speech` voices it for the handout that asks
                continue
            try:
                pending.set_result(self.cache.synthesize(self.engine(voice, worker), text))
            except Exception as error:  # handed to the handout that needs it, named there
                pending.set_exception(error)
                failed.add(voice)
