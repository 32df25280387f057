"""Adding a source: its text read from a .txt, .md or .html file (or pasted), then stored.

Reading never guesses silently: UTF-8 (with or without a byte-order mark) is tried first, then
UTF-16 when the file says so with its BOM, then cp1251 (the usual legacy encoding of Russian
and Ukrainian text) when the bytes read as Cyrillic; anything else, and anything binary
(NUL bytes, control characters, a known binary signature), is refused with one line saying
why. Files above ``MAX_FILE_BYTES`` are refused before being read. HTML is reduced to its
readable text with the standard library's ``html.parser``: script, style and similar elements
are dropped, block elements become line breaks, entities are decoded.

Storing is one write through the Store (one transaction, undoable, logged): nothing is ever
half-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..core.entities import MAX_SOURCE_CHARS
from ..core.errors import AllyError
from .store import ChangeSet, Store

#: The largest file read (bytes). A longer text is refused, not cut: an excerpt must be found
#: in the whole source. 20 MiB holds a long book (War and Peace is ~3.3 MB of UTF-8).
MAX_FILE_BYTES = 20 * 1024 * 1024
KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
         ".html": "html", ".htm": "html", ".xhtml": "html"}

_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF",
                      b"SQLite format 3", b"\xd0\xcf\x11\xe0", b"MZ")


class SourceRefused(AllyError):
    """A file or text that cannot become a source; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1251" or "pasted"
    kind: str  # "text", "markdown", "html"


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Bytes -> (text, encoding name), or SourceRefused saying why not."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        if any(data.startswith(sig) for sig in _BINARY_SIGNATURES) or b"\x00" in data[:65536]:
            raise SourceRefused(f"{name} is a binary file, not text: save it as .txt, .md or .html first")
        candidates = ["utf-8", "cp1251"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1251" and not _looks_cyrillic(text):
            break
        if _controls(text) > max(8, len(text) // 1000):
            raise SourceRefused(f"{name} is a binary file, not text: save it as .txt, .md or .html first")
        return text, encoding
    raise SourceRefused(f"{name} is neither UTF-8 nor Cyrillic cp1251 text: save it as UTF-8 and try again")


def _looks_cyrillic(text: str) -> bool:
    """cp1251 decodes nearly any byte; accept it only when the non-ASCII letters are Cyrillic and
    make whole words (Latin-1 "café" would read as "cafй": a Latin word with one Cyrillic letter)."""
    high = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not high or sum("\u0400" <= c <= "\u04ff" for c in high) < 0.9 * len(high):
        return False
    words = [w for w in re.findall(r"\w+", text) if any("\u0400" <= c <= "\u04ff" for c in w)]
    mixed = sum(1 for w in words if re.search(r"[A-Za-z]", w))
    return mixed <= 0.1 * len(words)


def _controls(text: str) -> int:
    return sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7f <= ord(c) < 0xa0)


def normalise(text: str) -> str:
    """One kind of line break (\\n) and no white space at either end, as the source form keeps
    it: what the reader shows is what the offsets count. Everything else stays as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.strip()


class _Reducer(HTMLParser):
    SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"})
    BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "blockquote", "pre", "section", "article", "header", "footer", "figcaption",
                        "figure", "table", "hr", "dd", "dt", "main", "aside", "nav", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title = ""
        self._in_title = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "title":
            self._in_title = True
        self.pre += tag == "pre"
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if not self.skipping:
            self.parts.append(data if self.pre else re.sub(r"\s*\n\s*", " ", data))


def html_to_text(html: str) -> tuple[str, str]:
    """(readable text, the page's <title>): one paragraph a line, spaces collapsed."""
    reducer = _Reducer()
    reducer.feed(html)
    reducer.close()
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in "".join(reducer.parts).split("\n")]
    return "\n".join(line for line in lines if line), " ".join(reducer.title.split())


def read_source_file(path: str | Path) -> tuple[SourceText, str]:
    """A file -> (its text, a title suggested by the file: an HTML <title>, a Markdown heading)."""
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise SourceRefused(f"{path.name}: only .txt, .md and .html files can be added as sources")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceRefused(
                f"{path.name} is {size / 2**20:.0f} MB; a source can be at most {MAX_FILE_BYTES // 2**20} MB of text")
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise SourceRefused(f"{path.name}: {e.strerror or e}") from None
    if len(data) > MAX_FILE_BYTES:
        raise SourceRefused(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB")
    text, encoding = decode(data, path.name)
    title = ""
    if kind == "html":
        text, title = html_to_text(text)
    elif kind == "markdown":
        heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
        title = heading.group(1).strip() if heading else ""
    text = normalise(text)
    _check_text(text, path.name)
    return SourceText(text, encoding, kind), title


def pasted_text(text: str) -> SourceText:
    text = normalise(text)
    _check_text(text, "the pasted text")
    return SourceText(text, "pasted", "text")


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise SourceRefused(f"{name} holds no readable text")
    if len(text) > MAX_SOURCE_CHARS:
        raise SourceRefused(f"{name} is {len(text):,} characters long; a source can hold at most {MAX_SOURCE_CHARS:,}")


def add_source(store: Store, text: SourceText | str, /, *, title: str, published: str | None = None,
               url: str | None = None, publisher: str | None = None, author: str | None = None,
               licence: str | None = None, note: str | None = None, id: str | None = None) -> ChangeSet:
    """Store a new source with its text: one validated, undoable write (ValidationError on bad
    metadata, nothing written)."""
    if isinstance(text, str):
        text = pasted_text(text)
    return store.create_source(
        id=id, title=title, published=published, url=url, publisher=publisher, author=author,
        licence=licence, note=note, text=text.text,
    )


__all__ = ["MAX_FILE_BYTES", "SourceRefused", "SourceText", "add_source", "decode", "html_to_text",
           "pasted_text", "read_source_file"]
