"""`handoutkit serve`: build, serve build/ on loopback, and rebuild on every save until Ctrl-C."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from handoutkit.errors import HandoutError
from handoutkit.files import Layout
from handoutkit.serve.rebuild import Preview
from handoutkit.serve.server import PreviewServer
from handoutkit.serve.state import PreviewState
from handoutkit.serve.watch import Saves

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


def serve(layout: Layout, jobs: int, port: int, say: Callable[[str], None],
          host: str = LOOPBACK) -> None:
    """Serve until Ctrl-C, which returns normally; ``port`` 0 takes any free port."""
    state = PreviewState()
    preview = Preview(layout, jobs, state, say)
    layout.build_dir.mkdir(parents=True, exist_ok=True)
    server = _server(host, port, layout, state)
    thread = threading.Thread(target=server.serve_forever, name="preview-http", daemon=True)
    saves = Saves(layout.handouts_dir, layout.build_dir, say)
    try:
        saves.start()  # before the first build: a save made during it is heard
        thread.start()
        preview.start()
        say(f"Serving {_address(server)} — the pages reload when you save; Ctrl-C stops")
        while True:
            changed = saves.next()
            preview.update(changed)
            say(f"updated after a change to {', '.join(sorted(p.name for p in changed))}")
    except KeyboardInterrupt:
        say("stopped")
    finally:
        saves.stop.set()
        if thread.is_alive():
            server.shutdown()
        server.server_close()


def _server(host: str, port: int, layout: Layout, state: PreviewState) -> PreviewServer:
    try:
        return PreviewServer((host, port), layout.build_dir, state)
    except OSError as exc:  # the port is taken, or below 1024
        raise HandoutError(f"handoutkit: cannot serve on {host}:{port}: {exc.strerror} — "
                           "choose another port: make serve PORT=8123") from None


def _address(server: PreviewServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/"
