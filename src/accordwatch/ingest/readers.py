"""Readers per input format: each turns a path into raw documents or failures, never raises.

A failure names the file (and line for JSON Lines) and the problem, so the rest of a batch goes on
and the failed input can be retried later.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accordwatch.ingest.encoding import Decoded, NotText, decode_bytes
from accordwatch.model import Failure

METADATA_KEYS = ("id", "published", "title", "url", "outlet")
# other names feeds give the title line ("release": a press release's first line)
TITLE_KEYS = ("title", "headline", "release")
SIDECAR_SUFFIX = ".meta.json"


@dataclass(slots=True)
class RawDocument:
    """A document as read, before publication date and line kinds are worked out."""

    id: str
    text: str
    source: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    html: str | None = None


Reader = Callable[[Path], Iterator[RawDocument | Failure]]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    def register(fn: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix] = fn
        return fn

    return register


def decode(path: Path, data: bytes) -> Decoded | Failure:
    """The text and its encoding, or a failure saying why the bytes are not a text document."""
    if not data.strip():
        return Failure(str(path), "empty file")
    try:
        decoded = decode_bytes(data)
    except NotText as err:
        return Failure(str(path), str(err))
    if not decoded.text.strip():
        return Failure(str(path), "empty file (only white space)")
    return decoded


def read_sidecar(path: Path) -> dict[str, Any] | Failure:
    """The NAME.meta.json beside NAME.txt / NAME.html, or {} when there is none."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    kind = _not_regular(sidecar)
    if kind:
        return Failure(str(path), f"sidecar {sidecar.name} is not a regular file ({kind}): not read")
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        # recorded under the report's path, so `ingest --retry-failed` reads the report again
        return Failure(str(path), f"sidecar {sidecar.name} is not valid JSON: {err}")
    if not isinstance(meta, dict):
        return Failure(str(path), f"sidecar {sidecar.name} must hold a JSON object")
    return meta


def from_record(record: dict[str, Any], text: str, source: str, default_id: str) -> RawDocument:
    extra = {k: v for k, v in record.items() if k not in (*METADATA_KEYS, "text")}
    return RawDocument(
        id=str(record.get("id") or default_id),
        text=text,
        source=source,
        published=_str_or_none(record.get("published")),
        title=next((_str_or_none(record[k]) for k in TITLE_KEYS if _str_or_none(record.get(k))), None),
        url=_str_or_none(record.get("url")),
        outlet=_str_or_none(record.get("outlet")),
        metadata=extra,
    )


def _str_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


@reader(".txt")
def read_text_file(path: Path) -> Iterator[RawDocument | Failure]:
    decoded = decode(path, path.read_bytes())
    if isinstance(decoded, Failure):
        yield decoded
        return
    meta = read_sidecar(path)
    if isinstance(meta, Failure):
        yield meta
        return
    yield _with_encoding(from_record(meta, decoded.text, str(path), default_id=path.stem), decoded)


@reader(".html", ".htm")
def read_html_file(path: Path) -> Iterator[RawDocument | Failure]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    decoded = decode(path, path.read_bytes())
    if isinstance(decoded, Failure):
        yield decoded
        return
    html = decoded.text
    meta = read_sidecar(path)
    if isinstance(meta, Failure):
        yield meta
        return
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        yield Failure(str(path), "HTML page has no article text that could be extracted")
        return
    page = trafilatura.extract_metadata(html)
    record = dict(meta)
    if page is not None:
        record.setdefault("title", page.title)
        record.setdefault("published", page.date)
        record.setdefault("url", page.url)
        record.setdefault("outlet", page.sitename)
    document = from_record(record, text, str(path), default_id=path.stem)
    document.html = html
    yield _with_encoding(document, decoded)


@reader(".jsonl")
def read_jsonl_file(path: Path) -> Iterator[RawDocument | Failure]:
    decoded = decode(path, path.read_bytes())
    if isinstance(decoded, Failure):
        yield decoded
        return
    content = decoded.text
    # JSON Lines are separated by "\n" only: str.splitlines() would also break inside strings that
    # hold U+2028 and similar separators
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(str(path), f"malformed JSON: {err.msg} (column {err.colno})", line=number)
            continue
        if not isinstance(record, dict):
            yield Failure(str(path), "a line must hold a JSON object", line=number)
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Failure(str(path), "record has no non-empty 'text' field", line=number)
            continue
        if "id" not in record:
            yield Failure(str(path), "record has no 'id' field", line=number)
            continue
        yield _with_encoding(from_record(record, text, f"{path}:{number}", default_id=f"{path.stem}-{number}"),
                             decoded)


def _with_encoding(document: RawDocument, decoded: Decoded) -> RawDocument:
    document.metadata["encoding"] = decoded.encoding  # how the file's bytes were read
    return document


def read_path(path: Path) -> Iterator[RawDocument | Failure]:
    """Every document under PATH (a file or a folder, walked in name order)."""
    if not path.exists():
        yield Failure(str(path), _why_missing(path))
        return
    if path.is_dir():
        for child in folder_entries(path):
            if isinstance(child, Failure):
                yield child
            elif _readable_in_folder(child):
                yield from read_path(child)
        return
    kind = _not_regular(path)
    if kind:  # checked before opening: opening a named pipe waits for a writer forever
        yield Failure(str(path), f"not a regular file ({kind}): not read")
        return
    read = READERS.get(path.suffix.lower())
    if read is None:
        yield Failure(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                 f"use one of {', '.join(sorted(READERS))}")
        return
    try:
        yield from read(path)
    except OSError as err:
        yield Failure(str(path), f"cannot read: {err.strerror or err}")


def folder_entries(folder: Path) -> Iterator[Path | Failure]:
    """Every entry of FOLDER that is not a folder, in name order, through linked folders too; a
    symlink loop, or a link to nothing named as a document, is a failure naming the link."""
    yield from _entries(folder, frozenset({os.path.realpath(folder)}))


def _entries(folder: Path, ancestors: frozenset[str]) -> Iterator[Path | Failure]:
    try:
        children = sorted(folder.iterdir())
    except OSError as err:
        yield Failure(str(folder), f"cannot list folder: {err.strerror or err}")
        return
    for child in children:
        if child.is_symlink() and not child.exists():
            yield from _broken_link(child)
        elif child.is_dir():
            real = os.path.realpath(child)
            if real in ancestors:
                yield Failure(str(child), f"symlink loop: leads back to {real}, not followed")
            else:
                yield from _entries(child, ancestors | {real})
        else:
            yield child


def _broken_link(link: Path) -> Iterator[Failure]:
    try:
        os.stat(link)
    except OSError as err:
        if err.errno == errno.ELOOP:
            yield Failure(str(link), "symlink loop: the link leads back to itself, not followed")
        elif link.suffix.lower() in READERS:
            yield Failure(str(link), f"broken symbolic link (to {os.readlink(link)}): nothing to read")


def _why_missing(path: Path) -> str:
    if path.is_symlink():
        return next(_broken_link(path), Failure(str(path), "no such file or folder")).reason
    return "no such file or folder"


def _not_regular(path: Path) -> str | None:
    """What PATH is when it is not a regular file (a named pipe, a device, a socket), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reading it will say what is wrong
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def _readable_in_folder(path: Path) -> bool:
    """In a folder, only document files count (not sidecars, READMEs or agreement files)."""
    return path.suffix.lower() in READERS and not path.name.endswith(SIDECAR_SUFFIX)


from accordwatch.ingest import feeds  # noqa: E402, F401  (registers the .rss, .atom and .xml readers)
