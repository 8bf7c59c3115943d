"""PLOVER event coding: a trigger lexicon over the dependency parse. Actor and recipient come from
the syntax around the trigger (subject, object, prepositions, possessives, modifiers), never from
sentence position; aux modes from tense, modality and negation; the date from the time expression
nearest the trigger in the tree."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.coding import ontology
from eventwire.coding.actors import Mention, Mentions
from eventwire.coding.dates import Timex, find_timexes
from eventwire.coding.places import find_place
from eventwire.kb import load_kb
from eventwire.model import Dateline, Entity, Event, Evidence, Location, Party

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "appos", "flat", "npadvmod", "nummod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
COOPERATIVE = {"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"}
RECODED_CAMEO = {("CONSULT", "AGREE"): "036", ("COOPERATE", "AGREE"): "031", ("AID", "AGREE"): "033",
                 ("SUPPORT", "AGREE"): "032", ("RETREAT", "CONCEDE"): "080", ("RETREAT", "AGREE"): "035", ("CONCEDE", "AGREE"): "035", ("SANCTION", "THREATEN"): "131",
                 ("COERCE", "THREATEN"): "132", ("ASSAULT", "THREATEN"): "138", ("MOBILIZE", "THREATEN"): "138"}
HOSTILE_ACTS = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
CALLED_OFF = {"cancel", "scrap", "abandon", "postpone", "delay", "suspend", "deny", "rule"}
FUTURE_MODALS = {"will", "shall", "'ll", "should", "must"}
HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}
NEGATIONS = {"not", "n't", "never", "no", "n’t"}
LOCATIVE = {"in", "at", "near", "off", "outside"}
REPORTING = {"say", "tell", "announce", "add", "state", "declare", "note", "confirm"}


@dataclass
class Trigger:
    """The word that carries the event in the parse (`token`) and the words that name it
    (`first`..`last`, one contiguous stretch of the text: "called off", "mediation effort")."""
    token: Token
    rule: dict[str, Any]
    first: Token | None = None
    last: Token | None = None

    @property
    def start(self) -> int:
        return (self.first or self.token).idx

    @property
    def end(self) -> int:
        last = self.last or self.token
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.token.doc.text[self.start:self.end]


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
    return _drop_partial_duplicates(events)


def _drop_partial_duplicates(events: list[Event]) -> list[Event]:
    """"China has denounced Western sanctions ... and accused Nato and the US": one ACCUSE with its
    recipients, not a second one without; a recipient-less event of the same type, actors and
    sentence as a fuller one adds nothing."""
    def fuller(e: Event, o: Event) -> bool:
        return o is not e and bool(o.recipient) and o.event_type == e.event_type and o.evidence.start == e.evidence.start \
            and {p.name for p in o.actor} == {p.name for p in e.actor} and o.aux == e.aux
    return [e for e in events if e.recipient or not any(fuller(e, o) for o in events)]


def match_trigger(token: Token) -> Trigger | None:
    lex = ontology.triggers()
    lemma, lower = token.lemma_.lower(), token.lower_
    # "is ready to ...", and the adjectival passive "Ghana is committed to ..." (a state, not an act)
    stative = token.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in token.children) \
        and not any(c.dep_ == "agent" for c in token.children)
    if stative and lower in lex["willingness"]:
        comps = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        comps += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pcomp" or g.dep_ == "pobj" and lower == "committed"]  # "committed to free trade"
        hostile_words = set(ontology.triggers()["hostile_complements"])
        if comps and all(match_trigger(c) is None and c.lemma_.lower() not in hostile_words for c in comps):
            return Trigger(token, lex["willingness"][lower])
        return None
    if token.pos_ in ("VERB", "AUX"):
        if token.i >= 2 and token.doc[token.i - 1].text == "-" and f"{token.doc[token.i - 2].lower_}-{lemma}" in lex["verbs"]:
            lemma = f"{token.doc[token.i - 2].lower_}-{lemma}"  # "test-fired" is no firing at anyone
        # "stripped 138 people of their citizenship": the particle may hang on the object
        held = [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
        for child in [*token.children, *held]:
            if child.dep_ in ("prep", "prt", "dobj") and f"{lemma} {child.lower_}" in lex["phrasal"]:
                for rule in _rules(lex["phrasal"][f"{lemma} {child.lower_}"]):
                    if _satisfied(token, rule):
                        # "called off": both words; "called the meeting off": the verb names it
                        return Trigger(token, rule, last=child if child.i == token.i + 1 else None)
        for rule in _rules(lex["verbs"].get(lemma)):
            if _satisfied(token, rule):
                return Trigger(token, rule)
        if lemma in OBLIGING_SPEECH and _obligation(token) is not None:
            return Trigger(token, OBLIGATION_RULE)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound" and token.head.lemma_.lower() in CARRIER_NOUNS \
            and token.head.i == token.i + 1:
        # "a mediation effort between A and B", "peace-keeping mission": the head noun carries the
        # event in the parse (its verb, its prepositions); the two words name it
        carried = match_trigger_noun(token, syntax=token.head)
        return Trigger(token.head, carried.rule, first=carried.first or token) if carried else None
    if token.pos_ in ("NOUN", "PROPN"):
        return match_trigger_noun(token, syntax=token)
    return None


# nouns that only carry the event named by their modifier
CARRIER_NOUNS = {"effort", "bid", "mission", "initiative", "campaign", "attempt"}


def match_trigger_noun(token: Token, syntax: Token) -> Trigger | None:
    """A noun trigger; `syntax` is the noun whose verb and prepositions decide it (itself, or the
    head noun that carries it)."""
    lex = ontology.triggers()
    lemma, lower = token.lemma_.lower(), token.lower_
    before = token.doc[token.i - 1] if token.i else None
    hyphened = f"{token.doc[token.i - 2].lower_}-{lower}" if before is not None and before.text == "-" and token.i >= 2 else ""
    compound = before.lower_ if before is not None and before.dep_ in ("compound", "amod") and before.head.i == token.i else ""
    first = None
    if hyphened and hyphened in lex["nouns"]:
        entry, first = lex["nouns"][hyphened], token.doc[token.i - 2]
    elif compound and f"{compound} {lower}" in lex["nouns"]:  # "hunger strike"
        entry, first = lex["nouns"][f"{compound} {lower}"], before
    else:
        entry = lex["nouns"].get(lower) or lex["nouns"].get(lemma)
    # "Palestinian riots", "Iran's protests": a protest noun whose own modifier names who protests
    named_protest = any(c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in ("NORP", "GPE") for c in syntax.children)
    verb = _light_head(syntax)
    fitting = [r for r in _rules(entry) if _satisfied(syntax, r) and not (
        r.get("light_only") and not (_is_light(verb, r) and verb.i != syntax.i)
        and not (r["type"] == "PROTEST" and named_protest))]
    # the verb it is the object of picks the reading: "staged a strike" is a protest; "renewed their
    # protest" says nothing about which, so the plain reading stands
    chosen = next((r for r in fitting if _is_light(verb, r, aspectual=False)),
                  next((r for r in fitting if not r.get("light_only")), fitting[0] if fitting else None))
    return Trigger(token, chosen, first=first) if chosen is not None else None


DEMANDING = {"demand", "urge", "ask", "request", "insist", "propose", "recommend", "call", "press", "appeal"}
# "declared that China must drop its barriers": a statement of what another party must do is a demand
OBLIGING_SPEECH = REPORTING | {"insist", "reiterate", "conclude", "stress", "argue", "write", "maintain", "repeat",
                               "emphasise", "emphasize", "assert", "affirm", "demand"}
OBLIGATION_RULE: dict[str, Any] = {"type": "REQUEST", "cameo": "100", "recipient": ["ccomp_subj"], "needs_recipient": True}


def _obligation(verb: Token) -> Token | None:
    """The complement clause of `verb` that says somebody must or should act, if it has a subject
    that is not the speaker's "we"/"I"."""
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in comp.children) and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in ("we", "i", "it", "they", "he", "she", "you")
                for s in comp.children):
            return comp
    return None


# verbs that go on with or take up again whatever event their object names: "resumed talks",
# "renewed its appeal", "continued their hunger strike", "intensified the bombing"
ASPECTUAL_LIGHT = ("resume", "renew", "continue", "restart", "intensify", "engage")
ENGAGING = {"engage", "involve"}


# nouns that count or measure the events they govern: "a new round of talks", "a wave of airstrikes"
MEASURE_NOUNS = {"round", "rounds", "series", "wave", "waves", "spate", "string", "day", "days", "week", "weeks",
                 "month", "months", "hours", "barrage", "volley", "flurry", "salvo", "campaign", "program", "programme"}


def _light_head(noun: Token) -> Token:
    """The verb a noun trigger hangs on: its head, or over "in" for "engaged in talks", or over a
    measure noun for "held a new round of talks"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ENGAGING:
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MEASURE_NOUNS \
            and noun.head.head.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.head.head.i != noun.head.head.i:
        return noun.head.head.head
    return noun.head


def _is_light(verb: Token, rule: dict[str, Any], aspectual: bool = True) -> bool:
    """The verb is one of the rule's light verbs ("hold talks", "staged a sit-in"). The small
    model's lemmatiser misreads some forms ("staged" -> "stag"), so inflected forms count too."""
    light = rule.get("light", [])
    if not light:
        return False
    light = [*light, *ASPECTUAL_LIGHT] if aspectual else light
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ == "test":
        return False  # "test-fired two missiles": a test, not a strike
    if verb.lemma_.lower() in light:
        return True
    word = verb.lower_
    return verb.pos_ in ("VERB", "AUX") and any(
        word in (w + "s", w + "d", w + "ed", w + "ing", w.removesuffix("e") + "ing", w + w[-1] + "ed") for w in light)


def _rules(entry: dict[str, Any] | list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """A lemma may carry several readings ("send troops" vs "send aid"); the first that fits wins."""
    if entry is None:
        return []
    return entry if isinstance(entry, list) else [entry]


def _satisfied(token: Token, rule: dict[str, Any]) -> bool:
    if "needs" in rule:
        # "fired on Sunday" is no firing on anyone; "discussed the dispute with Ethiopia" still discusses with
        preps = [c for c in token.children if c.dep_ in ("prep", "agent", "prt", "dative")]
        preps += [p for o in token.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
        has_prep = any(c.lower_ in rule["needs"] and not _is_time(c) for c in preps)
        has_clause = rule.get("needs_any_clause") and any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
        if not (has_prep or has_clause):
            return False
    if rule.get("objects_absent") and any(c.dep_ == "dobj" for c in token.children):
        return False
    if "objects" in rule:  # the small parser sometimes reads an object as a predicate ("oprd")
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
        objs += [g for c in token.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "amod":  # "expanded co-operation"
            objs.append(token.head)
        if not any(_mentions_word(o, rule["objects"]) for o in objs):
            return False
    if "subject_words" in rule:
        subjects = [t for c in token.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
        if not any(t.lower_ in rule["subject_words"] for t in subjects):
            return False
    if "objects_or_actor" in rule:  # "released 40 prisoners", "freed the journalist", not "released an album"
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        kb = load_kb()  # "released the opposition leader": a role names a person
        if not any(_mentions_word(o, rule["objects_or_actor"]) or kb.sector_of(" ".join(t.text for t in o.subtree))[0] or any(
                t.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") for t in o.subtree) for o in objs):
            return False
    if "clause_words" in rule:  # "vowed to retaliate": what the complement says decides the reading
        said = {t.lemma_.lower() for c in token.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree}
        if not said & set(rule["clause_words"]):
            return False
    if "objects_absent_words" in rule:  # "defended the border" is no verbal defence of anyone
        objs = [c for c in token.children if c.dep_ == "dobj"]
        if any(_mentions_word(o, rule["objects_absent_words"]) for o in objs):
            return False
    if "subject_not_words" in rule:
        subjects = [t for c in token.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
        if any(t.lemma_.lower() in rule["subject_not_words"] for t in subjects):
            return False
    if "needs_modifier" in rule and not any(c.lower_ in rule["needs_modifier"] for c in token.children):
        return False
    if "needs_light_or" in rule:
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        if not (_is_light(token.head, rule) or _is_light(token.head.head, rule) or preps & set(rule["needs_light_or"])):
            return False
    return True


def _is_time(prep: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _mentions_word(token: Token, words: list[str]) -> bool:
    text = " ".join(t.lower_ for t in token.subtree if t.i <= token.i + 2).replace(" - ", "-")
    padded = f" {text} "  # whole words: "grants" is not in "migrants"
    return any(f" {w} " in padded for w in words)


def _code(trig: Trigger, sent: Span, mentions: Mentions, pub: date | None, doc_id: str,
          dateline: Dateline | None) -> Event | None:
    token, rule = trig.token, dict(trig.rule)
    if "objects_any" in rule:  # "call for closer co-operation" = AGREE, "call for a ceasefire" = REQUEST
        obj = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        # The parser may split "co-operation" into several objects: read the whole phrase.
        asked_for = " ".join(t.lower_ for t in obj.subtree).replace(" - ", "-") if obj is not None else ""
        if not any(w in asked_for.split() for w in ontology.triggers()["cooperation_nouns"]):
            rule.update(rule["fallback"])
    anchor = _anchor(token, rule)
    if _only_asked_for(token, anchor):
        return None
    actors, recipients, reciprocal = _parties(token, rule, anchor, mentions)
    if rule.get("needs_recipient") and not recipients:
        return None
    if not actors and rule["type"] == "ASSAULT":
        actors = _unidentified_attackers(token, anchor, recipients, mentions)
    if not actors and rule.get("mode") in STATE_POWERS:
        actors = _authorities_where(token, anchor, rule, mentions)
    if not actors:
        return None
    if not recipients and not reciprocal and rule["type"] in PLACE_DIRECTED:
        recipients = _place_recipient(token, anchor, rule["type"], actors, mentions)
    if _territorial(rule):
        if rule.get("mode") == "martial-law" and any(t.lemma_.lower() in DISASTERS for t in sent):
            return None  # the manual: an emergency declared over a disaster is no repression
        if not recipients:
            recipients = _own_territory(token, anchor, actors)
    elif not recipients and (_civic_restriction(token, anchor, rule) or rule.get("mode") == "censor"):
        recipients = _own_territory(token, anchor, actors)
    if not recipients and rule["type"] == "THREATEN":  # "threatened to impose a curfew in Guayaquil"
        inner = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and (m := match_trigger(c)) is not None and _territorial(m.rule)]
        recipients = _own_territory(inner[0], inner[0], actors) if inner else recipients
    if rule["type"] == "CONSULT" and recipients and all(p.sector == "JRN" for p in recipients):
        return None  # "met reporters" is a press appearance, not consultation
    if rule["type"] == "CONSULT" and any(t.lemma_.lower() in PERFORMERS for c in anchor.children
                                         if c.dep_ in SUBJECT_DEPS for t in c.subtree):
        return None  # "the Indian cricket team will tour Australia": sport and culture, not diplomacy
    if rule.get("mode") == "visit" and recipients and all(
            p.sector is None and p.country in {a.country for a in actors} for p in recipients):
        return None  # "troops arrived in Bombay": travel at home visits no one
    location = _location(token, anchor, mentions, dateline)
    offered = anchor.lemma_.lower() in OFFERING or anchor.lower_ in OFFERING or _offered(anchor)
    if _undirected_meeting(rule) and (recipients or len(actors) > 1) and not offered:  # an offer is one side's
        # a call has no host; nor has a meeting still to come a place the story can vouch for
        settled = rule.get("mode") != "phone" and _aux(token, anchor) != "future"
        actors, recipients, visit = _meeting_roles(actors, recipients, location if settled else None)
        reciprocal = not recipients
        if visit:
            rule = {**rule, "mode": "visit", "cameo": "042"}
    aux = _aux(token, anchor)
    event_type = rule["type"]
    if rule.get("joint") and not reciprocal and len({p.country for p in actors} - {None}) == 1 and not recipients \
            and not any(p.igo for p in actors) \
            and not _says_joint(token, anchor):
        event_type, rule = "MOBILIZE", {**rule, "mode": "troops", "cameo": "150"}  # one army's own drills
    if aux == "future" and event_type in ("RETREAT", "CONCEDE") and _offered(anchor):
        event_type = "AGREE"  # "is willing to withdraw", "offered to lift the ban": an offer to yield (CAMEO 035)
    elif aux == "future" and event_type == "RETREAT":
        event_type = "CONCEDE"  # PLOVER: an announced retreat is a verbal concession
    elif aux == "future" and event_type in COOPERATIVE - {"CONCEDE"}:
        event_type = "AGREE"  # PLOVER: intended or planned cooperation is coded as AGREE
    elif event_type in HOSTILE_ACTS and (aux == "future" or aux == "hypothetical" and _conditional(token, anchor)):
        # the mirror of the AGREE rule: a stated intention to sanction, seize, attack or mobilise
        # ("will impose sanctions", "would strike if ...") is a threat, CAMEO 13
        event_type = "THREATEN"
    mode = rule.get("mode") if event_type == rule["type"] else None
    # a recoded event gets the CAMEO code of what it now is: intent to cooperate (03x), threat (13x)
    cameo = rule.get("cameo") if event_type == rule["type"] else RECODED_CAMEO.get((rule["type"], event_type), rule.get("cameo"))
    timex = _nearest_timex(token, sent, pub, future=aux == "future")
    if aux is None and pub and timex and timex.value and timex.value[:4].isdigit() and int(timex.value[:4]) <= pub.year - 2:
        aux = "historical"  # told as background: "in 1999 Nato bombed ...", two or more years before the story
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


PERFORMERS = {"team", "squad", "club", "band", "orchestra", "choir", "troupe", "players", "athletes", "cricketers",
              "footballers", "tourists", "fans", "artists", "musicians", "singer", "actor", "actress"}


def _undirected_meeting(rule: dict[str, Any]) -> bool:
    """Talks, meetings and calls: the words name who took part, not who visited whom (as against
    "visited", "hosted", "mediated between", "briefed")."""
    return rule["type"] == "CONSULT" and rule.get("mode") in (None, "phone", "multilateral") \
        and rule.get("cameo") != "045" and not rule.get("swap") and not rule.get("directed")


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
    return _dedupe([*actors, *recipients]), [], False


ASKING_FOR = {"appeal", "lobby", "plead", "campaign", "pray", "clamour", "clamor", "agitate", "vote"}
# verbs whose complement is asked for or threatened, not done ("urged Iran to release", "threatened to strike")
UNREALISED = {"urge", "ask", "call", "press", "demand", "encourage", "order", "invite", "beg", "appeal", "push", "implore",
              "exhort", "instruct", "tell", "want", "persuade", "request", "threaten", "warn"}


WEAPONS = {"bomb", "bombing", "explosion", "blast", "mine", "landmine", "device", "ied", "rocket", "shell", "mortar",
           "missile", "grenade", "attack", "ambush", "suicide", "gunfire", "sniper", "shelling", "airstrike", "strike",
           "drone", "booby", "bullet", "bomber"}
MISHAPS = {"accident", "crash", "collision", "avalanche", "earthquake", "flood", "floods", "storm", "landslide", "fire",
           "blaze", "stampede", "derailment", "lightning", "quake", "cyclone", "hurricane", "typhoon", "tornado"}


def _unidentified_attackers(token: Token, anchor: Token, recipients: list[Party], mentions: Mentions) -> list[Party]:
    """"Two soldiers were killed near Gao", "a roadside bomb killed three policemen": an attack with
    no named attacker. PLOVER's sector table gives such an actor the code UNK ("two civilians were
    killed by a bomb"); its country is that of the place the attack happened, where one is named."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "advcl":  # "a car bomb exploded outside the hotel, killing seven"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    by_weapon = [w for w in (agents if passive else subjects) if w.lemma_.lower() in WEAPONS and mentions.at(w) is None]
    if not (passive and not agents or by_weapon):
        return []
    if any(t.lemma_.lower() in MISHAPS for t in token.sent):
        return []  # killed in a crash or a flood: nobody attacked
    where = _location_mention(token, anchor, mentions)
    country = where.entity.country if where is not None else None
    if country is None and not any(p.country for p in recipients):
        return []
    evidence = by_weapon[0] if by_weapon else token
    phrase = evidence.doc[evidence.left_edge.i:evidence.i + 1] if by_weapon else evidence.doc[token.i:token.i + 1]
    return [Party(name="unidentified attackers", country=country, sector="UNK", start=phrase.start_char, end=phrase.end_char)]


# acts only a state's own bodies carry out where they happen, and the sector that carries them out
STATE_POWERS = {"arrest": "COP", "deport": "GOV", "expel": "GOV", "convict": "JUD", "investigate": "JUD", "curfew": "GOV"}


def _authorities_where(token: Token, anchor: Token, rule: dict[str, Any], mentions: Mentions) -> list[Party]:
    """"A French journalist was arrested in Iran", "was put under investigation in Italy": an
    arrest, trial, deportation or inquiry with no named agent is the act of the authorities of the
    state where it happened; the place phrase is the evidence for them."""
    verb = token if token.pos_ in ("VERB", "AUX") else anchor
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    if not passive:
        return []
    where = _location_mention(token, anchor, mentions)
    if where is None and rule["mode"] in ("deport", "expel"):  # "were deported from Zambia"
        where = next((m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" for m in [mentions.at(p)]
                      if m is not None and m.entity.kind in ("place", "country")), None)
    if where is None and rule["mode"] == "convict":
        # "the opposition leader was sentenced to two years": with no place named, his own state's courts
        where = next((m for c in verb.children if c.dep_ == "nsubjpass" for m in _expand(c, mentions)
                      if m.entity.country and m.entity.kind in ("person", "group")), None)
    if where is None or where.entity.country is None:
        return []
    kb = load_kb()
    c = where.entity.country
    name = f"authorities of {kb.countries[c].name if c in kb.countries else c}"
    return [Party(name=name, country=c, sector=STATE_POWERS[rule["mode"]], start=where.entity.start, end=where.entity.end)]


# governors that make a future act an offer or promise (AGREE: "agree to, offer, promise, or otherwise
# indicate willingness"), as against a bare announcement ("will withdraw", CONCEDE)
OFFERING = {"agree", "offer", "promise", "pledge", "vow", "undertake", "willing", "ready", "prepared", "committed", "eager"}


def _offered(verb: Token) -> bool:
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp", "pcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head if t.dep_ != "pcomp" else t.head.head
        if t.lemma_.lower() in OFFERING or t.lower_ in OFFERING:
            return True
    return False


# acts that land on the place they happen: the manual requires a recipient for AID, SANCTION and
# COOPERATE; violence, coercion and troop movements are directed at whoever is where they happen
PLACE_DIRECTED = {"AID", "SANCTION", "COOPERATE", "ASSAULT", "COERCE", "MOBILIZE"}


def _place_recipient(token: Token, anchor: Token, event_type: str, actors: list[Party],
                     mentions: Mentions) -> list[Party]:
    """"Israeli troops fired in Jericho", "Red Cross suspended aid deliveries in Baghdad": with no
    target named, the state or territory where it happens receives it (its people). Troops moved
    within their own country threaten nobody named."""
    where = _location_mention(token, anchor, mentions)
    if where is None or where.entity.country is None:
        return []
    if event_type in ("MOBILIZE", "COOPERATE") and where.entity.country in {p.country for p in actors}:
        return []  # troops moved at home, or a joint drill off one partner's coast, aim at nobody else
    e = where.entity
    return [Party(name=e.name, country=e.country, sector=e.sector if e.kind == "country" else None,
                  start=e.start, end=e.end)]


# measures a state takes over a territory and the people in it, not towards another party
TERRITORIAL = {"curfew", "martial law", "state of emergency", "emergency rule", "emergency"}
DISASTERS = MISHAPS | {"drought", "wildfire", "wildfires", "epidemic", "pandemic", "outbreak", "disaster", "heatwave",
                       "famine", "eruption", "volcano", "snowstorm", "blizzard", "cholera", "ebola", "covid"}


def _territorial(rule: dict[str, Any]) -> bool:
    return rule.get("mode") in ("curfew", "martial-law") or bool(rule.get("objects")) and set(rule["objects"]) <= TERRITORIAL


# what a state allows or forbids its own people: "banned public gatherings", "lifted restrictions on travel"
CIVIC_ACTIVITIES = {"gathering", "gatherings", "protest", "protests", "demonstration", "demonstrations", "rally",
                    "rallies", "assembly", "assemblies", "movement", "travel", "strike", "strikes", "march", "marches",
                    "internet", "media", "press", "newspaper", "newspapers", "broadcasts", "worship", "meetings"}


def _civic_restriction(token: Token, anchor: Token, rule: dict[str, Any]) -> bool:
    """A ban or restriction imposed or lifted on what people may do (assemble, travel, publish)."""
    if rule["type"] not in ("COERCE", "CONCEDE") or not {"ban", "restrictions", "restriction", "curbs", "protests"} & set(
            rule.get("objects", [])):
        return False
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    words = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prep") for t in c.subtree}
    return bool(words & CIVIC_ACTIVITIES)


def _own_territory(token: Token, anchor: Token, actors: list[Party]) -> list[Party]:
    """"Kenya's government lifted the state of emergency in Mandera County": a curfew or an
    emergency is imposed on (or lifted from) the people where it applies. A place the gazetteer
    resolves is a recipient already; one it does not know is taken to lie in the state that
    rules it, and with no place named, the measure falls on that state's own people."""
    states = {p.country for p in actors if p.sector in STATE and p.country and not p.igo}
    if len(states) != 1:
        return []
    country = next(iter(states))
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    heads = [verb, token, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    places = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME")]
    kb = load_kb()
    if places:
        phrase = token.doc[places[0].left_edge.i:places[0].i + 1]
        return [Party(name=phrase.text, country=country, start=phrase.start_char, end=phrase.end_char)]
    obj = token if token.pos_ in ("NOUN", "PROPN") else next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), token)
    phrase = token.doc[obj.left_edge.i:obj.right_edge.i + 1]
    name = "people of " + (kb.countries[country].name if country in kb.countries else country)
    return [Party(name=name, country=country, sector="CVL", start=phrase.start_char, end=phrase.end_char)]


# verbs whose "of/for/with" phrase names what someone is alleged or held to have done
ALLEGING = {"accuse", "charge", "blame", "suspect", "condemn", "criticise", "criticize", "denounce", "fault", "indict",
            "convict", "arrest", "detain", "jail", "sentence", "try", "prosecute", "punish", "sanction", "slam", "rebuke",
            "censure", "reprimand", "admonish", "chastise", "castigate"}


def _only_asked_for(token: Token, anchor: Token) -> bool:
    """"urged Iran to release the sailors", "said Libya must hand over the suspects": the request is
    the event, the release is not. Nor is what someone is accused of ("accused Azerbaijan of
    shelling a village"): the accusation is the event, its content only alleged."""
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in ("of", "for", "with") \
            and token.head.head.lemma_.lower() in ALLEGING:
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.head.lemma_.lower() in UNREALISED | ASKING_FOR:
        return True  # "called for sanctions against Nigeria": sanctions asked for, not imposed
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" and token.head.lemma_.lower() in DEMANDING | {"seek"}:
        return True  # "demanded an investigation"
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in OBLIGING_SPEECH and _obligation(verb.head) is verb:
        return True
    if verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in DEMANDING \
            and not any(c.dep_ == "aux" for c in verb.children):
        return True  # "demanded that the president release the prisoners" (a subjunctive)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNREALISED and verb.head.i != verb.i


def _conditional(token: Token, anchor: Token) -> bool:
    markers = set(ontology.triggers()["hypothetical_markers"]) - {"whether"}
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
               for t in (token, anchor) for c in t.children)


def _says_joint(token: Token, anchor: Token) -> bool:
    return any(c.lower_ in ("joint", "combined", "bilateral", "trilateral") for c in token.children) or \
        any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for h in (token, anchor) for c in h.children)


def _anchor(token: Token, rule: dict[str, Any]) -> Token:
    """The verb that carries tense and subject for the trigger: itself for a verb, the light verb
    for "hold talks", the clause verb for "during the meeting"."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    t = token
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return token


def _parties(token: Token, rule: dict[str, Any], anchor: Token, mentions: Mentions) -> tuple[list[Party], list[Party], bool]:
    actors: list[Mention] = []
    recipients: list[Mention] = []
    reciprocal = False
    passive = token.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubjpass" for c in token.children) \
        and not rule.get("stative")
    if rule.get("stative") and token.dep_ != "acomp":  # "Ghana is committed to ...": the subject is willing
        actors = _subject_parties(token, mentions)
    elif passive:  # "X was attacked by Y": Y acts; "X was attacked": nobody named does
        actors = [m for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for m in _expand(p, mentions)]
    elif token.pos_ in ("VERB", "AUX") or token.dep_ == "acomp":
        actors = _subject_parties(token.head if token.dep_ == "acomp" else token, mentions)
    else:
        for child in token.children:
            if child.dep_ == "poss" or child.dep_ in ("amod", "compound") and rule["type"] == "PROTEST":
                actors += _expand(child, mentions)  # "Iran's protest", "Palestinian riots"
            if child.dep_ == "prep" and child.lower_ in ("between", "among") and child.lower_ not in rule.get("recipient", []):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    actors += _expand(pobj, mentions)
                reciprocal = bool(actors)
            if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by") and not actors \
                    and child.lower_ not in rule.get("recipient", []):  # "the invasion of Iraq": Iraq is invaded
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    actors += _expand(pobj, mentions)
        if rule.get("joint") and not actors:
            actors = _modifier_parties(token, mentions)
            reciprocal = len(actors) > 1
        if not actors and anchor is not token and _governed_by(token, rule):
            actors = _subject_parties(anchor, mentions)
    holders = [token]
    if token.pos_ not in ("VERB", "AUX") and _is_light(_light_head(token), rule):
        holders.append(_light_head(token))
        if token.head.lower_ == "of" and token.head.head.lower_ in MEASURE_NOUNS:
            holders.append(token.head.head)  # "a barrage of missiles at Odesa"  # "imposed sanctions on Belarus": the preposition hangs on the verb
    for where in rule.get("recipient", []):
        for child in (c for h in holders for c in h.children):
            if where == "dobj" and child.dep_ in ("dobj", "nsubjpass"):
                recipients += _expand(child, mentions)
            elif where == "poss_of_dobj" and child.dep_ in ("dobj", "nsubjpass"):
                # "Japan's plan", "the US proposal", "calls from Washington", "demands by the union"
                recipients += [m for g in child.children if g.dep_ in ("poss", "compound", "amod") for m in _expand(g, mentions)]
                recipients += [m for g in child.children if g.dep_ == "prep" and g.lower_ in ("of", "from", "by")
                               for o in g.children if o.dep_ == "pobj" for m in _expand(o, mentions)]
            elif where == "poss_of_pobj" and child.dep_ == "prep":
                recipients += [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ in ("poss", "compound", "amod") for m in _expand(g, mentions)]
                # "reneged on its promise to the Kenyan people": whom the promise was made to
                recipients += [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ == "prep" and g.lower_ == "to" for p in g.children if p.dep_ == "pobj"
                               for m in _expand(p, mentions)]
            elif where == "ccomp_subj" and child.dep_ in ("ccomp", "xcomp"):
                recipients += [m for g in child.children if g.dep_ in SUBJECT_DEPS for m in _expand(g, mentions)]
            elif where == "for_from" and child.dep_ == "prep" and child.lower_ == "for":
                recipients += [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ == "prep" and g.lower_ == "from" for p in g.children for m in _expand(p, mentions)]
            elif where == "dative" and child.dep_ in ("dative", "iobj"):
                recipients += _expand(child, mentions)
            elif child.dep_ in ("prep", "dative") and child.lower_ == where:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    recipients += _expand(pobj, mentions)
    if not recipients and not reciprocal:  # "resumed talks with Seoul": the phrase hangs on the object
        preps = [w for w in rule.get("recipient", []) if w not in RECIPIENT_SLOTS]
        # ... or on the object of another phrase: "remained on alert along the border with India"
        objects = [o for h in holders for o in h.children if o.dep_ == "dobj"]
        # ("agreed to a ceasefire with the RSF": the ceasefire is no party, its partner is)
        objects += [p for h in holders for o in h.children if o.dep_ == "prep"
                    for p in o.children if p.dep_ == "pobj" and (o.lower_ not in preps or not _expand(p, mentions))]
        recipients = [m for o in objects for c in o.children
                      if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"
                      for m in _expand(p, mentions)]
    if rule.get("accused"):
        recipients = _accused(holders, rule["accused"], mentions) or recipients
    if not recipients and not reciprocal:
        recipients = _complement_recipients(token, rule, mentions)
    if not recipients and not reciprocal and rule["type"] == "ASSAULT":
        recipients = _purpose_targets(anchor, mentions)
    if not recipients and not reciprocal and rule["type"] in CONDITIONED:
        recipients = _condition_subjects(token, anchor, mentions)
    if rule["type"] == "AID":
        goods = ontology.triggers()["aid_goods"]
        recipients = [m for m in recipients if token.doc[m.root].lower_ not in goods]
    if rule.get("swap"):
        actors, recipients = recipients, actors
    actors = [m for m in actors if m.entity.kind != "place"]  # a place is where, not who (it can be visited)
    actors, recipients = _domestic(actors, recipients, rule["type"], token, anchor, mentions)
    if "call for" in token.lemma_ or (rule.get("cameo") == "030" and not recipients):
        recipients = _cooperation_partners(token, mentions, actors)
    actor_parties = _dedupe([_party(m) for m in actors])
    keys = {(p.name, p.country) for p in actor_parties}
    recipient_parties = [p for p in _dedupe([_party(m) for m in recipients]) if (p.name, p.country) not in keys]
    if reciprocal:
        recipient_parties = []
    return actor_parties, recipient_parties, reciprocal


def _accused(holders: list[Token], preps: list[str], mentions: Mentions) -> list[Mention]:
    """Whom a complaint is about, over the body it is made to: "complained to the UN over Israeli
    air strikes" accuses Israel; the UN only hears it."""
    phrases = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
    phrases += [g for h in holders for o in h.children if o.dep_ == "dobj" for g in o.children
                if g.dep_ == "prep" and g.lower_ in preps]
    return [m for p in phrases for o in p.children if o.dep_ == "pobj" for m in _expand(o, mentions)
            if m.entity.kind != "place"]


def _purpose_targets(verb: Token, mentions: Mentions) -> list[Mention]:
    """"Police opened fire to disperse the demonstrators": force used in order to act on someone
    is used on them."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return [m for c in purposes for o in c.children if o.dep_ == "dobj" for m in _expand(o, mentions)]


def _same_country_likely(known: list[Mention], unnamed: list[Mention]) -> bool:
    """A country's own bodies act on its people ("Thailand's king pardoned 30 protesters", "a court
    in Harare acquitted the opposition leader"); a state named as such acting on "the government"
    is more likely acting on another one ("Washington urged the government to ...")."""
    if not unnamed or not all(m.entity.resolution.startswith("unnamed") for m in unnamed):
        return False
    sub_state = any(m.entity.kind != "country" for m in known)
    return sub_state or all(m.entity.sector in NON_STATE for m in unnamed)


NON_STATE = {"OPP", "CVL", "REB", "LAB", "EDU", "JRN", "REL", "PTY", "BUS", "REF", "MED", "AGR", "SOC", "UAF", "CRM"}
STATE = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY"}
CLAIMS = {"PROTEST", "REQUEST"}


def _domestic(actors: list[Mention], recipients: list[Mention], event_type: str, token: Token, anchor: Token,
              mentions: Mentions) -> tuple[list[Mention], list[Mention]]:
    """Countries for the unnamed side of a domestic event. "Opposition supporters (THA) demanded
    that the government resign": the government is Thailand's; "police arrested Egyptian
    activists": the police are Egypt's. A protest or demand by a non-state group that names no
    addressee is addressed to its own country's authorities (or those where it happens)."""
    def countries(ms: list[Mention]) -> set[str]:
        return {m.entity.country for m in ms if m.entity.country}

    def adopt(ms: list[Mention], country: str) -> list[Mention]:
        return [Mention(m.entity.model_copy(update={"country": country}), m.root, m.tokens)
                if m.entity.country is None and m.entity.igo is None and m.entity.resolution.startswith("unnamed")
                else m for m in ms]

    own, other = countries(actors), countries(recipients)
    where = _location_mention(token, anchor, mentions)
    abroad = where.entity.country if where is not None and where.entity.country not in own | {None} else None
    if len(own) == 1 and not other and _same_country_likely(actors, recipients):
        # "Rwandan soldiers rescued 30 hostages in eastern Congo": the unnamed side is where it happens
        recipients = adopt(recipients, abroad or next(iter(own)))
    elif event_type == "COERCE" and len(own) == 1 and not other and actors and all(
            m.entity.sector in STATE for m in actors):
        # a state coerces within its own reach: "Tajikistan banned the Islamic Renaissance Party"
        recipients = [Mention(m.entity.model_copy(update={"country": next(iter(own))}), m.root, m.tokens)
                      if m.entity.country is None and m.entity.igo is None and m.entity.kind != "igo" else m
                      for m in recipients]
    elif len(other) == 1 and not own and _same_country_likely(recipients, actors):
        actors = adopt(actors, next(iter(other)))
    # a protest is against somebody: with none named, the authorities where it happens (PLOVER codes
    # the domestic target); a people or a crowd without a sector protests too
    unarmed = NON_STATE | ({None} if event_type == "PROTEST" else set())
    if not recipients and (event_type in CLAIMS or event_type == "CONCEDE") and actors and all(m.entity.sector in unarmed and not m.entity.igo
                                                                  for m in actors):
        where = _location_mention(token, anchor, mentions)
        if (where is None or where.entity.country is None) and len(own) == 1:
            where = next(m for m in actors if m.entity.country)
        if where is not None and where.entity.country:
            kb = load_kb()
            c = where.entity.country
            # "the government of Brazil", not "Brazil": the protesters may be named "Brazilians" = Brazil
            name = "government of " + (kb.countries[c].name if c in kb.countries else c)
            recipients = [Mention(Entity(text=where.entity.text, name=name, kind="country", country=c, sector="GOV",
                                         start=where.entity.start, end=where.entity.end,
                                         resolution="domestic-addressee"), where.root, where.tokens)]
    return actors, recipients


COMPLEMENT_SUBJECT_TYPES = {"REQUEST", "THREATEN"}
CONDITIONED = {"THREATEN"}
CONDITION_MARKS = {"if", "unless", "until"}


def _condition_subjects(token: Token, anchor: Token, mentions: Mentions) -> list[Mention]:
    """A threat names its target in its condition: "threatened to close the strait if the United
    States tightened its embargo", "warned it would act unless Niger handed over the suspects"."""
    verbs = [token, anchor, *(c for h in (token, anchor) for c in h.children if c.dep_ in ("xcomp", "ccomp"))]
    out: list[Mention] = []
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
                out += [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in _expand(c, mentions)]
        if out:
            break
    return [m for m in out if m.entity.kind != "place"]


def _complement_recipients(token: Token, rule: dict[str, Any], mentions: Mentions) -> list[Mention]:
    """The target named inside the complement: "threatened to impose sanctions on Iran", "refused
    to recognise Kosovo", "demanded that Israel withdraw" (the subject asked to act)."""
    out: list[Mention] = []
    places: list[Mention] = []
    for comp in token.children:
        if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
            # "to impose a curfew in Algiers": where the complement's own event takes a place as its target
            inner = match_trigger(comp)
            territorial = {w for w in (inner.rule.get("recipient", []) if inner else []) if w in LOCATIVE}
            slots = [*comp.children, *(p for o in comp.children if o.dep_ == "dobj" for p in o.children)]
            for c in slots:  # "to impose sanctions on Manila": the preposition may hang on the object
                if c.dep_ in ("dobj", "dative"):
                    out += _expand(c, mentions)
                elif c.dep_ == "prep" and c.lower_ in territorial and not _is_time(c):
                    places += [m for o in c.children if o.dep_ == "pobj" for t in o.subtree for m in [mentions.at(t)]
                               if m is not None and m.entity.kind in ("place", "country") and m.entity.country]
                elif c.dep_ == "prep" and c.lower_ not in LOCATIVE | (TEMPORAL_PREPS - {"on"}) and not _is_time(c):
                    out += [m for o in c.children if o.dep_ == "pobj" for m in _expand(o, mentions)]
        elif comp.dep_ == "ccomp" and rule["type"] in COMPLEMENT_SUBJECT_TYPES:
            out += [m for c in comp.children if c.dep_ in SUBJECT_DEPS for m in _expand(c, mentions)]
    # "threatened to recall its ambassador", "to contribute troops": an unnamed role the complement acts
    # on is the actor's own; one named through the object is not ("refused to obey the orders of the minister")
    doc = token.doc
    return [m for m in out if m.entity.kind != "place"
            and not (m.entity.resolution.startswith("unnamed") and m.entity.country is None
                     and doc[m.root].dep_ in ("dobj", "dative"))] or places[:1]


RECIPIENT_SLOTS = {"dobj", "poss_of_dobj", "poss_of_pobj", "ccomp_subj", "for_from", "dative"}
TEMPORAL_PREPS = {"during", "at", "after", "before", "following", "in", "on", "ahead", "for"}


def _governed_by(token: Token, rule: dict[str, Any]) -> bool:
    """A noun trigger takes the clause subject as its actor only through a light verb ("hold talks")
    or a time/occasion phrase ("speaking during the meeting"), not as any verb's object
    ("Belarus rejected the accusations" is no accusation by Belarus)."""
    if _is_light(token.head, rule) and token.dep_ in ("dobj", "nsubjpass", "attr"):
        return True
    if _light_head(token) is not token.head and _is_light(_light_head(token), rule):
        return True  # "engaged in talks", "held a round of talks"
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "for") \
            and token.head.head.lower_ in ontology.triggers()["willingness"]:
        return True  # "committed to dialogue", "ready for talks": the willing party would take part
    # "said after the talks" took part in them; "resigned after mass protests" did not protest
    # ("converged for a rally", "joined in the protests" did)
    return token.dep_ == "pobj" and token.head.lower_ in TEMPORAL_PREPS and (
        rule["type"] in PARTICIPATORY or token.head.lower_ in ("for", "in"))


PARTICIPATORY = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"}
DOCUMENT_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "note", "message",
                  "motion", "petition", "editorial", "report", "memorandum", "notice", "decree", "speech", "address"}


def _subject_parties(verb: Token, mentions: Mentions) -> list[Mention]:
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if subj and all(s.lower_ in ("it", "they", "we", "he", "she") for s in subj) and v.dep_ == "ccomp" \
                and v.head.lemma_.lower() in REPORTING and not any(mentions.at(s) for s in subj):
            v = v.head  # "Azerbaijan said it would withdraw": the reporting subject speaks for itself
            continue
        agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agent:
            return [m for a in agent for m in _expand(a, mentions)]
        if subj:
            return [m for s in subj for m in _expand(s, mentions)]
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in DOCUMENT_NOUNS \
                and mentions.at(v.head) is None:
            # "issued a statement demanding ...", "in a letter urging ...": whoever issued it acts,
            # unless the document names its own author ("vetoed an EU statement condemning China")
            noun = v.head
            authors = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod") for m in _expand(c, mentions)]
            if authors:
                return authors
            v = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if v.pos_ not in ("VERB", "AUX"):
                return []
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG":  # "protesters demanding ...": the noun acts
            return _expand(v.head, mentions)
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "after meeting Lavrov, Wang said ..."
            v = v.head.head
            continue
        if v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acomp") and v.head.i != v.i:
            if v.dep_ == "relcl":
                return _expand(v.head, mentions)
            v = v.head
            continue
        break
    return []


def _expand(token: Token, mentions: Mentions) -> list[Mention]:
    out: list[Mention] = []
    for t in (token, *token.conjuncts):
        m = _party_mention(t, mentions)
        if m and m not in out:
            out.append(m)
            out += [o for o in m.others if o not in out]  # "the two countries": both of them
            if m.root != t.i:  # "delegations from Ukraine and Russia": the modifier's conjuncts too
                out += [c for c in (mentions.at(x) for x in token.doc[m.root].conjuncts)
                        if c is not None and c.is_actor and c not in out and c.entity.kind != "place"]
            else:  # "Nigerian and Ghanaian officials": officials of both, in the same role
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for a in t.children if a.dep_ in ("amod", "compound") for x in a.conjuncts
                        for c in [mentions.at(x)] if c is not None and c.is_actor and c not in out
                        and c.entity.kind != "place" and c.entity.country]
    return out


def _party_mention(token: Token, mentions: Mentions) -> Mention | None:
    """The actor-like mention that heads or modifies `token` ("the Chinese military delegation").
    A mention that names a state or organisation ("delegations from Ukraine") beats one that does
    not (a news agency in the dateline, "officials")."""
    m = mentions.titled(token) or mentions.at(token)
    if m and m.is_actor:
        return m
    weak: Mention | None = None
    frontier = [token]
    for _ in range(3):
        nxt = []
        for t in frontier:
            # "his Irish counterpart": the nationality names the person, the pronoun their opposite
            for c in sorted(t.children, key=lambda c: c.dep_ == "poss" and c.pos_ == "PRON"):
                if c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "from")) \
                        or (c.dep_ == "prep" and c.lower_ == "with" and t.lemma_.lower() in BORDER_NOUNS):
                    found = mentions.at(c)
                    ok = found is not None and found.is_actor and found.entity.kind != "place"
                elif c.dep_ == "pobj" and t.dep_ == "prep":
                    found = mentions.at(c)
                    ok = found is not None and found.is_actor
                else:
                    continue
                if ok and found is not None:
                    if found.entity.country or found.entity.igo:
                        return found
                    # an unknown name on a thing is most often a place's: "the Torkham border crossing"
                    if not (c.dep_ == "compound" and found.entity.resolution == "unresolved" and not found.entity.sector):
                        weak = weak or found
                nxt.append(c)
        frontier = nxt
    return weak


BORDER_NOUNS = {"border", "frontier", "boundary"}  # "along the border with India": India is faced


def _modifier_parties(token: Token, mentions: Mentions) -> list[Mention]:
    found = []
    for t in token.subtree:
        if t.i >= token.i:
            break
        m = mentions.at(t)
        if m and (m.entity.country or m.entity.igo) and m.entity.kind in ("country", "group") and m not in found:
            found.append(m)
    return found


def _cooperation_partners(token: Token, mentions: Mentions, actors: list[Mention]) -> list[Mention]:
    """"calls for closer Russia-China co-operation": the other states named with the co-operation."""
    own = {m.entity.country for m in actors}
    out = []
    for t in token.subtree:
        m = mentions.at(t)
        if m and m.entity.kind in ("country", "group") and m.entity.country and m.entity.country not in own:
            if m.entity.country not in {x.entity.country for x in out}:
                out.append(m)
    return out


def _party(m: Mention) -> Party:
    e = m.entity
    return Party(name=e.name, country=e.country, sector=e.sector, igo=e.igo, kb_id=e.kb_id, start=e.start, end=e.end)


def _dedupe(parties: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if all((q.name, q.country) != (p.name, p.country) for q in out):
            out.append(p)
    return out


FAILING = {"fail", "unable", "deny", "refuse", "decline"}
BLOCKING = {"veto", "block", "reject", "oppose", "scuttle", "water"}


def _aux(token: Token, anchor: Token) -> str | None:
    chain = [token, anchor]
    t = anchor
    # governing verbs lend their mood ("plans to hold talks"), but a coordinated verb has its own
    # ("are to hold drills and continue the dialogue" shares "are to"; "..., and Stoltenberg condemned" does not)
    while len(chain) < 5 and not (t.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in t.children)) \
            and t.head.i != t.i:
        t = t.head
        chain.append(t)
    for t in (token, anchor):
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in t.children):
            return "negation"
    if token.pos_ == "NOUN" and anchor.lemma_.lower() in CALLED_OFF:
        return "negation"  # "cancelled the president's visit": the visit did not happen
    if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in DOCUMENT_NOUNS and anchor.head.dep_ == "dobj" \
            and anchor.head.head.lemma_.lower() in BLOCKING:
        return "negation"  # "vetoed a resolution condemning X": nobody condemned X
    if anchor.dep_ in ("xcomp", "ccomp") and anchor.head.lemma_.lower() in FAILING:
        return "negation"  # "failed to reach agreement", "denied supplying drones": it did not happen
    own = chain[:2] + ([anchor.head] if anchor.dep_ == "xcomp" else [])  # "if Russia kept sending migrants"
    for t in own:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS:
                # "said Paris would send aid" is reported future, not a hypothetical
                if c.lower_ == "would" and t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING:
                    return "future"
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in ontology.triggers()["hypothetical_markers"]:
                return "hypothetical"
    governors = set(ontology.triggers()["future_governors"])
    for t in chain:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS:
                return "future"
        if t.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children):
            return "future"
        if t.i != token.i and (t.lemma_.lower() in governors or t.lower_ in governors) and t.pos_ in ("VERB", "ADJ"):
            return "future"
    if any(c.lower_ in ("planned", "upcoming", "future", "proposed") for c in token.children):
        return "future"
    return None


def _nearest_timex(token: Token, sent: Span, pub: date | None, future: bool) -> Timex | None:
    timexes = [t for t in find_timexes(sent.text, pub, future=future, offset=sent.start_char) if t.value]
    if not timexes:
        return None
    doc = sent.doc

    def distance(tx: Timex) -> int:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            return 99
        return _tree_distance(token, span.root)

    return min(timexes, key=lambda tx: (distance(tx), abs(tx.start - token.idx)))


def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in index_b:
            return n + index_b[t.i]
    return 99


def _location_mention(token: Token, anchor: Token, mentions: Mentions) -> Mention | None:
    """The place named by a locative phrase on the trigger or its clause verb ("in Moscow"), else on
    its subject or object ("a roadside bomb near Kirkuk killed ...")."""
    heads = [token, anchor]
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG":  # "a bomb exploded in Mogadishu, killing seven"
        heads.append(anchor.head)
    heads += [c for h in list(heads) for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent")]
    # "put under investigation in France": the place hangs on the object of a non-locative phrase
    objects = [c for h in (token, anchor) for c in h.children if c.dep_ == "dobj"]
    heads += [p for h in (token, anchor, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ not in LOCATIVE
              for p in c.children if p.dep_ == "pobj"]
    heads += [p for h in heads if h.dep_ == "agent" for p in h.children if p.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
                continue
            for pobj in prep.children:
                for t in _phrase(pobj):
                    m = mentions.at(t)
                    if m and m.entity.kind in ("place", "country"):
                        return m
    return None


def _phrase(head: Token) -> list[Token]:
    """The words of a noun phrase without its clauses: "at the talks with Zhang, who is China's
    top general" takes place at the talks, not in China."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in ("relcl", "advcl", "ccomp", "appos", "punct")]
    return sorted(out, key=lambda t: t.i)


def _location(token: Token, anchor: Token, mentions: Mentions, dateline: Dateline | None) -> Location | None:
    m = _location_mention(token, anchor, mentions)
    if m is not None:
        e = m.entity
        return Location(text=e.text, name=e.name, country=e.country, start=e.start, end=e.end,
                        basis="sentence", **_coords(e.name))
    if dateline and dateline.place:
        place = find_place(load_kb(), dateline.place)
        return Location(text=dateline.text[:len(dateline.place)], name=place.name if place else dateline.place,
                        country=place.country if place else None, start=dateline.start,
                        end=dateline.start + len(dateline.place), basis="dateline", **_coords(dateline.place))
    return None


def _coords(name: str) -> dict[str, float | None]:
    place = find_place(load_kb(), name)
    return {"lat": place.lat, "lon": place.lon} if place else {"lat": None, "lon": None}
