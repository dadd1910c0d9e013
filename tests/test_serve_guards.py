"""`make serve`'s guards: port, Host, Range, idle connections, a folder deleted and restored."""

from __future__ import annotations

import http.client
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from handoutkit.cli import main, serve_port
from handoutkit.errors import HandoutError
from handoutkit.serve.server import PreviewHandler, PreviewServer
from handoutkit.serve.state import PreviewState
from handoutkit.serve.watch import Saves
from tests.guards import deadline

HANG_SECONDS = 30  # a safety net against a hang, not a speed check


@pytest.mark.parametrize("port", ["abc", "99999", "-1", "80a", "1" * 5000, "８０００"])
def test_a_bad_port_is_one_line(port: str) -> None:
    with pytest.raises(HandoutError) as caught:
        serve_port(port)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"handoutkit: PORT '{port[:20]}' is not a port number")


def test_ports_that_serve() -> None:
    assert (serve_port(None), serve_port(""), serve_port("0"), serve_port(" 8123 ")) == (
        8000, 8000, 0, 8123)


def test_a_bad_port_in_the_environment_breaks_only_serve(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """PORT=abc was read while the command line was parsed: every command failed."""
    monkeypatch.setenv("PORT", "abc")
    (tmp_path / "handouts").mkdir()
    assert main(["check", "--handouts-dir", str(tmp_path / "handouts")]) == 0
    assert main(["serve", "--handouts-dir", str(tmp_path / "handouts"),
                 "--build-dir", str(tmp_path / "build")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == ["handoutkit: PORT 'abc' is not a port number — use a number "
                                "from 1024 to 65535, e.g. make serve PORT=8123"]


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, int]]:
    """A preview server on a free loopback port over a build folder with one MP3."""
    monkeypatch.setattr(PreviewHandler, "timeout", 0.5)  # idle connections end quickly here
    (tmp_path / "audio").mkdir()
    (tmp_path / "audio" / "x.mp3").write_bytes(bytes(range(256)) * 40)
    server = PreviewServer(("127.0.0.1", 0), tmp_path, PreviewState())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[:2]
    finally:
        server.shutdown()
        server.server_close()


def _get(address: tuple[str, int], headers: dict[str, str]) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(*address, timeout=HANG_SECONDS)
    try:
        connection.request("GET", "/audio/x.mp3", headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("wanted", ["bytes=" + "9" * 5000 + "-", "bytes=0-" + "1" * 5000,
                                    "bytes=-" + "7" * 5000, "bytes=0-1,5-9", "pages=1-2"])
def test_a_range_it_cannot_serve_is_416(served: tuple[str, int], wanted: str,
                                        capfd: pytest.CaptureFixture[str]) -> None:
    """Thousands of digits printed a traceback (int() refuses past 4,300 digits)."""
    status, body = _get(served, {"Range": wanted})
    assert (status, body) == (416, b"")
    assert "Traceback" not in capfd.readouterr().err


def test_a_range_still_seeks(served: tuple[str, int]) -> None:
    status, body = _get(served, {"Range": "bytes=256-259"})
    assert (status, body) == (206, bytes(range(4)))


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io",
                                  "localhost.evil.example", "[::1", ""])
def test_only_loopback_names_are_answered(served: tuple[str, int], host: str) -> None:
    """A web page elsewhere whose name resolves to 127.0.0.1 (DNS rebinding) sends its own
    name as Host: it gets 421 and nothing of the build."""
    status, body = _get(served, {"Host": host})
    assert status == 421 and b"\x00\x01" not in body


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST:8000", "[::1]:8000",
                                  "localhost."])
def test_loopback_names_are_answered(served: tuple[str, int], host: str) -> None:
    assert _get(served, {"Host": host})[0] == 200


def test_an_idle_connection_is_closed(served: tuple[str, int]) -> None:
    """A client that connects and sends nothing (or trickles a header) is dropped after the
    handler's timeout; before, it held its thread for ever."""
    with socket.create_connection(served, timeout=HANG_SECONDS) as client:
        client.sendall(b"GET /audio/x.mp3 HTTP/1.1\r\n")  # and never the rest
        assert client.recv(1024) == b""  # closed by the server, not by our timeout


def test_the_watcher_survives_the_folder_deleted_and_restored(tmp_path: Path) -> None:
    """`git checkout` or a sync tool deletes and restores the folder: the watch went on
    listening to nothing, with no message."""
    folder = tmp_path / "handouts"
    folder.mkdir()
    said: list[str] = []
    saves = Saves(folder, tmp_path / "build", said.append)
    saves.start()
    try:
        with deadline(HANG_SECONDS):
            (folder / "a.md").write_text("one", encoding="utf-8")
            assert folder / "a.md" in saves.next()
            shutil.rmtree(folder)
            while not said:  # the watcher notices the folder is gone
                saves.stop.wait(0.05)
            folder.mkdir()
            (folder / "b.md").write_text("two", encoding="utf-8")
            heard = saves.next()
            while folder / "b.md" not in heard:
                heard |= saves.next()
            (folder / "c.md").write_text("three", encoding="utf-8")
            heard = saves.next()
            while folder / "c.md" not in heard:
                heard |= saves.next()
    finally:
        saves.stop.set()
    assert said[0] == f"{folder.resolve()} was deleted; waiting for it to come back"
