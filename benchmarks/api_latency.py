"""API list-endpoint latency on a large store.

Builds a SQLite store of N events (default 100 000) by cloning events that the real pipeline
coded from the bundled examples onto random dates and country pairs (seeded, so every run
builds the same store), then times each list endpoint through the ASGI stack. Prints the
median and worst of several calls, and the ratio to a plain sqlite3 query of 50 rows from
the same file (the reference measured in this process, so a busy machine shows as a busy
reference too).

    .venv/bin/python benchmarks/api_latency.py [--events 100000] [--db path]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from eventwire.model import Document, DocumentResult
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ["RUS", "CHN", "USA", "UKR", "IND", "PAK", "FRA", "DEU", "GBR", "JPN", "KOR", "PRK", "IRN", "ISR", "TUR",
             "BRA", "ZAF", "NGA", "EGY", "SAU", "POL", "LTU", "NER", "DZA", "MEX", "CAN", "AUS", "IDN", "VNM", "PHL"]


def build_store(db: str, n_events: int, per_doc: int = 10) -> None:
    pipeline = Pipeline(Settings(db=db))
    templates = [ev for item in pipeline.process_paths([str(ROOT / "examples")]) if not isinstance(item, Exception)
                 for ev in item.events if ev.actor]
    quotes = [q for item in pipeline.process_paths([str(ROOT / "examples")]) if not isinstance(item, Exception)
              for q in item.quotes]
    rng = random.Random(7)
    store = open_store(db)
    for d in range(n_events // per_doc):
        year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}"
        text = f"Synthetic document {d} for the latency benchmark. " * 20
        events = []
        for i in range(per_doc):
            ev = rng.choice(templates).model_copy(deep=True)
            a, r = rng.sample(COUNTRIES, 2)
            ev.id = f"b{d}-{i}"
            for p in ev.actor:
                p.country = a
            for p in ev.recipient:
                p.country = r
            ev.date, ev.date_precision = published, "day"
            events.append(ev)
        doc_quotes = []
        for i in range(2):
            q = rng.choice(quotes).model_copy(deep=True)
            q.id = f"q{d}-{i}"
            if q.speaker:
                q.speaker.country = rng.choice(COUNTRIES)
            doc_quotes.append(q)
        doc = Document(id=f"doc{d:07d}", source=f"bench/{d}.txt", title=f"Synthetic {d}", published=published,
                       language="en", text=text)
        store.write(DocumentResult(document=doc, events=events, quotes=doc_quotes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="reuse or create this SQLite file (default: a temporary one)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="eventwire-bench-")) / "bench.sqlite")
    if not Path(db).exists():
        start = time.perf_counter()
        build_store(db, args.events)
        print(f"built {db} with {args.events:,} events in {time.perf_counter() - start:.0f} s")

    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    client = TestClient(create_app(Settings(db=db)))
    raw = sqlite3.connect(db)

    def reference() -> None:
        raw.execute("SELECT json FROM events ORDER BY date DESC, id LIMIT 50").fetchall()

    def timed(call) -> list[float]:  # type: ignore[no-untyped-def]
        call()  # warm the page cache and the query plan
        out = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            call()
            out.append((time.perf_counter() - t) * 1000)
        return out

    ref = statistics.median(timed(reference))
    endpoints = [
        "/api/events", "/api/events?party=RUS&party=CHN", "/api/events?actor=USA&type=ACCUSE",
        "/api/events?since=2015-01&until=2015-12&sort=plover_score", "/api/events?text=talks", "/api/events?offset=50000",
        "/api/events?format=csv&limit=1000", "/api/documents", "/api/quotes?country=RUS", "/api/quotes?text=cooperation",
        "/api/actors", "/api/dyads", "/api/dyads/RUS/CHN/series", "/api/network", "/api/activity",
    ]
    pages = ["/", "/dyad/RUS/CHN", "/events?type=ACCUSE", "/map", "/network", "/actors/RUS"]
    print(f"reference: plain sqlite3, 50 newest rows: {ref:.2f} ms (median of {args.repeat})")
    print(f"{'endpoint':58} {'median ms':>10} {'max ms':>8} {'x ref':>7}")
    worst = 0.0
    for url in endpoints:
        def call(url: str = url) -> None:
            r = client.get(url)
            assert r.status_code == 200, (url, r.status_code, r.text[:200])
        times = timed(call)
        med = statistics.median(times)
        worst = max(worst, med)
        print(f"{url:58} {med:10.1f} {max(times):8.1f} {med / ref:7.0f}")
    print("dashboard pages (several queries each, not held to the list-endpoint target):")
    for url in pages:
        med = statistics.median(timed(lambda url=url: client.get(url)))
        print(f"{url:58} {med:10.1f}")
    events = raw.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"{events:,} events; slowest list endpoint median {worst:.1f} ms "
          f"({'under' if worst < 200 else 'OVER'} the 200 ms target)")


if __name__ == "__main__":
    main()
