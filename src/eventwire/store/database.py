"""Open a store and write to it. Writes are idempotent: a document is keyed by the hash of its
clean text, so ingesting the same content twice stores it once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.model import DocumentResult, Event
from eventwire.store import schema


def _url(db: str) -> str:
    if "://" in db:
        return db.replace("postgresql://", "postgresql+psycopg://", 1) if db.startswith("postgresql://") else db
    path = Path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def open_store(db: str) -> "Store":
    try:
        engine = create_engine(_url(db), future=True)
    except (SQLAlchemyError, ValueError) as err:
        raise StoreError(f"cannot open store {db!r}: {err}") from err
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers (the web server) never block the writer
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.close()
    try:
        schema.metadata.create_all(engine)
        backfill_derived(engine)
    except SQLAlchemyError as err:
        raise StoreError(f"cannot create tables in {db!r}: {err}") from err
    return Store(engine)


@dataclass
class Store:
    engine: Engine

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc_id)).first() is not None

    def write(self, result: DocumentResult) -> bool:
        """Store one document with everything coded from it, in one transaction. False if it was
        already there (same clean text)."""
        doc = result.document
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc.id)).first():
                    return False
                conn.execute(insert(schema.documents).values(
                    id=doc.id, source=doc.source, title=doc.title, published=doc.published, publisher=doc.publisher,
                    language=doc.language, text=doc.text, notes=json.dumps(result.notes),
                    json=doc.model_dump_json(exclude={"text"}), ingested_at=datetime.now(timezone.utc)))
                if result.entities:
                    conn.execute(insert(schema.entities), [dict(document_id=doc.id, **e.model_dump()) for e in result.entities])
                for ev in result.events:
                    conn.execute(insert(schema.events).values(**_event_row(doc.id, ev)))
                    parties = [dict(event_id=ev.id, role=role, name=p.name, country=p.country, sector=p.sector, igo=p.igo,
                                    kb_id=p.kb_id, start=p.start, end=p.end)
                               for role, group in (("actor", ev.actor), ("recipient", ev.recipient)) for p in group]
                    if parties:
                        conn.execute(insert(schema.event_parties), parties)
                    codes, pairs = derived_rows(ev.id, ev.plover_score, parties)
                    if codes:
                        conn.execute(insert(schema.event_codes), codes)
                    if pairs:
                        conn.execute(insert(schema.event_pairs), pairs)
                for q in result.quotes:
                    conn.execute(insert(schema.quotes).values(
                        id=q.id, document_id=doc.id, speaker=q.speaker.name if q.speaker else None,
                        speaker_country=q.speaker.country if q.speaker else None, text=q.text, kind=q.kind, cue=q.cue,
                        start=q.start, end=q.end, json=q.model_dump_json()))
        except SQLAlchemyError as err:
            raise StoreError(f"could not store {doc.source}: {err}") from err
        return True

    def record_failure(self, source: str, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.failures).values(source=source, reason=reason, at=datetime.now(timezone.utc)))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.documents, schema.entities, schema.events, schema.quotes, schema.failures)}

    def events(self, actor: str | None = None, recipient: str | None = None, event_type: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Events as contract dicts (plus `document_id`), newest first."""
        e, p = schema.events, schema.event_parties
        query = select(e.c.json, e.c.document_id).order_by(e.c.date.desc(), e.c.id)
        if actor:
            query = query.where(e.c.id.in_(select(p.c.event_id).where(p.c.role == "actor", p.c.country == actor.upper())))
        if recipient:
            query = query.where(e.c.id.in_(select(p.c.event_id).where(p.c.role == "recipient", p.c.country == recipient.upper())))
        if event_type:
            query = query.where(e.c.event_type == event_type.upper())
        if since:
            query = query.where(e.c.date >= since)
        if until:
            query = query.where(e.c.date <= until + "~")  # "~" sorts after digits: 2015-05 <= 2015-05-31
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield {**json.loads(row.json), "document_id": row.document_id}


def derived_rows(event_id: str, score: float | None, parties: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    """event_codes and event_pairs rows for one event's parties (see schema.py for why)."""
    codes: dict[str, dict[str, Any]] = {}
    for p in parties:
        code = p.get("country") or p.get("igo")
        if not code:
            continue
        row = codes.setdefault(code, {"event_id": event_id, "code": code, "as_actor": 0, "as_recipient": 0})
        row["as_actor" if p["role"] == "actor" else "as_recipient"] = 1
    sides: dict[str, set[str]] = {}
    for p in parties:
        if p.get("country"):
            sides.setdefault(p["country"], set()).add(p["role"])
    pairs = []
    countries = sorted(sides)
    for i, a in enumerate(countries):
        for b in countries[i + 1:]:
            source = target = None
            if "actor" in sides[a] and "recipient" in sides[b]:
                source, target = a, b
            elif "actor" in sides[b] and "recipient" in sides[a]:
                source, target = b, a
            pairs.append({"event_id": event_id, "a": a, "b": b, "source": source, "target": target, "plover_score": score})
    return list(codes.values()), pairs


def backfill_derived(engine: Engine) -> None:
    """Stores written before event_codes/event_pairs existed get them filled once, on open."""
    with engine.begin() as conn:
        if conn.execute(select(schema.event_codes.c.event_id).limit(1)).first():
            return
        if not conn.execute(select(schema.events.c.id).limit(1)).first():
            return
        e, p = schema.events, schema.event_parties
        by_event: dict[str, list[dict[str, Any]]] = {}
        scores: dict[str, float | None] = {}
        rows = conn.execute(select(p.c.event_id, p.c.role, p.c.country, p.c.igo, e.c.plover_score).join(e, e.c.id == p.c.event_id))
        for r in rows:
            by_event.setdefault(r.event_id, []).append({"role": r.role, "country": r.country, "igo": r.igo})
            scores[r.event_id] = r.plover_score
        codes, pairs = [], []
        for event_id, parties in by_event.items():
            c, pr = derived_rows(event_id, scores[event_id], parties)
            codes += c
            pairs += pr
        if codes:
            conn.execute(insert(schema.event_codes), codes)
        if pairs:
            conn.execute(insert(schema.event_pairs), pairs)


def _event_row(doc_id: str, ev: Event) -> dict[str, Any]:
    return dict(
        id=ev.id, document_id=doc_id, event_type=ev.event_type, mode=ev.mode, context=",".join(ev.context), aux=ev.aux,
        cameo=ev.cameo, goldstein=ev.goldstein, plover_score=ev.plover_score, quad_class=ev.quad_class, date=ev.date,
        date_precision=ev.date_precision, location=ev.location.name if ev.location else None,
        location_country=ev.location.country if ev.location else None, evidence=ev.evidence.text,
        trigger=ev.evidence.trigger, quote_id=ev.quote_id, confidence=ev.confidence, json=ev.model_dump_json())
