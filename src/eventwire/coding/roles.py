"""Who acts and who receives: actor and recipient from the syntax around a trigger (subject, object,
prepositions, possessives, modifiers), never from sentence position, and the rules that supply an
unnamed side (domestic targets, the authorities where it happens, the place attacked)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.coding import ontology
from eventwire.coding.actors import BETWEEN_PARTIES, PLACE_KINDS, WHERE_OF, Mention, Mentions
from eventwire.coding.groups import ATTACKS, LOYAL, PACTS, POSTS_ABROAD, owns_mission
from eventwire.coding.modality import PREVENTING as HELD_BACK_BY
from eventwire.coding.triggers import (
    CIRCUMSTANCES, DEALINGS, DEMANDING, DOCUMENT_NOUNS, EVIDENCE, EVIDENCING, HANDING, MEASURE_NOUNS, MOTIVES, QUANTITY_NOUNS, PARTICLES, passive_patients, phrase_words, REPORTING, SUBJECT_DEPS, TERMS, follows_verb, is_light, is_time, light_head, match_trigger,
    pronoun_antecedent, reported_clauses,
)
from eventwire.kb import load_kb
from eventwire.model import Entity, Party

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "appos", "flat", "npadvmod", "nummod"}

LOCATIVE = {"in", "at", "near", "off", "outside", "across", "throughout"}
OWN_PRONOUNS = {"its", "their", "our", "his", "her"}
PRESSING_NOUNS = {"appeal", "plea", "pressure", "demand", "call", "request", "protest", "objection", "criticism", "warning", "urging"}
LENT_MONEY = {"loan", "credit", "grant", "aid", "assistance", "funding", "fund", "disbursement", "tranche"}

WEAPONS = {"bomb", "bombing", "explosion", "blast", "mine", "landmine", "device", "ied", "rocket", "shell", "mortar",
           "missile", "grenade", "attack", "ambush", "suicide", "gunfire", "sniper", "shelling", "airstrike", "strike",
           "drone", "booby", "bullet", "bomber",
           # guns and their crews, named with no side: "anti-aircraft batteries fired at U.S. planes over Iraq"
           "battery", "gun", "gunner", "artillery", "cannon"}



def is_weapon(t: Token) -> bool:
    # ("Rockets launched by Hezbollah", tagged a proper noun, keeps its plural as its lemma)
    # ("three mortar rounds": the weapon may be named by the word before the count noun)
    return t.lemma_.lower() in WEAPONS or t.lower_.endswith("s") and t.lower_[:-1] in WEAPONS \
        or t.lemma_.lower() in ("round", "rounds") and any(c.dep_ == "compound" and c.lemma_.lower() in WEAPONS for c in t.children)


# verbs that send a weapon off: where from names whose it is ("rockets fired from Gaza")
ARSENALS = {"arsenal", "stockpile", "inventory", "armoury", "armory"}
LAUNCHING = {"fire", "launch", "lob", "shoot"}


def launch_origin(weapon: Token, mentions: Mentions) -> Mention | None:
    """"rockets fired from Gaza struck Sderot": the place a weapon was sent from, not where it fell,
    is the attackers' own."""
    verbs = [a for a in weapon.children if a.dep_ == "acl" and a.lemma_.lower() in LAUNCHING]
    if weapon.dep_ == "nsubj" and weapon.head.lemma_.lower() in LAUNCHING:
        verbs.append(weapon.head)  # (the participle misparsed as the main verb)
    return next((m for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj" for m in [mentions.at(p)]
                 if m is not None and m.entity.country and m.entity.kind in ("place", "country")), None)


# the means named between an attacker's nationality and the attack: "U.S. missile strikes"
MEANS = {"missile", "air", "drone", "rocket", "artillery", "naval", "helicopter", "mortar", "tank", "cruise", "ballistic", "air-strike"}

MISHAPS = {"accident", "crash", "collision", "avalanche", "earthquake", "flood", "floods", "storm", "landslide", "fire",
           "blaze", "stampede", "derailment", "lightning", "quake", "cyclone", "hurricane", "typhoon", "tornado"}

# what blows up by accident: "a gas explosion", "a boiler blast" (a "gas cylinder bomb" is still a bomb)
ACCIDENTAL_BLASTS = {"gas", "boiler", "methane", "firework", "fireworks", "pipeline", "factory", "industrial", "coal",
                     "dust", "fuel", "cylinder", "chemical", "refinery", "transformer"}


# what a warning says will follow ("warned of consequences for Ankara")
WARNED_OUTCOMES = {"consequence", "consequences", "repercussion", "repercussions", "retaliation", "response", "reprisal",
                   "reprisals", "action", "measures", "cost", "costs", "price"}
RELATIONS = {"relation", "relations", "tie", "ties", "relationship", "cooperation"}


def warned_party(token: Token, mentions: Mentions) -> list[Party]:
    """"warned of serious consequences for relations with Ankara", "warned of retaliation against
    Seoul": whom the warned outcome would fall on."""
    outcomes = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in WARNED_OUTCOMES]
    aimed = [p for o in outcomes for c in o.children if c.dep_ == "prep" and c.lower_ in ("for", "against", "on")
             for p in c.children if p.dep_ == "pobj"]
    aimed = [q for p in aimed for q in ([p] if p.lemma_.lower() not in RELATIONS else
                                        [x for c in p.children if c.dep_ == "prep" and c.lower_ == "with"
                                         for x in c.children if x.dep_ == "pobj"])]
    return [party_of(m) for p in aimed for m in expand_parties(p, mentions) if m.entity.country or m.entity.igo]


def speaker_of_reported_blow(token: Token, mentions: Mentions) -> list[Party]:
    """"said U.S. bases would be targeted if Washington attacked": a blow told in the passive, with
    nobody named to strike it, is the speaker's own threat."""
    passive = any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)
    modals = ("will", "would", "'ll")
    verb = token
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in ONSET_VERBS:
        # "said air strikes could begin within days if Belgrade did not sign": the speaker's side's blow
        verb, modals = token.head, ("will", "would", "'ll", "could")
    elif not passive:
        return []
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING \
            or not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return []
    return [party_of(m) for m in _subject_parties(verb.head, mentions)]


ONSET_VERBS = {"begin", "start", "come", "follow", "resume"}


def unidentified_attackers(token: Token, anchor: Token, recipients: list[Party], mentions: Mentions,
                           victims_subject: bool = False, undergone: bool = False) -> list[Party]:
    """"Two soldiers were killed near Gao", "a roadside bomb killed three policemen": an attack with
    no named attacker. PLOVER's sector table gives such an actor the code UNK ("two civilians were
    killed by a bomb"); its country is that of the place the attack happened, where one is named."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    # ("a convoy came under fire": told from the side of the one struck, as a passive is)
    passive = bool(passive_patients(token)) or undergone
    agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "advcl":  # "a car bomb exploded outside the hotel, killing seven"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    if victims_subject and (attack := attack_in(token)) is not None:
        passive, agents, subjects = False, [], [attack]  # "five people died in a suicide bombing"
    if not subjects and token.dep_ == "conj" and token.head.lemma_.lower() in LAUNCHING:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "rockets fired from Gaza struck Sderot"
    by_weapon = [w for w in (agents if passive else subjects) if is_weapon(w) and mentions.at(w) is None]
    if not (passive and not agents or by_weapon):
        return []
    # ("were hit by drones in an attack claimed by Yemen's Houthis": the attack's owner struck)
    if (attack := attack_in(token)) is not None and (owners := attack_owners(attack, mentions)):
        return [party_of(m) for m in owners]
    if any(t.lemma_.lower() in MISHAPS and t.pos_ in ("NOUN", "PROPN") and not (undergone and t.head.head.i == token.i)
           for t in token.sent):
        return []  # killed in a crash or a flood: nobody attacked (but "came under fire" is gunfire)
    if any(w.lemma_.lower() in ("explosion", "blast") and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCIDENTAL_BLASTS
                                                             for c in w.children) for w in by_weapon):
        return []  # "a gas explosion destroyed an apartment block": a leak, not a bomb
    where = next((o for w in by_weapon for o in [launch_origin(w, mentions)] if o is not None), None) \
        or location_mention(token, anchor, mentions)
    # "was killed when a bomb ripped through his motorcade in Beirut": the weapon's clause says where
    where = where or next((o for c in token.children if c.dep_ == "advcl" and any(s.dep_ == "nsubj" and is_weapon(s) for s in c.children)
                           for o in [location_mention(c, c, mentions)] if o is not None), None)
    country = where.entity.country if where is not None else None
    if where is None and by_weapon and not any(c.dep_ == "prep" and c.lower_ == "by" for w in by_weapon for c in w.children):
        # ("an aid convoy carrying food for civilians near Aleppo was hit by air strikes": the one town
        # the sentence names, however deep, is where the blow fell; not "the strikes by what it called
        # crusader aggressors", whose doer is told, nor a stabbing, with no weapon that strikes from afar)
        sent = token.sent
        towns = {m.entity.country for m in mentions.items if sent.start <= m.root < sent.end
                 and m.entity.kind == "place" and m.entity.country}
        country = towns.pop() if len(towns) == 1 else None
    if country is None and not any(p.country for p in recipients):
        return []
    # (a place or its people, not forces, who may be foreign: "a roadside bomb killed a U.S. soldier")
    struck = {p.country for p in recipients if p.sector not in ("MIL", "COP", "SPY", "UAF")} - {None}
    if country is None and len(struck) == 1 and by_weapon and all(p.sector not in ("MIL", "COP", "SPY", "UAF") for p in recipients) \
            and not any(c.dep_ == "prep" and c.lower_ == "by" for w in by_weapon for c in w.children) \
            and len({m.entity.country for m in mentions.items if token.sent.start <= m.root < token.sent.end
                     and m.entity.kind == "place" and m.entity.country}) <= 1:  # (towns in two states: no guess)
        country = struck.pop()  # ("a truck bomb ripped through Kabul's diplomatic quarter": the ground struck)
    evidence = by_weapon[0] if by_weapon else token
    phrase = evidence.doc[evidence.left_edge.i:evidence.i + 1] if by_weapon else evidence.doc[token.i:token.i + 1]
    return [Party(name="unidentified attackers", country=country, sector="UNK", start=phrase.start_char, end=phrase.end_char)]


# acts only a state's own bodies carry out where they happen, and the sector that carries them out
# what moves markets, not a party: "supported by U.S. data", "hit by fears of a slowdown"
MARKET_FORCES = {"data", "datum", "figures", "statistics", "numbers", "news", "price", "prices", "demand", "hope", "hopes",
                 "expectation", "expectations", "earnings", "gain", "gains", "sales", "optimism", "fear", "fears", "growth",
                 "yield", "yields", "rate", "rates", "rally", "inflows", "outflows", "buying", "selling", "sentiment"}
STATE_POWERS = {"arrest": "COP", "deport": "GOV", "expel": "GOV", "convict": "JUD", "investigate": "JUD", "curfew": "GOV",
                "access": "GOV",  # "inspectors were allowed back into Iraq": by its authorities
                "release": "GOV"}  # "forty political prisoners were released in Burma"
# those whose captors, not a state, free them ("hostages were released in Iraq")
KIDNAPPED = {"hostage", "hostages", "captive", "captives", "kidnapped", "abducted", "abductees"}


# "three opposition leaders were charged with treason": legal charges, brought by the state's courts
LEGAL_CHARGES = {"charge", "indict", "prosecute"}


LAW_OFFICERS = {"police", "prosecutor", "prosecutors", "prosecution", "judiciary", "investigator", "investigators", "policeman"}


def authorities_where(token: Token, anchor: Token, rule: dict[str, Any], mentions: Mentions) -> list[Party]:
    """"A French journalist was arrested in Iran", "was put under investigation in Italy": an
    arrest, trial, deportation or inquiry with no named agent is the act of the authorities of the
    state where it happened; the place phrase is the evidence for them."""
    verb = token if token.pos_ in ("VERB", "AUX") else anchor
    passive = bool(passive_patients(verb)) and not any(c.dep_ == "agent" for c in verb.children)
    if not passive or rule.get("mode") == "release" and any(t.lower_ in KIDNAPPED for p in passive_patients(verb) for t in p.subtree):
        return []
    mode = rule.get("mode") or ("convict" if rule["type"] == "ACCUSE" else None)  # charges are the courts'
    where = location_mention(token, anchor, mentions)
    if where is None and verb.dep_ == "conj" and passive_patients(verb) == passive_patients(verb.head):
        where = location_mention(verb.head, verb.head, mentions)  # "were detained in Kabul and charged with spying"
    if where is None and mode in ("deport", "expel"):  # "were deported from Zambia"
        where = next((m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" for m in [mentions.at(p)]
                      if m is not None and m.entity.kind in ("place", "country")), None)
    if where is None and mode == "curfew":  # "a curfew was imposed on the Zambian capital"
        where = next((m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                      for p in c.children if p.dep_ == "pobj" for t in p.subtree for m in [mentions.at(t)]
                      if m is not None and m.entity.country), None)
    if where is None and mode == "access":  # "were allowed back into Iraq"
        where = next((m for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ in ("into", "to", "back")
                      for p in [*c.children, *(g for q in c.children if q.dep_ == "prep" for g in q.children)]
                      if p.dep_ == "pobj" for m in [mentions.at(p)]
                      if m is not None and m.entity.kind in ("place", "country")), None)
    if where is None and mode == "convict":
        # "the opposition leader was sentenced to two years": with no place named, his own state's courts
        where = next((m for c in passive_patients(verb) for m in expand_parties(c, mentions)
                      if m.entity.country and m.entity.kind in ("person", "group")), None)
    if where is None and mode in ("arrest", "convict"):
        # "the Saudi public prosecutor said 18 nationals had been arrested": law officers tell of
        # their own state's arrests
        where = next((m for s in (verb.head.children if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING else [])
                      if s.dep_ == "nsubj" and (s.lemma_.lower() in LAW_OFFICERS or any(  # "a police spokesman"
                          c.dep_ == "compound" and c.lower_ in LAW_OFFICERS for c in s.children))
                      for t in s.subtree for m in [mentions.at(t)]
                      if m is not None and m.entity.country), None)
    if where is None or where.entity.country is None:
        return []
    kb = load_kb()
    c = where.entity.country
    name = f"authorities of {kb.countries[c].name if c in kb.countries else c}"
    return [Party(name=name, country=c, sector=STATE_POWERS[mode], start=where.entity.start, end=where.entity.end)]


# governors that make a future act an offer or promise (AGREE: "agree to, offer, promise, or otherwise
# indicate willingness"), as against a bare announcement ("will withdraw", CONCEDE)
OFFERING = {"agree", "offer", "promise", "pledge", "vow", "undertake", "willing", "ready", "prepared", "committed", "eager"}


def is_offer(verb: Token) -> bool:
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp", "pcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head if t.dep_ != "pcomp" else t.head.head
        if t.lemma_.lower() in OFFERING or t.lower_ in OFFERING:
            return True
    return False


# what a base or camp does with the people in it
HOUSING = {"house", "host", "hold", "shelter"}

# armed groups that are no state's forces
IRREGULAR_SECTORS = {"REB", "UAF", "PRM", "INS"}

# acts that land on the place they happen: the manual requires a recipient for AID, SANCTION and
# COOPERATE; violence, coercion and troop movements are directed at whoever is where they happen
PLACE_DIRECTED = {"AID", "SANCTION", "COOPERATE", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}


def place_recipient(token: Token, anchor: Token, event_type: str, actors: list[Party],
                     mentions: Mentions) -> list[Party]:
    """"Israeli troops fired in Jericho", "Red Cross suspended aid deliveries in Baghdad": with no
    target named, the state or territory where it happens receives it (its people). Troops moved
    within their own country threaten nobody named."""
    where = location_mention(token, anchor, mentions)
    if where is None or where.entity.country is None:
        return []
    if event_type in ("MOBILIZE", "COOPERATE", "RETREAT") and where.entity.country in {p.country for p in actors}:
        return []  # troops moved at home, or a joint drill off one partner's coast, aim at nobody else
    e = where.entity
    return [Party(name=e.name, country=e.country, sector=e.sector if e.kind == "country" else None,
                  start=e.start, end=e.end)]


# measures a state takes over a territory and the people in it, not towards another party
TERRITORIAL = {"curfew", "martial law", "state of emergency", "emergency rule", "emergency"}

DISASTERS = MISHAPS | {"drought", "wildfire", "wildfires", "epidemic", "pandemic", "outbreak", "disaster", "heatwave",
                       "famine", "eruption", "volcano", "snowstorm", "blizzard", "cholera", "ebola", "covid",
                       "floodwater", "floodwaters", "snowdrift", "snowdrifts", "mudslide", "rockfall"}


def is_territorial(rule: dict[str, Any]) -> bool:
    return rule.get("mode") in ("curfew", "martial-law") or bool(rule.get("objects")) and set(rule["objects"]) <= TERRITORIAL


# what a state allows or forbids its own people: "banned public gatherings", "lifted restrictions on travel"
CIVIC_ACTIVITIES = {"gathering", "gatherings", "protest", "protests", "demonstration", "demonstrations", "rally",
                    "rallies", "assembly", "assemblies", "movement", "travel", "strike", "strikes", "march", "marches",
                    "internet", "media", "press", "newspaper", "newspapers", "broadcasts", "worship", "meetings", "activity", "activities"}


def is_civic_restriction(token: Token, anchor: Token, rule: dict[str, Any]) -> bool:
    """A ban or restriction imposed or lifted on what people may do (assemble, travel, publish)."""
    if rule["type"] not in ("COERCE", "CONCEDE") or not {"ban", "restrictions", "restriction", "curbs", "protests"} & set(
            rule.get("objects", [])):
        return False
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    words = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prep") for t in c.subtree}
    return bool(words & CIVIC_ACTIVITIES)


def drops_own_measure(token: Token, anchor: Token, rule: dict[str, Any]) -> bool:
    """"Kenya's president withdrew the finance bill", "scrapped the fuel tax": a state yielding on a
    measure of its own yields to its own people."""
    if rule["type"] != "CONCEDE":
        return False
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    # ("backtracked on its plan to raise fuel duty": the measure named after the particle)
    dropped = [*(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")),
               *(o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj")]
    return any(c.lemma_.lower() in OWN_MEASURES for c in dropped)


# what a government promises its own people: a vote, a reform, a law, a freedom, power itself
PLEDGED_AT_HOME = {"election", "elections", "poll", "polls", "vote", "referendum", "reform", "reforms", "law", "laws",
                   "constitution", "subsidy", "subsidies", "politics", "democracy", "multiparty", "rights", "freedom",
                   "freedoms", "broadcasting", "amnesty", "corruption", "tax", "taxes", "wages", "pensions", "censorship",
                   "power", "civilian", "parliament", "press"}


def pledges_at_home(token: Token, anchor: Token, rule: dict[str, Any], actors: list[Party], mentions: Mentions) -> bool:
    """"Kenya's President Moi promised to introduce multiparty politics", "Nigeria's military ruler
    promised to hand power to an elected civilian government": a state's promise of a vote, a
    reform or a freedom is made to its own people, where the promise names no one abroad."""
    if rule["type"] != "AGREE" and not is_offer(anchor):
        return False
    states = {p.country for p in actors if p.country and not p.igo and p.sector in STATE | {None}}
    if len(states) != 1 or len(actors) != 1:  # (a government and its opposition agreeing bind each other)
        return False
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    promised = [verb] if verb is not token or is_offer(anchor) else []
    promised += [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "dative")]
    words = {t.lower_ for c in promised for t in (c.subtree if c is not verb else [c])}
    if not words & PLEDGED_AT_HOME:
        return False
    # (a circumstance or an aim beside the promise is not whom it is made to: "as part of reforms
    # aimed at joining the European Union")
    return not any((m := mentions.at(t)) is not None and (m.entity.igo or m.entity.country not in states | {None})
                   and not any(a.dep_ in ("acl", "relcl", "advcl") or a.dep_ == "prep" and a.lower_ in CIRCUMSTANCES | {"as"}
                               for a in _path_up(t, c))
                   for c in promised if c is not verb for t in c.subtree)


def _path_up(t: Token, top: Token) -> list[Token]:
    """The tokens from `t` up to (not including) `top`, its ancestor."""
    path = []
    while t.i != top.i and t.head.i != t.i:
        path.append(t)
        t = t.head
    return path


PRESSURES = {"demand", "demands", "pressure", "pressures", "call", "calls", "protest", "protests", "strike", "strikes",
             "anger", "outcry", "backlash", "demonstration", "demonstrations", "unrest", "riot", "riots"}


def yields_to_unnamed(token: Token, anchor: Token, mentions: Mentions) -> bool:
    """"bowed to student demands", "gave in to pressure from the street", "after mass protests": a
    state yielding to pressure no foreign party is named for yields to its own people."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    # ("backed down and restored the election date after days of protests": the reason told once, on the last verb)
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    pressed = [o for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
               if o.dep_ == "pobj" and o.lemma_.lower() in PRESSURES]
    # "dismissed the cabinet after protests over fuel prices"
    pressed += [o for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("after", "following", "amid")
                for o in c.children if o.dep_ == "pobj" and any(t.lemma_.lower() in PRESSURES for t in o.subtree)]
    # ("bowed to international pressure": pressure from abroad is not the street's)
    pressed = [o for o in pressed if not any(a.dep_ == "amod" and a.lower_ in FOREIGN_PRESSURE for a in o.children)]
    return bool(pressed) and not any((m := mentions.at(t)) is not None and (m.entity.igo or m.entity.kind == "country"
                                     or m.entity.resolution == "kb-demonym") for o in pressed for t in o.subtree)


FOREIGN_PRESSURE = {"international", "foreign", "global", "western", "world", "outside", "diplomatic", "external"}


RESOLVE_NOUNS = {"decision", "move", "bid", "attempt", "effort", "plan", "pledge", "promise", "threat", "offer", "readiness",
                 "willingness", "determination", "resolve", "vow", "intention", "commitment"}

OWN_MEASURES = {"bill", "law", "tax", "levy", "reform", "quota", "decree", "ordinance", "amendment", "surcharge", "hike", "increase",
                "nomination", "plan", "decision", "policy", "sentence", "conviction", "verdict", "punishment", "execution"}


def names_own_body(token: Token, anchor: Token) -> bool:
    """"Saied dissolved the country's judicial council", "the junta suspended its electoral
    commission": the object belongs to the acting state itself."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "suspended parliament": a body every state has, named without an owner, is the actor's own
    if any(c.lemma_.lower() in OWN_INSTITUTIONS and not any(
            g.dep_ in ("poss", "amod", "compound") and g.ent_type_ in ("GPE", "NORP") for g in c.children) for c in objects):
        return True
    return any(g.dep_ == "poss" and (g.lemma_.lower() in ("country", "nation") or g.lower_ == "its")
               for c in objects for g in c.children)


# stretches of land an army takes
GROUND = {"territory", "strip", "land", "zone", "area", "corridor", "hill", "heights", "ground", "enclave", "buffer", "pocket",
          "salient", "bridgehead", "foothold", "positions"}

OWN_INSTITUTIONS = {"parliament", "constitution", "legislature", "judiciary", "senate", "congress", "cabinet"}


def acts_on_own_people(token: Token, anchor: Token, rule: dict[str, Any], actors: list[Party], mentions: Mentions) -> bool:
    """"Turkish police rounded up 100 suspected members of the Gulen movement", "Iran's judiciary
    imposed a travel ban on a reformist politician", "prosecutors opened a probe into financing by
    a former president": a state arresting, banning or investigating people the sentence gives no
    other country acts on its own people."""
    if not (rule["type"] == "COERCE" or rule["type"] == "ACCUSE" and rule.get("mode") in ("investigate", "allege")
            or rule["type"] == "SANCTION" and rule.get("cameo") == "163"
            or rule["type"] == "RETREAT" and rule.get("mode") == "release"  # "freed 40 political prisoners"
            # "granted amnesty to five former police officers", "pardoned 150 prisoners"
            or rule["type"] == "CONCEDE" and token.lemma_.lower() in CLEMENCY):
        return False
    if rule.get("cameo") == "192" and any(t.lemma_.lower() in GROUND for c in (anchor, token) for o in c.children
                                          if o.dep_ in ("dobj", "nsubjpass") for t in o.subtree):
        return False  # "Israeli troops occupied a strip of territory north of the border": ground, not one's people
    states = {p.country for p in actors if p.sector in STATE and p.country and not p.igo}
    if len(states) != 1:
        return False
    sent = token.sent
    if any((m.entity.country or m.entity.igo) not in states for m in mentions.items if sent.start <= m.root < sent.end
           and (m.entity.country or m.entity.igo)
           # (an unnamed watchdog that reports it, "rights groups say", is nobody's people)
           and not (m.entity.country in TRANSNATIONAL_CODES and m.entity.resolution.startswith("unnamed"))):
        return False  # "detained two Canadians", "a probe into Russian hackers": someone else's people
    kb = load_kb()
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    phrases = [c for h in {verb, token} for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    # ("a probe into campaign financing by a former president": whose acts are looked into)
    preps = ("on", "into", "against", "of", "by") if not any(c.dep_ == "nsubjpass" for c in verb.children) \
        else ("on", "into", "against", "of")
    phrases += [o for h in {verb, token} for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj"]
    phrases += [o for d in list(phrases) for c in d.children if c.dep_ == "prep" and c.lower_ in ("on", "into", "against")
                for o in c.children if o.dep_ == "pobj"]
    if rule["type"] == "CONCEDE":  # whom clemency is granted to
        phrases += [o for h in {verb, token} for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for o in c.children if o.dep_ == "pobj"]
    if rule["type"] in ("COERCE", "RETREAT"):
        return True  # "seized hundreds of white-owned farms": property or people, at home
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in PERSON_NOUNS or kb.sector_of(t.lower_)[1] is not None)
               or (m := mentions.at(t)) is not None and m.entity.kind == "person"  # "oil tycoon Mikhail Khodorkovsky"
               for p in phrases for t in p.subtree)


CLEMENCY = {"amnesty", "pardon", "clemency", "reprieve", "commute"}

# people the role table does not list (it lists those with a sector)
PERSON_NOUNS = {"member", "politician", "suspect", "opponent", "family", "man", "woman", "person", "figure", "critic",
                "relative", "lawyer", "businessman", "businesswoman", "citizen", "resident", "blogger", "user"}


def own_territory(token: Token, anchor: Token, actors: list[Party]) -> list[Party]:
    """"Kenya's government lifted the state of emergency in Mandera County": a curfew or an
    emergency is imposed on (or lifted from) the people where it applies. A place the gazetteer
    resolves is a recipient already; one it does not know is taken to lie in the state that
    rules it, and with no place named, the measure falls on that state's own people."""
    # ("Soviet hardliners declared a state of emergency": one who wields a state's powers, of no named office)
    states = {p.country for p in actors if (p.sector in STATE or p.sector is None) and p.country and not p.igo}
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


def insurgents_home(token: Token, anchor: Token, actors: list[Party], mentions: Mentions) -> list[Party]:
    """"FARC rebels hijacked a domestic airliner": rebels who strike at no one named, in a sentence
    that names no state but their own, strike their own country."""
    own = {p.country for p in actors}
    if not actors or not all(p.sector in IRREGULAR_SECTORS for p in actors) or len(own) != 1 or None in own \
            or _names_a_foreign_party(token.sent, own, mentions):
        return []
    country = next(iter(own))
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    obj = token if token.pos_ in ("NOUN", "PROPN") else next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), token)
    phrase = token.doc[obj.left_edge.i:obj.right_edge.i + 1]
    kb = load_kb()
    name = "people of " + (kb.countries[country].name if country in kb.countries else country)
    return [Party(name=name, country=country, sector="CVL", start=phrase.start_char, end=phrase.end_char)]


def says_joint(token: Token, anchor: Token) -> bool:
    return any(c.lower_ in ("joint", "combined", "bilateral", "trilateral") for c in token.children) or \
        any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") and not after_border(c) for h in (token, anchor) for c in h.children)


def after_border(prep: Token) -> bool:
    """"near its border with Azerbaijan", with the parser hanging "with" on the verb: the state faced,
    not a partner."""
    return prep.i > 0 and prep.nbor(-1).lemma_.lower() in BORDER_NOUNS


def border_partner(anchor: Token, mentions: Mentions) -> list[Mention]:
    found = [m for c in anchor.subtree if c.dep_ == "prep" and c.lower_ == "with" and after_border(c)
             for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions) if m.entity.country][:1]
    # "on the Syrian border", "along the Lebanese frontier": the state named on the border itself
    return found or [m for b in anchor.subtree if b.lemma_.lower() in BORDER_NOUNS and b.pos_ == "NOUN"
                     for c in b.children if c.dep_ in ("amod", "compound") and (m := mentions.at(c)) is not None
                     and m.entity.country and m.entity.kind in ("country", "group", "place")][:1]


def anchor_of(token: Token, rule: dict[str, Any]) -> Token:
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


def find_parties(token: Token, rule: dict[str, Any], anchor: Token, mentions: Mentions) -> tuple[list[Party], list[Party], bool]:
    if rule.get("ultimatum"):
        actors, recipients = _ultimatum_parties(token, mentions)
        return [party_of(m) for m in actors], [party_of(m) for m in recipients if m not in actors], False
    if rule.get("victims_subject"):  # "four civilians died in a NATO air strike"
        attack = attack_in(token)
        actors = attack_owners(attack, mentions) if attack is not None else []
        # ("died in air strikes by the Saudi-led coalition", with the "by" hung on the verb)
        actors = actors or [m for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                            for m in expand_parties(p, mentions)]
        recipients = [m for c in token.children if c.dep_ == "nsubj" for m in expand_parties(c, mentions)]
        actors, recipients = _domestic(actors, recipients, rule["type"], token, anchor, mentions)
        return [party_of(m) for m in actors], [party_of(m) for m in recipients if m not in actors], False
    if rule.get("between"):  # "fighting broke out between the army and the RSF": both sides fight
        actors, recipients = _domestic(combatants(token, mentions), [], rule["type"], token, anchor, mentions)
        return [party_of(m) for m in actors], [], True
    if rule["type"] == "SUPPORT" and token.dep_ == "pobj" and token.head.lower_ in ("in", "of") and "of" not in rule["recipient"]:
        # "marched in support of Hezbollah", "a show of support of the plan": the "of" names who is backed
        rule = {**rule, "recipient": [*rule["recipient"], "of"]}
    actors: list[Mention] = []
    recipients: list[Mention] = []
    reciprocal = False
    place_struck: list[Mention] = []
    looked_into: list[Mention] = []  # doers named by a "by" the parser hung on an investigation
    passive = token.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubjpass" for c in token.children) \
        and not rule.get("stative")
    # "freed two politicians detained since June", parsed with the politicians as the subject of a
    # bare participle: a participle without an auxiliary is passive, its subject the one acted on
    # "Hundreds of students protested in Manila", misparsed as a noun with a reduced relative clause
    # and no main verb: the noun is the subject
    # "Gunmen believed to be Boko Haram fighters killed 25 farmers", parsed with "killed" as a
    # relative clause of "fighters": a finite past verb with an object cannot be a reduced relative
    rootless = token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and (
        token.head.dep_ == "ROOT" or token.tag_ == "VBD" and any(c.dep_ == "dobj" for c in token.children)
        # "Thousands of Serbs massed in Belgrade", with the count as the root
        or token.tag_ == "VBD" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of"
        and token.head.head.head.dep_ == "ROOT" and token.head.head.head.pos_ in ("NOUN", "NUM"))
    # ("Chinese police arrested 12 members ..., a rights group said", tagged a participle: with a
    # subject and an object of its own it is a finite verb)
    passive = passive or token.tag_ == "VBN" and token.dep_ in ("ccomp", "acl", "relcl", "advcl") \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children) and not rootless \
        and not (token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children)
                 and any(c.dep_ == "dobj" for c in token.children))
    # "was convicted and sentenced to life": the second participle shares the first one's passive
    # (also when the second one is tagged a past tense: "was evicted and sentenced to 50 weeks")
    # (not "was admitted to the WTO and promised to open its markets": one who undertakes to act acts)
    passive = passive or token.tag_ in ("VBN", "VBD") and token.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in token.children) \
        and not any(c.dep_ == "dobj" for c in token.children) \
        and not (token.lemma_.lower() in UNDERTAKING and any(c.dep_ == "xcomp" for c in token.children)) \
        and any(c.dep_ == "auxpass" for c in token.head.children) and any(c.dep_ == "nsubjpass" for c in token.head.children)
    # "pleaded not guilty and were released on bail": a passive of its own shares only the subject,
    # who is the one acted on
    passive = passive or token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    if rootless and not passive:
        actors = expand_parties(token.head, mentions)
    elif rule.get("stative") and token.dep_ != "acomp":  # "Ghana is committed to ...": the subject is willing
        # ("Paris was outraged by Iran's execution of ...": one who feels it, not what it is felt at)
        actors = [m for c in token.children if c.dep_ == "nsubjpass" for m in expand_parties(c, mentions)] \
            if "by" in rule.get("recipient", []) else _subject_parties(token, mentions)
        if not actors and any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in token.children):
            actors = _subject_parties(token, mentions)  # ("said it would not be bound by the resolution")
    elif passive:  # "X was attacked by Y": Y acts; "X was attacked": nobody named does
        # ("the dollar was supported by recent U.S. economic data": figures are no doer, nor their state)
        actors = [m for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  and not any(w.lemma_.lower() in MARKET_FORCES for w in (p, *(g for g in p.children if g.dep_ == "compound")))
                  for m in expand_parties(p, mentions)]
        # ("were hurt by a Maoist rebel ambush": the attack's owners struck)
        actors = actors or [m for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                            and p.lemma_.lower() in DEADLY_ATTACKS and rule["type"] == "ASSAULT" for m in attack_owners(p, mentions)]
        if rule["type"] == "ASSAULT":
            # "downed by a missile fired from Russian territory", "set ablaze by drones launched by the
            # Houthis": whoever the weapon's own clause says sent it, not the drones
            actors = [m for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                      for m in _launchers(p, mentions)] or actors
        if rule["type"] == "ASSAULT" and (attack := attack_in(token)) is not None and (
                not actors or all(is_weapon(token.doc[m.root]) for m in actors)):
            # "three soldiers were killed in a Taliban ambush"; ("were hit by drones in an attack claimed
            # by the Houthis": the attack's owner, not the weapon)
            actors = attack_owners(attack, mentions) or actors
        if not actors and rule["type"] == "ASSAULT" and (leaver := _left_in_state(token)) is not None:
            # "Israeli troops left 12 Palestinians injured", "the Serb attack left 20 Muslims wounded"
            actors = [m for c in leaver.children if c.dep_ == "nsubj"
                      for m in (attack_owners(c, mentions) if c.lemma_.lower() in DEADLY_ATTACKS else expand_parties(c, mentions))]
        if not actors and rule["type"] in ("AGREE", "SUPPORT", "CONSULT", "COOPERATE"):
            # "a deal between the United States and the Taliban was signed in Doha": the two sides
            actors = [m for c in token.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in BETWEEN_PARTIES
                      for b in c.children if b.dep_ == "prep" and b.lower_ == "between"
                      for p in b.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
            reciprocal = len(actors) > 1
        if not actors and rule.get("mode") in ("expel", "deport"):
            # "two diplomats were ordered to leave China": expelled by the state they must leave
            actors = [m for c in token.children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"
                      for m in expand_parties(o, mentions) if m.entity.kind == "country"]
        if not actors and rule.get("means_owner"):
            # "were hit with new British sanctions": whose the penalties are
            actors = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"
                      for a in o.children if a.dep_ in ("amod", "compound", "poss") for m in expand_parties(a, mentions)
                      if m.entity.country or m.entity.igo]
        if not actors and rule["type"] in SENT_BY_THEIR_STATE:
            # "Turkish rescue teams were sent to Syria": those sent are their own state's
            # ("Hundreds of French troops were sent": through the count to what it counts)
            sent = passive_patients(token)
            sent += [p for c in sent for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
            actors = [m for c in sent for a in c.children
                      if a.dep_ in ("amod", "compound", "poss") for m in expand_parties(a, mentions)
                      if m.entity.country and m.entity.kind != "place"]
    elif token.pos_ in ("VERB", "AUX") or token.dep_ == "acomp":
        actors = _subject_parties(token.head if token.dep_ == "acomp" else token, mentions)
        if not actors and token.dep_ == "acl" and token.head.lemma_.lower() in RESOLVE_NOUNS:
            # "Israel's decision to reject a French proposal": the one who decided acts
            actors = [m for c in token.head.children if c.dep_ == "poss" for m in expand_parties(c, mentions)]
    else:
        # ("talks held in Geneva between Iran and the EU": the phrases of the light verb that describes the noun)
        described_by = [g for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in rule.get("light", [])
                        for g in c.children]
        for child in [*token.children, *described_by]:
            if child.dep_ == "poss" or child.dep_ in ("amod", "compound") and rule["type"] == "PROTEST" \
                    and mentions.at(child) is not None:  # not the adjective "general" read as a title
                actors += expand_parties(child, mentions)  # "Iran's protest", "Palestinian riots"
            elif child.dep_ in ("amod", "compound", "nmod") and rule.get("as_subject") and rule["type"] != "ASSAULT" \
                    and (m := mentions.at(child)) is not None and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym"):
                # "the Chinese crackdown on Falun Gong has led to ...": the state's own act
                actors += [Mention(x.entity.model_copy(update={"sector": x.entity.sector or "GOV"}), x.root, x.tokens)
                           for x in expand_parties(child, mentions)]
            elif child.dep_ in ("amod", "compound") and rule["type"] == "ASSAULT":
                # "Israeli raids", "the U.S. missile strikes": the state named before the attack
                named = [child, *(g for g in child.children if g.dep_ in ("amod", "compound") and child.dep_ == "compound"
                                        and child.lemma_.lower() in MEANS)]  # not "took American missionaries hostage"
                named += [x for x in child.conjuncts if x.dep_ == "conj"]  # "the American and British bombing of Iraq"
                # "the American-led air strikes": the state that leads them
                named += [g for g in child.children if child.lower_ == "led" and g.dep_ in ("npadvmod", "compound", "nmod", "amod")]
                # ("Hezbollah rocket attacks", "Taliban raids": an armed group named before them too)
                found = [m for g in named if (m := mentions.at(g)) is not None
                         and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym"
                              or m.entity.sector in ARMED_GROUPS and m.entity.kind in ("organization", "group")
                              and m.entity.resolution.startswith("kb"))]
                struck = [m for m in found if names_where_struck(child, m)]
                actors += [m for m in found if m not in struck]
                place_struck += struck
            if child.dep_ == "prep" and child.lower_ in ("between", "among") and child.lower_ not in rule.get("recipient", []):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    actors += expand_parties(pobj, mentions)
                reciprocal = bool(actors)
            # ("Amnesty launched an investigation into killings by Liberian troops", with "by" hung on
            # the investigation: the one who launched it is its doer, the killers are those looked into)
            launched = child.lower_ == "by" and is_light(light_head(token), rule) and bool(_subject_parties(anchor, mentions))
            if launched:
                looked_into += [m for p in child.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
            if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by") and not actors and not launched \
                    and child.lower_ not in rule.get("recipient", []):  # "the invasion of Iraq": Iraq is invaded
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    actors += expand_parties(pobj, mentions)
        if actors and anchor is not token and all(m.entity.resolution.startswith("unnamed") for m in actors) \
                and _governed_by(token, rule):
            # "parliament approved the deployment of troops": unnamed forces go where the one who sent them says
            actors = _subject_parties(anchor, mentions) or actors
        if rule.get("joint") and not actors:
            actors = _modifier_parties(token, mentions)
            reciprocal = len(actors) > 1
        if not actors and anchor is not token and _governed_by(token, rule):
            actors = _subject_parties(anchor, mentions)
    holders = [token]
    if token.pos_ not in ("VERB", "AUX") and is_light(light_head(token), rule):
        holders.append(light_head(token))
        if token.head.lower_ == "of" and token.head.head.lower_ in MEASURE_NOUNS:
            holders.append(token.head.head)  # "a barrage of missiles at Odesa"  # "imposed sanctions on Belarus": the preposition hangs on the verb
    # "pulled out of Kherson": the phrase hangs on the particle the parser reads as a preposition
    slots = [c for h in holders for c in h.children]
    # ("was disgusted that Russia had vetoed it": the clause of what dismays hangs on the copula)
    slots += [c for c in token.head.children if token.dep_ == "acomp" and c.dep_ == "ccomp" and c.i > token.i]
    # "moved three divisions closer to the border", "stood firm against": the phrase hangs on the adverb
    slots += [g for c in slots if c.dep_ in ("advmod", "acomp") and c.lower_ in ("closer", "nearer", "firm") for g in c.children if g.dep_ == "prep"]
    slots += [g for c in slots if c.dep_ in ("prep", "advmod") and c.lower_ in PARTICLES and follows_verb(c, c.head)
              for g in c.children if g.dep_ == "prep"]
    # "banned U.S. firms from trading with Iran": the one cut off is whom the dealings were with,
    # not the actor's own firms
    recipients = [m for c in slots if c.dep_ == "prep" and c.lower_ == "from" for v in c.children
                  if v.dep_ == "pcomp" and v.lemma_.lower() in DEALINGS for g in v.children
                  if g.dep_ == "prep" and g.lower_ in ("with", "to", "in") for p in g.children if p.dep_ == "pobj"
                  for m in expand_parties(p, mentions)] if rule["type"] == "SANCTION" else []
    # "banning all U.S. trade with Iran": the partner in the dealings cut, not the actor's own traders
    recipients = recipients or [m for c in slots if c.dep_ == "dobj" and c.lemma_.lower() in DEALINGS | DEALING_NOUNS
                                for g in c.children if g.dep_ == "prep" and g.lower_ in ("with", "to", "from")
                                for p in g.children if p.dep_ == "pobj"
                                for m in expand_parties(p, mentions)] if rule["type"] == "SANCTION" else []
    # "two Tibetan monks arrested in Lhasa": the noun a bare participle describes is what it acts on
    described = passive_patients(token) if passive and token.dep_ in ("acl", "conj") else []
    envoy_posts: list[Mention] = []
    for where in ([] if recipients else rule.get("recipient", [])):
        for child in slots + described:
            if where == "dobj" and (child.dep_ in ("dobj", "nsubjpass") or child in described):
                # ("seized 15 British sailors ..., freed them": the people the pronoun stands for)
                child = pronoun_antecedent(child) or child
                recipients += [m for m in expand_parties(child, mentions) if not names_where_struck(token.doc[m.root], m)]
                # "referred the sinking to the Security Council and asked it to punish the North": the
                # pronoun is the body the first verb turned to
                first = [token.head, *(o for o in token.head.children if o.dep_ == "dobj")] \
                    if child.lower_ in ("it", "them") and token.dep_ == "conj" else []
                recipients += [m for h in first for c in h.children
                               if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i < token.i
                               for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
                # "shelled positions held by rebels": ground struck is its holders'
                recipients += [m for a in child.children if a.dep_ == "acl" and a.lemma_.lower() in HOLDING_GROUND
                               for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                               for m in expand_parties(o, mentions) if m not in recipients]
            elif where == "oprd" and child.dep_ == "oprd":  # "called Scholz on Monday", read as a naming
                recipients += expand_parties(child, mentions)
            elif where == "dobj" and child.dep_ == "ccomp":
                recipients += [m for o in _said_to_be(child) for m in expand_parties(o, mentions)]
            elif where == "poss_of_dobj" and (child.dep_ in ("dobj", "nsubjpass") or child in described):
                # "Japan's plan", "the US proposal", "calls from Washington", "demands by the union"
                # (not the actor's own state named as the object: "withdrew the United States from the deal")
                own_name = mentions.at(child)
                own_name = own_name if own_name is not None and own_name.entity.kind == "country" \
                    and own_name.entity.country in {a.entity.country for a in actors} else None
                # ("withdrew its aid workers from Chechnya": what its own people are called is no owner)
                own_things = rule["type"] == "SANCTION" and rule.get("mode") == "withdraw" \
                    and any(g.dep_ == "poss" and g.lower_ in OWN_PRONOUNS for g in child.children)
                owners = [m for g in child.children if g.dep_ in (("poss",) if own_things else ("poss", "compound", "amod"))
                          for m in expand_parties(g, mentions)
                          if not names_where_struck(g, m)  # "condemned the Gaza strikes" blames not Gaza
                          and not _names_pact(child, g)  # ("welcomed the Geneva talks between Moscow and Washington")
                          and not (own_name is not None and m is own_name)
                          # ("halted U.S. funding to the agency": one's own money cut is no recipient of the cut)
                          and not (rule["type"] in ("SANCTION", "AID") and m.entity.kind == "country"
                                   and m.entity.country in {a.entity.country for a in actors})
                          # ("blocked World Bank loans to Nigeria": the lender named on the loans is not who loses them)
                          and not (rule["type"] in ("SANCTION", "AID") and m.entity.igo and child.lemma_.lower() in LENT_MONEY)]
                # ("approve Sweden's NATO bid": the body after the owner is what the bid is for)
                # (and "Sweden's NATO bid" parsed with the owner on the body)
                held = [(g, q) for g in child.children if g.dep_ == "compound" for q in g.children if q.dep_ == "poss"]
                owners += [m for _, q in held for m in expand_parties(q, mentions) if m not in owners]
                # ("rebuffed the list of demands drawn up by Saudi Arabia": whose the object is, said by a participle)
                owners = owners or [m for n in (child, *(p for g in child.children if g.dep_ == "prep" and g.lower_ == "of"
                                                         for p in g.children if p.dep_ == "pobj"))
                                    for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in AUTHORING
                                    for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                                    for m in expand_parties(p, mentions)]
                # ("recalled its ambassador to Israel": where the envoy is posted, whatever else the clause names)
                if not owners and rule["type"] == "SANCTION" and child.lemma_.lower() in POSTED_ENVOYS:
                    owners = [m for g in child.children if g.dep_ == "prep" and g.lower_ in ("to", "in", "at")
                              for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
                    envoy_posts += owners
                owned = any(g.dep_ == "poss" and g.i < m.root for g in child.children for m in owners) or bool(held)
                owners = [m for m in owners if not (owned and m.entity.igo and child.doc[m.root].dep_ == "compound")]
                recipients += owners
                # "China's interception of an American plane" is China's; the "of" phrase counts
                # only where no owner stands before the noun
                # ("the deportation of Ukrainian children by Russia": with a doer named by "by", the "of" is who suffered it)
                # (and the parser hangs such a "by" on an active verb: "examined the deportation of children by Russia")
                hung_by = [c for c in child.head.children if c.i > child.i and child.dep_ == "dobj"
                           and child.lemma_.lower() in WRONGS_SUFFERED | ATTACK_NOUNS]
                doers = [m for g in (*child.children, *hung_by) if g.dep_ in ("prep", "agent") and g.lower_ == "by"
                         for o in g.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)]
                recipients += [] if owners else doers or [m for g in child.children if g.dep_ == "prep" and g.lower_ in ("of", "from")
                                                          for o in g.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)]
                recipients += [] if owners else _authors(child, mentions)
                # "withdrew the trade status it had granted Islamabad": the one it was granted to
                recipients += [] if owners else [m for a in child.children if a.dep_ == "relcl" and a.lemma_.lower() in GRANTING
                                                 for o in a.children if o.dep_ in ("dative", "dobj") for m in expand_parties(o, mentions)]
            elif where == "poss_of_pobj" and child.dep_ == "prep" and not (
                    child.lower_ in ("at", "during") and any(o.lower_ in GATHERINGS for o in child.children if o.dep_ == "pobj")):
                # ("stood firm at the Kyoto climate talks": where it was said, not whom it was against)
                # ("stood firm on its demand for an apology from Pyongyang": the actor's own is no recipient,
                # the deeper phrase names one)
                recipients += [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ in ("poss", "compound", "amod") and not _names_pact(o, g)
                               for m in expand_parties(g, mentions)
                               if not (g.lower_ in OWN_PRONOUNS and m.entity.country in {a.entity.country for a in actors})] \
                    or [m for o in child.children if o.dep_ == "pobj" for m in _authors(o, mentions)]
                # "called for the overthrow of the government": whose act or fate is asked for, where
                # no modifier names it ("Swedish membership of NATO" is Sweden's)
                recipients = recipients or [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"
                               for m in expand_parties(p, mentions)]
                # "reneged on its promise to the Kenyan people": whom the promise was made to
                recipients += [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ == "prep" and g.lower_ == "to" for p in g.children if p.dep_ == "pobj"
                               for m in expand_parties(p, mentions)]
            elif where == "ccomp_subj" and (child.dep_ in ("ccomp", "xcomp") or child.dep_ == "acl" and token.pos_ == "NOUN"
                                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)):
                # (a noun's clause too: "Washington's demand that Gaddafi step down")
                # ("said intelligence indicated the airliner had been shot down by an Iranian missile":
                # the evidence cited is no party; the clause it points to names the doer)
                child = next((x for x in child.children if x.dep_ == "ccomp"), child) if child.lemma_.lower() in EVIDENCING \
                    and any(g.dep_ in SUBJECT_DEPS and g.lemma_.lower() in EVIDENCE for g in child.children) else child
                subjects = [g for g in child.children if g.dep_ in SUBJECT_DEPS]
                # "said the attackers had been trained by Lashkar-e-Taiba": the doer a passive names
                doers = [m for g in child.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                         for m in expand_parties(p, mentions)] if any(g.dep_ == "nsubjpass" for g in subjects) \
                    or any(g.dep_ == "auxpass" for g in child.children) else []
                found = doers or [m for g in subjects for m in expand_parties(g, mentions)]
                # "told Gaddafi that he must hand over the suspects": the pronoun is the one told
                found = found or [m for g in subjects if g.lower_ in ("he", "she", "it", "they") for o in child.head.children
                                  if o.dep_ in ("dobj", "dative") and o.i < child.i for m in expand_parties(o, mentions)]
                # "rejecting an offer by the Taliban rulers, demanded that they hand over bin Laden": one
                # asks others, so "they" are the last party named before, outside the asker's own phrase
                found = found or [m for g in subjects if g.lower_ == "they" and child.head.lemma_.lower() in DEMANDING
                                  for m in _last_party_before(g, child.head, mentions)]
                # "said the sanctions imposed by Washington were illegal": whose act is judged
                recipients += found or [m for g in subjects for a in g.children if a.dep_ == "acl"
                                        for b in a.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj"
                                        for m in expand_parties(p, mentions)]
            elif where == "ccomp_subj" and child.dep_ == "prep" and child.head.pos_ in ("VERB", "AUX"):
                # "said in a letter to the UN that Kuwait was stealing oil", the clause hung on the letter
                recipients += [m for r in reported_clauses(child.head) if r.dep_ in ("relcl", "acl") and r.head.head.i == child.i
                               for g in r.children if g.dep_ in SUBJECT_DEPS for m in expand_parties(g, mentions)]
            elif where == "for_from" and child.dep_ == "prep" and child.lower_ == "for":
                recipients += [m for o in child.children if o.dep_ == "pobj" for g in o.children
                               if g.dep_ == "prep" and g.lower_ == "from" for p in g.children for m in expand_parties(p, mentions)]
            elif where == "speech_giver" and child.dep_ in ("advcl", "prep"):
                recipients += _speech_givers(child, mentions)
            elif where == "escaped_agent":
                recipients += _escaped_agents(child, mentions)
            elif where == "dative" and child.dep_ in ("dative", "iobj"):
                recipients += expand_parties(child, mentions)
            elif where == "deal_partner" and child.dep_ in ("dobj", "advcl"):
                # "signed a deal to supply crude to a Chinese refinery": the deal's other side, with
                # the purpose on the deal or (as the parser often has it) on the verb
                terms = [child] if child.dep_ == "advcl" and any(a.lower_ == "to" for a in child.children) \
                    else [a for a in child.children if a.dep_ in ("acl", "relcl")] if child.dep_ == "dobj" else []
                # ("signed accords normalising relations with Israel": the partner named on the terms' object)
                recipients += [m for a in terms for c in (*a.children, *(g for o in a.children if o.dep_ == "dobj"
                                                                      and o.lemma_.lower() in ("relation", "tie") for g in o.children))
                               if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "with", "from")
                               for p in ([g for g in c.children if g.dep_ == "pobj"] or [c])
                               for m in expand_parties(p, mentions)]
            elif where == "despite":
                # "refused to hand them over despite fresh pressure from London": whose pressure is
                # refused, where the refusal names no one else
                despite = [child] if child.dep_ == "prep" else list(child.children) if child.dep_ == "xcomp" else []
                # ("refused to budge on the composition of the legislature despite British appeals", hung on the noun)
                despite += [g for d in list(despite) if d.dep_ == "prep" and d.lower_ != "despite" for o in d.children
                            if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep" and g.lower_ == "despite"]
                for o in (g for d in despite if d.dep_ == "prep" and d.lower_ == "despite" for g in d.children if g.dep_ == "pobj"):
                    pressed = [m for g in o.children if g.dep_ in ("poss", "compound", "amod") for m in expand_parties(g, mentions)] \
                        or [m for g in o.children if g.dep_ == "prep" and g.lower_ in ("from", "by", "of")
                            for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
                    # ("refused to budge on Hong Kong's legislature despite British appeals": whose appeals
                    # are refused outranks what the refusal is about, though not the owner of what is
                    # refused: "vetoed Ukraine's aid package despite pressure from Berlin")
                    if not recipients or o.lemma_.lower() in PRESSING_NOUNS and pressed \
                            and not any(c.dep_ == "dobj" for c in token.children):
                        recipients = pressed
            elif where == "as_warning" and child.dep_ == "prep" and child.lower_ == "as":
                # "sent a carrier as a warning to Iran": whom the show of force is meant for
                recipients += [m for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in ("warning", "message", "signal")
                               for g in o.children if g.dep_ == "prep" and g.lower_ == "to"
                               for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
            elif child.dep_ in ("prep", "dative", "prt") and child.lower_ == where and not (where == "with" and after_border(child)):
                # ("sealed off [prt] the West Bank [pobj]")
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if where in ("after", "following") and pobj.lemma_.lower() in BLAMED_ACTS:
                        # "on alert after a massacre of Hindu villagers": whoever did it, never its victims
                        recipients += [m for g in pobj.children if g.dep_ in ("amod", "compound", "poss")
                                       or g.dep_ == "prep" and g.lower_ == "by" for m in expand_parties(g, mentions)
                                       + [x for p in g.children if g.dep_ == "prep" and p.dep_ == "pobj"
                                          for x in expand_parties(p, mentions)]]
                        continue
                    recipients += expand_parties(pobj, mentions)
                    if rule["type"] == "ASSAULT":
                        # "fired missiles at two Iraqi bases housing American troops": those the place holds are struck too
                        recipients += [m for a in pobj.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in HOUSING
                                       for o in a.children if o.dep_ == "dobj" for m in expand_parties(o, mentions)]
                        # ("the bombing of Beirut airport": a site struck is the place it is named by)
                        recipients += [m for g in pobj.children if g.dep_ == "compound" and token.pos_ == "NOUN"
                                       and (m := mentions.at(g)) is not None and m.entity.kind == "place" and m.entity.country
                                       and not expand_parties(pobj, mentions)]
    if envoy_posts:  # (the posting, not a "to" the parser hung on the verb: "over arms sales to Azerbaijan")
        recipients = [m for m in recipients if m in envoy_posts]
    if not recipients and not reciprocal:  # "resumed talks with Seoul": the phrase hangs on the object
        preps = [w for w in rule.get("recipient", []) if w not in RECIPIENT_SLOTS]
        # ... or on the object of another phrase: "remained on alert along the border with India"
        # ("called up three divisions and massed tanks along the Lebanese border", with the parser
        # making "massed tanks" a second object)
        objects = [x for h in holders for o in h.children if o.dep_ == "dobj" for x in (o, *o.conjuncts)]
        # ("charges against Prigozhin would be dropped": a passive's subject is what is acted on)
        objects += [o for h in holders for o in h.children if o.dep_ == "nsubjpass" and h.pos_ in ("VERB", "AUX")]
        # ("agreed to a ceasefire with the RSF": the ceasefire is no party, its partner is)
        # ("walked out of the talks with Eritrea": the phrase under the particle too)
        objects += [p for o in slots if o.dep_ == "prep"
                    for p in o.children if p.dep_ == "pobj" and (o.lower_ not in preps or not expand_parties(p, mentions))]
        # ("share intelligence on militants with Morocco": hung one phrase deeper still)
        # (not a cause: "broke off talks with Seoul over exercises with the United States")
        objects += [p for o in list(objects) for c in o.children if c.dep_ == "prep" and c.lower_ not in preps
                    and c.lower_ not in CIRCUMSTANCES | {"over"} for p in c.children if p.dep_ == "pobj"]
        # ("pulled the last of its tanks out": what an amount measures is what is moved, not a party)
        recipients = [m for o in objects for c in o.children
                      if c.dep_ == "prep" and c.lower_ in preps and not (c.lower_ == "of" and (o.lower_ in QUANTITY_NOUNS or o.pos_ == "NUM"))
                      for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
        # "along the border with South Korea", with the parser hanging "with" on the verb
        recipients = recipients or [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0
                                    and (b := c.nbor(-1)).lemma_.lower() in BORDER_NOUNS and b.dep_ == "pobj"
                                    and b.head.lower_ in preps for p in c.children if p.dep_ == "pobj"
                                    for m in expand_parties(p, mentions)]
    if rule["type"] == "ACCUSE" and not looked_into and token.pos_ == "NOUN" and anchor is not token \
            and is_light(anchor, rule) and any(c.dep_ in SUBJECT_DEPS for c in anchor.children):
        # ... or on the verb that launched it: "opened an inquiry into torture by Nigerian police"
        looked_into = [m for c in anchor.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    if rule["type"] == "ACCUSE" and looked_into:
        recipients = looked_into
    elif rule["type"] == "ACCUSE" and (doers := _doers_of_judged_act(holders, mentions)):
        recipients = doers  # "denounced the bombing of its embassy as an act by NATO": NATO, not the embassy's state
    if rule.get("accused") and (accused := _accused(holders, rule["accused"], mentions)) \
            and any(m.entity.country or m.entity.igo for m in accused) and (  # ("about the rebel camps" names no one)
            all(a in recipients for a in accused)
            or not any(m.entity.kind == "country" or m.entity.country and m.entity.sector in STATE for m in recipients)):
        # a body told of a wrong hears it; a state the protest is lodged with is the one accused
        # ("lodged a protest with Washington over arms sales to Taiwan")
        recipients = accused
    if not recipients and not reciprocal and rule["type"] in ("ASSAULT", "COERCE"):
        recipients = _reporters_own(token, anchor, actors, mentions)
    recipients = recipients or place_struck
    if not recipients and not reciprocal and rule["type"] == "PROTEST":
        # "took to the streets to denounce the American strikes on Afghanistan": the state the
        # purpose is against, not every party its object names
        # ("stormed and set fire to the German embassy": first the embassy the verbs share)
        shared = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"] \
            if not any(c.dep_ == "dobj" for c in token.children) else []
        recipients = (_embassy_state(shared, mentions) if shared else []) or _foreign_aim(holders, actors, mentions)
    if not recipients and not reciprocal:
        recipients = _complement_recipients(token, rule, mentions)
    if not recipients and not reciprocal and rule["type"] in SAID_TO:
        recipients = _purpose_addressee(token, mentions)
    if not recipients and not reciprocal and rule["type"] == "REQUEST":
        recipients = _truce_sought_in(holders, actors, mentions)
    if not recipients and not reciprocal and rule["type"] == "ACCUSE":
        recipients = _deep_doer(holders, rule, actors, mentions) or _doer_told_before(token, actors, mentions)
    if not recipients and not reciprocal and rule["type"] == "CONCEDE":
        recipients = _asker_told_before(token, actors, mentions)
    if not recipients and not reciprocal and rule["type"] == "THREATEN" and rule.get("deep_recipient"):
        # "would treat all ships heading to Ukrainian ports as military targets": the state whose
        # ground the things marked as targets are bound for or belong to
        own = {m.entity.country for m in actors}
        recipients = [m for o in token.children if o.dep_ == "dobj" for t in o.subtree if t.i != o.i
                      for m in [mentions.at(t)] if m is not None and m.entity.country and m.entity.country not in own
                      and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym")][:1]
    if not recipients and not reciprocal and (rule["type"] in DEEP_TARGETED or rule.get("deep_recipient")):
        recipients = _deep_in_phrase(holders, rule, actors, mentions)
    if not recipients and not reciprocal and (rule.get("object_complement") or rule.get("named_doer")):
        # "described the detention as a kidnapping by the Belarusian state": the doer the damning name gives
        recipients = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for n in c.children if n.dep_ == "pobj"
                      for b in n.children if b.dep_ == "prep" and b.lower_ == "by" for p in b.children if p.dep_ == "pobj"
                      for t in p.subtree if (m := mentions.at(t)) is not None and m.entity.country
                      and m.entity.country not in {a.entity.country for a in actors}][:1]
    if not recipients and not reciprocal and rule["type"] == "ASSAULT" and token.lemma_.lower() == "claim":
        recipients = _claimed_attack_victims(token, mentions)
    elif not reciprocal and rule["type"] in ("AID", "RETREAT") and recipients and all(
            not (m.entity.country or m.entity.igo) or m.entity.resolution.startswith("unnamed")
            and m.entity.country in {a.entity.country for a in actors} for m in recipients):
        # "shipped heating oil to opposition-run towns in Serbia", "eased its ban on the sale of
        # civilian aircraft parts to Iraq": the state the phrase names deeper down, not the goods
        recipients = _deep_in_phrase(holders, rule, actors, mentions) or recipients
    if not recipients and not reciprocal and rule["type"] in ("ASSAULT", "MOBILIZE", "AID"):
        # "sent warships to shadow a Turkish survey vessel": the purpose names whom it is aimed at;
        # "sent planes to help Turkey fight the fires": whom it is meant for
        recipients = _purpose_targets(anchor, mentions, helping=rule["type"] == "AID")
    if not recipients and not reciprocal and rule["type"] == "AID" and token.dep_ == "acl":
        recipients = _where_goods_arrived(token, mentions)
    if rule["type"] == "AID" and not reciprocal:
        # "flew food to the border town of Cucuta for delivery to Venezuela": the staging post is not who is helped
        recipients = _final_destination(holders, actors, mentions) or recipients
    if not any(m.entity.country or m.entity.igo or m.entity.sector for m in recipients) and not reciprocal and rule["type"] == "PROTEST":
        # ("burned a copy of the Koran outside the Turkish embassy": a thing burned is no party)
        # ("chained themselves to the gates of the U.S. embassy to protest": where the act it is the purpose of was)
        # (and "gathered outside the French embassy and set fire to its gate": where the crowd it goes on from was)
        purposed = [token.head] if token.dep_ in ("advcl", "conj") and token.head.pos_ == "VERB" else []
        # ("marched through Shanghai and smashed windows of the Japanese consulate": where the crowd went on to)
        purposed += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        recipients = _embassy_state(holders + purposed, mentions) or _foreign_aim(holders, actors, mentions) \
            or _opposed_by_slogan(holders, actors, mentions) or recipients
    if not recipients and not reciprocal and rule["type"] == "MOBILIZE":
        recipients = aimed_at(holders + [anchor], mentions) or _provokers(anchor, actors, mentions) \
            or _border_reporter(token, anchor, actors, mentions)
    elif not reciprocal and rule["type"] == "MOBILIZE" and not any(m.entity.country or m.entity.igo for m in recipients):
        # "sent its largest warship to the Scarborough Shoal after Chinese boats were found there": a
        # place of no state's is where, the provoker whom it answers
        recipients = _provokers(anchor, actors, mentions) or recipients
    if not recipients and not reciprocal and rule["type"] in ("RETREAT", "CONCEDE"):
        # "withdrew from four villages under a border deal with Azerbaijan": the deal's other side gains
        recipients = [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("under", "as")
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in TERMS
                      for g in o.children if g.dep_ == "prep" and g.lower_ == "with"
                      for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    if not reciprocal and rule["type"] in ("RETREAT", "CONCEDE", "AID") and all(
            token.doc[m.root].head.lower_ == "with" for m in recipients):
        # "scaled back drills with Seoul as a goodwill gesture to Pyongyang": whom the gesture is made
        # to, not the partner ("eased sanctions on Pyongyang in a gesture to Seoul" still eases them on Pyongyang)
        recipients = _gesture_to(holders, actors, mentions) or recipients
    own_voice = rule["type"] == "THREATEN" and recipients and actors and \
        {m.entity.country for m in recipients} <= {m.entity.country for m in actors} - {None}
    if not reciprocal and (own_voice or not any(m.entity.country or m.entity.igo for m in recipients)):
        # ("warned that Beijing would not sit idly by if Taiwan moved towards independence": the
        # speaker speaking of itself threatens whoever the condition names)
        # "would withdraw from the treaty unless the United States dropped its demand": whom the
        # condition is put to, where nothing else names a state
        recipients = _condition_subjects(token, anchor, mentions) or recipients
    if rule["type"] == "ACCUSE" and recipients and all(m.entity.igo for m in recipients):
        # "complained to NATO over violations of its airspace by Turkish jets": the body is told, the
        # state the complaint is about is accused
        recipients = _complained_of(holders, actors, mentions) or recipients
    if rule["type"] == "PROTEST":
        recipients = [m for m in recipients if not _struck_by_the_war(token.doc[m.root])]
    if rule["type"] == "SANCTION" and recipients and actors and not reciprocal and \
            {m.entity.country for m in recipients} <= {m.entity.country for m in actors} - {None}:
        # "banned Huawei from Britain's 5G network": the actor's own ground is where, the foreign firm or
        # people shut out are the ones sanctioned
        own = {m.entity.country for m in actors}
        shut_out = [m for c in slots if c.dep_ == "dobj" for m in expand_parties(c, mentions)
                    if m.entity.country and m.entity.country not in own]
        recipients = shut_out or recipients
    if rule["type"] == "REQUEST":  # "demanded the release of a journalist held in Russia": the captor is asked
        recipients = _captors(holders, mentions) or recipients
    if rule["type"] == "ACCUSE" and rule.get("mode") == "investigate":
        # ("took testimony from survivors of the massacres": those heard are witnesses, not the ones looked into)
        recipients = [m for m in recipients if not (token.doc[m.root].dep_ == "pobj" and token.doc[m.root].head.lower_ == "from"
                                                    and m.entity.resolution.startswith("unnamed") and m.entity.sector in ("CVL", "REF", None))]
    if rule["type"] == "REQUEST" and not recipients and not reciprocal:
        # "called for an international inquiry into the violence in East Timor": the one the
        # inquiry asked for would look into
        own = {m.entity.country for m in actors} | {m.entity.igo for m in actors}
        asked = [o for h in holders for o in h.children if o.dep_ == "dobj"]
        asked += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        recipients = [m for o in asked if o.lemma_.lower() in INQUIRY_NOUNS for c in o.children if c.dep_ == "prep" and c.lower_ == "into"
                      for t in c.subtree if (m := mentions.at(t)) is not None and (m.entity.country or m.entity.igo)
                      and (m.entity.country or m.entity.igo) not in own and (m.entity.kind in ("country", "place") or m.entity.resolution == "kb-demonym"
                                                                             or t.dep_ == "poss")][:1]
    if rule["type"] == "AID":
        goods = ontology.triggers()["aid_goods"]
        recipients = [m for m in recipients if token.doc[m.root].lower_ not in goods]
        if not recipients and passive and "dative" in rule.get("recipient", []):
            # "Ukraine was given $300 million in weapons by the United States": the one given to
            recipients = [m for c in token.children if c.dep_ == "nsubjpass" for m in expand_parties(c, mentions)
                          if m.entity.kind in ("country", "igo") or m.entity.sector in STATE]
        if not recipients and "dative" in rule.get("recipient", []):
            # "gave Colombia Black Hawk helicopters", misparsed with the state as the goods' first name
            own = {m.entity.country for m in actors}
            firsts = [o.doc[o.left_edge.i + (o.left_edge.dep_ == "det")] for o in token.children if o.dep_ == "dobj"]
            recipients = [m for g in firsts if g.dep_ in ("compound", "nmod") and (m := mentions.at(g)) is not None
                          and m.entity.kind == "country" and m.entity.country not in own][:1]
    if rule.get("caused"):
        # "Trump's Jerusalem decision set off a wave of Palestinian protests": the crowd the noun names
        # protests at whoever owns the act that set it off, never at that act's owner as protester
        verb = light_head(token)
        causes = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        # (the owner before what the act is about: "Trump's Jerusalem decision" is Trump's)
        recipients = [m for s in causes for c in s.children if c.dep_ == "poss" for m in expand_parties(c, mentions)] \
            or [m for s in causes for c in s.children if c.dep_ in ("compound", "amod") for m in expand_parties(c, mentions)] \
            or [m for s in causes for m in expand_parties(s, mentions) if m.entity.kind != "place"]
        actors = [m for c in token.children if c.dep_ in ("amod", "compound") for m in expand_parties(c, mentions)
                  if m not in recipients]
    if rule.get("swap"):
        actors, recipients = recipients, actors
    # a place is where, not who (it can be visited); a capital a swapped role makes the giver or
    # caller stands for its government ("received aid from Washington")
    # (a named place that is the verb's own subject stands for those who govern it: "Chechnya accused
    # Moscow", "Okinawa protested the deployment")
    actors = [m for m in actors if m.entity.kind != "place" or rule.get("swap") and m.entity.resolution == "kb-capital"
              or m.entity.country and not rule.get("swap") and token.doc[m.root].dep_ == "nsubj"
              and token.doc[m.root].head.i in (token.i, anchor.i)]
    if rule["type"] in ("MOBILIZE", "COOPERATE") or rule.get("mode") == "withdraw" and rule["type"] == "RETREAT" \
            or rule.get("cameo") == "191":
        # troops sent to a front at home, drills held at home, a pull-back from a town at home, a road
        # at home blocked: no recipient is named by the place (aid let into a region at home goes to
        # its people; a blockade falls on whoever it cuts off)
        own = {m.entity.country for m in actors}
        # (rebels who pull out of a town give it back to the state that holds the country:
        # "Haftar's fighters withdrew from Gharyan" yields it to Libya's government)
        if rule["type"] == "RETREAT" and actors and all(m.entity.sector in IRREGULAR_SECTORS for m in actors):
            own = set()
        # ("toward the Kurdish north": a region at home named by its people is a place too)
        recipients = [m for m in recipients if not (m.entity.country in own and (
            m.entity.kind == "place" or token.doc[m.root].dep_ in ("amod", "compound")
            and token.doc[m.root].head.lower_ in WHERE_OF | PLACE_KINDS))]
    own = {m.entity.country for m in actors} - {None}
    if any(m.entity.country and m.entity.country not in own or m.entity.igo for m in recipients):
        # "would suspend the withdrawal of its troops from Estonia": the actor's own people are no target;
        # "allowed UN peacekeepers into Darfur": nor is a place at home beside the one let in
        recipients = [m for m in recipients if not (m.entity.country in own and (
            m.entity.resolution.startswith("unnamed") or m.entity.kind == "place"))]
    if rule["type"] == "ASSAULT" and actors and all(is_weapon(token.doc[m.root]) for m in actors) \
            and (attack := attack_in(token)) is not None and (owners := attack_owners(attack, mentions)):
        actors = owners  # ("drones hit the facilities in an attack claimed by the Houthis")
        recipients = [m for m in recipients if m not in owners]
    if rule["type"] == "ASSAULT" and token.pos_ == "NOUN" and any(
            a.dep_ == "acl" and a.lemma_.lower() in ATTRIBUTING for a in token.children) \
            and (owners := attack_owners(token, mentions)):
        # ("in an attack claimed by the Houthis": who claimed it struck, whatever the clause around it names)
        actors = owners
        recipients = [m for m in recipients if m not in owners]
    recipients = _victims_of_the_same_attack(token, rule, recipients, mentions)
    recipients = _deported_to(token, rule, actors, recipients, mentions)
    actors, recipients = _domestic(actors, recipients, rule["type"], token, anchor, mentions)
    if "call for" in token.lemma_ or (rule.get("cameo") == "030" and not recipients):
        recipients = _cooperation_partners(token, mentions, actors)
    # "Azerbaijani civilians": the civilians, not also Azerbaijan beside them
    roots = {m.root for m in recipients}
    recipients = [m for m in recipients if not (m.entity.resolution.startswith("kb-demonym")
                                                and token.doc[m.root].dep_ in ("amod", "compound", "nmod")
                                                and token.doc[m.root].head.i in roots - {m.root})]
    actor_parties = dedupe_parties([party_of(m) for m in actors])
    # (the actor itself is no recipient; "a ban on the Indonesian Democratic Party", linked through
    # its demonym, is a party of the same name in another sector)
    keys = {(p.name, p.country) for p in actor_parties}
    recipient_parties = [p for p in dedupe_parties([party_of(m) for m in recipients])
                         if (p.name, p.country) not in keys or p.sector is not None and p.sector not in STATE]
    if reciprocal:
        recipient_parties = []
    return actor_parties, recipient_parties, reciprocal


SENT_BY_THEIR_STATE = {"AID", "MOBILIZE"}

DEALING_NOUNS = {"business", "dealings", "exports", "imports", "investment", "investments", "flights", "transactions",
                 "shipments", "sales", "ties", "contacts", "delivery", "shipment", "sale", "supply", "supplies", "transfer"}

SAID_TO = {"REQUEST", "ACCUSE", "PROTEST", "REJECT", "THREATEN"}


ONWARD = {"delivery", "distribution", "transfer", "transport", "shipment", "use", "onward"}


def _final_destination(holders: list[Token], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    own = {m.entity.country for m in actors}
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in ONWARD
            for g in o.children if g.dep_ == "prep" and g.lower_ in ("to", "in", "inside", "into")
            for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)
            if m.entity.country not in own and (m.entity.country or m.entity.igo)]


def _ultimatum_parties(face: Token, mentions: Mentions) -> tuple[list[Mention], list[Mention]]:
    """"NATO told Serbia to withdraw or face air strikes": the one who sets the terms threatens the
    one told; "demanded that Libya hand them over or face sanctions": the one who must act is told."""
    act = face.head
    gov = act.head
    if gov.pos_ in ("NOUN", "NUM") and gov.head.pos_ in ("VERB", "AUX"):  # "gave the junta a week to ..."
        gov = gov.head
    if gov.i == act.i:
        return [], []
    if gov.lemma_.lower() in UNDER_DEADLINE and any(c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_WORDS
                                                    or c.dep_ == "prep" and c.lower_ == "until" for c in gov.children):
        # "Milosevic, facing a deadline to accept a peace plan or face NATO air strikes": the one under
        # the deadline is threatened; the threat is whoever's strikes the sentence names
        owners = [m for o in face.children if o.dep_ == "dobj" for g in o.children if g.dep_ in ("compound", "amod", "poss", "nmod")
                  for m in expand_parties(g, mentions)]
        return owners, _subject_parties(gov, mentions)
    told = [m for c in gov.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in DEADLINE_WORDS
            for m in expand_parties(c, mentions)]
    told = told or [m for c in act.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)]
    return _subject_parties(gov, mentions), told


UNDER_DEADLINE = {"face", "have", "receive", "get"}
DEADLINE_WORDS = {"week", "weeks", "day", "days", "hour", "hours", "month", "months", "deadline", "time", "chance", "ultimatum"}


def _purpose_addressee(token: Token, mentions: Mentions) -> list[Mention]:
    """"Manila summoned China's envoy to demand an explanation": what is said for a purpose is said
    to the one the clause verb brought in."""
    if token.pos_ != "VERB" or token.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return []
    return [m for c in token.head.children if c.dep_ == "dobj" for m in expand_parties(c, mentions)
            if m.entity.kind != "place"]


TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "halt", "end", "cessation", "de-escalation", "calm", "restraint"}


def _truce_sought_in(holders: list[Token], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"appealed for an immediate ceasefire in Sudan", "urged an end to the fighting in Yemen": a
    call for a truce is put to those fighting where it is asked for, or to the side named as
    fighting ("a halt to Israeli strikes in Lebanon"); never the caller's own state."""
    own = {m.entity.country for m in actors}
    # ("a halt to Israeli strikes", with the parser hanging "to" on the verb: the phrase beside it)
    phrase = [t for h in holders for c in h.children if c.dep_ in ("dobj", "prep") for t in _phrase(c)]
    if not any(t.lemma_.lower() in TRUCE_NOUNS and t.pos_ == "NOUN" for t in phrase):
        return []
    named = [(w, m) for w in phrase if (m := mentions.at(w)) is not None
             and m.entity.country and m.entity.country not in own and m.entity.kind != "place"]
    return [m for w, m in named if w.dep_ in ("amod", "poss", "compound")][:1] \
        or [m for w, m in named if w.head.dep_ == "pobj" and w.head.head.lower_ == "in" or w.dep_ == "pobj" and w.head.lower_ == "in"][:1]


# measures aimed at a state through what they act on or give: "eased restrictions on the entry of
# aid into Gaza", "lifted the ban on imports of Russian grain", "approved the sale of parts to Taiwan"
DEEP_TARGETED = {"SANCTION", "CONCEDE", "RETREAT", "COERCE", "AID", "MOBILIZE"}


LAUNCHING = {"fire", "launch", "drop", "fly", "operate", "send", "shoot", "deploy", "dispatch", "lob", "plant", "detonate"}


def _launchers(weapon: Token, mentions: Mentions) -> list[Mention]:
    """The sender a weapon's participle names: "drones launched by the Houthis" (its doer), "a missile
    fired from Russian territory" (the state whose ground it left)."""
    sent = [a for a in weapon.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in LAUNCHING]
    doers = [m for a in sent for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
             for m in expand_parties(p, mentions)]
    # ("the largest bomb in the American arsenal": whose stock it is)
    stock = [g for g in weapon.children if g.dep_ == "prep" and g.lower_ in ("in", "from", "of")
             and any(p.lemma_.lower() in ARSENALS for p in g.children)]
    return doers or [m for g in [*(g for a in sent for g in a.children if g.dep_ == "prep" and g.lower_ == "from"), *stock]
                     for p in g.children if p.dep_ == "pobj" for t in p.subtree
                     if (m := mentions.at(t)) is not None and m.entity.country
                     and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym")][:1]


GESTURES = {"gesture", "sign", "concession", "overture", "olive branch", "peace offering"}


def _gesture_to(holders: list[Token], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"as a goodwill gesture to Pyongyang", "as a concession to Washington": whom a yielding act is
    meant for; never the actor's own."""
    own = {m.entity.country for m in actors}
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("as", "in")
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in GESTURES
            for g in o.children if g.dep_ == "prep" and g.lower_ in ("to", "toward", "towards")
            for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)
            if (m.entity.country or m.entity.igo) and m.entity.country not in own][:2]


def _deep_in_phrase(holders: list[Token], rule: dict[str, Any], actors: list[Mention],
                    mentions: Mentions) -> list[Mention]:
    """The state a recipient phrase names deeper down, when its head names no party; never the
    actor's own."""
    own = {m.entity.country for m in actors}
    preps = set(rule.get("recipient", [])) - RECIPIENT_SLOTS
    if rule["type"] == "MOBILIZE":  # ("allowing Turkish troops to be deployed to a base in Qatar": where the complement sends them)
        # ("won approval to send troops to Libya": the leave's own clause, its "to" read as a dative)
        holders = [*holders, *(c for h in holders for c in h.children if c.dep_ in ("ccomp", "xcomp")
                               or c.dep_ == "acl" and h.pos_ == "NOUN" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    phrases = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
               or c.dep_ == "dative" and c.lower_ == "to" and "to" in preps and rule["type"] == "MOBILIZE"]
    # "pulled out of the east bank": the phrase hangs on the particle the parser reads as a preposition
    phrases += [g for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ in ("closer", "nearer")
                for g in c.children if g.dep_ == "prep" and g.lower_ in preps]
    phrases += [g for h in holders for c in h.children if c.dep_ in ("prep", "advmod") and c.lower_ in PARTICLES
                for g in c.children if g.dep_ == "prep" and g.lower_ in preps]
    # "eased restrictions on ...", "approved the sale of F-16 parts to Taiwan"
    phrases += [t for h in holders for o in h.children if o.dep_ == "dobj" for t in _phrase(o)
                if t.dep_ == "prep" and t.lower_ in preps]
    # "stood down some of the units massed near the border", the particle read as a preposition
    # (or the share read as an adverbial measure: "stood down most of the troops massed near ...")
    phrases += [t for h in holders for o in [*(o for c in h.children if c.dep_ == "prep" and c.lower_ in PARTICLES
                                               for o in c.children if o.dep_ == "pobj"),
                                             *(c for c in h.children if c.dep_ == "npadvmod" and c.lower_ in QUANTITY_NOUNS)]
                for t in _phrase(o) if t.dep_ == "prep" and t.lower_ in preps]
    for c in phrases:  # ("a vote on ratifying Sweden's membership": a clause as the object too)
        for pobj in (p for p in c.children if p.dep_ in ("pobj", "pcomp")):
            # ("withdrew from positions near the Israeli-occupied zone": what lies near is not where)
            nearby = {x.i for p in pobj.subtree if p.dep_ == "prep" and p.lower_ in ("near", "beside") and p.i > pobj.i for x in p.subtree}
            for t in _phrase(pobj):
                m = mentions.at(t)
                if t.i in nearby and m is not None and m.entity.kind != "place":
                    continue  # (a city near which it lies still places it: "the river bank near Kharkiv")
                # ("committed his country to setting up a police squad for the world body": a body too)
                if m is not None and m.entity.kind == "igo" and m.entity.igo and rule["type"] in ("AGREE", "AID") \
                        and m.entity.igo not in own and not _broker_word(t):
                    return [m]
                # "withdrew from the west bank of the Dnipro": a place left is its state's ground
                if m is not None and m.entity.country and m.entity.country not in own and (
                        m.entity.kind == "country" or m.entity.resolution == "kb-demonym"
                        or m.entity.kind == "place" and rule["type"] in ("RETREAT", "AID")) \
                        and not (rule["type"] == "PROTEST" and _struck_by_the_war(t)) and not _broker_word(t) \
                        and not _names_pact(t.head, t):
                    return [m]
    return []


def _claimed_attack_victims(claim: Token, mentions: Mentions) -> list[Mention]:
    """"claimed responsibility for drone attacks that set fire to two Saudi Aramco plants", "for the
    attack, which killed four Kenyan policemen": whom the claimed attack struck, told in its clause."""
    attacks = [p for c in claim.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "for"
               for p in g.children if p.dep_ == "pobj"]
    clauses = [r for a in attacks for r in a.children if r.dep_ in ("relcl", "acl")]
    struck = [o for r in clauses for o in r.children if o.dep_ == "dobj" and o.lemma_.lower() != "fire"]
    struck += [p for r in clauses for g in r.children if g.dep_ == "prep" and g.lower_ in ("to", "on", "against")
               for p in g.children if p.dep_ == "pobj"]
    return [m for o in struck for m in expand_parties(o, mentions) if m.entity.country or m.entity.igo]


def _struck_by_the_war(t: Token) -> bool:
    """"marched against the threat of war on Iraq": the state a war is waged on is not whom the
    marchers oppose."""
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "against") and t.head.head.lemma_.lower() in ATTACK_NOUNS | {"threat"}


def _deep_doer(holders: list[Token], rule: dict[str, Any], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"voiced concern over reports of civilian deaths in Russia's bombing of Grozny": the state
    whose act the complaint is about, named as its possessor or its "by" phrase, however deep."""
    own = {m.entity.country for m in actors}
    preps = set(rule.get("recipient", [])) - RECIPIENT_SLOTS
    for c in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps):
        for t in c.subtree:
            doer = t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ in ("prep", "agent")
            # ("abuses by Indonesian troops": the troops' state, named before them)
            m = mentions.at(t) if doer else None
            if m is not None and m.entity.country and m.entity.country not in own and (
                    m.entity.kind == "country" or m.entity.resolution == "kb-demonym"
                    or t.dep_ == "pobj" and m.entity.sector in ACTING_SECTORS):  # "abuses by Indonesian troops"
                return [m]
    return []


def _hyphen_partners(modifier: Token, mentions: Mentions) -> list[Mention]:
    """The states a hyphen joins to a national modifier: "U.S." in "U.S.-Russian", "Greek" in "Greek-Turkish"."""
    return [c for n in modifier.children if n.dep_ in ("npadvmod", "compound", "nmod", "amod")
            and n.right_edge.i + 1 < modifier.i and modifier.doc[n.right_edge.i + 1].text == "-"
            # (the partner is a state's own name or adjective, not a longer phrase: "pro-Russian gunmen" names one side)
            for c in [mentions.at(n)] if c is not None and c.entity.resolution in ("kb-country", "kb-demonym")
            and c.tokens.stop <= n.right_edge.i + 1 and c.entity.country]


def _last_party_before(pronoun: Token, verb: Token, mentions: Mentions) -> list[Mention]:
    asker = {t.i for s in verb.children if s.dep_ in SUBJECT_DEPS for t in phrase_words(s, ("acl", "relcl", "advcl", "ccomp"))}
    askers = {m.entity.country for i in asker for m in [mentions.by_token.get(i)] if m is not None}
    first = verb.sent.start
    before = [m for m in mentions.items if m.tokens.stop <= pronoun.i and m.root not in asker and m.is_actor
              and first <= m.root and m.entity.kind in ("group", "organization")
              and (m.entity.country or m.entity.igo) not in askers]
    return before[-1:]


DECISIONS = {"decision", "move", "step", "action", "measure"}
ASKING = {"call", "demand", "urge", "propose", "seek", "ask", "press"}
YIELDED = {"ceasefire", "truce", "demand", "demands", "terms", "plan", "proposal", "resolution", "condition", "conditions"}


def _asker_told_before(token: Token, actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"a day after the Security Council passed a resolution calling for an end to the war, voted to
    accept the ceasefire": the ceasefire yielded to is the one the sentence has just told another
    party asking for, and that party is whom the concession answers."""
    yielded = [o for o in token.children if o.dep_ == "dobj" and o.lemma_.lower() in YIELDED
               and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
               and not any(d.dep_ in ("poss", "amod", "compound", "prep", "relcl", "acl") and d.i < o.i for d in o.children)]
    if not yielded:
        return []
    own = {m.entity.country for m in actors} | {m.entity.igo for m in actors}
    asked = [v for v in token.sent if v.i < token.i and v.pos_ == "VERB" and (v.lemma_.lower() in ASKING or (
        hit := match_trigger(v)) is not None and hit.rule["type"] == "REQUEST")]
    # (the asker is the subject of the asking, or of the clause whose object does the asking: "passed a
    # resolution calling for ...")
    holders = [*asked, *(v.head.head for v in asked if v.dep_ == "acl" and v.head.dep_ == "dobj")]
    askers = [m for v in holders for s in v.children if s.dep_ == "nsubj" for m in expand_parties(s, mentions)
              if (m.entity.country or m.entity.igo) and (m.entity.igo or m.entity.country) not in own]
    return askers[:1]



def _doer_told_before(token: Token, actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"speaking after Russian missiles struck Kyiv, called the strikes a war crime": "the strikes"
    are the ones the sentence has just told, and their doer is whom the charge is against."""
    def bare(o: Token) -> bool:
        return any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in o.children) \
            and not any(d.dep_ in ("poss", "amod", "compound", "prep") for d in o.children)

    acts = [o for o in token.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in BLAMED_ACTS and bare(o)]
    # ("furious that Canberra had scrapped the order, said the decision was a stab in the back": the
    # decision judged is the one the sentence has just told, whoever took it)
    decisions = [s for c in reported_clauses(token) for s in c.children if s.dep_ in SUBJECT_DEPS
                 and s.lemma_.lower() in DECISIONS and bare(s)]
    if not acts and not decisions:
        return []
    own = {m.entity.country for m in actors}
    first = (acts or decisions)[0]
    told = [v for v in token.sent if v.i < first.i and v.i != token.i and v.pos_ == "VERB"
            and (decisions and not acts or (hit := match_trigger(v)) is not None and hit.rule["type"] == "ASSAULT")]
    doers = [m for v in told for s in v.children if s.dep_ == "nsubj" for m in expand_parties(s, mentions)
             if m.entity.country and m.entity.country not in own]
    return doers[:1] if len({m.entity.country for m in doers}) == 1 else []


def _reporters_own(token: Token, anchor: Token, actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"Pakistan said Indian gunships attacked its posts": what a force strikes is not its own, so
    "its" in the reported clause is the reporting state's."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return []
    if not any(p.dep_ == "poss" and p.lower_ in ("its", "their") and not any(a.lower_ == "own" for a in o.children)
               for o in verb.children if o.dep_ == "dobj" for p in o.children):
        return []  # ("shelled their own positions by mistake" is the force's own)
    own = {m.entity.country for m in actors}
    speakers = [m for c in verb.head.children if c.dep_ == "nsubj" for m in expand_parties(c, mentions)]
    return [m for m in speakers if m.entity.country and m.entity.country not in own and m.entity.kind == "country"][:1]


PROVOKING_MARKS = {"after", "as", "when", "following"}


def _provokers(verb: Token, actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"scrambled jets after Chinese aircraft entered its air defence zone", "raised its alert after
    North Korean missile launches": a show of force answers the foreign party whose act set it off."""
    own = {m.entity.country for m in actors}
    causes = [s for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in PROVOKING_MARKS for m in c.children if m.dep_ == "mark")
              for s in c.children if s.dep_ in SUBJECT_DEPS]
    causes += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")
               for o in c.children if o.dep_ == "pobj" for g in o.children if g.dep_ in ("amod", "compound", "poss")]
    return [m for c in causes for m in expand_parties(c, mentions) if m.entity.country and m.entity.country not in own][:1]


def _complained_of(holders: list[Token], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    own = {m.entity.country for m in actors}
    # "complained to NATO over violations by Turkish jets", "... that Turkish jets had violated its air space"
    about = [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "against")
             for t in c.subtree]
    # ("a complaint with the OAU over Eritrean incursions", with "over" hung on the body's name)
    about += [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
              for body in c.children if body.dep_ == "pobj" for g in body.children
              if g.dep_ == "prep" and g.lower_ in ("over", "about", "against") for t in g.subtree]
    about += [t for h in holders for c in h.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS
              for t in s.subtree]
    return [m for t in about if (m := mentions.at(t)) is not None and m.entity.country and m.entity.country not in own
            and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym")][:1]


PROTEST_AIMS = {"demand", "denounce", "condemn", "protest", "oppose", "demonstrate", "urge", "call", "reject", "decry"}


# what people flee: "to escape attacks by Serb police", "ahead of the Russian bombardment"
FLED_ACTS = {"attack", "attacks", "offensive", "bombardment", "bombing", "bombings", "shelling", "fighting", "violence",
             "raid", "raids", "advance", "assault", "persecution", "crackdown", "killings", "reprisals", "strikes",
             "airstrikes", "war", "occupation", "expulsion", "onslaught", "repression", "terror", "campaign", "purge"}
ESCAPING = {"escape", "avoid", "evade", "flee"}
FLED_FORCES = {"force", "forces", "troop", "troops", "army", "soldier", "soldiers", "militia", "militias", "militiaman",
               "militiamen", "rebel", "rebels", "fighter", "fighters", "tank", "tanks", "police", "paramilitary", "paramilitaries"}
FLED_PREPS = {"from", "before", "ahead", "amid", "after", "during", "of"}




SPEECHES = {"speech", "address", "remarks", "floor", "statement"}


def _speech_givers(child: Token, mentions: list[Mention]) -> list[Mention]:
    """Whom a walkout is aimed at: the one speaking at the time ("walked out as Ahmadinejad began
    a speech attacking Israel", "walked out of Lavrov's speech")."""
    if child.dep_ == "advcl":
        speaking = any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in child.children) and (
            child.lemma_.lower() in ("speak", "address") or any(o.dep_ == "dobj" and o.lemma_.lower() in SPEECHES for o in child.children))
        return [m for g in child.children if speaking and g.dep_ == "nsubj" for m in expand_parties(g, mentions)]
    return [m for o in child.children if child.lower_ == "of" and o.dep_ == "pobj" and o.lemma_.lower() in SPEECHES
            for g in o.children if g.dep_ == "poss" or g.dep_ == "prep" and g.lower_ == "by"
            for p in ([g] if g.dep_ == "poss" else [q for q in g.children if q.dep_ == "pobj"]) for m in expand_parties(p, mentions)]

def _authors(thing: Token, mentions: list[Mention]) -> list[Mention]:
    """Whose a resolution, plan, zone or property is, told in a clause on it: "a ruling sought by
    the Philippines", "a resolution put forward by Washington", "the no-fly zone that Washington had
    widened", "a yacht belonging to a Russian tycoon"."""
    found = [m for a in thing.children if a.dep_ == "acl" and a.tag_ == "VBN"
             for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)]
    # ("a superyacht belonging to the Russian billionaire Alisher Usmanov": whose property it is)
    found = found or [m for a in thing.children if a.dep_ == "acl" and a.lemma_.lower() == "belong"
                      for g in a.children if g.dep_ == "prep" and g.lower_ == "to" for o in g.children if o.dep_ == "pobj"
                      for m in expand_parties(o, mentions)]
    return found or [m for a in thing.children if a.dep_ == "relcl" and not any(o.dep_ == "dobj" and o.lower_ not in ("that", "which")
                                                                                for o in a.children)
                     for g in a.children if g.dep_ == "nsubj" and g.pos_ == "PROPN" for m in expand_parties(g, mentions)]

def _escaped_agents(child: Token, mentions: Mentions) -> list[Mention]:
    """The manual: refugees fleeing are expelled by whoever causes the flight. Who that is: the
    doer of the act fled ("to escape attacks by Serb police", "ahead of the Russian bombardment")
    or the subject of the hostile clause that drove them ("after Serb police shelled their
    village"). Nobody named: no one to code, and no event."""
    acts: list[Token] = []
    if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in ESCAPING:
        acts += [o for o in child.children if o.dep_ == "dobj"]
        acts += [p for c in child.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    elif child.dep_ in ("prep", "advmod") and child.lower_ in FLED_PREPS:
        acts += [p for c in (child, *(g for g in child.children if g.dep_ == "prep")) for p in c.children if p.dep_ == "pobj"]
    elif child.dep_ == "advcl" and (m := match_trigger(child)) is not None and m.rule["type"] in ("ASSAULT", "COERCE", "THREATEN"):
        return [x for c in child.children if c.dep_ in SUBJECT_DEPS for x in expand_parties(c, mentions)]
    found: list[Mention] = []
    for act in acts:
        if act.lemma_.lower() in FLED_FORCES:  # "fled ahead of the advancing Croatian forces": the forces drive them
            found += [x for x in expand_parties(act, mentions) if x.entity.country or x.entity.igo]
            continue
        if act.lower_ not in FLED_ACTS and act.lemma_.lower() not in FLED_ACTS:
            continue
        found += [x for g in act.children if g.dep_ in ("poss", "amod", "compound") for x in expand_parties(g, mentions)]
        found += [] if found else [x for g in act.children if g.dep_ == "prep" and g.lower_ == "by"
                                   for p in g.children if p.dep_ == "pobj" for x in expand_parties(p, mentions)]
    return [m for m in found if m.entity.kind != "place"]


# what a crowd is said to be roused by: "angry at a Japanese textbook", "enraged by the bombing"
GRIEVED = {"angry", "angered", "anger", "enraged", "enrage", "furious", "incensed", "incense", "outraged", "outrage", "infuriated",
           "infuriate", "incensed", "upset"}


# what a crowd does in the open, over or at something
CROWD_VERBS = {"demonstrate", "rally", "march", "riot", "strike", "gather", "picket"}


def _foreign_aim(holders: list[Token], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"rallied in Baghdad to demand the withdrawal of U.S. troops", "gathered to protest against
    the NATO air strikes": a crowd protests against the foreign state or body its purpose names; the crowd's own state is no such aim (it stays the default)."""
    own = {m.entity.country for m in actors} - {None}
    # ("farmers blocked roads to protest against the Greek government's farm policy": a crowd of no
    # named state aims at the state organ its purpose names, and is taken for that state's below)
    # ... or the participle that says what the crowd did: "staged a rally in Karachi denouncing
    # American strikes"
    clauses = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in PROTEST_AIMS
               and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.tag_ == "VBG")]
    # ("boycotted classes to demand ...", with the purpose read as a relative clause on the object)
    clauses += [c for h in holders for o in h.children if o.dep_ == "dobj" for c in o.children
                if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in PROTEST_AIMS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # the first party the aim names decides: "against the government's decision to suspend talks
    # on joining the European Union" is against the government at home, not the EU
    # "walked out in protest at the Danish cartoons": what the protest is at, whichever word the
    # parser hangs "at" on
    protests = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "protest"]
    aims = [a for p in protests for a in p.children if a.dep_ == "prep" and a.lower_ in ("at", "against", "over")]
    # ("protested over the American bombing of Baghdad": what a crowd's own verb protests over or at)
    aims += [a for h in holders if h.pos_ == "VERB" and h.lemma_.lower() in PROTEST_AIMS | CROWD_VERBS
             for a in h.children if a.dep_ == "prep" and a.lower_ in ("over", "at", "about")]
    aims += [a for p in protests for h in holders for a in h.children
             if a.dep_ == "prep" and a.lower_ in ("at", "against", "over") and a.i == p.i + 1]
    # "Chinese, angry at a Japanese textbook ..., marched": what the crowd is said to be angered by
    aims += [a for h in holders for s in h.children if s.dep_ in SUBJECT_DEPS for g in (h, s) for d in g.children
             if d.dep_ in ("amod", "acl", "advcl", "acomp") and d.lemma_.lower() in GRIEVED
             for a in d.children if a.dep_ in ("prep", "agent") and a.lower_ in ("at", "over", "by", "about")]
    # "held a rally against the relocation of a U.S. Marine base": the state behind the thing opposed
    # (not where it is: "against the war in Iraq" is no protest against Iraq)
    against = [a for h in holders for a in h.children if a.dep_ == "prep" and a.lower_ == "against"]
    # ("massed around the parliament to guard it against Soviet troops": whom the crowd's purpose stands against)
    against += [a for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                for a in c.children if a.dep_ == "prep" and a.lower_ == "against"]
    named = [m for c in clauses for o in c.children if o.dep_ in ("dobj", "prep") for t in _phrase(o)
             if (m := mentions.at(t)) is not None and m.entity.kind != "place"
             and not (t.dep_ == "pobj" and t.head.lower_ in LOCATIVE and t.head.head.i != c.i)]
    # ("boycotted classes to demand that Beijing allow free elections": the one the demand is made of)
    named += [m for c in clauses for v in c.children if v.dep_ == "ccomp" for s in v.children if s.dep_ in SUBJECT_DEPS
              for t in _phrase(s) if (m := mentions.at(t)) is not None and m.entity.kind != "place"]
    # "demonstrators demanded the withdrawal of Syrian troops": the crowd's own word of protest names the aim
    named += [m for h in holders if h.pos_ == "VERB" and h.lemma_.lower() in PROTEST_AIMS
              for o in h.children if o.dep_ in ("dobj", "ccomp") for t in _phrase(o)
              if (m := mentions.at(t)) is not None and m.entity.kind != "place"]
    named += [m for a in aims for t in _phrase(a) if (m := mentions.at(t)) is not None and m.entity.kind != "place"]
    named += [m for a in against for t in _phrase(a) if (m := mentions.at(t)) is not None and m.entity.kind != "place"
              and not (t.dep_ == "pobj" and t.head.lower_ in LOCATIVE)]
    first = named[0] if named else None
    if first is not None and first.entity.resolution.startswith("unnamed") and first.entity.sector == "GOV" \
            and first.entity.country in own | {None} and len(own - {None}) == 1:
        # "settlers blocked roads in the West Bank to protest against the government's handover":
        # an unnamed government the crowd protests against is its own, wherever it gathers
        return [Mention(first.entity.model_copy(update={"country": next(iter(own - {None}))}), first.root, first.tokens)]
    if not own:
        return [first] if first is not None and first.entity.country and first.entity.kind != "place" and (
            first.entity.sector in STATE or first.entity.kind == "country") else []
    return [first] if first is not None and (first.entity.country and first.entity.country not in own
                                             or first.entity.igo) else []


CHANTING = {"chant", "shout", "wave", "carry", "brandish", "hold", "sing", "scream", "yell", "cry", "wear"}


def _opposed_by_slogan(holders: list[Token], actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"marched through Karachi chanting anti-American slogans": the state a crowd's own words are
    against, in the march's clause or the participles that go with it."""
    own = {m.entity.country for m in actors}
    doc = holders[0].doc
    clause = [t for h in holders for c in h.children if c.dep_ in ("advcl", "conj", "dobj", "xcomp") and c.i > h.i
              for t in c.subtree]
    # "Egyptians, chanting slogans against Israel, marched ...": the crowd's words go with it, before
    # the verb too, on the verb or on the crowd
    crowd = [s for h in holders for s in h.children if s.dep_ in SUBJECT_DEPS]
    chants = [c for x in (*holders, *crowd) for c in x.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
              and c.lemma_.lower() in CHANTING]
    # ("Thousands of East Timorese, many chanting slogans ...": the chant told of part of the crowd)
    chants += [c for s in crowd for c in s.subtree if c.dep_ in ("advcl", "acl", "amod") and c.tag_ == "VBG"
               and c.lemma_.lower() in CHANTING and c not in chants]
    # "protesters opposed to Beijing's tightening grip": what the crowd is said to oppose
    opposed = [m for s in crowd for a in s.children if a.dep_ in ("acl", "amod", "relcl") and a.lemma_.lower() == "oppose"
               for g in a.children if g.dep_ == "prep" and g.lower_ == "to" for p in g.children if p.dep_ == "pobj"
               for m in [party_mention(p, mentions)] if m is not None and m.entity.country and m.entity.country not in own
               and m.entity.kind != "place"]
    if opposed:
        return opposed[:1]
    # ("chanting death to America", "shouting down with the dictator": the slogan names its foe)
    # (a chant read as a modifier: "many chanting slogans demanding ...", the slogans carry the words)
    against = [m for c in chants for t in (c.head.subtree if c.dep_ == "amod" else c.subtree) if t.dep_ == "prep" and (
               t.lower_ == "against" or t.lower_ == "to" and "death" in (t.head.lower_, *(o.lower_ for o in t.head.children if o.dep_ == "dobj"))
               or t.lower_ == "with" and "down" in (t.head.lower_, *(o.lower_ for o in t.head.children if o.dep_ in ("dobj", "advmod", "prt")))
               # ("demanding independence from Indonesia": the rule to be thrown off)
               or t.lower_ == "from" and any(w.lemma_.lower() in ("independence", "freedom", "secession")
                                             for w in (t.head, *(o for o in t.head.children if o.dep_ == "dobj"))))
               for p in t.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)
               if m.entity.country and m.entity.country not in own and m.entity.kind != "place"]
    if against:
        return against
    clause += [t for c in chants for t in c.subtree]
    for t in clause:
        anti = t.i >= 1 and (doc[t.i - 1].lower_ in ("anti", "anti-") or t.i >= 2 and doc[t.i - 1].text == "-"
                                                      and doc[t.i - 2].lower_ == "anti")
        m = mentions.at(t) if anti else None
        if m is not None and m.entity.country and m.entity.country not in own and m.entity.kind != "place":
            return [m]
    return []


def _embassy_state(holders: list[Token], mentions: Mentions) -> list[Mention]:
    """"demonstrated outside the American embassy": a protest at a state's mission is aimed at
    that state, whatever cause the banners name."""
    # ... or blocked its entrance: "blocked the entrance to the British embassy"
    places = [*holders, *(o for h in holders for o in h.children if o.dep_ == "dobj")]
    # ("waved placards denouncing Washington outside the American consulate", the place hung on the participle)
    places += [a for o in places[len(holders):] for a in o.children if a.dep_ == "acl"]
    for c in (c for h in places for c in h.children if c.dep_ == "prep"):
        for pobj in (p for p in c.children if p.dep_ == "pobj"):
            for t in _phrase(pobj):
                if t.lemma_.lower() not in POSTS_ABROAD:
                    continue
                owners = [m for g in t.children if g.dep_ in ("amod", "compound", "poss", "nmod")
                          for m in expand_parties(g, mentions)]
                owners += [m for g in t.children if g.dep_ == "prep" and g.lower_ == "of"
                           for o in g.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)]
                owners = [m for m in owners if m.entity.country and m.entity.kind != "place"]
                if owners:
                    return owners
    return []


HOLDING_GROUND = {"hold", "control", "occupy", "man", "use", "defend"}
HOLDING = {"hold", "detain", "jail", "imprison", "capture", "kidnap", "abduct", "arrest", "seize", "keep"}


def _captors(holders: list[Token], mentions: Mentions) -> list[Mention]:
    """Who holds the people whose release is asked for: "held in Russia", "detained by Iran"."""
    asked = [o for h in holders for o in h.children if o.dep_ == "dobj"]
    asked += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    for o in (o for o in asked if o.lemma_.lower() in ("release", "return", "freedom")):
        for t in _phrase(o):
            if t.dep_ == "acl" and t.lemma_.lower() in HOLDING:
                found = [m for p in t.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                         for q in p.children if q.dep_ == "pobj" for m in expand_parties(q, mentions)
                         if m.entity.country or m.entity.igo]
                if found:
                    return found
    return []


def addressee_of_telling(anchor: Token, mentions: Mentions) -> list[Party]:
    """"told U.S. envoys that it was prepared to suspend missile tests", "assured Tokyo it would
    not ...": a stated intention is addressed to the one it is told to."""
    t = anchor
    for _ in range(6):
        # "in a telephone call to General Abacha, appealed for clemency": said in a message to someone
        # (the parser often hangs the phrase on the subject it follows)
        holders = [t, *(c for c in t.children if c.dep_ in SUBJECT_DEPS)]
        sent_to = [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                   for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in MESSAGES
                   for q in n.children if q.dep_ == "prep" and q.lower_ in ("to", "with")
                   for o in q.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)
                   if (m.entity.country or m.entity.igo) and m.entity.sector not in PRESS_SECTORS | AUDIENCE_SECTORS]
        if sent_to:
            return [party_of(m) for m in sent_to]
        if t.dep_ not in ("xcomp", "acomp", "ccomp", "conj") or t.head.i == t.i:
            return []
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in TELLING:
            # ("sources told Reuters that ...": a news agency told is the story's source, not the addressee)
            return [party_of(m) for c in t.head.children if c.dep_ in ("dobj", "dative")
                    for m in expand_parties(c, mentions) if (m.entity.country or m.entity.igo)
                    and m.entity.sector not in PRESS_SECTORS]
        t = t.head
    return []


PRESS_SECTORS = {"MED", "JRN"}
# ("said in a speech to the Diplomatic Academy of Vietnam": a lecture hall is an audience, not the party answered)
AUDIENCE_SECTORS = {"EDU"}

MESSAGES = {"call", "letter", "message", "note", "conversation", "phone", "telephone", "cable", "telegram", "speech", "address"}


TELLING = {"tell", "inform", "assure", "notify", "promise", "warn", "reassure", "advise"}


ARRIVING = {"reach", "arrive", "land", "dock"}


def _where_goods_arrived(token: Token, mentions: Mentions) -> list[Mention]:
    """"Wheat donated by the European Union reached southern Sudan": aid told as a participle of the
    goods goes to the state where the goods arrive."""
    goods = passive_patients(token)
    verbs = [g.head for g in goods if g.dep_ == "nsubj" and g.head.lemma_.lower() in ARRIVING]
    places = [p for v in verbs for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() == "reach"
              or c.dep_ == "prep" and c.lower_ in ("in", "at") for p in ([c] if c.dep_ == "dobj" else c.children)]
    found = [m for p in places for t in p.subtree for m in [mentions.at(t)]
             if m is not None and m.entity.country and m.entity.kind in ("place", "country")]
    return found[:1]


ANSWERING = {"respond", "response", "reply", "react", "reaction", "answer"}
ANGERED = {"anger", "incense", "enrage", "infuriate", "irritate", "provoke", "outrage", "alarm"}


def answered_parties(verb: Token, mentions: Mentions) -> list[Party]:
    """"The State Department, responding to Chinese protests, said ... Washington would not reverse
    its decision": the one whose protests or demands are answered, or whose act angered the speaker
    ("China, angered by the Taiwanese president's visit, warned ..."), named up the clause."""
    t = verb
    for _ in range(4):
        for c in [*t.children, *(g for x in t.children if x.dep_ in SUBJECT_DEPS for g in x.children)]:
            if c.dep_ in ("advcl", "acl", "prep") and c.lemma_.lower() in ANSWERING | {"in"}:
                phrases = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
                if c.lower_ == "in":  # "in response to"
                    phrases = [g for r in c.children if r.dep_ == "pobj" and r.lemma_.lower() in ANSWERING
                               for g in r.children if g.dep_ == "prep" and g.lower_ == "to"]
                if c.lower_ == "in":  # "in retaliation for Washington's decision"
                    phrases += [g for r in c.children if r.dep_ == "pobj" and r.lemma_.lower() == "retaliation"
                                for g in r.children if g.dep_ == "prep" and g.lower_ == "for"]
                found = [party_of(m) for g in phrases for o in g.children if o.dep_ == "pobj"
                         for m in expand_parties(o, mentions) if m.entity.country or m.entity.igo]
                if found:
                    return found
            if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in ANGERED:  # "angered by Taipei's visit"
                found = [party_of(m) for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                         for m in expand_parties(o, mentions) if m.entity.country or m.entity.igo][:1]
                if found:
                    return found
        if t.head.i == t.i:
            break
        t = t.head
    return []


def answered(token: Token) -> bool:
    """The noun is what a party responds to ("responding to Chinese protests"): told as background."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in ANSWERING


def captors_of_released(token: Token, mentions: Mentions) -> list[Party]:
    """"An American journalist jailed in Russia was freed in a swap": with no one named as freeing
    them, those who held them release them (the authorities of the state they were held in)."""
    held = passive_patients(token)
    for t in (t for c in held for t in _phrase(c)):
        if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in HOLDING:
            by = [m for p in t.children if p.dep_ == "agent" for q in p.children if q.dep_ == "pobj"
                  for m in expand_parties(q, mentions) if m.entity.country or m.entity.igo]
            if by:
                return [party_of(m) for m in by]
            where = [m for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for q in p.children if q.dep_ == "pobj"
                     for m in [mentions.at(q)] if m is not None and m.entity.country and m.entity.kind in ("place", "country")]
            if where:
                kb, c = load_kb(), where[0].entity.country
                return [Party(name=f"authorities of {kb.countries[c].name if c in kb.countries else c}", country=c,
                              sector="GOV", start=where[0].entity.start, end=where[0].entity.end)]
    if held and held[0].i == token.head.i and token.dep_ == "acl":
        # "two British aid workers freed in Chechnya": those who held them where they were freed
        place = location_mention(token, token, mentions)
        where = [place] if place is not None and place.entity.country and place.entity.kind in ("place", "country") else []
        if where:
            kb, c = load_kb(), where[0].entity.country
            return [Party(name=f"authorities of {kb.countries[c].name if c in kb.countries else c}", country=c,
                          sector="GOV", start=where[0].entity.start, end=where[0].entity.end)]
    return []


def _doers_of_judged_act(holders: list[Token], mentions: Mentions) -> list[Mention]:
    """Who did the attack a speaker condemns, where a "by" phrase names it: "condemned the shelling
    of Donetsk by Ukrainian forces", "denounced the bombing of its embassy as a barbaric act by NATO"."""
    acts = set(ontology.triggers()["blamed_acts"])
    judged = [o for h in holders for o in h.children if o.dep_ == "dobj" and o.lemma_.lower() in acts]
    if not judged:
        return []
    phrases = [c for o in judged for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    phrases += [b for h in [*holders, *judged] for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                for o in c.children if o.dep_ == "pobj" for b in o.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"]
    return [m for b in phrases for p in b.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)
            if m.entity.kind != "place"]


def struck_by_nature(token: Token, anchor: Token) -> bool:
    """"Hurricane Mitch killed thousands", "the earthquake destroyed villages": no one attacked."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    subjects = [c for h in {verb, token} for c in h.children if c.dep_ in ("nsubj", "agent")]
    # ("the earthquake struck off the coast, killing nine people": the participle's doer is its verb's subject)
    if not subjects and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "agent")]
    subjects += [p for c in subjects if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # the subject's own head and name words ("Hurricane Mitch", "a powerful typhoon"), not its
    # clauses ("police, who fired tear gas" is no fire)
    words = [t for c in subjects for t in [c, *(g for g in c.children if g.dep_ in ("compound", "amod"))]
             if t.pos_ in ("NOUN", "PROPN")]
    # ("killed by Indian artillery fire", "by sniper fire": a fire someone shoots is no mishap)
    return any(t.lemma_.lower() in MISHAPS | {"disease", "virus", "drought", "heatwave", "tsunami", "eruption", "cold", "heat",
                                                    "wildfire", "bushfire", "flame", "lava", "mudslide", "blizzard", "monsoon", "rain", "wind", "snow"}
               and not (t.lemma_.lower() == "fire" and any(g.dep_ in ("compound", "amod") and (
                   g.lemma_.lower() in SHOT_FIRE or g.pos_ in ("ADJ", "PROPN") and g.text[:1].isupper()) for g in t.children))
               for t in words)


SHOT_FIRE = {"artillery", "sniper", "machine-gun", "machinegun", "gun", "mortar", "tank", "rocket", "cannon", "naval",
             "enemy", "automatic", "small-arms", "heavy", "rifle"}


def _accused(holders: list[Token], preps: list[str], mentions: Mentions) -> list[Mention]:
    """Whom a complaint is about, over the body it is made to: "complained to the UN over Israeli
    air strikes" accuses Israel; the UN only hears it."""
    phrases = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
    phrases += [g for h in holders for o in h.children if o.dep_ == "dobj" for g in o.children
                if g.dep_ == "prep" and g.lower_ in preps]
    found = []
    for o in (o for p in phrases for o in p.children if o.dep_ == "pobj"):
        # ("about the deaths of migrants shot by U.S. border agents": those who did it, not its victims)
        doers = [m for t in o.subtree if t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ == "NOUN"
                 for q in t.children if q.dep_ == "pobj" for m in expand_parties(q, mentions) if m.entity.kind != "place"]
        found += doers or [m for m in expand_parties(o, mentions) if m.entity.kind != "place"]
    return found


def aimed_at(holders: list[Token], mentions: Mentions) -> list[Mention]:
    """"staged drills in a show of force aimed at Pyongyang": whom a display is said to be meant for."""
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "as")
            for o in c.children if o.dep_ == "pobj" for a in o.subtree if a.dep_ == "acl" and a.lemma_.lower() in ("aim", "direct")
            for g in a.children if g.dep_ == "prep" and g.lower_ == "at" for p in g.children if p.dep_ == "pobj"
            for m in expand_parties(p, mentions)]


def _purpose_targets(verb: Token, mentions: Mentions, helping: bool = False) -> list[Mention]:
    """"Police opened fire to disperse the demonstrators": force used in order to act on someone
    is used on them. Aid goes to the one it helps, not to the one it is used against ("to fight
    al-Shabaab"): with `helping`, only a purpose of helping counts."""
    # ("launched an offensive to seize Tripoli": the purpose hung on the act the verb carries out)
    carried = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "acl"]
    # ("seeking to deter Iran and Hezbollah, moved a carrier group": the aim told by a participle of seeking)
    # (hung on the verb, or on its subject: "Britain, seeking to deter Russia, moved ...")
    sought = [x for c in [*verb.children, *(a for s in verb.children if s.dep_ == "nsubj" for a in s.children)]
              if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_ in SEEKING
              and not any(m.dep_ == "mark" for m in c.children)  # (not "shot down while trying to raid a village")
              for x in c.children if x.dep_ == "xcomp"]
    purposes = [c for c in [*verb.children, *carried, *sought] if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (not helping or c.lemma_ in HELPING)]
    # ("to help Turkey fight the fires": the one helped is the subject of the helped act)
    return [m for c in purposes for o in c.children if o.dep_ == "dobj" for m in expand_parties(o, mentions)] or [
        m for c in purposes if c.lemma_ in HELPING for x in c.children if x.dep_ in ("ccomp", "xcomp")
        for o in x.children if o.dep_ == "nsubj" for m in expand_parties(o, mentions)]


HELPING = {"help", "assist", "enable", "allow"}
SEEKING = {"seek", "try", "aim", "attempt", "hope", "want"}


def _stateless_stranger(m: Mention, event_type: str | None = None) -> bool:
    """A titled person the KB does not know and whose title names no state ("Kurdish rebel leader
    Abdullah Ocalan"): as open as "an activist", so a country's own court acting on him acts at home.
    (A host met is no such stranger: "received by Queen Elizabeth" is abroad.)"""
    return m.entity.resolution == "unresolved" and m.entity.kind == "person" and m.entity.country is None \
        and m.entity.igo is None and m.entity.sector is not None and event_type != "CONSULT"


def _same_country_likely(known: list[Mention], unnamed: list[Mention], event_type: str | None = None) -> bool:
    """A country's own bodies act on its people ("Thailand's king pardoned 30 protesters", "a court
    in Harare acquitted the opposition leader"); a state named as such acting on "the government"
    is more likely acting on another one ("Washington urged the government to ...")."""
    if not unnamed or not all(m.entity.resolution.startswith(("unnamed", "kb-ethnic")) and m.entity.country is None
                              or m.entity.resolution.startswith("unnamed") or _stateless_stranger(m, event_type)
                              for m in unnamed):
        return False
    if all(_government_forces(m) for m in unnamed):
        return True  # "shells fired by government troops hit a hospital in northern Sri Lanka": the troops are its
    if event_type == "ASSAULT" and all(m.entity.sector in STATE for m in unnamed) \
            and not any(m.entity.sector in NON_STATE for m in known):
        return False  # "three soldiers were killed in an Israeli air strike": a state's forces strike another's
    sub_state = any(m.entity.kind != "country" for m in known)
    return sub_state or all(m.entity.sector in NON_STATE for m in unnamed)


# words that tie unnamed forces to the state where they are ("government troops", "pro-regime militias")
GOVERNMENT_WORDS = {"government", "pro-government", "regime", "pro-regime"}

def _government_forces(m: Mention) -> bool:
    return m.entity.sector in ("MIL", "COP") and bool(GOVERNMENT_WORDS & set(m.entity.text.lower().split()))


ABROAD_BY_OFFICE = {"peacekeeper", "diplomat", "ambassador", "envoy", "consul", "tourist", "foreigner", "expatriate",
                    "missionary", "observer", "monitor", "inspector", "embassy", "consulate", "legation"}

ARMED_GROUPS = {"REB", "PRM", "UAF"}
# bodies that watch a state from outside it as often as from within: who they are, the text must say
WATCHERS = {"watchdog", "observer", "monitor", "investigator"}

NON_STATE = {"OPP", "CVL", "REB", "LAB", "EDU", "JRN", "REL", "PTY", "BUS", "REF", "MED", "AGR", "SOC", "UAF", "CRM"}

STATE = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY"}
TRANSNATIONAL_CODES = {"NGO", "IGO", "MNC"}  # PLOVER's codes for bodies of no state

CLAIMS = {"PROTEST", "REQUEST"}

FOREIGN_SYMBOLS = {"flag", "flags", "effigy", "effigies", "embassy", "consulate", "mission", "legation", "base", "bases", "airbase"}


def _policed_by(actors: list[Mention], doc: Doc, mentions: Mentions) -> str | None:
    """The one state whose forces act on the crowd (its noun the object of their verb)."""
    states = set()
    for m in actors:
        crowd = doc[m.root]
        if crowd.dep_ == "pobj" and crowd.head.lower_ == "of" and crowd.head.head.pos_ in ("NOUN", "NUM"):
            crowd = crowd.head.head  # "hundreds of protesters"
        verb = crowd.head if crowd.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or verb.pos_ != "VERB":
            continue
        while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i:
            verb = verb.head  # ("fired tear gas to disperse protesters": the subject of the clause it is the purpose of)
        states |= {f.entity.country for c in verb.children if c.dep_ == "nsubj" for f in expand_parties(c, mentions)
                   if f.entity.country and f.entity.sector in STATE}
    return next(iter(states)) if len(states) == 1 else None


def _anti(t: Token) -> bool:
    """"chanting anti-American slogans": the state named only as what the crowd is against."""
    doc = t.doc
    return t.lower_.startswith("anti-") or t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "anti" \
        or t.i >= 1 and doc[t.i - 1].lower_ in ("anti", "anti-")


def _victims_of_the_same_attack(token: Token, rule: dict[str, Any], recipients: list[Mention],
                                mentions: Mentions) -> list[Mention]:
    """"ambushed an Israeli patrol near Hebron, wounding two soldiers": the unnamed victims of the
    participle are the ones the attack it follows was aimed at, not people of the place."""
    if rule["type"] != "ASSAULT" or token.dep_ != "advcl" or token.tag_ != "VBG":
        return recipients
    head = token.head
    targets = [m for c in head.children if c.dep_ == "dobj" for m in expand_parties(c, mentions) if m.entity.country]
    countries = {m.entity.country for m in targets}
    if len(countries) != 1 or match_trigger(head) is None or match_trigger(head).rule["type"] != "ASSAULT":
        return recipients
    country = countries.pop()
    return [Mention(m.entity.model_copy(update={"country": country, "resolution": m.entity.resolution + ", the attack's target"}),
                    m.root, m.tokens) if m.entity.country is None and m.entity.resolution.startswith("unnamed") else m
            for m in recipients]


def _deported_to(token: Token, rule: dict[str, Any], actors: list[Mention], recipients: list[Mention],
                 mentions: Mentions) -> list[Mention]:
    """"Algeria expelled 500 migrants to Niger": people deported to another state are sent where
    they came from, not the deporting state's own."""
    if rule.get("mode") != "deport":
        return recipients
    own = {m.entity.country for m in actors}
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for c in token.children if c.lower_ == "back" for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    places = [o for c in preps for p in c.children if p.dep_ == "pobj" for o in [mentions.at(p)] if o is not None]
    homes = {o.entity.country for o in places if o.entity.country and o.entity.kind in ("place", "country")} - own
    if len(homes) != 1:
        return recipients
    home = homes.pop()
    return [Mention(m.entity.model_copy(update={"country": home, "resolution": m.entity.resolution + ", sent home"}),
                    m.root, m.tokens) if m.entity.country is None and m.entity.resolution.startswith("unnamed") else m
            for m in recipients]


FOREIGN_OFFICES = {"minister", "secretary", "ministry", "office", "affairs"}


def _officials_of_one_state(actors: list[Mention], unnamed: list[Mention], doc: Doc) -> bool:
    """"Lebanon's parliament speaker turned down the prime minister's proposal": an official named
    by his state's office, at odds with an official named only by title, in a sentence that names
    no other state, deals with his own government."""
    kb = load_kb()
    return bool(unnamed) and all(m.entity.resolution == "unnamed-role" and m.entity.sector in STATE for m in unnamed) \
        and bool(actors) and all(doc[m.root].dep_ in ("poss", "compound", "amod") and doc[m.root].head.pos_ == "NOUN"
                                 and kb.sector_of(_office_words(doc[m.root]))[0] in STATE
                                 # ("Turkey's foreign minister", one mention)
                                 or m.entity.kind == "person" and m.entity.resolution == "unnamed-role" and m.entity.sector in STATE
                                 for m in actors)


def _office_words(holder: Token) -> str:
    """"(Lebanon's) parliament speaker", "(Israeli) foreign minister": the office a state's name is
    hung on, with the words that name its kind."""
    head = holder.head
    first = min([head.i, *(c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i > holder.i)])
    return " ".join(t.lower_ for t in head.doc[first:head.i + 1])


def _envoy_abroad(doc: Doc, m: Mention) -> bool:
    """"French Foreign Minister Bernard Kouchner accused the junta": one who speaks for a state
    abroad speaks of other states; the unnamed junta is not France's."""
    start = m.title_start if m.title_start is not None else m.tokens.start
    words = [t.lower_ for t in doc[start:m.tokens.stop]]
    return any(w == "foreign" and nxt in FOREIGN_OFFICES for w, nxt in zip(words, words[1:])) \
        or any(w in ("ambassador", "envoy") for w in words)


def _home_of_people(m: Mention, country: str) -> bool:
    hit = load_kb().lookup(m.entity.name) if m.entity.resolution.startswith("kb-ethnic") else None
    return hit is not None and country in hit.countries


def _domestic(actors: list[Mention], recipients: list[Mention], event_type: str, token: Token, anchor: Token,
              mentions: Mentions) -> tuple[list[Mention], list[Mention]]:
    """Countries for the unnamed side of a domestic event. "Opposition supporters (THA) demanded
    that the government resign": the government is Thailand's; "police arrested Egyptian
    activists": the police are Egypt's. A protest or demand by a non-state group that names no
    addressee is addressed to its own country's authorities (or those where it happens)."""
    def countries(ms: list[Mention]) -> set[str]:
        # (PLOVER's "NGO" code is no state: the detainees Amnesty looks into are not Amnesty's people)
        return {m.entity.country for m in ms if m.entity.country and m.entity.country not in TRANSNATIONAL_CODES}

    def adopt(ms: list[Mention], country: str) -> list[Mention]:
        # a people living in several states is this one's: "Iraqi troops shelled Shi'ite villages"
        return [Mention(m.entity.model_copy(update={"country": country}), m.root, m.tokens)
                if m.entity.country is None and m.entity.igo is None and (m.entity.resolution.startswith("unnamed")
                                                                           or _home_of_people(m, country)
                                                                           or _stateless_stranger(m, event_type))
                else m for m in ms]

    own, other = countries(actors), countries(recipients)
    sent_start, sent_end = token.sent.start_char, token.sent.end_char
    where = location_mention(token, anchor, mentions)
    abroad = where.entity.country if where is not None and where.entity.country not in own | {None} else None
    # "Afghan officials said Pakistani air strikes had killed eight civilians": the unnamed victims an
    # official reports are the reporting state's own
    if event_type == "ASSAULT" and abroad is None:
        abroad = next(iter(sorted(_reporting_state(anchor, mentions) - own - TRANSNATIONAL_CODES)), None)
    # "telephoned Erdogan to express support for the elected government": the act is the purpose of
    # turning to another state's leader, so the unnamed body is the leader's
    purpose = anchor.head if anchor.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in anchor.children) \
        else None
    addressed = {m.entity.country for o in (purpose.children if purpose is not None else []) if o.dep_ == "dobj"
                 for m in expand_parties(o, mentions) if m.entity.country and m.entity.country not in own}
    # "The United States, a treaty ally of Thailand, said it supported the government's efforts": a
    # foreign state's words about "the government" are about the one other state the sentence names
    named_states = {m.entity.country for m in mentions.items if sent_start <= m.entity.start < sent_end
                    and (m.entity.kind == "country" or m.entity.resolution == "kb-demonym")  # ("said the Venezuelan people had acted")
                    and m.entity.country and m.entity.country not in own}
    unnamed_rulers = [m for m in recipients if m.entity.country is None and m.entity.resolution.startswith("unnamed")
                      and token.doc[m.root].lemma_.lower() in RULERS]
    if len(own) == 1 and not other and len(addressed) == 1 and any(m.entity.country is None for m in recipients):
        recipients = adopt(recipients, next(iter(addressed)))
    elif len(own) == 1 and not other and len(named_states) == 1 and unnamed_rulers and all(
            m.entity.kind == "country" or m.entity.sector in STATE for m in actors):
        recipients = adopt(recipients, next(iter(named_states)))
    elif len(own) == 1 and not other and any(_envoy_abroad(token.doc, m) for m in actors) and len(foreign := {
            m.entity.country for m in mentions.items if sent_start <= m.entity.start < sent_end
            and m.entity.country and m.entity.country not in own and m.entity.kind != "place"}) == 1 \
            and _same_country_likely(actors, [m for m in recipients if m.entity.country is None], event_type):
        # "the Russian foreign ministry, which had backed Yanukovych, accused the opposition": the
        # envoy speaks of the one other state the sentence names
        recipients = adopt(recipients, next(iter(foreign)))
    elif len(own) == 1 and other <= own and not any(_envoy_abroad(token.doc, m) for m in actors) \
            and (_same_country_likely(actors, [m for m in recipients if m.entity.country is None], event_type)
                 or not named_states and _officials_of_one_state(actors, [m for m in recipients if m.entity.country is None], token.doc)):
        # "Rwandan soldiers rescued 30 hostages in eastern Congo": the unnamed side is where it happens
        recipients = adopt(recipients, abroad or next(iter(own)))
    elif event_type == "COERCE" and len(own) == 1 and not other and actors and all(
            m.entity.sector in STATE for m in actors):
        # a state coerces within its own reach: "Tajikistan banned the Islamic Renaissance Party"
        recipients = [Mention(m.entity.model_copy(update={"country": next(iter(own))}), m.root, m.tokens)
                      if m.entity.country is None and m.entity.igo is None and m.entity.kind != "igo" else m
                      for m in recipients]
    elif not own and not other and actors and all(m.entity.country in TRANSNATIONAL_CODES or m.entity.igo for m in actors) \
            and where is not None and where.entity.country and where.entity.country not in TRANSNATIONAL_CODES \
            and any(m.entity.country is None and not m.entity.igo and m.entity.resolution.startswith("unnamed") for m in recipients):
        # "Amnesty raised concerns about the treatment of detainees in Liberia": the people a watchdog or
        # a body speaks for are the place's
        recipients = adopt(recipients, where.entity.country)
    elif not own and where is not None and where.entity.country and actors and all(_government_forces(m) for m in actors):
        # "government troops shelled a hospital in northern Sri Lanka": the government of where they fight
        actors = adopt(actors, where.entity.country)
    elif event_type == "PROTEST" and not own and (policed := _policed_by(actors, token.doc, mentions)):
        # "Jordanian police fired tear gas to disperse protesters chanting anti-American slogans":
        # a crowd a state's police or troops act on is that state's
        actors = adopt(actors, policed)
    elif event_type == "PROTEST" and not own and where is not None and where.entity.country:
        # "protesters rallied at the Israeli embassy in Amman": the crowd is the place's, not the target's
        actors = adopt(actors, where.entity.country)
    elif len(other) == 1 and not own and _same_country_likely(recipients, actors, event_type) and not (
            event_type == "PROTEST" and all(token.doc[m.root].head.lemma_.lower() in FOREIGN_SYMBOLS or _anti(token.doc[m.root])
                                            for m in recipients)) \
            and not all({token.doc[m.root].lemma_.lower(), token.doc[m.root].head.lemma_.lower()} & ABROAD_BY_OFFICE
                        for m in recipients) \
            and not all(token.doc[m.root].lemma_.lower() in ABROAD_BY_OFFICE | WATCHERS
                        or any(t.lower_ in ("international", "foreign", "western") for t in token.doc[m.root].children)
                        for m in actors):
        # (crowds that burn the American flag or besiege the French embassy are not thereby American or
        # French; rebels who seize Indian peacekeepers or British tourists are not Indian or British)
        actors = adopt(actors, next(iter(other)))
    elif event_type == "PROTEST" and not own and not other and actors and all(
            m.entity.country is None and m.entity.resolution.startswith("unnamed") and m.entity.sector for m in actors) \
            and len(kin := {m.entity.country for m in mentions.items if sent_start <= m.entity.start < sent_end
                            and m.entity.country and not m.entity.igo and m.entity.country not in TRANSNATIONAL_CODES
                            and m.entity.sector in {a.entity.sector for a in actors} | {"LAB"}}) == 1:
        # "workers downed tools, Serbian union leaders said": the strikers are of the one state whose
        # people of their kind (or whose unions, who speak for any workforce) the sentence names
        actors = adopt(actors, next(iter(kin)))
    elif not own and not other and actors and all(m.entity.resolution.startswith("unnamed") and m.entity.sector in ARMED_GROUPS
                                                  for m in actors) \
            and all(m.entity.resolution.startswith("unnamed") and not m.entity.igo for m in recipients):
        # "Islamist fighters, who had seized the north of Mali, overran a town": rebels and the
        # troops they fight, named by no state, belong to the one state the sentence names
        states = {m.entity.country for m in mentions.items if sent_start <= m.entity.start < sent_end
                  and m.entity.country and not m.entity.igo and m.entity.country not in TRANSNATIONAL_CODES}
        if len(states) == 1:
            state = next(iter(states))
            actors, recipients = adopt(actors, state), adopt(recipients, state)
    # a protest is against somebody: with none named, the authorities where it happens (PLOVER codes
    # the domestic target); a people or a crowd without a sector protests too
    # (legislators who walk out or strike address their own authorities too)
    unarmed = NON_STATE | ({None, "LEG"} if event_type == "PROTEST" else set())
    if event_type == "PROTEST":  # ("protested against the mayor's arrest": the one wronged is not the one addressed)
        recipients = [m for m in recipients if (m.entity.country or m.entity.igo) and not (
            token.doc[m.root].dep_ == "poss" and token.doc[m.root].head.lemma_.lower() in WRONGS_SUFFERED)]
    # (a people named by its demonym, "thousands of Egyptians marched to demand reforms", is unarmed too,
    # where the sentence names no one abroad it might address)
    people = event_type in CLAIMS and not _names_a_foreign_party(token.sent, own, mentions)
    if not recipients and (event_type in CLAIMS or event_type == "CONCEDE") and actors and all(
            (m.entity.sector in unarmed or people and m.entity.kind == "group" and m.entity.sector is None)
            and not m.entity.igo for m in actors):
        # "Palestinian prisoners in Israeli jails began a hunger strike": the jailer is addressed
        jailers = [j for m in actors for c in token.doc[m.root].children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                   for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in JAILS
                   for g in o.children if g.dep_ in ("amod", "compound", "poss") for j in expand_parties(g, mentions)
                   if j.entity.country]
        if jailers:
            return actors, jailers[:1]
        where = location_mention(token, anchor, mentions)
        if (where is None or where.entity.country is None) and len(countries(actors)) == 1:
            where = next(m for m in actors if m.entity.country and m.entity.country not in TRANSNATIONAL_CODES)
        if where is not None and where.entity.country:
            recipients = [_authorities_of(where)]
    elif not recipients and event_type in VERBAL_AT_HOME and len(own) == 1 and actors \
            and all(m.entity.sector in NON_STATE for m in actors) and not _names_a_foreign_party(token.sent, own, mentions):
        # "miners threatened to block the railway", "the opposition rejected the draft constitution": what
        # a people's own parties, unions and rebels refuse or threaten, with no one named abroad, is
        # aimed at their state
        recipients = [_authorities_of(next(m for m in actors if m.entity.country))]
    return actors, recipients


VERBAL_AT_HOME = {"REJECT", "ACCUSE", "THREATEN"}
# verbs that state the speaker's own position: "insisted it would not withdraw" speaks for itself
AVOWING = {"insist", "stress", "reiterate", "maintain", "assert", "affirm", "repeat", "argue", "emphasise", "emphasize"}
# acts whose owner suffers them: "the mayor's arrest", "the journalist's killing"
WRONGS_SUFFERED = {"arrest", "detention", "jailing", "imprisonment", "killing", "death", "murder", "sentencing", "conviction",
                   "expulsion", "deportation", "extradition", "dismissal", "removal", "ouster", "disappearance", "abduction",
                   "kidnapping", "torture", "trial", "execution"}


def _names_a_foreign_party(sent: Span, own: set[str], mentions: Mentions) -> bool:
    return any(sent.start_char <= m.entity.start < sent.end_char and (m.entity.igo or m.entity.country not in own | {None})
               and not (m.entity.country in TRANSNATIONAL_CODES and m.entity.resolution.startswith("unnamed"))  # "rights groups said"
               for m in mentions.items)


# wrongs only a state's own organs do to people: criticised, they are the state's
STATE_WRONGS = {"arrest", "arrests", "detention", "detentions", "jailing", "imprisonment", "sentencing", "conviction",
                "execution", "executions", "expulsion", "deportation", "extradition", "trial", "prosecution"}
# what a criticism may be about, besides the wrongs done to people
CRITICISED_ABOUT = ("over", "about", "at", "of", "for", "against", "to", "on", "upon")


def wrongdoers(token: Token, anchor: Token, recipients: list[Party], mentions: Mentions) -> list[Party] | None:
    """"condemned the arrest of opposition leader Navalny", "criticised the detention of two Canadians
    in China": criticism of a wrong done to someone is aimed at whoever did it, named by "by", by
    the place where it was done, or, for an arrest or a trial, by the state of the one it was done to.
    None where the criticised thing is no such wrong."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    wrongs = [c for c in (verb.children if verb is token or token.pos_ in ("VERB", "AUX") else token.children)
              if c.dep_ == "dobj" and c.lemma_.lower() in WRONGS_SUFFERED | STATE_WRONGS]
    wrongs += [p for h in {verb, token} for c in h.children if c.dep_ == "prep" and c.lower_ in CRITICISED_ABOUT
               for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in WRONGS_SUFFERED | STATE_WRONGS]
    # "said the detention of its sailors by Iran was illegal": the wrong the statement is about
    wrongs += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children
               if s.dep_ == "nsubj" and s.lemma_.lower() in WRONGS_SUFFERED | STATE_WRONGS]
    if not wrongs:
        return None
    wrong = wrongs[0]
    inside = range(wrong.left_edge.idx, wrong.right_edge.idx + len(wrong.right_edge.text))
    if any(p.start not in inside for p in recipients):
        return None  # "lashed out at Tbilisi over the detention of four officers": the one addressed is named
    doers = [m for c in wrong.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
             for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    # ("the deaths of migrants shot by U.S. border agents": the "by" on the participle that tells it)
    doers += [m for c in wrong.children if c.dep_ == "prep" and c.lower_ == "of" for v in c.children
              for a in v.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in a.children if g.dep_ == "agent"
              for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    # "China's detention of a Japanese businessman" (not "the mayor's arrest", suffered)
    # ... or "the British expulsions"
    doers += [m for c in wrong.children if c.dep_ in ("poss", "amod", "compound") for m in expand_parties(c, mentions)
              if m.entity.kind in ("country", "igo") or m.entity.kind != "person" and m.entity.sector in STATE
              or m.entity.resolution.endswith("demonym")]
    if doers:
        return [party_of(m) for m in doers]
    # ("the expulsion of its diplomats from Russia": whence they are sent is whose act it is)
    where_preps = ("in", "at", "from") if wrong.lemma_.lower() in ("expulsion", "deportation") else ("in", "at")
    where = next((m for c in wrong.children if c.dep_ == "prep" and c.lower_ in where_preps
                  for p in c.children if p.dep_ == "pobj" for t in _phrase(p) for m in [mentions.at(t)]
                  if m is not None and m.entity.kind in ("place", "country") and m.entity.country), None)
    if where is None:  # "the detention of two Canadians in China", with the place hung on the people
        where = next((m for c in wrong.children if c.dep_ == "prep" and c.lower_ == "of" for v in c.children
                      for g in v.children if g.dep_ == "prep" and g.lower_ in where_preps
                      for p in g.children if p.dep_ == "pobj" for t in _phrase(p) for m in [mentions.at(t)]
                      if m is not None and m.entity.kind in ("place", "country") and m.entity.country), None)
    if where is None:  # "drew attention to killings of civilians in Chechnya", the place hung on the verb after the wrong
        where = next((m for c in verb.children if c.dep_ == "prep" and c.lower_ in where_preps and c.i > wrong.i
                      for p in c.children if p.dep_ == "pobj" for t in _phrase(p) for m in [mentions.at(t)]
                      if m is not None and m.entity.kind in ("place", "country") and m.entity.country), None)
    if where is not None:
        return [party_of(_authorities_of(where))]
    if wrong.lemma_.lower() in STATE_WRONGS:  # "the arrest of opposition leader Navalny": by his own state
        victims = [m for c in wrong.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
        victims += [m for c in wrong.children if c.dep_ == "poss" for m in expand_parties(c, mentions)]
        states = {m.entity.country for m in victims if m.entity.country and m.entity.sector not in ("GOV", "MIL")
                  and m.entity.kind in ("person", "group")}
        if len(states) == 1:
            return [party_of(_authorities_of(next(m for m in victims if m.entity.country in states)))]
    # no doer named: the ones it was done to are still not its target ("condemned the killing of its
    # diplomats"), but one named elsewhere in the phrase is ("as a crime by the Taliban")
    suffered = [range(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for c in wrong.children
                if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for p in ([c] if c.dep_ == "poss" else c.children)]
    return [] if all(any(p.start in r for r in suffered) for p in recipients) else None


def _authorities_of(where: Mention) -> Mention:
    kb = load_kb()
    c = where.entity.country
    assert c is not None
    # "the government of Brazil", not "Brazil": the protesters may be named "Brazilians" = Brazil
    name = "government of " + (kb.countries[c].name if c in kb.countries else c)
    return Mention(Entity(text=where.entity.text, name=name, kind="country", country=c, sector="GOV",
                          start=where.entity.start, end=where.entity.end,
                          resolution="domestic-addressee"), where.root, where.tokens)


COMPLEMENT_SUBJECT_TYPES = {"REQUEST", "THREATEN"}

JAILS = {"jail", "prison", "custody", "detention", "camp"}

CONDITION_MARKS = {"if", "unless", "until"}


def _border_reporter(token: Token, anchor: Token, actors: list[Mention], mentions: Mentions) -> list[Mention]:
    """"Armenian officials said Azerbaijan had massed troops along the border": a border no one is
    named across is the one with the state that reports the build-up."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    if not any(t.lemma_.lower() in BORDER_NOUNS and t.dep_ == "pobj" for t in verb.subtree):
        return []
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return []
    own = {m.entity.country for m in actors}
    return [m for c in verb.head.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)
            if m.entity.country and m.entity.country not in own][:1]


def _reporting_state(verb: Token, mentions: Mentions) -> set[str]:
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return set()
    return {m.entity.country for c in verb.head.children if c.dep_ in SUBJECT_DEPS
            for m in expand_parties(c, mentions) if m.entity.country}


TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "dialogue", "process", "mediation"}


def _condition_subjects(token: Token, anchor: Token, mentions: Mentions) -> list[Mention]:
    """A threat names its target in its condition: "threatened to close the strait if the United
    States tightened its embargo", "warned it would act unless Niger handed over the suspects"."""
    verbs = [token, anchor, *(c for h in (token, anchor) for c in h.children if c.dep_ in ("xcomp", "ccomp"))]
    # ("could abandon the armistice that ended the war if Washington imposed sanctions": the parser
    # may hang the condition on a relative clause of the object)
    verbs += [r for v in verbs[2:] for o in v.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"]
    out: list[Mention] = []
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
                out += [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)]
                # "if the negotiations with Israel failed": the other side of the talks
                out = out or [m for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in TALK_NOUNS
                              for g in c.children if g.dep_ == "prep" and g.lower_ == "with"
                              for p in g.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
        if out:
            break
    return [m for m in out if m.entity.kind != "place"]


READY = {"ready", "prepared", "willing", "determined", "poised"}


def _complement_recipients(token: Token, rule: dict[str, Any], mentions: Mentions) -> list[Mention]:
    """The target named inside the complement: "threatened to impose sanctions on Iran", "refused
    to recognise Kosovo", "demanded that Israel withdraw" (the subject asked to act)."""
    out: list[Mention] = []
    places: list[Mention] = []
    objectless = rule["type"] in ("REJECT", "THREATEN", "AGREE") and not any(c.dep_ in ("dobj", "dative") for c in token.children)
    # ("warned that it was ready to strike American bases": the act the speaker says it is ready for)
    ready = [x for c in token.children if c.dep_ == "ccomp" and rule["type"] == "THREATEN"
             for a in c.children if a.dep_ == "acomp" and a.lemma_.lower() in READY for x in a.children if x.dep_ == "xcomp"]
    for comp in [*token.children, *ready]:
        # ("refused on Sunday to let inspectors in", with the parser making the complement an adverbial)
        if comp.pos_ == "VERB" and (comp.dep_ == "xcomp" or comp.dep_ == "advcl" and objectless and comp.i > token.i
                                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children)):
            # "to impose a curfew in Algiers": where the complement's own event takes a place as its target
            inner = match_trigger(comp)
            territorial = {w for w in (inner.rule.get("recipient", []) if inner else []) if w in LOCATIVE}
            slots = [*comp.children, *(p for o in comp.children if o.dep_ == "dobj" for p in o.children)]
            if comp.lemma_.lower() in ("let", "allow", "permit"):  # "agreed to let IAEA inspectors visit": whom it lets act
                out += [m for c in comp.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS
                        for m in expand_parties(s, mentions)]
            # "refused to hand over bin Laden to the United States": whom it is handed to, not who is handed
            handed_to = comp.lemma_.lower() in HANDING | {"extradite", "return", "surrender"} and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(expand_parties(o, mentions) for o in c.children if o.dep_ == "pobj")
                for c in slots)
            for c in slots:  # "to impose sanctions on Manila": the preposition may hang on the object
                if c.dep_ in ("dobj", "dative") and not (handed_to and c.dep_ == "dobj"):
                    out += expand_parties(c, mentions)
                elif c.dep_ == "prep" and c.lower_ in territorial and not is_time(c):
                    places += [m for o in c.children if o.dep_ == "pobj" for t in o.subtree for m in [mentions.at(t)]
                               if m is not None and m.entity.kind in ("place", "country") and m.entity.country]
                elif c.dep_ == "prep" and c.lower_ not in LOCATIVE | (TEMPORAL_PREPS - {"on"}) and not is_time(c) \
                        and not (rule["type"] == "AGREE" and c.lower_ in ("despite", "amid")) \
                        and not (rule["type"] == "AGREE" and c.lower_ == "under" and not _partner_of_deal(c)):
                    # ("promised to complete the plant despite objections from Washington": the
                    # objectors are not whom it is promised to; a refusal despite pressure refuses them)
                    # ("agreed to end the fighting under a Russian-brokered deal": the broker is no party to it)
                    out += [m for o in c.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)]
        elif comp.dep_ == "ccomp" and rule["type"] in COMPLEMENT_SUBJECT_TYPES:
            out += [m for c in comp.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)]
            if not out and rule["type"] == "THREATEN" and any(c.dep_ == "nsubjpass" for c in comp.children) \
                    and any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in comp.children):
                # "warned that any referendum on Montenegrin independence would be met with force":
                # the state whose move is warned against, however deep in it (not where the move
                # would be: "any intervention in Niger would be treated as war")
                out += [m for c in comp.children if c.dep_ == "nsubjpass" for t in c.subtree for m in [mentions.at(t)]
                        if m is not None and m.entity.country and m.entity.kind in ("country", "group")
                        and not (t.dep_ == "pobj" and t.head.lower_ in LOCATIVE)][:1]
        if comp.dep_ == "ccomp" and rule["type"] == "THREATEN" and not out:
            # "warned it would respond to U.S. drills with force": what the speaker will act against
            # ("would take all necessary measures against Philippine vessels": on the object too)
            out += [m for c in [*comp.children, *(g for o in comp.children if o.dep_ == "dobj" for g in o.children)]
                    if c.dep_ == "prep" and c.lower_ in ("to", "against", "on")
                    for o in c.children if o.dep_ == "pobj" for m in expand_parties(o, mentions)]
            # ("would respond with force to the drills planned by South Korea and the United States")
            out += [] if out else [m for c in comp.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "on")
                                   for o in c.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "acl"
                                   for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                                   for m in expand_parties(p, mentions)]
            out += [m for c in comp.children if c.dep_ == "dobj" for m in expand_parties(c, mentions)]
    # "threatened to recall its ambassador", "to contribute troops": an unnamed role the complement acts
    # on is the actor's own; one named through the object is not ("refused to obey the orders of the minister")
    # (but "threatened to crush the opposition" names whom the threat is against: no organ of the state)
    doc = token.doc
    return [m for m in out if m.entity.kind != "place"
            and not (m.entity.resolution.startswith("unnamed") and m.entity.country is None
                     and doc[m.root].dep_ in ("dobj", "dative")
                     and not (rule["type"] == "THREATEN" and (m.entity.sector in CIVIC_SECTORS or m.entity.sector in ARMED_GROUPS
                                                              and doc[m.root].lemma_.lower() not in STATELESS_FOES)))] or places[:1]


# a state's own civic life, which a threat at home is aimed at; rebels are no organ of the state
# either ("threatened to crush the Maoist rebels"), though where they come from is for `_domestic` to say
# (terrorists "wherever they are found" may come from anywhere)
STATELESS_FOES = {"terrorist", "jihadist", "extremist"}
CIVIC_SECTORS = {"OPP", "PTY", "CVL", "LAB", "EDU", "JRN", "MED", "REL", "AGR"}

GRANTING = {"grant", "give", "extend", "offer", "accord", "award"}

GATHERINGS = {"talks", "summit", "conference", "meeting", "session", "forum", "negotiations", "assembly", "congress", "gathering"}
POSTED_ENVOYS = {"ambassador", "envoy", "diplomat", "consul", "representative", "mission", "delegation"}
RECIPIENT_SLOTS = {"dobj", "escaped_agent", "poss_of_dobj", "poss_of_pobj", "ccomp_subj", "for_from", "dative", "deal_partner", "despite",
                   "as_warning", "oprd"}

TEMPORAL_PREPS = {"during", "at", "after", "before", "following", "in", "on", "ahead", "for"}


def _governed_by(token: Token, rule: dict[str, Any]) -> bool:
    """A noun trigger takes the clause subject as its actor only through a light verb ("hold talks")
    or a time/occasion phrase ("speaking during the meeting"), not as any verb's object
    ("Belarus rejected the accusations" is no accusation by Belarus)."""
    if is_light(token.head, rule) and token.dep_ in ("dobj", "nsubjpass", "attr"):
        return True
    if is_light(light_head(token), rule):
        return True  # "engaged in talks", "held a round of talks", "went on [light] strike"
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "for") \
            and token.head.head.lower_ in ontology.triggers()["willingness"]:
        return True  # "committed to dialogue", "ready for talks": the willing party would take part
    # "said after the talks" took part in them; "resigned after mass protests" did not protest
    # ("converged for a rally", "joined in the protests" did)
    # "blocked a statement on aid to Ukraine": "on" after a noun gives that noun's topic, whatever
    # the parser hangs it on
    topic = token.head.lower_ == "on" and token.head.i > 0 and token.doc[token.head.i - 1].pos_ in ("NOUN", "PROPN")
    # ("understood the reasons for the strikes": a blow in a phrase of a noun, not of the clause)
    of_noun = rule["type"] not in PARTICIPATORY | {"PROTEST"} and token.head.head.pos_ in ("NOUN", "PROPN") \
        and token.head.head.i != token.head.i
    return token.dep_ == "pobj" and token.head.lower_ in TEMPORAL_PREPS and not topic and not of_noun and (
        rule["type"] in PARTICIPATORY or token.head.lower_ in ("for", "in"))


# writings through which their outlet speaks: "an editorial in Pravda warned ..."
VOICED_TEXTS = {"commentary", "editorial", "article", "column", "op-ed", "broadcast", "report", "statement"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
ACTING_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "PTY", "OPP", "INS", "UAF", "PRM"}

PARTICIPATORY = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"}


ATTACK_NOUNS = {"strike", "airstrike", "raid", "attack", "bombing", "shelling", "bombardment", "offensive", "assault",
                "incursion", "invasion", "operation", "war"}


def names_where_struck(modifier: Token, m: Mention) -> bool:
    """"the Gaza strikes", "the Syria raids": a state's full name before an attack noun says where
    it fell; its adjective or abbreviation says who struck ("Israeli strikes", "the U.S. strikes")."""
    return m.entity.kind == "country" and modifier.pos_ == "PROPN" and modifier.dep_ == "compound" \
        and modifier.head.lemma_.lower() in ATTACK_NOUNS and any(ch.islower() for ch in modifier.text) \
        and "." not in modifier.text


# attacks one is killed or dies in ("died in a NATO air strike", "killed in a Taliban ambush")
FIGHTS = {"clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "gunbattle", "shootout"}
DEADLY_ATTACKS = ATTACKS | FIGHTS | {"gunfire", "drone", "suicide"}
GUNFIRE = {"fire", "shellfire", "sniper", "gunshot", "bullet", "bullets", "shrapnel"}
WOUNDS = {"wound", "wounds", "injury", "injuries"}
# ("an ambush blamed on the Taliban", "an attack claimed by al-Shabaab")
ATTRIBUTING = {"blame", "claim", "attribute"}


def _left_in_state(participle: Token) -> Token | None:
    """The "left" whose object the participle describes: "left 12 Palestinians injured"."""
    if participle.dep_ == "acl" and participle.head.dep_ == "dobj" and participle.head.head.lemma_.lower() == "leave":
        return participle.head.head
    if participle.dep_ in ("advcl", "oprd", "ccomp") and participle.head.lemma_.lower() == "leave" \
            and any(c.dep_ == "dobj" for c in participle.head.children):
        return participle.head
    return None


def attack_in(verb: Token) -> Token | None:
    """The attack a death is told in: "were killed in an Israeli air strike", "died from Israeli
    gunfire", "died of wounds from Israeli fire"."""
    told = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "from", "under")
            for p in c.children if p.dep_ == "pobj"]
    told += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for w in c.children
             if w.dep_ == "pobj" and w.lemma_.lower() in WOUNDS for g in w.children if g.dep_ == "prep" and g.lower_ in ("from", "in", "during")
             for p in g.children if p.dep_ == "pobj"]
    return next((p for p in told if p.lemma_.lower() in DEADLY_ATTACKS | GUNFIRE
                 or p.lemma_.lower() in WEAPONS and p.head.lower_ in ("from", "by", "under")), None)


def attack_owners(noun: Token, mentions: Mentions) -> list[Mention]:
    """Who an attack noun says struck: "an Israeli air strike", "a Taliban ambush", "an attack by
    rebels", "an ambush blamed on al-Shabaab" (not where it fell: "the Gaza strikes")."""
    owners = [m for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i
              for m in expand_parties(c, mentions)
              if not names_where_struck(c, m) and m.entity.kind != "place" and (m.entity.country or m.entity.igo or m.entity.sector)]
    owners += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    # "were killed in a clash with Chinese troops": the other side of a fight struck them
    owners += [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "against") and noun.lemma_.lower() in FIGHTS
               for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    owners += [m for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in ATTRIBUTING
               for c in a.children if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "by", "to")
               for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
    return owners


INQUIRY_NOUNS = {"inquiry", "investigation", "probe", "inquest", "investigations", "inquiries"}
LEADING = {"lead", "head", "command", "chair"}
# ("auditors appointed by the United Nations combed through the records": they act for whoever appointed them)
APPOINTING = {"appoint", "commission", "hire", "mandate", "assign", "dispatch", "send", "name"}
NON_STATE_HEADS = {"team", "club", "squad", "company", "firm", "carmaker", "automaker", "airline", "bank", "orchestra",
                   "band", "choir", "university", "school", "museum", "brewer", "retailer", "insurer", "conglomerate"}
RULERS = {"government", "authorities", "regime", "leadership", "junta", "administration"}
PARTS_OF_BODIES = {"faction", "factions", "wing", "element", "elements", "section", "unit", "units", "cell", "splinter", "group"}


def _subject_parties(verb: Token, mentions: Mentions) -> list[Mention]:
    v = verb
    schemed = _scheme_of(verb)
    if schemed is not None and schemed.head.lemma_.lower() not in HOLDING_INTENT | {"hatch"}:
        # "foiled a plot to attack dissidents", the infinitive read as the verb's own: the plotters
        # named on the noun, not the one who foiled it
        return [m for c in schemed.children if c.dep_ in ("poss", "compound", "amod") for m in expand_parties(c, mentions)]
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        # ("The European Union, after Tashkent refused ..., imposed an embargo", parsed with both
        # subjects on "refused": the one before "after" is the main verb's)
        marks = [m.i for m in v.children if m.dep_ == "mark"]
        if marks and any(s.i > marks[0] for s in subj) and any(s.i < marks[0] for s in subj):
            # (and where the main verb hangs as a conjunct on the clause, "The African Union, after
            # Bamako refused ..., imposed sanctions", the one before "after" is the conjunct's)
            climbed = v is not verb and verb.dep_ == "conj" and verb.head.i == v.i
            subj = [s for s in subj if (s.i < marks[0]) == climbed]
        subj = subj or [s for c in v.children if c.dep_ == "advcl" and c.i < v.i
                        for m in c.children if m.dep_ == "mark" for s in c.children
                        if s.dep_ == "nsubj" and s.i < m.i and any(x.dep_ == "nsubj" and x.i > m.i for x in c.children)]
        # "Turkey massed troops", misparsed with the name as an adverbial noun before its verb
        subj = subj or [c for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < v.i
                        and c.i == c.sent.start + (c.sent[0].pos_ == "DET")]
        # ... or as an adverb, with an aside after it: "Yanukovych, under pressure from the street, agreed"
        subj = subj or [c for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.i == c.sent.start and c.i < v.i
                        and mentions.at(c) is not None and mentions.at(c).entity.kind in ("person", "country", "organization")]
        # "The World Food Programme, warning that ..., resumed deliveries", with the subject hung on
        # the participle before the verb
        subj = subj or [s for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < v.i
                        for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
        # ("Pakistan's military spokesman said the country would respond": "the country" is its own)
        # ("a Taliban spokesman said the movement would wage war": a group's own word for itself)
        if subj and all(s.lower_ in ("it", "they", "we", "he", "she") or _the_country(s) or _the_group(s, v, mentions) for s in subj) \
                and v.dep_ == "ccomp" \
                and v.head.lemma_.lower() in REPORTING | AVOWING and not any(mentions.at(s) for s in subj):
            v = v.head  # "Azerbaijan said it would withdraw": the reporting subject speaks for itself
            continue
        if subj and all(s.lower_ == "they" for s in subj) and v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX") \
                and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while", "after", "before", "because") for m in v.children) \
                and not any(mentions.at(s) for s in subj):
            v = v.head  # "protesters forced officials to put out the flame as they tried to ...": the main clause's
            while v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
                v = v.head  # (the one whose clause it is: not the officials made to act)
            continue
        if v.dep_ == "relcl" and subj and all(s.lower_ in RELATIVE_PRONOUNS for s in subj):
            # "Khatami, who is due to visit Riyadh, ...": the relative pronoun stands for the noun, when
            # that is a state, a body or one who acts for them ("victims who are suing his estate",
            # "a refugee who asked not to be identified" are told of in passing, not coded)
            # ("investigations of Ukraine, which would have targeted his son": the noun itself must be the party)
            heads = {v.head.i, *(c.i for c in v.head.conjuncts)}
            return [m for m in expand_parties(v.head, mentions) if (m.root in heads or any(h in m.tokens for h in heads)) and (
                m.entity.igo or m.entity.kind in ("country", "igo", "institution") or m.entity.sector in ACTING_SECTORS)]
        agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        by_agent = [m for a in agent for m in expand_parties(a, mentions)]
        # ("conferred by telephone": a "by" phrase naming no one is a means, not the doer)
        # ("Haftar's fighters, pushed back by government forces, withdrew": a participle aside read as
        # the main verb; the one who withdrew is its subject, the "by" phrase did the pushing)
        aside = v is not verb and v.tag_ in ("VBN", "VBD") and verb.dep_ == "conj" and any(s.dep_ == "nsubj" for s in subj)
        if agent and (by_agent or not subj) and not aside:
            return by_agent
        if subj:
            # "the Gaza strikes killed 30": where the strikes fell did not strike
            found = [m for s in subj for m in expand_parties(s, mentions)
                     if not names_where_struck(s.doc[m.root], m)
                     # ("the French team signed a sponsorship deal": a side or a firm is no state's organ)
                     and not (s.lemma_.lower() in NON_STATE_HEADS and s.doc[m.root].head.i == s.i and m.root != s.i
                              and s.doc[m.root].dep_ in ("amod", "compound")  # not "Russia's state gas company"
                              and not any(c.dep_ == "compound" or c.lower_ == "state" for c in s.children))]  # not "German rescue teams"
            found = _speakers_own(found, subj, v, mentions)
            # "a team of international investigators, led by South Korea, concluded ...": a body no
            # party owns acts for the one that leads it
            led = [m for s in subj for a in s.children if a.dep_ == "acl" and a.lemma_.lower() in LEADING
                   for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                   for m in expand_parties(p, mentions)]
            if led and not any(m.entity.country or m.entity.igo for m in found):
                return led
            appointed = [m for s in subj if s.lemma_.lower() not in ("president", "minister", "ambassador", "envoy")
                         for a in s.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in APPOINTING
                         for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                         for m in expand_parties(p, mentions) if m.entity.country or m.entity.igo]
            # ("Spanish riot police, sent by Madrid, fired ...": the state's own forces act themselves)
            own_forces = found and all(m.entity.sector in ("MIL", "COP") and m.entity.country for m in found) \
                and {m.entity.country for m in appointed} <= {m.entity.country for m in found}
            if appointed and all(m.entity.resolution.startswith("unnamed") for m in found) and not own_forces:
                return appointed
            # "the South Korean navy, joined by an American aircraft carrier, staged drills": both act
            found += [m for s in subj for a in s.children if found and a.dep_ == "acl" and a.lemma_.lower() == "join"
                      and a.tag_ == "VBN" for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                      for m in expand_parties(p, mentions) if m.entity.country not in {f.entity.country for f in found}]
            # "a commentary in the People's Daily blasted Washington": the paper speaks through it
            return found or [m for s in subj if s.lemma_.lower() in VOICED_TEXTS for c in s.children
                             if c.dep_ == "prep" and c.lower_ in ("in", "by", "from", "on")
                             for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)] or [
                # "a report released Thursday by the Committee to Protect Journalists accused China": its publisher speaks
                m for s in subj if s.lemma_.lower() in VOICED_TEXTS for a in s.children if a.dep_ == "acl" and a.tag_ == "VBN"
                for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                for m in expand_parties(p, mentions)] or led or [
                # "mortar shells fired by rebels hit a market": who fired the weapon struck with it
                m for s in subj if is_weapon(s) for a in s.children if a.dep_ == "acl" and a.tag_ == "VBN"
                for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                for m in expand_parties(p, mentions)] or [
                # "a faction within the Turkish military attacked the parliament": a part acts as its body
                m for s in subj if s.lemma_.lower() in PARTS_OF_BODIES for g in s.children
                if g.dep_ == "prep" and g.lower_ in ("within", "inside", "of", "in") for p in g.children if p.dep_ == "pobj"
                for m in expand_parties(p, mentions) if m.entity.kind != "place"]
        if v.dep_ == "acl" and v.tag_ == "VBG" and (v.head.lemma_.lower() in DOCUMENT_NOUNS or v.head.lemma_.lower() in CLAIM_NOUNS
                                                  and v.lemma_.lower() == "link") \
                and mentions.at(v.head) is None:
            # "issued a statement demanding ...", "in a letter urging ...": whoever issued it acts,
            # unless the document names its own author ("vetoed an EU statement condemning China")
            noun = v.head
            authors = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod") for m in expand_parties(c, mentions)]
            # ("brushing aside a letter from Trump urging him to ...": the sender wrote it)
            authors = authors or [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < v.i
                                  for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
            if authors:
                return authors
            if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCES:
                return []  # "despite reports urging new rules, officials ...": the officials wrote none
            v = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if v.pos_ not in ("VERB", "AUX"):
                return []
            continue
        if v.dep_ == "acl" and v.tag_ == "VB" and v.head.lemma_.lower() in INTENT_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # "said it was drawing up plans to withdraw its troops": the planner does it, named on the
            # noun ("Russia's plan to ...") or as the subject of the verb that holds it
            # (only where the noun is drawn up or made known: "disrupting a UN plan to return refugees"
            # tells of no one's intent)
            noun = v.head
            if noun.head.lemma_.lower() not in HOLDING_INTENT or noun.dep_ not in ("dobj", "nsubjpass", "attr"):
                return []
            owners = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod") for m in expand_parties(c, mentions)]
            owners += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj" for m in expand_parties(p, mentions)]
            if owners:
                return owners
            v = noun.head
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG":  # "protesters demanding ...": the noun acts
            return expand_parties(v.head, mentions)
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "after meeting Lavrov, Wang said ..."
            # "condemned Tokyo for holding the drills", "accused Iran of arming the rebels": the one
            # blamed or praised did it
            # ("barred Arafat from travelling to Bethlehem": the one held back would have done it)
            doers = [m for o in v.head.head.children if o.dep_ == "dobj" for m in expand_parties(o, mentions)] \
                if v.head.lower_ in ("of", "for") or v.head.lower_ == "from" and v.head.head.lemma_.lower() in HELD_BACK_BY else []
            if doers:
                return doers
            v = v.head.head
            continue
        if v.dep_ == "conj" and (_backshifted_report(v.head) or _judged_then_spoke(v)) and v.tag_ == "VBD" \
                and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            # "officials said jets had violated its airspace, and lodged a complaint": the plain past
            # goes on with the reporting clause, not with what was reported in the pluperfect
            v = v.head.head
            continue
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in CAUSING:
            # "a bomb exploded, prompting the United States to close its embassy": the one made to act acts
            made = [m for o in v.head.children if o.dep_ == "dobj" for m in expand_parties(o, mentions)]
            if made:
                return made
        if v.dep_ == "acl" and v.tag_ == "VBD" and v.i > 0 and v.doc[v.i - 1].text == "," and not subj \
                and v.sent.root.pos_ in ("PROPN", "NOUN") and v.sent.root.i < v.i and v.head.i != v.sent.root.i:
            # "Johnson, speaking after a G7 summit, called on the Taliban ...", parsed with "called" on the
            # summit and the name as the root: a past tense after the aside is the name's
            return expand_parties(v.sent.root, mentions)
        if v.dep_ == "conj" and v.tag_ == "VBD" and v.i > 0 and v.doc[v.i - 1].text == "," and _in_relative_of_root(v):
            # "The United States, which has determined that both sides committed war crimes, accused
            # the RSF ...", parsed with the name as the root: the verb after the aside is the name's
            return expand_parties(v.sent.root, mentions)
        if v.dep_ == "conj" and v.tag_ == "VBD" and v.head.tag_ == "VB" and v.head.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in v.head.children) and v.head.head.i != v.head.i:
            # "Israel, saying air power could not stop the rockets, called up reserves": a past tense
            # cannot share the modal of the said clause it is hung on, it goes on with the sayer
            v = v.head.head
            continue
        if v.dep_ == "dep" and v.head.dep_ == "ROOT" and v.head.tag_ in ("VBG", "VBN") and v.head.i < v.i \
                and v.tag_ in ("VBD", "VBZ", "VBP"):
            # "Trump, writing on Twitter, accused Qatar ...", parsed with the aside as the root: the
            # finite verb after it is the main one, and the subject hung on the aside is its subject
            v = v.head
            continue
        if v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acomp") and v.head.i != v.i:
            if v.dep_ == "relcl":
                return expand_parties(v.head, mentions)
            v = v.head
            continue
        break
    return []


def _in_relative_of_root(v: Token) -> bool:
    """`v` hangs inside a relative clause on a sentence root that is a name or noun."""
    root = v.sent.root
    if root.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(a.dep_ == "relcl" and a.head.i == root.i for a in v.ancestors)


CAUSING = {"prompt", "force", "compel", "lead", "cause", "spur", "drive", "oblige"}
SCHEMES = {"plot", "plots", "conspiracy", "scheme", "plan", "plans", "bid", "attempt"}


def _scheme_of(verb: Token) -> Token | None:
    """The scheme noun an infinitive spells out, where the parser hung the infinitive on the verb that
    holds the noun ("foiled a plot to attack dissidents") or on the noun itself."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in SCHEMES and verb.head.dep_ in ("dobj", "nsubjpass"):
        return verb.head
    if verb.dep_ in ("xcomp", "advcl"):
        return next((o for o in verb.head.children if o.dep_ == "dobj" and o.lemma_.lower() in SCHEMES and o.i == verb.i - 2), None)
    return None


# verbs that make an intent known or settle it
HOLDING_INTENT = {"announce", "draw", "unveil", "make", "take", "reach", "adopt", "approve", "present", "outline", "confirm",
                  "reveal", "finalise", "finalize", "have", "prepare", "submit", "disclose", "declare"}
# nouns whose infinitive is their holder's own intended act ("plans to withdraw", "a decision to expel")
INTENT_NOUNS = {"plan", "plans", "decision", "intention", "intent", "readiness", "commitment", "pledge", "promise", "bid",
                "offer", "threat", "vow", "determination", "resolve", "preparations",
                # ("foiled a plot to attack dissidents": a scheme thwarted is no one's act)
                "plot", "plots", "conspiracy", "scheme"}


def _speakers_own(found: list[Mention], subj: list[Token], v: Token, mentions: Mentions) -> list[Mention]:
    """"Armenian officials said their forces would retaliate": forces the speaker calls its own are
    the speaker's state's, whoever else the sentence names."""
    owned = any(p.dep_ == "poss" and p.lower_ in ("their", "its", "our") for s in subj for p in s.children)
    if not owned or v.dep_ != "ccomp" or v.head.lemma_.lower() not in REPORTING:
        return found
    speakers = [m for c in v.head.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions) if m.entity.country]
    if not speakers:
        return found
    return [Mention(m.entity.model_copy(update={"country": speakers[0].entity.country}), m.root, m.tokens)
            if m.entity.country is None and m.entity.resolution.startswith("unnamed") else m for m in found]


def _said_to_be(clause: Token) -> list[Token]:
    """"bombed what the military said were Hezbollah depots": the object is a free relative the
    parser reads as a reported clause; what it is said to be is what was acted on."""
    if clause.lemma_.lower() not in REPORTING:
        return []
    return [a for c in clause.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"
            and any(w.lower_ == "what" for w in c.children) for a in c.children if a.dep_ == "attr"]


# what a speaker goes on to do in the same breath
SPEAKING_ACTS = {"blame", "accuse", "condemn", "denounce", "urge", "demand", "warn", "praise", "reject", "criticise",
                 "criticize", "call", "appeal", "vow", "pledge", "promise", "threaten", "deny", "welcome", "thank",
                 "summon", "protest", "recall", "expel"}
# verbs of a reported judgement: "said the pact was a threat", "said the pact posed a threat"
JUDGING_VERBS = {"be", "pose", "represent", "constitute", "amount", "violate", "breach", "undermine", "threaten"}


def _judged_then_spoke(v: Token) -> bool:
    """"said the killing was a war crime and blamed Israel", "said the pact posed a threat and
    summoned the Russian ambassador": a speech act (or a diplomatic protest) joined to a reported
    judgement whose subject is a thing, not a party, goes on with the speaker, however the parser
    joins it."""
    head = v.head
    return v.lemma_.lower() in SPEAKING_ACTS and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING \
        and head.lemma_.lower() in JUDGING_VERBS and not any(c.dep_ in SUBJECT_DEPS for c in v.children) \
        and all(c.pos_ == "NOUN" and not c.ent_type_ for c in head.children if c.dep_ in SUBJECT_DEPS)


def _backshifted_report(v: Token) -> bool:
    """`v` is a reported clause in the pluperfect ("said the jets had violated ...")."""
    return v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORTING \
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children)


# verbs that tell only that a fight took place: "clashes broke out", "fighting raged", "was reported"
FIGHT_HAPPENING = {"break", "erupt", "rage", "continue", "flare", "resume", "intensify", "escalate", "spread",
                   "take", "occur", "report", "kill", "leave", "claim", "engulf", "rock", "grip", "shake"}


def combatants(token: Token, mentions: Mentions) -> list[Mention]:
    """The sides named by "between" on a fight, or on the verb that tells the fight happened
    ("clashes broke out in Mogadishu between troops and militants"); none unless the fight is what
    the clause reports."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_.lower() not in FIGHT_HAPPENING:
        return []
    holders = (token, token.head)
    pobjs = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
    sides = [m for p in pobjs for m in expand_parties(p, mentions)]
    # ("between the Tamil Tigers and a breakaway faction": two sides told, one of them known by name)
    two_told = any(p.conjuncts for p in pobjs) and any(m.entity.country or m.entity.igo for m in sides)
    return sides if len(sides) >= 2 or two_told else []


# verbs whose infinitive says what their subject undertakes (or refuses) to do
UNDERTAKING = {"promise", "pledge", "vow", "agree", "refuse", "decline", "threaten", "offer", "undertake", "decide", "vote"}
# plain nouns for a set of states, which name no one until a member is named
STATE_GROUPS = {"power", "country", "nation", "state", "government", "ally", "neighbour", "neighbor", "member"}


def expand_parties(token: Token, mentions: Mentions) -> list[Mention]:
    out: list[Mention] = []
    for t in (token, *token.conjuncts, *_listed_as_apposition(token, mentions)):
        m = party_mention(t, mentions)
        # "rescue teams from more than 20 countries, including the United States and Israel": the
        # states the group they come from is said to include
        members = [c for g in t.children if g.dep_ == "prep" and g.lower_ in ("from", "of") for p in g.children
                   if p.dep_ == "pobj" and p.lemma_.lower() in STATE_GROUPS for w in p.children if w.dep_ == "prep" and w.lower_ == "including"
                   for q in w.children if q.dep_ == "pobj" for x in (q, *q.conjuncts) for c in [mentions.at(x)]
                   if c is not None and c.entity.kind == "country" and c.entity.country and c not in out]
        if members and (m is None or not m.entity.country):
            out += members
            continue
        if m is None and t.lemma_.lower() in STATE_GROUPS:
            # "Iran and six world powers, including the United States": the states the group is
            # said to include are its named members
            out += [c for g in t.children if g.dep_ == "prep" and g.lower_ == "including" for p in g.children
                    if p.dep_ == "pobj" for x in (p, *p.conjuncts) for c in [mentions.at(x)]
                    if c is not None and c.entity.kind == "country" and c.entity.country and c not in out]
        if m and m not in out:
            out.append(m)
            out += [o for o in m.others if o not in out]  # "the two countries": both of them
            if m.root != t.i:  # "delegations from Ukraine and Russia": the modifier's conjuncts too
                # ("Russian-American experts met": the state the hyphen joins to the modifier)
                out += [c for c in _hyphen_partners(token.doc[m.root], mentions) if all(o.entity.country != c.entity.country for o in out)]
                out += [c for c in (mentions.at(x) for x in token.doc[m.root].conjuncts)
                        if c is not None and c.is_actor and c not in out and c.entity.kind != "place"]
                # ("a joint force of American and Nigerien soldiers": the soldiers of both)
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for a in token.doc[m.root].children if a.dep_ in ("amod", "compound", "nmod") for x in a.conjuncts
                        for c in [mentions.at(x)] if c is not None and c.is_actor and c not in out
                        and c.entity.kind != "place" and c.entity.country and all(o.entity.country != c.entity.country for o in out)]
                # "US and Chinese defence chiefs", parsed as two modifiers side by side
                # ("American, British and Jordanian aircraft": and the list the second one heads)
                out += [c for a in t.children if a.dep_ in MODIFIER_DEPS and a.i != m.root and _joined(a, token.doc[m.root])
                        for x in (a, *a.conjuncts) for c in [mentions.at(x)] if c is not None and c.is_actor and c not in out
                        and c.entity.kind != "place" and c.entity.country]
            else:  # "Nigerian and Ghanaian officials": officials of both, in the same role
                # ("envoys from Ethiopia and Eritrea": of every state the phrase that placed them names)
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for g in t.children if g.dep_ == "prep" and g.lower_ in ("of", "from") for p in g.children
                        if p.dep_ == "pobj" and (pm := mentions.at(p)) is not None and pm.entity.country == m.entity.country
                        for x in p.conjuncts for c in [mentions.at(x)] if c is not None and c.entity.kind == "country"
                        and c.entity.country and all(o.entity.country != c.entity.country for o in out)]
                # ("the leaders of the two Koreas": of both states the pair names)
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for g in t.children if g.dep_ == "prep" and g.lower_ in ("of", "from") for p in g.children
                        if p.dep_ == "pobj" and (pm := mentions.at(p)) is not None and pm.others
                        for c in (pm, *pm.others) if c.entity.country and all(o.entity.country != c.entity.country for o in out)]
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for a in t.children if a.dep_ in ("amod", "compound", "nmod") for x in a.conjuncts
                        for c in [mentions.at(x)] if c is not None and c.is_actor and c not in out
                        and c.entity.kind != "place" and c.entity.country]
                # "U.S.-Russian negotiators": two states joined by a hyphen on one modifier
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for a in t.children if a.dep_ in ("amod", "compound", "nmod")
                        and (am := mentions.at(a)) is not None and am is not m and am.entity.country and am.entity.kind != "place"
                        for joined in [_hyphen_partners(a, mentions)] if joined
                        for c in (am, *joined) if all(o.entity.country != c.entity.country for o in out)]
                # "U.S. and Russian troops", parsed as two modifiers side by side
                mods = [a for a in t.children if a.dep_ in ("amod", "compound", "nmod")]
                out += [Mention(c.entity.model_copy(update={"sector": c.entity.sector or m.entity.sector}), c.root, c.tokens)
                        for a in mods for b in mods if _joined(a, b)
                        for c in [mentions.at(a)] if c is not None and c.is_actor and c.entity.kind != "place"
                        and c.entity.country and c.entity.country != m.entity.country
                        and all(o.entity.country != c.entity.country for o in out)]
    return out


def _listed_as_apposition(token: Token, mentions: Mentions) -> list[Token]:
    """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt", parsed with the second state as
    an apposition of the first: a state is never another state's other name, so a list goes on."""
    m = mentions.at(token)
    if m is None or m.entity.kind != "country":
        return []
    return [x for a in token.children if a.dep_ == "appos" and a.conjuncts
            for am in [mentions.at(a)] if am is not None and am.entity.kind == "country"
            and am.entity.country != m.entity.country for x in (a, *a.conjuncts)]


def _joined(a: Token, b: Token) -> bool:
    """Two modifiers with only "and" (or the comma of a longer list: "British, French and German
    officials") between them."""
    lo, hi = sorted((a.i, b.i))
    between = a.doc[lo + 1:hi]
    return len(between) == 1 and between[0].lower_ in ("and", "&", ",")


def party_mention(token: Token, mentions: Mentions) -> Mention | None:
    """The actor-like mention that heads or modifies `token` ("the Chinese military delegation").
    A mention that names a state or organisation ("delegations from Ukraine") beats one that does
    not (a news agency in the dateline, "officials")."""
    m = mentions.titled(token) or mentions.at(token)
    if token.lemma_.lower() in CULPRITS:  # "the criminals behind the U.S. air strike" are whoever struck
        behind = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "behind" for p in c.children
                       if p.dep_ == "pobj" for o in [party_mention(p, mentions)] if o is not None and (o.entity.country or o.entity.igo)), None)
        m = behind or m
    if m and m.is_actor:
        return m
    weak: Mention | None = None
    frontier = [token]
    for _ in range(3):
        nxt = []
        for t in frontier:
            # "his Irish counterpart": the nationality names the person, the pronoun their opposite
            for c in sorted(t.children, key=lambda c: c.dep_ == "poss" and c.pos_ == "PRON"):
                # ("against the killings in East Timor by Indonesian troops": a deed's doer stands for it)
                if c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "from")) \
                        or (c.dep_ == "prep" and c.lower_ == "by" and t.pos_ == "NOUN") \
                        or (c.dep_ == "prep" and c.lower_ == "with" and t.lemma_.lower() in BORDER_NOUNS) \
                        or (c.dep_ == "prep" and c.lower_ == "for" and t.lemma_.lower() in SPEAKING_FOR) \
                        or (c.dep_ == "prep" and c.lower_ == "to" and t.lower_ in LOYAL) \
                        or (c.dep_ == "prep" and c.lower_ == "behind" and t.lemma_.lower() in CULPRITS):
                    # ("revenge against the criminals behind the U.S. air strike": whose act it was)
                    found = mentions.at(c)
                    ok = found is not None and found.is_actor and found.entity.kind != "place"
                elif c.dep_ == "pobj" and t.dep_ == "prep":
                    found = mentions.at(c)
                    ok = found is not None and found.is_actor
                else:
                    continue
                if ok and found is not None and _broker_word(c):
                    continue  # "agreed to a Russian-brokered ceasefire": the broker is no party to it
                if ok and _names_pact(t, c):
                    continue  # "withdrew from the Paris climate agreement": where it was signed
                if ok and found is not None:
                    # ("Sweden's NATO bid", parsed with the owner on the body): the owner's
                    owner = next((o for q in c.children if q.dep_ == "poss" and c.dep_ == "compound" and found.entity.igo
                                  for o in [mentions.at(q)] if o is not None and o.entity.country), None)
                    if owner is not None:
                        return owner
                    if found.entity.country or found.entity.igo:
                        return found
                    # an unknown name on a thing is most often a place's: "the Torkham border crossing"
                    if not (c.dep_ == "compound" and found.entity.resolution == "unresolved" and not found.entity.sector):
                        weak = weak or found
                # ("organisers of the Hong Kong handover ceremony": an occasion's name says where it is held, not who acts)
                if not (c.dep_ == "pobj" and c.lemma_.lower() in OCCASIONS):
                    nxt.append(c)
        frontier = nxt
    return weak


OCCASIONS = {"ceremony", "festival", "celebration", "concert", "parade", "exhibition", "fair", "games", "tournament",
             "match", "contest", "pageant", "marathon", "gala", "carnival", "show", "expo", "olympics", "race", "cup"}


# people named only by a wrong they are said to be behind
CULPRITS = {"criminal", "culprit", "perpetrator", "those", "people", "man", "force", "mastermind", "plotter", "one"}
BROKERING = {"brokered", "mediated", "sponsored", "hosted", "facilitated"}


def _broker_word(t: Token) -> bool:
    """"a Russian-brokered ceasefire", "the Qatari-mediated talks", "a truce brokered by U.S.
    envoy Richard Holbrooke": the state that brokered it."""
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in BROKERING:
        return True
    return any(a.dep_ == "agent" and a.head.dep_ == "acl" and a.head.lower_ in BROKERING for a in t.ancestors)


BLAMED_ACTS = set(ontology.triggers()["blamed_acts"])


BORDER_NOUNS = {"border", "frontier", "boundary"}  # "along the border with India": India is faced

# "a spokesman for the Chinese foreign ministry" speaks for China
SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "representative", "representatives"}


def _modifier_parties(token: Token, mentions: Mentions) -> list[Mention]:
    found = []
    for t in token.subtree:
        if t.i >= token.i:
            break
        m = mentions.at(t)
        if m and (m.entity.country or m.entity.igo) and m.entity.kind in ("country", "group") and m not in found:
            found.append(m)
    return found


def _partner_of_deal(prep: Token) -> bool:
    """"under a deal with the United States" names a partner; "under a Russian-brokered deal" a broker."""
    return any(g.dep_ == "prep" and g.lower_ == "with" for o in prep.children if o.dep_ == "pobj" for g in o.children)


def _cooperation_partners(token: Token, mentions: Mentions, actors: list[Mention]) -> list[Mention]:
    """"calls for closer Russia-China co-operation": the other states named with the co-operation."""
    own = {m.entity.country for m in actors}
    out = []
    # ("despite objections from the United States": those objecting are no partners; nor is the
    # broker in "under a Russian-brokered deal")
    aside = {x.i for c in token.subtree if c.dep_ == "prep" and (c.lower_ in CIRCUMSTANCES or c.lower_ == "under" and not _partner_of_deal(c))
             for x in c.subtree}
    # (nor those a comment on the act names: "..., a move that angered Beijing")
    aside |= {x.i for c in token.children if c.dep_ == "appos" and any(r.dep_ in ("relcl", "acl") for r in c.children)
              for x in c.subtree}
    for t in token.subtree:
        if t.i in aside:
            continue
        m = mentions.at(t)
        if m and m.entity.kind in ("country", "group") and m.entity.country and m.entity.country not in own \
                and not _names_pact(t.head, t):
            if m.entity.country not in {x.entity.country for x in out}:
                out.append(m)
    return out




# ("pursuing credible allegations linking Indian agents to the killing": whoever holds them makes the link)
CLAIM_NOUNS = {"allegation", "evidence", "intelligence", "information", "claim", "report", "finding"}

# verbs that say whose a plan or demand is: "drawn up by Saudi Arabia", "proposed by the United States"
AUTHORING = {"draw", "propose", "put", "table", "issue", "make", "present", "submit", "draft", "offer", "lay", "set", "unveil", "announce"}

SITTINGS = {"summit", "talks", "meeting", "conference", "negotiations", "negotiation"}


def _names_pact(noun: Token, modifier: Token) -> bool:
    """"withdrew from the Paris climate agreement", "the Minsk accords": a city that names a pact
    is where it was signed, not a party to it (a country's name is: "the Iran nuclear deal"); so is
    any place before a meeting whose parties are named ("the Singapore summit between Washington and
    Pyongyang")."""
    if (noun.lemma_.lower() in SITTINGS or noun.lower_ in SITTINGS) and modifier.dep_ == "compound" \
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return True
    if noun.lower_ not in PACTS and noun.lemma_.lower() not in PACTS or modifier.dep_ != "compound":
        return False
    hit = load_kb().lookup(modifier.text)
    return hit is None or hit.kind != "country"


def struck_by_disaster(token: Token, mentions: Mentions) -> list[Party]:
    """"responding to the earthquake that killed thousands in southern Turkey, sent rescue teams to
    the disaster zone": aid sent where no party receives it goes to the country the disaster struck."""
    for noun in token.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DISASTERS and noun.lower_ not in DISASTERS:
            continue
        struck = [m for t in noun.subtree if (m := mentions.at(t)) is not None and m.entity.country
                  and m.entity.kind in ("place", "country")]
        if struck:
            return [party_of(struck[0])]
    return []


def party_of(m: Mention) -> Party:
    e = m.entity
    return Party(name=e.name, country=e.country, sector=e.sector, igo=e.igo, kb_id=e.kb_id, start=e.start, end=e.end)


def dedupe_parties(parties: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if all((q.name, q.country) != (p.name, p.country) for q in out):
            out.append(p)
    return out


def location_mention(token: Token, anchor: Token, mentions: Mentions) -> Mention | None:
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
    # "met his Turkish counterpart Ismail Cem in Ankara": the place hangs on the name in apposition
    heads += [a for h in list(heads) if h.dep_ in ("nsubj", "dobj", "pobj") for a in h.children if a.dep_ == "appos"]
    # "Israeli jets, flying low over Beirut, bombed ...": where the doers were when they struck
    flown = [c for h in heads if h.dep_ in ("nsubj", "nsubjpass") for c in h.children
             if c.dep_ == "acl" and c.lemma_.lower() in FLYING]
    heads += flown
    # "Rice, making an unannounced stop in Beirut, met Siniora": the trip an aside tells of is where
    heads += [o for h in list(heads) if h.dep_ in ("nsubj", "ROOT") or h is anchor for c in h.children
              if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" for o in c.children
              if o.dep_ == "dobj" and o.lemma_.lower() in TRIPS]
    # "massacred by armed Islamists south of Algiers": a compass word with "of" places the act
    heads += [c for h in list(heads) for c in h.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in COMPASS]
    # "exploded next to an army truck in Peshawar", "close to the border"
    beside = [c for h in (token, anchor) for c in h.children if c.dep_ == "advmod" and c.lower_ in ("next", "close")]
    heads += beside
    # "flew to Camp David for talks with Bush": the journey's end is where the talks are held
    journey = anchor if anchor is not token and anchor.lemma_.lower() in JOURNEYS else None
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE and not (head in flown and prep.lower_ == "over") \
                    and not (head.lower_ in COMPASS and prep.lower_ == "of") and not (head is journey and prep.lower_ in ("to", "into")) \
                    and not (head in beside and prep.lower_ == "to") \
                    and not (prep.lower_ == "over" and head in (token, anchor) and head.lemma_.lower() in AERIAL | LAUNCHING):
                continue
            # ("fired at U.S. planes": a state named in what is fired at is the target, not where)
            aimed = prep.lower_ == "at" and head in (token, anchor) and head.lemma_.lower() in LAUNCHING
            for pobj in prep.children:
                if pobj.lemma_.lower() in MOTIVES:
                    continue  # "in retaliation for rocket attacks on northern Israel" says why, not where
                for t in _phrase(pobj):
                    m = mentions.at(t)
                    if m and (m.entity.kind in ("place", "country") or m.entity.name in SEATS and m.entity.country) \
                            and not owns_mission(t) and not _whence_in_clause(t, pobj) \
                            and not (aimed and m.entity.kind != "place"):  # "outside the U.S. embassy in Nairobi" is in Kenya
                        return m
    return None


def _whence_in_clause(t: Token, top: Token) -> bool:
    """"fired tear gas at crowds trying to bring aid across the border from Colombia": where a
    clause inside the phrase says its people came from is not where the act happened."""
    whence = False
    while t.i != top.i and t.head.i != t.i:
        whence = whence or t.dep_ == "pobj" and t.head.lower_ == "from"
        if whence and t.dep_ in ("acl", "relcl") and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


# acts in the air, for which "over" a place says where ("shot down over eastern Ukraine")
AERIAL = {"shoot", "down", "intercept", "crash", "explode", "bomb"}

COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}

TRIPS = {"stop", "stopover", "visit", "trip", "tour", "journey"}

FLYING = {"fly", "sail", "patrol", "circle", "cruise", "operate", "hover"}

JOURNEYS = {"fly", "travel", "go", "come", "head", "journey", "arrive", "return", "jet", "cross", "drive", "sail"}

# buildings that name where their state receives visitors ("met Biden at the White House")
SEATS = {"White House", "the White House", "Kremlin", "the Kremlin", "Elysee Palace", "Downing Street", "Zhongnanhai", "Blue House",
         "Quai d'Orsay"}


def _phrase(head: Token) -> list[Token]:
    """The words of a noun phrase without its clauses: "at the talks with Zhang, who is China's
    top general" takes place at the talks, not in China."""
    return phrase_words(head, ("relcl", "advcl", "ccomp", "appos", "punct"))


# types whose recipient a sentence may leave to plain nearness: not meetings (their roles come from
# who hosts), protests (their default is the domestic authority), mobilising or cooperating (aimed at
# no one unless a phrase says so)
NEAR_RECIPIENT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "SUPPORT", "AGREE", "AID", "COERCE",
                        "ASSAULT", "CONCEDE", "RETREAT"}
NEAR_RECIPIENT_STEPS = 4  # chosen on the development set (95.2 % full match -> 95.7 %); 5-6 gain nothing there
TOPIC_PREPS = ("about", "over", "regarding", "concerning")


def _where_said(t: Token) -> bool:
    """"Putin, speaking in Kazakhstan, vowed ...": where the speaker spoke is no party to what is said."""
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "from") and t.head.head.dep_ in ("advcl", "acl") \
        and t.head.head.lemma_.lower() in ("speak", "talk", "address", "write", "comment", "visit", "tour", "travel")


def nearest_other_state(token: Token, anchor: Token, actors: list[Party], mentions: Mentions,
                        event_type: str | None = None) -> list[Party]:
    """The last resort for a recipient no slot names: the party of another state (or body) nearest
    the trigger in the parse, within a few steps, that is neither in the actor's own clause subject
    nor only what the act is about ("held talks on Afghanistan", "complained over the war in Ukraine").
    Two states acting together ("signed an agreement in Beijing") name their own counterpart."""
    if len({p.country for p in actors} - {None}) > 1:
        return []
    own = {p.country for p in actors} | {p.igo for p in actors}
    governors = [token, anchor]
    # ("hailed Moscow for resisting Western pressure": the one who hails is no party to the resisting)
    while governors[-1].dep_ in ("xcomp", "conj", "ccomp", "pcomp", "prep", "advcl") and len(governors) < 8:
        governors.append(governors[-1].head)
    # ("pulled back under a ceasefire agreed by the United States and Russia": the brokers of the terms)
    barred = {t.i for h in governors for c in h.children
              if c.dep_ in SUBJECT_DEPS or c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
              or c.dep_ == "prep" and c.lower_ == "under" and not _partner_of_deal(c) for t in c.subtree}
    # ("Troops, sent to stop a rally the government had banned, arrested ...": nor is a subject whose
    # aside tells the act; only the subject itself, not what the aside names)
    barred |= {t.i for a in token.ancestors if a.dep_ in SUBJECT_DEPS and a.pos_ in ("NOUN", "PROPN")
               and any(c.dep_ in ("acl", "relcl") and c.is_ancestor(token) for c in a.children)
               for t in phrase_words(a, ("acl", "relcl", "appos", "advcl"))}
    # ("signed the accord while French jets continued to bomb the north": a clause told beside it)
    barred |= {t.i for h in (token, anchor) for c in h.children if c.dep_ == "advcl"
               and any(s.dep_ in SUBJECT_DEPS for s in c.children)
               and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children) for t in c.subtree}
    if event_type in ("SUPPORT", "AID", "COOPERATE", "AGREE", "CONSULT"):
        # ("defend it against Russian troops": whom a friendly act stands against is never its recipient)
        barred |= {t.i for h in (token, anchor) for c in h.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree}
    sent = token.sent
    best: tuple[int, Mention] | None = None
    for m in mentions.items:
        key = m.entity.country or m.entity.igo
        if not (sent.start <= m.root < sent.end) or m.root in barred or key is None or key in own \
                or names_where_struck(token.doc[m.root], m) \
                or m.entity.sector in PRESS_SECTORS \
                or m.entity.kind == "place" and token.doc[m.root].dep_ == "pobj" and token.doc[m.root].head.lower_ in ("in", "at") \
                or _where_said(token.doc[m.root]) or _journey_of_another_verb(token.doc[m.root], (token, anchor)) \
                or event_type == "ACCUSE" and _wronged_state(token.doc[m.root]) or _broker_word(token.doc[m.root]) \
                or _names_pact(token.doc[m.root].head, token.doc[m.root]):
            continue  # "condemned the Yemen airstrikes", "told Reuters", "to attend the talks in Geneva" (a venue)
        steps = min(tree_distance(token, token.doc[m.root]), tree_distance(anchor, token.doc[m.root]))
        if steps <= NEAR_RECIPIENT_STEPS and (best is None or steps < best[0]):
            best = (steps, m)
    return [party_of(best[1])] if best else []


def _the_country(t: Token) -> bool:
    return t.lemma_.lower() in ("country", "nation", "kingdom") and [c.lower_ for c in t.children] == ["the"]


GROUP_SELVES = {"movement", "group", "organisation", "organization", "militia", "faction", "party"}


def _the_group(t: Token, clause: Token, mentions: Mentions) -> bool:
    """"the movement", "the group", said by one who speaks for a group that is no state (a Taliban
    spokesman, a Hamas leader): the group itself."""
    if t.lemma_.lower() not in GROUP_SELVES or [c.lower_ for c in t.children] != ["the"] or clause.head.i == clause.i:
        return False
    speakers = [m for c in clause.head.children if c.dep_ in SUBJECT_DEPS for m in expand_parties(c, mentions)]
    return bool(speakers) and all(m.entity.sector in NON_STATE | ARMED_GROUPS and m.entity.kind != "country" for m in speakers)


# what a state is wronged in: "violated Georgia's territorial integrity"
WRONGED_IN = {"integrity", "sovereignty", "airspace", "independence", "territory", "waters", "border", "borders"}


def _wronged_state(t: Token) -> bool:
    """A complaint that a state's sovereignty was violated is not aimed at that state."""
    return t.dep_ in ("poss", "amod", "compound") and t.head.lemma_.lower() in WRONGED_IN


def _journey_of_another_verb(t: Token, own: tuple[Token, ...]) -> bool:
    """"resigned and fled to India": where the actor went in another clause is not whom the act is aimed at."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("to", "into", "for") else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in JOURNEYS | {"flee", "escape", "leave"} \
        and all(verb.i != o.i for o in own)


def tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in index_b:
            return n + index_b[t.i]
    return 99
