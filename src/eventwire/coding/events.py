"""PLOVER event coding, put together in one place: each trigger the lexicon finds (`triggers`) gets
its parties from the syntax around it (`roles`), its auxiliary mode (`modality`), the date of the
time expression nearest it in the tree and the place it happened (sentence, else dateline)."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.coding import ontology
from eventwire.coding.actors import COMPANY_WORDS, Mentions
from eventwire.coding.dates import Timex, find_timexes
from eventwire.coding.modality import SETTING_PREPS, event_aux, is_conditional, only_asked_for, unwilling, vows_not
from eventwire.coding.places import find_place
from eventwire.coding.roles import (
    DISASTERS, LEGAL_CHARGES, aimed_at, SPEAKING_ACTS, answered, answered_parties, PROTEST_AIMS, NEAR_RECIPIENT_TYPES, OFFERING, PLACE_DIRECTED, STATE, STATE_POWERS, acts_on_own_people, addressee_of_telling, anchor_of, border_partner, authorities_where, captors_of_released, dedupe_parties, drops_own_measure,
    find_parties, insurgents_home, is_civic_restriction, is_offer, pledges_at_home, is_territorial, location_mention, names_own_body, nearest_other_state, own_territory,
    expand_parties, party_of, place_recipient, warned_party, wrongdoers, says_joint, speaker_of_reported_blow, struck_by_disaster, struck_by_nature, tree_distance, unidentified_attackers, yields_to_unnamed,
)
from eventwire.coding.triggers import COMMENTATORS, PROPOSALS, REPORTING, SUBJECT_DEPS, Trigger, judges_a_proposal, light_head, match_trigger
from eventwire.coding.weapons import is_weapon_word, mobilize_mode, weapon_mode
from eventwire.kb import load_kb
from eventwire.model import Dateline, Event, Evidence, Location, Party

COOPERATIVE = {"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"}

RECODED_CAMEO = {("CONSULT", "AGREE"): "036", ("COOPERATE", "AGREE"): "031", ("AID", "AGREE"): "033",
                 ("SUPPORT", "AGREE"): "032", ("RETREAT", "CONCEDE"): "080", ("RETREAT", "AGREE"): "035", ("REJECT", "AGREE"): "032", ("ACCUSE", "AGREE"): "032", ("CONCEDE", "AGREE"): "035", ("SANCTION", "THREATEN"): "131",
                 ("CONCEDE", "REJECT"): "124", ("RETREAT", "REJECT"): "124", ("CONSULT", "REJECT"): "125",
                 ("SUPPORT", "REJECT"): "120", ("COOPERATE", "REJECT"): "121", ("AID", "REJECT"): "122", ("AGREE", "REJECT"): "120",
                 ("COERCE", "THREATEN"): "132", ("REJECT", "THREATEN"): "130", ("ASSAULT", "THREATEN"): "138", ("MOBILIZE", "THREATEN"): "138"}

UNNAMED_VICTIMS = {"CVL", None}

HOSTILE_ACTS = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}

# verbal and consultative acts: with no state or organisation on either side they are not the record's
ALLOWING = {"allow", "permit", "let", "open"}
# who is let in when a state gives refuge
REFUGE_SEEKERS = {"refugee", "refugees", "asylum-seeker", "asylum-seekers", "flee", "fleeing", "displaced", "evacuee", "evacuees", "exile", "exiles"}


def gives_refuge(token: Token) -> bool:
    """The ones let in or allowed to stay are refugees or people fleeing: "opened its border to
    Rwandan refugees", "allowed thousands of Rwandans fleeing the massacres to enter"."""
    if any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in ("return", "go", "come") for c in token.children):
        return False  # "allowed displaced Lebanese to return to their villages": a way home, no refuge
    let_in = [c for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    let_in += [g for c in token.children if c.dep_ in ("prep", "dative", "prt") for g in c.children if g.dep_ == "pobj"]
    # ("opened its doors to Ukrainians fleeing the war", the participle hung on the verb)
    let_in += [c for c in token.children if c.dep_ == "advcl" and c.lemma_.lower() == "flee" and c.i > token.i]
    return any(t.lower_ in REFUGE_SEEKERS or t.lemma_.lower() in REFUGE_SEEKERS for c in let_in for t in c.subtree)


OBSTRUCTING = {"block", "veto", "oppose", "obstruct", "reject", "resist", "hinder", "impede"}
OBJECTING = {"object"}  # "would not object to the deployment": a pledge to let it happen
SAID_ACTS = {"AGREE", "SUPPORT", "CONSULT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
# who can make a material act an event for the record where no state or body is named: officials,
# forces, courts, police, rebels and parties (not a footballer, a singer or a company)
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "UNK", "UAF", "PTY", "OPP", "INS"}


# people a state refuses to hand over: not whom the refusal answers
WITHHELD_PEOPLE = {"suspect", "fugitive", "militant", "leader", "prisoner", "detainee", "hostage", "dissident", "defector"}


def is_recordable(event: Event) -> bool:
    """"The mayor urged residents to save water", "critics slammed the film", "Garrett hit Rudolph
    with his helmet", "Neumann resigned as CEO": an act with no state or international body on
    either side (and, for a deed, no official, force or armed group either) is not an event of
    the record. Document datelines have already placed what they can."""
    parties = [*event.actor, *event.recipient]
    if event.event_type in ("AGREE", "CONSULT") and not any(p.country or p.igo for p in event.actor):
        return False  # "the two banks agreed to merge, creating the largest lender in Switzerland"
    if any(p.country or p.igo for p in parties):
        return True
    # (a protest is political whoever stages it: "dockers walked out of the port in protest"; but
    # someone must stage it: "the Nifty has been rallying" names no crowd, only a market index)
    return event.event_type == "PROTEST" and any(p.sector for p in event.actor) or event.event_type not in SAID_ACTS and any(p.sector in POLITICAL_SECTORS for p in parties)

STATED = {"AGREE", "REJECT", "THREATEN", "REQUEST", "CONCEDE", "SUPPORT"}  # said to someone

# a state's forces as a body, not people who serve in them ("retired soldiers protested" do protest)
FORCE_INSTITUTIONS = {"army", "military", "police", "navy", "forces", "guard", "gendarmerie", "militia", "junta"}

MISSION_BODIES = {"UN", "AU", "EU", "OSCE"}  # bodies whose deployments are missions, not armies


def code_events(doc: Doc, mentions: Mentions, published: str | None, doc_id: str,
                dateline: Dateline | None = None) -> list[Event]:
    pub = date.fromisoformat(published) if published and len(published) == 10 else None
    events: list[Event] = []
    seen: set[tuple] = set()
    for sent in doc.sents:
        for token in sent:
            trigger = match_trigger(token)
            if trigger is None:
                continue
            event = _code(trigger, sent, mentions, pub, doc_id, dateline)
            if event is None:
                continue
            # "to hold drills and continue the dialogue": two agreements; one trigger word, one event
            key = (event.event_type, tuple(p.name for p in event.actor), tuple(p.name for p in event.recipient), sent.start,
                   token.lemma_.lower() if token.pos_ == "NOUN" and match_trigger(token.head) is None else "")
            if key not in seen:
                seen.add(key)
                events.append(event)
                if (jailing := _jail_term(token, event)) is not None:
                    events.append(jailing)
    return [e for e in _drop_promises_of_coded_acts(doc, _drop_partial_duplicates(events)) if is_recordable(e)]


JOINT_WORK = {"work", "cooperate", "co-operate", "collaborate", "join", "help", "assist", "partner", "coordinate", "unite"}


def partnered(token: Token, anchor: Token, recipients: list[Party]) -> bool:
    """Whether a recipient is named as a partner in the act ("drills with Greece", "alongside US troops")."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for h in {token, anchor} for c in h.children
             if c.dep_ == "prep" and c.lower_ in ("with", "alongside")]
    # ... or as the host: "held exercises in Thailand" (not "drills in six zones around Taiwan")
    spans += [(o.left_edge.idx, o.idx + len(o)) for h in {token, anchor} for c in h.children
              if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return any(lo <= p.start < hi for p in recipients for lo, hi in spans)


def _drop_promises_of_coded_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """"Beijing vowed to take all necessary measures": where the act vowed is coded itself (here a
    threat), the bare promise (AGREE 030 on "vowed") says nothing more; where it is not ("vowed
    to step up joint exercises"), the promise stands."""
    def vowed_span(e: Event) -> set[int] | None:
        if e.event_type != "AGREE" or e.cameo != "030" or e.evidence.trigger_start is None:
            return None
        span = doc.char_span(e.evidence.trigger_start, e.evidence.trigger_end, alignment_mode="expand")
        verb = span.root if span is not None else None
        if verb is None or verb.lemma_.lower() not in PROMISING | DECIDING:
            return None
        # ("pledged France's unwavering support for Ukraine": the object, when coded, is what was pledged)
        comps = [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "dobj" and verb.lemma_.lower() in PROMISING]
        # ("pledged to abandon its arms programmes after talks with Britain": the talks were not pledged)
        setting = {t.i for c in comps for p in c.children if p.dep_ == "prep" and p.lower_ in SETTING_PREPS for t in p.subtree}
        # ("promised to work more closely with the United States in fighting al Qaeda": what the
        # cooperation is in is no act promised on its own)
        setting |= {t.i for c in comps if c.lemma_.lower() in JOINT_WORK for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pcomp" for g in p.children) for t in p.subtree}
        # ("agreed to try pirates captured by U.S. warships": the capture describes whom, it was not agreed)
        setting |= {t.i for c in comps for n in c.subtree if n.pos_ in ("NOUN", "PROPN")
                    for a in n.children if a.dep_ in ("acl", "relcl") and a.tag_ == "VBN" for t in a.subtree}
        # ("agreed to accept the resolution while Israeli jets continued to pound the south": told beside it)
        setting |= {t.i for c in comps for a in c.subtree if a.dep_ == "advcl" and a.tag_ == "VBD"
                    and any(s.dep_ in SUBJECT_DEPS for s in a.children) for t in a.subtree}
        return {t.i for c in comps for t in c.subtree} - setting if comps else None

    def supersedes(o: Event, e: Event) -> bool:
        # what was agreed is cooperation only if the act agreed on is: ministers who "agreed to ban
        # flights" by an airline agreed among themselves on a sanction against it
        verb = doc.char_span(e.evidence.trigger_start, e.evidence.trigger_end, alignment_mode="expand")
        return verb is not None and (verb.root.lemma_.lower() in PROMISING or o.event_type in HOSTILE_ACTS | {"THREATEN"})

    def token_at(char: int | None) -> int | None:
        span = doc.char_span(char, char + 1, alignment_mode="expand") if char is not None else None
        return span.start if span is not None else None

    out = []
    for e in events:
        inside = vowed_span(e)
        if inside is not None and any(o is not e and token_at(o.evidence.trigger_start) in inside and supersedes(o, e)
                                      for o in events):
            continue
        out.append(e)
    return out


JAIL_WORDS = {"prison", "jail", "imprisonment", "years", "months", "life", "term", "detention", "gaol"}


def _jail_term(token: Token, event: Event) -> Event | None:
    """The manual: "court sentences that include imprisonment will also receive a COERCE 'arrest'
    mode". "Sentenced eight activists to life imprisonment" is a conviction and a jailing; "to
    death" or a fine is the conviction alone."""
    if event.event_type != "SANCTION" or event.mode != "convict" or event.aux is not None:
        return None
    terms = [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for t in c.subtree]
    if not any(t.lower_ in JAIL_WORDS for t in terms) or any(t.lower_ in ("death", "execution") for t in terms):
        return None
    cameo = "173"
    return event.model_copy(update={
        "id": hashlib.sha1(f"{event.id}:COERCE".encode()).hexdigest()[:16], "event_type": "COERCE", "mode": "arrest",
        "cameo": cameo, "goldstein": ontology.goldstein(cameo), "plover_score": ontology.plover_score("COERCE", "arrest"),
        "quad_class": ontology.quad_class("COERCE")})


def _drop_partial_duplicates(events: list[Event]) -> list[Event]:
    """"China has denounced Western sanctions ... and accused Nato and the US": one ACCUSE with its
    recipients, not a second one with fewer; an event of the same type, actors and sentence as a
    fuller one, naming only some of its recipients (or none), adds nothing."""
    def fuller(e: Event, o: Event) -> bool:
        return o is not e and bool(o.recipient) and o.event_type == e.event_type and o.evidence.start == e.evidence.start \
            and {p.name for p in o.actor} == {p.name for p in e.actor} and o.aux == e.aux \
            and {p.name for p in e.recipient} < {p.name for p in o.recipient}
    return [e for e in events if not any(fuller(e, o) for o in events)]


# verbs that tell of a state going on, not an act; what they say of an event's noun is no report of it
STANDING_VERBS = {"remain", "stay", "persist", "linger"}

# works and observances that tell of an event after it ("a film about the siege", "the anniversary of the massacre")
RETELLINGS = {"documentary", "film", "movie", "book", "novel", "play", "exhibition", "exhibit", "museum", "memorial",
              "monument", "song", "poem", "opera", "biography", "memoir", "anniversary", "commemoration", "painting",
              "photograph", "photographs", "drama", "musical"}

SAFEGUARDS = {"protection", "defence", "defense", "shield", "safeguard", "guarantee", "guarantees", "insurance", "immunity",
              "vaccine", "bulwark", "deterrent", "hedge", "precaution", "precautions"}

SPANS_OF_TIME = {"year", "decade", "century", "generation"}  # (months of a strike or a siege are still its news)


def retold(token: Token) -> bool:
    """An event noun in a phrase on a work or an observance ("a documentary about the 1989 protests",
    "marked the anniversary of the bombing") is what the work is about, not an event reported; nor
    is what a safeguard guards against ("a modicum of protection against Russian airstrikes")."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    holder = token.head.head
    return token.head.lower_ in ("about", "on", "of") and holder.lemma_.lower() in RETELLINGS \
        or token.head.lower_ == "against" and holder.lemma_.lower() in SAFEGUARDS


def a_firm(party: Party, doc: Doc) -> bool:
    """A party the linker gave no state whose name ends in a firm's word ("Korean Air", "American
    Airlines", "Pacific Shipping"): a sanction or a seizure by it is business, not a state's act."""
    if party.country or party.igo or party.sector or party.start is None:
        return False
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and len(span) > 1 and any(t.text in COMPANY_WORDS for t in span[1:])


POLLS = {"poll", "survey"}
POLL_FINDINGS = {"show", "find", "suggest", "indicate", "reveal", "say"}


def speculated(anchor: Token) -> bool:
    """The clause is what analysts or experts say may happen."""
    verb = anchor
    for _ in range(4):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING:
            return any(t.lemma_.lower() in COMMENTATORS for s in verb.head.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def polled(token: Token) -> bool:
    """"a poll showed", "a survey found", "according to a poll", "in a survey": the sentence gives
    what a poll measured (not "the dam survey")."""
    if token.lemma_.lower() not in POLLS:
        return False
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in POLL_FINDINGS \
        or token.dep_ == "pobj" and (token.head.lower_ == "in" or token.head.lower_ == "to" and token.head.head.lower_ == "according")

RINGING = {"around", "near", "off", "encircling", "surrounding", "toward", "towards"}


def ringed_state(token: Token, anchor: Token, actors: list[Party], mentions: Mentions) -> list[Party]:
    """"Drills around Taiwan", "patrols off the coast of Japan": one side's own forces shown around
    another state are shown to it."""
    own = {p.country for p in actors}
    return [party_of(m) for h in {token, anchor} for c in h.children if c.dep_ == "prep" and c.lower_ in RINGING
            for o in c.children if o.dep_ == "pobj" for t in o.subtree
            if (m := mentions.at(t)) is not None and t.i == m.root and m.entity.country and m.entity.country not in own][:1]


DISPUTES = {"dispute", "row", "tension", "tensions", "standoff", "stand-off", "crisis", "quarrel", "feud", "confrontation"}


def dispute_partner(anchor: Token, actors: list[Party], mentions: Mentions) -> list[Party]:
    """Forces readied "over the dispute with Turkey", "amid tensions with India": the other side of
    the quarrel is whom they face."""
    own = {p.country for p in actors}
    return [party_of(m) for c in anchor.subtree if c.dep_ == "prep" and c.lower_ in ("over", "amid", "during")
            for d in c.children if d.dep_ == "pobj" and d.lemma_.lower() in DISPUTES
            for w in d.children if w.dep_ == "prep" and w.lower_ in ("with", "between") for q in w.children if q.dep_ == "pobj"
            for t in q.subtree if (m := mentions.at(t)) is not None and t.i == m.root and m.entity.country
            and m.entity.country not in own][:1]


def provoker(anchor: Token, actors: list[Party], mentions: Mentions) -> list[Party]:
    """Forces readied "after the clash with Chinese troops", "after the North's shelling", "after
    Russia seized three of its ships", "as the standoff with the Taliban deepened": the side whose
    act (or quarrel) they answer is whom they face."""
    own = {p.country for p in actors}
    verb = anchor if anchor.pos_ in ("VERB", "AUX") or anchor.head.pos_ not in ("VERB", "AUX") else anchor.head
    heads: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("after", "following"):
            acts = [d for d in c.children if d.dep_ == "pobj"]
            heads += [g for d in acts for g in d.children if g.dep_ == "poss"]
            heads += [q for d in acts for w in d.children if w.dep_ == "prep" and w.lower_ in ("with", "by") for q in w.children if q.dep_ == "pobj"]
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "as", "when") for m in c.children):
            subjects = [s for s in c.children if s.dep_ == "nsubj"]
            heads += [s for s in subjects if s.lemma_.lower() not in DISPUTES]
            heads += [q for s in subjects if s.lemma_.lower() in DISPUTES for w in s.children
                      if w.dep_ == "prep" and w.lower_ in ("with", "between") for q in w.children if q.dep_ == "pobj"]
    return [party_of(m) for h in heads for t in h.subtree if (m := mentions.at(t)) is not None and t.i == m.root
            and m.entity.country and m.entity.country not in own
            and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym" or m.entity.sector in ("MIL", "GOV", "REB"))][:1]


LINKING = {"link", "connect", "join", "lead"}


def linked_state(anchor: Token, actors: list[Party], mentions: Mentions) -> list[Party]:
    """Roads, railways or pipelines "linking it to South Korea" that are struck or cut belong to the
    tie with that state: the other end is whom the act is aimed at."""
    own = {p.country for p in actors}
    objects = [t for t in anchor.subtree if t.dep_ in ("dobj", "pobj", "conj") and t.pos_ == "NOUN"]
    return [party_of(m) for o in objects for v in o.children if v.dep_ == "acl" and v.lemma_.lower() in LINKING
            for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for q in c.children if q.dep_ == "pobj" for t in q.subtree
            if (m := mentions.at(t)) is not None and t.i == m.root and m.entity.country and m.entity.country not in own][:1]


def generic_relative(verb: Token) -> bool:
    """A present-tense relative clause on a bare plural ("security forces who kill protesters",
    "states that sponsor terrorism") says what such people do in general; no act is reported."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children) \
        and not any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in head.children)


def headline_label(token: Token) -> bool:
    """A headline or link that names its topic before a colon ("Hong Kong protests: what we know",
    "SEE MORE: Brexit talks: the latest") reads to the parser as subject and verb; with nothing after the
    verb but the colon and a word that is also an event noun, it is a noun phrase ("China warns:"
    still warns)."""
    doc = token.doc
    subject = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    return token.tag_ == "VBZ" and token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and len(subject) == 1 \
        and (subject[0].left_edge.i == token.sent.start or doc[subject[0].left_edge.i - 1].text == ":") \
        and token.lemma_.lower() in ontology.triggers()["nouns"] \
        and not any(c.dep_ in ("aux", "neg", "advmod") for c in token.children)


def standing_for_years(verb: Token, pub: date | None) -> bool:
    """"Rebels have fought the government for 17 years", "Israel has occupied the land since 1967": the
    perfect with a span of years tells a state that has gone on, not an act the story reports."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                                                   for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "since")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "for" and obj.lemma_.lower() in SPANS_OF_TIME and (obj.tag_ == "NNS" or any(
                    n.dep_ == "nummod" for n in obj.children)):
                return True  # "for 17 years", "for decades" (a bare "for a year" may be a term: "banned for a year")
            if prep.lower_ == "since" and obj.like_num and len(obj.text) == 4 and pub is not None \
                    and int(obj.text) <= pub.year - 2:
                return True
    return False


# one cannot do these to one's own state
INTRUDING = {"violate", "breach", "intrude", "infringe"}

# verbs that tell an attack by its victims ("three soldiers were killed in an ambush")
DYING = {"kill", "die", "wound", "injure"}


# verbs of addressing an audience: "speaking to a rally", "addressed a rally"
ADDRESSING = {"speak", "address", "tell", "talk", "say", "announce", "declare", "vow", "pledge", "urge", "harangue"}


# purposes that make a deployment a rescue, not a show of force ("will send troops to evacuate its citizens")
RESCUES = {"evacuate", "rescue", "secure", "protect"}


def rescuing(token: Token) -> bool:
    purposes = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
    return any(p.lemma_.lower() in RESCUES or any(x.dep_ == "xcomp" and x.lemma_.lower() in RESCUES for x in p.children)
               for p in purposes)


DRILLS = {"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "war games", "wargames", "training"}


def for_joint_drills(token: Token) -> bool:
    """"sent bombers to Venezuela for joint exercises", "to take part in joint drills"."""
    def joint(n: Token) -> bool:
        return n.lower_ in DRILLS and any(a.lower_ in ("joint", "combined") for a in n.children if a.dep_ in ("amod", "compound"))
    purposes = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    purposes += [p for c in token.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree if t.dep_ in ("pobj", "dobj")
                 for p in [t]]
    return any(joint(p) for p in purposes)


def _code(trig: Trigger, sent: Span, mentions: Mentions, pub: date | None, doc_id: str,
          dateline: Dateline | None) -> Event | None:
    token, rule = trig.token, dict(trig.rule)
    if "objects_any" in rule:  # "call for closer co-operation" = AGREE, "call for a ceasefire" = REQUEST
        obj = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        # The parser may split "co-operation" into several objects: read the whole phrase.
        asked_for = " ".join(t.lower_ for t in obj.subtree).replace(" - ", "-") if obj is not None else ""
        if not any(w in asked_for.split() for w in ontology.triggers()["cooperation_nouns"]):
            rule.update(rule["fallback"])
    anchor = anchor_of(token, rule)
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in STANDING_VERBS:
        return None  # "Mr. Trump's tariffs remain a source of uncertainty": a standing state, no act
    if retold(token):
        return None  # "a documentary about the 1989 protests": a work about an event reports no new one
    if headline_label(token):
        return None  # "Hong Kong protests: 800 students under siege": a topic's label, not a clause
    if generic_relative(anchor):
        return None  # "impunity for security forces who kill protesters": what such forces do, not a report
    if any(c.lower_ in ("you", "yourself", "yourselves") for c in anchor.children if c.dep_ in (*SUBJECT_DEPS, "dobj", "nsubjpass")):
        return None  # "you'll be attacked by three enemy factions": a reader addressed (a game, a guide), no news
    if token.i == anchor.i and standing_for_years(token, pub):
        return None  # "rebels have fought the government for 17 years": a standing state, not an act of the day
    if rule.get("mode") == "obstruct" and any(t.lemma_.lower() in DISASTERS or t.lower_ in DISASTERS
                                              for c in token.children if c.dep_ == "advcl" and c.lemma_.lower() not in PROTEST_AIMS
                                              for t in c.subtree):
        return None  # "residents blocked the road with sandbags to keep out the floodwaters": a guard, no protest
    if rule["type"] in ("PROTEST", "SUPPORT", "REJECT") and _purpose_of_a_protest(token):
        return None  # "blockaded the port to protest against quotas": one protest, the blockade
        # (and "thronged London to oppose the war": the crowd's purpose is the protest's aim, no act of its own)
    # "called a general strike" stages it: a verb the noun's rule takes as its light verb does not ask
    lit = token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in rule.get("light", []) \
        and token.head.lemma_.lower() == "call" and token.head.i == anchor.i
    if only_asked_for(token, anchor) and not lit and not rule.get("ultimatum"):
        return None
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("in", "during") \
            and token.head.head.lemma_.lower() in DYING:
        return None  # "were killed in a Taliban ambush": one attack, told by the verb with its victims
    if struck_by_nature(token, anchor):
        return None  # "Typhoon Gaemi slammed into Taiwan", "the earthquake destroyed villages"
    if rule["type"] == "AGREE" and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ in ("dobj", "nsubj", "nsubjpass") \
            and token.head.head.pos_ == "VERB" and (answer := match_trigger(token.head.head)) is not None \
            and answer.rule["type"] in ("REJECT", "CONCEDE", "ACCUSE", "SUPPORT"):
        return None  # "rejected a truce plan proposed by Qatar": the offer the coded act answers, told in passing
    actors, recipients, reciprocal = find_parties(token, rule, anchor, mentions)
    if rule.get("no_recipient"):  # "denied it had plans to invade Ukraine": what is denied names no accuser
        recipients, reciprocal = [], True  # (marked settled, as for a reciprocal act, so no fallback fills it)
    if rule.get("needs_recipient") and not recipients and not (
            rule["type"] in NEAR_RECIPIENT_TYPES and nearest_other_state(token, anchor, actors, mentions, rule["type"])):
        return None  # ("approved a rescue package for Indonesia", the state a step further off, still aids it)
    if rule.get("aimed_only") and not any(p.igo or p.country not in {a.country for a in actors} for p in recipients):
        return None  # "a vigil outside the US embassy" protests; "a vigil for the victims" mourns
    if rule.get("swap") and rule.get("light_only") and not any(p.igo or p.kb_id and p.kb_id.startswith("country:") or p.sector in STATE
                                                              for p in actors):
        return None  # "the album drew praise from critics in London": a reaction drawn from a state or body only
    if rule.get("parties_only") and not recipients and len({p.country or p.igo for p in actors} - {None}) < 2:
        return None  # "Russia and the United States discussed the treaty" consult; "the cabinet discussed the budget" does not
    if rule.get("officials_only") and not all(p.sector in STATE or p.igo for p in actors):
        return None  # "leaders shook hands" meet; "refused to shake hands with her Russian opponent" is sport
    if rule.get("needs_state_recipient") and not any(p.igo or p.kb_id and p.kb_id.startswith("country:") for p in recipients):
        return None  # "will help the Philippines build bases" aids a state; "the rains helped farmers" is no event
    if not actors and rule.get("agent_only"):
        return None  # "thousands fled the town": no one is named as having driven them out
    if not actors and rule["type"] in HOSTILE_ACTS:
        actors = speaker_of_reported_blow(token, mentions)
    if not actors and rule.get("speaker_acts") and token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING:
        actors = [party_of(m) for c in token.head.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)]
    if not actors and rule["type"] in ("RETREAT", "CONCEDE") and token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING \
            and any(c.dep_ == "auxpass" for c in token.children) and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in token.children):
        # "the Kremlin said charges against Prigozhin would be dropped": a state that announces what
        # will be given up gives it up (a report of what others have done is not the speaker's)
        actors = [party_of(m) for c in token.head.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)
                  if m.entity.kind in ("country", "organization") or m.entity.sector in STATE]
    if not actors and rule["type"] == "ASSAULT":
        actors = unidentified_attackers(token, anchor, recipients, mentions, bool(rule.get("victims_subject")),
                                        bool(rule.get("undergone")))
    if not actors and (rule.get("mode") in STATE_POWERS or rule["type"] == "ACCUSE" and token.lemma_.lower() in LEGAL_CHARGES):
        actors = authorities_where(token, anchor, rule, mentions)
        if rule.get("mode") == "access":  # whoever is let in receives access, not the place they enter
            recipients = [p for p in recipients if p.country not in {a.country for a in actors}]
    if not actors and rule["type"] == "RETREAT" and rule.get("mode") == "release":
        actors = captors_of_released(token, mentions)
    if not actors and rule["type"] == "PROTEST" and token.pos_ == "NOUN" and (token.dep_ == "nsubj" or rule.get("caused")):
        # "riots broke out in Bombay": unrest that erupts is the crowd's where it erupts
        # ("the verdict triggered protests across Iran": so is unrest that something set off, or where
        # the act that set it off took place: "Trump's visit to London sparked mass protests")
        where = location_mention(token, anchor, mentions)
        if where is None and rule.get("caused"):
            where = next((m for s in light_head(token).children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
                          if t.i != s.i and (m := mentions.at(t)) is not None and m.entity.kind in ("place", "country")
                          and m.entity.country and m.entity.country not in {p.country for p in recipients}), None)
        if where is not None and where.entity.country:
            actors = [Party(name=token.text.lower(), country=where.entity.country, sector="CVL", start=token.idx,
                            end=token.idx + len(token.text))]
            # aimed, as any protest with no target named, at the authorities where it happens
            state = load_kb().countries.get(where.entity.country)
            recipients = recipients or [Party(name=f"government of {state.name if state else where.entity.country}", country=where.entity.country,
                                              sector="GOV", start=where.entity.start, end=where.entity.end)]
    if not actors:
        return None
    if rule.get("mutual") and len({p.country for p in actors} - {None}) > 1:
        recipients, reciprocal = [], True  # "Russia and Ukraine exchanged prisoners in a swap mediated by the UAE"
    if len({p.country for p in actors} - {None}) > 1 and recipients and {p.country for p in recipients} <= {p.country for p in actors}:
        recipients, reciprocal = [], True  # "Japan and the Philippines agreed ... under a pact signed in Manila": to each other
    # "U.S. and Russian troops began joint patrols in Bosnia": partners together, aimed at no one
    partners = rule["type"] == "COOPERATE" and len({p.country for p in actors} - {None}) > 1 and says_joint(token, anchor)
    if not recipients and not reciprocal and not partners and rule["type"] in PLACE_DIRECTED:
        recipients = place_recipient(token, anchor, rule["type"], actors, mentions)
    if not recipients and rule["type"] == "MOBILIZE":  # "put its troops on the Syrian border on alert"
        recipients = [party_of(m) for m in border_partner(anchor, mentions) if m.entity.country not in {p.country for p in actors}]
        recipients = recipients or dispute_partner(anchor, actors, mentions)  # "on alert over the dispute with Turkey"
    if rule["type"] == "MOBILIZE" and not any(p.igo for p in recipients) and {p.country for p in recipients} <= {p.country for p in actors} | {None}:
        # ("rushed reinforcements to Ladakh after the clash with Chinese troops": its own ground, facing China)
        recipients = provoker(anchor, actors, mentions) or recipients
    if is_territorial(rule):
        if rule.get("mode") == "martial-law" and any(t.lemma_.lower() in DISASTERS for t in sent):
            return None  # the manual: an emergency declared over a disaster is no repression
        if not recipients:
            recipients = own_territory(token, anchor, actors)
    elif not recipients and (is_civic_restriction(token, anchor, rule) or rule.get("mode") == "censor"
                             or drops_own_measure(token, anchor, rule)
                             or rule["type"] == "CONCEDE" and yields_to_unnamed(token, anchor, mentions)
                             or rule["type"] == "COERCE" and names_own_body(token, anchor)
                             or acts_on_own_people(token, anchor, rule, actors, mentions)
                             or pledges_at_home(token, anchor, rule, actors, mentions)):
        recipients = own_territory(token, anchor, actors)
    if recipients and not any(p.country or p.igo for p in recipients) and (acts_on_own_people(token, anchor, rule, actors, mentions)
                                                                          or pledges_at_home(token, anchor, rule, actors, mentions)):
        # "imposed a travel ban on a former prime minister": an unnamed official of the acting state
        own = next(p.country for p in actors if p.country)
        recipients = [p.model_copy(update={"country": own}) for p in recipients]
    if not recipients and rule["type"] == "THREATEN":  # "warned of serious consequences for relations with Ankara"
        recipients = [p for p in warned_party(token, mentions) if p.country not in {a.country for a in actors}]
    if not recipients and rule["type"] == "THREATEN":  # "threatened to impose a curfew in Guayaquil"
        inner = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and (m := match_trigger(c)) is not None and is_territorial(m.rule)]
        recipients = own_territory(inner[0], inner[0], actors) if inner else recipients
    if not recipients and rule["type"] == "THREATEN" and actors and all(p.sector in STATE for p in actors) \
            and not any(m.entity.igo or m.entity.country not in {p.country for p in actors} | {None}
                        for m in mentions.items if sent.start_char <= m.entity.start < sent.end_char):
        # "threatened to close newspapers that criticise the president", "warned it would arrest anyone
        # who joined the protests": a state's threat of repression, naming no one abroad, is to its own people
        coercion = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                    and (m := match_trigger(c)) is not None and m.rule["type"] == "COERCE"
                    and m.rule.get("cameo") not in ("191", "192")]  # (not a blockade or an occupation: "close the Strait of Hormuz")
        recipients = own_territory(coercion[0], coercion[0], actors) if coercion else recipients
    recipients = [_other_nationality(p, actors, sent.doc, mentions) for p in recipients]
    if rule["type"] == "MOBILIZE" and token.lemma_.lower() in INTRUDING and recipients \
            and {p.country for p in recipients} <= {a.country for a in actors}:
        return None  # "shot down a Russian bomber, saying it had violated Turkish airspace": "it" is not the speaker
    if rule["type"] in STATED and len(recipients) > 1:
        # "refused to allow NATO peacekeepers into Kosovo": the actor's own ground is where, NATO is whom
        foreign = [p for p in recipients if p.igo or p.country not in {a.country for a in actors}]
        recipients = foreign or recipients
    if rule.get("mode") == "access" and any(p.igo for p in recipients):
        # "agreed to allow UN peacekeepers into East Timor": the body let in, not the ground it enters
        recipients = [p for p in recipients if p.igo]
    if rule.get("mode") == "release" and any(p.country for p in recipients):
        # "handed the soldiers over to the Red Cross": the body that takes them in is a go-between
        recipients = [p for p in recipients if p.country or not p.igo]
    if not recipients and not reciprocal and rule["type"] in NEAR_RECIPIENT_TYPES:
        recipients = nearest_other_state(token, anchor, actors, mentions, rule["type"])
        if "objects" in rule and "dobj" not in rule.get("recipient", []):
            # "would send 1,000 troops to secure the airport": what the act moves is not whom it is for
            sent_things = {o.idx + len(o) for o in token.children if o.dep_ == "dobj" and o.pos_ == "NOUN"}
            recipients = [p for p in recipients if p.end not in sent_things]
    if not recipients and not reciprocal and rule["type"] in HOSTILE_ACTS | {"THREATEN"}:
        recipients = linked_state(anchor, actors, mentions)  # "blew up the roads linking it to South Korea"
    if not recipients and not reciprocal and rule["type"] == "ASSAULT":
        recipients = insurgents_home(token, anchor, actors, mentions)
    if not recipients and rule["type"] == "REJECT" and token.lemma_.lower() == "veto" and any(
            o.dep_ == "dobj" and o.lemma_.lower() in ("resolution", "draft", "motion") for o in token.children):
        # "the United States, isolated on the Security Council, vetoed a draft resolution": the body it sits on
        recipients = [party_of(m) for m in mentions.items if sent.start <= m.root < sent.end and m.entity.igo
                      and m.entity.igo not in {p.igo for p in actors}][:1]
    if is_game_report(sent):
        return None  # "Liverpool attacked relentlessly and beat Chelsea 3-1": sport, not war
    if any(polled(t) for t in sent) and all(p.sector in (None, "CVL") and not p.igo for p in actors):
        return None  # "most Canadians support stricter limits, a poll showed": an opinion measured, no act
    if rule["type"] in HOSTILE_ACTS and all(a_firm(p, sent.doc) for p in actors):
        return None  # "Korean Air suspended flights to Moscow": a firm's business
    if rule["type"] == "PROTEST" and actors and all(p.sector in ("MIL", "COP") and (
            p.kb_id and not p.kb_id.startswith("country:") or p.name.lower().split()[-1] in FORCE_INSTITUTIONS) for p in actors):
        return None  # "the army took to the streets to clear barricades": a deployment, not a protest
    if rule["type"] == "PROTEST" and not any(p.country or p.igo for p in actors) and any(
            t.lower_ in PERFORMERS for c in anchor.children if c.dep_ in SUBJECT_DEPS for t in c.subtree):
        return None  # "the singer's fans protested outside the concert hall"
    if rule["type"] == "CONSULT" and not recipients and len(actors) == 1 and any(
            s.lemma_.lower() in SITTING_BODIES for c in anchor.children if c.dep_ in SUBJECT_DEPS for s in [c]):
        return None  # "Kenya's cabinet met in Nairobi to discuss the budget": a body's own sitting
    if rule["type"] == "CONSULT" and not recipients and token.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.lemma_.lower() in SITTING_BODIES for c in token.children):
        return None  # "he said so in a cabinet meeting", "the board meeting": the same, named by its noun
    if rule["type"] == "CONSULT" and token.tag_ == "VBG" and (
            token.dep_ == "advcl" and token.head.lemma_.lower() in REPORTING | SPEAKING_ACTS
            or token.dep_ == "acl" and token.head.dep_ in SUBJECT_DEPS and token.head.head.lemma_.lower() in REPORTING | SPEAKING_ACTS) \
            and len({p.country for p in actors + recipients}) <= 1:
        # "Obuchi, speaking to parliament on Monday, said ...": where a statement was made, no meeting
        # (nor "a spokesman, speaking by telephone, warned ...": the same frame around a speech act)
        return None
    if rule["type"] == "PROTEST" and token.pos_ == "NOUN" and (
            token.dep_ == "pobj" and token.head.lower_ in ("to", "at", "before") and token.head.head.lemma_.lower() in ADDRESSING
            or token.dep_ == "dobj" and token.head.lemma_.lower() in ADDRESSING):
        return None  # "Maduro, speaking to a rally of supporters, announced ...": an audience addressed, no protest told
    if rule["type"] == "SUPPORT" and actors and all(is_weapon_word(p.name) for p in actors):
        return None  # "Azerbaijani forces, backed by drones and artillery, ...": arms that go with an attack
    if rule["type"] == "CONSULT" and recipients and all(p.sector == "JRN" for p in recipients):
        return None  # "met reporters" is a press appearance, not consultation
    if rule["type"] in SAID_ACTS and any(c.lemma_.lower() in CREATIVE_WORKS for c in anchor.children if c.dep_ == "nsubj"):
        return None  # "the senator's new book slams the culture of lobbying": a work's argument, reviewed, is no act
    # ("Ukrainian tennis player Elina Svitolina refused to shake hands": the role before the name too)
    if rule["type"] != "PROTEST" and any(t.lemma_.lower() in FANDOM for c in anchor.children if c.dep_ == "nsubj"
                                         for t in [c, *(g for g in c.children if g.dep_ in ("compound", "appos"))]):
        return None  # "Belgian fans boycotted the event", "the players hailed their coach": sport and culture
    if rule["type"] == "CONSULT" and any(t.lemma_.lower() in PERFORMERS for c in anchor.children
                                         if c.dep_ in SUBJECT_DEPS for t in c.subtree):
        return None  # ("the Indian cricket team will tour Australia": sport and culture, not diplomacy)
    if rule.get("mode") == "visit" and recipients and all(
            p.sector is None and p.country in {a.country for a in actors} for p in recipients):
        return None  # "troops arrived in Bombay": travel at home visits no one
    if rule["type"] == "PROTEST" and answered(token) and actors and all(p.sector in STATE or p.kb_id and p.kb_id.startswith("country:")
                                                                        or p.sector is None for p in actors):
        # "the State Department, responding to Chinese protests, said": a state's complaint, answered
        # by whoever responds to it
        v = token.head.head  # "responding", or "response" in "in response to"
        responders = [party_of(m) for m in expand_parties(v.head, mentions)] if v.dep_ == "acl" else []
        responders = responders or [party_of(m) for c in v.head.children if c.dep_ in SUBJECT_DEPS
                                    for m in expand_parties(c, mentions)] if v.dep_ == "advcl" else responders
        rule = {**rule, "type": "ACCUSE", "mode": "disapprove", "cameo": "111"}
        recipients = [p for p in responders if p.country not in {a.country for a in actors}]
    if rule["type"] == "PROTEST" and rule.get("mode") == "demo" and all(
            p.kb_id and p.kb_id.startswith(("country:", "inst:", "igo:")) and p.sector == "GOV" for p in actors):
        # a state does not march: "Germany summoned the ambassador to protest the detention" is its
        # official complaint (CAMEO 11)
        if token.pos_ == "NOUN" and any(c.dep_ == "compound" and (m := mentions.at(c)) is not None
                                        and m.entity.kind in ("country", "place") for c in token.children):
            return None  # but "with Hong Kong protests exploding": the place marches, by no one named
        rule = {**rule, "type": "ACCUSE", "mode": "disapprove", "cameo": "111"}
    if rule["type"] == "RETREAT" and rule.get("mode") == "withdraw" and actors and all(p.igo in MISSION_BODIES for p in actors):
        # the manual: withdrawing observers or peacekeepers is SANCTION withdraw, a retreat is an army's
        rule = {**rule, "type": "SANCTION", "cameo": "1661"}
    if rule["type"] == "MOBILIZE" and actors and all(p.igo in MISSION_BODIES for p in actors) and recipients:
        # troops a peacekeeping body sends to a state are peacekeepers (CAMEO 074), not a show of force
        rule = {**rule, "type": "AID", "mode": None, "cameo": "074", "context": "peacekeeping"}
    if rule.get("clause_blame") and judges_a_proposal(token) or rule.get("object_complement") and rule["type"] == "ACCUSE" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROPOSALS for c in token.children):
        # ("called the Arab League peace plan unacceptable": a proposal judged so is turned down)
        rule = {**rule, "type": "REJECT", "mode": None, "cameo": "120"}
    if rule["type"] == "SANCTION" and rule.get("cameo") == "163" and recipients and actors \
            and all(p.sector in STATE for p in actors) and {p.country for p in recipients} == {p.country for p in actors}:
        # a ban or freeze a state aims at its own people ("banned the Muslim Brotherhood", "froze the
        # accounts of opposition leaders") is an administrative sanction (COERCE, CAMEO 172); SANCTION
        # reduces relations with another
        rule = {**rule, "type": "COERCE", "mode": "restrict", "cameo": "172"}
    if rule["type"] == "ACCUSE" and rule.get("mode") != "investigate" \
            and (doers := wrongdoers(token, anchor, recipients, mentions)) is not None:
        # "condemned the arrest of opposition leader Navalny": aimed at the arresting state, not the arrested
        recipients = [p for p in doers if p.country not in {a.country for a in actors} or p.igo]
    if rule["type"] == "AID" and not recipients:
        recipients = struck_by_disaster(token, mentions)
    location = _location(token, anchor, mentions, dateline)
    if rule["type"] == "ASSAULT" and recipients and location is not None and location.basis == "sentence" and location.country \
            and all(p.country is None and p.igo is None and p.sector in UNNAMED_VICTIMS for p in recipients):
        # "a car bomb exploded in Bogota, killing 32 people": people killed where it struck are its people
        recipients = [p.model_copy(update={"country": location.country}) for p in recipients]
    offered = anchor.lemma_.lower() in OFFERING or anchor.lower_ in OFFERING or is_offer(anchor)
    if _undirected_meeting(rule) and (recipients or len(actors) > 1) and not offered:  # an offer is one side's
        # a call has no host; nor has a meeting still to come a place the story can vouch for
        settled = rule.get("mode") != "phone" and event_aux(token, anchor) != "future"
        met = [c for h in {token, anchor} for c in h.children if c.dep_ == "dobj"]
        met += [p for h in {token, anchor} for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
        if recipients and any(a.dep_ == "amod" and a.lower_ == "visiting" for c in met for a in c.subtree if a.i < c.i):
            # "met visiting Pakistani Prime Minister Sharif", "held talks with visiting Kazakh Foreign
            # Minister Tokayev": the guest visits the one who meets him
            actors, recipients, visit = recipients, actors, True
        elif event_aux(token, anchor) == "future" and len(actors) == 1 and recipients:
            visit = False  # "said it would resume military contacts with China": the intent is the speaker's
        else:
            where = location if location is not None and location.basis == "sentence" else _arrived_in(anchor, mentions) or location
            actors, recipients, visit = _meeting_roles(actors, recipients, where if settled else None)
        reciprocal = not recipients
        if visit:
            rule = {**rule, "mode": "visit", "cameo": "042"}
    aux = event_aux(token, anchor)
    if rule.get("with_no") and aux == "negation":
        aux = None  # "raised no objection": the "no" is what makes it consent, not a denial of it
    if aux == "hypothetical" and speculated(anchor):
        return None  # "analysts said China could try to blockade Taiwan": a forecast, nobody's act or word
    ahead = False
    if rule.get("only_negated"):  # "would not rule out force": the refusal to forswear is the act
        if aux != "negation":
            return None
        # ("would not run for another term in September's election": the refusal is now, its date ahead)
        ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in token.children)
        aux = None
    if rule.get("vowed_not"):  # "would not respect the zone" defies it; "did not respect the truce" tells a breach
        if aux != "negation" or not vows_not(token, anchor):
            return None
        aux = None
    if rule.get("not_future") and aux == "future":
        return None  # "said Britain would regret its decision": a regret foretold for another is a threat, no apology
    if rule.get("future_only") and aux not in ("future", "hypothetical"):
        return None  # "would respond with force" threatens; "responded with force" says too little
    if aux == "future" and (rule.get("agreed_is_done") or rule["type"] in DECREED) and anchor.dep_ == "xcomp" \
            and anchor.head.lemma_.lower() in DECIDING and anchor.head.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
            and event_aux(anchor.head, anchor.head) is None:  # "is unlikely to agree to cut" decides nothing
        # the manual: "agreed to forgive $200 million of Nigeria's debt" is the aid itself; so a body's
        # vote or decision to ban flights or impose a curfew is the sanction, not a threat of one
        aux = None
    event_type = rule["type"]
    if event_type in ("RETREAT", "CONCEDE") and (rule.get("mode") == "access" or token.lemma_.lower() in ALLOWING) \
            and gives_refuge(token):
        # the manual: asylum is AID ("opened its border to Rwandan refugees", "allowed refugees to stay")
        event_type, rule = "AID", {**rule, "type": "AID", "mode": None, "cameo": "075", "context": "humanitarian"}
    aimed = [party_of(m) for m in aimed_at([token, anchor], mentions)] if rule.get("joint") and not recipients else []
    if aimed:  # "staged joint drills in a show of force aimed at Pyongyang": a display of force at someone (CAMEO 152)
        event_type, rule = "MOBILIZE", {**rule, "mode": "troops", "cameo": "152"}
        recipients, reciprocal = aimed, False
    elif rule.get("joint") and not reciprocal and len({p.country for p in actors} - {None}) == 1 \
            and not (recipients and partnered(token, anchor, recipients)) \
            and not any(p.igo for p in actors) \
            and not says_joint(token, anchor):
        # (a recipient found elsewhere is no partner: "angered by Pelosi's visit to Taipei, launched drills around Taiwan")
        event_type, rule = "MOBILIZE", {**rule, "mode": "troops", "cameo": "150"}  # one army's own drills
        found = recipients
        recipients = [party_of(m) for m in border_partner(anchor, mentions)]  # "near its border with Azerbaijan"
        recipients = recipients or ringed_state(token, anchor, actors, mentions) or found  # "drills around Taiwan"
        if {p.country for p in recipients} <= {p.country for p in actors} | {None}:
            recipients = provoker(anchor, actors, mentions) or recipients  # "stepped up patrols after Russia seized its ships"
    if event_type == "MOBILIZE" and for_joint_drills(token) and recipients:
        # "will send a naval squadron to Venezuela for joint exercises": forces sent to train together
        # are military cooperation (CAMEO 061), not a show of force
        event_type, rule = "COOPERATE", {**rule, "type": "COOPERATE", "mode": None, "cameo": "061", "context": "military"}
    if event_type == "ACCUSE" and rule.get("mode") == "investigate" and len({p.country for p in actors} - {None}) > 1 \
            and any(c.lower_ in ("jointly", "together") and c.dep_ == "advmod" or c.lower_ == "joint" and c.dep_ == "amod"
                    for c in token.children):
        # "Indonesia and Australia will jointly investigate the bombings": judicial cooperation (CAMEO 063)
        event_type, rule = "COOPERATE", {**rule, "type": "COOPERATE", "mode": None, "cameo": "063", "context": "legal"}
        recipients, reciprocal = [], True
    if aux == "negation" and event_type in COOPERATIVE | {"AGREE"} and vows_not(token, anchor):
        # "would never give in to pressure" refuses to yield (CAMEO 124); "will not negotiate while
        # attacks continue", "would not sign the treaty" refuse to meet or cooperate (CAMEO 12)
        event_type, aux = "REJECT", None
        # ("would not surrender bin Laden": who is withheld is not whom the refusal answers)
        withheld = [(o.left_edge.idx, o.idx + len(o)) for o in token.children if o.dep_ == "dobj"
                    and (o.ent_type_ == "PERSON" or o.lemma_.lower() in WITHHELD_PEOPLE)]
        recipients = [p for p in recipients if not any(lo <= p.start < hi for lo, hi in withheld)]
        after = [p for p in actors if p.start > token.idx]
        if reciprocal and after and len(after) < len(actors):  # the refusal is the subject's, aimed at the partner
            actors, recipients, reciprocal = [p for p in actors if p.start < token.idx], after, False
    elif aux == "negation" and (event_type == "REJECT" and (token.lemma_.lower() in OBSTRUCTING or rule.get("obstructs"))
                                or event_type == "ACCUSE" and token.lemma_.lower() in OBJECTING) \
            and token.pos_ in ("VERB", "AUX") and vows_not(token, anchor) and not unwilling(anchor):
        # "signalled that they would not block a resolution": a pledge to let it through, an intent
        # to cooperate (CAMEO 032)
        event_type, aux = "AGREE", "future"
    elif aux == "future" and event_type in ("RETREAT", "CONCEDE") and is_offer(anchor):
        event_type = "AGREE"  # "is willing to withdraw", "offered to lift the ban": an offer to yield (CAMEO 035)
    elif aux == "future" and event_type == "RETREAT":
        event_type = "CONCEDE"  # PLOVER: an announced retreat is a verbal concession
    elif aux == "future" and event_type in COOPERATIVE - {"CONCEDE"}:
        event_type = "AGREE"  # PLOVER: intended or planned cooperation is coded as AGREE
    elif (event_type in HOSTILE_ACTS or event_type == "REJECT" and rule.get("from_acts")) and (
            aux == "future" or aux == "hypothetical" and (is_conditional(token, anchor) or own_possibility(anchor))) \
            and not (event_type == "MOBILIZE" and rescuing(token)):
        # the mirror of the AGREE rule: a stated intention to sanction, seize, attack or mobilise
        # ("will impose sanctions", "would strike if ...") is a threat, CAMEO 13
        event_type = "THREATEN"
        if aux == "hypothetical" and own_possibility(anchor) and not is_conditional(token, anchor):
            aux = None  # "said it might bar them": the measure may never come, the threat is made
    if event_type == "COERCE" and rule.get("mode") == "arrest" and any(
            t.lower_ == "absentia" for h in (token, anchor) for t in h.subtree):
        # the manual: an arrest ordered in absentia is a threat of arrest, not an arrest
        event_type, rule = "THREATEN", {**rule, "type": "THREATEN", "mode": "arrest", "cameo": "130"}
    if event_type in ("THREATEN", "MOBILIZE") and not recipients and not reciprocal:
        # ("put its air force on alert in response to India's nuclear tests": a show of force aimed at whom it answers)
        recipients = [p for p in answered_parties(anchor, mentions) if p.country not in {a.country for a in actors}]
    if event_type == "REJECT" and not reciprocal and {p.country for p in recipients} <= {p.country for p in actors}:
        # "would not reverse its decision", said in answer to Chinese protests: refused to the protester
        recipients = answered_parties(anchor, mentions) or recipients
    if not recipients and not reciprocal and event_type in STATED:
        recipients = addressee_of_telling(anchor, mentions)
    recipients = _others_first(actors, recipients, sent.doc)
    mode = rule.get("mode") if event_type == rule["type"] else None
    if event_type == "ASSAULT":
        mode = weapon_mode(token, anchor, mode, {p.sector for p in actors})
    elif event_type == "MOBILIZE":
        mode = mobilize_mode(token, anchor, mode, {p.sector for p in actors})
    if event_type == "CONSULT" and mode == "visit" and not recipients and not reciprocal \
            and (location is None or location.country in {p.country for p in actors}):
        return None  # "the minister visited a school and a hospital": a visit at home to no one
    # a recoded event gets the CAMEO code of what it now is: intent to cooperate (03x), threat (13x)
    cameo = rule.get("cameo") if event_type == rule["type"] else RECODED_CAMEO.get((rule["type"], event_type), rule.get("cameo"))
    timex = nearest_timex(token, sent, pub, future=aux == "future" or ahead)
    if timex is not None and aux is None and not ahead and pub and timex.value and after_publication(timex.value, pub):
        timex = None  # a deadline, not the day: "reached a deal on removing the weapons by the middle of next year"
    own_year = timex is not None and any(c.idx <= timex.start < c.idx + len(c.text) for c in token.children
                                         if c.dep_ in ("compound", "nummod", "amod", "nmod"))
    if (aux is None or aux == "future" and own_year) and pub and timex and timex.value and timex.value[:4].isdigit() \
            and int(timex.value[:4]) <= pub.year - 2:
        # told as background: "in 1999 Nato bombed ...", two or more years before the story; the 1989
        # protests a film "will show" are no less past
        aux = "historical"
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    context = sorted(set(ontology.contexts_in(words)) | ({rule["context"]} if rule.get("context") else set()))
    if timex and timex.value:
        date_fields = dict(date=timex.value, date_text=timex.text, date_start=timex.start, date_end=timex.end,
                           date_precision=timex.precision, date_basis="text")
    elif pub and aux != "future":
        date_fields = dict(date=pub.isoformat(), date_precision="day", date_basis="publication")
    else:
        date_fields = {}
    confidence = 0.55 + 0.15 * bool(recipients or reciprocal) + 0.1 * all(p.kb_id for p in actors) + 0.1 * bool(timex)
    eid = hashlib.sha1(f"{doc_id}:{token.idx}:{event_type}".encode()).hexdigest()[:16]
    return Event(
        id=eid, event_type=event_type, mode=mode, context=context, aux=aux,
        cameo=cameo, goldstein=ontology.goldstein(cameo),
        plover_score=ontology.plover_score(event_type, mode), quad_class=ontology.quad_class(event_type),
        actor=actors, recipient=recipients, **date_fields,
        location=location,
        evidence=Evidence(text=sent.text, start=sent.start_char, end=sent.end_char, trigger=trig.text,
                          trigger_start=trig.start, trigger_end=trig.end),
        confidence=round(min(confidence, 0.95), 2),
    )


SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
SPORT_PHRASES = ("shot on goal", "shots on goal", "shots on target", "penalty kick", "free kick", "goalkeeper", "midfielder",
                 "touchdown", "wickets", "hat-trick", "hat trick", "clean sheet", "injury time", "stoppage time", "extra time",
                 "power play", "home run", "grand slam final", "semi-final", "quarter-final", "the title race")
GAME_WORDS = {"beat", "defeat", "win", "draw", "score", "match", "game", "half", "goal", "league", "cup", "final", "season",
              "championship", "tournament", "innings", "set"}


MAYBE_MODALS = {"might", "could", "may", "would"}


def own_possibility(verb: Token) -> bool:
    """"Ukraine said it might bar Russian warships from Sevastopol": a measure a state says it may
    take against another is held over it, a threat (CAMEO 13). Only the speaker's own "it" or
    "we": analysts who say Russia might invade threaten nothing."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING \
        and any(c.dep_ == "aux" and c.lower_ in MAYBE_MODALS for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "we", "they") for c in verb.children)


def is_game_report(sent: Span) -> bool:
    """A sentence with a match score and the words of a game reports sport, as does one in the
    language only a game has ("allowed only one shot on goal")."""
    low = sent.text.lower()
    return SCORE.search(sent.text) is not None and any(t.lemma_.lower() in GAME_WORDS for t in sent) \
        or any(phrase in low for phrase in SPORT_PHRASES)


def _others_first(actors: list[Party], recipients: list[Party], doc: Doc) -> list[Party]:
    """"Banned flights by JAT to EU states": beside another party, the actor's own side named in the
    same clause is the setting (where the flights go), not a second target; but one listed with the
    other is a target too ("protested against German and French farm policies")."""
    own = {p.country or p.igo for p in actors} - {None}
    others = [p for p in recipients if (p.country or p.igo) not in own | {None}]
    if not (others and len(others) < len(recipients) and own):
        return recipients
    text = doc.text  # (built from every token of the document: only where it is needed)
    listed = [p for p in recipients if p not in others and any(
        text[min(p.end, o.end):max(p.start, o.start)].strip(" ,") in ("and", "or", "") and not (p.start < o.end and o.start < p.end)
        for o in others)]
    return [p for p in recipients if p in others or p in listed]


def _purpose_of_a_protest(token: Token) -> bool:
    if token.dep_ != "advcl" or token.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    acts = [token.head, *(c for c in token.head.children if c.dep_ == "dobj")]
    return any((m := match_trigger(a)) is not None and m.rule["type"] == "PROTEST" for a in acts if a.i != token.i)


def _other_nationality(party: Party, actors: list[Party], doc: Doc, mentions: Mentions) -> Party:
    """"A British-Iranian dual national was arrested by Iran": to the state acting on its own
    national, the other nationality is the foreign party."""
    if party.country is None or party.country not in {a.country for a in actors} or party.start is None:
        return party
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text != "-":
        return party
    other = mentions.at(doc[span.start - 2])
    if other is None or not other.entity.country or other.entity.country == party.country:
        return party
    return party_of(other)


DECIDING = {"agree", "decide", "vote", "approve"}
DECREED = {"SANCTION", "COERCE"}  # acts a decision enacts

PROMISING = {"vow", "pledge", "promise"}

SITTING_BODIES = {"cabinet", "parliament", "council", "committee", "board", "assembly", "politburo", "congress", "senate",
                  "legislature", "court", "commission", "presidium", "junta"}

# who acts in sport and show business, whatever the verb ("a rescue team", "tourists detained", "the Paris
# Club", "a death squad" are no such actors)
FANDOM = {"fan", "player", "athlete", "cricketer", "footballer", "orchestra", "choir", "troupe", "singer", "actor", "actress",
          "musician", "celebrity", "rapper", "teammate", "striker", "midfielder", "goalkeeper", "winger", "quarterback",
          "batsman", "bowler", "sprinter", "boxer", "golfer", "jockey", "coach"}

CREATIVE_WORKS = {"book", "memoir", "novel", "film", "movie", "documentary", "song", "album", "play", "musical", "essay",
                  "podcast", "biography", "autobiography", "poem", "painting", "exhibition", "series", "episode", "show", "sitcom"}

PERFORMERS = {"team", "squad", "club", "band", "orchestra", "choir", "troupe", "players", "athletes", "cricketers",
              "footballers", "tourists", "fans", "artists", "musicians", "singer", "actor", "actress"}


def _undirected_meeting(rule: dict[str, Any]) -> bool:
    """Talks, meetings and calls: the words name who took part, not who visited whom (as against
    "visited", "hosted", "mediated between", "briefed")."""
    return rule["type"] == "CONSULT" and rule.get("mode") in (None, "phone", "multilateral") \
        and rule.get("cameo") != "045" and not rule.get("swap") and not rule.get("directed")


ARRIVALS = {"arrive", "land", "travel", "fly", "come"}


JOURNEY_NOUNS = {"trip", "visit", "tour", "mission", "journey", "stopover"}


def _arrived_in(anchor: Token, mentions: Mentions) -> Location | None:
    """"The Portuguese prime minister, who arrived in Brasilia on Monday, held talks with ...": where
    the subject came to is where the talks are, and who hosts them."""
    # ("Wang Yi, on a secret trip to Pyongyang, held talks with ...": the journey the subject is on)
    journeys = [p for h in (anchor, *(c for c in anchor.children if c.dep_ in SUBJECT_DEPS)) for c in h.children
                if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in JOURNEY_NOUNS]
    for subj in (c for c in anchor.children if c.dep_ in SUBJECT_DEPS):
        clauses = [c for c in subj.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ARRIVALS]
        for clause in [*clauses, *journeys]:
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    m = mentions.at(pobj)
                    if m is not None and m.entity.country and m.entity.kind in ("place", "country"):
                        return Location(text=m.entity.text, name=m.entity.name, country=m.entity.country,
                                        start=m.entity.start, end=m.entity.end)
    return None


def _meeting_roles(actors: list[Party], recipients: list[Party], where: Location | None) -> tuple[list[Party], list[Party], bool]:
    """The manual: where one side hosts, the visitor is the actor and the host the recipient; where
    neither clearly does (no place, a third country, a phone call), every participant is an actor
    and there is no recipient. Meeting in a party's own country makes it the host."""
    host = where.country if where is not None else None
    if not recipients:  # "France and Germany held talks in Paris": the parties named together
        visitors = [p for p in actors if p.country != host]
        if host and len(visitors) < len(actors) and visitors:
            return visitors, [p for p in actors if p.country == host], True
        return actors, [], False
    ours, theirs = {p.country for p in actors}, {p.country for p in recipients}
    if host and host in theirs and host not in ours:
        return actors, recipients, True
    if host and host in ours and host not in theirs:
        return recipients, actors, True
    return dedupe_parties([*actors, *recipients]), [], False


SCHEDULING = {"due", "scheduled", "planned", "set", "slated", "expected", "upcoming"}


# nouns that name a text with a date of its own, whether or not making one is an event
DATED_DOCUMENTS = {"accord", "agreement", "pact", "treaty", "deal", "convention", "bargain", "plan", "strategy", "roadmap"}


def after_publication(value: str, pub: date) -> bool:
    """A calendar value (year, month or day) that lies wholly after the publication day."""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    return value > pub.isoformat()[:len(value)]


def nearest_timex(token: Token, sent: Span, pub: date | None, future: bool) -> Timex | None:
    doc = sent.doc

    def dates_another_noun(tx: Timex) -> bool:
        """The time phrase dates something inside the event's phrase, not the event: "repudiated the
        1975 border accord" (the accord), "invited them to the forum, due in June" (the forum), "wants
        him extradited over the release of the files in 2010" (the release). "The 1989 protests" and
        "the Joint Sea 2014 drills" still date the event their year is part of."""
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or any(t.i == token.i for t in span):
            return False
        above = list(root.ancestors)
        if any(a.i == token.i for a in above) and any(
                n.dep_ == "acl" and n.tag_ == "VBN" and n.head.i != token.i for n in above[:[a.i for a in above].index(token.i)]):
            return True  # a participle's own time: "lifted the curfew imposed during last month's riots"
        named = root
        while named.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod") and named.head.i != named.i \
                and named.head.pos_ in ("NOUN", "PROPN", "NUM"):
            named = named.head
            if named.i == token.i:
                return False  # a year in the name of the event itself
        lex = ontology.triggers()
        if named.i != root.i and token.pos_ in ("VERB", "AUX") and sum(
                1 for a in named.ancestors if a.dep_ == "prep" and any(b.i == token.i for b in a.ancestors)) >= 2:
            return True  # ("took testimony from survivors of the 1994 massacres": an older event told two phrases down)
        if named.i != root.i:
            # ("took part in the Joint Sea 2014 drills": the drills taken part in are the event)
            # (and a year in a proper name, "Joint Sea 2014", names an event as often as not: kept)
            # (a document is not the act of making it: "repudiated the 1975 border accord")
            return named.pos_ == "NOUN" and (named.lemma_.lower() not in lex["nouns"] and named.lower_ not in lex["nouns"]
                                             or named.lemma_.lower() in DATED_DOCUMENTS)
        above = list(root.ancestors)
        if not any(a.i == token.i for a in above):
            return False  # hung on the clause around the event ("held talks in May")
        between = above[:[a.i for a in above].index(token.i)]
        if any(n.dep_ == "relcl" or n.dep_ in ("acl", "amod") and n.lemma_.lower() in SCHEDULING for n in between):
            return True  # in a clause describing a noun of the event's phrase ("the forum, due in June")
        # (an event noun of its own under a verb trigger: "talks with officials in May" still dates the talks)
        holder = root.head if root.dep_ == "prep" else root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
        if holder is None or holder.pos_ != "NOUN" or holder.i == token.i or token.pos_ not in ("VERB", "AUX") or holder.dep_ != "pobj":
            return False
        # an event noun ("over the attack on Monday"), or any noun two phrases down ("over his role in
        # the theft of the files in 2012")
        nested = sum(1 for a in holder.ancestors if a.dep_ == "prep" and any(b.i == token.i for b in a.ancestors)) >= 2
        topic = holder.head.dep_ == "prep" and holder.head.lower_ in ("over", "about", "for", "against")  # "protested over the seizure in 2017"
        return nested or topic or holder.lemma_.lower() in lex["nouns"] or holder.lemma_.lower() in lex["verbs"]

    timexes = [t for t in find_timexes(sent.text, pub, future=future, offset=sent.start_char) if t.value and not dates_another_noun(t)]
    if not timexes:
        return None

    def distance(tx: Timex) -> int:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            return 99
        return tree_distance(token, span.root)

    return min(timexes, key=lambda tx: (distance(tx), abs(tx.start - token.idx)))


def _location(token: Token, anchor: Token, mentions: Mentions, dateline: Dateline | None) -> Location | None:
    m = location_mention(token, anchor, mentions)
    if m is not None:
        e = m.entity
        return Location(text=e.text, name=e.name, country=e.country, start=e.start, end=e.end,
                        basis="sentence", **_coords(e.name, e.country))
    if dateline and dateline.place:
        place = find_place(load_kb(), dateline.place)
        return Location(text=dateline.text[:len(dateline.place)], name=place.name if place else dateline.place,
                        country=place.country if place else None, start=dateline.start,
                        end=dateline.start + len(dateline.place), basis="dateline", **_coords(dateline.place))
    return None


def _coords(name: str, country: str | None = None) -> dict[str, float | None]:
    place = find_place(load_kb(), name, country)
    return {"lat": place.lat, "lon": place.lon} if place else {"lat": None, "lon": None}
