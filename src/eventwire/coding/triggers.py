"""The trigger lexicon over the parse: which word carries an event, and which reading of it
(`coding/data/triggers.yaml`) fits the words around it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from eventwire.coding import ontology
from eventwire.coding.places import find_place
from eventwire.kb import load_kb
from eventwire.nlp import irregular_base

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}

REPORTING = {"say", "tell", "announce", "add", "state", "declare", "note", "confirm", "signal", "indicate", "hint", "reiterate",
             "stress", "emphasise", "emphasize", "insist"}


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
        # (a span's own text: Doc.text would join every token of the document on each call)
        first, last = self.first or self.token, self.last or self.token
        return self.token.doc[first.i:last.i + 1].text


def passive_patients(verb: Token) -> list[Token]:
    """Who or what a passive verb acts on: its passive subject, or the noun a bare participle
    describes ("two Tibetan monks arrested in Lhasa", "Japanese rice shipped to North Korea")."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not found and verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        found = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "were rounded up and expelled"
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "dobj") for c in verb.children):
        found = [verb.head]
    return found


def match_trigger(token: Token) -> Trigger | None:
    lex = ontology.triggers()
    lemma, lower = token.lemma_.lower(), token.lower_
    # "is ready to ...", and the adjectival passive "Ghana is committed to ..." (a state, not an act)
    # (or the passive: "said she was disgusted by Russia's veto")
    if lower in lex["stances"] and (token.dep_ == "acomp" or token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
                                    and _named_agent(token)):
        return next((Trigger(token, rule) for rule in _rules(lex["stances"][lower]) if _satisfied(token, rule)), None)
    if lower in lex["willingness"] and (token.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in token.children)
                                        and not any(c.dep_ == "agent" for c in token.children)):
        comps = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        comps += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pcomp" or g.dep_ == "pobj" and lower == "committed"]  # "committed to free trade"
        hostile_words = set(ontology.triggers()["hostile_complements"])
        if comps and all(match_trigger(c) is None and c.lemma_.lower() not in hostile_words for c in comps):
            return Trigger(token, lex["willingness"][lower])
        return None
    if token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and lower in lex["nouns"] \
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children) \
            and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children):
        # ("Fighting between Amal and Hezbollah spread to Beirut": the gerund is the fight's noun)
        return next((Trigger(token, rule) for rule in _rules(lex["nouns"][lower]) if _satisfied(token, rule)), None)
    if token.pos_ in ("VERB", "AUX"):
        if token.lower_ == "defending" and (token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in TITLE_HOLDERS
                                            or any(o.dep_ == "dobj" and (o.lemma_.lower() in TITLE_HOLDERS or any(
                                                c.lemma_.lower() in TITLE_HOLDERS for c in o.children if c.dep_ in ("compound", "amod")))
                                                   for o in token.children)):
            return None  # "against defending champion Croatia": sport
        if token.tag_ == "VBN" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None  # "to treat the wounded", "the accused": a participle standing for people
        if token.i >= 2 and token.doc[token.i - 1].text == "-" and token.dep_ in ("amod", "compound") \
                and token.tag_ == "VBN" and token.head.i > token.i:
            return None  # "the Iranian-backed militia", "a Saudi-led coalition" describe, they report nothing
        if lemma == "blame" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be":
            return None  # "Moscow was to blame": the subject is blamed, it blames no one
        if lemma == lower and lemma not in lex["verbs"] and token.tag_ in ("VB", "VBP") and (base := irregular_base(lower)) \
                and any(c.dep_ in SUBJECT_DEPS for c in token.children) and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            lemma = base  # "Germany forgave debts", with the past form tagged as a base form and left unlemmatised
        if lemma == lower and lower.endswith("ed") and token.tag_ in ("VBD", "VBN", "VBP") and lemma not in lex["verbs"]:
            # ("jeered", left unlemmatised by the small model: the stem the lexicon knows)
            lemma = next((b for b in (lower[:-2], lower[:-1], lower[:-3]) if b in lex["verbs"]), lemma)
        # ("raped", lemmatised "rap": a short verb ending vowel-consonant doubles it, "rapped", so
        # a single one means the verb ends in e)
        short = len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou"
        if (lemma not in lex["verbs"] or short) and f"{lemma}e" in lex["verbs"] and lower in (f"{lemma}ed", f"{lemma}es", f"{lemma}ing"):
            lemma = f"{lemma}e"  # "fined", lemmatised "fin": the lemmatiser dropped the verb's final e
        if token.i >= 2 and token.doc[token.i - 1].text == "-" and f"{token.doc[token.i - 2].lower_}-{lemma}" in lex["verbs"]:
            lemma = f"{token.doc[token.i - 2].lower_}-{lemma}"  # "test-fired" is no firing at anyone
        # (most verbs head no entry at all: skip the particle and object search for them)
        if lemma in lex["verbs"] or lemma in _phrasal_heads() or lemma in MARKING_SPEECH or lemma in LABELLING:
            found = _verb_trigger(token, lemma, lex)
            if found is not None:
                return found
        # (the parser may hang the adverb on a phrase of the verb: "patrolled the town together on Sunday")
        near = [*token.children, *(g for c in token.children if c.dep_ in ("prep", "dobj") for g in c.children)]
        if any(c.dep_ == "advmod" and (c.lower_ == "jointly" or c.lower_ == "together" and len(
                {e.text for e in token.sent.ents if e.label_ in ("NORP", "GPE")}) > 1)  # "patrolled together"
               for c in near):
            return Trigger(token, JOINT_ACT_RULE)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound" and token.head.lemma_.lower() in CARRIER_NOUNS \
            and token.head.i == token.i + 1:
        # "a mediation effort between A and B", "peace-keeping mission": the head noun carries the
        # event in the parse (its verb, its prepositions); the two words name it
        carried = match_trigger_noun(token, syntax=token.head)
        return Trigger(token.head, carried.rule, first=carried.first or token) if carried else None
    if token.pos_ in ("NOUN", "PROPN"):
        return match_trigger_noun(token, syntax=token)
    return None


@lru_cache(maxsize=1)
def _phrasal_heads() -> frozenset[str]:
    return frozenset(key.split()[0] for key in ontology.triggers()["phrasal"])


def _verb_trigger(token: Token, lemma: str, lex: dict[str, Any]) -> Trigger | None:
    """The verb's own entries: a phrasal verb with its particle or preposition first, then the verb."""
    # "stripped 138 people of their citizenship": the particle may hang on the object
    held = [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    # "handed over 32 prisoners": the particle read as "more than" on the number
    held += [n for n in token.doc[token.i + 1:token.i + 2] if n.lower_ in PARTICLES
             and (n.dep_ == "quantmod" or n.dep_ == "advmod" and n.head.pos_ == "NUM")]
    # "called for the inspectors to be given more time": "for" marks the clause asked for
    clause_for = [g for c in token.children if c.dep_ == "advcl" for g in c.children
                  if g.dep_ == "mark" and g.lower_ == "for" and g.i == token.i + 1]
    held += clause_for
    for child in [*token.children, *held]:
        # "pulled back from": the small parser often reads the particle as an adverb
        particle = child.dep_ in ("advmod", "quantmod") and child.lower_ in PARTICLES and follows_verb(child, token)
        # ("stood firm against", "said no to": an adverb or interjection the idiom needs)
        idiom = child.dep_ in ("advmod", "intj", "acomp") and child.i == token.i + 1
        # (a phrase before the verb is none of its particles: "in a statement ..., gave the generals 15 days")
        # ("called Erdogan on Tuesday": a date's preposition is no particle)
        if (child.dep_ in ("prt", "dobj") or child.dep_ == "prep" and child.i > token.i and not (child.lower_ == "on" and is_time(child))
                or particle or idiom or child in clause_for) \
                and f"{lemma} {child.lower_}" in lex["phrasal"]:
            for rule in _rules(lex["phrasal"][f"{lemma} {child.lower_}"]):
                if _satisfied(token, rule):
                    # "called off": both words; "called the meeting off": the verb names it
                    return Trigger(token, rule, last=child if child.i == token.i + 1 else None)
    for rule in _rules(lex["verbs"].get(lemma)):
        if _satisfied(token, rule):
            return Trigger(token, rule)
    if lemma in OBLIGING_SPEECH and obligation(token) is not None:
        return Trigger(token, OBLIGATION_RULE)
    if lemma in MARKING_SPEECH and (marked_as_target(token) or promised_reprisal(token)):
        return Trigger(token, TARGET_RULE)
    if lemma in LABELLING and (judged := labelled_damning(token)):
        return Trigger(token, PLAN_REFUSED_RULE if judged == "proposal" else LABEL_RULE)
    return None


CIRCUMSTANCES = {"after", "before", "despite", "amid", "following", "during", "since", "until", "without", "per"}

# "under the Kumanovo agreement", "under pressure": the terms an act follows ("under arrest" is the act)
TERMS = {"agreement", "deal", "accord", "treaty", "pact", "plan", "pressure", "terms", "arrangement", "law",
         "rules", "resolution", "mandate"}

# what a crowd gathers to do when it protests: "thronged London to oppose the war"
PROTEST_PURPOSES = {"demand", "denounce", "condemn", "protest", "oppose", "decry", "reject", "demonstrate", "express"}

PARTICLES = {"back", "out", "off", "away", "down", "up", "in", "over", "aside"}

# what a state sends its troops to when it serves under a body's flag ("the UN force", "the African Union mission")
IGO_FORCES = {"force", "forces", "mission", "operation", "contingent", "peacekeeper", "deployment"}


def follows_verb(particle: Token, verb: Token) -> bool:
    """The word stands where a particle stands: right after the verb, or right after its object
    ("handed the territory back to Azerbaijan")."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    # ("handed four villages in the Tavush region back to Azerbaijan": a place phrase between)
    between = [p for o in objects for p in verb.children if p.dep_ == "prep" and p.i == o.right_edge.i + 1]
    return particle.i == verb.i + 1 or any(o.right_edge.i + 1 == particle.i for o in [*objects, *between])

# nouns that only carry the event named by their modifier
SUPPOSED = {"possible", "potential", "hypothetical", "eventual", "prospective"}

# vehicles named for what they carry: "ships loaded with grain", "planeloads of medicine"
CARRIERS = {"vessel", "ship", "boat", "plane", "aircraft", "truck", "lorry", "convoy", "planeload", "shipload", "truckload",
            "boatload", "cargo", "consignment", "helicopter", "airlift", "train"}
LADEN = {"load", "laden", "carry", "pack", "fill", "stack", "bear"}

CARRIER_NOUNS = {"effort", "bid", "mission", "initiative", "campaign", "attempt", "package", "packages"}


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
    elif compound and f"{compound} {lemma}" in lex["nouns"]:  # "missile tests"
        entry, first = lex["nouns"][f"{compound} {lemma}"], before
    else:
        entry = lex["nouns"].get(lower) or lex["nouns"].get(lemma)
    if entry is None:
        return None  # (most nouns: nothing to read further)
    if any(c.dep_ == "det" and c.lower_ in ("any", "every") or c.dep_ == "amod" and c.lower_ in SUPPOSED
           for c in syntax.children):
        return None  # "a harsh response to any Israeli strike": an act only supposed, not reported
    if any(c.dep_ == "amod" and c.lower_ in SCHOLARLY for c in syntax.children):
        return None  # "conducted epidemiological investigations", "a scientific mission": study, not politics
    if any(c.dep_ == "amod" and c.lower_ in ROUTINE for c in syntax.children) and lemma not in CROWD_ACTS:
        # "kept rates on hold for a third straight meeting": a count of routine sittings (a weekly
        # protest outside an embassy is still held, each time)
        return None
    # "Palestinian riots", "Iran's protests": a protest noun whose own modifier names who protests
    named_protest = any(c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in ("NORP", "GPE") for c in syntax.children)
    verb = light_head(syntax)
    if entry is not None and _prevented(syntax):
        return None  # "blocked the start of EU membership talks": talks kept from happening are not held
    if entry is not None and syntax.dep_ == "pobj" and syntax.head.lower_ in ("of", "for") \
            and syntax.head.head.lemma_.lower() in PROPOSING_NOUNS:
        return None  # "rejecting an offer of talks", "a call for talks": proposed, not held (the offer codes it)
    # ("Chinese aid to Serbia won praise": the act is the subject of the winning, not what was won)
    received = verb.i != syntax.i and verb.lemma_.lower() in RECEIVING and syntax.dep_ not in ("nsubj", "nsubjpass")
    if received and not any(r.get("swap") or r.get("receiver_acts") for r in _rules(entry)):
        return None  # "received $1.5 billion in aid from Washington": the receiving verb codes it, giver first
    if received:  # "won praise from the United States": only a reading that puts the giver first
        # (or one whose receiver acts on what was won: "won approval to use force in Ukraine")
        entry = [r for r in _rules(entry) if r.get("swap") or r.get("receiver_acts")]
    told_of = reported_as_subject(syntax)
    fitting = [r for r in _rules(entry) if _satisfied(syntax, r) and not (
        r.get("light_only") and not (is_light(verb, r) and verb.i != syntax.i)
        and not (r["type"] == "PROTEST" and named_protest) and not (told_of and not r.get("never_subject")))]
    if told_of:  # its own modifiers name who acts ("NASA's probe found evidence" is no inquiry reported)
        fitting = [r if is_light(verb, r) else {**r, "as_subject": True} for r in fitting
                   if is_light(verb, r) or not r.get("light_only") or r.get("mode") != "investigate"]
        # ("Beijing's condemnation ... was swift": the owner voiced it, not drew it from someone)
        fitting = [r for r in fitting if not r.get("swap")] or fitting
    # the verb it is the object of picks the reading: "staged a strike" is a protest; "renewed their
    # protest" says nothing about which, so the plain reading stands
    chosen = next((r for r in fitting if is_light(verb, r, aspectual=False)),
                  next((r for r in fitting if not r.get("light_only")), fitting[0] if fitting else None))
    return Trigger(token, chosen, first=first) if chosen is not None else None


PROPOSING_NOUNS = {"offer", "proposal", "call", "demand", "request", "plea", "appeal", "invitation"}

SCHOLARLY = {"epidemiological", "scientific", "medical", "clinical", "archaeological", "archeological", "academic",
             "genetic", "statistical", "geological", "astronomical", "biological", "historical"}

TITLE_HOLDERS = {"champion", "champions", "titleholder", "titleholders", "holder", "holders", "winner", "winners"}

DEMANDING = {"demand", "urge", "ask", "request", "insist", "propose", "recommend", "call", "press", "appeal"}


def reported_as_subject(noun: Token) -> bool:
    """"The American bombing of Iraq entered its third day", "Iran's arrest of 13 Jews has alarmed
    Jewish groups": an act named as the subject of what is said about it, with its doer named on it
    (a possessive, a state's adjective or name, or a "by" phrase), is itself reported."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX") or noun.pos_ != "NOUN":
        return False
    # (in the sentence's own clause, its source perhaps named after it: "said NATO's bombing campaign
    # was a crime" judges the act, and the judgement codes it)
    clause = noun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT" and not (clause.dep_ == "ccomp" and clause.i < clause.head.i and clause.head.dep_ == "ROOT"):
        return False
    return any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")
               or c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
               or c.dep_ == "prep" and c.lower_ == "by" and any(t.ent_type_ in ("NORP", "GPE", "ORG")
                                                                for g in c.children if g.dep_ == "pobj" for t in g.subtree)
               for c in noun.children)

# "declared that China must drop its barriers": a statement of what another party must do is a demand
OBLIGING_SPEECH = REPORTING | {"insist", "reiterate", "conclude", "stress", "argue", "write", "maintain", "repeat",
                               "emphasise", "emphasize", "assert", "affirm", "demand"}

OBLIGATION_RULE: dict[str, Any] = {"type": "REQUEST", "cameo": "100", "recipient": ["ccomp_subj"], "needs_recipient": True}


# "British and French police jointly dismantled a smuggling network": whatever two states do
# jointly, where the verb names no event of its own, is cooperation (CAMEO 06)
JOINT_ACT_RULE: dict[str, Any] = {"type": "COOPERATE", "cameo": "060", "recipient": ["with", "alongside"], "mutual": True}

# "said U.S. bases would become a legitimate target", "declared the ships legitimate targets":
# naming another's people or property as fair game threatens force against them (CAMEO 138)
MARKING_SPEECH = OBLIGING_SPEECH | {"warn", "declare", "consider", "deem", "brand", "call", "label", "regard", "treat"}

TARGET_RULE: dict[str, Any] = {"type": "THREATEN", "mode": "violence", "cameo": "138", "recipient": ["ccomp_subj", "dobj"],
                               "needs_recipient": True, "deep_recipient": True}  # ("ships heading to Ukrainian ports")


def marked_as_target(verb: Token) -> bool:
    """`verb` says that something is, or will be, a legitimate or fair target."""
    def is_target(noun: Token) -> bool:
        return noun.lemma_.lower() in ("target", "game") and any(
            a.dep_ in ("amod", "compound") and a.lower_ in ("legitimate", "fair", "legal", "lawful", "military") for a in noun.children)

    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("be", "become", "remain")]
    if any(is_target(a) for c in clauses for a in c.children if a.dep_ in ("attr", "oprd", "acomp")):
        return True
    # "declared all vessels legitimate targets", which the parser may hang on the object
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # ("would treat all ships heading to Ukrainian ports as military targets": the "as" phrase says what they are)
    described = [a for o in objects for a in o.children if a.dep_ in ("acl", "relcl")]  # (or on the object's participle)
    called_as = [o for h in (verb, *objects, *described) for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"]
    return any(is_target(n) for n in [*(c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")),
                                      *(g for o in objects for g in o.children if g.dep_ in ("appos", "oprd")), *called_as])


# "called the peace plan unacceptable", "branded Britain an enemy", "described the shelling as a
# provocation": a damning name given to another's act or proposal (CAMEO 111; a proposal so named is refused, 12)
LABELLING = {"call", "describe", "term", "brand", "label", "dub", "characterise", "characterize", "deem", "declare",
             "consider", "regard"}
NAMES_OF_FOES = {"enemy", "enemies", "terrorist", "terrorists", "aggressor", "criminal", "criminals", "puppet", "liar",
                 "warmonger", "warmongers", "pariah", "rogue"}
ACT_KINDS = {"act", "form", "kind", "case", "instance"}
LABEL_RULE: dict[str, Any] = {"type": "ACCUSE", "mode": "disapprove", "cameo": "111",
                              "recipient": ["poss_of_dobj", "dobj", "dative"], "needs_recipient": True, "named_doer": True}
PLAN_REFUSED_RULE: dict[str, Any] = {"type": "REJECT", "cameo": "120", "recipient": ["poss_of_dobj", "dobj"],
                                     "needs_recipient": True}


def _named_agent(verb: Token) -> bool:
    """"was disgusted by Russia's veto", "by Iran": the doer named on what is felt (not "by the state
    of the beaches in Bali")."""
    return any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for a in verb.children if a.dep_ == "agent"
               for p in a.children if p.dep_ == "pobj" for t in (p, *(c for c in p.children if c.dep_ in ("poss", "compound", "amod"))))


# works judged by critics, not parties blamed: "called the new film reckless and brilliant"
REVIEWED_WORKS = {"film", "movie", "book", "novel", "album", "song", "play", "show", "series", "painting", "documentary",
                  "exhibition", "opera", "poem", "production", "performance"}


def labelled_damning(verb: Token) -> str | None:
    """"proposal" when the verb names another's proposal unacceptable, "wrong" when it gives a party
    or its act a damning name; None otherwise."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objects or objects[0].lemma_.lower() in REVIEWED_WORKS:
        return None
    named = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")]
    named += [g for o in objects for g in o.children if g.dep_ in ("appos", "oprd")]
    named += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    # ("called China's drills near Taiwan reckless and provocative": the name at the end of the clause,
    # whatever word of the phrase before it the parser hung it on)
    doc = verb.doc
    named += [t for t in verb.subtree if t.i > objects[0].i and t.pos_ == "ADJ" and (t.dep_ != "amod" or t.head.i < t.i)
              and (t.i + 1 == len(doc) or doc[t.i + 1].is_punct or doc[t.i + 1].lower_ in ("and", "or"))
              and objects[0].tag_ not in ("WDT", "WP")  # (not "drills, which he described as provocative")
              # (nor "described the idea that the U.S. is training militants as absurd": whose idea, it does not say)
              and not any(c.dep_ in ("acl", "ccomp", "relcl") for c in objects[0].children)]
    # ("called Pakistan's decision to test a missile a provocation", the name read as the clause's second object)
    named += [g for o in objects for a in o.children if a.dep_ == "acl" for g in a.children
              if g.dep_ == "dobj" and any(d.dep_ == "dobj" and d.i < g.i for d in a.children)]
    # "an act of aggression", "a form of blackmail", "an act of war": the kind of act named
    kinds = [p for n in named if n.lemma_.lower() in ACT_KINDS for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    named += kinds
    if any(n.lower_ == "war" for n in kinds):
        return "wrong"
    if not any(n.lemma_.lower() in DAMNING_JUDGEMENTS | NAMES_OF_FOES or n.lower_ in NAMES_OF_FOES for n in named):
        return None
    return "proposal" if any(o.lemma_.lower() in PROPOSALS for o in objects) else "wrong"


REPRISALS = {"response", "retaliation", "revenge", "reprisal", "reprisals", "punishment", "consequences", "vengeance", "blow",
             "retribution"}


def promised_reprisal(verb: Token) -> bool:
    """"said Israel would face a crushing response if it attacked": a reprisal another will face."""
    # ("told Taiwan it would pay a heavy price for independence")
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in ("face", "suffer", "receive", "get", "pay")
               and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children)
               and any(o.dep_ == "dobj" and (o.lemma_.lower() in REPRISALS or c.lemma_.lower() == "pay" and o.lemma_.lower() == "price")
                       for o in c.children)
               for c in verb.children)


def obligation(verb: Token) -> Token | None:
    """The complement clause of `verb` that says somebody must or should act, if it has a subject
    that is not the speaker's "we"/"I"."""
    # "told Gaddafi that he must hand over the suspects": a pronoun stands for the one told
    addressed = any(c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" for c in verb.children)
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in comp.children) and any(
                s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ not in ("we", "i", "it", "they", "he", "she", "you")
                                                      or addressed and s.lower_ not in ("we", "i"))
                for s in comp.children) and not (
                any(s.dep_ == "nsubjpass" for s in comp.children) and any(n.dep_ == "neg" for n in comp.children)):
            # ("the public should not be forced to endure this": what must not be done to someone asks nothing of them)
            return comp
    return None


# verbs that go on with or take up again whatever event their object names: "resumed talks",
# "renewed its appeal", "continued their hunger strike", "intensified the bombing"
ASPECTUAL_LIGHT = ("resume", "renew", "continue", "restart", "intensify", "engage", "begin", "start", "keep")

ENGAGING = {"engage", "involve"}

# verbs that carry out whatever act their object names, whichever noun it is: "mounted a protest",
# "waged a campaign of air strikes", "lodged a protest", "voiced criticism", "carried out raids"
ENACTING = ("carry", "conduct", "launch", "stage", "mount", "undertake", "wage", "unleash", "lodge", "file", "voice")

# nouns that count or measure the events they govern: "a new round of talks", "a wave of airstrikes"
MEASURE_NOUNS = {"round", "rounds", "series", "wave", "waves", "spate", "string", "day", "days", "week", "weeks",
                 "month", "months", "hours", "barrage", "volley", "flurry", "salvo", "campaign", "program", "programme",
                 # the document that carries an act: "sent a letter of protest to Syria", "a note of protest"
                 "letter", "note",
                 # a count of what is acted on: "were holding hundreds of hostages", "launched dozens of raids"
                 "hundreds", "dozens", "thousands", "scores", "tens", "number", "handful"}


def light_head(noun: Token) -> Token:
    """The verb a noun trigger hangs on: its head, or over "in" for "engaged in talks", or over a
    measure noun for "held a new round of talks"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ENGAGING:
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "NUM" \
            and noun.head.head.dep_ in ("dobj", "nsubjpass") and noun.head.head.head.i != noun.head.head.i:
        return noun.head.head.head  # "received $1.5 billion in aid": the amount's verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "go":
        return noun.head.head  # "went on hunger strike"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MEASURE_NOUNS \
            and noun.head.head.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.head.head.i != noun.head.head.i:
        return noun.head.head.head
    # "declared martial law and a general mobilisation": the second object shares the first's verb
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return noun.head


def is_light(verb: Token, rule: dict[str, Any], aspectual: bool = True) -> bool:
    """The verb is one of the rule's light verbs ("hold talks", "staged a sit-in"). The small
    model's lemmatiser misreads some forms ("staged" -> "stag"), so inflected forms count too."""
    light = rule.get("light", [])
    if not light:
        return False
    light = [*light, *ASPECTUAL_LIGHT, *ENACTING] if aspectual else light
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ == "test":
        return False  # "test-fired two missiles": a test, not a strike
    if verb.lemma_.lower() == "keep" and not any(c.lower_ == "up" for c in verb.children):
        return False  # "kept up their sit-in" goes on with it; "keeping an election pledge" makes none
    if verb.lemma_.lower() in light:
        return True
    word = verb.lower_
    return verb.pos_ in ("VERB", "AUX") and any(
        word in (w + "s", w + "d", w + "ed", w + "ing", w.removesuffix("e") + "ing", w + w[-1] + "ed") for w in light)


SELF_PRONOUNS = {"it", "they", "we", "i", "he", "she"}


def _rules(entry: dict[str, Any] | list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """A lemma may carry several readings ("send troops" vs "send aid"); the first that fits wins."""
    if entry is None:
        return []
    return entry if isinstance(entry, list) else [entry]


RELATIVE_WORDS = {"who", "which", "that", "whom", "whose"}


def _satisfied(token: Token, rule: dict[str, Any]) -> bool:
    if rule.get("crowd_purpose") and not (
            token.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)
            and token.head.pos_ == "VERB" and token.head.lemma_.lower() not in REPORTING | {"call", "issue", "urge", "write"}
            and any(_civil_crowd(c) for c in _clause_subjects(token.head))):
        return False
    if rule.get("leaving_abroad") and not _leaves_abroad(token):
        return False
    if "of_objects" in rule:  # "pulled out of the treaty" leaves it; "pulled out of the town" withdraws troops
        ofs = [p for h in (token, *(a for a in token.children if a.dep_ in ("advmod", "prt", "prep") and a.lower_ in PARTICLES))
               for p in h.children if p.dep_ == "prep" and p.lower_ == "of"]
        if not any(o.dep_ == "pobj" and (o.lemma_.lower() in rule["of_objects"] or o.lower_ in rule["of_objects"])
                   for p in ofs for o in p.children):
            return False
    if "over_objects" in rule:  # "regret over Poland's decision" disapproves; "regret over the deaths" mourns
        overs = [p for h in (token, *(a for a in token.children if a.dep_ == "prep" and a.lower_ in ("over", "at")), token.head)
                 for p in ([h] if h.dep_ == "prep" and h.lower_ in ("over", "at") else h.children)
                 if p.dep_ == "prep" and p.lower_ in ("over", "at")]
        if not any(o.dep_ == "pobj" and (o.lemma_.lower() in rule["over_objects"] or o.lower_ in rule["over_objects"])
                   for p in overs for o in p.children):
            return False
    if "for_objects" in rule and not any(  # "gathered in Geneva for a fresh session", not "gathered for a rally"
            c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in rule["for_objects"] for o in c.children)
            for c in token.children):
        return False
    if "of_only" in rule and any(  # "a new round of talks" or "a new round", not "a round of sanctions"
            c.dep_ == "prep" and c.lower_ == "of" and not any(o.dep_ == "pobj" and o.lemma_.lower() in rule["of_only"] for o in c.children)
            for c in token.children):
        return False
    if "from_objects" in rule:  # "stayed away from work" strikes; "stayed away from Bali" does not
        froms = [p for h in (token, *(a for a in token.children if a.dep_ == "advmod" and a.lower_ in PARTICLES | {"home"}))
                 for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
        if not any(o.dep_ == "pobj" and (o.lemma_.lower() in rule["from_objects"] or o.lower_ in rule["from_objects"])
                   for p in froms for o in p.children):
            return False
    if "into_objects" in rule and not any(  # "turned the city into rubble" destroys; "into a museum" does not
            c.dep_ == "prep" and c.lower_ in ("into", "onto") and any(o.dep_ == "pobj" and (o.lemma_.lower() in rule["into_objects"] or any(
                f"{o.lemma_.lower()} of {g.lemma_.lower()}" in rule["into_objects"]  # "a sea of fire", not "a sea of flags"
                for of in o.children if of.dep_ == "prep" and of.lower_ == "of" for g in of.children if g.dep_ == "pobj"))
                for o in c.children)
            for c in token.children):
        return False
    if rule.get("named_object") and not (  # "Biden called Erdogan on Tuesday": a leader rung, not a thing called
            any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "GPE", "") for c in token.children)
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for c in token.children)
            # (the parser often reads the one rung as a naming: "called Scholz on Monday")
            or any(c.dep_ == "oprd" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "GPE") and not list(c.children)
                   for c in token.children) and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp") for c in token.children)
            and not any(g.dep_ in ("appos", "amod", "acl") and g.i > c.i for c in token.children if c.dep_ == "dobj" for g in c.children)):
        return False
    if "at_objects_absent" in rule and any(  # "greeted Putin at the G20 summit": two guests, nobody's host
            c.dep_ == "prep" and c.lower_ == "at" and any(o.lemma_.lower() in rule["at_objects_absent"] for o in c.subtree)
            for c in token.children):  # (the whole phrase: "at the Group of 20 summit")
        return False
    if "at_objects" in rule and not any(  # "would respond at a time and place of its choosing"
            c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.lemma_.lower() in rule["at_objects"] for o in c.children)
            for c in token.children):
        return False
    if "on_objects" in rule and not any(  # "put trade on ice" freezes it; "put trade on the agenda" does not
            c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() in rule["on_objects"] for o in c.children)
            for c in (*token.children, *(p for o in token.children if o.dep_ == "dobj" for p in o.children))):
        return False
    if "to_objects" in rule and not any(  # "took Uganda to the World Court" sues; "took Uganda to the final" does not
            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "before") and any(o.dep_ == "pobj" and (o.lemma_.lower() in rule["to_objects"] or any(
                # ("to a medieval call for crusades": the byword one phrase down)
                g.dep_ == "prep" and g.lower_ in ("for", "of") and any(p.lemma_.lower() in rule["to_objects"] for p in g.children)
                for g in o.children)) for o in c.children)
            # ("reduced the village to rubble", the noun misread as a clause with "to" as its marker)
            or c.dep_ == "advcl" and c.lemma_.lower() in rule["to_objects"] and any(a.lower_ == "to" for a in c.children)
            # ("compared the resolution authorising the strikes to a call for crusades": hung on the object's participle)
            for c in (*token.children, *(g for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"
                                          for g in a.children if g.dep_ == "prep" and g.lower_ == "to" and g.i > a.i + 1))):
        return False
    if "needs" in rule:
        # "fired on Sunday" is no firing on anyone; "discussed the dispute with Ethiopia" still discusses with
        preps = [c for c in token.children if c.dep_ in ("prep", "agent", "prt", "dative")
                 or c.dep_ == "advmod" and c.lower_ in PARTICLES]  # "sent the refugees back", "back" read as an adverb
        if token.dep_ == "dobj" and is_light(token.head, rule):  # "brought a case against Myanmar"
            preps += [c for c in token.head.children if c.dep_ == "prep"]
        preps += [p for o in token.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
        # ("warned Britain and the United States of retaliation": the phrase hung on the last of the objects)
        preps += [p for o in token.children if o.dep_ == "dobj" for x in o.conjuncts for p in x.children if p.dep_ == "prep"]
        # "stayed away from work", with the particle read as an adverb that takes the phrase
        preps += [p for a in token.children if a.dep_ == "advmod" and a.lower_ in PARTICLES for p in a.children if p.dep_ == "prep"]
        # "sent dozens of ships around Taiwan": the phrase hangs on what the amount counts
        preps += [p for o in token.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "prep" and g.lower_ == "of"
                  for q in g.children if q.dep_ == "pobj" for p in q.children if p.dep_ == "prep"]
        has_prep = any(c.lower_ in rule["needs"] and not is_time(c) for c in preps)
        has_clause = rule.get("needs_any_clause") and any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
        if not (has_prep or has_clause):
            return False
    if "clause_absent" in rule and any(c.dep_ in ("xcomp", "ccomp") and (
            c.lemma_.lower() in rule["clause_absent"]  # ("vowed to continue the war": or the clause's object)
            or any(o.dep_ == "dobj" and o.lemma_.lower() in rule["clause_absent"] for o in c.children)) for c in token.children):
        return False
    if rule.get("others_clause") and any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in SELF_PRONOUNS
                                                                   for s in c.children) for c in token.children):
        return False  # "insisted it would not withdraw": what the speaker will do itself is asked of no one
    if "prep_absent" in rule and any(c.dep_ == "prep" and c.lower_ in rule["prep_absent"]
                                     for h in (token, *(o for o in token.children if o.dep_ == "dobj")) for c in h.children):
        return False  # "thanks to my tariffs, we are taking in billions": because of, no thanks given
    if rule.get("no_object") and (any(c.dep_ in ("dobj", "ccomp") for c in token.children) or any(
            c.dep_ == "nsubjpass" for c in token.children) or any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)):
        return False  # "demonstrated its resolve", "as demonstrated by his departure": shown, not a protest
    if rule.get("needs_object_or_clause") and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children) \
            and not passive_patients(token):
        return False
    if rule.get("no_clause") and any(c.dep_ == "ccomp" for c in token.children):
        return False  # "recognize that such concessions would fail": a thing admitted, no state recognised
    if rule.get("needs_infinitive") and not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                                for c in token.children):
        return False  # "told Moscow to get out of Ukraine" orders; "told reporters that ..." only says
    if rule.get("needs_clause") and not any(c.dep_ in ("ccomp", "xcomp") or _object_infinitive(token, c) for c in token.children):
        return False  # "wants North Korea to account for ...", not "wants closer ties"
    if rule.get("needs_other_doer") and not (any(c.dep_ == "dobj" for c in token.children) or any(
            c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in token.children)):
        return False  # "do not want to send the army in": one's own intent asks nothing of anyone
    if rule.get("needs_dealings") and not _dealings_banned(token):
        return False
    if rule.get("own_forces") and not _own_forces(token):
        return False  # "ordered the paramilitary forces to leave Khartoum" orders others, it withdraws none of its own
    if rule.get("needs_deadline") and not (  # "gave the generals 15 days to hand power to civilians"
            any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS | {"deadline"} for c in token.children)
            and any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for h in (token, *(o for o in token.children if o.dep_ in ("dobj", "npadvmod"))) for c in h.children)):
        return False
    if "from_acts" in rule and not any(  # "barred the delegation from entering the country"
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" and g.lemma_.lower() in rule["from_acts"]
                                                             for g in c.children)
            for c in (*token.children, *(d for o in token.children if o.dep_ == "dobj" for d in o.children),
                      # ... or on the object's relative clause: "bar warships that took part from returning"
                      *(d for o in token.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl" for d in r.children))):
        return False  # the parser often hangs "from landing" on the object: "barred relief flights from landing"
    if rule.get("evidence_of_wrong") and not any(
            t.lemma_.lower() in CRIMES | EVIDENCED_WRONGS | set(ontology.triggers()["blamed_acts"])
            # ("found evidence that Israeli soldiers used civilians as human shields": a hostile act the evidence tells)
            or t.dep_ in ("acl", "ccomp") and t.pos_ == "VERB" and (hit := match_trigger(t)) is not None
            and hit.rule["type"] in ("ASSAULT", "COERCE")
            for c in token.children if c.dep_ == "dobj" for t in c.subtree):
        return False  # "found evidence of executions by the police", not "found evidence of water on the moon"
    if rule.get("objects_absent") and any(c.dep_ == "dobj" for c in token.children):
        return False
    if rule.get("objects_absent") and token.dep_ == "acl" and any(
            not load_kb().sector_of(p.lower_)[0] and p.ent_type_ not in ("PERSON", "NORP", "ORG", "GPE")
            for p in passive_patients(token)):
        return False  # "medical supplies flown to Rwanda" are carried, nobody visits
    if "objects" in rule:  # the small parser sometimes reads an object as a predicate ("oprd")
        objs = [c for c in token.children if c.dep_ in ("dobj", "oprd")] + passive_patients(token)
        # "used batons and tear gas to break up a rally": each thing named counts
        objs += [x for o in objs if o.dep_ == "dobj" for x in o.conjuncts if x.dep_ == "conj"]
        objs = [a if (a := pronoun_antecedent(o)) is not None else o for o in objs]  # ("returned him to Estonia")
        # "stood down most of the troops", the share read as an adverbial measure
        objs += [c for c in token.children if c.dep_ == "npadvmod" and c.lower_ in QUANTITY_NOUNS]
        # "allowed UN inspectors to visit the palace", with the inspectors read as the clause's subject
        # (or its passive subject: "allowed Turkish troops to be deployed")
        objs += [s for c in token.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        # "declared the envoy persona non grata", the verbless complement read as a clause headed by its noun
        objs += [c for c in token.children if c.dep_ == "ccomp" and c.tag_ in ("NN", "NNS", "VB")
                 and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)]
        # "withdrew from Kosovo under the agreement": a circumstance is not what is acted on
        # ("suspended cooperation with NATO in protest against the strikes": why, not what)
        # ("sent a letter to Syria over its support for the rebels": a cause is not what is sent)
        # ("handed over heating oil to the town of Nis": where it goes, named by a recipient's "to", is not what is handed)
        # ("handed over land to Palestinian control" still cedes it: the "to" names the new rule)
        to_whom = {"to"} & set(rule.get("recipient", [])) if token.lemma_.lower() in HANDING else set()
        named_object = any(c.dep_ == "dobj" for c in token.children)
        objs += [g for c in token.children if c.dep_ in ("prep", "prt", "agent") and c.lower_ not in CIRCUMSTANCES | {"over"}
                 for g in c.children if g.dep_ == "pobj" and not (c.lower_ == "under" and g.lemma_.lower() in TERMS)
                 and not (c.lower_ in to_whom and g.lemma_.lower() not in RULE_NOUNS)
                 and not (c.lower_ == "in" and g.lemma_.lower() in MOTIVES)
                 # ("return people to their homes in territory held by the government": where, once the object is named)
                 and not (c.lower_ in ("in", "inside", "within") and g.lemma_.lower() in GROUND and named_object)]
        # "would respond to any aggression with full force", the means hung on the noun before it
        if token.lemma_.lower() in ("respond", "react", "answer", "reply"):
            objs += [p for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                     for w in g.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        # "moved two divisions closer to the border", with the count read as the comparative's measure
        objs += [g for c in token.children if c.dep_ == "advmod" and c.lower_ in ("closer", "nearer")
                 for g in c.children if g.dep_ == "npadvmod"]
        # "walked out of the talks": the phrase hangs on the particle the parser reads as a preposition
        objs += [g for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in PARTICLES
                 for d in c.children if d.dep_ == "prep" for g in d.children if g.dep_ == "pobj"]
        # "eased its ban on the sale of spare parts": what a ban or restriction holds back is acted on too
        objs += [p for o in list(objs) if o.lemma_.lower() in BAN_NOUNS for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        # "dispatched vessels loaded with food": what a carrier is laden with is what is sent
        objs += [p for o in list(objs) if o.lemma_.lower() in CARRIERS for a in o.children if a.dep_ == "acl"
                 and a.lemma_.lower() in LADEN for c in a.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        objs += [p for o in list(objs) if o.lemma_.lower() in CARRIERS for c in o.children if c.dep_ == "prep"
                 and c.lower_ in ("with", "of") for p in c.children if p.dep_ == "pobj"]  # "planes of food"
        if token.dep_ == "amod":  # "expanded co-operation"
            objs.append(token.head)
        # ("a rally the government had banned": a relative clause with a subject of its own and no object acts on its noun)
        if token.dep_ == "relcl" and not named_object and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in token.children):
            objs.append(token.head)
        # ("seized two tonnes of cocaine in Rotterdam": a place only says where, unless it is what is taken)
        if not any(_mentions_word(o, rule["objects"]) or rule.get("places_too") and _is_place(o)
                   and not (o.dep_ == "pobj" and o.head.lower_ in ("in", "at", "near", "outside", "across")) for o in objs):
            return False
    if rule.get("agent_subject") and any(c.dep_ == "nsubj" and c.lemma_.lower() in ENDANGERING_THINGS for c in token.children):
        return False  # "said Ethiopia's dam threatens its water supply": a thing endangers, nobody threatens
    if rule.get("not_spans") and any(c.dep_ == "dobj" and c.lemma_.lower() in SPANS_OF_TIME for c in token.children):
        return False  # "ending three weeks of talks at an air base": the talks ran their course, nobody broke them off
    if "after_words" in rule and not _follows_pressure(token, rule["after_words"]):
        return False
    if "subject_words" in rule:
        clause = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" else token
        doers = _passive_doers(clause)  # (with their adjectives: "greeted by angry crowds")
        subjects = [t for c in _clause_subjects(clause) for t in c.subtree] + doers \
            + [a for d in doers for a in d.children if a.dep_ == "amod"]
        nationals = rule.get("nationals_too") and any(  # ("Jordanians chanted slogans": a state's people as a crowd)
            c.ent_type_ == "NORP" and (c.tag_ in ("NNS", "NNPS") or c.lower_.endswith("s")) for c in _clause_subjects(clause))
        if not nationals and not any(t.lower_ in rule["subject_words"] for t in subjects) \
                and not (rule["type"] == "PROTEST" and rule.get("mode") != "riot" and not rule.get("only_these_subjects")
                         and any(_civil_crowd(c) for c in _clause_subjects(clause))):
            # (any civilians may block a road or strike; burning and looting is a riot only for a
            # crowd the rule names: "settlers set fire to a mosque" attacks, it does not protest)
            return False
    if "objects_or_actor" in rule:  # "released 40 prisoners", "freed the journalist", not "released an album"
        objs = [c for c in token.children if c.dep_ == "dobj"] + passive_patients(token)
        objs = [a if (a := pronoun_antecedent(o)) is not None else o for o in objs]  # ("freed them")
        # ("released the transcript of his call with Zelensky": a document that names a party frees no one)
        if not any(_mentions_word(o, rule["objects_or_actor"]) or _names_party(o) and o.lemma_.lower() not in RELEASED_MATERIAL
                   for o in objs):
            return False
    if "not_purpose_of" in rule and token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.head.lemma_.lower() in rule["not_purpose_of"]:
        return False  # "recalled its ambassador for consultations": called home, to consult its own government
    if rule.get("finite_only") and token.tag_ == "VBG" and not any(c.dep_ == "aux" for c in token.children):
        return False  # "police, firing tear gas, killed 50 protesters": the killing is the news, told by its own verb
    if rule.get("passive_only") and not (any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
                                         or token.dep_ == "acl" and token.tag_ == "VBN"):
        return False  # "three protesters were hurt", not "the sanctions hurt the economy"
    if rule.get("active_only") and any(c.dep_ == "nsubjpass" for c in token.children):
        return False  # "the government was forced to release them": what it was made to do is the news
    if rule.get("active_only") and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
        return False  # "crimes committed by Russian troops": a participle that describes its noun
    if rule.get("objects_are_actors"):  # "received the Argentine president", not "received a shipment"
        # (nor "received approval from parliament": the giver is no guest)
        if not any(_names_party(c, ("from",)) for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            return False
    if rule.get("clause_blame") and not _blames(token):
        return False
    if rule.get("clause_threat") and not states_consequences(token):
        return False
    if "clause_verbs" in rule:  # "denied it had plans to invade Ukraine": what the clause says was done
        # (not a participle describing someone: "denied meeting girls supplied to him")
        # ("ruled out sending troops", the gerund read as an adverbial clause)
        said = {t.lemma_.lower() for c in token.children if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and c.tag_ == "VBG"
                for t in c.subtree if t.pos_ in ("VERB", "AUX", "ADJ") and not (t.dep_ in ("acl", "amod") and t.tag_ == "VBN")}
        if not said & set(rule["clause_verbs"]):
            return False
    if "clause_words" in rule:  # "vowed to retaliate": what the complement says decides the reading
        # ... or its purpose: "gathered outside the consulate to denounce the burning"
        said = {t.lemma_.lower() for c in token.children if c.dep_ in ("xcomp", "ccomp")
                or c.dep_ in ("advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}
        # ("vowed in a statement that Israel would be punished": the clause hung on the statement)
        said |= {t.lemma_.lower() for c in reported_clauses(token) for t in c.subtree}
        if not said & set(rule["clause_words"]):
            return False
    if rule.get("clause_objects_absent"):  # "vowed to fight corruption" threatens no one
        # ("warning that millions faced starvation": a plight foretold, no threat)
        clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
        if any(_mentions_word(o, rule["clause_objects_absent"]) for c in clauses for o in c.children if o.dep_ == "dobj"):
            return False
    # ("called the Turkish president's remarks unacceptable", with the adjective read as the object's own modifier)
    trailing = [a for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.i > o.i and a.pos_ == "ADJ"]
    if rule.get("object_complement") and any(o.dep_ == "dobj" and o.lemma_.lower() in REVIEWED_WORKS for o in token.children):
        return False  # "critics called the new film reckless": a review
    if rule.get("object_complement") and not (
            sum(c.dep_ in ("dobj", "dative", "oprd", "ccomp", "xcomp") for c in token.children) >= 2 or trailing
            or "complement_words" in rule and any(a.dep_ == "appos" for o in token.children if o.dep_ == "dobj" for a in o.children)
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
            or any(c.dep_ == "advcl" and c.pos_ == "ADJ" and any(a.lower_ == "as" for a in c.children) for c in token.children)):
        return False  # "branded the expulsions a provocation", "labelled them as terrorists"
    # (the name given may be parsed as the object's apposition: "designated the Houthis a ... terrorist group")
    given = [*token.children, *(a for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos")]
    # ("described the trial as politically motivated", parsed with the adjective as an adverbial clause)
    given += [c for c in token.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and any(a.lower_ == "as" for a in c.children)]
    given += trailing
    if "complement_words" in rule and not any(c.dep_ in ("oprd", "attr", "dobj", "appos", "advcl", "amod") and _mentions_word(c, rule["complement_words"])
                                              for c in given):
        return False  # "called the shelling an invasion": the name given is the charge; "called it a success" is none
    if rule.get("wh_clause") and not any(  # "examined how China obtained American missile secrets"
            c.dep_ == "ccomp" and any(w.lower_ in ("how", "whether", "why", "if") and w.i < c.i for w in c.children)
            and any(x.dep_ in SUBJECT_DEPS for x in c.children) for c in token.children):
        return False
    if "with_no" in rule and rule["with_no"] != any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False  # "raised no objection to the plan" consents; "raised objections to it" disapproves
    if rule.get("own_objects") and not any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our") or p.lower_ == "own"
                                           for c in token.children if c.dep_ == "dobj" for p in c.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "under" and any(o.lemma_.lower() in SUPERVISION for o in c.children)
                        for c in token.children):
        # ("destroyed four more missiles under the supervision of U.N. inspectors": a watched disarmament)
        return False  # "destroying its missiles" disarms; "destroyed the rebels' weapons" attacks them
    if rule.get("not_own_objects") and any(p.dep_ == "poss" and p.lower_ in ("his", "her", "its", "their", "our")
                                           for c in token.children if c.dep_ == "dobj" for p in c.children):
        return False  # "told his generals to prepare" commands his own; "told Moscow to leave" demands
    if rule.get("others_objects") and not any(  # "regretted the U.S. decision", not "regretted its decision"
            p.dep_ in ("poss", "compound", "amod", "nmod") and (p.pos_ == "PROPN" or p.ent_type_ in ("NORP", "GPE"))
            for c in token.children if c.dep_ == "dobj" for p in c.children):
        return False
    if "phrase_words" in rule and not any(  # "sent 4,500 troops to East Timor at the head of a UN peacekeeping force"
            t.lemma_.lower() in rule["phrase_words"] or t.lower_ in rule["phrase_words"]  # (in its phrases, not in a purpose:
            for c in token.children if c.dep_ in ("prep", "dobj")  # "to protect its peacekeepers" is MOBILIZE's)
            for t in phrase_words(c, ("relcl", "advcl", "acl", "ccomp", "xcomp"))):
        return False
    if rule.get("not_to_own_forces") and commands_own_forces(token):
        return False  # "ordered police to evict squatters": the eviction is coded, as the state's act
    if rule.get("not_negated") and any(c.dep_ == "neg" for c in token.children):
        return False  # "would not abide by the ruling" defies it: the rule after this one codes that
    if rule.get("to_igo_force") and not any(  # "sent 500 troops to the UN force in Somalia": a contingent for peacekeeping
            c.dep_ in ("prep", "dative") and c.lower_ == "to" and o.dep_ == "pobj" and o.lemma_.lower() in IGO_FORCES
            and any(_names_igo(t) for t in o.subtree if t.i < o.i)
            for c in (*token.children, *(g for d in token.children if d.dep_ == "dobj" for g in d.children)) for o in c.children):
        return False
    if rule.get("igo_force_object") and not any(  # "joined the UN protection force in Bosnia"
            o.dep_ == "dobj" and o.lemma_.lower() in IGO_FORCES and any(_names_igo(t) for t in o.subtree if t.i < o.i)
            for o in token.children):
        return False
    if rule.get("igo_objects") and not any(  # "withdrew from the IAEA", "quit OPEC", "pulled out of ECOWAS", not "withdrew from the town"
            _names_igo(o) for h in (token, *(a for a in token.children if a.dep_ in ("prt", "advmod", "prep") and a.lower_ in PARTICLES))
            for c in h.children for o in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" and c.lower_ in ("from", "of") else [])
            if o.dep_ in ("dobj", "pobj")):
        return False
    if rule.get("person_object") and not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children):
        return False  # "barred Arafat from travelling", not "barred American firms from ..."
    if rule.get("named_subject") and not any(s.dep_ in ("nsubj", "nsubjpass") and (s.pos_ == "PROPN" or s.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"))
                                             for s in token.children):
        return False  # "Merkel faced angry crowds in Athens" is a protest at her; "the striker faced boos" is sport
    if rule.get("protest_purpose") and not any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_PURPOSES
                                               and any(a.lower_ == "to" for a in c.children) for c in token.children):
        return False  # "thronged central London to oppose the war" protests; "thronged the beaches" does not
    if rule.get("people_of_a_state") and not any(
            o.ent_type_ in ("NORP", "GPE") or _names_foreign(o) for c in token.children
            for o in ([c] if c.dep_ == "dobj" else [t for t in c.subtree if t.dep_ == "pobj"] if c.dep_ == "prep" else [])):
        return False  # "drew Hong Kongers into the streets" protests; "the parade brought families onto the streets" does not
    if rule.get("foreign_objects") and not any(_names_foreign(c) for c in token.children if c.dep_ == "dobj"):
        return False  # "ordered French troops to leave" expels them; "ordered the paramilitaries out" does not
    if "objects_absent_words" in rule:  # "defended the border" is no verbal defence of anyone
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "part"]
        # ("took part in a training course": what is joined)
        # ("withdrew from the tournament": what is left)
        objs = objs or [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "from") for p in c.children if p.dep_ == "pobj"]
        # ("pulled out of the relay final": what is left, after the particle; "the Tigrayan capital Mekelle" is a town left)
        objs = objs or [p for c in token.children if c.lower_ in PARTICLES for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "from")
                        for p in g.children if p.dep_ == "pobj" and p.pos_ != "PROPN"]
        # ("the explanation being offered by the White House": a passive participle's noun is its object)
        objs = objs or ([token.head] if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN" else [])
        # ("killed and eaten a wild rabbit": two verbs share the object)
        objs = objs or [d for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" for d in c.children if d.dep_ == "dobj"]
        objs = objs or ([token.head] if token.dep_ == "amod" else [])  # "suspended trading", the verb read as a modifier
        if any(_mentions_word(o, rule["objects_absent_words"]) for o in objs):
            return False
    if "objects_with_words" in rule:  # "sent warships loaded with food and medicine": what the craft carry
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(t.lemma_.lower() in rule["objects_with_words"] for o in objs for t in o.subtree if t.i != o.i):
            return False
    if "subject_not_words" in rule:  # ("farmers hit by retaliatory tariffs": the passive's doer too)
        subjects = [t for c in _clause_subjects(token) for t in c.subtree] + _passive_doers(token)
        # ("unions staged a ninth day of strikes": a noun's doer is the subject of the verb it hangs on)
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None) if token.pos_ == "NOUN" else None
        subjects += [t for c in (_clause_subjects(verb) if verb is not None else []) for t in c.subtree]
        if any(t.lemma_.lower() in rule["subject_not_words"] for t in subjects):
            return False
    # "worked together aboard the station", with "together" hung on the preposition
    near = [*token.children, *(g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod")]
    # "held Pakistan's spy agency responsible", with the adjective read as the object's modifier
    near += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i > c.i]
    # ("set ablaze Palestinian olive groves": the adjective right after the verb, read as the object's)
    near += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i == token.i + 1]
    if "needs_modifier" in rule and not any(c.lower_ in rule["needs_modifier"] for c in near):
        return False
    if rule.get("ultimatum") and not (token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or"
                                                                   for h in (token, token.head) for c in h.children)):
        return False  # "to withdraw or face air strikes": the price of saying no, not a plight
    if rule.get("needs_condition") and not any(  # "would respond if Damascus used chemical weapons again"
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in token.children):
        return False
    if "needs_light_or" in rule:
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        if not (is_light(token.head, rule) or is_light(token.head.head, rule) or preps & set(rule["needs_light_or"])):
            return False
    return True


PRESSURE_PREPS = {"after", "following", "amid", "under", "in"}  # ("in response to", "in the face of")
PRESSURE_CLAUSES = {"bow", "yield", "respond", "cave", "give", "face"}  # ("facing weeks of protests, agreed to")


def _follows_pressure(token: Token, words: list[str]) -> bool:
    """The act answers pressure the sentence names: "scrapped the plan after weeks of protests",
    "bowing to public anger, dismissed the cabinet"."""
    # ("dropped his plan to postpone the vote after the court ruled against it": the clause may hang
    # on the plan's own verb)
    heads = [token, *(a for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl")]
    causes = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PRESSURE_PREPS
              or c.dep_ == "advcl" and (c.lemma_.lower() in PRESSURE_CLAUSES or c.lemma_.lower() in words and any(
                  m.dep_ == "mark" and m.lower_ in ("after", "following", "as", "when") for m in c.children))]
    return any(t.lemma_.lower() in words for c in causes for t in c.subtree)


def _passive_doers(clause: Token) -> list[Token]:
    """"Parliament was occupied by thousands of students": the doer, by its head nouns only ("by
    police, who fired tear gas at students" is the police)."""
    doers = [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return doers + [q for p in doers for g in p.children if g.dep_ == "prep" and g.lower_ == "of"
                    for q in g.children if q.dep_ == "pobj"]


def _names_party(noun: Token, besides: tuple[str, ...] = ()) -> bool:
    """The phrase names a person, people or body: a name, or a role ("the opposition leader"); its
    own words, not a clause on it ("released dramatic video showing the rescue of a Fort Worth girl"),
    nor a phrase on it led by one of the prepositions `besides`."""
    away = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in besides for t in c.subtree}
    words = [t for t in phrase_words(noun, ("acl", "relcl", "advcl", "ccomp", "appos")) if t.i not in away]
    return bool(load_kb().sector_of(" ".join(t.text for t in words))[0]) or any(
        t.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") for t in words)


def phrase_words(head: Token, skipped: tuple[str, ...]) -> list[Token]:
    """The words of a phrase without the attachments `skipped` (its clauses, its appositions)."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in skipped]
    return sorted(out, key=lambda t: t.i)


def _names_igo(noun: Token) -> bool:
    """The noun names an intergovernmental body the KB knows ("the IAEA", "the Commonwealth")."""
    ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    hit = load_kb().lookup(ent.text if ent is not None else noun.text)
    return hit is not None and hit.kind == "igo"


def _names_foreign(noun: Token) -> bool:
    """The object names whose forces or people they are: "French troops", "Russia's soldiers",
    "foreign forces"."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE") or c.lower_ == "foreign")
               for c in noun.children)


ABETTING = {"harbour", "harbor", "shelter", "arm", "fund", "finance", "sponsor", "train", "protect", "hide", "supply"}
GIVING = {"give", "provide", "offer", "grant", "extend"}
HAVENS = {"shelter", "sanctuary", "refuge", "haven", "support", "arms", "weapons", "funding", "money", "training", "safe-haven"}
ARMED_GROUPS = {"militant", "rebel", "terrorist", "insurgent", "separatist", "jihadist", "gunman", "extremist", "militia",
                "fighter", "bandit", "guerrilla", "smuggler", "trafficker"}


def _targets(verb: Token) -> list[Token]:
    """What a verb acts on: its object, or the object of "at"/"on"/"against" ("fired at its boats")."""
    return [*(o for o in verb.children if o.dep_ == "dobj"),
            *(o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "against", "into", "inside", "over")
              for o in p.children if o.dep_ == "pobj")]


def _state_of(token: Token) -> str | None:
    """The state (or alliance: "NATO's expansion") a name or adjective stands for ("Ukrainian",
    "Ukraine's", "Kyiv"), if any."""
    if token.ent_type_ not in ("GPE", "NORP", "ORG") and token.pos_ != "PROPN":
        return None
    words = [t for t in token.subtree if t.dep_ in ("compound", "amod") or t.i == token.i]  # "South Korean"
    hit = load_kb().lookup(" ".join(t.text for t in words)) or load_kb().lookup(token.text)
    if hit is not None and hit.kind == "igo":
        return hit.igo
    return hit.country if hit is not None and hit.kind in ("country", "capital", "demonym") else None


def _leaves_abroad(verb: Token) -> bool:
    """"The last convoy of American troops rolled across the border from Iraq into Kuwait": forces
    moving out of a state not their own leave it, when they are the last to go or go nowhere named;
    "Iraqi troops rolled from Iraq into Kuwait" move out of their own and invade, and "Russian troops
    crossed from Belarus into Ukraine" go on to invade a third."""
    phrases = [*verb.children, *(p for o in verb.children if o.dep_ == "dobj" or o.dep_ == "advmod" and o.lower_ in PARTICLES
                                 for p in o.children)]  # ("crossed the bridge from ...", "crossed back from ...")
    origins = {st for p in phrases if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj" and (st := _state_of(o))}
    subjects = _clause_subjects(verb)
    own = {st for s in subjects for t in s.subtree if (st := _state_of(t))}
    last = any(t.lower_ in ("last", "final", "remaining") and t.dep_ == "amod" for s in subjects for t in s.subtree)
    onward = any(p.dep_ == "prep" and p.lower_ == "into" for p in phrases)
    return bool(origins) and bool(own) and not origins & own and (last or not onward)


def _clause_subjects(token: Token) -> list[Token]:
    """The subject of `token`'s clause; for "began leaving", "agreed to withdraw", the governing verb's."""
    t = token
    for _ in range(3):
        found = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if not found and t.dep_ == "acl" and t.tag_ == "VBG":
            return [t.head]  # "refugees arriving in Iran": the noun does it
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        # ("tightened their grip on Crimea, surrounding Ukrainian bases": a participle's doer is the clause's)
        participle = t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ == "aux" for c in t.children)
        if found or t.dep_ not in ("xcomp", "conj") and not purpose and not participle:
            return found
        # "protesters burned tyres and blocked roads": the first verb's subject; so for a purpose:
        # "troops set up a safe zone to protect refugees"
        t = t.head
    return []


# acts whose "of" phrase names the land struck: "launched a full-scale invasion of his country"
INVADING = {"invasion", "occupation", "bombardment", "blockade", "annexation"}

# a finding the speaker reports as its own: "said it was the assessment of the U.S. government that ..."
FINDINGS = {"assessment", "view", "conclusion", "belief", "judgment", "judgement", "finding", "position"}

# how sure a speaker says it is of a claim: "it was highly likely that ..."
CONVICTIONS = {"confident", "convinced", "sure", "certain", "satisfied"}
CERTAINTIES = {"likely", "probable", "clear", "certain", "obvious", "evident", "plain", "beyond doubt", "undeniable", "apparent"}


def reported_clauses(verb: Token) -> list[Token]:
    """What a speaker says: the complement clause, and one the parser hangs as a relative clause on
    the document it was said in ("said in a letter to the UN that Kuwait was stealing oil")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "said it was highly likely that Russia was responsible": the claim sits one clause down,
    # under a judgement of how sure the speaker is
    clauses += [x for c in clauses if c.lemma_.lower() == "be" and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in c.children)
                for a in (c, *(a for a in c.children if a.dep_ == "acomp" and a.lemma_.lower() in CERTAINTIES))
                for x in a.children if x.dep_ == "ccomp" and (a is not c or any(
                    j.dep_ == "acomp" and j.lemma_.lower() in CERTAINTIES for j in c.children))]
    # ("said it was confident the Russian government directed the hacking": the speaker's own certainty)
    clauses += [x for c in clauses if c.lemma_.lower() == "be" for a in c.children if a.dep_ == "acomp" and a.lemma_.lower() in CONVICTIONS
                and not any(g.dep_ == "neg" for g in c.children) for x in a.children if x.dep_ == "ccomp"]
    # ("said it was the assessment of the U.S. government that Iran was responsible"): the claim hangs on the finding
    clauses += [x for c in [c for c in clauses if c.lemma_.lower() == "be"] for a in c.children if a.dep_ == "attr" and a.lemma_.lower() in FINDINGS
                for x in (*a.children, *c.children) if x.dep_ in ("ccomp", "acl", "relcl") and x.i > a.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)]
    return clauses + [r for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                      and o.lemma_.lower() in DOCUMENT_NOUNS for r in o.subtree if r.dep_ in ("relcl", "acl")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
                      and any(x.dep_ in SUBJECT_DEPS for x in r.children)]


# what a party is told it will suffer: "would pay a heavy price", "or face military action"
SUFFERING = {"face", "pay", "suffer", "bear", "risk"}
CONSEQUENCES = {"action", "consequences", "consequence", "price", "retaliation", "punishment", "attack", "attacks",
                "strike", "strikes", "airstrikes", "bombing", "force", "war", "response", "reprisals", "reprisal", "sanctions", "wrath", "measures",
                "countermeasures", "repercussions", "retribution", "destruction", "annihilation", "invasion"}
DEADLINE_UNITS = {"hour", "day", "week", "month"}


def states_consequences(verb: Token) -> bool:
    """"Israel said Hamas would pay a heavy price", "Bush said Saddam had 48 hours to leave Iraq or
    face military action": the speaker tells a named party what it will suffer, a threat (CAMEO 13),
    or with a deadline an ultimatum (139). A plain "faces sanctions" in the narrator's voice is not."""
    def suffers(v: Token, future: bool) -> bool:
        if v.lemma_.lower() == "regret" and future and not any(c.dep_ == "neg" for c in v.children):
            return True  # "said Britain would regret its decision"
        return v.lemma_.lower() in SUFFERING and not any(c.dep_ == "neg" for c in v.children) and future \
            and any(o.dep_ == "dobj" and (o.lemma_.lower() in CONSEQUENCES or o.lower_ in CONSEQUENCES) for o in v.children)

    for c in reported_clauses(verb):
        if not any(s.dep_ in SUBJECT_DEPS and s.pos_ in ("PROPN", "NOUN", "PRON") for s in c.children):
            continue
        modal = any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "wo", "shall") for a in c.children)
        if suffers(c, modal) or any(suffers(x, modal) for x in c.conjuncts):
            return True
        # "had 48 hours to leave or face ...", "has until Friday to comply or face ..."
        deadline = [o for o in c.children if c.lemma_.lower() == "have" and o.dep_ in ("dobj", "npadvmod")
                    and o.lemma_.lower() in DEADLINE_UNITS]
        if any(suffers(x, True) for o in deadline for r in o.children if r.dep_ in ("relcl", "acl") for x in (r, *r.conjuncts)):
            return True
        # "has until Friday to comply or face military action": the time given, then what follows failure
        if c.lemma_.lower() == "have" and any(p.dep_ == "prep" and p.lower_ == "until" for p in c.children) \
                and any(suffers(x, True) for r in c.children if r.dep_ in ("advcl", "xcomp") for x in (r, *r.conjuncts)):
            return True
    return False


def _blames(verb: Token) -> bool:
    """"said Iran was behind the attack": a complement that puts someone behind a hostile act."""
    acts = set(ontology.triggers()["blamed_acts"])
    clauses = reported_clauses(verb)

    def names_act(prep: Token, word: str, also: frozenset[str] = frozenset()) -> bool:
        return prep.dep_ == "prep" and prep.lower_ == word and any(
            o.dep_ == "pobj" and o.lemma_.lower() in acts | also for o in prep.children)

    # "said a Philippine vessel had rammed its ship", "said Russian forces had used chemical agents
    # against Ukrainian troops": the speaker reports being attacked
    speaker = {_state_of(t) for s in verb.children if s.dep_ in SUBJECT_DEPS for t in s.subtree} - {None}
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        # "quoted a defence ministry official as saying Georgia had attacked Russian peacekeepers"
        speaker |= {_state_of(t) for s in verb.head.head.children if s.dep_ in (*SUBJECT_DEPS, "dobj") for t in s.subtree} - {None}

    def own(p: Token) -> bool:
        return p.dep_ == "poss" and (p.lower_ in ("its", "our") or p.lower_ in ("his", "her", "their") and p.head.lemma_.lower() in HOMELAND) \
            or p.dep_ in ("amod", "compound", "poss") and _state_of(p) in speaker

    def hostile(t: Token) -> bool:
        return (hit := match_trigger(t)) is not None and hit.rule["type"] in ("ASSAULT", "COERCE", "MOBILIZE")

    if any(any(any(own(p) for p in o.children) for o in _targets(c)) and hostile(c) for c in clauses) \
            or any(own(p) for c in clauses for d in c.children if d.dep_ == "dobj" and hostile(d)
                   for g in d.children if g.dep_ == "prep" and (g.lower_ in ("against", "on") or g.lower_ == "of" and d.lemma_.lower() in INVADING)
                   for o in g.children if o.dep_ == "pobj" for p in o.children):
        # ("had launched a war against his country": the act named as the object, aimed at one's own)
        return True  # ("said North Korean boats had intruded into its waters": an incursion into its own)
    # "a UN investigator said Serb forces had carried out a campaign of killings": what an
    # investigation finds another party did is its charge (CAMEO 112)
    finders = {t.lemma_.lower() for s in verb.children if s.dep_ in SUBJECT_DEPS for t in s.subtree}
    # ("said in a report released Tuesday that Turkish police tortured detainees": whoever speaks
    # through a report speaks as one who looked into it)
    if any(p.dep_ == "prep" and p.lower_ in ("in", "according") for p in verb.children
           for o in p.subtree if o.dep_ == "pobj" and o.lemma_.lower() in FINDING_DOCUMENTS):
        finders |= INVESTIGATORS
    if finders & INVESTIGATORS and any(
            t.lemma_.lower() in acts | CRIMES | EVIDENCED_WRONGS
            or (hit := match_trigger(t)) is not None and hit.rule["type"] in ("ASSAULT", "COERCE")
            for c in clauses for t in c.subtree) and any(
            (st := _state_of(t)) and st not in speaker for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS
            for t in s.subtree):
        return True
    # "said intelligence from several sources indicated the airliner had been shot down by an Iranian
    # missile": evidence the speaker cites for another state's hostile act is the speaker's charge
    if any(c.lemma_.lower() in EVIDENCING and any(s.dep_ in SUBJECT_DEPS and s.lemma_.lower() in EVIDENCE for s in c.children)
           and any((hit := match_trigger(x)) is not None and hit.rule["type"] in ("ASSAULT", "COERCE")
                   and any((st := _state_of(t)) and st not in speaker for d in x.children if d.dep_ in (*SUBJECT_DEPS, "agent")
                           for t in d.subtree)
                   for x in c.children if x.dep_ == "ccomp") for c in clauses):
        return True
    # "said Putin bore responsibility for the death of Navalny": another state's leader held to account
    if any(c.lemma_.lower() in ("bear", "carry", "have", "shoulder") and any(o.dep_ == "dobj" and o.lemma_.lower() == "responsibility"
                                                                        and any(p.dep_ == "prep" and p.lower_ == "for" for p in o.children)
                                                                        and not any(d.lower_ in ("no", "little") for d in o.children)
                                                                        for o in c.children)
           and not any(g.dep_ == "neg" for g in c.children)
           and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
           for c in clauses):
        return True
    # "said Niger was harbouring militants": aiding armed groups is a charge
    if any(c.lemma_.lower() in ABETTING and any(s.dep_ in SUBJECT_DEPS for s in c.children)
           and any(o.lemma_.lower() in ARMED_GROUPS for o in _targets(c)) for c in clauses):
        return True
    # "said the attackers had been trained by Lashkar-e-Taiba in Pakistan": the same charge, told in the passive
    if any(c.lemma_.lower() in ABETTING and any(s.dep_ == "nsubjpass" and s.lemma_.lower() in ARMED_GROUPS | {"attacker", "bomber", "assailant", "hijacker", "plotter"}
                                                for s in c.children)
           and any(g.dep_ == "agent" for g in c.children) for c in clauses):
        return True
    # "said the Taliban were giving shelter to militants": the same charge, with a noun
    if any(c.lemma_.lower() in GIVING and any(s.dep_ in SUBJECT_DEPS for s in c.children)
           and any(o.dep_ == "dobj" and o.lemma_.lower() in HAVENS for o in c.children)
           and any(o.lemma_.lower() in ARMED_GROUPS for d in c.children if d.dep_ in ("dative", "prep") and d.lower_ in ("to", "for")
                   for o in d.children if o.dep_ == "pobj") for c in clauses):
        return True
    # "said Iran had supplied the drones used in the attack on the tanker": arming the attack is a charge
    # ("was providing the rebels with intelligence used to target ships": the use is an attack)
    def used_to_attack(use: Token) -> bool:
        return use.dep_ == "acl" and use.lemma_.lower() == "use" and (
            any(names_act(p, "in") or names_act(p, "for") for p in use.children)
            or any(x.dep_ == "xcomp" and (hit := match_trigger(x)) is not None and hit.rule["type"] == "ASSAULT"
                   for x in use.children))

    if any(c.lemma_.lower() in ABETTING | GIVING and any(s.dep_ in SUBJECT_DEPS for s in c.children)
           and any(used_to_attack(a) for o in [*c.children, *(g for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                                                            for g in w.children)]
                   if o.dep_ in ("dobj", "pobj") for a in o.children) for c in clauses):
        return True
    # "said U.S. warship transits were provocative", "said Turkey's incursion violated international
    # law": a damning judgement of what a named state did is criticism
    if any(_judged_damning(c) and any(
            _state_of(t) for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree) for c in clauses):
        return True
    # "said the seizure was unacceptable", "said the strikes were an insult to the nation": a damning
    # judgement of a hostile act criticises it, even when the sentence does not say whose act it was
    if any(_judged_damning(c) and any(s.lemma_.lower() in JUDGED_ACTS | acts and s.pos_ == "NOUN"
                                      for s in c.children if s.dep_ in SUBJECT_DEPS) for c in clauses):
        return True
    # "said Russian troops had executed 15 prisoners, calling it a grave breach of the conventions":
    # the speaker's own judgement of the act it reports
    if any((hit := match_trigger(c)) is not None and hit.rule["type"] in ("ASSAULT", "COERCE")
           and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
           for c in clauses) and (_calls_it_damning(verb) or any(_calls_it_damning(c) for c in clauses)):
        return True
    # "said Israel was sabotaging the peace process", "said Kuwait was stealing Iraqi oil", "said
    # Washington was using human rights as a pretext": a wrong charged to another named party
    # "said Myanmar's military had committed war crimes": the wrong named as the clause's object
    if any(c.lemma_.lower() in PERPETRATING and any(o.dep_ == "dobj" and _names_crime(o) for o in c.children)
           and not any(g.dep_ == "neg" for g in c.children)
           and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
           for c in clauses):
        return True
    # "said the Russian government directed the hacking of emails": another state put at the head of
    # a hostile act ("ordered the killing", "orchestrated the attacks")
    if any(c.lemma_.lower() in DIRECTING and any(o.dep_ == "dobj" and o.lemma_.lower() in acts for o in c.children)
           and not any(g.dep_ == "neg" for g in c.children)
           and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
           for c in clauses):
        return True
    # ("said the United States was trying to sabotage the deal": the attempt charges the wrong too)
    # ("said Baghdad was moving weapons to evade the inspectors": a wrong as the purpose of what it did)
    if any((c.lemma_.lower() in ALLEGED_WRONGS or c.lemma_.lower() in ATTEMPTING and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in ALLEGED_WRONGS for x in c.children) or any(
            x.dep_ == "advcl" and x.lemma_.lower() in ALLEGED_WRONGS and any(a.lower_ == "to" for a in x.children)
            for x in c.children) or any(
            t.lemma_.lower() in PRETEXTS for o in c.children if o.dep_ in ("dobj", "prep") for t in o.subtree))
           and not any(g.dep_ == "neg" for g in c.children)
           and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
           for c in clauses):
        return True
    # "said the authorities in Kiev were failing to protect Russian speakers", "said Iran had failed
    # to declare the material": a duty another named party is said to neglect is a charge
    # (an analyst who says Russia failed to make its agreed cuts comments on a market)
    commentator = any(t.lemma_.lower() in COMMENTATORS for s in verb.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
    # ("said Iraq had not accounted for the warheads": the duty left undone, told in the perfect)
    if not commentator and any((c.lemma_.lower() == "fail" and not any(g.dep_ == "neg" for g in c.children)
            and any(x.dep_ == "xcomp" and x.lemma_.lower() in DUTIES for x in c.children)
            or c.lemma_.lower() in DUTIES and any(g.dep_ == "neg" for g in c.children)
            and any(a.dep_ == "aux" and a.lower_ in ("had", "has", "have") for a in c.children))
           and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
           for c in clauses):
        return True
    # "X was behind the attack", "X was responsible for the bombing"
    if any(c.lemma_ == "be" and any(s.dep_ in SUBJECT_DEPS for s in c.children)
           and (any(names_act(p, "behind") for p in c.children)
                or any(a.dep_ == "acomp" and a.lower_ == "responsible" and any(names_act(p, "for", FAILURES) for p in a.children)
                       for a in c.children))
           for c in clauses):
        return True
    # "said Russia was culpable", "said Moscow was to blame": guilt put on another named state, with
    # nothing after it or a wrong ("guilty of the attack"); "responsible for security" is a duty
    def guilty(c: Token) -> bool:
        said_guilty = [a for a in c.children if a.dep_ == "acomp" and a.lower_ in GUILT_WORDS
                       or a.dep_ == "xcomp" and a.lemma_.lower() == "blame" and not any(o.dep_ == "dobj" for o in a.children)]
        return bool(said_guilty) and all(names_act(p, p.lower_, FAILURES) for a in said_guilty for p in a.children
                                         if p.dep_ == "prep" and p.lower_ in ("for", "of"))
    return any(c.lemma_ == "be" and guilty(c) and not any(g.dep_ == "neg" for g in c.children)
               and any((st := _state_of(t)) and st not in speaker for s in c.children if s.dep_ in SUBJECT_DEPS for t in s.subtree)
               for c in clauses)


GUILT_WORDS = {"responsible", "culpable", "guilty", "complicit"}


COMMENTATORS = {"analyst", "economist", "strategist", "trader", "broker", "investor", "commentator", "columnist", "pundit",
                "expert", "researcher", "academic", "professor", "scholar", "pollster", "consultant"}

# what a state owes that it can be charged with failing to do
DUTIES = {"account", "protect", "ensure", "prevent", "stop", "comply", "honour", "honor", "fulfil", "fulfill", "implement", "abide",
          "respect", "disarm", "curb", "rein", "control", "declare", "disclose", "cooperate", "investigate", "punish",
          "prosecute", "guarantee", "safeguard", "observe", "uphold", "enforce", "halt", "secure", "keep", "meet"}

# what a party is held responsible for besides an act of force: "said India was responsible for
# the collapse of the talks" blames it as much as "for the bombing" does
FAILURES = frozenset({"collapse", "failure", "breakdown", "deadlock", "impasse", "stalemate", "crisis", "tension", "tensions",
                      "bloodshed", "fighting", "clashes", "escalation", "instability", "suffering"})

DAMNING_JUDGEMENTS = {"provocative", "illegal", "unlawful", "unacceptable", "irresponsible", "dangerous", "reckless",
                      "destabilising", "destabilizing", "aggressive", "hostile", "illegitimate", "provocation", "violation",
                      "aggression", "crime", "crimes", "endanger", "violate", "breach", "undermine", "threaten", "jeopardise",
                      "jeopardize", "flout", "threat", "menace", "interference", "meddling", "betrayal", "insult", "sabotage",
                      "terrorism", "terror", "barbarism", "atrocity", "massacre", "genocide", "piracy", "banditry", "cleansing",
                      "blackmail", "extortion", "theft", "robbery", "lie", "slander", "propaganda", "non-starter", "nonstarter",
                      "unworkable", "nonsense", "unjustified", "unjustifiable", "unwarranted", "outrageous", "deplorable",
                      "reprehensible", "barbaric", "inhumane", "arbitrary", "unauthorised", "unauthorized", "groundless",
                      "baseless", "unfounded", "absurd", "ridiculous", "slanderous", "fabricated", "null", "void", "invalid", "hijacking", "murder", "kidnapping", "abduction"}

# what a report may charge another party with doing
ALLEGED_WRONGS = {"sabotage", "poison", "steal", "interfere", "meddle", "smuggle", "spy", "plunder", "loot", "obstruct", "incite",
                  "persecute", "oppress", "annex", "exploit", "encroach", "intimidate", "blackmail", "subvert",
                  "destabilise", "destabilize", "torpedo", "stoke", "fuel", "foment", "harass", "bully", "deceive", "mislead",
                  "distort", "falsify", "fabricate", "whitewash", "plot", "conspire", "scheme", "collude", "overthrow",
                  "topple", "provoke", "conceal", "hide", "withhold", "cheat", "undermine", "bypass", "circumvent", "sideline",
                  "wreck", "derail", "violate", "breach", "flout", "evade", "dodge"}
BAN_NOUNS = {"ban", "restriction", "curb", "control", "embargo", "limit", "moratorium"}
ATTEMPTING = {"try", "seek", "attempt", "plan", "aim", "want", "scheme", "plot", "conspire"}
HOMELAND = {"country", "nation", "homeland", "territory", "land"}
EVIDENCING = {"indicate", "show", "suggest", "prove", "point", "confirm", "demonstrate"}
EVIDENCE = {"intelligence", "evidence", "information", "finding", "data", "assessment", "analysis", "report"}
INVESTIGATORS = {"investigator", "inquiry", "commission", "rapporteur", "monitor", "investigation", "probe", "panel",
                 "observer", "inspector", "ombudsman", "watchdog"}
# what an inquiry publishes: said "in a report", not "in a statement"
FINDING_DOCUMENTS = {"report", "study", "survey", "findings", "dossier", "audit", "review"}
PRETEXTS = {"pretext", "excuse", "smokescreen", "cover"}
PERPETRATING = {"commit", "perpetrate"}
DIRECTING = {"direct", "order", "orchestrate", "mastermind", "sponsor", "organise", "organize", "authorise", "authorize"}
EVIDENCED_WRONGS = {"execution", "torture", "killing", "fraud", "corruption", "bribery", "rigging", "espionage", "spying",
                    "involvement", "collusion", "wrongdoing", "complicity", "interference", "meddling", "cleansing"}
CRIMES = {"crime", "atrocity", "abuse", "genocide", "massacre", "murder", "violation", "offence", "offense",
          "cleansing", "excess", "war"}

# "an act of aggression", "acts of terrorism": the kind of act is what makes it a crime
CRIMINAL_ACTS = {"aggression", "terrorism", "terror", "piracy", "sabotage", "genocide", "war", "vandalism", "barbarism"}


def _names_crime(obj: Token) -> bool:
    if obj.lemma_.lower() in CRIMES:
        return True
    return obj.lemma_.lower() == "act" and any(p.lower_ == "of" and any(k.dep_ == "pobj" and k.lemma_.lower() in CRIMINAL_ACTS for k in p.children)
                                               for p in obj.children)


# acts whose judgement as a wrong is criticism of whoever did them ("said the seizure was illegal")
JUDGED_ACTS = {"seizure", "detention", "arrest", "strike", "airstrike", "raid", "invasion", "annexation", "deployment",
               "sanction", "expulsion", "blockade", "decision", "move", "step", "action", "measure", "ruling", "verdict",
               "sentence", "incursion", "shelling", "bombardment", "occupation", "crackdown", "closure", "embargo", "ban",
               "tariff", "test", "execution", "sentencing", "conviction", "recognition", "charge", "accusation", "allegation",
               "award", "judgment", "judgement"}

# proposals and demands whose rejection a damning judgement states ("said Japan's demands were unacceptable")
PROPOSALS = {"demand", "proposal", "plan", "offer", "request", "condition", "term", "ultimatum", "call", "initiative", "idea",
             # ("said the charge of genocide was outrageous": a charge so judged is rejected, as one denied)
             "charge", "accusation", "allegation",
             # ("said the tribunal's award was null and void": a ruling so judged is not accepted)
             "award", "ruling", "verdict", "judgment", "judgement"}


def judges_a_proposal(verb: Token) -> bool:
    """"said Japan's demands were unacceptable": judging another's proposal unacceptable rejects it (CAMEO 12)."""
    return any(c.dep_ == "ccomp" and _judged_damning(c) and any(
        s.dep_ in SUBJECT_DEPS and s.lemma_.lower() in PROPOSALS for s in c.children) for c in verb.children)


def _calls_it_damning(verb: Token) -> bool:
    """"..., calling it a war crime", "..., describing the raid as a violation": the speaker names
    what it reports a wrong."""
    calls = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("call", "describe", "term", "brand", "label")]
    return any(t.lemma_.lower() in DAMNING_JUDGEMENTS | {"atrocity", "massacre", "breach", "crime", "terrorism", "barbarity", "outrage"}
               for c in calls for t in c.subtree)


def _judged_damning(clause: Token) -> bool:
    """The clause passes a damning judgement: "were provocative", "was a violation of", "endangered peace"."""
    heads = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    return any(h.lemma_.lower() in DAMNING_JUDGEMENTS and h.pos_ == "VERB"
               or any(a.dep_ in ("acomp", "attr") and (a.lemma_.lower() in DAMNING_JUDGEMENTS or _act_of_wrong(a)
                                                       # "was an unauthorised unilateral action"
                                                       or a.pos_ == "NOUN" and any(m.dep_ == "amod" and m.lemma_.lower() in DAMNING_JUDGEMENTS
                                                                                   for m in a.children))
                      for a in h.children)
               # "posed a direct threat to Russian security", "constituted a violation of the truce"
               or h.lemma_.lower() in POSING and any(a.dep_ == "dobj" and a.lemma_.lower() in DAMNING_JUDGEMENTS for a in h.children)
               # "amounted to genocide"
               or h.lemma_.lower() in POSING and any(p.dep_ == "prep" and p.lower_ == "to" and any(
                   o.dep_ == "pobj" and o.lemma_.lower() in DAMNING_JUDGEMENTS for o in p.children) for p in h.children)
               for h in heads) and not any(c.dep_ == "neg" for c in clause.children)


POSING = {"pose", "represent", "constitute", "amount"}


def _act_of_wrong(noun: Token) -> bool:
    """"were an act of terrorism", "was an act of war against the Afghan people", "was a stab in the back"."""
    if noun.lemma_.lower() == "stab" and any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "back" for o in p.children)
                                             for p in noun.children):
        return True
    return noun.lemma_.lower() in ("act", "form", "kind") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in DAMNING_JUDGEMENTS | {"war"} for o in p.children)
        for p in noun.children)


# ground named by a common noun: "in territory held by the rebels", "in the area"
GROUND = {"territory", "territories", "area", "areas", "region", "regions", "zone", "zones", "land", "lands"}


def _is_place(token: Token) -> bool:
    """"captured Avdiivka": a named place, as the tagger or the gazetteer has it."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return token.pos_ == "PROPN" and find_place(load_kb(), token.text) is not None


def is_time(prep: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


# "20 tonnes of medical supplies", "$150 million": an amount names what it measures, or money
QUANTITY_NOUNS = {"tonnes", "tons", "tonne", "ton", "kilograms", "kg", "litres", "liters", "barrels", "truckloads",
                  "shipments", "shipment", "consignment", "consignments", "batch", "batches", "planeloads", "trucks", "lorries", "packages",
                  "package", "doses", "units", "lots", "crates", "boxes", "containers",
                  # counts and formations: "scores of coast guard vessels", "a flotilla of warships"
                  "dozens", "scores", "hundreds", "thousands", "number", "fleet", "flotilla", "squadron", "convoy",
                  "column", "columns", "group", "groups", "contingent", "team", "teams", "unit", "brigade", "corps", "detachment",
                  # members: "six American members of the U.N. inspection team"
                  "members", "member",
                  # shares: "half of Iraq's debt", "part of the loan"
                  "half", "part", "portion", "share", "most", "bulk", "rest", "percent",
                  # the first of a delivery: "the first of 18 Black Hawk helicopters"
                  "first", "last", "second", "third", "remainder", "tranche",
                  # parts told by a pronoun: "stood down some of the units"
                  "some", "many", "several", "all", "none", "few"}
CURRENCY_SIGNS = {"$", "€", "£", "¥"}
CIVIL_SECTORS = {"CVL", "AGR", "LAB", "EDU", "OPP", "REL", "BUS", "MED", "JRN", "PTY", "SOC"}


def _civil_crowd(subject: Token) -> bool:
    """People, not a state, as the subject: "unemployed Argentines", "bank employees", "Jewish settlers"
    (a plural of people the tagger names, or a role noun of a civilian sector)."""
    if subject.lower_ in ("thousands", "hundreds", "dozens", "scores", "tens", "millions"):
        # ("Thousands of Ivorians boycotted classes": the crowd is who it counts)
        counted = [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return any(_civil_crowd(p) for p in counted)
    # ("Georgians massed outside the television centre", with the plural people read as a name)
    if subject.tag_ not in ("NNS", "NNPS") and not (subject.ent_type_ == "NORP" and subject.lower_.endswith("s")):
        return False
    if subject.ent_type_ == "NORP":
        return True
    sector = load_kb().sector_of(subject.lower_)[0]
    return sector in CIVIL_SECTORS


def _prevented(noun: Token) -> bool:
    """The noun is what a verb of preventing acts on, directly or through "the start of"."""
    head, steps = noun, 0
    while head.dep_ in ("pobj", "prep") and steps < 4:
        head, steps = head.head, steps + 1
    if head.dep_ == "dobj" and head.lemma_.lower() in PHASES | {noun.lemma_.lower()}:
        return head.head.lemma_.lower() in PREVENTING and (head.i == noun.i or steps > 0)
    return False


PREVENTING = {"block", "veto", "prevent", "delay", "postpone", "obstruct", "thwart", "derail", "scuttle", "torpedo"}
# works and measures that may "threaten" a supply or a region without anyone threatening
ENDANGERING_THINGS = {"dam", "project", "pipeline", "plan", "policy", "law", "decision", "move", "measure", "crisis", "situation",
                      "construction", "expansion", "programme", "program", "canal", "reactor", "plant", "mine", "wall", "barrier",
                      "fence", "settlement", "drought", "flood", "shortage", "pollution", "spill", "tariff", "sanction", "budget", "bill"}
SPANS_OF_TIME = {"hour", "day", "week", "month", "year", "decade", "round", "session"}
PHASES = {"start", "opening", "launch", "resumption", "beginning"}
RECEIVING = {"receive", "get", "obtain", "accept", "secure", "win"}
HANDING = {"hand", "give", "deliver", "transfer", "ship", "send", "turn"}
RULE_NOUNS = {"control", "rule", "sovereignty", "jurisdiction", "authority", "administration"}
# what is released without anyone being freed
RELEASED_MATERIAL = {"transcript", "report", "statement", "video", "footage", "album", "datum", "figure", "document", "detail",
                     "name", "photo", "image", "result", "memo", "letter", "record", "email", "tape", "recording", "list",
                     "text", "finding", "book", "film", "song", "plan", "budget", "version", "summary", "picture", "audio"}
CROWD_ACTS = {"protest", "demonstration", "rally", "march", "vigil", "sit-in", "strike", "picket"}
ROUTINE = {"straight", "consecutive", "successive", "monthly", "weekly", "quarterly"}
MOTIVES = {"protest", "response", "retaliation", "reprisal", "solidarity", "reaction", "return"}
CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "rupee", "crown", "krone", "kronor", "franc", "rouble", "ruble",
              "dinar", "shekel", "riyal", "dirham", "won", "peso", "rand", "kroner"}


# what a ban can cut off: "banned U.S. firms from trading with Iran"
DEALINGS = {"trade", "trading", "do", "deal", "invest", "sell", "export", "buy", "import", "supply", "fly", "travel"}


def _object_infinitive(token: Token, clause: Token) -> bool:
    """An object's "to"-clause the parser hung as an adverbial one ("pushed Ottawa to release the turbine")."""
    return (clause.dep_ == "advcl" and clause.i > token.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            and any(o.dep_ == "dobj" and o.i < clause.i for o in token.children))


def _dealings_banned(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" and v.dep_ == "pcomp" and v.lemma_.lower() in DEALINGS
               for c in token.children for v in c.children)


def commands_own_forces(verb: Token) -> bool:
    """"ordered police to evict squatters", "instructed the army to crush the rebels": a command to
    the state's own police or army to coerce or strike, which news and PLOVER code as the act itself
    (not "urged Pakistani police to arrest the suspects": a request to another state's forces)."""
    if verb.lemma_.lower() not in COMMANDING:
        return False
    forces = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in OWN_FORCE_NOUNS]
    if not forces:
        return False
    kb = load_kb()
    named = {hit.country for o in forces for t in o.subtree if t.i != o.i and t.ent_type_ in ("NORP", "GPE")
             and (hit := kb.lookup(t.text)) and hit.country}
    if named and not _own_forces(verb):
        return False  # "ordered Pakistani troops to ...", said by another state
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return any((hit := match_trigger(a)) is not None and hit.rule["type"] in ("COERCE", "ASSAULT") for a in acts)


COMMANDING = {"order", "instruct", "command", "direct"}
OWN_FORCE_NOUNS = {"police", "policeman", "army", "troops", "troop", "soldier", "force", "forces", "military", "guard", "guards",
                   "militia", "gendarme", "gendarmerie", "navy", "commander", "security"}


def _own_forces(verb: Token) -> bool:
    """"ordered the Spanish troops in Iraq to come home", "ordered its troops back": the forces named
    are the subject's own (its possessive, or the same state's name or adjective on both)."""
    kb = load_kb()

    def states(tokens: Iterable[Token]) -> set[str]:
        return {hit.country for t in tokens if t.ent_type_ in ("NORP", "GPE") and (hit := kb.lookup(t.text)) and hit.country}

    objects = [o for o in verb.children if o.dep_ == "dobj"]
    # ("allowing Turkish troops to be deployed": the forces the complement moves)
    objects += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for o in objects for c in o.children):
        return True
    doers = [s for s in verb.children if s.dep_ in SUBJECT_DEPS]
    if not doers and verb.dep_ == "acl" and verb.head.head.pos_ in ("VERB", "AUX"):
        doers = [s for s in verb.head.head.children if s.dep_ in SUBJECT_DEPS]  # "approved a bill allowing ..."
    mine = states(t for s in doers for t in s.subtree)
    return bool(mine & states(c for o in objects for c in o.children if c.dep_ in ("amod", "compound", "poss")))


OBJECT_PRONOUNS = {"him": "one", "her": "one", "them": "many"}


def pronoun_antecedent(pron: Token) -> Token | None:
    """Whom "freed them", "returned him to Estonia" mean: the nearest people named before, in this
    sentence or the one before ("seized 15 British sailors ..., freed them"; "seized an Estonian
    officer ..., returned him"), never the clause's own subject."""
    number = OBJECT_PRONOUNS.get(pron.lower_)
    if number is None or pron.dep_ not in ("dobj", "pobj"):
        return None
    verb = pron.head if pron.dep_ == "dobj" else pron.head.head
    # (the subject's own words, not a clause told of it: "Iran, which seized 15 sailors, freed them")
    told = {t.i for s in _clause_subjects(verb) for c in s.children if c.dep_ in ("relcl", "acl", "appos", "advcl") for t in c.subtree}
    own = {t.i for s in _clause_subjects(verb) for t in s.subtree} - told
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    for t in reversed(pron.doc[start:pron.i]):
        if t.i in own or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "poss"):
            continue
        plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
        # (a name that is a clause's subject is whom "him" means, known to us or not: "Assange is
        # battling extradition to the United States, which accuses him")
        person = t.ent_type_ == "PERSON" or bool(load_kb().sector_of(t.lower_)[0]) \
            or t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ not in ("GPE", "NORP") \
            and (number == "one" or t.ent_type_ != "ORG")
        if person and plural == (number == "many"):
            return t
    return None


SUPERVISION = {"supervision", "oversight", "monitoring", "eye", "eyes", "gaze", "watch", "verification", "control"}
INSTANCE_NOUNS = {"case", "instance", "incident", "example"}


def _mentions_word(token: Token, words: list[str]) -> bool:
    # "forgave $1 billion of Egypt's debt", "blocked the start of membership talks", "froze
    # 30 billion dollars of Libyan assets"
    # ("documented dozens of cases of arbitrary detention": a case is the wrong it is a case of)
    if token.lower_ in QUANTITY_NOUNS or token.pos_ == "NUM" or token.lemma_.lower() in PHASES | CURRENCIES | INSTANCE_NOUNS:
        measured = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if any(_mentions_word(p, words) for p in measured):
            return True
    if "money" in words and (any(t.text in CURRENCY_SIGNS for t in _own_phrase(token)) or token.lemma_.lower() in CURRENCIES):
        return True
    # a name runs on: "the National League for Democracy party" is a party
    reach = token.right_edge.i if token.pos_ == "PROPN" and all(t.pos_ not in ("VERB", "AUX") for t in token.subtree) \
        else token.i + 2
    # ("suspended trade in protest": why it was done is no part of what was suspended)
    motive = {x.i for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
              and any(p.lemma_.lower() in MOTIVES for p in c.children) for x in c.subtree}
    text = " ".join(t.lower_ for t in token.subtree if t.i <= reach and t.i not in motive).replace(" - ", "-")
    padded = f" {text} "  # whole words: "grants" is not in "migrants"
    return any(f" {w} " in padded for w in words)


CLAUSE_DEPS = {"pcomp", "relcl", "acl", "ccomp", "advcl", "xcomp"}


def _own_phrase(token: Token) -> list[Token]:
    """The noun's phrase without the clauses hung on it: "signals about whether his tariffs on $360
    billion of goods will go" names no money given."""
    def inside(t: Token) -> bool:
        while t.i != token.i:
            if t.dep_ in CLAUSE_DEPS:
                return False
            t = t.head
        return True
    return [t for t in token.subtree if inside(t)]


DOCUMENT_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "note", "message",
                  "motion", "petition", "editorial", "report", "memorandum", "notice", "decree", "speech", "address",
                  "order", "law", "bill", "directive", "edict", "ordinance"}
