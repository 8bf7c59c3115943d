"""The data contract. The JSON that `process`, `code` and the API emit is generated from these models.

Every `start`/`end` pair is a character offset into `Document.text` (end exclusive), so
`text[start:end]` is the evidence for the field it sits on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Aux = Literal["future", "historical", "hypothetical", "negation"]
QuadClass = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
Precision = Literal["day", "month", "year"]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class Contract(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Dateline(Contract):
    text: str
    place: str | None = None
    agency: str | None = None
    month_day: str | None = Field(None, description="MM-DD as written, before a year is known")
    year: int | None = None
    start: int
    end: int


class RemovedLine(Contract):
    text: str
    reason: str


class Document(Contract):
    id: str
    source: str
    title: str | None = None
    published: str | None = Field(None, pattern=DATE_PATTERN)
    published_basis: str | None = Field(
        None, description="where `published` came from: given, metadata, dateline+given year, dateline+year in text"
    )
    publisher: str | None = None
    language: str | None = None
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    dateline: Dateline | None = None
    removed: list[RemovedLine] = Field(default_factory=list, description="lines dropped as page furniture")
    text: str


class Entity(Contract):
    text: str
    name: str
    kind: Literal["country", "person", "igo", "organization", "group", "place"]
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    role: str | None = None
    kb_id: str | None = None
    start: int
    end: int
    resolution: str = Field(description="how the mention was linked: kb-name, title, coreference, ...")


class Party(Contract):
    name: str
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    kb_id: str | None = None
    start: int
    end: int


class Location(Contract):
    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None
    basis: Literal["sentence", "dateline"] = "sentence"


class Evidence(Contract):
    text: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


class Event(Contract):
    id: str
    event_type: PloverType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    aux: Aux | None = None
    cameo: str | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    quad_class: QuadClass
    actor: list[Party]
    recipient: list[Party] = Field(default_factory=list)
    date: str | None = Field(None, pattern=DATE_PATTERN)
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    date_precision: Precision | None = None
    date_basis: Literal["text", "publication"] | None = Field(
        None, description="text: a time expression in the text; publication: none found, the report's date"
    )
    location: Location | None = None
    evidence: Evidence
    quote_id: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class Speaker(Contract):
    name: str
    country: str | None = None
    sector: str | None = None
    start: int
    end: int


class Quote(Contract):
    id: str
    speaker: Speaker | None
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    cue: str | None
    cue_start: int | None = None
    cue_end: int | None = None
    start: int
    end: int


class DocumentResult(Contract):
    document: Document
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="why a stage did less than usual")


class Failure(Contract):
    source: str
    reason: str
    at: datetime | None = None


class CodedPassage(Contract):
    """One line of `eventwire code --jsonl` output."""

    id: str
    events: list[Event]
    error: str | None = None
