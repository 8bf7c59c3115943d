"""Read queries for the API and dashboard. They run unchanged on SQLite and PostgreSQL, return
plain dicts, and page with limit/offset so a 100 000-event store answers as fast as a small one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.sql import Select

from eventwire.store import schema

E, P, D, Q = schema.events, schema.event_parties, schema.documents, schema.quotes
C, PR = schema.event_codes, schema.event_pairs
SORTS = {"date": E.c.date, "plover_score": E.c.plover_score, "goldstein": E.c.goldstein, "event_type": E.c.event_type}


@dataclass
class EventFilter:
    actor: str | None = None          # country ISO3 (or IGO code) among the actors
    recipient: str | None = None      # among the recipients
    party: list[str] = field(default_factory=list)  # each must appear on either side: a dyad
    event_type: str | None = None
    context: str | None = None
    aux: str | None = None            # a mode, or "none" for asserted events
    since: str | None = None
    until: str | None = None
    text: str | None = None           # words in the evidence sentence
    document_id: str | None = None


def _party_ids(code: str, role: str | None = None) -> Select:
    code = code.upper()
    query = select(P.c.event_id).where(or_(P.c.country == code, P.c.igo == code))
    return query.where(P.c.role == role) if role else query


def _is_empty(f: EventFilter) -> bool:
    return not any((f.actor, f.recipient, f.party, f.event_type, f.context, f.aux, f.since, f.until, f.text, f.document_id))


def _restrict(query: Select, event_id_column, f: EventFilter) -> Select:  # type: ignore[no-untyped-def]
    """Limit a query over parties to the events the filter selects; with no filter, skip the
    subquery entirely (it is what makes the unfiltered dashboard slow on a big store)."""
    if _is_empty(f):
        return query
    return query.where(event_id_column.in_(_where(select(E.c.id), f)))


def _where(query: Select, f: EventFilter) -> Select:
    if f.actor:
        query = query.where(E.c.id.in_(_party_ids(f.actor, "actor")))
    if f.recipient:
        query = query.where(E.c.id.in_(_party_ids(f.recipient, "recipient")))
    for code in f.party:
        query = query.where(E.c.id.in_(_party_ids(code)))
    if f.event_type:
        query = query.where(E.c.event_type == f.event_type.upper())
    if f.context:
        query = query.where(E.c.context.like(f"%{f.context.lower()}%"))
    if f.aux == "none":
        query = query.where(E.c.aux.is_(None))
    elif f.aux:
        query = query.where(E.c.aux == f.aux.lower())
    if f.since:
        query = query.where(E.c.date >= f.since)
    if f.until:
        query = query.where(E.c.date <= f.until + "~")  # "~" sorts after digits: 2015-05 <= 2015-05-31
    if f.text:
        query = _all_words(query, E.c.evidence, f.text)
    if f.document_id:
        query = query.where(E.c.document_id == f.document_id)
    return query


def _all_words(query: Select, column, text: str) -> Select:  # type: ignore[no-untyped-def]
    for word in text.split():
        query = query.where(func.lower(column).like(f"%{word.lower()}%"))
    return query


def count_events(engine: Engine, f: EventFilter) -> int:
    with engine.connect() as conn:
        return conn.execute(_where(select(func.count()).select_from(E), f)).scalar_one()


def list_events(engine: Engine, f: EventFilter, sort: str = "-date", limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    column = SORTS[sort.lstrip("-")]
    order = column.desc() if sort.startswith("-") else column.asc()
    query = _where(select(E.c.json, E.c.document_id), f).order_by(order, E.c.id).limit(limit).offset(offset)
    with engine.connect() as conn:
        return [{**json.loads(r.json), "document_id": r.document_id} for r in conn.execute(query)]


def get_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(E.c.json, E.c.document_id).where(E.c.id == event_id)).first()
    return {**json.loads(row.json), "document_id": row.document_id} if row else None


def get_document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(D.c.json, D.c.text, D.c.notes).where(D.c.id == doc_id)).first()
    if not row:
        return None
    return {**json.loads(row.json), "text": row.text, "notes": json.loads(row.notes or "[]")}


def document_bundle(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """A document with its events (in date order) and quotes."""
    doc = get_document(engine, doc_id)
    if doc is None:
        return None
    return {"document": doc, "events": list_events(engine, EventFilter(document_id=doc_id), "date", 1000),
            "quotes": list_quotes(engine, QuoteFilter(document_id=doc_id), 1000)[1]}


def event_bundle(engine: Engine, event_id: str) -> dict[str, Any] | None:
    """An event with its source document and, when coded from inside one, its quote."""
    ev = get_event(engine, event_id)
    if ev is None:
        return None
    doc = get_document(engine, ev["document_id"])
    quote = None
    if ev.get("quote_id"):
        with engine.connect() as conn:
            row = conn.execute(select(Q.c.json).where(Q.c.id == ev["quote_id"])).first()
        quote = json.loads(row.json) if row else None
    return {"event": ev, "document": doc, "quote": quote}


def list_documents(engine: Engine, text: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    n_events = select(func.count()).select_from(E).where(E.c.document_id == D.c.id).scalar_subquery()
    query = select(D.c.id, D.c.source, D.c.title, D.c.published, D.c.publisher, D.c.language, n_events.label("events"))
    counter = select(func.count()).select_from(D)
    if text:
        like = f"%{text.lower()}%"
        cond = or_(func.lower(D.c.title).like(like), func.lower(D.c.source).like(like))
        query, counter = query.where(cond), counter.where(cond)
    query = query.order_by(D.c.published.desc(), D.c.id).limit(limit).offset(offset)
    with engine.connect() as conn:
        return conn.execute(counter).scalar_one(), [dict(r._mapping) for r in conn.execute(query)]


@dataclass
class QuoteFilter:
    speaker: str | None = None
    country: str | None = None
    text: str | None = None
    document_id: str | None = None


def _quote_where(query: Select, f: QuoteFilter) -> Select:
    if f.speaker:
        query = query.where(func.lower(Q.c.speaker).like(f"%{f.speaker.lower()}%"))
    if f.country:
        query = query.where(Q.c.speaker_country == f.country.upper())
    if f.text:
        query = _all_words(query, Q.c.text, f.text)
    if f.document_id:
        query = query.where(Q.c.document_id == f.document_id)
    return query


def list_quotes(engine: Engine, f: QuoteFilter, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    query = _quote_where(select(Q.c.json, Q.c.document_id, D.c.title, D.c.published).join(D, D.c.id == Q.c.document_id), f)
    query = query.order_by(D.c.published.desc(), Q.c.document_id, Q.c.start).limit(limit).offset(offset)
    counter = _quote_where(select(func.count()).select_from(Q), f)
    with engine.connect() as conn:
        total = conn.execute(counter).scalar_one()
        rows = [{**json.loads(r.json), "document_id": r.document_id, "document_title": r.title, "published": r.published}
                for r in conn.execute(query)]
    return total, rows


def list_actors(engine: Engine, text: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Countries and IGOs with how often they act and are acted upon."""
    n = func.count()
    query = (select(C.c.code, func.sum(C.c.as_actor).label("as_actor"), func.sum(C.c.as_recipient).label("as_recipient"),
                    n.label("events")).group_by(C.c.code).order_by(n.desc(), C.c.code))
    if text:
        query = query.where(func.lower(C.c.code).like(f"%{text.lower()}%"))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]


def actor_people(engine: Engine, code: str, limit: int = 30) -> list[dict[str, Any]]:
    """The named parties of one country, most active first."""
    query = (select(P.c.name, P.c.sector, func.count(func.distinct(P.c.event_id)).label("events"))
             .where(or_(P.c.country == code.upper(), P.c.igo == code.upper()))
             .group_by(P.c.name, P.c.sector).order_by(func.count(func.distinct(P.c.event_id)).desc(), P.c.name).limit(limit))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def top_dyads(engine: Engine, f: EventFilter, limit: int = 15) -> list[dict[str, Any]]:
    """Country pairs that share events (either side), most events first, with their mean PLOVER score."""
    n = func.count()
    query = (select(PR.c.a, PR.c.b, n.label("events"), func.avg(PR.c.plover_score).label("mean_score"))
             .group_by(PR.c.a, PR.c.b).order_by(n.desc(), PR.c.a, PR.c.b).limit(limit))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_restrict(query, PR.c.event_id, f))]


def period_series(engine: Engine, f: EventFilter, period: str = "month") -> list[dict[str, Any]]:
    """Events per period and category, with the mean PLOVER score of each period. Undated events
    are left out: a series needs a date."""
    width = {"year": 4, "month": 7, "day": 10}[period]
    key = func.substr(E.c.date, 1, width)
    query = (_where(select(key.label("period"), E.c.event_type, func.count().label("n"),
                           func.avg(E.c.plover_score).label("mean_score")), f)
             .where(E.c.date.is_not(None), func.length(E.c.date) >= width)
             .group_by(key, E.c.event_type).order_by(key, E.c.event_type))
    series: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for r in conn.execute(query):
            row = series.setdefault(r.period, {"period": r.period, "events": 0, "by_type": {}, "_sum": 0.0})
            row["events"] += r.n
            row["by_type"][r.event_type] = r.n
            row["_sum"] += (r.mean_score or 0.0) * r.n
    out = []
    for row in series.values():
        row["mean_score"] = round(row.pop("_sum") / row["events"], 3) if row["events"] else None
        out.append(row)
    return out


def fill_periods(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert the empty months or years between the first and last period, so a chart's x axis
    is time and not just the periods that happen to have events."""
    if not series or len(series[0]["period"]) not in (4, 7):
        return series
    have = {r["period"]: r for r in series}
    first, last = series[0]["period"], series[-1]["period"]
    out = []
    if len(first) == 4:
        keys = [str(y) for y in range(int(first), int(last) + 1)]
    else:
        y, m = int(first[:4]), int(first[5:])
        keys = []
        while f"{y:04d}-{m:02d}" <= last:
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for key in keys:
        out.append(have.get(key) or {"period": key, "events": 0, "by_type": {}, "mean_score": None})
    return out


def timeline(engine: Engine, f: EventFilter, max_months: int = 120) -> list[dict[str, Any]]:
    """Monthly series with gaps filled; yearly when the months would be too many to read."""
    monthly = fill_periods(period_series(engine, f, "month"))
    return monthly if len(monthly) <= max_months else fill_periods(period_series(engine, f, "year"))


def country_activity(engine: Engine, f: EventFilter) -> dict[str, int]:
    query = _restrict(select(C.c.code, func.count()).where(func.length(C.c.code) == 3).group_by(C.c.code), C.c.event_id, f)
    with engine.connect() as conn:
        return {c: n for c, n in conn.execute(query)}


def interaction_edges(engine: Engine, f: EventFilter, limit: int = 40) -> list[dict[str, Any]]:
    """Directed actor-country -> recipient-country counts for the network view."""
    n = func.count()
    query = (select(PR.c.source, PR.c.target, n.label("events"), func.avg(PR.c.plover_score).label("mean_score"))
             .where(PR.c.source.is_not(None)).group_by(PR.c.source, PR.c.target)
             .order_by(n.desc(), PR.c.source, PR.c.target).limit(limit))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_restrict(query, PR.c.event_id, f))]


def type_counts(engine: Engine, f: EventFilter) -> dict[str, int]:
    query = _where(select(E.c.event_type, func.count()), f).group_by(E.c.event_type)
    with engine.connect() as conn:
        return {t: n for t, n in conn.execute(query)}



def store_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (D, E, Q)}
