"""The act of saying as an event: a statement that condemns a party is an ACCUSE by the speaker, one
that praises a party is a SUPPORT (PLOVER codes the statement itself). Only quotes whose speaker is
known and whose words name another party give one; the trigger is the word that criticises or
praises, and the event carries the quote's id."""

from __future__ import annotations

import hashlib
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.coding import ontology
from eventwire.coding.actors import Mention, Mentions
from eventwire.coding.events import is_recordable, nearest_timex
from eventwire.coding.roles import party_mention, party_of
from eventwire.coding.quotes import cues
from eventwire.model import Event, Evidence, Quote

ACTS = {"criticism": ("ACCUSE", "111"), "praise": ("SUPPORT", "051")}


def speech_act_events(doc: Doc, quotes: list[Quote], mentions: Mentions, events: list[Event],
                      published: str | None, doc_id: str) -> list[Event]:
    pub = date.fromisoformat(published) if published and len(published) == 10 else None
    lexicon = {kind: set(cues().get(kind, [])) for kind in ACTS}
    out: list[Event] = []
    for q in quotes:
        speaker = _speaker_mention(q, mentions)
        if speaker is None or not speaker.is_actor:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for kind, (event_type, cameo) in ACTS.items():
            if _already_coded(events + out, q, event_type, speaker):
                continue
            trigger = next((t for t in span if (t.lemma_.lower() in lexicon[kind] or t.lower_ in lexicon[kind])
                            and not _because_of(t)), None)
            if trigger is None or _negated(trigger):
                continue
            target = _target(trigger, span, mentions, speaker)
            if target is None:
                continue
            out.append(_event(doc, q, trigger, event_type, cameo, speaker, target, pub, doc_id))
    return [e for e in out if is_recordable(e)]


def _speaker_mention(q: Quote, mentions: Mentions) -> Mention | None:
    if q.speaker is None:
        return None
    return next((m for m in mentions.items if m.entity.start == q.speaker.start and m.entity.end == q.speaker.end), None)


def _already_coded(events: list[Event], q: Quote, event_type: str, speaker: Mention) -> bool:
    """The cue itself may already be the event ("China accused Nato ...")."""
    for e in events:
        inside = q.start <= e.evidence.trigger_start < q.end or (
            q.cue_start is not None and e.evidence.trigger_start == q.cue_start)
        same_actor = any(p.name == speaker.entity.name for p in e.actor)
        if e.event_type == event_type and (inside or same_actor and e.evidence.start <= q.start < e.evidence.end):
            return True
    return False


def _because_of(t: Token) -> bool:
    """"Thanks to my tariffs, we're taking in billions": a cause, no thanks given."""
    return t.lower_ == "thanks" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)


def _negated(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in (t, t.head) for c in c.children)


def _target(trigger: Token, span, mentions: Mentions, speaker: Mention) -> Mention | None:  # type: ignore[no-untyped-def]
    """The party the words are about: the subject of the criticised act, else the nearest other
    state or organisation named in the same sentence of the quote."""
    own = {speaker.entity.country, speaker.entity.igo} - {None}
    v = trigger
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                m = party_mention(c, mentions)
                if m and m.is_actor and m.entity.kind != "place" and not ({m.entity.country, m.entity.igo} & own):
                    return m
        if v.head.i == v.i:
            break
        v = v.head
    sent = trigger.sent
    found = [m for t in sent if span.start <= t.i < span.end and (m := mentions.at(t)) is not None
             and m.is_actor and m.entity.kind in ("country", "igo", "group", "organization")
             and not ({m.entity.country, m.entity.igo} & own)]
    return min(found, key=lambda m: abs(m.root - trigger.i)) if found else None


def _event(doc: Doc, q: Quote, trigger: Token, event_type: str, cameo: str, speaker: Mention, target: Mention,
           pub: date | None, doc_id: str) -> Event:
    sent = trigger.sent
    cue_sent = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand").sent if q.cue_start is not None else sent
    cue = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")[0] if q.cue_start is not None else trigger
    timex = nearest_timex(cue, cue_sent, pub, future=False)
    if timex and timex.value:
        when = dict(date=timex.value, date_text=timex.text, date_start=timex.start, date_end=timex.end,
                    date_precision=timex.precision, date_basis="text")
    elif pub:
        when = dict(date=pub.isoformat(), date_precision="day", date_basis="publication")
    else:
        when = {}
    eid = hashlib.sha1(f"{doc_id}:{trigger.idx}:{event_type}:speech".encode()).hexdigest()[:16]
    return Event(id=eid, event_type=event_type, cameo=cameo, goldstein=ontology.goldstein(cameo),
                 plover_score=ontology.plover_score(event_type, None), quad_class=ontology.quad_class(event_type),
                 actor=[party_of(speaker)], recipient=[party_of(target)], **when,
                 evidence=Evidence(text=sent.text, start=sent.start_char, end=sent.end_char, trigger=trigger.text,
                                   trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text)),
                 quote_id=q.id, confidence=0.6)
