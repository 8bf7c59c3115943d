""""The Gulf state", "the kingdom", "the former Soviet republic", "its neighbour": a definite singular that refers
back to a state the text has just named. Wire copy avoids repeating a name ("Saudi Arabia, accusing
Qatar of backing terrorism, cut ties with the Gulf state"); PLOVER codes the state itself. Only an
unambiguous antecedent is taken: exactly one state named in the sentence so far (or the one before
it), besides the subject of the clause the epithet sits in, which cannot be its own partner."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.coding.mentions import Mention
from eventwire.model import Entity

EPITHET_NOUNS = {"state", "country", "nation", "kingdom", "republic", "emirate", "sultanate", "monarchy", "neighbour", "neighbor",
                 "territory"}  # ("recognised two regions in eastern Ukraine ..., ordered troops into the territory")
# ("agreed to reopen its land border with its neighbour": the subject's neighbour, the other state named)
NEIGHBOURS = {"neighbour", "neighbor"}
WINDOW_SENTENCES = 1
CIRCUMSTANCE_PREPS = {"after", "before", "following", "since", "despite", "amid", "during", "until"}
SUBJECTS = {"nsubj", "nsubjpass"}
GOVERNMENTS = {"government", "authorities", "administration", "regime", "cabinet"}


def epithet_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    taken = {i for m in named for i in m.tokens}
    out: list[Mention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in EPITHET_NOUNS \
                or token.i in taken or token.dep_ in ("compound", "amod") or not _definite(token):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "the state of emergency", "the country of their birth": not a state referred back to
        if token.lemma_.lower() == "territory" and not (token.dep_ == "pobj" and token.head.lower_ in ("into", "in", "across")):
            continue  # "ordered troops into the territory" is its state's ground; "returned the territory" hands over the land
        antecedent = _one_antecedent(doc, token, named)
        if antecedent is None:
            continue
        start = min(c.i for c in token.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nmod", "npadvmod"))
        phrase = doc[start:token.i + 1]
        e = antecedent.entity
        out.append(Mention(Entity(text=phrase.text, name=e.name, kind="country", country=e.country, sector="GOV",
                                  start=phrase.start_char, end=phrase.end_char, resolution="coreference-epithet"),
                           token.i, range(start, token.i + 1)))
    return out


def _definite(token: Token) -> bool:
    # ("a Gulf state", "this country", "our nation", "one state": new, deictic or someone's own)
    return any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in ("its", "their")
               and token.lemma_.lower() in NEIGHBOURS for c in token.children)


def _one_antecedent(doc: Doc, token: Token, named: list[Mention]) -> Mention | None:
    first = token.sent.start
    for _ in range(WINDOW_SENTENCES):  # (a step back per sentence, not a walk over the whole document)
        first = doc[first - 1].sent.start if first > 0 else first
    own = _clause_subject_tokens(token)
    found: dict[str, Mention] = {}
    for m in sorted(named, key=lambda m: m.entity.start):
        e = m.entity
        if not (first <= m.tokens.start and m.tokens.stop <= token.i) or not e.country \
                or e.kind != "country" and not _names_government(doc[m.root]):
            continue  # (a state's government names the state: "the Lebanese government ... the south of the country")
        if m.root in own:
            continue
        found[e.country] = m
    # (the subject's own state, named again elsewhere, is still the subject's)
    subject_states = {m.entity.country for m in named if m.root in own}
    found = {k: m for k, m in found.items() if k not in subject_states}
    return next(iter(found.values())) if len(found) == 1 else None


def _names_government(word: Token) -> bool:
    """"the Lebanese government", "Syrian authorities": a state named by its government."""
    return word.lemma_.lower() in GOVERNMENTS or word.dep_ in ("amod", "compound") and word.head.lemma_.lower() in GOVERNMENTS


def _clause_subject_tokens(token: Token) -> set[int]:
    """Tokens of the subjects of every clause the epithet is inside (its own verb's, and the verbs
    above it up to the sentence's root)."""
    out: set[int] = set()
    for a in token.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            out |= {t.i for c in a.children if c.dep_ in SUBJECTS for t in _phrase(c)}
            if a.dep_ == "advcl" and a.tag_ == "VBD" and any(c.dep_ in SUBJECTS for c in a.children):
                break  # ("agreed ... while Israeli jets continued to pound the country": a clause of its own)
    return out


def _phrase(head: Token) -> list[Token]:
    # the subject's own words, not a clause hung on it ("Saudi Arabia, accusing Qatar of ...")
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        # (nor a circumstance hung on it: "Putin, hours after recognising two regions in Ukraine, ...")
        todo += [c for c in t.children if c.dep_ not in ("acl", "relcl", "advcl", "ccomp")
                 and not (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS)]
    return out
