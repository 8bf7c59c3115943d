"""Who said what: direct quotes (straight or curly marks, colon-introduced, split by the attribution,
running over paragraphs), indirect (reported speech) and mixed quotes, with speakers resolved
through the actor mentions. An unknown speaker stays unknown."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.coding.actors import Mention, Mentions
from eventwire.model import Event, Quote, Speaker

QUOTE_RE = re.compile(r"“([^“”]*)(”|$)|\"([^\"\n]*)(\"|$)", re.MULTILINE)
MIN_WORDS = 4  # shorter quoted strings are scare quotes ("no-limits"), not statements


@lru_cache(maxsize=1)
def cues() -> dict:
    return yaml.safe_load(resources.files("eventwire.coding").joinpath("data/cues.yaml").read_text("utf-8"))


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """Content spans of direct quotes; a paragraph that opens a mark and never closes it runs on
    into the next paragraph when that one opens a mark too (the news convention)."""
    spans: list[tuple[int, int]] = []
    for m in QUOTE_RE.finditer(text):
        group = 1 if m.group(1) is not None else 3
        start, end = m.start(group), m.end(group)
        if len(text[start:end].split()) >= MIN_WORDS:
            spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and text[merged[-1][1]:s].strip() in ("", "“", "\"") and text[merged[-1][1]:merged[-1][1] + 1] != "”":
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def extract_quotes(doc: Doc, mentions: Mentions, doc_id: str) -> list[Quote]:
    text = doc.text
    verbs, nouns = set(cues()["verbs"]), set(cues()["nouns"])
    quotes: list[Quote] = []
    previous: Speaker | None = None
    covered: list[tuple[int, int]] = []
    for start, end in _direct_spans(text):
        covered.append((start, end))
        cue, speaker = _attribution(doc, start, end, mentions, verbs, nouns)
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        whole_paragraph = not text[para_start:start].strip(" “\"") and not text[end:para_end].strip(" ”\".,")
        if speaker is None and cue is None and whole_paragraph:
            speaker = previous  # a paragraph that is only a quote continues the last speaker
        quotes.append(_quote(doc_id, speaker, text[start:end], "direct", cue, start, end))
        if speaker is not None:
            previous = speaker
    quotes.extend(_indirect(doc, mentions, doc_id, verbs, covered))
    return sorted(quotes, key=lambda q: q.start)


def _attribution(doc: Doc, start: int, end: int, mentions: Mentions, verbs: set[str], nouns: set[str]) -> tuple[Token | None, Speaker | None]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, None
    sents = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    # the sentence after the quote can hold the attribution ('"...," he said.')
    nxt = span[-1].sent.end
    if nxt < len(doc):
        sents.setdefault(doc[nxt].sent.start, doc[nxt].sent)
    candidates: list[Token] = []
    for sent in sorted(sents.values(), key=lambda s: s.start):
        for t in sent:
            if start <= t.idx < end:
                continue
            if (t.pos_ == "VERB" and t.lemma_.lower() in verbs) or (t.pos_ == "NOUN" and t.lemma_.lower() in nouns):
                candidates.append(t)
    candidates.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    for cue in candidates:
        speaker = _speaker_of(cue, mentions)
        if speaker is not None:
            return cue, speaker
    return (candidates[0] if candidates else None), None


def _speaker_of(cue: Token, mentions: Mentions) -> Speaker | None:
    from eventwire.coding.events import _party_mention

    holders: list[Token] = []
    if cue.pos_ == "NOUN":
        holders = [c for c in cue.children if c.dep_ == "poss"]
        holders += [p for c in cue.children if c.dep_ == "prep" and c.lower_ in ("by", "of") for p in c.children]
        if not holders and cue.head.pos_ == "VERB":
            cue = cue.head
    if not holders:
        v = cue
        for _ in range(3):
            holders = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if holders or v.dep_ not in ("conj", "advcl", "xcomp") or v.head.i == v.i:
                break
            v = v.head
    for h in holders:
        m: Mention | None = _party_mention(h, mentions) or mentions.at(h)
        if m is not None and m.entity.kind in ("person", "country", "igo", "organization", "group"):
            e = m.entity
            return Speaker(name=e.name, country=e.country, sector=e.sector, start=e.start, end=e.end)
    return None


def _indirect(doc: Doc, mentions: Mentions, doc_id: str, verbs: set[str], covered: list[tuple[int, int]]) -> list[Quote]:
    out: list[Quote] = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in verbs:
            continue
        comp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if comp is None:
            continue
        tokens = [x for x in comp.subtree if x.dep_ != "mark" or x.head.i != comp.i]
        while tokens and (tokens[-1].is_punct and tokens[-1].text not in "”\""):
            tokens.pop()
        if len(tokens) < MIN_WORDS:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if any(s <= start < e or s < end <= e for s, e in covered):
            continue
        speaker = _speaker_of(t, mentions)
        content = doc.text[start:end]
        kind = "mixed" if ("“" in content or "\"" in content) else "indirect"
        out.append(_quote(doc_id, speaker, content, kind, t, start, end))
    return out


def _quote(doc_id: str, speaker: Speaker | None, text: str, kind: str, cue: Token | None, start: int, end: int) -> Quote:
    qid = hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]
    return Quote(id=qid, speaker=speaker, text=text, kind=kind, cue=cue.text if cue is not None else None,
                 cue_start=cue.idx if cue is not None else None,
                 cue_end=cue.idx + len(cue.text) if cue is not None else None, start=start, end=end)


def link_events_to_quotes(events: list[Event], quotes: list[Quote]) -> None:
    for event in events:
        for q in quotes:
            if q.start <= event.evidence.trigger_start < q.end:
                event.quote_id = q.id
                break
