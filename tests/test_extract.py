from __future__ import annotations

import gzip

import pytest

from eventwire.errors import InputError
from eventwire.extract import build_document
from eventwire.extract.clean import clean_text, furniture_reason
from eventwire.extract.dateline import find_dateline, likely_year
from eventwire.extract.decode import decode_bytes
from eventwire.sources.files import RawDocument, read_path
from tests.conftest import ARTICLE


def test_cleaner_drops_furniture_lines_and_records_them():
    text = "Skip to main content\nBig headline about talks\n\nA sentence about talks.\nA sentence about talks.\nAdvertisement\nRead more: other story\n© 2024 Example Media"
    cleaned = clean_text(text)
    assert cleaned.text.splitlines()[0] == "Big headline about talks"
    assert cleaned.text.count("A sentence about talks.") == 1
    assert "Advertisement" not in cleaned.text and "Read more" not in cleaned.text and "©" not in cleaned.text
    assert {r.reason for r in cleaned.removed} >= {"navigation or share link", "repeated line"}
    assert cleaned.title == "Big headline about talks"


def test_icon_runs_and_photo_captions_are_furniture_but_sentences_are_not():
    assert furniture_reason("Home An icon of a house. Menu An icon of 3 lines. Close An icon of an X.") == "UI icon descriptions"
    assert furniture_reason("The minister greets troops in Kyiv (Photo: Reuters/File)") == "photo caption"
    assert furniture_reason("The minister greeted troops in Kyiv, officials said (AP).") is None
    assert furniture_reason("Russia and China held talks on Monday.") is None


@pytest.mark.parametrize("line,place,agency,md", [
    ("MOSCOW, May 11. /TASS/. The talks began.", "Moscow", "TASS", "05-11"),
    ("BEIJING, March 3 (Xinhua) -- China said", "Beijing", "Xinhua", "03-03"),
    ("WASHINGTON (Reuters) - The United States", "Washington", "Reuters", None),
    ("KYIV, Ukraine (AP) — Ukraine said", "Kyiv", "AP", None),
    ("NEW DELHI, Aug. 20 (Reuters) - India", "New Delhi", "Reuters", "08-20"),
])
def test_datelines_of_several_agencies(line, place, agency, md):
    d = find_dateline("Headline here\n\n" + line)
    assert d is not None and (d.place, d.agency, d.month_day) == (place, agency, md)
    assert ("Headline here\n\n" + line)[d.start:d.end] == d.text


def test_sentence_opening_with_capitalised_word_is_not_a_dateline():
    assert find_dateline("Russia, China and India met on Monday.") is None


def test_year_is_inferred_from_the_years_the_text_names():
    assert likely_year("drills in 2014 ... plans for 2015 ... the 2015 forum") == 2015
    assert likely_year("no years here") is None


def test_document_without_published_date_takes_dateline_and_inferred_year():
    text = "Headline of a wire story\n\nPARIS, Feb. 2 (AFP) - France and Germany met in 2019 and will meet again in 2019."
    doc = build_document(RawDocument("wire.txt", text.encode(), "text"))
    assert doc.published == "2019-02-02" and "inferred" in (doc.published_basis or "")
    assert doc.publisher == "AFP"
    given = build_document(RawDocument("wire.txt", text.encode(), "text"), published="2020-02-02")
    assert given.published == "2020-02-02" and given.published_basis == "given"


def test_bundled_style_article_is_cleaned():
    doc = build_document(RawDocument("a.txt", ARTICLE.encode(), "text"))
    assert doc.title == "Ministers agree to widen naval cooperation"
    assert "icon" not in doc.text and "Share on Facebook" not in doc.text
    assert doc.dateline and doc.dateline.place == "London"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"%PDF-1.7 binary", "PDF"), (b"abc\x00def\x00" * 20, "NUL"),
])
def test_unreadable_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError) as info:
        decode_bytes("bad.txt", data)
    assert reason in info.value.reason and info.value.source == "bad.txt"


def test_legacy_encodings_are_detected():
    text = "Le ministre français a rencontré son homologue à Genève pour des négociations."
    assert decode_bytes("x.txt", text.encode("cp1252")) == text


def test_html_main_text_and_metadata():
    html = ("<html><head><title>Talks in Geneva</title><meta property='og:site_name' content='Example Wire'>"
            "<meta property='article:published_time' content='2022-05-04T10:00:00Z'></head><body>"
            "<nav>Home | World | Skip to main content</nav><article><h1>Talks in Geneva</h1>"
            + "".join(f"<p>Paragraph {i}: the envoys of Iran and France discussed the nuclear file at length in Geneva.</p>" for i in range(4))
            + "</article><footer>Copyright 2022 Example</footer></body></html>")
    doc = build_document(RawDocument("p.html", html.encode(), "html"))
    assert doc.published == "2022-05-04" and doc.published_basis == "metadata"
    assert doc.publisher == "Example Wire" and doc.title == "Talks in Geneva"
    assert "Paragraph 3" in doc.text and "Skip to main content" not in doc.text and "Copyright" not in doc.text
    assert "\n\n" in doc.text


def test_containers_gzip_json_and_unsupported(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Some text about talks between Chile and Peru."))
    (tmp_path / "b.jsonl").write_text('{"id": "x1", "text": "Chile and Peru met."}\n{"nope": 1}\n', "utf-8")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    got = [read_path(p, 10_000) for p in sorted(tmp_path.iterdir())]
    first = list(got[0])
    assert first[0].data.startswith(b"Some text")
    records = list(got[1])
    assert records[0].source == "x1" and isinstance(records[1], InputError)
    with pytest.raises(InputError, match="unsupported file type"):
        list(got[2])


def test_too_big_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        list(read_path(big, 1000))


NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Chile and Peru sign fisheries accord | Andes Daily</title>
<link rel="canonical" href="https://andes.example/world/chile-peru-fisheries">
<meta name="author" content="Maria Lopez">
<meta property="og:site_name" content="Andes Daily">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-09-14T08:30:00Z",
 "headline": "Chile and Peru sign fisheries accord", "author": {"@type": "Person", "name": "Maria Lopez"}}</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Chile and Peru sign fisheries accord</h1>
<p class="byline">By Maria Lopez</p>
<figure><img src="a.jpg"><figcaption>The two ministers in Lima on Tuesday.</figcaption></figure>
<p>The foreign ministers of Chile and Peru signed an agreement on Tuesday that sets joint quotas for anchovy fishing along their maritime border.</p>
<p>The accord follows two years of negotiations brokered by officials from both capitals, and it ends a dispute that had reached the International Court of Justice.</p>
<p>"This is a day of friendship between our peoples," the Peruvian minister told reporters after the ceremony in Lima.</p>
<p>Fishing unions in both countries welcomed the deal but asked for a review of the quotas after the first season.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Bolivia seeks sea access talks</a></li><li><a href="/b">Ecuador raises tariffs on fish imports</a></li></ul></aside>
</main>
<footer><p>Subscribe to our newsletter</p><p>&copy; 2021 Andes Daily. All rights reserved.</p></footer>
</body></html>"""


def test_html_page_drops_cookie_banner_navigation_and_related_links():
    doc = build_document(RawDocument("andes.html", NEWS_PAGE.encode(), "html"))
    assert doc.text.startswith("The foreign ministers of Chile and Peru") or "The foreign ministers" in doc.text[:200]
    for junk in ("cookies", "Home", "Sport", "Related stories", "Bolivia seeks", "Subscribe", "All rights reserved"):
        assert junk not in doc.text, junk
    assert "welcomed the deal" in doc.text
    assert doc.published == "2021-09-14" and doc.published_basis == "metadata"
    assert doc.url == "https://andes.example/world/chile-peru-fisheries"
    assert doc.authors == ["Maria Lopez"] and doc.publisher == "Andes Daily"
    assert doc.title.startswith("Chile and Peru sign fisheries accord")
    assert doc.text.count("\n\n") >= 3  # paragraphs kept apart


def test_malformed_html_still_gives_text_or_a_reason():
    broken = ("<html><body><div><p>Officials from Ghana and Togo met in Accra to discuss border trade"
              " and agreed to meet again next month.<p>They also discussed<b>security <i>cooperation</div>"
              "</span></html></html>")
    doc = build_document(RawDocument("broken.html", broken.encode(), "html"))
    assert "Ghana and Togo met in Accra" in doc.text
    with pytest.raises(InputError, match="no article text|nothing left"):
        build_document(RawDocument("shell.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "html"))


def test_non_english_is_detected_and_kept():
    text = ("Die Außenminister Deutschlands und Frankreichs trafen sich am Montag in Berlin, um über die "
            "Zusammenarbeit in der Verteidigungspolitik zu sprechen. Beide Seiten vereinbarten weitere Gespräche.")
    doc = build_document(RawDocument("de.txt", text.encode("utf-8"), "text"))
    assert doc.language == "de"


def test_utf16_with_bom_and_latin1_text_decode():
    text = "São Paulo and Bogotá: ministers met in Brasília to discuss trade."
    assert decode_bytes("u16.txt", text.encode("utf-16")) == text
    assert decode_bytes("l1.txt", text.encode("latin-1")) == text
