"""Uploads: files or pasted text from the API or the dashboard go through the same file sources
and pipeline as `eventwire ingest`, so an upload is coded exactly as the CLI would code it."""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import InputError
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store.database import Store

_LOCK = threading.Lock()  # one spaCy pipeline, one writer: uploads are coded one at a time


@dataclass
class IngestReport:
    stored: list[dict] = field(default_factory=list)     # {"id", "source", "events", "new"}
    skipped: list[dict] = field(default_factory=list)    # {"source", "reason"}


def ingest_uploads(store: Store, settings: Settings, files: list[tuple[str, bytes]], published: str | None) -> IngestReport:
    report = IngestReport()
    with tempfile.TemporaryDirectory(prefix="eventwire-upload-") as tmp, _LOCK:
        paths = []
        for i, (name, data) in enumerate(files):
            safe = Path(name or f"upload-{i}.txt").name or f"upload-{i}.txt"  # never a path from the client
            target = Path(tmp) / f"{i:03d}-{safe}"
            target.write_bytes(data)
            paths.append(str(target))
        for item in Pipeline(settings).process_paths(paths, published):
            if isinstance(item, InputError):
                source = _client_name(item.source, tmp)
                store.record_failure(source, item.reason)
                report.skipped.append({"source": source, "reason": item.reason})
                continue
            item.document.source = _client_name(item.document.source, tmp)
            new = store.write(item)
            report.stored.append({"id": item.document.id, "source": item.document.source,
                                  "events": len(item.events), "new": new, "notes": item.notes})
    return report


def _client_name(source: str, tmp: str) -> str:
    """The name the user gave, not our temporary path."""
    if source.startswith(tmp):
        name = Path(source).name
        return "upload:" + (name.split("-", 1)[1] if "-" in name else name)
    return source
