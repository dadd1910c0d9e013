"""Piper's voice with its random noise fed in: the same text and settings give the same samples.

A piper (VITS) voice draws Gaussian noise twice per sentence, in two ONNX `RandomNormalLike`
nodes: one for the phoneme durations, one for the voice itself. onnxruntime seeds each such
node once, when the session is made, and its generator moves on with every run, so the
samples of a sentence depend on which session spoke it and on what that session spoke
before (`onnxruntime.set_seed` only affects sessions made afterwards). Here each of those
nodes is replaced, in memory, by a slice of a new input, and the noise comes from numpy,
seeded from the sentence and the voice settings: the samples depend on nothing else.

Each replacement takes the first n values of its input, n being the size of the tensor the
node would have drawn, and gives them that tensor's shape. The duration noise has a size
known from the phonemes; the voice noise depends on the durations, so it is offered with
room to spare and, should that be too short, offered again with more. numpy draws a longer
array of the same seed as the shorter one followed by more values, so a retry gives the
same samples as a first try that was long enough.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from onnxruntime.capi.onnxruntime_pybind11_state import Fail, RuntimeException

from handoutkit.files import atomic_output

if TYPE_CHECKING:
    from piper import PiperVoice

logger = logging.getLogger(__name__)

RANDOM_OP = "RandomNormalLike"
NOISE_INPUTS = ("hk_noise_durations", "hk_noise_voice")  # in the order the graph draws them
VOICE_CHANNELS = 192  # the voice noise's channels (VITS inter_channels)
FRAMES_PER_PHONEME = 8  # voice-noise room per phoneme id at length scale 1 (about 2.2 used)
NOISE_VERSION = "seeded-noise-1"  # in the engine identity: changes the samples when it does
RETRIES = 4  # each offers twice the voice noise of the one before


def seeded_model(model: Path) -> bytes:
    """The voice's ONNX model with each RandomNormalLike replaced by a slice of an input."""
    import onnx  # only the voice needs it; loaded with the voice
    from onnx import TensorProto, helper

    graph = (proto := onnx.load(str(model))).graph
    randoms = [i for i, node in enumerate(graph.node) if node.op_type == RANDOM_OP]
    if len(randoms) != len(NOISE_INPUTS):
        raise ValueError(f"expected {len(NOISE_INPUTS)} {RANDOM_OP} nodes, found {len(randoms)}")
    graph.initializer.append(helper.make_tensor("hk_one", TensorProto.INT64, [1], [1]))
    graph.initializer.append(helper.make_tensor("hk_zero", TensorProto.INT64, [1], [0]))
    for index, name in reversed(list(zip(randoms, NOISE_INPUTS, strict=True))):
        node = graph.node[index]
        graph.input.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["n"]))
        del graph.node[index]
        for offset, replacement in enumerate(_slice_nodes(node.input[0], node.output[0], name)):
            graph.node.insert(index + offset, replacement)
    return proto.SerializeToString()


def seeded_source(model: Path, models: Path | None) -> str | bytes:
    """The seeded model's file, kept in ``models``; or its bytes, when there is no such
    folder or the file cannot be written there (a cache that cannot be written costs time)."""
    if models is not None:
        try:
            return str(seeded_model_file(model, models))
        except OSError as exc:
            logger.warning("cannot keep the seeded voice in %s: %s", models, exc.strerror or exc)
    return _seeded_bytes(model)


@functools.cache
def _seeded_bytes(model: Path) -> bytes:
    """The model with its noise as inputs, made once per process (half a second)."""
    return seeded_model(model)


def seeded_model_file(model: Path, folder: Path) -> Path:
    """The seeded model kept in ``folder``, made once: a process then loads it as it would
    the voice's own file, without the 0.8 s of importing onnx and rewriting 63 MB."""
    stat = model.stat()
    made_from = f"{model.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{NOISE_VERSION}"
    key = hashlib.sha256(f"{made_from}|onnx {version('onnx')}".encode()).hexdigest()[:16]
    dest = folder / f"{model.stem}.{key}.onnx"
    if not dest.is_file():
        with atomic_output(dest) as part:
            part.write_bytes(seeded_model(model))
        logger.debug("wrote the seeded voice model %s", dest)
    return dest


def _slice_nodes(like: str, out: str, noise: str) -> list:
    """Nodes computing ``out`` = the first size(like) values of ``noise``, shaped as ``like``."""
    from onnx import helper

    return [
        helper.make_node("Shape", [like], [f"{noise}_shape"]),
        helper.make_node("Size", [like], [f"{noise}_size"]),
        helper.make_node("Reshape", [f"{noise}_size", "hk_one"], [f"{noise}_end"]),
        helper.make_node("Slice", [noise, "hk_zero", f"{noise}_end"], [f"{noise}_flat"]),
        helper.make_node("Reshape", [f"{noise}_flat", f"{noise}_shape"], [out]),
    ]


@dataclass(frozen=True)
class NoiseSource:
    """The noise for one sentence, drawn from a seed made of the words and the settings."""

    seed: int

    @classmethod
    def for_sentence(cls, identity: str, text: str, sentence: int) -> NoiseSource:
        """A seed from what the samples may depend on: voice, settings, text, which sentence."""
        key = hashlib.sha256(f"{identity}\n{sentence}\n{text}".encode()).digest()
        return cls(int.from_bytes(key[:8], "little"))

    def inputs(self, phoneme_ids: int, length_scale: float, attempt: int) -> dict[str, np.ndarray]:
        """Noise for both nodes, the voice's with room for longer sounds on each attempt."""
        frames = int(phoneme_ids * FRAMES_PER_PHONEME * max(1.0, length_scale)) << attempt
        sizes = (2 * phoneme_ids, VOICE_CHANNELS * frames)
        return {name: np.random.default_rng([self.seed, stream]).standard_normal(
                    size, dtype=np.float32)
                for stream, (name, size) in enumerate(zip(NOISE_INPUTS, sizes, strict=True))}


def speak_sentences(voice: PiperVoice, text: str, identity: str,
                    length_scale: float) -> list[np.ndarray]:
    """Each sentence piper finds in ``text``, spoken with its own seeded noise."""
    scales = np.array([voice.config.noise_scale, length_scale, voice.config.noise_w_scale],
                      dtype=np.float32)
    spoken = []
    for index, phonemes in enumerate(voice.phonemize(text)):
        if phonemes:
            ids = voice.phonemes_to_ids(phonemes)
            noise = NoiseSource.for_sentence(identity, text, index)
            spoken.append(_run(voice, ids, scales, noise))
    return spoken


def _run(voice: PiperVoice, ids: list[int], scales: np.ndarray, noise: NoiseSource) -> np.ndarray:
    """One sentence's samples; offers more voice noise if the sentence came out long."""
    fixed = {"input": np.array([ids], dtype=np.int64),
             "input_lengths": np.array([len(ids)], dtype=np.int64), "scales": scales}
    for attempt in range(RETRIES - 1):
        try:
            return _samples(voice, fixed | noise.inputs(len(ids), float(scales[1]), attempt))
        except (Fail, RuntimeException) as error:  # noise shorter than the sound: Reshape
            if "Reshape" not in str(error):
                raise
            logger.debug("sentence of %d phoneme ids needs more noise; trying again", len(ids))
    return _samples(voice, fixed | noise.inputs(len(ids), float(scales[1]), RETRIES - 1))


def _samples(voice: PiperVoice, inputs: dict[str, np.ndarray]) -> np.ndarray:
    audio = voice.session.run(None, inputs)[0].squeeze()
    return np.clip(audio, -1.0, 1.0).astype(np.float32)
