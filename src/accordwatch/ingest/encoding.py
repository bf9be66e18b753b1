"""Which character encoding a file's bytes are in: a byte-order mark, else UTF-8, else detection.

Detection is charset-normalizer's. It tells scripts apart well (Cyrillic, Arabic, Greek) but not the
single-byte Latin code pages from one another in a short report (a Swedish Latin-1 text came out as
DOS cp852, an English Windows-1252 one with curly quotes as cp852 too): when its reading is in Latin
script, Windows-1252 (the superset of Latin-1 that Western newsrooms and Windows editors write) is
taken wherever it decodes the bytes. The cost: Turkish or Polish letters in their own code pages
(1254, 1250) are misread; UTF-8, which nearly all feeds use, is never touched by this.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
WESTERN = "cp1252"
SNIFFED_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the Python codec name used


class NotText(ValueError):
    """The bytes are not text in any encoding (the message says why, in a few words)."""


def decode_bytes(data: bytes) -> Decoded:
    """The text in DATA and the encoding it was read with; NotText when it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as err:
                raise NotText(f"starts with a {encoding} byte-order mark but is not {encoding} "
                              f"(undecodable bytes at offset {err.start})") from err
    if b"\x00" in data[:SNIFFED_BYTES]:
        # NUL is no character of any text encoding but UTF-16/32, which would carry a mark
        raise NotText("binary file (contains NUL bytes), not a text document")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detected(data)


def _detected(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 files need it

    best = from_bytes(data).best()
    if best is None:
        raise NotText("no character encoding reads these bytes as text (binary?)")
    text = str(best)
    if _latin_script(text):
        try:
            western = data.decode(WESTERN)
        except UnicodeDecodeError:
            western = None  # bytes Windows-1252 leaves undefined: another Latin code page it is
        if western is not None:
            return Decoded(western, WESTERN)
    return Decoded(text, codecs.lookup(best.encoding).name)


def _latin_script(text: str) -> bool:
    """Whether every letter outside ASCII is a Latin one (é, ß, ø...), punctuation aside."""
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
