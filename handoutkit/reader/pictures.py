"""A picture file opened and measured while its handout is read: name, format, pixels, size."""

from __future__ import annotations

import functools
import threading
import warnings
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

MAX_PICTURE_BYTES = 20_000_000  # a phone photo is 3-8 MB
# 40 megapixels: a 48 MP phone photo's default 12 MP and any scan at 300 dpi fit; WeasyPrint
# holds a decoded picture in memory at 4 bytes a pixel (160 MB here, 1.6 GB at 20000×20000).
MAX_PICTURE_PIXELS = 40_000_000
# The EPUB container (OCF) forbids these in a file name; epubcheck refuses the book.
_NOT_IN_NAMES = frozenset('"*:<>?\\|')
_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WEBP"}
_DECODING = threading.Lock()
_SMALLER = "scale it down (at most 6000 × 6000 pixels is plenty for print) and save it again"


def name_problem(name: str) -> tuple[str, str] | None:
    """Why a picture's written path cannot name a file in every output, or None."""
    bad = sorted({c for c in name if c in _NOT_IN_NAMES or ord(c) < 0x20 or ord(c) == 0x7F})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        return (f"has {shown} in its name, which an EPUB cannot hold",
                "rename the picture with letters, digits, '-', '_' and '.' only")
    if any(part.endswith(".") for part in name.split("/") if part not in (".", "..")):
        return ("has a name part ending in '.', which an EPUB cannot hold",
                "rename it without the trailing dot")
    return None


def picture_problem(path: Path) -> tuple[str, str] | None:
    """Why the picture file (a regular file inside the handouts folder) cannot be printed:
    too big, not the format its name says, damaged, or too many pixels; None if it is fine."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}", "check that you may read it"
    if info.st_size > MAX_PICTURE_BYTES:
        return (f"is larger than {MAX_PICTURE_BYTES // 1_000_000} MB", _SMALLER)
    return _decoded(path, info.st_mtime_ns, info.st_size)


def _load_whole(picture: ImageFile.ImageFile) -> None:
    """Decode every pixel, refusing a file that ends early. WeasyPrint sets Pillow's
    LOAD_TRUNCATED_IMAGES for the whole process when it is imported (it pads such a picture
    with grey); the check turns it off while it decodes, one picture at a time."""
    with _DECODING:
        padded = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            picture.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = padded


@functools.lru_cache(maxsize=256)  # every build loads every handout: decode a picture once
def _decoded(path: Path, mtime_ns: int, size: int) -> tuple[str, str] | None:
    wanted = _FORMATS[path.suffix.lower()]
    try:
        # Pillow warns above its own limit (ours is lower and checked below, by name);
        # past twice its limit it refuses the picture outright.
        with warnings.catch_warnings(record=True), Image.open(path) as picture:
            if picture.format != wanted:
                found = picture.format or "another format"
                return (f"holds {found} data, not {wanted} as its name says",
                        f"save it as {wanted} again, or rename it to match its format")
            if picture.width * picture.height > MAX_PICTURE_PIXELS:
                return (f"has {picture.width} × {picture.height} pixels, more than "
                        f"{MAX_PICTURE_PIXELS // 1_000_000} million", _SMALLER)
            _load_whole(picture)  # a truncated file fails here, not in the PDF
    except Image.DecompressionBombError:
        return "has far too many pixels", _SMALLER
    except UnidentifiedImageError:
        return (f"is not a {wanted} picture (its bytes are not a picture Pillow knows)",
                f"save the picture as {wanted} again from an image editor")
    except (OSError, SyntaxError, ValueError) as exc:  # truncated, damaged chunks or CRCs
        reason = str(exc) or type(exc).__name__
        return (f"is damaged: {reason}", "save the picture again from an image editor")
    return None
