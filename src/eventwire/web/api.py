"""REST API under /api. Every list answers {"total", "limit", "offset", "items"} as JSON, or CSV
with ?format=csv; filters are validated by FastAPI and refused with a 422 that names the field."""

from __future__ import annotations

import csv
import io
import re
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response

from eventwire.store import reads
from eventwire.web.app import config_of, require_write, store_of
from eventwire.web.ingest import ingest_uploads

router = APIRouter(prefix="/api", tags=["api"])

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CODE = r"^[A-Za-z][A-Za-z0-9]{1,15}$"        # ISO alpha-3 or an IGO code such as NATO
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TYPE = "^(" + "|".join(PLOVER) + "|" + "|".join(t.lower() for t in PLOVER) + ")$"
Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]
Fmt = Annotated[Literal["json", "csv"], Query(description="json or csv")]


def event_filter(
    actor: Annotated[Optional[str], Query(pattern=CODE, description="actor country (ISO3) or IGO")] = None,
    recipient: Annotated[Optional[str], Query(pattern=CODE)] = None,
    party: Annotated[Optional[list[str]], Query(description="country on either side; repeat for a dyad")] = None,
    type: Annotated[Optional[str], Query(pattern=TYPE, description="PLOVER category")] = None,
    context: Annotated[Optional[str], Query(max_length=40)] = None,
    aux: Annotated[Optional[Literal["future", "historical", "hypothetical", "negation", "none"]], Query()] = None,
    since: Annotated[Optional[str], Query(pattern=DATE)] = None,
    until: Annotated[Optional[str], Query(pattern=DATE)] = None,
    text: Annotated[Optional[str], Query(max_length=200, description="words in the evidence sentence")] = None,
    document: Annotated[Optional[str], Query(max_length=64)] = None,
) -> reads.EventFilter:
    for code in party or []:
        if not re.match(CODE, code):
            raise HTTPException(422, f"party '{code}' is not a country or organisation code")
    return reads.EventFilter(actor=actor, recipient=recipient, party=party or [], event_type=type, context=context,
                             aux=aux, since=since, until=until, text=text, document_id=document)


def _page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _csv(rows: list[dict[str, Any]], name: str) -> Response:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def flat_event(ev: dict[str, Any]) -> dict[str, Any]:
    def names(parties: list[dict]) -> str:
        return "; ".join(p["name"] for p in parties)

    def codes(parties: list[dict]) -> str:
        return "; ".join(p.get("country") or p.get("igo") or "" for p in parties)

    loc = ev.get("location") or {}
    return {"id": ev["id"], "date": ev.get("date"), "date_precision": ev.get("date_precision"),
            "event_type": ev["event_type"], "mode": ev.get("mode"), "context": ";".join(ev.get("context") or []),
            "aux": ev.get("aux"), "cameo": ev.get("cameo"), "goldstein": ev.get("goldstein"),
            "plover_score": ev.get("plover_score"), "quad_class": ev.get("quad_class"),
            "actor": names(ev["actor"]), "actor_code": codes(ev["actor"]),
            "recipient": names(ev.get("recipient") or []), "recipient_code": codes(ev.get("recipient") or []),
            "location": loc.get("name"), "location_country": loc.get("country"),
            "trigger": ev["evidence"]["trigger"], "evidence": ev["evidence"]["text"],
            "document_id": ev.get("document_id"), "quote_id": ev.get("quote_id")}


Filters = Annotated[reads.EventFilter, Depends(event_filter)]
Sort = Annotated[Literal["date", "-date", "plover_score", "-plover_score", "goldstein", "-goldstein",
                         "event_type", "-event_type"], Query(description="field, '-' for descending")]


@router.get("/events", summary="Events, filtered, sorted and paged")
def events(request: Request, f: Filters, sort: Sort = "-date", limit: Limit = 50, offset: Offset = 0, format: Fmt = "json"):
    engine = store_of(request).engine
    items = reads.list_events(engine, f, sort, limit, offset)
    if format == "csv":
        return _csv([flat_event(e) for e in items], "events")
    return _page(reads.count_events(engine, f), limit, offset, items)


@router.get("/events/{event_id}", summary="One event with its source document and quote")
def event(request: Request, event_id: str):
    bundle = reads.event_bundle(store_of(request).engine, event_id)
    if bundle is None:
        raise HTTPException(404, f"no event '{event_id}'")
    return bundle


@router.get("/documents", summary="Documents, newest first")
def documents(request: Request, text: Annotated[Optional[str], Query(max_length=200)] = None,
              limit: Limit = 50, offset: Offset = 0, format: Fmt = "json"):
    total, items = reads.list_documents(store_of(request).engine, text, limit, offset)
    return _csv(items, "documents") if format == "csv" else _page(total, limit, offset, items)


@router.get("/documents/{doc_id}", summary="One document with its events and quotes")
def document(request: Request, doc_id: str):
    bundle = reads.document_bundle(store_of(request).engine, doc_id)
    if bundle is None:
        raise HTTPException(404, f"no document '{doc_id}'")
    return bundle


def quote_filter(speaker: Annotated[Optional[str], Query(max_length=100)] = None,
                 country: Annotated[Optional[str], Query(pattern=CODE)] = None,
                 text: Annotated[Optional[str], Query(max_length=200)] = None,
                 document: Annotated[Optional[str], Query(max_length=64)] = None) -> reads.QuoteFilter:
    return reads.QuoteFilter(speaker=speaker, country=country, text=text, document_id=document)


@router.get("/quotes", summary="Quotes by speaker, speaker country and words")
def quotes(request: Request, f: Annotated[reads.QuoteFilter, Depends(quote_filter)], limit: Limit = 50,
           offset: Offset = 0, format: Fmt = "json"):
    total, items = reads.list_quotes(store_of(request).engine, f, limit, offset)
    if format == "csv":
        return _csv([{"id": q["id"], "speaker": (q.get("speaker") or {}).get("name"),
                      "speaker_country": (q.get("speaker") or {}).get("country"), "kind": q["kind"], "cue": q.get("cue"),
                      "text": q["text"], "document_id": q["document_id"], "published": q.get("published")}
                     for q in items], "quotes")
    return _page(total, limit, offset, items)


@router.get("/actors", summary="Countries and organisations with their event counts")
def actors(request: Request, text: Annotated[Optional[str], Query(max_length=40)] = None,
           limit: Limit = 100, offset: Offset = 0, format: Fmt = "json"):
    items = reads.list_actors(store_of(request).engine, text, limit, offset)
    return _csv(items, "actors") if format == "csv" else _page(len(items) + offset, limit, offset, items)


@router.get("/actors/{code}", summary="One country or organisation: counts, people, recent events")
def actor(request: Request, code: str):
    if not re.match(CODE, code):
        raise HTTPException(422, f"'{code}' is not a country or organisation code")
    engine = store_of(request).engine
    code = code.upper()
    return {"code": code,
            "as_actor": reads.count_events(engine, reads.EventFilter(actor=code)),
            "as_recipient": reads.count_events(engine, reads.EventFilter(recipient=code)),
            "people": reads.actor_people(engine, code),
            "events_as_actor": reads.list_events(engine, reads.EventFilter(actor=code), limit=20),
            "events_as_recipient": reads.list_events(engine, reads.EventFilter(recipient=code), limit=20),
            "quotes": reads.list_quotes(engine, reads.QuoteFilter(country=code), 20)[1]}


@router.get("/dyads", summary="Country pairs with the most shared events")
def dyads(request: Request, f: Filters, limit: Annotated[int, Query(ge=1, le=200)] = 15, format: Fmt = "json"):
    items = reads.top_dyads(store_of(request).engine, f, limit)
    return _csv(items, "dyads") if format == "csv" else _page(len(items), limit, 0, items)


@router.get("/dyads/{a}/{b}/series", summary="Events per period by category, and mean PLOVER score, for a pair")
def dyad_series(request: Request, a: str, b: str, f: Filters,
                period: Annotated[Literal["year", "month", "day"], Query()] = "month", format: Fmt = "json"):
    for code in (a, b):
        if not re.match(CODE, code):
            raise HTTPException(422, f"'{code}' is not a country or organisation code")
    f.party = [a.upper(), b.upper()]
    rows = reads.period_series(store_of(request).engine, f, period)
    if format == "csv":
        return _csv([{"period": r["period"], "events": r["events"], "mean_score": r["mean_score"],
                      **{t: r["by_type"].get(t, 0) for t in PLOVER}} for r in rows], f"dyad-{a}-{b}")
    return {"a": a.upper(), "b": b.upper(), "period": period, "series": rows}


@router.get("/series", summary="Events per period by category for any filter")
def series(request: Request, f: Filters, period: Annotated[Literal["year", "month", "day"], Query()] = "month"):
    return {"period": period, "series": reads.period_series(store_of(request).engine, f, period)}


@router.get("/network", summary="Actor-country to recipient-country counts")
def network(request: Request, f: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 40):
    return {"edges": reads.interaction_edges(store_of(request).engine, f, limit)}


@router.get("/activity", summary="Events per country, for the map")
def activity(request: Request, f: Filters):
    return {"countries": reads.country_activity(store_of(request).engine, f)}


@router.post("/documents", status_code=201, summary="Ingest uploaded files and/or pasted text")
def upload(request: Request, files: Annotated[Optional[list[UploadFile]], File()] = None,
           text: Annotated[Optional[str], Form(max_length=2_000_000)] = None,
           published: Annotated[Optional[str], Form(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None):
    require_write(request)
    return ingest(request, files, text, published)


def ingest(request: Request, files: list[UploadFile] | None, text: str | None, published: str | None) -> dict[str, Any]:
    config = config_of(request)
    batch = [(f.filename or "upload.txt", f.file.read(config.settings.max_bytes + 1)) for f in files or [] if f.filename]
    if text and text.strip():
        batch.append(("pasted.txt", text.encode("utf-8")))
    if not batch:
        raise HTTPException(422, "nothing to ingest: send files or text")
    report = ingest_uploads(store_of(request), config.settings, batch, published)
    return {"stored": report.stored, "skipped": report.skipped}
