"""Mentions -> entities: link each named mention to the KB, give it country, sector and role as of
the document's date, and resolve the in-document references news uses (surnames, titles, role
descriptions, pronouns). Every mention keeps its own span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.coding.places import find_place
from eventwire.kb import Hit, KnowledgeBase
from eventwire.model import Entity

LABELS = {"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "gen", "general", "adm", "admiral", "col", "colonel", "president",
              "minister", "premier", "sen", "senator", "rep", "gov", "lt", "maj", "sgt", "capt", "prof", "sir", "lord"}
PRONOUNS = {"he", "she", "him", "his", "her"}
LOCATIVE_PREPS = {"in", "at", "near", "to", "from", "into", "across", "outside", "inside", "around", "on"}
ROLE_HEADS = {"leader", "president", "minister", "premier", "chancellor", "general", "official", "envoy",
              "ambassador", "spokesman", "spokeswoman", "chairman", "secretary", "king", "prime", "diplomat", "commander"}
TITLE_STOP = re.compile(r"^[,;:()\[\]\"“”]$")


@dataclass
class Mention:
    entity: Entity
    root: int  # token index of the mention's syntactic head
    tokens: range

    @property
    def is_actor(self) -> bool:
        return bool(self.entity.country or self.entity.igo)


class Mentions:
    """All mentions of one document, findable by token."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.entity.start, m.entity.end))
        self.by_token: dict[int, Mention] = {}
        for m in self.items:
            for i in m.tokens:
                self.by_token.setdefault(i, m)

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def head_of(self, token: Token) -> Mention | None:
        """The mention that best stands for the phrase headed by `token`: the one at the token, else
        the one in its subtree closest to it (fewest steps down the tree)."""
        found = self.at(token)
        if found:
            return found
        best: tuple[int, Mention] | None = None
        for t in token.subtree:
            m = self.by_token.get(t.i)
            if m is None or t.i != m.root:
                continue
            depth = _depth_below(t, token)
            if best is None or depth < best[0]:
                best = (depth, m)
        return best[1] if best else None

    def entities(self) -> list[Entity]:
        return [m.entity for m in self.items]


def _depth_below(t: Token, top: Token) -> int:
    depth = 0
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        depth += 1
    return depth


def link_mentions(doc: Doc, kb: KnowledgeBase, published: str | None) -> Mentions:
    when = date.fromisoformat(published) if published and len(published) == 10 else None
    mentions: list[Mention] = []
    persons: list[Mention] = []
    for ent in doc.ents:
        # A name has a capital letter or a digit; the small model sometimes tags "n't" or "alliance".
        if ent.label_ not in LABELS or not any(c.isupper() or c.isdigit() for c in ent.text):
            continue
        entity = _resolve(ent, kb, when, persons)
        if entity is None:
            continue
        mention = Mention(entity, ent.root.i, range(ent.start, ent.end))
        mentions.append(mention)
        if entity.kind == "person":
            persons.append(mention)
    mentions.extend(_surnames(doc, mentions))
    mentions.extend(_role_descriptions(doc, kb, mentions))
    mentions.extend(_pronouns(doc, mentions))
    return Mentions(mentions)


def _resolve(ent: Span, kb: KnowledgeBase, when: date | None, persons: list[Mention]) -> Entity | None:
    span = _trim(ent)
    if span is None:
        return None
    hit = kb.lookup(span.text)
    label = ent.label_
    if label == "PERSON" or (hit and hit.kind == "person"):
        return _person(span, kb, hit, when, persons)
    base = dict(text=span.text, start=span.start_char, end=span.end_char)
    if hit and hit.kind in ("country", "capital"):
        if hit.kind == "capital" and (_is_locative(span) or span.text.isupper()):  # "LONDON, June 4" is a dateline
            return Entity(**base, name=hit.name, kind="place", country=hit.country, kb_id=hit.kb_id, resolution="kb-capital")
        name = kb.countries[hit.country].name if hit.country else hit.name
        return Entity(**base, name=name, kind="country", country=hit.country, sector="GOV", kb_id=hit.kb_id,
                      resolution="kb-capital-metonym" if hit.kind == "capital" else "kb-country")
    if hit and hit.kind == "demonym":
        sector, _ = kb.sector_of(_modified_phrase(span))
        return Entity(**base, name=hit.name, kind="group", country=hit.country, sector=sector, kb_id=hit.kb_id, resolution="kb-demonym")
    if hit and hit.kind in ("igo", "institution"):
        return Entity(**base, name=hit.name, kind="igo" if hit.kind == "igo" else "organization", country=hit.country,
                      igo=hit.igo, sector=hit.sector, kb_id=hit.kb_id, resolution=f"kb-{hit.kind}")
    if hit and hit.kind == "place":
        return Entity(**base, name=hit.name, kind="place", country=hit.country, kb_id=hit.kb_id, resolution="kb-place")
    if label in ("GPE", "LOC", "FAC"):
        place = find_place(kb, span.text)
        if place:
            return Entity(**base, name=place.name, kind="place", country=place.country, resolution="gazetteer")
        return Entity(**base, name=span.text, kind="place", resolution="unresolved")
    if label == "ORG":
        country = _country_nearby(span, kb)
        sector, _ = kb.sector_of(span.text)
        return Entity(**base, name=span.text.removeprefix("the ").removeprefix("The "), kind="organization",
                      country=country, sector=sector, resolution="context" if country else "unresolved")
    return None


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end] if end > start else None


def _is_locative(span: Span) -> bool:
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def _modified_phrase(span: Span) -> str:
    """For "Chinese counterparts" the words the demonym modifies ("counterparts")."""
    head = span.root.head
    if span.root.dep_ in ("amod", "compound", "nmod", "poss") and head.i != span.root.i:
        return " ".join(t.text for t in head.subtree if t.i >= span.end and t.i <= head.i) or head.text
    return ""


def _country_nearby(span: Span, kb: KnowledgeBase) -> str | None:
    for t in list(span) + list(_title_window(span)):
        hit = kb.lookup(t.text)
        if hit and hit.country and hit.kind in ("country", "demonym", "capital"):
            return hit.country
    return None


def _title_window(span: Span, limit: int = 10) -> list[Token]:
    """Tokens left of a name that can belong to its title: "China's Vice-Chairman of the CMC Fan"."""
    doc = span.doc
    out: list[Token] = []
    i = span.start - 1
    while i >= 0 and len(out) < limit:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or TITLE_STOP.match(t.text) or t.is_sent_end:
            break
        if t.ent_type_ == "PERSON":
            break
        out.append(t)
        i -= 1
    out.reverse()
    while out and out[0].lower_ in ("the", "of", "a", "an"):
        out.pop(0)
    return out


def _appositive(span: Span) -> str:
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            return " ".join(t.text for t in child.subtree)
    return ""


def _person(span: Span, kb: KnowledgeBase, hit: Hit | None, when: date | None, persons: list[Mention]) -> Entity:
    name_tokens = [t for t in span if t.lower_.rstrip(".") not in HONORIFICS]
    name = " ".join(t.text for t in name_tokens) or span.text
    start = name_tokens[0].idx if name_tokens else span.start_char
    base = dict(text=span.doc.text[start:span.end_char], start=start, end=span.end_char)
    hit = hit or kb.lookup(name)
    window = _title_window(span)
    title = " ".join(t.text for t in window)
    context = " ".join([title, _appositive(span)]).strip()
    if hit and hit.kind == "person":
        return _kb_person(base, kb, hit.kb_id.split(":", 1)[1], when, context, "kb-name")
    earlier = _earlier_person(name, persons)
    if earlier is not None:
        e = earlier.entity
        return Entity(**base, name=e.name, kind="person", country=e.country, sector=e.sector, igo=e.igo, role=e.role,
                      kb_id=e.kb_id, resolution="coreference-name")
    candidates = [p for p in kb.people.values() if name_tokens and _name_parts(name) <= _name_parts(p.name)]
    if len(candidates) == 1 and len(name_tokens) == 1:
        return _kb_person(base, kb, candidates[0].id, when, context, "kb-surname")
    country = _country_nearby(span, kb) or _country_in(context, kb)
    sector, role_phrase = kb.sector_of(context)
    role = _role_text(window, kb) or (_appositive(span) or None)
    return Entity(**base, name=name, kind="person", country=country, sector=sector, role=role,
                  resolution="title" if country else "unresolved")


def _kb_person(base: dict, kb: KnowledgeBase, pid: str, when: date | None, context: str, how: str) -> Entity:
    person = kb.people[pid]
    role = person.role_on(when)
    sector = role.get("sector") if role else kb.sector_of(context)[0]
    return Entity(**base, name=person.name, kind="person", country=person.country, sector=sector,
                  igo=(role or {}).get("igo") or person.igo, role=role.get("role") if role else None,
                  kb_id=f"person:{pid}", resolution=how)


def _name_parts(name: str) -> set[str]:
    return {p.lower() for p in name.replace("-", " ").split()}


def _earlier_person(name: str, persons: list[Mention]) -> Mention | None:
    parts = _name_parts(name)
    for m in reversed(persons):
        if parts and parts <= _name_parts(m.entity.name):
            return m
    return None


def _country_in(text: str, kb: KnowledgeBase) -> str | None:
    for word in re.findall(r"[A-Z][\w.'’-]+(?: [A-Z][\w'’-]+)?", text):
        for cand in (word, word.split()[0]):
            hit = kb.lookup(cand)
            if hit and hit.country and hit.kind in ("country", "demonym", "capital"):
                return hit.country
    return None


def _role_text(window: list[Token], kb: KnowledgeBase) -> str | None:
    words = []
    for t in window:
        hit = kb.lookup(t.text)
        if (hit and hit.kind in ("country", "demonym", "capital")) or t.tag_ == "POS":
            continue
        words.append(t.text)
    text = " ".join(words).strip()
    return text if text and kb.sector_of(text)[0] else None


def _role_descriptions(doc: Doc, kb: KnowledgeBase, named: list[Mention]) -> list[Mention]:
    """"the Russian leader", "the deputy defense minister" -> the latest earlier person who fits."""
    taken = {i for m in named for i in m.tokens}
    people = [m for m in named if m.entity.kind == "person"]
    out: list[Mention] = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if chunk[0].lower_ != "the" or root.lemma_.lower() not in ROLE_HEADS or root.i in taken or root.tag_ == "NNS":
            continue
        if any(t.ent_type_ == "PERSON" for t in chunk):
            continue
        country = _country_in(chunk.text, kb)
        sector, _ = kb.sector_of(chunk.text)
        words = _role_words(chunk.text) - {"the"}
        earlier = [m for m in people if m.entity.start < chunk.start_char
                   and not (country and m.entity.country != country)
                   and not (sector and sector != "GOV" and m.entity.sector != sector)]
        # A person whose role has every word of the description ("deputy defense minister") beats
        # the merely nearest one of the same country and sector.
        exact = [m for m in earlier if words <= _role_words(m.entity.role or "")]
        for m in reversed(exact or earlier):
            e = m.entity
            out.append(Mention(Entity(text=chunk.text, name=e.name, kind="person", country=e.country, sector=e.sector,
                                      igo=e.igo, role=e.role, kb_id=e.kb_id, start=chunk.start_char, end=chunk.end_char,
                                      resolution="role description"), root.i, range(chunk.start, chunk.end)))
            break
    return out


def _surnames(doc: Doc, named: list[Mention]) -> list[Mention]:
    """A bare surname the NER missed ("Ms Doe said") that names a person already met in the text."""
    taken = {i for m in named for i in m.tokens}
    people = [m for m in named if m.entity.kind == "person"]
    out: list[Mention] = []
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        match = next((m for m in reversed(people) if m.entity.start < token.idx
                      and token.text == m.entity.name.split()[-1]), None)
        if match is None:
            continue
        e = match.entity
        out.append(Mention(Entity(text=token.text, name=e.name, kind="person", country=e.country, sector=e.sector,
                                  igo=e.igo, role=e.role, kb_id=e.kb_id, start=token.idx, end=token.idx + len(token.text),
                                  resolution="coreference-name"), token.i, range(token.i, token.i + 1)))
    return out


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "appos", "flat", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _role_words(text: str) -> set[str]:
    return set(text.lower().replace("defence", "defense").replace("-", " ").replace(",", " ").split())


def _pronouns(doc: Doc, named: list[Mention]) -> list[Mention]:
    """he/she/his/her -> the most recent person who was the subject of a clause (news refers back
    to the person the story is following), else the most recent person at all."""
    people = sorted((m for m in named if m.entity.kind == "person"), key=lambda m: m.entity.start)
    out: list[Mention] = []
    for token in doc:
        if token.lower_ not in PRONOUNS or token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$"):
            continue
        before = [m for m in people if m.entity.end <= token.idx]
        if not before:
            continue
        subjects = [m for m in before if _is_subject(doc[m.root])]
        e = (subjects or before)[-1].entity
        entity = Entity(text=token.text, name=e.name, kind="person", country=e.country, sector=e.sector, igo=e.igo,
                        role=e.role, kb_id=e.kb_id, start=token.idx, end=token.idx + len(token.text), resolution="pronoun")
        mention = Mention(entity, token.i, range(token.i, token.i + 1))
        out.append(mention)
        people.append(mention)
        people.sort(key=lambda m: m.entity.start)
    return out
