"""An EPUB's zip container, byte for byte the same for the same files (OCF 3.3)."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Mapping
from pathlib import Path

logger = logging.getLogger(__name__)

MIMETYPE = b"application/epub+zip"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest time: no build clock inside
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
<rootfiles>
<rootfile full-path="{opf}" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""
STORED_SUFFIXES = (".mp3", ".png", ".jpg", ".jpeg", ".gif", ".webp")  # compressed already


def write_epub(dest: Path, opf_path: str, files: Mapping[str, bytes]) -> None:
    """Write the container to ``dest``: `mimetype` first and stored, then META-INF, then the
    publication's files in the order given, each with a fixed time and permissions."""
    with zipfile.ZipFile(dest, "w") as archive:
        _add(archive, "mimetype", MIMETYPE, zipfile.ZIP_STORED)
        container = CONTAINER.format(opf=opf_path).encode("utf-8")
        _add(archive, "META-INF/container.xml", container, zipfile.ZIP_DEFLATED)
        for name, data in files.items():
            method = zipfile.ZIP_STORED if name.endswith(STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
            _add(archive, name, data, method)


def _add(archive: zipfile.ZipFile, name: str, data: bytes, method: int) -> None:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = method
    info.external_attr = 0o644 << 16  # rw-r--r--, whatever the umask
    info.create_system = 3  # Unix, on every machine
    archive.writestr(info, data, compress_type=method, compresslevel=9)
