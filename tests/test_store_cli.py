"""The store for real (SQLite file; PostgreSQL when CI provides one) and the CLI through a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.model import DocumentResult
from eventwire.store import open_store
from tests.conftest import ARTICLE

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([*EVENTWIRE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    (d / "article.txt").write_text(ARTICLE, "utf-8")
    (d / "second.txt").write_text("Peru and Chile signed a fisheries agreement in Lima on Friday.\n", "utf-8")
    (d / "empty.txt").write_text("", "utf-8")
    (d / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (d / "german.txt").write_text("Die Bundesregierung hat heute in Berlin beschlossen, die Hilfe für die Ukraine "
                                  "deutlich zu erhöhen, teilte ein Sprecher mit.", "utf-8")
    return d


def test_process_json_is_the_contract_and_bad_files_are_named(corpus):
    proc = run("process", str(corpus), "--published", "2024-06-05", "--format", "json")
    assert proc.returncode == 3, proc.stderr
    assert "empty.txt: empty document" in proc.stderr and "image.html" in proc.stderr and "PNG" in proc.stderr
    results = [DocumentResult.model_validate(r) for r in json.loads(proc.stdout)]
    assert len(results) == 3
    for r in results:
        text = r.document.text
        for item in [*r.entities, *r.quotes]:
            assert text[item.start:item.end] == item.text
        for ev in r.events:
            assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    german = next(r for r in results if r.document.language == "de")
    assert german.events == [] and "not coded" in german.notes[0]
    article = next(r for r in results if r.document.title and "naval" in r.document.title)
    assert any(e.event_type == "CONSULT" and {p.country for p in e.actor + e.recipient} == {"FRA", "ITA"} for e in article.events)


def test_schema_command_prints_json_schema():
    proc = run("schema")
    schema = json.loads(proc.stdout)
    assert schema["type"] == "array" and "DocumentResult" in json.dumps(schema)


def test_code_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "text": "Japan accused China of intimidation.", "published": "2024-01-02"}) + "\n"
                   + "not json\n", "utf-8")
    proc = run("code", "--jsonl", str(src))
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert proc.returncode == 3 and lines[0]["id"] == "s1" and lines[0]["events"][0]["event_type"] == "ACCUSE"
    assert lines[1]["error"]


def test_ingest_is_idempotent_and_the_file_is_plain_wal_sqlite(corpus, tmp_path):
    db = tmp_path / "store.sqlite"
    first = run("ingest", str(corpus), "--db", str(db), "--published", "2024-06-05")
    second = run("ingest", str(corpus), "--db", str(db), "--published", "2024-06-05")
    assert first.returncode == 3 and second.returncode == 3
    assert "3 new document(s)" in first.stderr and "0 new document(s), 3 already present" in second.stderr
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("select count(*) from documents").fetchone()[0] == 3
    assert con.execute("select count(*) from failures").fetchone()[0] == 4  # two bad files, twice
    n_events = con.execute("select count(*) from events").fetchone()[0]
    assert n_events > 0
    listed = run("events", "--db", str(db), "--json", "--actor", "FRA")
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert rows and all(any(p["country"] == "FRA" for p in r["actor"]) for r in rows)
    table = run("events", "--db", str(db))
    assert "CONSULT" in table.stdout


def _write_roundtrip(store, pipeline):
    from eventwire.sources.files import RawDocument

    result = pipeline.process_document(RawDocument("mem.txt", ARTICLE.encode(), "text"), "2024-06-05")
    assert store.write(result) is True
    assert store.write(result) is False
    got = list(store.events(actor="FRA"))
    assert got and got[0]["document_id"] == result.document.id
    assert store.counts()["documents"] == 1
    # The dashboard's read queries run unchanged on both databases.
    from eventwire.store import reads

    everything = reads.EventFilter()
    assert reads.count_events(store.engine, reads.EventFilter(party=["FRA", "ITA"])) >= 1
    assert {"a": "FRA", "b": "ITA"}.items() <= reads.top_dyads(store.engine, everything)[0].items()
    assert reads.country_activity(store.engine, everything)["FRA"] >= 1
    assert any(a["code"] == "FRA" and a["as_actor"] >= 1 for a in reads.list_actors(store.engine))
    series = reads.timeline(store.engine, reads.EventFilter(party=["FRA", "ITA"]))
    assert series and sum(r["events"] for r in series) >= 1
    assert reads.list_quotes(store.engine, reads.QuoteFilter(speaker="martin"))[0] >= 1


def test_sqlite_store_roundtrip(tmp_path, pipeline):
    _write_roundtrip(open_store(str(tmp_path / "s.sqlite")), pipeline)


@pytest.mark.postgres
def test_postgres_store_roundtrip(pipeline):
    url = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("EVENTWIRE_TEST_POSTGRES_URL not set (.ci/run starts a real PostgreSQL and sets it)")
    assert url != "unavailable", ".ci/run could not start PostgreSQL"
    from sqlalchemy import text

    store = open_store(url)
    with store.engine.begin() as conn:
        conn.execute(text("TRUNCATE documents, failures CASCADE"))
    _write_roundtrip(store, pipeline)


def test_quotes_command_filters_the_store(tmp_path, pipeline):
    from eventwire.sources.files import RawDocument

    db = tmp_path / "q.sqlite"
    open_store(str(db)).write(pipeline.process_document(RawDocument("a.txt", ARTICLE.encode(), "text"), "2024-06-05"))
    found = run("quotes", "--db", str(db), "--speaker", "martin", "--json")
    assert found.returncode == 0, found.stderr
    rows = [json.loads(x) for x in found.stdout.splitlines()]
    assert rows and all("Martin" in r["speaker"]["name"] for r in rows)
    assert any("patrol the Mediterranean" in r["text"] for r in rows)
    by_words = [json.loads(x) for x in run("quotes", "--db", str(db), "--text", "navies decades", "--json").stdout.splitlines()]
    assert len(by_words) == 1 and by_words[0]["speaker"]["name"] == rows[0]["speaker"]["name"]  # carried-over paragraph
    assert run("quotes", "--db", str(db), "--country", "ZZZ", "--json").stdout == ""
