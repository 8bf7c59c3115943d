"""Compose the extraction steps: RawDocument -> Document (clean text, title, dates, language)."""

from __future__ import annotations

import hashlib
import re

from eventwire.errors import InputError
from eventwire.extract.clean import clean_text
from eventwire.extract.dateline import find_dateline, likely_year
from eventwire.extract.decode import decode_bytes
from eventwire.extract.html import extract_page
from eventwire.extract.language import detect_language
from eventwire.model import Document
from eventwire.sources.files import RawDocument

MAX_TEXT_CHARS = 1_000_000  # spaCy's own default limit; longer is not a news article
HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def build_document(raw: RawDocument, published: str | None = None) -> Document:
    """`published` (YYYY-MM-DD) given by the user wins over anything found in the document."""
    text = decode_bytes(raw.source, raw.data)
    page_title = raw.title
    meta_published = raw.published
    publisher = authors = url = None
    if raw.kind == "html" or HTML_SNIFF.match(text):
        page = extract_page(raw.source, text, raw.url)
        text, page_title = page.text, page_title or page.title
        meta_published = meta_published or page.published
        publisher, authors, url = page.publisher, page.authors, page.url
    cleaned = clean_text(text)
    if not cleaned.text.strip():
        raise InputError(raw.source, "nothing left after removing page furniture")
    if len(cleaned.text) > MAX_TEXT_CHARS:
        raise InputError(raw.source, f"text is {len(cleaned.text):,} characters, over the {MAX_TEXT_CHARS:,} limit")
    body = cleaned.text
    dateline = find_dateline(body)
    date, basis = _publication_date(published, meta_published, dateline, body)
    language, _ = detect_language(body)
    return Document(
        id=hashlib.sha256(body.encode("utf-8")).hexdigest()[:16],
        source=raw.source,
        title=page_title or cleaned.title,
        published=date,
        published_basis=basis,
        publisher=publisher or (dateline.agency if dateline else None),
        language=language,
        url=url or raw.url,
        authors=authors or [],
        dateline=dateline,
        removed=cleaned.removed,
        text=body,
    )


def _publication_date(given, meta, dateline, body) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    if given:
        return given, "given"
    if meta and ISO_DATE.match(str(meta)):
        return str(meta)[:10], "metadata"
    if dateline and dateline.month_day:
        if dateline.year:
            return f"{dateline.year}-{dateline.month_day}", "dateline"
        year = likely_year(body)
        if year:
            return f"{year}-{dateline.month_day}", "dateline month/day + year inferred from the years the text names"
    return None, None
