"""The command line. Thin: it parses arguments, calls the library, prints. Exit codes: 0 all
well, 3 when some inputs were skipped (each named on stderr with its reason), 1 on a fatal error."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.errors import EventwireError, InputError
from eventwire.model import CodedPassage, DocumentResult
from eventwire.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="eventwire: news in, sourced PLOVER events out.")
err = Console(stderr=True)
out = Console(width=None if sys.stdout.isatty() else 180)
SKIPPED = 3

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLite path or database URL (env EVENTWIRE_DB)")]
PublishedOption = Annotated[Optional[str], typer.Option("--published", help="publication date YYYY-MM-DD for every input")]
KbOption = Annotated[Optional[list[Path]], typer.Option("--kb", help="extra knowledge-base YAML (people, igos, institutions)")]


class Format(str, Enum):
    json = "json"
    table = "table"


def _settings(db: str | None = None, kb: list[Path] | None = None) -> Settings:
    return Settings.from_env(db=db, kb_extra=[str(p) for p in kb] if kb else None)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from None


def _count_inputs(paths: list[str]) -> int:
    total = 0
    for p in map(Path, paths):
        total += sum(1 for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")) if p.is_dir() else 1
    return total


def _run(paths: list[str], published: str | None, settings: Settings):  # type: ignore[no-untyped-def]
    """Yield results with a progress bar on stderr; report each skipped input as it happens."""
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(settings)
    total = _count_inputs(paths)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=total < 3) as progress:
        task = progress.add_task("coding", total=total)
        for item in pipeline.process_paths(paths, published):
            if isinstance(item, InputError):
                err.print(f"[yellow]skipped[/] {item.source}: {item.reason}", highlight=False, soft_wrap=True)
            yield item
            progress.advance(task)


@app.command()
def process(
    paths: Annotated[list[str], typer.Argument(help="files or folders")],
    published: PublishedOption = None,
    format: Annotated[Format, typer.Option("--format", help="json (the contract) or table")] = Format.json,
    kb: KbOption = None,
) -> None:
    """Code documents and print the result; nothing is stored."""
    published = _check_date(published)
    results: list[DocumentResult] = []
    skipped = 0
    try:
        for item in _run(paths, published, _settings(kb=kb)):
            if isinstance(item, InputError):
                skipped += 1
            else:
                results.append(item)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    if format is Format.json:
        sys.stdout.write(json.dumps([r.model_dump(mode="json") for r in results], ensure_ascii=False, indent=1) + "\n")
    else:
        _print_events_table([dict(ev.model_dump(mode="json"), source=r.document.source) for r in results for ev in r.events])
        for r in results:
            for note in r.notes:
                err.print(f"[cyan]note[/] {r.document.source}: {note}")
    if skipped:
        raise typer.Exit(SKIPPED)


@app.command()
def code(
    jsonl: Annotated[Path, typer.Option("--jsonl", help='file of lines {"id", "text", "published"}; - for stdin')],
    kb: KbOption = None,
) -> None:
    """Code single sentences or passages: one output line of events per input line."""
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(_settings(kb=kb))
    handle = sys.stdin if str(jsonl) == "-" else jsonl.open(encoding="utf-8")
    bad = 0
    for n, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            pid, text = str(record["id"]), record["text"]
            published = _check_date(record.get("published"))
            events = pipeline.code_passage(pid, text, published)
            sys.stdout.write(CodedPassage(id=pid, events=events).model_dump_json() + "\n")
        except (json.JSONDecodeError, KeyError, TypeError, typer.BadParameter) as e:
            bad += 1
            pid = record.get("id", f"line {n}") if isinstance(locals().get("record"), dict) else f"line {n}"
            err.print(f"[yellow]skipped[/] {jsonl} line {n}: {type(e).__name__}: {e}")
            sys.stdout.write(CodedPassage(id=str(pid), events=[], error=str(e)).model_dump_json() + "\n")
    if bad:
        raise typer.Exit(SKIPPED)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files or folders")],
    db: DbOption = None,
    published: PublishedOption = None,
    kb: KbOption = None,
) -> None:
    """Code documents and store them (idempotent: the same text twice is stored once)."""
    from eventwire.store import open_store

    settings = _settings(db, kb)
    published = _check_date(published)
    added = existing = skipped = 0
    try:
        store = open_store(settings.db)
        for item in _run(paths, published, settings):
            if isinstance(item, InputError):
                skipped += 1
                store.record_failure(item.source, item.reason)
                continue
            for note in item.notes:
                err.print(f"[cyan]note[/] {item.document.source}: {note}")
            if store.write(item):
                added += 1
            else:
                existing += 1
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    counts = store.counts()
    err.print(f"stored {added} new document(s), {existing} already present, {skipped} skipped; "
              f"the store {settings.db} now holds {counts['documents']} documents, {counts['events']} events, "
              f"{counts['quotes']} quotes")
    if skipped:
        raise typer.Exit(SKIPPED)


@app.command()
def events(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option(help="actor country, ISO alpha-3")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="recipient country, ISO alpha-3")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER category, e.g. CONSULT")] = None,
    since: Annotated[Optional[str], typer.Option(help="events on or after YYYY[-MM[-DD]]")] = None,
    until: Annotated[Optional[str], typer.Option(help="events on or before YYYY[-MM[-DD]]")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON lines instead of a table")] = False,
    limit: Annotated[int, typer.Option(help="at most this many events")] = 200,
) -> None:
    """List stored events, filtered."""
    from eventwire.store import open_store

    try:
        store = open_store(_settings(db).db)
        rows = list(store.events(actor, recipient, type, since, until, limit))
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        _print_events_table(rows)


@app.command()
def quotes(
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option(help="words of the speaker's name")] = None,
    country: Annotated[Optional[str], typer.Option(help="speaker's country, ISO alpha-3")] = None,
    text: Annotated[Optional[str], typer.Option(help="words the quote contains")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON lines instead of a table")] = False,
    limit: Annotated[int, typer.Option(help="at most this many quotes")] = 200,
) -> None:
    """List stored quotes by speaker, speaker country and words."""
    from eventwire.store import open_store, reads

    try:
        store = open_store(_settings(db).db)
        _, rows = reads.list_quotes(store.engine, reads.QuoteFilter(speaker=speaker, country=country, text=text), limit)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} quotes")
    for col in ("published", "speaker", "kind", "cue", "quote"):
        table.add_column(col, overflow="fold")
    for q in rows:
        who = q["speaker"]["name"] + (f" ({q['speaker']['country']})" if q["speaker"].get("country") else "") if q.get("speaker") else "?"
        table.add_row(q.get("published") or "", who, q["kind"], q.get("cue") or "", q["text"][:200])
    out.print(table)


def _parties(parties: list[dict]) -> str:
    return ", ".join(f"{p['name']} ({p.get('country') or p.get('igo') or '?'})" for p in parties)


def _print_events_table(rows: list[dict]) -> None:
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("date", "type", "aux", "actor", "recipient", "trigger", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        ev = r["evidence"]
        table.add_row(r.get("date") or "", r["event_type"], r.get("aux") or "", _parties(r["actor"]),
                      _parties(r.get("recipient", [])), ev["trigger"], ev["text"][:120])
    out.print(table)


@app.command()
def actors(paths: Annotated[list[str], typer.Argument()], published: PublishedOption = None, kb: KbOption = None) -> None:
    """Show every resolved mention of the documents and how it was resolved."""
    table = Table()
    for col in ("text", "span", "name", "kind", "country", "sector", "role", "how"):
        table.add_column(col, overflow="fold")
    for item in _run(paths, _check_date(published), _settings(kb=kb)):
        if isinstance(item, InputError):
            continue
        for e in item.entities:
            table.add_row(e.text, f"{e.start}-{e.end}", e.name, e.kind, e.country or e.igo or "", e.sector or "",
                          e.role or "", e.resolution)
    out.print(table)


@app.command()
def timex(jsonl: Annotated[Path, typer.Option("--jsonl", help='lines {"id", "text", "published"}')]) -> None:
    """Time expressions with TIMEX3-style values, resolved against each line's publication date."""
    from eventwire.coding.dates import find_timexes

    for line in jsonl.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        pub = record.get("published")
        found = find_timexes(record["text"], date.fromisoformat(pub) if pub else None)
        sys.stdout.write(json.dumps({"id": record["id"], "timexes": [
            {"text": t.text, "start": t.start, "end": t.end, "value": t.value} for t in found]}) + "\n")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="address to listen on; beyond loopback, uploads need --token")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="EVENTWIRE_TOKEN", help="bearer token for uploads")] = None,
) -> None:
    """Serve the dashboard and the REST API over the store (reads while `ingest` writes)."""
    import uvicorn

    from eventwire.web import create_app

    try:
        web = create_app(_settings(db), host=host, token=token)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    err.print(f"eventwire dashboard on http://{shown}:{port}/  (API docs: /docs; Ctrl-C to stop)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


eval_app = typer.Typer(no_args_is_help=True, help="Score a stage against a gold set.")
app.add_typer(eval_app, name="eval")


@eval_app.command("extraction")
def eval_extraction(
    folder: Annotated[Path, typer.Argument(help="folder laid out like article-extraction-benchmark")],
    limit: Annotated[Optional[int], typer.Option(help="score only the first N pages")] = None,
) -> None:
    """Main-text extraction: shingle precision, recall, F1 and pages/s, eventwire vs plain trafilatura."""
    from eventwire.eval.extraction import evaluate_extraction

    try:
        reports = evaluate_extraction(folder, limit)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    table = Table(title=f"main-text extraction, {reports[0].pages} pages")
    for col in ("extractor", "precision", "recall", "F1", "pages/s", "failed"):
        table.add_column(col, justify="right")
    for r in reports:
        table.add_row(r.name, f"{r.precision:.4f}", f"{r.recall:.4f}", f"{r.f1:.4f}", f"{r.pages_per_second:.1f}",
                      str(r.failures))
    out.print(table)
    ours, base = reports
    out.print(f"F1 ratio eventwire/trafilatura: {ours.f1 / base.f1:.3f}; "
              f"speed ratio: {ours.pages_per_second / base.pages_per_second:.2f}")


@eval_app.command("plover")
def eval_plover(
    gold: Annotated[Path, typer.Argument(help="PLOVER gold-standard JSON (e.g. PLOVER_GSR_CAMEO.txt)")],
    errors: Annotated[int, typer.Option(help="also list this many wrongly coded sentences")] = 0,
) -> None:
    """Event coding: category accuracy, actor/recipient country match, full match, per category, confusions."""
    from eventwire.eval.plover import evaluate_plover, load_gold
    from eventwire.pipeline import Pipeline

    try:
        records = load_gold(gold)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    pipeline = Pipeline(_settings())
    report = evaluate_plover(records, pipeline.code_passage)
    n = len(report.outcomes)
    out.print(f"{n} gold events: category {report.rate('category_ok'):.1%}, actor {report.rate('actor_ok'):.1%}, "
              f"recipient {report.rate('recipient_ok'):.1%}, full match {report.rate('full_ok'):.1%}")
    table = Table(title="per category")
    for col in ("category", "gold", "recall", "precision", "full match"):
        table.add_column(col, justify="right")
    for cat, count, recall, precision, full in report.per_category():
        table.add_row(cat, str(count), f"{recall:.0%}", f"{precision:.0%}", f"{full:.0%}")
    out.print(table)
    out.print("confusions (gold -> coded): " + ", ".join(f"{g}->{p} {k}" for g, p, k in report.confusions()))
    for o in [o for o in report.outcomes if not o.full_ok][:errors]:
        out.print(f"{o.gold.id}: gold {o.gold.event_type} {sorted(o.gold.actor)}->{sorted(o.gold.recipient)}; "
                  f"coded {o.predicted} {sorted(o.actor)}->{sorted(o.recipient)}: {o.gold.text}", highlight=False)


@eval_app.command("actors")
def eval_actors(
    gold: Annotated[Path, typer.Argument(help="the project's .psv (eval-data/actors-gold.psv) or PLOVER gold JSON")],
    errors: Annotated[int, typer.Option(help="also list this many wrongly linked mentions")] = 0,
) -> None:
    """Mention linking: country and sector accuracy, by how each mention was resolved, and confusions."""
    from eventwire.eval.actors import evaluate_actors, load_gold
    from eventwire.pipeline import Pipeline

    try:
        mentions = load_gold(gold)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    report = evaluate_actors(mentions, Pipeline(_settings()).entities_of)
    out.print(f"{len(report.outcomes)} gold mentions: country {report.country_accuracy:.1%}; "
              f"sector {report.sector_accuracy:.1%} over the {len(report.sector_scored)} with a gold sector")
    table = Table(title="by resolution")
    for col in ("resolved by", "mentions", "country right"):
        table.add_column(col, justify="right")
    for how, n, acc in report.by_resolution():
        table.add_row(how, str(n), f"{acc:.0%}")
    out.print(table)
    out.print("confusions (gold -> linked): " + ", ".join(f"{g}->{p} {n}" for g, p, n in report.confusions()))
    for o in [o for o in report.outcomes if not o.country_ok][:errors]:
        g = o.gold
        out.print(f"{g.id}: {g.text[g.start:g.end]!r} gold {g.country} got {o.country} "
                  f"({o.entity.name + ', ' + o.entity.resolution if o.entity else 'not linked'}): {g.text[:110]}",
                  highlight=False, markup=False)


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Argument(help="folder of marked-up gold articles (see eval-data/quotes-gold)")],
    errors: Annotated[int, typer.Option(help="also list this many misses, spurious quotes and wrong speakers")] = 0,
) -> None:
    """Quotes: content-span F1 (exact and >=50 % overlap), speaker and cue accuracy, per article style."""
    from eventwire.eval.quotes import evaluate_quotes, load_gold
    from eventwire.pipeline import Pipeline

    try:
        articles = load_gold(gold)
    except EventwireError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(1) from e
    report = evaluate_quotes(articles, Pipeline(_settings()).quotes_of)
    table = Table(title=f"quotes: {len(articles)} articles, {report.overall.gold} gold quotes")
    for col in ("style", "gold", "found", "exact F1", "overlap P", "overlap R", "overlap F1", "speaker acc", "cue acc"):
        table.add_column(col, justify="right")
    for style, t in [*sorted(report.by_style.items()), ("all", report.overall)]:
        _, _, exact = t.f1(t.exact)
        p, r, f = t.f1(t.overlap)
        table.add_row(style, str(t.gold), str(t.predicted), f"{exact:.1%}", f"{p:.1%}", f"{r:.1%}", f"{f:.1%}",
                      f"{t.speaker_accuracy:.1%}", f"{t.cue_accuracy:.1%}")
    out.print(table)
    out.print("speaker accuracy is over gold quotes found with >=50 % overlap; "
              f"over all gold quotes it is {report.overall.speaker_right / max(report.overall.gold, 1):.1%}")
    for line in report.errors[:errors]:
        out.print(line, highlight=False, markup=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the `process` output, generated from the data models."""
    from pydantic import TypeAdapter

    sys.stdout.write(json.dumps(TypeAdapter(list[DocumentResult]).json_schema(), indent=1) + "\n")


if __name__ == "__main__":
    app()
