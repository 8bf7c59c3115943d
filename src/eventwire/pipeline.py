"""The one place that composes the stages: source -> Document -> parsed Doc -> entities, events,
quotes. Each stage is a plain function; a document that fails is reported, never fatal to a batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire.coding.actors import link_mentions
from eventwire.coding.events import code_events
from eventwire.coding.places import find_place
from eventwire.coding.quotes import extract_quotes, link_events_to_quotes
from eventwire.coding.speech_acts import speech_act_events
from eventwire.errors import InputError
from eventwire.extract import build_document
from eventwire.kb import load_kb
from eventwire.model import Document, DocumentResult, Entity, Event, Quote
from eventwire.nlp import get_nlp
from eventwire.settings import Settings
from eventwire.sources.files import RawDocument, iter_raw_documents

CODED_LANGUAGES = {"en"}


@dataclass
class Pipeline:
    settings: Settings

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        return get_nlp(self.settings.spacy_model, tuple(self.settings.kb_extra))

    @property
    def kb(self):  # type: ignore[no-untyped-def]
        return load_kb(tuple(self.settings.kb_extra))

    def process_document(self, raw: RawDocument, published: str | None = None) -> DocumentResult:
        return self.annotate(build_document(raw, published))

    def annotate(self, document: Document) -> DocumentResult:
        if document.language not in CODED_LANGUAGES and document.language != "und":
            return DocumentResult(document=document, notes=[
                f"language '{document.language}' detected: stored but not coded (the coder reads English only)"])
        doc = self.nlp(document.text)
        mentions = link_mentions(doc, self.kb, document.published, self._dateline_country(document))
        events = code_events(doc, mentions, document.published, document.id, document.dateline)
        quotes = extract_quotes(doc, mentions, document.id)
        link_events_to_quotes(events, quotes)
        events += speech_act_events(doc, quotes, mentions, events, document.published, document.id)
        return DocumentResult(document=document, entities=mentions.entities(), events=events, quotes=quotes)

    def _dateline_country(self, document: Document) -> str | None:
        if document.dateline is None or not document.dateline.place:
            return None
        place = find_place(self.kb, document.dateline.place)
        return place.country if place else None

    def process_paths(self, paths: Iterable[str], published: str | None = None) -> Iterator[DocumentResult | InputError]:
        """Every document under `paths`, in order; failures come back as InputError values."""
        for item in iter_raw_documents(paths, self.settings.max_bytes):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield self.process_document(item, published)
            except InputError as err:
                yield err

    def code_passage(self, passage_id: str, text: str, published: str | None) -> list[Event]:
        """Events of one sentence or passage (the `code --jsonl` contract); spans point into `text`."""
        doc = self.nlp(text)
        mentions = link_mentions(doc, self.kb, published)
        return code_events(doc, mentions, published, passage_id)

    def entities_of(self, text: str, published: str | None) -> list[Entity]:
        """Linked mentions of a clean text (the actor evaluation's view)."""
        return link_mentions(self.nlp(text), self.kb, published).entities()

    def quotes_of(self, passage_id: str, text: str, published: str | None) -> list[Quote]:
        """Quotes of a clean text (the quote evaluation's view); spans point into `text`."""
        doc = self.nlp(text)
        return extract_quotes(doc, link_mentions(doc, self.kb, published), passage_id)


def process_document(raw: RawDocument, published: str | None = None, settings: Settings | None = None) -> DocumentResult:
    return Pipeline(settings or Settings.from_env()).process_document(raw, published)


def code_sentences(items: Iterable[tuple[str, str, str | None]], settings: Settings | None = None) -> Iterator[tuple[str, list[Event]]]:
    pipeline = Pipeline(settings or Settings.from_env())
    for passage_id, text, published in items:
        yield passage_id, pipeline.code_passage(passage_id, text, published)
