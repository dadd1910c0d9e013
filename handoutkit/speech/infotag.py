"""The Info frame a CBR MP3 opens with: its length for players and the codec delay for decoders.

lameenc returns bare MPEG frames; LAME itself writes this frame only when it writes to a
seekable file. Without it a player guesses the length from the file size, and no decoder
knows how many samples of encoder delay and end padding to trim. The frame is a silent
frame of the stream's own kind holding the Xing "Info" header (frame and byte counts) and
the LAME extension (encoder delay and padding, 12 bits each), laid out as the "Mp3 Info Tag
rev 1" specification (Gabriel Bouvigne, the LAME project) describes it.
"""

from __future__ import annotations

import struct

from handoutkit.errors import OutputError

ENCODER = b"LAME3.100"  # the encoder string of lameenc 1.9 (LAME 3.100): nine bytes
ENCODER_DELAY = 576  # samples LAME puts before the input; a decoder adds its own 529
CBR_METHOD = 1  # "VBR method" nibble: constant bitrate
INFO_FLAGS = 0x0003  # the frame count and the byte count are present (no TOC, no quality)
TAG_CRC_SPAN = 190  # bytes of the frame the tag's own CRC covers
# kbps by bitrate index, for MPEG-1 and for MPEG-2/2.5 Layer III.
BITRATES = {1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
            2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)}
SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def with_info_frame(frames: bytes, samples: int) -> bytes:
    """``frames`` (Layer III, constant bitrate, as lameenc gives them) led by an Info frame
    that counts them and says that ``samples`` input samples are in them after the encoder
    delay."""
    header = frames[:4]
    spec = _Frame.read(header)
    count, at = 0, 0
    while at < len(frames):
        at += _Frame.read(frames[at:at + 4]).length
        count += 1
    if at != len(frames):
        raise OutputError("the MP3 encoder's output does not end on a whole frame")
    padding = count * spec.samples - ENCODER_DELAY - samples
    if not 0 <= padding < 4096:
        raise OutputError(f"the MP3 has {padding} samples of padding, which the tag cannot hold")
    tag = bytearray(_Frame.read(header, padded=False).length)
    tag[:4] = bytes((header[0], header[1], header[2] & 0xFD, header[3]))  # no padding slot
    at = 4 + spec.side_info
    info = b"Info" + struct.pack(">III", INFO_FLAGS, count, len(tag) + len(frames))
    lame = (ENCODER + bytes((CBR_METHOD, 0)) + bytes(8)  # lowpass, peak, gains unknown
            + bytes((0, min(spec.kbps, 255)))
            + (ENCODER_DELAY << 12 | padding).to_bytes(3, "big")
            + bytes(4) + struct.pack(">IH", len(tag) + len(frames), crc16(frames)))
    tag[at:at + len(info) + len(lame)] = info + lame
    end = at + len(info) + len(lame)
    tag[end:end + 2] = crc16(bytes(tag[:TAG_CRC_SPAN])).to_bytes(2, "big")
    return bytes(tag) + frames


class _Frame:
    """What an MPEG audio frame header says: its length, samples and side-information size."""

    def __init__(self, kbps: int, rate: int, mpeg1: bool, mono: bool, padded: bool) -> None:
        self.kbps = kbps
        self.samples = 1152 if mpeg1 else 576
        self.length = (144 if mpeg1 else 72) * kbps * 1000 // rate + padded
        self.side_info = (17 if mono else 32) if mpeg1 else (9 if mono else 17)

    @classmethod
    def read(cls, header: bytes, padded: bool | None = None) -> _Frame:
        if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0 \
                or header[1] >> 1 & 3 != 1:
            raise OutputError("the MP3 encoder's output is not Layer III frames")
        version, rate_index = header[1] >> 3 & 3, header[2] >> 2 & 3
        if version not in SAMPLE_RATES or rate_index == 3:
            raise OutputError("the MP3 encoder's output has a reserved sample rate")
        kbps = BITRATES[1 if version == 3 else 2][header[2] >> 4]
        return cls(kbps, SAMPLE_RATES[version][rate_index], version == 3,
                   header[3] >> 6 == 3, bool(header[2] & 2) if padded is None else padded)


def crc16(data: bytes) -> int:
    """CRC-16 with the polynomial 0x8005 (bits reflected), as the LAME tag uses."""
    crc = 0
    for byte in data:
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ crc >> 8
    return crc


def _crc_table() -> tuple[int, ...]:
    table = []
    for index in range(256):
        crc = index
        for _ in range(8):
            crc = crc >> 1 ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_CRC_TABLE = _crc_table()
