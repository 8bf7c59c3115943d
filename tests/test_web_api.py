from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from eventwire.settings import Settings
from eventwire.sources.files import RawDocument
from eventwire.store import open_store
from eventwire.web import create_app
from tests.web_corpus import ARTICLES


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    path = tmp_path_factory.mktemp("web") / "store.sqlite"
    store = open_store(str(path))
    for name, (published, body) in ARTICLES.items():
        kind = "html" if name.endswith(".html") else "text"
        store.write(pipeline.process_document(RawDocument(name, body.encode(), kind), published))
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(Settings(db=db)))


def test_events_list_filters_pages_and_sorts(client):
    everything = client.get("/api/events").json()
    assert everything["total"] == len(everything["items"]) > 5
    dyad = client.get("/api/events", params=[("party", "RUS"), ("party", "CHN")]).json()
    assert dyad["total"] >= 3
    for ev in dyad["items"]:
        codes = {p.get("country") for p in ev["actor"] + ev["recipient"]}
        assert {"RUS", "CHN"} <= codes
    accuse = client.get("/api/events", params={"type": "ACCUSE", "actor": "IND"}).json()
    assert accuse["total"] >= 1 and all(e["event_type"] == "ACCUSE" for e in accuse["items"])
    assert accuse["items"][0]["recipient"][0]["country"] == "PAK"
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["limit"] == 2 and page["offset"] == 2 and page["items"] == everything["items"][2:4]
    scores = [e["plover_score"] for e in client.get("/api/events", params={"sort": "plover_score"}).json()["items"]]
    assert scores == sorted(scores)
    dates = [e["date"] for e in everything["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    since = client.get("/api/events", params={"since": "2024-05", "until": "2024-05"}).json()
    assert since["total"] >= 1 and all(e["date"].startswith("2024-05") for e in since["items"])
    words = client.get("/api/events", params={"text": "Line of Control"}).json()
    assert words["total"] >= 1 and all("line of control" in e["evidence"]["text"].lower() for e in words["items"])


def test_events_csv_download(client):
    r = client.get("/api/events", params={"format": "csv", "party": ["RUS", "CHN"]})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {"event_type", "actor_code", "recipient_code", "evidence", "date"} <= set(rows[0])


def test_one_event_carries_evidence_and_document(client):
    ev = client.get("/api/events", params={"actor": "IND"}).json()["items"][0]
    one = client.get(f"/api/events/{ev['id']}").json()
    text = one["document"]["text"]
    evidence = one["event"]["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert text[evidence["trigger_start"]:evidence["trigger_end"]] == evidence["trigger"]
    assert client.get("/api/events/nope").status_code == 404


@pytest.mark.parametrize("params, field", [
    ({"type": "HUG"}, "type"), ({"since": "May 2024"}, "since"), ({"limit": 0}, "limit"),
    ({"sort": "evidence"}, "sort"), ({"aux": "maybe"}, "aux"), ({"actor": "R;--"}, "actor"),
])
def test_bad_filters_are_refused_with_the_field_named(client, params, field):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert field in str(r.json()["detail"])


def test_dyad_series_counts_by_month(client):
    r = client.get("/api/dyads/RUS/CHN/series").json()
    months = {row["period"]: row for row in r["series"]}
    assert {"2024-03", "2024-05"} <= set(months)
    for row in r["series"]:
        assert row["events"] == sum(row["by_type"].values())
        assert -10 <= row["mean_score"] <= 10
    yearly = client.get("/api/dyads/RUS/CHN/series", params={"period": "year"}).json()["series"]
    assert sum(r["events"] for r in yearly) >= sum(r["events"] for r in months.values() if r["period"] >= "2024")
    top = client.get("/api/dyads").json()["items"]
    assert {"a": "CHN", "b": "RUS"}.items() <= top[0].items()


def test_documents_quotes_and_actors(client):
    docs = client.get("/api/documents").json()
    assert docs["total"] == len(ARTICLES)
    one = client.get(f"/api/documents/{docs['items'][0]['id']}").json()
    assert one["document"]["text"] and "events" in one and "quotes" in one
    quotes = client.get("/api/quotes", params={"speaker": "shoigu"}).json()
    assert quotes["total"] >= 1 and all("Shoigu" in q["speaker"]["name"] for q in quotes["items"])
    assert "side by side" in quotes["items"][0]["text"]
    by_country = client.get("/api/quotes", params={"country": "RUS"}).json()
    assert by_country["total"] >= quotes["total"]
    actors = {a["code"]: a for a in client.get("/api/actors").json()["items"]}
    assert actors["RUS"]["events"] >= 2 and actors["IND"]["as_actor"] >= 1 and actors["PAK"]["as_recipient"] >= 1
    rus = client.get("/api/actors/rus").json()
    assert rus["code"] == "RUS" and rus["as_actor"] >= 1 and any("Putin" in p["name"] for p in rus["people"])


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}/series", "/api/quotes"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert "cdn" not in docs.text.lower()


PAGES = ["/", "/events", "/events?type=ACCUSE", "/dyad", "/dyad/RUS/CHN", "/quotes?speaker=Shoigu", "/actors",
         "/actors/IND", "/map", "/network", "/documents", "/upload", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_from_our_own_assets_with_a_json_twin(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    html = r.text
    assert 'class="json"' in html
    for tag in ("<script src=\"http", "<link rel=\"stylesheet\" href=\"http", "//cdn"):
        assert tag not in html


def test_article_text_is_escaped(client):
    doc = next(d for d in client.get("/api/documents").json()["items"] if d["title"] == "Envoys meet in Geneva")
    page = client.get(f"/documents/{doc['id']}").text
    assert "&lt;script&gt;window.__pwned" in page
    assert "<script>window.__pwned" not in page
    ev = client.get("/api/events", params={"document": doc["id"]}).json()["items"][0]
    assert "<script>window" not in client.get(f"/events/{ev['id']}").text


def test_missing_pages_say_so(client):
    r = client.get("/events/nope", headers={"accept": "text/html"})
    assert r.status_code == 404 and "no event" in r.text and "<html" in r.text


def test_no_cors_by_default(client):
    r = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in r.headers}


UPLOAD = ("Chile and Peru sign fisheries accord\n\nLIMA, July 3 (Reuters) - Chilean Foreign Minister Alberto van Klaveren "
          "met Peruvian Foreign Minister Javier Gonzalez-Olaechea in Lima on Wednesday and signed a fisheries agreement.\n")


def test_upload_on_loopback_ingests_and_reports_bad_files(tmp_path, pipeline):
    client = TestClient(create_app(Settings(db=str(tmp_path / "up.sqlite"))))
    r = client.post("/api/documents", files=[("files", ("chile.txt", UPLOAD.encode(), "text/plain")),
                                             ("files", ("blob.bin.txt", b"\x00\x01\x02binary", "text/plain"))],
                    data={"published": "2024-07-03"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"][0]["source"] == "upload:chile.txt" and body["stored"][0]["events"] >= 1
    assert body["skipped"][0]["source"] == "upload:blob.bin.txt" and "binary" in body["skipped"][0]["reason"]
    assert client.get("/api/events", params={"actor": "CHL"}).json()["total"] >= 1
    again = client.post("/api/documents", data={"text": UPLOAD, "published": "2024-07-03"}).json()
    assert again["stored"][0]["new"] is False  # the same text is stored once
    assert client.post("/api/documents", data={}).status_code == 422


def test_uploads_need_a_token_beyond_loopback(tmp_path):
    open_app = TestClient(create_app(Settings(db=str(tmp_path / "a.sqlite")), host="0.0.0.0"))
    r = open_app.post("/api/documents", data={"text": UPLOAD})
    assert r.status_code == 403 and "token" in r.json()["detail"]
    guarded = TestClient(create_app(Settings(db=str(tmp_path / "b.sqlite")), host="0.0.0.0", token="s3cret"))
    assert guarded.post("/api/documents", data={"text": UPLOAD}).status_code == 401
    assert guarded.post("/api/documents", data={"text": UPLOAD},
                        headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = guarded.post("/api/documents", data={"text": UPLOAD}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201
    assert guarded.get("/api/events").status_code == 200  # reading never needs the token
