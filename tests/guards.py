"""Guards for tests that build: no network, no read outside the allowed folders, no hang."""

from __future__ import annotations

import errno
import os
import signal
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


def block_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every connection and name lookup fail; returns the list of attempts made."""
    attempts: list[str] = []

    def refuse(kind: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{kind}{args!r}")
            raise OSError(errno.ENETUNREACH, f"network blocked by the test ({kind})")

        return refused

    def local_only(name: str) -> Callable[..., Any]:
        """A socket method that still works for Unix sockets: the PDF workers' fork server
        (multiprocessing) talks over one, and it is no network."""
        real, refused = getattr(socket.socket, name), refuse(f"socket.{name}")

        def method(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if self.family == socket.AF_UNIX:
                return real(self, *args, **kwargs)
            return refused(self, *args, **kwargs)

        return method

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, local_only(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def record_fetchers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every LocalOnlyFetcher made from now on; each keeps its `.requested` URLs."""
    from handoutkit.writers.pdf.sandbox import LocalOnlyFetcher

    made: list[LocalOnlyFetcher] = []
    real_init = LocalOnlyFetcher.__init__

    def init(self: LocalOnlyFetcher, *args: Any) -> None:
        real_init(self, *args)
        made.append(self)

    monkeypatch.setattr(LocalOnlyFetcher, "__init__", init)
    return made


def assert_local_fetches(fetchers: list[Any], handouts_dir: Path) -> None:
    """Every URL WeasyPrint asked for is a data: URL or a file in the handouts or font folders."""
    from urllib.parse import unquote, urlsplit

    from handoutkit.writers.fonts import FONT_FOLDERS
    from handoutkit.writers.pdf.render import HANDOUTS_URL

    roots = (handouts_dir.resolve(), *(folder.resolve() for folder in FONT_FOLDERS))
    for url in (url for fetcher in fetchers for url in fetcher.requested):
        parts = urlsplit(url)
        if parts.scheme == "data":
            continue
        assert parts.scheme == "file" and parts.netloc in ("", "localhost"), url
        path = (handouts_dir / unquote(parts.path.removeprefix(urlsplit(HANDOUTS_URL).path))
                if url.startswith(HANDOUTS_URL) else Path(unquote(parts.path))).resolve()
        assert any(path.is_relative_to(root) for root in roots), url


_opened: list[Path] | None = None  # the audit hook records only while a test listens
_hooked = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        _opened.append(Path(os.fsdecode(args[0])))


@contextmanager
def recording_opens() -> Iterator[list[Path]]:
    """Every file Python opens in this process while the block runs (sys.audit 'open').

    Libraries written in C (Pango, fontconfig, onnxruntime) open files without the audit hook;
    the sandboxed URL fetcher covers what WeasyPrint reads for a page.
    """
    global _opened, _hooked
    if not _hooked:
        sys.addaudithook(_audit)  # cannot be removed: it stays quiet while _opened is None
        _hooked = True
    _opened = []
    try:
        yield _opened
    finally:
        _opened = None


def installed_roots() -> tuple[Path, ...]:
    """Where Python, the installed packages, handoutkit's own modules and the fonts live."""
    import handoutkit
    from handoutkit.writers.braille.tables import DEBIAN_LOUIS
    from handoutkit.writers.fonts import FONT_FOLDERS

    # Debian's liblouis binding is loaded by its path (writers/braille/tables.py)
    found = (sys.prefix, sys.base_prefix, sys.exec_prefix, Path(handoutkit.__file__).parent,
             DEBIAN_LOUIS.parent, *FONT_FOLDERS)
    return tuple({Path(p).resolve() for p in found})


def assert_opened_inside(opened: list[Path], *roots: Path) -> None:
    """Every file opened is in one of ``roots`` or in the installed software."""
    allowed = (*(root.resolve() for root in roots), *installed_roots())
    scratch = Path(tempfile.gettempdir()).resolve()
    for path in opened:
        real = path.resolve()
        if any(p.parent == scratch and p.name.startswith("weasyprint-")
               for p in (real, real.parent)):
            continue  # WeasyPrint's own temporary font folder, made and deleted by it
        assert any(real.is_relative_to(root) for root in allowed), f"opened {real}"


class Hang(BaseException):  # noqa: N818 — not an Exception: nothing under test may catch it
    """The code under test ran past its deadline."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Hang in the main thread if the block runs longer than ``seconds``: a guard
    against hangs, set far above the time the work takes; speed is measured in bench/."""

    def expired(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s: it hangs (this limit is a safety net, "
                   "far above the time the work takes, not a speed check)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
