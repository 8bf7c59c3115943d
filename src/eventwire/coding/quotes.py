"""Who said what: direct quotes (straight or curly marks, colon-introduced, split by the attribution,
running over paragraphs), indirect (reported speech, "according to") and mixed quotes, with
speakers resolved through the actor mentions. An unnamed speaker ("a diplomat said") stays unknown.

Direct quotes are found in the text, reported clauses in the parse; the two are then reconciled:
a reported clause that is all quotation becomes a direct quote with that clause's cue, one that
holds quoted fragments becomes a mixed quote that replaces the fragments, and reported speech
nested inside another quote ("the summit confirmed that ...") is part of that quote, not a new one.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from eventwire.coding.actors import Mention, Mentions
from eventwire.coding.groups import named_by_itself
from eventwire.model import Event, Quote, Speaker
from eventwire.strict_yaml import load_yaml

QUOTE_RE = re.compile(r"“([^“”]*)(”|$)|\"([^\"\n]*)(\"|$)", re.MULTILINE)
MIN_WORDS = 4  # shorter quoted strings are scare quotes ("no-limits"), not statements
INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "many", "other"}
SPEAKER_KINDS = ("person", "country", "igo", "organization", "group")
CLAUSE_DEPS = ("relcl", "acl", "advcl")
OPENING_MARKS = "“\""
ATTRIBUTION_ENDS = ",?!—–-"


class _Unknown:
    """An attribution to someone the text does not name ("a Western diplomat said")."""


UNKNOWN = _Unknown()


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: Token | None
    speaker: Speaker | None


@lru_cache(maxsize=1)
def cues() -> dict:
    return load_yaml(resources.files("eventwire.coding").joinpath("data/cues.yaml").read_text("utf-8"), "data/cues.yaml")


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """Content spans of direct quotes; a paragraph that opens a mark and never closes it runs on
    into the next paragraph when that one opens a mark too (the news convention)."""
    spans: list[tuple[int, int, bool]] = []
    for m in QUOTE_RE.finditer(text):
        group = 1 if m.group(1) is not None else 3
        closed = bool(m.group(group + 1))
        spans.append((m.start(group), m.end(group), closed))
    merged: list[tuple[int, int]] = []
    open_run = False
    for s, e, closed in spans:
        between = text[merged[-1][1]:s] if merged else ""
        if merged and open_run and between.strip() in ("“", "\"") and "\n" in between:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
        open_run = not closed
    kept: list[tuple[int, int]] = []
    for s, e in merged:
        if len(text[s:e].split()) >= MIN_WORDS or kept and _resumes(text, kept[-1], s):
            kept.append((s, e))
    return kept


def _resumes(text: str, previous: tuple[int, int], start: int) -> bool:
    """'“Nobody should doubt us,” Mr Berg said, “and nobody will.”': the second half of a quote
    split by its attribution may be short and still be a quote."""
    between = text[previous[1]:start]
    return text[previous[0]:previous[1]].rstrip().endswith(",") and len(between) <= 60 and "\n" not in between \
        and between.rstrip(" “\"").endswith(",")


class _Paragraphs:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def index(self, char: int) -> int:
        return bisect_right(self.starts, char) - 1

    def nonblank_index(self, char: int) -> int:
        """Paragraph number counting only paragraphs with text, so blank lines do not separate."""
        i = self.index(char)
        return sum(1 for k in range(i) if self._para(k).strip())

    def _para(self, k: int) -> str:
        end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[k]:end]

    def start_of(self, char: int) -> int:
        return self.starts[self.index(char)]

    def end_of(self, char: int) -> int:
        end = self.text.find("\n", char)
        return len(self.text) if end < 0 else end


def extract_quotes(doc: Doc, mentions: Mentions, doc_id: str) -> list[Quote]:
    text = doc.text
    verbs, nouns = set(cues()["verbs"]), set(cues()["nouns"])
    paras = _Paragraphs(text)
    direct_spans = _direct_spans(text)
    direct = [_Found(s, e, "direct", None, None) for s, e in direct_spans]
    reported = _reported_clauses(doc, verbs, nouns, direct_spans)
    for r in reported:
        r.speaker = _known(_speaker_of(r.cue, mentions)) if r.cue is not None else None
    if cues().get("according_to", True):
        reported += _according_to(doc, mentions)
    reported = _reconcile(text, reported, direct)

    previous: _Found | None = None
    for q in sorted(direct + reported, key=lambda f: f.start):
        if q.kind != "direct":
            previous = q
            continue
        if q.cue is None:
            cue, speaker = _attribution(doc, q, direct_spans, paras, mentions, verbs, nouns)
            if cue is not None:
                q.cue = cue
                q.speaker = _known(speaker)
            elif previous is not None and _continues(previous, q, paras):
                q.speaker = previous.speaker
            else:
                q.speaker = _embedding_speaker(doc, q, mentions)
        previous = q
    for r in reported:
        if r.kind == "according":
            r.kind = "mixed" if any(c in text[r.start:r.end] for c in OPENING_MARKS) else "indirect"
    found = sorted(direct + reported, key=lambda f: f.start)
    return [_quote(doc_id, text, f) for f in found]


def _known(speaker: Speaker | _Unknown | None) -> Speaker | None:
    return speaker if isinstance(speaker, Speaker) else None


def _continues(previous: _Found, q: _Found, paras: _Paragraphs) -> bool:
    """A quote with no attribution of its own goes on with the previous quote's speaker when it
    follows that quote in the same paragraph, or opens the paragraph right after it."""
    prev_para, para = paras.nonblank_index(previous.end), paras.nonblank_index(q.start)
    if prev_para == para:
        return True
    opens_paragraph = not paras.text[paras.start_of(q.start):q.start].strip(" " + OPENING_MARKS)
    return para == prev_para + 1 and opens_paragraph


def _outside(t: Token, spans: list[tuple[int, int]]) -> bool:
    return not any(s <= t.idx < e for s, e in spans)


def _attribution(doc: Doc, q: _Found, spans: list[tuple[int, int]], paras: _Paragraphs, mentions: Mentions,
                 verbs: set[str], nouns: set[str]) -> tuple[Token | None, Speaker | _Unknown | None]:
    text = paras.text  # Doc.text joins every token again on each call
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None, None
    groups: list[list[Span]] = [[span[0].sent, span[-1].sent]]
    # "Mr Putin said:" closing the paragraph before a quote that opens the next one
    para_start = paras.start_of(q.start)
    if not text[para_start:q.start].strip(" " + OPENING_MARKS) and para_start > 0:
        before = text[:para_start].rstrip()
        if before.endswith(":"):
            groups.append([doc[len(doc[: _token_at(doc, len(before) - 1) + 1]) - 1].sent])
    # '"...," he said' -- an attribution that follows the closing mark in the same paragraph
    last = text[q.start:q.end].rstrip()[-1:]
    after = span[-1].sent.end
    while after < len(doc) and (doc[after].is_space or doc[after].text in "”\""):
        after += 1
    if after < len(doc) and paras.index(doc[after].idx) == paras.index(q.end) and (
            last in ATTRIBUTION_ENDS or doc[after].text[:1].islower()):
        groups.append([doc[after].sent])
    for group in groups:
        candidates = [t for sent in {s.start: s for s in group}.values() for t in sent
                      if _outside(t, spans) and _is_cue(t, verbs, nouns)]
        candidates.sort(key=lambda t: min(abs(t.idx - q.start), abs(t.idx - q.end)))
        for cue in candidates:
            speaker = _speaker_of(cue, mentions)
            if speaker is not None:
                return cue, speaker
        if candidates:
            return candidates[0], None
    return None, None


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1


def _is_cue(t: Token, verbs: set[str], nouns: set[str]) -> bool:
    return (t.pos_ == "VERB" and t.lemma_.lower() in verbs) or (t.pos_ == "NOUN" and t.lemma_.lower() in nouns)


def _embedding_speaker(doc: Doc, q: _Found, mentions: Mentions) -> Speaker | None:
    """A quoted phrase inside someone's sentence ("He invited Gen Zhang to discuss “...”") is that
    subject's wording."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span[0].sent.start >= span[0].i - 1:
        return None
    t = span.root
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children):
            return _known(_speaker_of(t, mentions))
    return None


def _speaker_of(cue: Token, mentions: Mentions) -> Speaker | _Unknown | None:
    holders: list[Token] = []
    if cue.pos_ == "NOUN":
        holders = [c for c in cue.children if c.dep_ == "poss"]
        holders += [p for c in cue.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from") for p in c.children]
        if not holders and cue.head.pos_ == "VERB":
            cue = cue.head
    if not holders:
        v = cue
        for _ in range(3):
            holders = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if holders or v.dep_ not in ("conj", "advcl", "xcomp") or v.head.i == v.i:
                break
            v = v.head
    # a misparse can give a verb two subjects; the one that names a person, nearest the verb, speaks
    holders.sort(key=lambda h: (not ((m := mentions.at(h)) is not None and m.entity.kind == "person"), abs(h.i - cue.i)))
    for h in holders:
        found = _holder(h, mentions)
        if found is not None:
            return found
    return None


def _np_tokens(h: Token) -> list[Token]:
    """The noun phrase of `h` without its relative and participle clauses ("X, who ..., said")."""
    out: list[Token] = []

    def walk(t: Token) -> None:
        out.append(t)
        for c in t.children:
            if c.dep_ not in CLAUSE_DEPS:
                walk(c)

    walk(h)
    return sorted(out, key=lambda t: t.i)


def _holder(h: Token, mentions: Mentions) -> Speaker | _Unknown | None:
    """The speaker a subject phrase names: a person in it beats the country of their title
    ("Finland's interior minister, Jukka Virtanen"); an indefinite phrase ("a Western diplomat",
    "residents") names nobody."""
    from eventwire.coding.roles import party_mention

    own = mentions.at(h)
    if own is not None and _anonymous(own):
        own = None  # "residents said", "an official said": a role, not a speaker anyone can follow
    if own is not None and own.entity.kind in SPEAKER_KINDS:
        return _speaker(own)
    det = next((c.lower_ for c in h.children if c.dep_ in ("det", "nummod")), None)
    if det in INDEFINITE:
        return UNKNOWN
    np = _np_tokens(h)
    persons = [m for t in np if (m := mentions.at(t)) is not None and m.entity.kind == "person"
               and not m.entity.resolution.startswith("unnamed")]
    if persons:
        return _speaker(min(persons, key=lambda m: abs(m.root - h.i)))
    m = party_mention(h, mentions) or mentions.head_of(h)
    if m is not None and m.entity.kind in SPEAKER_KINDS and not _anonymous(m):
        return _speaker(m)
    if h.tag_ == "NNS" and det is None and h.pos_ == "NOUN":
        return UNKNOWN  # "residents say", "observers said"
    if det == "the" and h.pos_ == "NOUN":
        earlier = _earlier_organization(h, mentions)
        if earlier is not None:
            return _speaker(earlier)
    return None


def _anonymous(m: Mention) -> bool:
    """"residents", "the diplomat", "police" (country only from where they are): nobody to follow;
    "the Kenyan foreign ministry" names its country itself and can be a speaker."""
    r = m.entity.resolution
    return r.startswith("unnamed") and not (named_by_itself(r) and m.entity.country and m.entity.kind == "group")


def _earlier_organization(h: Token, mentions: Mentions) -> Mention | None:
    """'the ministry' -> the latest organization named before with that word in its name."""
    word = h.lemma_.lower()
    for m in reversed(mentions.items):
        if m.entity.start < h.idx and m.entity.kind in ("organization", "igo") and word in m.entity.text.lower():
            return m
    return None


def _speaker(m: Mention) -> Speaker:
    e = m.entity
    return Speaker(name=e.name, country=e.country, sector=e.sector, start=e.start, end=e.end)


def _reported_clauses(doc: Doc, verbs: set[str], nouns: set[str], direct: list[tuple[int, int]]) -> list[_Found]:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clause, cut before the speaker's next
    reporting verb ('..., adding that ...'), which makes a quote of its own."""
    out: list[_Found] = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in verbs:
            continue
        comps = [c for c in t.children if c.dep_ == "ccomp"]
        # "said in a statement that ...": the parser hangs the clause on the noun
        comps += [a for p in t.children if p.dep_ == "prep" for n in p.children
                  if n.dep_ == "pobj" and n.lemma_.lower() in nouns for a in n.children
                  if a.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in a.children)]
        for comp in comps:
            if comp.i < t.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # a clause before the verb needs the verb's own subject: "..., Mr X said"
            tokens = _clause_tokens(comp, verbs)
            if len(tokens) < MIN_WORDS:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if any(s <= t.idx < e for s, e in direct):
                continue
            out.append(_Found(start, end, "indirect", t, None))
    return out


def _clause_tokens(comp: Token, verbs: set[str]) -> list[Token]:
    cut: set[int] = set()
    for x in comp.subtree:
        if x.i != comp.i and x.pos_ == "VERB" and x.lemma_.lower() in verbs and x.dep_ in ("conj", "advcl", "xcomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
            cut.update(y.i for y in x.subtree)
            cut.update(c.i for c in x.head.children if c.dep_ == "cc" and c.i < x.i and c.i > comp.i)
    tokens = [x for x in comp.subtree if x.i not in cut and not (x.dep_ == "mark" and x.head.i == comp.i
                                                                 and x.i == comp.left_edge.i)]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"":
        tokens.pop()
    while tokens and (tokens[-1].dep_ == "cc" or (tokens[-1].is_punct and tokens[-1].text not in "”\"")):
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in "“\"":
        tokens.pop(0)
    tokens = _after_dateline(tokens)
    if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ in ("mark", "advmod"):
        tokens.pop(0)
    # keep the contiguous run from the clause's start: a cut in the middle ends the clause
    run = tokens[:1]
    for x in tokens[1:]:
        if x.i != run[-1].i + 1 and any(i in cut for i in range(run[-1].i + 1, x.i)):
            break
        run.append(x)
    return run


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """'TOKYO, April 18 (Kyodo) - Japan will ...': a lead clause starts after its dateline."""
    if not tokens or not tokens[0].text.isupper() or len(tokens[0].text) < 3:
        return tokens
    for k, t in enumerate(tokens[:12]):
        if t.text in ("-", "--", "—", "–") or (t.text == "." and k + 1 < len(tokens) and tokens[k + 1].text.startswith("/")):
            return tokens[k + 1:]
    return tokens


def _according_to(doc: Doc, mentions: Mentions) -> list[_Found]:
    """'According to X, CLAUSE' and 'CLAUSE, according to X'."""
    out: list[_Found] = []
    for t in doc:
        if t.lower_ != "according":
            continue
        to = next((c for c in t.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        head = t.head
        if source is None or head.i == t.i:
            continue
        skip = {x.i for x in t.subtree}
        tokens = [x for x in head.subtree if x.i not in skip]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"":
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        if len(tokens) < MIN_WORDS:
            continue
        holder = source
        if source.pos_ == "NOUN":  # "according to a statement from the ministry"
            holder = next((p for c in source.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                           for p in c.children if p.dep_ == "pobj"), source)
        out.append(_Found(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "according", t,
                          _known(_holder(holder, mentions))))
    return out


def _reconcile(text: str, reported: list[_Found], direct: list[_Found]) -> list[_Found]:
    kept: list[_Found] = []
    for r in reported:
        # speech reported inside another report or quote belongs to that one
        if any(o is not r and o.start <= r.cue.idx < o.end for o in reported if r.cue is not None):
            continue
        kept.append(r)
    out: list[_Found] = []
    for r in kept:
        host = next((d for d in direct if d.end - d.start > r.end - r.start
                     and min(d.end, r.end) - max(d.start, r.start) >= 0.5 * (r.end - r.start)), None)
        if host is not None:  # the parse took one sentence of a longer direct quote as the clause
            if host.cue is None:
                host.cue, host.speaker = r.cue, r.speaker
            continue
        inside = [d for d in direct if min(d.end, r.end) - max(d.start, r.start) > 0.5 * (d.end - d.start)]
        if not inside:
            if any(c in text[r.start:r.end] for c in OPENING_MARKS):
                r.kind = "mixed"  # a quoted fragment too short to be a quote of its own
            out.append(r)
            continue
        quoted = sum(d.end - d.start for d in inside)
        r.end = max(r.end, max(d.end for d in inside))
        r.start = min(r.start, min(d.start for d in inside))
        unquoted = text[r.start:r.end]
        for d in inside:
            unquoted = unquoted.replace(text[d.start:d.end], "")
        if len(re.sub(r"[\W_]", "", unquoted)) <= 0.1 * quoted:
            for d in inside:  # the whole clause is quotation: keep it direct, with this cue
                d.cue, d.speaker = r.cue, r.speaker
            continue
        for d in inside:
            direct.remove(d)
        r.kind = "mixed"
        out.append(r)
    return out


def _quote(doc_id: str, text: str, f: _Found) -> Quote:
    qid = hashlib.sha1(f"{doc_id}:{f.start}:{f.end}".encode()).hexdigest()[:16]
    cue = f.cue
    return Quote(id=qid, speaker=f.speaker, text=text[f.start:f.end], kind=f.kind, cue=cue.text if cue is not None else None,
                 cue_start=cue.idx if cue is not None else None,
                 cue_end=cue.idx + len(cue.text) if cue is not None else None, start=f.start, end=f.end)


def link_events_to_quotes(events: list[Event], quotes: list[Quote]) -> None:
    for event in events:
        for q in quotes:
            if q.start <= event.evidence.trigger_start < q.end:
                event.quote_id = q.id
                break
