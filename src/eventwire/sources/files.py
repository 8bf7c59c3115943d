"""Files and folders on disk -> RawDocument (bytes plus what we know of their origin)."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from eventwire.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
JSON_TEXT_FIELDS = ("text", "body", "content", "articleBody", "html")


@dataclass(frozen=True)
class RawDocument:
    source: str
    data: bytes
    kind: str  # "html" | "text"
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    url: str | None = None
    published: str | None = None
    title: str | None = None


def iter_raw_documents(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Yield each readable document under `paths`; unreadable ones come back as InputError values
    so the caller can report them and go on."""
    for path in _expand(paths):
        try:
            yield from read_path(path, max_bytes)
        except InputError as err:
            yield err


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def read_path(path: Path, max_bytes: int) -> Iterator[RawDocument | InputError]:
    source = str(path)
    if not path.exists():
        raise InputError(source, "no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(source, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (EVENTWIRE_MAX_BYTES)")
    data = path.read_bytes()
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        data = _gunzip(source, data, max_bytes)
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in HTML_SUFFIXES:
        yield RawDocument(source, data, "html")
    elif suffix in TEXT_SUFFIXES or suffix == "":
        yield RawDocument(source, data, "text")
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(source, data, jsonl=suffix != ".json")
    else:
        raise InputError(source, f"unsupported file type '{suffix}' (supported: {', '.join(sorted(SUPPORTED))}, and .gz)")


def _gunzip(source: str, data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(max_bytes + 1)
    except (OSError, EOFError) as err:
        raise InputError(source, f"not a valid gzip file ({err})") from err
    if len(out) > max_bytes:
        raise InputError(source, f"decompresses to over the {max_bytes:,}-byte limit")
    return out


def _read_json(source: str, data: bytes, jsonl: bool) -> Iterator[RawDocument | InputError]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(source, f"JSON is not UTF-8 ({err.reason} at byte {err.start})") from err
    try:
        if jsonl:
            records = [(f"{source}#{n}", json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        else:
            loaded = json.loads(text)
            items = loaded if isinstance(loaded, list) else [loaded]
            records = [(source if len(items) == 1 else f"{source}#{n}", item) for n, item in enumerate(items, 1)]
    except json.JSONDecodeError as err:
        raise InputError(source, f"malformed JSON at line {err.lineno} column {err.colno}: {err.msg}") from err
    for name, record in records:
        # A bad record is reported on its own; the other records of the file still go through.
        if not isinstance(record, dict):
            yield InputError(name, "JSON record is not an object")
            continue
        key = next((k for k in JSON_TEXT_FIELDS if isinstance(record.get(k), str)), None)
        if key is None:
            yield InputError(name, f"JSON record has no text field (one of {', '.join(JSON_TEXT_FIELDS)})")
            continue
        body = record[key]
        kind = "html" if key == "html" or body.lstrip().startswith("<") else "text"
        yield RawDocument(
            source=str(record.get("id") or name),
            data=body.encode("utf-8"),
            kind=kind,
            url=record.get("url"),
            published=record.get("published"),
            title=record.get("title"),
        )
