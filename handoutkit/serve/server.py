"""The preview's web server: files under build/ only, with the reload script in each page."""

from __future__ import annotations

import logging
import mimetypes
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from handoutkit.serve.pages import RELOAD_SCRIPT, SCRIPT_PATH, VERSION_PATH, error_page, with_reload
from handoutkit.serve.state import PreviewState

logger = logging.getLogger(__name__)

PAGE = re.compile(r"^/html/([^/]+)\.html$")  # a handout's web page → its name
CATALOGUE = ("/", "/index.html")
# One range, as players ask when seeking; 15 digits pass any file (int() of thousands of
# digits is slow, and past 4,300 it raises). Any other Range gets 416.
RANGE = re.compile(r"^bytes=(\d{0,15})-(\d{0,15})$")
# The names this computer answers to: a web page elsewhere that points its own name at
# 127.0.0.1 (DNS rebinding) sends that name as Host, and is refused.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})
IDLE_SECONDS = 30  # a connection that sends nothing for this long is closed


class PreviewServer(ThreadingHTTPServer):
    """Serves ``root`` (the build folder) and the preview's version endpoint."""

    daemon_threads = True  # a browser's open connection never holds up Ctrl-C

    def __init__(self, address: tuple[str, int], root: Path, state: PreviewState) -> None:
        super().__init__(address, PreviewHandler)
        self.root = root.resolve()
        self.state = state


def page_name(path: str) -> str | None:
    """The handout a page shows ("/html/x.html" → "x"); None for the catalogue."""
    found = PAGE.match(path)
    return found.group(1) if found else None


def resolve(root: Path, path: str) -> Path | None:
    """The file under ``root`` that a URL path names, or None: no "..", no hidden files
    (the cache, fingerprints, unfinished outputs), and no link that leads out of ``root``."""
    parts = [part for part in unquote(path).split("/") if part]
    if any(part.startswith(".") or "\\" in part or "\0" in part for part in parts):
        return None
    candidate = root.joinpath(*parts)
    if not parts or path.endswith("/"):
        candidate = candidate / "index.html"
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a loop of links
        return None
    return real if real.is_relative_to(root) and real.is_file() else None


class PreviewHandler(BaseHTTPRequestHandler):
    """GET and HEAD for built files, error pages and the version endpoint."""

    server: PreviewServer
    timeout = IDLE_SECONDS  # socket timeout: an idle or trickling client is dropped

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("%s %s", self.address_string(), format % args)

    def _answer(self, send_body: bool) -> None:
        if not loopback_host(self.headers.get("Host")):
            return self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain",
                              b"this preview answers only to 127.0.0.1 and localhost\n",
                              send_body)
        path = urlsplit(self.path).path
        if path == VERSION_PATH:
            page = parse_qs(urlsplit(self.path).query).get("page", [""])[0]
            version = str(self.server.state.version(page_name(page))).encode()
            return self._send(HTTPStatus.OK, "text/plain", version, send_body)
        if path == SCRIPT_PATH:
            return self._send(HTTPStatus.OK, "text/javascript", RELOAD_SCRIPT, send_body)
        found = resolve(self.server.root, path)
        if path in CATALOGUE or page_name(path) is not None:
            return self._page(path, found, send_body)
        if found is None:
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found\n", send_body)
        self._file(found, send_body)

    def _page(self, path: str, found: Path | None, send_body: bool) -> None:
        """A page with the reload script, or its error page while its handout fails."""
        name = page_name(path)
        problems = self.server.state.problems_for(name)
        if name is not None and problems or found is None:
            status = HTTPStatus.OK if problems else HTTPStatus.NOT_FOUND
            return self._send(status, "text/html; charset=utf-8",
                              error_page(problems or [f"{path}: no such page"]), send_body)
        self._send(HTTPStatus.OK, "text/html; charset=utf-8",
                   with_reload(found.read_bytes(), problems), send_body)

    def _file(self, found: Path, send_body: bool) -> None:
        kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        body = found.read_bytes()
        asked = self.headers.get("Range")
        if asked is None or not body:
            return self._send(HTTPStatus.OK, kind, body, send_body)
        wanted = RANGE.match(asked)
        first, last = _byte_range(wanted, len(body)) if wanted else (1, 0)
        if first > last:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{len(body)}")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        self._send(HTTPStatus.PARTIAL_CONTENT, kind, body[first:last + 1], send_body,
                   {"Content-Range": f"bytes {first}-{last}/{len(body)}"})

    def _send(self, status: HTTPStatus, kind: str, body: bytes, send_body: bool,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")  # a rebuild must show at once
        self.send_header("Accept-Ranges", "bytes")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def loopback_host(host: str | None) -> bool:
    """True for a Host header naming this computer ("127.0.0.1:8000", "localhost", "[::1]"),
    or none at all (HTTP/1.0 clients send none; a browser always does)."""
    if host is None:
        return True
    name = host.strip().lower()
    name = name[: name.find("]") + 1] if name.startswith("[") else name.partition(":")[0]
    return name.removesuffix(".") in LOOPBACK_HOSTS


def _byte_range(wanted: re.Match[str], size: int) -> tuple[int, int]:
    """First and last byte of "bytes=a-b", "bytes=a-" or "bytes=-n" in a body of ``size``."""
    start, end = wanted.groups()
    if not start:
        return max(0, size - int(end or 0)), size - 1
    return int(start), min(int(end), size - 1) if end else size - 1
