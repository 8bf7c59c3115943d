"""Dashboard pages: server-rendered, readable without JavaScript, each with a link to its JSON twin."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any, Optional
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from eventwire.store import reads
from eventwire.web import charts
from eventwire.web.api import PLOVER, Filters, Sort, ingest
from eventwire.web.app import config_of, require_write, store_of
from eventwire.web.highlight import Mark, event_marks, highlight

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("eventwire.web").joinpath("templates")))
PAGE = 50


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from eventwire.kb import load_kb

    kb = load_kb()
    names = {c.iso3: c.name for c in kb.countries.values()}
    names.update({code: code for code in kb.igo_members})
    return names


def country_name(code: str | None) -> str:
    return _names().get(code or "", code or "?")


def _query(request: Request, **change: Any) -> str:
    """The current query string with some parameters changed (for paging and sort links)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in change]
    params += [(k, v) for k, v in change.items() if v not in (None, "")]
    return "?" + urlencode(params)


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    path = request.url.path
    default_api = "/api" + (path if path != "/" else "/events") + ("?" + request.url.query if request.url.query else "")
    context.setdefault("api", default_api)
    context.update(request=request, types=PLOVER, country_name=country_name, query=lambda **c: _query(request, **c),
                   colours=charts.TYPE_COLOURS)
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status, status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, f: Filters):
    engine = store_of(request).engine
    series = reads.timeline(engine, f)
    return render(request, "overview.html", f=f, volume=charts.bars(series, "events per period"),
                  score=charts.score_line(series), dyads=reads.top_dyads(engine, f, 12),
                  latest=reads.list_events(engine, f, "-date", 15), total=reads.count_events(engine, f),
                  world=charts.world_map(reads.country_activity(engine, f)),
                  counts=reads.store_counts(engine), api="/api/series?" + request.url.query)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, f: Filters, sort: Sort = "-date", page: Annotated[int, Query(ge=1)] = 1):
    engine = store_of(request).engine
    total = reads.count_events(engine, f)
    rows = reads.list_events(engine, f, sort, PAGE, (page - 1) * PAGE)
    return render(request, "events.html", f=f, rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)),
                  sort=sort)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    bundle = reads.event_bundle(store_of(request).engine, event_id)
    if bundle is None:
        raise HTTPException(404, f"no event '{event_id}'")
    ev, doc = bundle["event"], bundle["document"] or {"text": "", "title": "(document missing)"}
    return render(request, "event.html", ev=ev, doc=doc, quote=bundle["quote"], text=highlight(doc["text"], event_marks(ev)))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, text: Annotated[Optional[str], Query(max_length=200)] = None,
              page: Annotated[int, Query(ge=1)] = 1):
    total, rows = reads.list_documents(store_of(request).engine, text, PAGE, (page - 1) * PAGE)
    return render(request, "documents.html", rows=rows, total=total, text=text or "", page=page,
                  pages=max(1, -(-total // PAGE)))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str):
    bundle = reads.document_bundle(store_of(request).engine, doc_id)
    if bundle is None:
        raise HTTPException(404, f"no document '{doc_id}'")
    doc, evs, quotes = bundle["document"], bundle["events"], bundle["quotes"]
    marks = [Mark(e["evidence"]["trigger_start"], e["evidence"]["trigger_end"], "trigger", e["event_type"]) for e in evs]
    marks += [Mark(q["start"], q["end"], "quote", f"quote: {(q.get('speaker') or {}).get('name') or 'unknown speaker'}")
              for q in quotes]
    return render(request, "document.html", doc=doc, events=evs, quotes=quotes, text=highlight(doc["text"], marks))


@router.get("/dyad", response_class=HTMLResponse)
def dyad_picker(request: Request, a: Annotated[Optional[str], Query(max_length=16)] = None,
                b: Annotated[Optional[str], Query(max_length=16)] = None):
    if a and b:
        return RedirectResponse(f"/dyad/{a.strip().upper()}/{b.strip().upper()}", status_code=303)
    engine = store_of(request).engine
    return render(request, "dyad_pick.html", dyads=reads.top_dyads(engine, reads.EventFilter(), 30), api="/api/dyads?limit=30")


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str, f: Filters, page: Annotated[int, Query(ge=1)] = 1):
    a, b = a.upper(), b.upper()
    f.party = [a, b]
    engine = store_of(request).engine
    series = reads.timeline(engine, f)
    total = reads.count_events(engine, f)
    return render(request, "dyad.html", a=a, b=b, f=f, series=series, score=charts.score_line(series),
                  volume=charts.bars(series, f"{a}–{b} events per period"), types=PLOVER,
                  by_type=reads.type_counts(engine, f), rows=reads.list_events(engine, f, "-date", PAGE, (page - 1) * PAGE),
                  total=total, page=page, pages=max(1, -(-total // PAGE)),
                  api=f"/api/dyads/{a}/{b}/series?" + request.url.query)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, speaker: Annotated[Optional[str], Query(max_length=100)] = None,
           country: Annotated[Optional[str], Query(max_length=16)] = None,
           text: Annotated[Optional[str], Query(max_length=200)] = None, page: Annotated[int, Query(ge=1)] = 1):
    f = reads.QuoteFilter(speaker=speaker, country=country, text=text)
    total, rows = reads.list_quotes(store_of(request).engine, f, PAGE, (page - 1) * PAGE)
    return render(request, "quotes.html", rows=rows, total=total, qf=f, page=page, pages=max(1, -(-total // PAGE)))


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, text: Annotated[Optional[str], Query(max_length=40)] = None):
    return render(request, "actors.html", rows=reads.list_actors(store_of(request).engine, text, 300), text=text or "")


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(request: Request, code: str):
    engine = store_of(request).engine
    code = code.upper()
    return render(request, "actor.html", code=code,
                  as_actor=reads.list_events(engine, reads.EventFilter(actor=code), "-date", PAGE),
                  as_recipient=reads.list_events(engine, reads.EventFilter(recipient=code), "-date", PAGE),
                  n_actor=reads.count_events(engine, reads.EventFilter(actor=code)),
                  n_recipient=reads.count_events(engine, reads.EventFilter(recipient=code)),
                  people=reads.actor_people(engine, code), quotes=reads.list_quotes(engine, reads.QuoteFilter(country=code), 30)[1])


@router.get("/map", response_class=HTMLResponse)
def world(request: Request, f: Filters):
    engine = store_of(request).engine
    activity = reads.country_activity(engine, f)
    return render(request, "map.html", f=f, world=charts.world_map(activity),
                  ranking=sorted(activity.items(), key=lambda kv: (-kv[1], kv[0]))[:30],
                  api="/api/activity?" + request.url.query)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, f: Filters):
    edges = reads.interaction_edges(store_of(request).engine, f, 40)
    return render(request, "network.html", f=f, graph=charts.network(edges), edges=edges,
                  api="/api/network?" + request.url.query)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request):
    return render(request, "upload.html", config=config_of(request), report=None, api="/docs")


@router.post("/upload", response_class=HTMLResponse)
def upload(request: Request, files: Annotated[Optional[list[UploadFile]], File()] = None,
           text: Annotated[Optional[str], Form(max_length=2_000_000)] = None,
           published: Annotated[Optional[str], Form()] = None, token: Annotated[Optional[str], Form()] = None):
    require_write(request, token)
    if published and not re.match(r"^\d{4}-\d{2}-\d{2}$", published):
        raise HTTPException(422, f"published '{published}' is not a date in YYYY-MM-DD form")
    report = ingest(request, [f for f in files or [] if f.filename], text, published or None)
    return render(request, "upload.html", config=config_of(request), report=report, api="/docs")


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    spec = request.app.openapi()
    endpoints = [(path, method.upper(), op) for path, ops in spec["paths"].items() for method, op in ops.items()]
    return render(request, "api_docs.html", endpoints=endpoints, api="/openapi.json")
