"""The ASSAULT and MOBILIZE modes from the means the sentence names. The verb alone guesses ("fire" → firearms,
"strike" → aerial); the manual's mode table is about the means ("missiles" are heavy weapons,
"a drone strike" is a drone, "tear gas" is crowd control), so a weapon word next to the trigger
decides where there is one."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.coding import ontology

# Modes that say how the harm was done; the others (abduct, torture, targeted, sexual, destroy)
# say what was done and are kept whatever the weapon.
MEANS_MODES = {None, "beat", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone",
               "heavy-weapons", "crowd-control", "unconventional"}

# Where a weapon word may sit relative to the trigger: an instrument ("with machetes", "using
# drones"), a modifier of a noun trigger ("drone strike"), a subject that is itself the weapon
# ("a car bomb killed"), or the object of a verb whose object is the means ("fired missiles";
# the object of "attacked a fuel tank" is the target).
_NEAR_DEPS = {"compound", "amod", "nmod", "nsubj", "npadvmod"}
_MEANS_VERBS = {"fire", "launch", "drop", "detonate", "throw", "hurl", "lob", "use", "plant", "explode", "unleash", "rain"}
_INSTRUMENT_PREPS = {"with", "by", "using"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Weapon word (lemma or multiword) → mode, from triggers.yaml's `weapons` table."""
    return {word: mode for mode, words in ontology.triggers()["weapons"].items() for word in words}


def weapon_mode(token: Token, anchor: Token, current: str | None, actor_sectors: set[str | None]) -> str | None:
    """The mode for an ASSAULT whose trigger is `token` (verb `anchor`), or `current` where the
    sentence names no weapon near it or the mode says what rather than how."""
    if current not in MEANS_MODES:
        return current
    found = [m for t in _weapon_words(token, anchor) if (m := _mode_of(t))]
    if not found:
        # "guerrillas bombed a pipeline": only a state flies aircraft; an armed group's bomb is planted
        return "explosives" if current == "aerial" and actor_sectors and actor_sectors <= NON_STATE_ARMED else current
    # "a suicide bomber detonated explosives": the most specific means wins
    return min(found, key=_PRECEDENCE.index)


NON_STATE_ARMED = {"REB", "UAF", "PRM", "CRM", "OPP", "CVL"}

_PRECEDENCE = ["unconventional", "suicide-attack", "drone", "crowd-control", "explosives", "heavy-weapons",
               "aerial", "firearms", "primitive", "beat"]


def _weapon_words(token: Token, anchor: Token):
    for head in dict.fromkeys((token, anchor)):
        for child in head.children:
            if child.dep_ in _NEAR_DEPS or child.dep_ == "dobj" and head.lemma_.lower() in _MEANS_VERBS:
                yield from _noun_phrase(child)
            if child.dep_ == "dobj":  # "attacked a village with machetes": the instrument hangs off the object
                yield from _instruments(child)
        yield from _instruments(head)
        for child in head.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_ == "use":  # "attacked ..., using drones"
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        yield from _noun_phrase(obj)
            elif child.dep_ == "advcl" and child.tag_ == "VBG":  # "raided a market, attacking traders with machetes"
                yield from _instruments(child)
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        yield from _instruments(obj)


def _instruments(head: Token):
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _INSTRUMENT_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from _noun_phrase(pobj)


def _noun_phrase(token: Token):
    """The head noun with its compounds and conjuncts: "rockets and mortars", "cluster munitions"."""
    yield token
    for child in token.children:
        if child.dep_ in ("compound", "amod", "conj"):
            yield child


def _mode_of(token: Token) -> str | None:
    lex = _lexicon()
    before = token.nbor(-1).lower_ + " " + token.lower_ if token.i > 0 else ""
    after = token.lower_ + " " + token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    for key in (before, after, token.lower_, token.lemma_.lower()):
        if key in lex:
            return lex[key]
    return None


# The manual: mobilising weapons, ships or vehicles is MOBILIZE 'weapons' unless troops are named
# too; police units are 'police'; a non-state armed group's is 'militia'.
_TROOPS = {"troops", "soldiers", "forces", "battalions", "brigades", "marines", "paratroopers", "reinforcements",
           "reservists", "army", "units", "divisions", "personnel", "servicemen", "commandos", "infantry"}
_CRAFT = {"warships", "warship", "ships", "vessels", "carrier", "carriers", "frigates", "destroyers", "submarines",
          "bombers", "boats", "vehicles", "armour", "armor", "weapons", "launchers", "batteries", "fleet"}
_POLICE = {"police", "gendarmes", "gendarmerie", "policemen", "officers"}
_NON_STATE = {"REB", "PRM", "UAF", "CRM"}


def mobilize_mode(token: Token, anchor: Token, current: str | None, actor_sectors: set[str | None]) -> str | None:
    """The mode for a MOBILIZE: what was moved (the object, or the subject that moved itself)."""
    if current not in (None, "troops"):
        return current
    moved = [t for v in {token.i: token, anchor.i: anchor}.values() for c in v.children
             if c.dep_ in ("dobj", "nsubj", "nsubjpass") for t in c.subtree]
    words = {t.lower_ for t in moved} | {t.lemma_.lower() for t in moved}
    if words & _TROOPS:
        mode = "troops"
    elif words & _POLICE or actor_sectors == {"COP"}:
        mode = "police"
    elif words & _CRAFT or any(_mode_of(t) for t in moved):
        mode = "weapons"
    else:
        mode = current
    if mode == "troops" and actor_sectors and actor_sectors <= _NON_STATE:
        return "militia"
    return mode


def is_weapon_word(word: str) -> bool:
    """"drones", "artillery": arms, which back no one ("forces backed by drones"); also by maker or
    make ("Turkish-made drones", named "made drones")."""
    words = word.lower().split()
    return word.lower() in _lexicon() or len(words) == 2 and words[0] in ("made", "built", "supplied") and words[1] in _lexicon()
