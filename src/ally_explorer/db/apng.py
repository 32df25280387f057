"""An animated PNG (APNG) made from PNG frames of one size, for the map's time-lapse.

Qt writes PNG but no animated format, and an animated GIF would need Pillow. APNG is PNG with
three more chunk types (``acTL``, ``fcTL``, ``fdAT``): the frames' compressed image data is
reused as it is, so this is a few lines of the standard library. A viewer without APNG support
shows the first frame. Qt-free (the frames come in as bytes).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator, Sequence

SIGNATURE = b"\x89PNG\r\n\x1a\n"


class NotAPng(ValueError):
    """A frame is not a PNG, or not the size and kind of the first."""


def chunks(png: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(type, data) of every chunk of a PNG file, checking their lengths and CRCs."""
    if not png.startswith(SIGNATURE):
        raise NotAPng("not a PNG file (its signature is missing)")
    at = len(SIGNATURE)
    while at < len(png):
        if at + 8 > len(png):
            raise NotAPng("the PNG file is cut short")
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        data = png[at + 8:at + 8 + length]
        crc = png[at + 8 + length:at + 12 + length]
        if len(data) != length or len(crc) != 4:
            raise NotAPng("the PNG file is cut short")
        if struct.unpack(">I", crc)[0] != zlib.crc32(kind + data):
            raise NotAPng(f"the PNG chunk {kind.decode('latin-1')!r} is damaged")
        yield kind, data
        at += 12 + length


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def assemble_apng(frames: Sequence[bytes], *, frame_ms: int = 500, plays: int = 0) -> bytes:
    """One APNG from PNG frames of the same size and colour type, each shown ``frame_ms``
    milliseconds; ``plays`` times over (0: for ever)."""
    if not frames:
        raise NotAPng("no frames to animate")
    parsed = [list(chunks(frame)) for frame in frames]
    header = parsed[0][0]
    if header[0] != b"IHDR":
        raise NotAPng("the first chunk of a PNG must be IHDR")
    width, height = struct.unpack(">II", header[1][:8])
    delay = (max(1, min(frame_ms, 65535)), 1000)
    out = [SIGNATURE, _chunk(b"IHDR", header[1]), _chunk(b"acTL", struct.pack(">II", len(frames), plays))]
    sequence = 0
    for number, frame in enumerate(parsed):
        if frame[0] != header:
            raise NotAPng(f"frame {number + 1} is not the size and kind of the first")
        out.append(_chunk(b"fcTL", struct.pack(">IIIIIHHBB", sequence, width, height, 0, 0, *delay, 0, 0)))
        sequence += 1
        for kind, data in frame[1:]:
            if kind == b"IDAT":
                if number == 0:
                    out.append(_chunk(b"IDAT", data))  # the first frame is also the still image
                else:
                    out.append(_chunk(b"fdAT", struct.pack(">I", sequence) + data))
                    sequence += 1
            elif number == 0 and kind in (b"PLTE", b"tRNS", b"gAMA", b"sRGB", b"pHYs", b"cHRM", b"iCCP"):
                out.append(_chunk(kind, data))
    out.append(_chunk(b"IEND", b""))
    return b"".join(out)


def frame_count(png: bytes) -> int:
    """How many frames a PNG holds (1 for a still PNG)."""
    for kind, data in chunks(png):
        if kind == b"acTL":
            return struct.unpack(">I", data[:4])[0]
    return 1


__all__ = ["NotAPng", "assemble_apng", "chunks", "frame_count"]
