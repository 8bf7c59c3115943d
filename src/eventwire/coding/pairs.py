""""The two countries", "both sides", "the two leaders": a definite plural that refers back to the
two parties the text has just named. News writes "China and Russia held talks ... The two
countries agreed to ..."; PLOVER codes both as actors. Only an unambiguous antecedent is taken:
exactly two states (or two people) named in the sentence so far and the two before it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.coding.mentions import Mention
from eventwire.model import Entity

STATE_NOUNS = {"country", "side", "nation", "government", "state", "neighbour", "neighbor", "capital", "ally", "partner"}
PEOPLE_NOUNS = {"leader", "president", "minister", "premier", "head", "counterpart"}
WINDOW_SENTENCES = 2  # sentences before the one with the plural
# divided states news names as a pair with no antecedent: "the two Koreas held talks"
NAMED_PAIRS = {"koreas": (("South Korea", "KOR"), ("North Korea", "PRK")),
               "sudans": (("Sudan", "SDN"), ("South Sudan", "SSD")),
               "congos": (("DR Congo", "COD"), ("Republic of the Congo", "COG"))}


# "the North" and "the South" in a story about the Koreas: each half named by its side
HALVES = {frozenset({"KOR", "PRK"}): {"north": ("North Korea", "PRK"), "south": ("South Korea", "KOR")}}


def half_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """"South Korea's military accused the North of flying balloons": only where the text has
    already named one of the two halves, and only "the North" standing alone as a noun phrase."""
    taken = {i for m in named if m.entity.country for i in m.tokens}  # an unresolved "North" is no claim
    present = {m.entity.country for m in named}
    out: list[Mention] = []
    for pair, sides in HALVES.items():
        if not present & pair:
            continue
        for token in doc:
            side = sides.get(token.lower_)
            if side is None or token.i in taken or token.text[0] != token.text[0].upper() or token.i == 0 \
                    or doc[token.i - 1].lower_ != "the" or token.dep_ in ("compound", "amod"):
                continue
            name, iso3 = side
            start = token.i - 1
            out.append(Mention(Entity(text=doc[start:token.i + 1].text, name=name, kind="country", country=iso3,
                                      sector="GOV", start=doc[start].idx, end=token.idx + len(token.text),
                                      resolution="named-half"), token.i, range(start, token.i + 1)))
    return out


def pair_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    out: list[Mention] = _shared_name_halves(doc, named)
    taken = {i for m in named for i in m.tokens}
    for token in doc:
        lemma = token.lemma_.lower()
        if token.lower_ in NAMED_PAIRS and (start := _definite_pair_start(token)) is not None:
            phrase = doc[start:token.i + 1]
            pair = [Mention(Entity(text=phrase.text, name=name, kind="country", country=iso3, sector="GOV",
                                   start=phrase.start_char, end=phrase.end_char, resolution="named-pair"),
                            token.i, range(start, token.i + 1)) for name, iso3 in NAMED_PAIRS[token.lower_]]
            pair[0].others = [pair[1]]
            out += pair
            continue
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or lemma not in STATE_NOUNS | PEOPLE_NOUNS or token.i in taken:
            continue
        start = _definite_pair_start(token)
        if start is None:
            continue
        antecedents = _two_antecedents(doc, token, named, people=lemma in PEOPLE_NOUNS)
        if antecedents is None:
            continue
        phrase = doc[start:token.i + 1]
        pair = [Mention(Entity(text=phrase.text, name=e.name, kind=e.kind, country=e.country,
                               sector=e.sector or ("GOV" if lemma in STATE_NOUNS else None), igo=e.igo, role=e.role,
                               kb_id=e.kb_id, start=phrase.start_char, end=phrase.end_char,
                               resolution="coreference-pair"), token.i, range(start, token.i + 1))
                for e in (m.entity for m in antecedents)]
        pair[0].others = [pair[1]]
        out += pair
    return out


def _definite_pair_start(token: Token) -> int | None:
    """First token of "the two countries" / "both countries" / "both the countries", or None for an
    indefinite "two countries" (new ones) or a plural without a number."""
    children = list(token.lefts)
    two = any(c.lower_ == "two" and c.dep_ == "nummod" for c in children)
    both = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in children)
    definite = any(c.lower_ in ("the", "these", "those") and c.dep_ == "det" for c in children)
    if not (both or two and definite):
        return None
    return min(c.i for c in children)


def _two_antecedents(doc: Doc, token: Token, named: list[Mention], people: bool) -> list[Mention] | None:
    start = token.sent.start
    for _ in range(WINDOW_SENTENCES):  # (a step back per sentence, not a walk over the whole document)
        start = doc[start - 1].sent.start if start > 0 else start
    first = doc[start].idx
    found: dict[str, Mention] = {}
    for m in sorted(named, key=lambda m: m.entity.start):
        e = m.entity
        if not (first <= e.start and e.end <= token.idx) or e.resolution == "coreference-pair":
            continue
        if people and e.kind == "person" and e.resolution not in ("pronoun",):
            key = e.kb_id or e.name
        elif not people and (e.kind == "country" or e.resolution.startswith("kb-demonym")) and e.country:
            key = e.country
        else:
            continue
        found[key] = m  # the latest mention of each
    return list(found.values()) if len(found) == 2 else None


def _shared_name_halves(doc: Doc, named: list[Mention]) -> list[Mention]:
    """"North and South Korea agreed ...", "South and North Korean officials": the first half shares
    the name the second one spells out, and the phrase names both states."""
    out: list[Mention] = []
    for m in named:
        for pair, sides in HALVES.items():
            first = doc[m.tokens.start]
            if m.entity.country not in pair or first.lower_ not in sides or sides[first.lower_][1] != m.entity.country \
                    or first.i < 2 or doc[first.i - 1].lower_ not in ("and", "&"):
                continue
            other = doc[first.i - 2]
            if other.lower_ not in sides or other.lower_ == first.lower_ or not other.is_title:
                continue
            name, iso3 = sides[other.lower_]
            phrase = doc[other.i:m.tokens.stop]
            both = [Mention(m.entity.model_copy(update={"text": phrase.text, "start": phrase.start_char, "end": phrase.end_char,
                                                         "resolution": "named-pair"}), m.root, range(other.i, m.tokens.stop)),
                    Mention(m.entity.model_copy(update={"text": phrase.text, "start": phrase.start_char, "end": phrase.end_char,
                                                         "name": name if m.entity.kind == "country" else m.entity.name.replace(
                                                             sides[first.lower_][0], name),
                                                         "country": iso3, "resolution": "named-pair"}),
                            m.root, range(other.i, m.tokens.stop))]
            both[0].others = [both[1]]
            out += both
    return out
