"""HTML -> main text and metadata, through trafilatura (the best open extractor we measured)."""

from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura

from eventwire.errors import InputError


@dataclass
class Page:
    text: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None


def extract_page(source: str, html: str, url: str | None = None) -> Page:
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as err:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(source, f"HTML could not be parsed ({type(err).__name__}: {err})") from err
    if doc is None or not (doc.text or "").strip():
        raise InputError(source, "no article text found in the HTML")
    text = _paragraphs(doc.text)
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Page(
        text=text,
        title=(doc.title or None),
        published=doc.date or None,
        publisher=doc.sitename or None,
        authors=authors,
        url=doc.url or url,
        language=doc.language or None,
    )


def _paragraphs(text: str) -> str:
    # trafilatura separates blocks with single newlines; a blank line between paragraphs is
    # what the text cleaner and quote carry-over rule expect.
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)
