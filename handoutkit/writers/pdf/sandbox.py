"""A WeasyPrint URL fetcher that reads only files inside the allowed folders."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from handoutkit.files import is_inside

logger = logging.getLogger(__name__)


class RefusedURL(ValueError):
    """A URL the build will not read: remote, or a file outside the project."""


class LocalOnlyFetcher(URLFetcher):
    """Serves ``file:`` URLs under the allowed roots (``font.ttc#2``: the third face of a
    font collection), and ``data:`` URLs (their bytes are in
    the URL itself: the build uses one for the QR code); refuses everything else. An
    address under ``home``'s URL is read from its folder (the handouts folder has the same
    address wherever the project is).

    Rendering must never touch the network nor read outside the project, whatever a
    handout or a template asks for; every request is recorded for tests to inspect.
    """

    def __init__(self, roots: tuple[Path, ...], home: tuple[str, Path] | None = None) -> None:
        super().__init__(allowed_protocols=("file", "data"))
        self.roots = tuple(root.resolve() for root in roots)
        self.home = home
        self.requested: list[str] = []

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        self.requested.append(url)
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise RefusedURL(f"refused to fetch {url}: only local files are read")
        path = self._path(url, parts.path)
        if not any(is_inside(path, root) for root in self.roots):
            raise RefusedURL(f"refused to read {path}: it is outside the project")
        if path.suffix == ".ttc" and parts.fragment.isdigit():  # one face of a collection
            # imported here: the fork server imports this module, and `fonts` brings
            # langcodes, a thirtieth of a second before the first worker can start
            from handoutkit.writers.fonts import FontFile, face_bytes

            data = face_bytes(FontFile(path, int(parts.fragment)))
            return URLFetcherResponse(url, data, status=200)
        return URLFetcherResponse(url, path.read_bytes(), status=200)

    def _path(self, url: str, address: str) -> Path:
        """The file a ``file:`` URL names, one under ``home``'s URL in its folder."""
        if self.home is not None and url.startswith(self.home[0]):
            relative = unquote(urlsplit(url.removeprefix(self.home[0])).path)
            return (self.home[1] / relative).resolve()
        return Path(unquote(address)).resolve()
