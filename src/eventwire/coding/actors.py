"""Mentions -> entities: link each named mention to the KB, give it country, sector and role as of
the document's date, and resolve the in-document references news uses (surnames, titles, role
descriptions, pronouns). Every mention keeps its own span."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span, Token

from eventwire.coding.groups import group_mentions, settle_generic_institutions, settle_residence, stance
from eventwire.coding.mentions import Mention, Mentions
from eventwire.coding.epithets import epithet_mentions
from eventwire.coding.pairs import half_mentions, pair_mentions
from eventwire.coding.places import distance_km, find_place, namesakes
from eventwire.kb import SURNAME_FIRST, Hit, KnowledgeBase, name_parts
from eventwire.model import Entity

LABELS = {"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "gen", "general", "adm", "admiral", "col", "colonel", "president",
              "minister", "premier", "sen", "senator", "rep", "gov", "lt", "maj", "sgt", "capt", "prof", "sir", "lord"}
COURTESY = {"mr", "mrs", "ms", "miss", "dr"}
PRONOUNS = {"he", "she", "him", "his", "her"}
LOCATIVE_PREPS = {"in", "at", "near", "to", "from", "into", "across", "outside", "inside", "around", "on"}
ROLE_HEADS = {"leader", "president", "minister", "premier", "chancellor", "general", "official", "envoy",
              "ambassador", "spokesman", "spokeswoman", "chairman", "secretary", "king", "prime", "diplomat", "commander",
              "officer", "chief", "negotiator", "representative", "director", "spokesperson", "analyst", "admiral"}
INDEFINITE = {"a", "an", "one", "another"}
TITLE_STOP = re.compile(r"^[,;:()\[\]\"“”]$")


def link_mentions(doc: Doc, kb: KnowledgeBase, published: str | None, dateline_country: str | None = None) -> Mentions:
    when = date.fromisoformat(published) if published and len(published) == 10 else None
    mentions: list[Mention] = []
    persons: list[Mention] = []
    for ent in doc.ents:
        # A name has a capital letter or a digit; the small model sometimes tags "n't" or "alliance".
        if ent.label_ not in LABELS or not any(c.isupper() or c.isdigit() for c in ent.text):
            continue
        # "Crowds of Aristide supporters", tagged as one organisation: the count is no part of the name
        while len(ent) > 2 and ent[0].lower_ in CROWD_COUNTS and ent[1].lower_ == "of":
            ent = Span(doc, ent.start + 2, ent.end, label=ent.label_)
        if ent.label_ != "PERSON" and len(ent) > 1 and ent[0].lower_.rstrip(".") in COURTESY:
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Ms Vidal" tagged ORG is still Ms Vidal
        if ent.label_ != "PERSON":
            earlier = _earlier_person(ent.text, persons) if len(ent) <= 2 and kb.lookup(ent.text) is None else None
            known = kb.lookup(ent.text)  # a known body is no name ("Organisation of African Unity"); a city may be one
            name_part = _person_shaped(ent, kb) if known is None or known.kind not in ("igo", "institution") else None
            if earlier is not None and ent.text.istitle():  # "Bello said" after "Musa Bello", tagged ORG
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            elif name_part is not None:
                ent = name_part
        if ent.label_ in ("PERSON", "ORG") and _placed(ent) and kb.lookup(ent.text) is None and find_place(kb, ent.text):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "the strike on Rafah": a place the tagger took for a name
        entity = _resolve(ent, kb, when, persons)
        if entity is None:
            continue
        mention = Mention(entity, ent.root.i, range(ent.start, ent.end))
        if entity.kind == "person" and entity.resolution in ("kb-name", "kb-surname", "title"):
            window = _title_window(ent)
            mention.title_start = window[0].i if window else None
        mentions.append(mention)
        if entity.kind == "person":
            persons.append(mention)
    mentions.extend(_unlabelled_names(doc, kb, mentions, when, persons))
    mentions.extend(_untagged_surnames(doc, kb, mentions, when, persons))
    mentions.extend(_untagged_places(doc, kb, mentions))
    mentions.extend(_misspelt_states(doc, kb, mentions, when, persons))
    _members_of_bodies(doc, persons, mentions)
    _bodies_of_their_leaders(doc, mentions)
    _officials_at_home(doc, kb, persons, dateline_country)
    mentions.extend(_surnames(doc, mentions))
    mentions.extend(_role_descriptions(doc, kb, mentions))
    mentions.extend(_pronouns(doc, mentions))
    mentions.extend(_bloc_references(doc, mentions))
    mentions.extend(_common_noun_bodies(doc, kb, mentions))
    mentions.extend(_european_voices(doc, kb, mentions))
    mentions = _without_former_rulers(doc, mentions)
    halves = half_mentions(doc, mentions)
    halved = {i for m in halves for i in m.tokens}
    mentions = [m for m in mentions if m.root not in halved] + halves
    pairs = pair_mentions(doc, mentions)
    paired = {i for m in pairs if m.entity.resolution == "named-pair" for i in m.tokens}
    mentions = [m for m in mentions if m.root not in paired] + pairs  # "the two Koreas" is no unknown place
    mentions.extend(epithet_mentions(doc, mentions))  # "cut ties with the Gulf state": the state just named
    settle_residence(doc, kb, mentions, dateline_country)
    _namesakes_in_context(kb, mentions, dateline_country)
    _institutions_of_other_states(doc, mentions)
    _congresses_at_home(doc, mentions)
    settle_generic_institutions(doc, kb, mentions, dateline_country)
    mentions = [firm for m in mentions if not _names_a_team(doc, m) and not _names_a_street_or_building(doc, m)
                for firm in ([_national_firm(doc, m)] if _in_a_company_name(doc, m) else [m]) if firm is not None]
    mentions.extend(group_mentions(doc, kb, mentions, dateline_country))
    _came_from(doc, mentions)
    # "Russia's foreign minister said ... He warned Tbilisi ...": a title without a name, found only
    # now, is still who "he" is
    taken = {i for m in mentions for i in m.tokens}
    mentions.extend(m for m in _pronouns(doc, mentions) if m.root not in taken)
    for m in mentions:  # South Sudan before 2011 was Sudan
        country = kb.as_of(m.entity.country, when, m.entity.text)
        if country != m.entity.country:
            update = {"country": country, "resolution": m.entity.resolution + ", as of the date"}
            if m.entity.kind == "country" and country in kb.countries:
                update["name"] = kb.countries[country].name
            m.entity = m.entity.model_copy(update=update)
    return Mentions(mentions)


# ways armed men reach the place they strike: "gunmen who had come by sea from Pakistan"
ARRIVING = {"come", "cross", "infiltrate", "sail", "arrive", "travel", "sneak", "slip"}


def _came_from(doc: Doc, mentions: list[Mention]) -> None:
    """Unnamed armed men are of the state a clause of theirs says they came from ("militants who
    crossed from Afghanistan"), not of the place they struck."""
    by_token = {i: m for m in mentions for i in m.tokens}
    for k, m in enumerate(mentions):
        if not m.entity.resolution.startswith("unnamed") or m.entity.sector not in ("REB", "UAF", "CRM", "MIL", "UNK", None):
            continue
        origins = {o.entity.country for c in doc[m.root].children if c.dep_ in ("relcl", "acl")
                   for v in (c, *(x for x in c.subtree if x.dep_ in ("ccomp", "xcomp", "conj") and x.pos_ == "VERB"))
                   if v.lemma_.lower() in ARRIVING
                   # ("had arrived by sea from Pakistan", the origin hung on the means)
                   for g in [*v.children, *(x for b in v.children if b.dep_ == "prep" and b.lower_ == "by" for o in b.children
                                            for x in o.children)] if g.dep_ == "prep" and g.lower_ == "from"
                   for p in g.children if p.dep_ == "pobj" for o in [by_token.get(p.i)]
                   if o is not None and o.entity.country and o.entity.kind in ("country", "place")}
        if len(origins) == 1:
            mentions[k] = Mention(m.entity.model_copy(update={"country": origins.pop(), "resolution": m.entity.resolution + ", came from"}),
                                  m.root, m.tokens)


OFFICE_SECTORS = {"GOV", "JUD", "LEG", "MIL", "COP", "SPY"}


# "the former Soviet republic of Georgia", "the former British colony of Hong Kong"
FORMER_UNITS = {"republic", "republics", "colony", "colonies", "protectorate", "province", "territory", "satellite"}


def _without_former_rulers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In "the former Yugoslav republic of Macedonia" the demonym says whose the land was, not who
    acts: the phrase is the state after "of"."""
    by_token = {i: m for m in mentions for i in m.tokens}
    dropped = set()
    for m in mentions:
        head = doc[m.root].head
        if m.entity.kind != "group" or doc[m.root].dep_ not in ("amod", "compound") or head.lower_ not in FORMER_UNITS:
            continue
        named = [by_token.get(o.i) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"]
        if any(n is not None and n.entity.kind in ("country", "place") and n.entity.country for n in named):
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


def _institutions_of_other_states(doc: Doc, mentions: list[Mention]) -> None:
    """Generic office names belong to more than one state: "Pakistan's Foreign Office", "the
    Philippine Justice Department" are those states', not the British or American ones."""
    by_token = {i: m for m in mentions for i in m.tokens}
    for m in mentions:
        if not m.entity.resolution.startswith("kb-institution") or m.entity.sector not in OFFICE_SECTORS:
            continue
        owners = {o.entity.country for t in doc[m.tokens.start:m.tokens.stop] for c in t.children
                  if c.dep_ in ("poss", "amod", "compound") and c.i not in m.tokens and not stance(c)
                  for o in [by_token.get(c.i)] if o is not None and o.entity.country
                  and o.entity.kind in ("country", "group") and o.entity.resolution.startswith(("kb-country", "kb-demonym"))}
        if len(owners) == 1 and (owner := owners.pop()) != m.entity.country:
            m.entity = m.entity.model_copy(update={"country": owner, "name": m.entity.text,
                                                   "resolution": m.entity.resolution + ", owner named"})


# states whose legislature is called Congress besides the United States
CONGRESS_STATES = {"ARG", "BOL", "BRA", "CHL", "COL", "CRI", "DOM", "ECU", "GTM", "HND", "MEX", "NIC", "PAN", "PER",
                   "PHL", "PRY", "SLV", "URY", "VEN", "FSM", "GUM"}


def _congresses_at_home(doc: Doc, mentions: list[Mention]) -> None:
    """"Argentine pensioners marched on Congress": a bare "Congress" in a sentence about one of the
    many states with a Congress, in a text that names no American, is that state's."""
    if any(m.entity.country == "USA" and m.entity.name != "US Congress" for m in mentions):
        return
    for m in mentions:
        if m.entity.name != "US Congress" or doc[m.tokens.start:m.tokens.stop].text.lower().lstrip("the ") != "congress":
            continue
        sent = doc[m.root].sent
        # (the state is the speaker's side or the place, not a target: "Congress cut aid to Colombia")
        homes = {o.entity.country for o in mentions if o is not m and sent.start <= o.root < sent.end
                 and _home_side(doc[o.root])} & CONGRESS_STATES
        if len(homes) == 1:
            home = homes.pop()
            m.entity = m.entity.model_copy(update={"country": home, "name": m.entity.text,
                                                   "resolution": m.entity.resolution + ", home of the sentence"})


def _home_side(token: Token) -> bool:
    """A mention on the side that acts or where it happens: a subject, its modifier, a place "in"."""
    if token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP"}
AWAY = {"with", "to", "from", "against", "by", "between", "toward", "towards", "for", "on"}
VISITING = {"counterpart", "counterparts", "delegation", "envoy", "ambassador", "visitor", "visitors", "guest", "guests"}


def _members_of_bodies(doc: Doc, persons: list[Mention], mentions: list[Mention]) -> None:
    """"Relief coordinator Sally Burnham of the U.N. World Food Programme", "Tom Hale from Canada":
    a person the KB does not know, named with the organisation or state he comes from, is its."""
    by_token = {i: m for m in mentions for i in m.tokens}
    for m in persons:
        e = m.entity
        if e.resolution != "unresolved" or e.country or e.igo:
            continue
        bodies = [b for c in doc[m.root].children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for o in c.children if o.dep_ == "pobj" for b in [by_token.get(o.i)]
                  if b is not None and b.entity.kind in ("igo", "country")]
        if bodies:
            body = bodies[0].entity
            m.entity = e.model_copy(update={"country": body.country, "igo": body.igo, "sector": e.sector or body.sector,
                                            "resolution": "member of the body named"})


def _bodies_of_their_leaders(doc: Doc, mentions: list[Mention]) -> None:
    """"Milosevic's Socialist Party", "Erdogan's AK Party": a body the text gives a known leader as
    owner is of the leader's state."""
    by_token = {i: m for m in mentions for i in m.tokens}
    for m in mentions:
        e = m.entity
        if e.kind != "organization" or e.country or e.igo:
            continue
        owners = [o for c in doc[m.root].children if c.dep_ == "poss" for o in [by_token.get(c.i)]
                  if o is not None and o.entity.kind == "person" and o.entity.country]
        if owners:
            m.entity = e.model_copy(update={"country": owners[0].entity.country, "resolution": "context, its leader's"})


def _officials_at_home(doc: Doc, kb: KnowledgeBase, persons: list[Mention], dateline_country: str | None) -> None:
    """A titled official the KB does not know and whose title names no state ("Vice-President Moody
    Awori", "Planning Minister Tran Van Thanh said Vietnam ...") serves the one state the sentence
    names other than as a party met, addressed or opposed, else the state of the dateline. News
    names foreign officials by their country; an unmarked one is local."""
    for m in persons:
        e = m.entity
        if e.resolution != "unresolved" or e.sector not in STATE_SECTORS:
            continue
        span = doc[m.tokens.start:m.tokens.stop]
        window = _title_window(span)
        if not window:
            continue
        # a named body in the title makes the person its member ("Taliban spokesman"); a lone word the
        # model tagged ("Trade Minister") does not
        named = [x for x in doc.ents if x.start <= window[-1].i and x.end > window[0].i and x.label_ != "PERSON"]
        if any(t.like_num for t in window) or any(kb.lookup(x.text) or len(x) > 1 for x in named) or not (
                window[-1].lower_.rstrip(".") in TITLE_WORDS or kb.sector_of(window[-1].text)[0]):
            continue  # "Taliban spokesman X", "Senators 4, Red Wings 3", "the firm Alden Capital"
        after = doc[span.end:min(span.end + 8, span.sent.end)]
        if after and after[0].text == "," and any(t.ent_type_ in ("ORG", "NORP") for t in after):
            continue  # "David Kershaw, division vice president, Nissan Sales"
        sentence = doc[m.root].sent
        states = set()
        for ent in sentence.ents:
            hit = kb.lookup(ent.text)
            if not (hit and hit.country and hit.kind in ("country", "demonym", "capital")) or ent.start in m.tokens:
                continue
            root = ent.root
            if root.dep_ == "poss":  # "a call with Ukraine's president"
                root = root.head
            if root.dep_ == "pobj" and root.head.lower_ in AWAY or root.head.lower_ in VISITING:
                continue
            if root.dep_ in ("dobj", "dative") and doc[m.root].head == root.head and doc[m.root].dep_ in ("nsubj", "nsubjpass"):
                continue  # "Defence Secretary William Cohen warned Iraq": the one he warned, not his own
            states.add(hit.country)
        if len(states) == 1:
            country, basis = states.pop(), "title, state of the sentence"
        elif not states and dateline_country:
            country, basis = dateline_country, "title, dateline"
        else:
            continue
        m.entity = e.model_copy(update={"country": country, "resolution": basis})


TITLE_WORDS = HONORIFICS | ROLE_HEADS | {"staff", "chief", "deputy", "vice", "head", "director", "defence", "defense",
                                        "foreign", "interior", "affairs", "acting", "former", "of", "the", "politician"}
ORG_WORDS = {"ministry", "council", "union", "agency", "party", "bank", "forces", "army", "navy", "organisation",
             "organization", "commission", "committee", "group", "company", "university", "institute", "forum", "office",
             "department", "court", "parliament", "assembly", "front", "movement", "fund", "programme", "program", "station",
             "sea", "river", "ocean", "gulf", "strait", "island", "islands", "republic", "kingdom", "state", "states", "city",
             "news", "agency", "corporation", "inc", "ltd", "times", "post", "association", "alliance", "centre", "center",
             "guard", "police", "service", "initiative", "treaty", "summit", "day", "war", "air", "force", "base", "square"}


def _person_shaped(ent: Span, kb: KnowledgeBase) -> Span | None:
    """The small model often tags a name after a title as ORG or GPE ("spokesman Dmitry Orlov",
    "the ambassador, Helen Mbeki,"), sometimes with part of the title ("Defence Staff Musa Bello").
    The name part is taken for a person when it is two to four capitalised words that the KB, the
    gazetteer and the organisation vocabulary do not know, and a role title stands before it or in
    apposition. Returns the person span, or None."""
    trimmed = _trim(ent)
    if trimmed is None:
        return None
    doc = ent.doc
    start = trimmed.start
    # a given name the model left out ("Foreign Minister Paulo [Lima]GPE")
    while start > 0 and start > trimmed.start - 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in TITLE_WORDS | ORG_WORDS \
            and kb.lookup(doc[start - 1].text) is None:
        start -= 1
    extended = start < trimmed.start
    # a surname the model left out after a given name it took for a city ("Secretary [Victoria]GPE Nuland")
    end = trimmed.end
    while not extended and end < len(doc) and end < trimmed.end + 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and not doc[end].ent_type_ and doc[end].lower_ not in TITLE_WORDS | ORG_WORDS and kb.lookup(doc[end].text) is None:
        end += 1
    if end > trimmed.end:
        span = Span(doc, trimmed.start, end, label="PERSON")
        return span if _is_person_name(span, kb, inner_title=False, given_may_be_a_place=True) else None
    # title words inside the span ("Defence Staff Musa Bello") belong to the window, not the name
    while start < trimmed.end - 2 and (doc[start].lower_ in ORG_WORDS | TITLE_WORDS or kb.sector_of(doc[start].text)[0]
                                       or kb.lookup(doc[start].text) is not None):
        start += 1
    span = Span(doc, start, trimmed.end, label="PERSON")
    if _is_person_name(span, kb, inner_title=start > trimmed.start and not extended, surname_may_be_a_place=extended):
        return span
    return None


def _is_person_name(span: Span, kb: KnowledgeBase, inner_title: bool, surname_may_be_a_place: bool = False,
                    given_may_be_a_place: bool = False) -> bool:
    if not 2 <= len(span) <= 4 or kb.lookup(span.text) is not None:
        return False
    words = [t for t in span if t.text != "-"]
    if not all(t.text[:1].isupper() and t.is_alpha or "-" in t.text for t in words):
        return False
    if any(t.lower_ in ORG_WORDS | TITLE_WORDS or kb.sector_of(t.text)[0] for t in span):
        return False
    known = [t for t in span if kb.lookup(t.text) is not None]
    if known and not (surname_may_be_a_place and known == [span[-1]]) and not (given_may_be_a_place and known == [span[0]]):
        return False
    if find_place(kb, span.text) is not None:
        return False
    window = _title_window(span)
    if inner_title or window and (window[-1].lower_.rstrip(".") in HONORIFICS
                                  or kb.sector_of(" ".join(t.text for t in window[-4:]))[0]):
        return True
    root = span.root
    if root.dep_ == "appos" and kb.sector_of(root.head.text)[0]:
        return True
    return any(c.dep_ == "appos" and kb.sector_of(" ".join(t.text for t in c.subtree))[0] for c in root.children)


LANDMARKS = {"corridor", "valley", "strait", "straits", "pass", "crossing", "canal", "dam", "bridge", "highway",
             "checkpoint", "airport", "airbase", "port", "refinery", "mine", "camp", "plant", "river", "lake", "mountains"}


def _names_a_landmark(span: Span) -> bool:
    """A name that only modifies a word for a place ("the Lachin corridor", "the Rafah crossing") names
    the place, whatever the small model's label."""
    root = span.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in LANDMARKS and root.head.i == span.end


def _resolve(ent: Span, kb: KnowledgeBase, when: date | None, persons: list[Mention]) -> Entity | None:
    span = _trim(ent)
    if span is None:
        return None
    hit = kb.lookup(span.text)
    label = ent.label_
    if label in ("PERSON", "ORG") and not hit and _names_a_landmark(span):  # "the Lachin corridor", tagged PERSON
        return Entity(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind="place",
                      resolution="unresolved")
    if label == "PERSON" or (hit and hit.kind == "person"):
        return _person(span, kb, hit, when, persons)
    base = dict(text=span.text, start=span.start_char, end=span.end_char)
    how = "kb"
    if hit is None and label in ("GPE", "LOC", "NORP", "ORG") and len(span) <= 3 and find_place(kb, span.text) is None:
        if len(span) == 1 and _surname_in_office(span.text, kb, when, persons):
            return _person(span, kb, None, when, persons)  # "talking to Maduro", tagged ORG: not Majuro misspelt
        hit, how = kb.misspelt(span.text), "kb-spelling"
        if hit and hit.kind == "capital" and not _is_locative(span):
            hit = None  # a misspelt capital as an actor is too weak a guess
    if hit and hit.kind == "country" and (unit := _named_unit_of(span, kb)) is not None:
        # "Nigeria's Niger state", "Lebanon's Mount Lebanon governorate": a province named like a state
        return Entity(**base, name=span.text, kind="place", country=unit, resolution="kb-province")
    if hit and hit.kind in ("country", "capital"):
        if hit.kind == "capital" and (_is_locative(span) or span.text.isupper()):  # "LONDON, June 4" is a dateline
            return Entity(**base, name=hit.name, kind="place", country=hit.country, kb_id=hit.kb_id, resolution=f"{how}-capital")
        name = kb.countries[hit.country].name if hit.country else hit.name
        return Entity(**base, name=name, kind="country", country=hit.country, sector="GOV", kb_id=hit.kb_id,
                      resolution=f"{how}-capital-metonym" if hit.kind == "capital" else f"{how}-country")
    if hit and hit.kind in ("demonym", "ethnic"):
        sector, _ = kb.sector_of(_modified_phrase(span))
        return Entity(**base, name=hit.name, kind="group", country=hit.country, sector=sector, kb_id=hit.kb_id,
                      resolution=f"{how}-{hit.kind}")
    if hit and hit.kind == "igo" and span.root.dep_ == "compound" and span.root.head.lemma_.lower() in INCIDENTS \
            and (where := find_place(kb, span.text)) is not None and where.country:
        # a seat named as where something happened ("the Brussels bombings") is the city; "talks in Brussels" stay the EU's
        return Entity(**base, name=where.name, kind="place", country=where.country, resolution="kb-place")
    if hit and hit.kind in ("igo", "institution"):
        return Entity(**base, name=hit.name, kind="igo" if hit.kind == "igo" else "organization", country=hit.country,
                      igo=hit.igo, sector=hit.sector, kb_id=hit.kb_id, resolution=f"kb-{hit.kind}")
    if hit and hit.kind == "place":
        return Entity(**base, name=hit.name, kind="place", country=hit.country, kb_id=hit.kb_id, resolution="kb-place")
    if label == "NORP" and span.root.dep_ == "pobj" and span.root.head.lower_ in ("of", "to", "from", "into", "toward", "towards") \
            or label in ("ORG", "NORP") and _is_locative(span):
        # "arrested a cartel leader in Sinaloa", tagged ORG; "seized control of Kidal", tagged a people
        place = find_place(kb, span.text)
        if place:
            return Entity(**base, name=place.name, kind="place", country=place.country, resolution="gazetteer")
    if label in ("GPE", "LOC", "FAC"):
        place = find_place(kb, span.text)
        if place:
            return Entity(**base, name=place.name, kind="place", country=place.country, resolution="gazetteer")
        if len(span) == 1 and span[0].tag_ in ("NN", "NNS") and kb.sector_of(span.text.lower())[0]:
            return None  # "Gunmen, riding on motorcycles, ...": a capitalised role before a comma, tagged a place
        if label == "GPE" and len(span) == 1 and span[0].is_title and _surname_in_office(span.text, kb, when, persons):
            return _person(span, kb, None, when, persons)  # "Saakashvili signed", tagged a place by the small model
        return Entity(**base, name=span.text, kind="place", resolution="unresolved")
    if label in ("ORG", "GPE", "NORP") and len(span) == 1 and span[0].is_title and (
            _surname_in_office(span.text, kb, when, persons) or _leader_of_followers(span, kb)):
        return _person(span, kb, None, when, persons)  # "Kozyrev told reporters", tagged ORG by the small model
    if label == "ORG":
        country = _country_nearby(span, kb)
        sector, _ = kb.sector_of(span.text)
        # (a legislature or court "in Washington" is left to the rules for such bodies)
        based = _based_in(span, kb) if country is None and sector is None else None
        if based:  # "the rebel National Council in Benghazi": a body placed in a town is that state's
            modifiers = " ".join(t.lower_ for t in span.doc[span.root.left_edge.i:span.start] if t.dep_ in ("amod", "compound"))
            sector = sector or (kb.sector_of(modifiers)[0] if modifiers else None)
            return Entity(**base, name=span.text.removeprefix("the ").removeprefix("The "), kind="organization",
                          country=based, sector=sector, resolution="context, based in")
        return Entity(**base, name=span.text.removeprefix("the ").removeprefix("The "), kind="organization",
                      country=country, sector=sector, resolution="context" if country else "unresolved")
    return None



PROVINCE_WORDS = {"state", "province", "region", "district", "county", "governorate", "department", "prefecture"}


def _named_unit_of(span: Span, kb: KnowledgeBase) -> str | None:
    """The state whose province a country's name also names, where another state owns it before:
    "Nigeria's Niger state" lies in Nigeria."""
    unit = span.root.head
    if span.root.dep_ != "compound" or unit.lower_ not in PROVINCE_WORDS or unit.i != span.end:
        return None
    owners = [c for c in unit.children if c.dep_ == "poss"]
    hit = kb.lookup(owners[0].text) if owners else None
    return hit.country if hit is not None and hit.kind == "country" else None


NEAR_KM = 300


def _namesakes_in_context(kb: KnowledgeBase, mentions: list[Mention], dateline_country: str | None) -> None:
    """A city name that several countries share is the most populous one unless the passage is about
    another's surroundings: "Israeli tanks pulled out of Bethlehem" is the West Bank's Bethlehem, not
    South Africa's. A namesake wins only where it lies in or near (its capital within 300 km) a
    state the passage names, the most populous one does not, and it is no small town beside a great city (a quarter of its population or more)."""
    context = {m.entity.country for m in mentions
               if m.entity.country and not (m.entity.kind == "place" and m.entity.resolution.startswith("gazetteer"))}
    context |= {dateline_country} if dateline_country else set()
    capitals = [(kb.countries[c].lat, kb.countries[c].lon) for c in context
                if c in kb.countries and kb.countries[c].lat is not None]

    def near(place) -> bool:
        return place.country in context or place.lat is not None and any(
            distance_km(place.lat, place.lon, lat, lon) < NEAR_KM for lat, lon in capitals)

    for m in mentions:
        e = m.entity
        if e.kind != "place" or not e.resolution.startswith("gazetteer") or not context:
            continue
        cities = namesakes(e.name)
        first = next(((p, pop) for p, pop in cities if p.country == e.country), None)
        if first is None or near(first[0]):
            continue
        options = {p.country for p, pop in cities if p.country != e.country and near(p) and pop * 4 >= first[1]}
        if len(options) == 1:
            m.entity = e.model_copy(update={"country": options.pop(), "resolution": e.resolution + ", by context"})


CROWD_COUNTS = {"crowds", "crowd", "thousands", "hundreds", "dozens", "scores", "tens", "millions", "groups", "bands", "throngs"}


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("the", "of", "a")):
        end -= 1
    return doc[start:end] if end > start else None


# words that make a state's name or adjective part of a company's: "American Airlines", "Air France",
# "China Eastern", "Russian Railways" act for their shareholders, not for the state (a state champion
# named by its own word, "Saudi Aramco", "Gazprom", is still read as its state's arm)
COMPANY_WORDS = {"Airlines", "Airways", "Airline", "Air", "Eastern", "Southern", "Railways", "Railway", "Telecom", "Motors",
                 "Steel", "Express", "Broadcasting", "Post", "Shipping", "Lines", "Mining"}


def _in_a_company_name(doc: Doc, m: Mention) -> bool:
    if m.entity.kind not in ("country", "group") or not m.tokens:
        return False
    last, first = m.tokens[-1], m.tokens[0]
    after = doc[last + 1] if last + 1 < len(doc) else None
    before = doc[first - 1] if first > 0 else None
    if after is not None and after.text == "Air":  # "the Indian Air Force" is the state's
        beyond = doc[after.i + 1] if after.i + 1 < len(doc) else None
        return beyond is None or beyond.text not in AIR_ARMS
    return after is not None and after.text in COMPANY_WORDS or before is not None and before.text == "Air"


# "the Palestine Hotel" in Baghdad, "Lebanon Street" in Tehran: a state's name on a building or a street
NAMED_SITES = {"Hotel", "Street", "Avenue", "Square", "Road", "Boulevard", "Tower", "Towers"}


def _names_a_street_or_building(doc: Doc, m: Mention) -> bool:
    if m.entity.kind != "country" or not m.tokens or m.tokens[-1] + 1 >= len(doc):
        return False
    after = doc[m.tokens[-1] + 1]
    return after.text in NAMED_SITES and doc[m.tokens[-1]].dep_ == "compound"


# firms that carry their state's name: "a Malaysia Airlines jet", "Turkish Airlines" (not "Air France")
NATIONAL_FIRM_WORDS = {"Airlines", "Airways", "Airline", "Railways", "Railway", "Telecom", "Post", "Shipping", "Lines"}


CRAFT = {"jet", "plane", "aircraft", "airliner", "flight", "helicopter", "ship", "vessel", "tanker", "freighter", "train",
         "ferry", "boat", "liner", "carrier"}


def _national_firm(doc: Doc, m: Mention) -> Mention | None:
    """A state's name at the head of a carrier's name makes the carrier one of its firms (PLOVER's
    BUS sector): "a Malaysia Airlines jet was shot down" strikes a Malaysian party."""
    last = m.tokens[-1]
    words = [t for t in doc[last + 1:last + 3] if t.text in NATIONAL_FIRM_WORDS]
    if not m.entity.country or not words or words[0].i != last + 1:
        return None
    end = words[-1] if len(words) == 2 and words[1].i == last + 2 else words[0]
    if end.dep_ != "compound" or end.head.lemma_.lower() not in CRAFT:
        return None  # only its craft, struck or seized, make it a party ("American Airlines offered to fly the cat")
    span = doc[m.tokens[0]:end.i + 1]
    entity = m.entity.model_copy(update={"text": span.text, "name": span.text, "kind": "organization", "sector": "BUS",
                                         "igo": None, "end": span.end_char, "resolution": m.entity.resolution + ", national firm"})
    return Mention(entity, end.i, range(span.start, span.end))


# "the London side", "the Madrid club": a city before a word for a team names a sports club
TEAM_WORDS = {"side", "club", "outfit", "franchise", "eleven"}  # (not "team": "the U.S. team" negotiates)


def _names_a_team(doc: Doc, m: Mention) -> bool:
    if m.entity.kind not in ("country", "place") or not m.tokens:
        return False
    head = doc[m.tokens[-1]].head
    return doc[m.tokens[-1]].dep_ in ("compound", "amod", "nmod") and head.lower_ in TEAM_WORDS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


AIR_ARMS = {"Force", "Forces", "Defence", "Defense", "Command", "Guard", "Marshal", "Staff", "Wing", "Arm", "Corps", "Ministry"}


def _placed(span: Span) -> bool:
    """Where a name is most often a place's: after "in", "near", ... or as the object of "bombed"."""
    return _is_locative(span) or span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in PLACE_TAKING_VERBS \
        or _names_a_region(span)


# "in Hama and Idlib provinces": names before a word for a division of a state
REGION_NOUNS = {"province", "provinces", "region", "regions", "district", "districts", "governorate", "governorates",
                "county", "counties", "prefecture", "prefectures"}


def _names_a_region(span: Span) -> bool:
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("compound", "nmod") and root.head.lower_ in REGION_NOUNS


def _is_locative(span: Span) -> bool:
    head = span.root
    if head.dep_ == "compound" and head.head.lemma_.lower() in SITES:
        return True  # "bombed the Baghdad offices of Al Jazeera": where the offices are
    if head.dep_ == "compound" and head.head.lemma_.lower() in PLACE_KINDS:
        head = head.head  # "in Arauca department", "near Idlib province"
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "between La Paz and Cochabamba"
    if head.dep_ == "pobj" and head.head.lower_ == "between" and head.head.head.lemma_.lower() in BETWEEN_PARTIES:
        return False  # ("talks between Washington and Pyongyang": the sides, not a stretch of road)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (head.head.head.lower_ in WHERE_OF
                                                             or head.head.head.lemma_.lower() in PLACE_KINDS):
        return True  # "pulled out of Kherson", "the outskirts of Bakhmut", "north of Kyiv", "the city of Kharkiv"
    if head.dep_ == "pobj" and head.head.lower_ == "over" and head.head.head.lemma_.lower() in FLIGHT_VERBS:
        return True  # "jets flying low over Sidon", "flew over Grozny"
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS | {"between", "through", "throughout", "along", "via"}


# what happens somewhere: "the Brussels bombings", "the Geneva blast"
INCIDENTS = {"bombing", "bombings", "attack", "attacks", "blast", "blasts", "explosion", "explosions", "shooting", "shootings",
             "massacre", "riot", "riots", "siege", "fire", "crash", "stabbing", "stabbings", "killings", "hostage", "protest", "protests"}

# what lies between two sides rather than two places: "talks between Washington and Pyongyang"
BETWEEN_PARTIES = {"talk", "talks", "negotiation", "negotiations", "agreement", "deal", "accord", "treaty", "pact", "relations",
                   "ties", "dispute", "tension", "tensions", "war", "conflict", "summit", "meeting", "dialogue", "rift", "row",
                   "standoff", "truce", "ceasefire", "cooperation", "exchange", "exchanges", "contact", "contacts", "rapprochement",
                   "reconciliation", "consultation", "consultations", "clash", "clashes", "hostilities", "feud", "spat", "deal"}

# buildings a city's name before them places: "the Baghdad offices", "the Kabul headquarters"
SITES = {"office", "offices", "headquarters", "bureau", "compound", "hotel", "airport", "building", "premises", "studio", "studios"}

FLIGHT_VERBS = {"fly", "hover", "circle", "overfly", "patrol", "drop", "shoot", "crash"}


WHERE_OF = {"port", "harbour", "harbor", "island", "islands", "residents", "inhabitants", "people", "capital", "town",
            "out", "outskirts", "suburbs", "streets", "downtown", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "centre", "center", "heart", "edge", "parts", "part", "rest"}


# verbs whose object is most often a place: "bombed Aleppo", "captured Avdiivka"
PLACE_TAKING_VERBS = {"bomb", "shell", "pound", "bombard", "strike", "hit", "attack", "capture", "seize", "storm",
                      "besiege", "overrun", "retake", "recapture", "encircle", "invade", "enter", "liberate", "raid"}

PLACE_KINDS = {"province", "department", "state", "region", "district", "county", "governorate", "oblast",
               "prefecture", "municipality", "city", "town", "village", "area"}


def _modified_phrase(span: Span) -> str:
    """For "Chinese counterparts" the words the demonym modifies ("counterparts")."""
    head = span.root.head
    if span.root.dep_ in ("amod", "compound", "nmod", "poss") and head.i != span.root.i:
        return " ".join(t.text for t in head.subtree if t.i >= span.end and t.i <= head.i) or head.text
    return ""


def _based_in(span: Span, kb: KnowledgeBase) -> str | None:
    """The state of the town or region an organisation is placed "in" right after its name."""
    for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == span.end):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            name = span.doc[pobj.left_edge.i:pobj.i + 1].text
            place = find_place(kb, name)
            if place is not None and place.country:
                return place.country
    return None


def _country_nearby(span: Span, kb: KnowledgeBase, person: bool = False) -> str | None:
    """A state named in the span, its title or its of-phrase, in one word or several ("Ivory Coast's").
    A capital inside a person's own name says nothing ("Victoria Nuland" is no Seychellois)."""
    for n, tokens in enumerate((list(span), _title_window(span), _of_phrase(span))):
        words = [t.text for t in tokens if t.tag_ != "POS"]
        for i in range(len(words)):
            for size in (3, 2, 1):
                hit = kb.lookup(" ".join(words[i:i + size])) if i + size <= len(words) else None
                if n == 0 and i == 0 and size == 1 and words[0] in GIVEN_NAME_STATES and len(words) > 1 and words[1][:1].isupper() \
                        and not kb.sector_of(words[1].lower())[0] and words[1].lower() not in ROLE_HEADS:
                    continue  # "Chad Wolf", "Jordan Henderson": a state's name as a given name ("Jordan King Hussein" is titled)
                if hit and hit.country and hit.kind in ("country", "demonym", "capital", "ethnic") \
                        and not (person and n == 0 and hit.kind == "capital"):
                    return hit.country
    return None


# states whose names are also common given names
GIVEN_NAME_STATES = {"Chad", "Jordan", "Georgia", "India", "Israel", "Cuba", "Ireland"}


def _of_phrase(span: Span, limit: int = 6) -> list[Token]:
    """"the National Center for Control of [the Russian Defense Ministry]": the owner named after "of"."""
    doc = span.doc
    i = span.end
    if not (span[-1].lower_ == "of" or (i < len(doc) and doc[i].lower_ == "of")):
        return []
    out = []
    for t in doc[i:i + limit]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        out.append(t)
    return out


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
        if t.pos_ == "ADP" and t.lower_ not in ("of", "for"):
            break  # "a punishment for Israel after the killing of Hamas leader Haniyeh": the title starts after it
        if t.tag_ == "NNS" and doc[i + 1].lower_ == "of":
            break  # "supporters of former Prime Minister Bhutto": a title is one office, the crowd is not in it
        out.append(t)
        i -= 1
    out.reverse()
    while out and out[0].lower_ in ("the", "of", "a", "an"):
        out.pop(0)
    return out


def _appositive(span: Span) -> str:
    return " ".join(t.text for t in _appositive_tokens(span))


def _appositive_tokens(span: Span) -> list[Token]:
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            return list(child.subtree)
    return []


FOLLOWERS = {"supporters", "loyalists", "followers", "partisans", "backers", "allies", "camp", "faithful"}


def _leader_of_followers(span: Span, kb: KnowledgeBase) -> bool:
    """"Aristide supporters", the name tagged an organisation: a surname before a word for a
    following is the one KB person of that name, in office or out of it."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in FOLLOWERS and len(kb.people_by_surname.get(span.text, [])) == 1


def _surname_in_office(word: str, kb: KnowledgeBase, when: date | None, persons: list[Mention]) -> bool:
    """A lone word that is the surname of a person the story already named, or of the one KB
    person of that surname in office on the date (a company that shares a former leader's name,
    "Ford", is not taken for him)."""
    if _earlier_person(word, persons) is not None:
        return True
    in_office = [p for p in kb.people_by_surname.get(word, []) if when is not None and p.role_on(when) is not None]
    return len(in_office) == 1


def _person(span: Span, kb: KnowledgeBase, hit: Hit | None, when: date | None, persons: list[Mention]) -> Entity:
    name_tokens = [t for t in span if t.lower_.rstrip(".") not in HONORIFICS]
    name = " ".join(t.text for t in name_tokens) or span.text
    named = span.doc[name_tokens[0].i:span.end] if name_tokens else span
    base = dict(text=named.text, start=named.start_char, end=span.end_char)
    hit = hit or kb.lookup(name)
    window = _title_window(span)
    title = " ".join(t.text for t in window)
    context = " ".join([title, _appositive(span)]).strip()
    if hit and hit.kind == "person":
        return _kb_person(base, kb, hit.kb_id.split(":", 1)[1], when, context, "kb-name", _envoy_of(window, kb))
    earlier = _earlier_person(name, persons)
    if earlier is not None:
        e = earlier.entity
        return Entity(**base, name=e.name, kind="person", country=e.country, sector=e.sector, igo=e.igo, role=e.role,
                      kb_id=e.kb_id, resolution="coreference-name")
    # a bare surname: the one KB person of that name, or the one of several in office on the date
    parts = name_parts(name)
    sharing = sorted({p.id: p for part in parts for p in kb.people_by_name_part(part)}.values(), key=lambda p: p.id)
    candidates = [p for p in sharing if parts <= kb.all_name_parts(p)]
    # "King Hassan" in 1998: of the several Hassans then in office, the one whose office the title names
    titled = [p for p in candidates if when is not None and _title_names_role(window, p.role_on(when))] if len(candidates) > 1 else []
    if len(titled) == 1:
        return _kb_person(base, kb, titled[0].id, when, context, "kb-title-and-name", _envoy_of(window, kb))
    if len(parts) == 1:  # "Noel" alone is not Jean-Noël Barrot, "Omar" alone not Ismail Omar Guelleh: a given name is no surname
        given_elsewhere = any(parts <= _given_names(p) for p in candidates)
        candidates = [p for p in candidates if not parts <= _given_names(p)]
        if given_elsewhere and when is not None:
            # (and a word others bear as a given name is the surname only of the one then in office:
            # "Omar" in 2019 is no longer Mullah Omar)
            candidates = [p for p in candidates if p.role_on(when) is not None]
    if len(parts) >= 2 and not candidates:  # "Abdelaziz Bouteflicka": all but one word right, that one misspelt
        candidates = [p for p in sharing if _one_letter_off(parts, kb.all_name_parts(p))]
        how = "kb-name-spelling"
    else:
        how = "kb-surname" if len(parts) == 1 else "kb-name-variant"
    in_office = [p for p in candidates if when is not None and p.role_on(when) is not None]
    if len(candidates) > 1 and len(in_office) == 1:
        candidates = in_office
    if len(candidates) == 1 and (len(name_tokens) == 1 or len(parts) >= 2):
        return _kb_person(base, kb, candidates[0].id, when, context, how, _envoy_of(window, kb))
    if len(name_tokens) == 1 and candidates and len({p.country or p.igo for p in candidates}) == 1:
        # "Bush" with no date to choose by: which Bush is open, whose side is not
        first = candidates[0]
        sectors = {r.get("sector") for p in candidates for r in p.roles}
        return Entity(**base, name=name, kind="person", country=first.country, igo=first.igo,
                      sector=sectors.pop() if len(sectors) == 1 else kb.sector_of(context)[0],
                      resolution="kb-surname-ambiguous")
    head = span.root.head if span.root.dep_ == "appos" else None
    if head is not None:  # "South Africa's ambassador to the UN, Helen Mbeki,"
        context = " ".join([context, " ".join(t.text for t in head.subtree if t.i < span.start)]).strip()
    country = _country_nearby(span, kb, person=True) or _country_in(context, kb) or _institution_state(window, kb)
    # "Arab League Secretary General Amr Moussa", "Jan Egeland, the UN relief coordinator,"
    igo = None if country else (_igo_in(window, kb) or _igo_in(_appositive_tokens(span), kb))
    sector, role_phrase = kb.sector_of(context)
    role = _role_text(window, kb) or (_appositive(span) or None)
    return Entity(**base, name=name, kind="person", country=country, igo=igo, sector=sector, role=role,
                  resolution="title" if country or igo else "unresolved")


ROLE_WORDS = {"king", "queen", "president", "premier", "chancellor", "emir", "sultan", "prince", "sheikh", "general",
              "minister", "secretary-general", "speaker", "governor", "mayor", "pope", "ayatollah", "commander", "leader"}


def _title_names_role(window: list[Token], role: dict | None) -> bool:
    words = {t.lower_ for t in window} & ROLE_WORDS
    held = set((role or {}).get("role", "").lower().replace("-", " ").split()) | {(role or {}).get("role", "").lower().split(" of ")[0]}
    return bool(words) and bool(words & held)


def _institution_state(window: list[Token], kb: KnowledgeBase) -> str | None:
    """"CIA Director William Burns", "Mossad chief Yossi Cohen": the state whose body the title names."""
    for size in (3, 2, 1):
        for i in range(len(window) - size + 1):
            hit = kb.lookup(" ".join(t.text for t in window[i:i + size]))
            # (a state's own bodies only: "BBC presenter Emily Maitlis" speaks for no state)
            if hit and hit.kind == "institution" and hit.country and hit.country in kb.countries \
                    and hit.sector in ("GOV", "MIL", "SPY", "COP", "JUD", "LEG"):
                return hit.country
    return None


# offices a body gives to one who is out of national office ("U.N. envoy Martti Ahtisaari")
ENVOY_TITLES = {"envoy", "envoys", "mediator", "negotiator", "representative", "rapporteur", "emissary", "commissioner",
                "inspector", "monitor", "observer", "administrator", "coordinator", "co-ordinator"}


def _envoy_of(window: list[Token], kb: KnowledgeBase) -> str | None:
    return _igo_in(window, kb) if any(t.lower_ in ENVOY_TITLES for t in window) else None


def _kb_person(base: dict, kb: KnowledgeBase, pid: str, when: date | None, context: str, how: str,
               envoy_of: str | None = None) -> Entity:
    person = kb.people[pid]
    role = person.role_on(when)
    sector = role.get("sector") if role else kb.sector_of(context)[0]
    # in an international body's office a person acts for the body, not the home state
    # ("EU foreign policy chief Josep Borrell urged Israel": the EU urges); so does a former
    # leader the text names as the body's envoy, an office the KB does not list
    body = (role or {}).get("igo") or (envoy_of if role is None else None)
    return Entity(**base, name=person.name, kind="person", country=None if body else person.country, sector=sector,
                  igo=body or person.igo, role=role.get("role") if role else None,
                  kb_id=f"person:{pid}", resolution=how)


def _name_parts(name: str) -> set[str]:
    return name_parts(name)


def _one_letter_off(parts: set[str], known: set[str]) -> bool:
    """Every word of the name in `known` but one, and that one a word of `known` misspelt by a letter."""
    missing = parts - known
    if len(missing) != 1 or len(parts - missing) == 0:
        return False
    word = next(iter(missing))
    return len(word) >= 5 and any(OSA.distance(word, k) == 1 and word[0] == k[0] for k in known - parts)


def _igo_in(window: list[Token], kb: KnowledgeBase) -> str | None:
    words = [t.text for t in window if t.tag_ != "POS"]
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            hit = kb.lookup(" ".join(words[i:i + size]))
            if hit and hit.kind == "igo":
                return hit.igo
    return None


def _earlier_person(name: str, persons: list[Mention]) -> Mention | None:
    parts = _name_parts(name)
    for m in reversed(persons):
        if parts and parts <= _name_parts(m.entity.name):
            return m
    return None


# "the special envoy to Ukraine": the state an envoy is sent to is not the one that sent them
POSTED_TO = re.compile(r"\b(?:envoy|ambassador|representative|delegate|emissary|mediator|negotiator)s? to (?:the )?$", re.I)


def _country_in(text: str, kb: KnowledgeBase) -> str | None:
    for found in re.finditer(r"[A-Z][\w.'’-]+(?: [A-Z][\w'’-]+)?", text):
        word = found.group(0)
        if POSTED_TO.search(text[:found.start()]):
            continue
        for cand in (word, word.split()[0]):
            hit = kb.lookup(cand)
            if hit and hit.country and hit.kind in ("country", "demonym", "capital"):
                return hit.country
    return None


def _other_party(person: Token, description: Token) -> bool:
    """"Putin met the envoy": the subject of the clause is not the object of the same clause."""
    if description.dep_ in ("attr", "appos") or not _is_subject(person):
        return False
    return _clause_of(person).i == _clause_of(description).i


def _clause_of(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


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
    unnamed: dict[str, int] = {}  # "one diplomat" introduces someone: "the diplomat" is then that one
    for chunk in doc.noun_chunks:
        root = chunk.root
        if chunk[0].lower_ in INDEFINITE and root.lemma_.lower() in ROLE_HEADS and root.i not in taken:
            unnamed[root.lemma_.lower()] = chunk.start_char
            continue
        if chunk[0].lower_ != "the" or root.lemma_.lower() not in ROLE_HEADS or root.i in taken or root.tag_ == "NNS":
            continue
        if any(t.ent_type_ == "PERSON" for t in chunk):
            continue
        owner = [t.text for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        country = _country_in(chunk.text, kb) or _country_in(" ".join(owner), kb)  # "the president of Armenia"
        sector, _ = kb.sector_of(chunk.text)
        words = _role_words(chunk.text) - {"the"}
        earlier = [m for m in people if m.entity.start < chunk.start_char
                   and not (sector and sector != "GOV" and m.entity.sector != sector)
                   and not _other_party(doc[m.root], root)]
        # same country first; a person whose country the text never gave may still be the one
        earlier = [m for m in earlier if not country or m.entity.country == country] or \
                  [m for m in earlier if m.entity.country is None]
        # A person whose role has every word of the description ("deputy defense minister") beats
        # the merely nearest one of the same country and sector.
        earlier = [m for m in earlier if m.entity.start > unnamed.get(root.lemma_.lower(), -1)]
        exact = [m for m in earlier if words <= _role_words(m.entity.role or "")]
        for m in reversed(exact or earlier):
            e = m.entity
            out.append(Mention(Entity(text=chunk.text, name=e.name, kind="person", country=e.country, sector=e.sector,
                                      igo=e.igo, role=e.role, kb_id=e.kb_id, start=chunk.start_char, end=chunk.end_char,
                                      resolution="role description"), root.i, range(chunk.start, chunk.end)))
            break
    return out


CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _untagged_places(doc: Doc, kb: KnowledgeBase, named: list[Mention]) -> list[Mention]:
    """Places the NER left untagged ("fired missiles at Kharkiv", "jets bombed Aleppo"): a lone
    proper noun governed by a place preposition, or the object of a verb that takes places, that
    the gazetteer knows. A run of proper nouns is more often a name."""
    taken = {i for m in named for i in m.tokens}
    out: list[Mention] = []
    for t in doc:
        if t.pos_ != "PROPN" or t.i in taken or not _placed(doc[t.i:t.i + 1]) or not t.text.istitle() \
                or any(c.pos_ == "PROPN" for c in t.children) or t.lower_ in CALENDAR_WORDS:
            continue  # ("detained in March": a month, not the town in Cambridgeshire)
        place = find_place(kb, t.text)
        if place is None:
            continue
        entity = Entity(text=t.text, start=t.idx, end=t.idx + len(t.text), name=place.name, kind="place",
                        country=place.country, resolution="gazetteer, untagged")
        out.append(Mention(entity, t.i, range(t.i, t.i + 1)))
    return out


def _unlabelled_names(doc: Doc, kb: KnowledgeBase, named: list[Mention], when: date | None,
                      persons: list[Mention]) -> list[Mention]:
    """Names the NER left untagged ("Kaja Tamm told Estonian radio ...", "chief Isabelle Marchand
    said"): a run of two or three capitalised proper nouns after a role title, or as the subject of
    a reporting verb, that nothing in the KB or gazetteer explains."""
    from eventwire.coding.quotes import cues

    verbs = set(cues()["verbs"])
    taken = {i for m in named for i in m.tokens}
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text.istitle() and doc[j].is_alpha and j not in taken:
            j += 1
        if j - i >= 2 and doc[i].lower_ in TITLE_WORDS and _known_surname(doc[i + 1:j], kb):
            span = Span(doc, i + 1, j, label="PERSON")  # "Chancellor Scholz", untagged
            entity = _person(span, kb, None, when, persons)
            mention = Mention(entity, span.root.i, range(i + 1, j))
            out.append(mention)
            persons.append(mention)
            i = j
            continue
        if j - i < 2 or j - i > 3:
            i = max(j, i + 1)
            continue
        span = Span(doc, i, j, label="PERSON")
        head = span.root
        reporting = head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in verbs
        if (reporting or _is_person_name(span, kb, inner_title=False)) and _is_person_name(span, kb, inner_title=True):
            entity = _person(span, kb, None, when, persons)
            mention = Mention(entity, head.i, range(i, j))
            out.append(mention)
            persons.append(mention)
        i = j
    return out


def _untagged_surnames(doc: Doc, kb: KnowledgeBase, named: list[Mention], when: date | None,
                       persons: list[Mention]) -> list[Mention]:
    """A lone surname the NER left untagged, most often at the head of a sentence ("Chirac went to
    Moscow"): taken only when one KB person of that surname held office on the date."""
    taken = {i for m in named for i in m.tokens}
    out: list[Mention] = []
    for token in doc:
        # ("ElBaradei" is a name too; a small town that shares the surname is no reason to skip
        # the subject of a verb, "Schroeder went to Warsaw")
        # ("Yanukovych, under pressure from the street, agreed ...": a name at the head of a sentence
        # that the tagger took for a common noun)
        heads_sentence = token.is_sent_start and token.pos_ == "NOUN" and token.i + 1 < len(doc) and doc[token.i + 1].text == ","
        # ("Trump met Kim in Singapore": a name that is also a common noun, read as one at the head of a sentence)
        heads_sentence = heads_sentence or token.is_sent_start and token.tag_ == "NN" and token.dep_ == "nsubj" \
            and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in token.children)
        if token.i in taken or token.pos_ != "PROPN" and not heads_sentence or not token.text[:1].isupper() or token.is_upper or not token.is_alpha \
                or token.dep_ == "compound" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children) \
                or kb.lookup(token.text) is not None or token.dep_ != "nsubj" and find_place(kb, token.text) is not None:
            continue
        if not _surname_in_office(token.text, kb, when, persons):
            continue
        span = Span(doc, token.i, token.i + 1, label="PERSON")
        mention = Mention(_person(span, kb, None, when, persons), token.i, range(token.i, token.i + 1))
        out.append(mention)
        persons.append(mention)
    return out


def _misspelt_states(doc: Doc, kb: KnowledgeBase, named: list[Mention], when: date | None,
                     persons: list[Mention]) -> list[Mention]:
    """A misspelt state the NER did not tag ("Ethiopa said ..."), as the subject, object or owner."""
    taken = {i for m in named for i in m.tokens}
    out = []
    for t in doc:
        if t.i in taken or t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or len(t) < 6 \
                or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj"):
            continue
        if kb.misspelt(t.text) is None:
            continue
        entity = _resolve(Span(doc, t.i, t.i + 1, label="GPE"), kb, when, persons)
        if entity is not None and entity.resolution.startswith("kb-spelling"):
            out.append(Mention(entity, t.i, range(t.i, t.i + 1)))
    return out


# (states whose names put the family name first are the KB's SURNAME_FIRST) states whose people often
# carry two family names ("Lopez Obrador", "Sanchez de Lozada"), where a middle word may be one
TWO_SURNAMES = {"ESP", "PRT", "BRA", "MEX", "ARG", "COL", "VEN", "PER", "CHL", "ECU", "BOL", "PRY", "URY", "CUB",
                "DOM", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "PRI", "PHL", "AGO", "MOZ", "TLS", "GNB", "CPV"}


def _given_names(person) -> set[str]:
    """The words of a KB person's names that are never a family name: the first word, and the middle
    ones unless the country's names may carry two surnames. One word no name or alias ends with."""
    family = set().union(*(name_parts(n.split()[-1]) for n in [person.name, *person.aliases]))
    if person.country in SURNAME_FIRST:
        return set()
    given: set[str] = set()
    for n in [person.name, *person.aliases]:
        words = n.split()
        if len(words) < 2:
            continue
        given |= name_parts(words[0])
        if person.country not in TWO_SURNAMES:
            given |= set().union(*(name_parts(w) for w in words[1:-1]))
    return given - family - set().union(*(name_parts(n) for n in [person.name, *person.aliases] if len(n.split()) == 1))


def _known_surname(name: Span, kb: KnowledgeBase) -> bool:
    parts = {t.lower_ for t in name}
    return bool(parts) and any(parts <= _name_parts(p.name) for p in kb.people.values())


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


FEMALE_WORDS = {"ms", "mrs", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen",
                "princess", "duchess", "empress", "lady", "dame"}
MALE_WORDS = {"mr", "spokesman", "chairman", "congressman", "businessman", "king", "prince", "duke", "emperor", "lord",
              "sir"}
FEMININE = {"she", "her", "hers", "herself"}


def _genders(doc: Doc, people: list[Mention]) -> dict[str, str]:
    """Gender evidence the text itself gives: an honorific before the surname ("Ms Tamm") or a
    gendered title ("spokeswoman Emily Carter"). No name lists: a name alone says nothing."""
    titled: dict[str, str] = {}  # "Tamm" -> "f" for every "Ms Tamm" in the text, in one pass
    word = ""
    for t in doc:
        if word in FEMALE_WORDS or word in MALE_WORDS:
            titled.setdefault(t.text, "f" if word in FEMALE_WORDS else "m")
        word = t.lower_.rstrip(".")
    out: dict[str, str] = {}
    for m in people:
        first = doc[m.tokens.start]
        for word in (doc[i].lower_.rstrip(".") for i in range(max(first.i - 2, 0), first.i)):
            if word in FEMALE_WORDS:
                out.setdefault(m.entity.name, "f")
            elif word in MALE_WORDS:
                out.setdefault(m.entity.name, "m")
        surname = m.entity.name.split()[-1]
        if surname in titled:
            out.setdefault(m.entity.name, titled[surname])
    return out


BLOC_NOUNS = {"bloc", "grouping", "organisation", "organization", "alliance", "body"}
# what a bloc the story named may be called: "the trade bloc", "the 27-nation bloc", "the world body"
BLOC_KINDS = {"trade", "trading", "nation", "member", "economic", "regional", "defence", "defense", "military", "security", "world", "global"}


def _common_noun_bodies(doc: Doc, kb: KnowledgeBase, named: list[Mention]) -> list[Mention]:
    """Bodies the KB names in lower case ("the eurozone bailed out Greece", "the chemical weapons
    watchdog"), which the tagger does not take for names. ("the alliance" needs the body named
    before it and is settled with the other bloc words.)"""
    ends = _lowercase_body_ends(kb)
    taken = {i for m in named for i in m.tokens}
    out: list[Mention] = []
    for token in doc:
        if token.lower_ not in ends or token.pos_ not in ("NOUN", "PROPN") or token.i in taken or not token.text.islower():
            continue
        for start in range(max(token.i - 3, 0), token.i + 1):
            span = doc[start:token.i + 1]
            if any(t.i in taken for t in span) or not span.text.islower() or span.text in BLOC_WORDS_IN_KB:
                continue
            if token.dep_ == "pobj" and token.head.lower_ in ("across", "in", "throughout", "within", "around", "beyond", "outside", "of"):
                break  # ("growth across the euro zone": a region, not the body acting)
            hit = kb.lookup(span.text)
            if hit is not None and hit.kind == "igo" and hit.igo and " ".join(span.text.split()) in kb.surfaces:
                out.append(Mention(Entity(text=span.text, name=hit.name, kind="igo", igo=hit.igo, sector=hit.sector, kb_id=hit.kb_id,
                                          start=span.start_char, end=span.end_char, resolution="kb-igo"), token.i, range(start, token.i + 1)))
                taken.update(range(start, token.i + 1))
                break
    return out


BLOC_WORDS_IN_KB = {"alliance", "the alliance"}

_BODY_ENDS: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _lowercase_body_ends(kb: KnowledgeBase) -> frozenset[str]:
    """The last words of the bodies the KB names in lower case ("zone", "eurozone", "watchdog"): only
    a token that ends one can start a look-up, which keeps the scan off every other noun."""
    cached = _BODY_ENDS.get(id(kb))
    if cached is None or cached[0] is not kb:  # (the same address may hold another KB later)
        cached = (kb, frozenset(text.split()[-1] for text, hit in kb.surfaces.items()
                                if text.islower() and hit.kind == "igo" and text not in BLOC_WORDS_IN_KB))
        _BODY_ENDS[id(kb)] = cached
    return cached[1]


def _bloc_references(doc: Doc, named: list[Mention]) -> list[Mention]:
    """"EU foreign ministers said the bloc was ready to ...", "the 27-nation bloc": the organisation
    named last before it, in the same sentence or the one before."""
    taken = {i for m in named for i in m.tokens}
    bodies = sorted((m for m in named if m.entity.kind == "igo" and m.entity.igo), key=lambda m: m.entity.start)
    out: list[Mention] = []
    for token in doc:
        if token.lower_ not in BLOC_NOUNS or token.i in taken or token.pos_ not in ("NOUN", "PROPN") or not token.text.islower() \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or any(c.dep_ == "compound" and c.lemma_.lower() not in BLOC_KINDS and not c.like_num and "-" not in c.text
                       for c in token.children):
            continue  # ("the Gush Etzion settlement bloc" is a cluster of settlements, not the EU)
        near = token.sent.start if token.sent.start == 0 else doc[token.sent.start - 1].sent.start
        # (the small parser may cut a long title into fragments: "NATO Secretary-General Jens | Stoltenberg")
        while near > 0 and len(doc[near - 1].sent) < 6 and token.sent.start - doc[near - 1].sent.start < 12:
            near = doc[near - 1].sent.start
        before = [m for m in bodies if m.entity.end <= token.idx and m.tokens.start >= near]
        if token.lower_ == "alliance":  # ("NATO's chief, speaking in Brussels, said the alliance ...": not the EU)
            before = [m for m in before if m.entity.sector == "MIL"]
        if not before:
            continue
        e = before[-1].entity
        first = min([token.i, *(c.i for c in token.children if c.dep_ in ("amod", "compound", "nummod") and c.i < token.i)])
        start = doc[first].idx
        out.append(Mention(Entity(text=doc[first:token.i + 1].text, name=e.name, kind="igo", country=e.country,
                                  sector=e.sector, igo=e.igo, kb_id=e.kb_id, start=start, end=token.idx + len(token.text),
                                  resolution="coreference-bloc"), token.i, range(first, token.i + 1)))
    return out


# what "European" on a noun can only be the Union's: its proposals, demands, envoys and money
# ("European governments", "European markets", "European football" are many states' or none)
EU_VOICED = {"proposal", "demand", "plan", "offer", "help", "aid", "assistance", "sanction", "negotiator", "mediation",
             "initiative", "criticism", "pressure", "package", "fund", "loan", "monitor", "observer", "envoy",
             "commissioner", "mediator", "ultimatum", "incentive", "condition", "membership", "threat", "warning", "call", "request"}


def _european_voices(doc: Doc, kb: KnowledgeBase, named: list[Mention]) -> list[Mention]:
    """"Tehran balked at European proposals", "sought European help": the adjective stands for
    the European Union when the noun is something only the Union as a body offers or demands."""
    taken = {i for m in named for i in m.tokens}
    hit = kb.lookup("European Union")
    if hit is None:
        return []
    out: list[Mention] = []
    for token in doc:
        if token.text != "European" or token.i in taken or token.dep_ not in ("amod", "compound") \
                or token.head.lemma_.lower() not in EU_VOICED:
            continue
        out.append(Mention(Entity(text=token.text, name=hit.name, kind="igo", igo=hit.igo, sector=hit.sector, kb_id=hit.kb_id,
                                  start=token.idx, end=token.idx + len(token.text), resolution="kb-igo-adjective"),
                           token.i, range(token.i, token.i + 1)))
    return out


def _pronouns(doc: Doc, named: list[Mention]) -> list[Mention]:
    """he/she/his/her -> the most recent person of a compatible gender who was the subject of a
    clause (news refers back to the person the story is following), else the most recent person."""
    people = sorted((m for m in named if m.entity.kind == "person"), key=lambda m: m.entity.start)
    gender = _genders(doc, people)
    is_subject = {id(m): _is_subject(doc[m.root]) for m in people}
    starts = [m.entity.start for m in people]
    out: list[Mention] = []
    for token in doc:
        if token.lower_ not in PRONOUNS or token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$"):
            continue
        wrong = "m" if token.lower_ in FEMININE else "f"
        latest = subject = None  # walking back from the pronoun: the nearest fitting person, and subject
        for m in reversed(people[:bisect_right(starts, token.idx)]):
            if m.entity.end > token.idx or gender.get(m.entity.name) == wrong:
                continue
            latest = latest or m
            if is_subject[id(m)]:
                subject = m
                break
        if latest is None:
            continue
        e = (subject or latest).entity
        entity = Entity(text=token.text, name=e.name, kind="person", country=e.country, sector=e.sector, igo=e.igo,
                        role=e.role, kb_id=e.kb_id, start=token.idx, end=token.idx + len(token.text), resolution="pronoun")
        mention = Mention(entity, token.i, range(token.i, token.i + 1))
        out.append(mention)
        at = bisect_right(starts, token.idx)
        people.insert(at, mention)
        starts.insert(at, token.idx)
        is_subject[id(mention)] = _is_subject(token)
    return out
