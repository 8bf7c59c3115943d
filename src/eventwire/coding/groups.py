"""Unnamed actors: "police", "protesters", "the government", "rebels", "an official". News names
most domestic actors by role, not by name; PLOVER codes them by sector and by the country they
belong to, which the phrase itself gives ("Syrian troops", "the government of Mali") or else the
place the clause happens in ("police in Cairo", the dateline). No country is guessed beyond that."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.coding.mentions import Mention
from eventwire.coding.places import find_place
from eventwire.coding.triggers import QUANTITY_NOUNS, REPORTING
from eventwire.kb import KnowledgeBase
from eventwire.model import Entity

# Role nouns whose everyday senses are mostly not actors ("use of force", "a school of thought",
# "intelligence shows", "the media reported" is a source, not an actor).
NOT_ACTORS = {"defence", "defense", "intelligence", "division", "media", "union", "bank", "school", "university",
              "party", "force", "forces", "counterpart", "counterparts", "leader", "secretary", "chairman", "spokesman",
              "spokeswoman", "spokesperson", "delegation", "general", "gen", "major", "hospital", "hospitals",
              "labour", "labor", "firm", "company", "companies", "firms", "newspaper", "broadcaster", "kremlin",
              "administration", "regime", "warship", "warships", "brigade", "battalion"}
# singular nouns that still name a body, not one person
COLLECTIVE = {"police", "army", "navy", "military", "government", "opposition", "parliament", "court", "cabinet",
              "ministry", "senate", "congress", "assembly", "tribunal", "guard", "church", "people", "air", "marine",
              "legislature", "junta", "militia", "coalition", "alliance", "authority", "leadership", "command"}
# heads that stand for the body their modifier names: its people and the things PLOVER codes as it
PEOPLE_AND_ASSETS = {"supporter", "member", "follower", "loyalist", "activist", "figure", "official", "leader",
                     "commander", "camp", "newspaper", "outlet", "unit", "convoy", "position", "base", "station",
                     "post", "checkpoint", "building", "office", "headquarters", "compound", "hideout", "stronghold",
                     "vessel", "ship", "plane", "aircraft", "patrol", "candidate", "lawmaker", "worker", "chief", "force",
                     "group", "party", "faction", "movement", "alliance", "coalition", "bloc"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
PUBLIC_GROUND = {"street", "square", "road", "avenue", "boulevard", "centre", "center", "capital", "city", "town"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "through"}
# People whose office places them in a country not their own: where the story is says nothing of theirs.
POSTED_ABROAD = {"diplomat", "ambassador", "envoy", "consul", "attache", "attaché", "foreigner", "expatriate", "peacekeeper"}


# people named by whom they follow: the body they follow gives their sector where a phrase names it
ADHERENTS = {"supporters", "followers", "loyalists", "sympathisers", "sympathizers"}


VOICES = {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader", "representative", "chief",
          "negotiator", "envoy", "source"}
BODY_SECTORS = {"REB", "PRM", "OPP", "COP", "MIL", "PTY", "LAB", "UAF", "INS"}
OFFICE_TOPICS = {"defence", "defense", "security", "foreign", "interior", "military"}  # "defence official" is a ministry's


def named_by_itself(resolution: str) -> bool:
    """An unnamed mention whose own words give its country ("the Kenyan foreign ministry")."""
    return resolution in ("unnamed-group", "unnamed-role")


VOICING_GROUPS = {"opposition", "rebel", "union", "student", "church"}
VOICED_NOUNS = {"call", "demand", "appeal", "plea", "request", "proposal", "plan", "offer", "protest", "complaint", "accusation"}


COUNTS = {"thousands", "hundreds", "dozens", "scores", "tens", "millions"}


SIDES_OF_A_DISPUTE = {"all", "both", "concerned", "relevant", "involved", "two", "either", "neither", "other"}


def crowd_by_count(token: Token) -> bool:
    """A bare count as the subject of a clause ("Thousands marched", "Hundreds rallied") is a crowd of
    people; a count of something ("thousands of soldiers") is that something, named by its noun."""
    return token.lower_ in COUNTS and token.dep_ == "nsubj" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def group_mentions(doc: Doc, kb: KnowledgeBase, named: list[Mention], dateline_country: str | None) -> list[Mention]:
    taken = {i for m in named for i in m.tokens}
    by_token = {i: m for m in named for i in m.tokens}
    out: list[Mention] = []
    for token in doc:
        # (a lower-case word the tagger took for part of a name is still a noun: "trade union federation")
        # ("rejected opposition calls for an inquiry": whose calls a modifier names)
        voiced = token.dep_ == "compound" and token.lower_ in VOICING_GROUPS and token.head.lemma_.lower() in VOICED_NOUNS
        # ("Armed Islamists massacred 43 villagers": a capitalised plural role the tagger took for a name)
        # (or for a people: "massacred by armed Islamists", tagged NORP, is no nation's demonym)
        plural_role = token.tag_ == "NNPS" and (not token.ent_type_ or token.ent_type_ == "NORP" and kb.lookup(token.text) is None) \
            and bool(kb.sector_of(token.lower_)[0])
        # ("Gunmen, whose attack came ...": a role opening the sentence, capitalised and so tagged a name)
        opening_role = token.pos_ == "PROPN" and token.is_sent_start and not token.ent_type_ and bool(kb.sector_of(token.lower_)[0])
        if not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and (token.text.islower() or plural_role or opening_role)) or token.i in taken \
                or token.dep_ in ("compound", "amod") and not voiced:
            continue
        if any(c.dep_ == "appos" and c.i in taken for c in token.children) or \
                (token.dep_ == "appos" and token.head.i in taken):
            continue  # "the interior minister, Jukka Salo": the name is the mention
        if token.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.i in taken and any(k.dep_ == "conj" and k.i in taken for k in o.children)
                for o in c.children if o.dep_ == "pobj") for c in token.children):
            continue  # "the foreign ministers of France and Germany" are the two states, each its own party
        if token.lemma_.lower() == "party" and any(c.lower_ in SIDES_OF_A_DISPUTE for c in token.children):
            continue  # "urged all parties to show restraint": the sides of a dispute, not political parties
        words = _modifier_words(token, taken)  # "riot police", "armed forces", "senior officials"
        if token.lower_ == "state" and (not words or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
            continue  # "the Belarusian state" rules; "the state of emergency", "the state" alone (whose?) do not
        phrase = " ".join(t.lower_ for t in [*words, token])
        sector, role = kb.sector_of(phrase)
        if role is None and crowd_by_count(token):
            sector, role = "CVL", token.lower_  # "Thousands protested in Tbilisi": a crowd, counted
        # "a rebel spokesman", "an army commander" speak for their body; "university students" are students
        voices_body = token.lemma_.lower() in VOICES and sector in BODY_SECTORS and words[-1].lower_ not in OFFICE_TOPICS \
            if words else False
        if words and (role is None or role.split()[-1] not in (token.lower_, token.lemma_.lower())) \
                and token.lower_ not in ADHERENTS and not voices_body:
            # "university students" are students: the head noun's own role beats a modifier's (but
            # "opposition supporters" stand for the opposition)
            own_sector, own_role = kb.sector_of(token.lower_)
            if own_role is not None and own_role.split()[-1] in (token.lower_, token.lemma_.lower()):
                sector, role = own_sector, own_role
        elif voices_body:
            role = kb.sector_of(token.lower_)[1] or role
        if role is None or (role.split()[-1] not in (token.lower_, token.lemma_.lower())
                            and token.lemma_.lower() not in PEOPLE_AND_ASSETS):
            continue  # "opposition supporters", "army bases" stand for their body; "military cooperation" does not
        # "senior defence officials" is about the officials; "government forces" names a body
        # "its forces", "Russia's forces" belong to a state; bare "forces" may be market forces
        # ("forces loyal to Haftar" are his, as much as "Haftar's forces")
        owned_forces = role in ("force", "forces") and any(c.dep_ == "poss" or c.dep_ == "amod" and c.lower_ in LOYAL
                                                           for c in token.children)
        if sector is None or (role in NOT_ACTORS and not owned_forces
                              and not any(kb.sector_of(w.text)[0] for w in words if w.lower_ not in role)):
            continue
        country, basis = (_fled_from(token, token, by_token), ", origin") if sector == "REF" else (None, "")
        if country is None:
            country, basis = _own_country(token, by_token, kb), ""
        if country is None and token.dep_ == "conj":  # "Israeli helicopters and tanks": the modifier covers both
            country = _own_country(token.head, by_token, kb)
        body = None if country else _own_igo(token, by_token)  # "the UN envoy", "NATO troops"
        igo = body.igo if body else None
        if country is None and igo is None:
            country, basis = _included_member(token, by_token), ", member"
            basis = basis if country else ""
        posted = token.lemma_.lower() in POSTED_ABROAD  # "Moscow expelled two diplomats": not Russia's own
        # "Western ministers", "foreign diplomats in Moscow": people the phrase says come from elsewhere
        # (not "the foreign ministry in Minsk", a state's own office for its dealings abroad)
        posted = posted or any(w.lower_ in FROM_ELSEWHERE for w in words) and not any(w.lower_ in role.split() for w in words
                                                                                     if w.lower_ in FROM_ELSEWHERE)
        if country is None and igo is None and role in RIGHTS_GROUPS and all(w.lower_ in GENERIC_WATCHDOG_WORDS for w in words) \
                and not any(c.dep_ in ("acl", "relcl", "poss") or c.dep_ == "prep" and c.lower_ in LOCATIVE for c in token.children):
            # "rights groups said", "the rights group took Croatia to task": a watchdog of no named state is
            # PLOVER's NGO, not the state it watches, nor the dateline's
            country, basis = "NGO", ", no state named"
        if country is None and igo is None and not posted and (own := _speakers_own(token, sector, [*named, *out])):
            country, basis = own, ", the speaker's own"
        if country is None and igo is None and not posted and (place := _place_country(token, by_token)):
            country, basis = place, ", place"
        if country is None and igo is None and not posted and dateline_country:
            country, basis = dateline_country, ", dateline"
        singular = token.tag_ == "NN" and token.lemma_.lower() not in COLLECTIVE
        phrase_span = doc[min(t.i for t in [*words, token]):token.i + 1]
        start = phrase_span.start_char
        out.append(Mention(Entity(text=phrase_span.text, name=phrase,
                                  kind="person" if singular else "group", country=country, igo=igo, sector=sector,
                                  # "euro zone finance ministers" act as the body they make up; one envoy is not it
                                  kb_id=body.kb_id if body is not None and not singular else None,
                                  start=start, end=token.idx + len(token.text),
                                  resolution="unnamed-" + ("role" if singular else "group") + basis),
                           token.i, range(min(t.i for t in [*words, token]), token.i + 1)))
    return out


# generic names of non-governmental watchdogs (PLOVER's actor code NGO when no state is named on them)
RIGHTS_GROUPS = {"rights group", "rights groups", "human rights group", "human rights groups"}
GENERIC_WATCHDOG_WORDS = {"human", "rights", "international", "leading", "prominent", "independent", "main", "major", "other"}


def settle_generic_institutions(doc: Doc, kb: KnowledgeBase, named: list[Mention], dateline_country: str | None) -> None:
    """"the Supreme Court in Islamabad", "Turkey's Constitutional Court", "the National Assembly":
    capitalised, so the tagger calls them names, but every state has one; they are unnamed bodies
    and take a country the way "the court" does (its owner, the place, the dateline)."""
    by_token = {i: m for m in named for i in m.tokens}
    for m in named:
        e = m.entity
        if e.resolution != "unresolved" or e.kind != "organization" or e.sector not in GENERIC_BODY_SECTORS:
            continue
        words = [t.lower_ for t in doc[m.tokens.start:m.tokens.stop] if t.lower_ != "the"]
        role = kb.sector_of(" ".join(words))[1]
        if role is None or " ".join(words[-len(role.split()):]) != role \
                or not set(words[:-len(role.split())]) <= GENERIC_QUALIFIERS:
            continue
        root = doc[m.root]
        others = {i: x for i, x in by_token.items() if x is not m}
        country, basis = _own_country(root, others, kb), ""
        if country is None and (place := _place_country(root, others)):
            country, basis = place, ", place"
        if country is None and dateline_country:
            country, basis = dateline_country, ", dateline"
        m.entity = e.model_copy(update={"country": country, "resolution": "unnamed-institution" + basis})


GENERIC_BODY_SECTORS = {"JUD", "LEG", "GOV", "MIL", "COP"}
EDGES = {"border", "frontier", "boundary"}
GENERIC_QUALIFIERS = {"constitutional", "supreme", "high", "national", "federal", "state", "appeals", "grand", "central",
                      "provincial", "regional", "upper", "lower", "interim", "transitional", "revolutionary", "military",
                      "islamic", "people's", "popular", "security", "criminal", "special"}

ARMED = {"MIL", "REB", "PRM", "UAF"}
SETTLERS = {"settler", "colonist"}


def settle_residence(doc: Doc, kb: KnowledgeBase, named: list[Mention], dateline_country: str | None) -> None:
    """PLOVER codes a people by the state it lives in. For an ethnic group ("Kurds", "Tamil
    refugees") and for "ethnic Albanians" that is where the text places them ("in south Serbia",
    "demonstrated in Serbia", the dateline); with no place, a group that lives in several states
    takes the one of them the document names, if only one is."""
    by_token = {i: m for m in named for i in m.tokens}
    in_doc = {m.entity.country for m in named if m.entity.country and not m.entity.resolution.endswith("-ethnic")}
    for m in named:
        e = m.entity
        if e.resolution.endswith(("-demonym", "-ethnic")) and (home := _people_of(doc[m.root], m, by_token)):
            # "Bosnian Serbs", "Iraqi Kurds", "the Albanians of southern Serbia": the state they live in
            if home != e.country:
                m.entity = e.model_copy(update={"country": home, "name": e.text,
                                                "resolution": f"{e.resolution}, residence named"})
            continue
        first = doc[m.tokens.start]
        ethnic_word = any(t.lower_ == "ethnic" for t in doc[max(first.i - 2, 0):first.i])
        if not (e.resolution.endswith("-ethnic") or ethnic_word and e.resolution.endswith("-demonym")):
            continue
        holder = doc[m.root]
        if holder.dep_ in MODIFIER_DEPS and holder.head.i != holder.i:
            holder = holder.head  # "ethnic Albanian guerrillas operating in Macedonia"
        while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.i != holder.head.i \
                and (holder.head.head.lower_ in QUANTITY_NOUNS or holder.head.head.pos_ == "NUM"):
            # "hundreds of ethnic Hungarians demonstrated in Serbia" (not "Iran's arrest of 13 Jews has
            # alarmed groups in the United States": the act is no count of them)
            holder = holder.head.head
        if holder.lemma_.lower() in SETTLERS:
            continue  # "Jewish settlers in the West Bank" are the settling state's people, not the land's
        country, basis = _fled_from(doc[m.root], holder, by_token), "origin"
        if country is None:
            country, basis = _place_country(holder, {i: x for i, x in by_token.items() if x is not m}), "residence"
        if country is None and holder.dep_ in ("dobj", "nsubjpass"):
            # "expelled thousands of ethnic Albanians from Kosovo": driven out of where they lived
            country = next((o.entity.country for c in holder.head.children if c.dep_ == "prep" and c.lower_ == "from"
                            for p in c.children if p.dep_ == "pobj" for o in [by_token.get(p.i)]
                            if o is not None and o.entity.country and o.entity.kind in ("place", "country")), None)
        if country is None and dateline_country:
            country, basis = dateline_country, "residence, dateline"
        hit = kb.lookup(e.text)
        homes = set(hit.countries) if hit and hit.kind == "ethnic" else set()
        if country is None and len(homes) > 1 and len(homes & in_doc) == 1:
            country, basis = next(iter(homes & in_doc)), "home state named in the text"
        if country is None and ethnic_word:
            # "Macedonian forces withdrew from villages held by ethnic Albanian rebels": kin of another
            # state living in the one state the sentence names
            sent = doc[m.root].sent
            others = {x.entity.country for x in named if x is not m and sent.start <= x.root < sent.end and x.entity.country
                      and x.entity.country != e.country and x.entity.resolution.startswith(("kb-country", "kb-demonym", "gazetteer", "kb-capital"))
                      # ("the deal drafted at Rambouillet": a venue, not where they live)
                      and not (x.entity.kind == "place" and doc[x.root].dep_ == "pobj" and doc[x.root].head.lower_ == "at")}
            if len(others) == 1:
                country, basis = others.pop(), "residence, the state the sentence names"
        if country and homes and country not in homes and e.sector in ARMED:
            continue  # "talks with Tigrayan forces in Pretoria": an armed group abroad is visiting, not living there
        if country and country != e.country:  # "ethnic Albanians" living in Kosovo are no longer "Albania"
            name = e.text if e.resolution.endswith("-demonym") else e.name
            m.entity = e.model_copy(update={"country": country, "name": name, "resolution": f"{e.resolution}, {basis}"})


# peoples named by their state, not their descent: in "Turkish Cypriots" the head is where they live
CIVIC_PEOPLES = {"cypriots", "americans", "canadians", "australians", "malaysians", "singaporeans", "belgians",
                 "britons", "nigerians", "indians", "iraqis", "syrians", "lebanese", "israelis", "bosnians"}


REFUGEE_NOUNS = {"refugee", "refugees", "exiles", "evacuees", "asylum-seekers", "displaced", "deportees"}


def _fled_from(token: Token, holder: Token, by_token: dict[int, Mention]) -> str | None:
    """Refugees are of the state they fled, not the one that shelters them: "thousands of ethnic
    Albanian refugees from Kosovo in camps near Istanbul" are Kosovo's (its state's) people."""
    noun = token.head if token.dep_ in MODIFIER_DEPS else token
    if noun.lower_ not in REFUGEE_NOUNS:
        return None
    heads = [noun, holder]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        heads.append(noun.head.head)  # "thousands of refugees from Kosovo"
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    o = by_token.get(p.i)
                    if p.dep_ == "pobj" and o is not None and o.entity.country and o.entity.kind in ("place", "country"):
                        return o.entity.country
    return None


# peoples news names by the state they live in when it is not their namesake's: "Bosnian Serb forces",
# "Croatian Serb radar sites", "Iraqi Kurdish fighters", "Kosovo Albanian guerrillas"
MINORITY_WORDS = {"serb", "serbian", "croat", "croatian", "albanian", "kurdish", "kurd", "hungarian", "russian",
                  "turkish", "greek", "armenian", "azeri", "tamil", "hutu", "tutsi", "pashtun", "uzbek", "tajik", "somali"}


def _people_of(token: Token, m: Mention, by_token: dict[int, Mention]) -> str | None:
    """The state a people is placed in by its own phrase: a demonym before it, or "of" a place."""
    if token.lower_ in MINORITY_WORDS and token.tag_ not in ("NNS", "NNPS"):
        before = token.doc[token.i - 1] if token.i else None
        other = by_token.get(before.i) if before is not None else None
        if other is not None and other is not m and other.entity.country and before.dep_ in ("amod", "compound") \
                and (before.head.i == token.i or before.head.i == token.head.i) \
                and (other.entity.resolution.endswith("-demonym") or other.entity.kind in ("country", "place")):
            return other.entity.country  # "Bosnian Serb": the first word places the second
        return None
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    for c in token.children:
        other = by_token.get(c.i)
        if c.dep_ in ("amod", "compound") and other is not None and other is not m and other.entity.country \
                and (other.entity.resolution.endswith("-demonym") or other.entity.kind == "country") \
                and token.lower_ not in CIVIC_PEOPLES:
            return other.entity.country
        if c.dep_ == "prep" and c.lower_ == "of":
            for t in c.subtree:
                other = by_token.get(t.i)
                if other is not None and other.entity.kind in ("place", "country") and other.entity.country:
                    return other.entity.country
    return None


def _modifier_words(token: Token, taken: set[int]) -> list[Token]:
    words: list[Token] = []
    i = token.i - 1
    while i >= 0 and token.doc[i].head.i == token.i and token.doc[i].dep_ in ("compound", "amod") and i not in taken:
        words.insert(0, token.doc[i])
        i -= 1
    return words


# modifiers that place a group's people outside wherever the sentence happens
FROM_ELSEWHERE = {"western", "foreign", "international", "overseas", "expatriate", "visiting"}


def _included_member(token: Token, by_token: dict[int, Mention]) -> str | None:
    """"ministers and business leaders, including the British trade secretary": the one member the
    phrase names gives the group its country, when every member it names is of the same one."""
    heads = [token, *([token.head] if token.dep_ in ("nmod", "compound", "conj") else [])]
    found = {m.entity.country for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "including"
             for t in c.subtree if (m := by_token.get(t.i)) is not None and m.entity.country
             and m.entity.kind in ("country", "group", "person", "organization")}
    return found.pop() if len(found) == 1 else None


def _own_country(token: Token, by_token: dict[int, Mention], kb: KnowledgeBase) -> str | None:
    """"Syrian troops", "Russia's army", "the government of Mali", "police from Kenya", and "Syria
    completed the withdrawal of its troops": "its" is the clause subject's where nothing intervenes."""
    for c in token.children:
        if c.dep_ == "poss" and c.lower_ == "its":
            # only where the subject is also the nearest state named before it ("Japan protested to
            # China over its incursions" leaves "its" open)
            clause = token
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            before = [m for i, m in sorted(by_token.items()) if i < c.i and m.entity.kind == "country" and m.entity.country]
            subjects = {s.i for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")}
            if clause.dep_ == "ccomp":  # "Kyiv said its forces shelled ...": the speaker's
                subjects |= {s.i for s in clause.head.children if s.dep_ in ("nsubj", "nsubjpass")}
            if before and before[-1].root in subjects:
                return before[-1].entity.country
    # "masked gunmen, believed to be Russian troops, ...": what they are said to be says whose they are
    said = [c for c in token.children if c.dep_ == "acl"] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])
    for v in said:
        if v.lemma_.lower() in SAID_TO_BE and v.tag_ in ("VBN", "VBD"):
            for be in (x for x in v.children if x.dep_ == "xcomp" and x.lemma_ == "be"):
                for attr in (a for a in be.children if a.dep_ == "attr"):
                    for t in attr.subtree:
                        m = by_token.get(t.i)
                        if m is not None and m.entity.country and m.entity.kind in ("country", "group", "organization"):
                            return m.entity.country
    for c in token.children:
        # "troops loyal to President Assad" fight for his state
        if c.dep_ == "amod" and c.lower_ in LOYAL:
            for t in (p for g in c.children if g.dep_ == "prep" and g.lower_ == "to" for p in g.subtree):
                m = by_token.get(t.i)
                if m is not None and m.entity.country and m.entity.kind in ("person", "country", "group", "organization"):
                    return m.entity.country
        # "Howard said his government stood behind Washington": the speaker's own, but "his
        # counterpart" is the other side's
        # ... as is "President Habibie's government"
        if c.dep_ == "poss" and (c.lower_ in ("his", "her", "their", "our", "my") or c.pos_ == "PROPN") \
                and token.lower_ not in OPPOSITE_NUMBERS \
                and (m := by_token.get(c.i)) is not None and m.entity.country and m.entity.kind in ("person", "group"):
            return m.entity.country
    for c in token.children:
        # ("Turkish F-16 jets": the model's number may carry the demonym)
        # ("accused the junta of blocking aid ...": a gerund's clause says what they did, not whose they are)
        if c.dep_ in MODIFIER_DEPS or c.dep_ == "prep" and c.lower_ in ("of", "from") and not any(g.dep_ == "pcomp" for g in c.children) \
                or c.dep_ == "nummod" and any(ch.isalpha() for ch in c.text):
            for t in c.subtree:
                if stance(t):
                    continue  # "an anti-Syria journalist", "pro-Iranian militias" are not Syria's or Iran's
                if c.dep_ == "prep" and _owned_from_abroad(t):
                    continue  # "workers of a Canadian-owned gold mine" are not Canada's
                m = by_token.get(t.i)
                if m is not None and m.entity.country and (m.entity.kind in ("country", "group", "place", "organization")
                                                           or m.entity.kind == "person" and FOLLOWING & {token.lower_, t.head.lower_}
                                                           # ("the Maduro government", "the Assad regime": the ruler's state)
                                                           or m.entity.kind == "person" and c.dep_ == "compound" and token.lower_ in RULED_BY):
                    return m.entity.country  # ("Aristide supporters", "loyalists of Mugabe": a leader's following is of his state)
                # "Okinawa residents", "Gaza villagers": people named by the place they live in, which
                # the tagger may take for a person (only people of a place: "Ford workers" are no town's)
                if (m is None or not m.entity.country) and token.lower_ in LOCAL_PEOPLE and c.dep_ in MODIFIER_DEPS \
                        and t.text[:1].isupper() and t.head.i == token.i \
                        and (place := find_place(kb, t.text)) is not None and place.country:
                    return place.country
                if m is None and c.dep_ in MODIFIER_DEPS and t.text[:1].isupper():
                    # a modifier the NER passed over: "Karen guerrillas", "the Phillippines military"
                    hit = kb.lookup(t.text) or kb.misspelt(t.text)
                    if hit and hit.country and hit.kind in ("country", "demonym", "ethnic"):
                        return hit.country
    return None


OWNERSHIP = {"owned", "based", "run", "operated", "controlled", "listed"}


def _owned_from_abroad(t: Token) -> bool:
    """"a Canadian-owned mine": the state named owns the firm, not the people who work there."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in OWNERSHIP


LOCAL_PEOPLE = {"residents", "villagers", "inhabitants", "locals", "townspeople", "islanders", "citizens"}


LOYAL = {"loyal", "allied", "aligned", "faithful"}
RULED_BY = {"government", "regime", "administration", "cabinet", "junta", "forces", "troops", "army"}
SAID_TO_BE = {"believe", "think", "suspect", "say", "report", "understand", "presume", "thought", "know"}
FOLLOWING = {"supporters", "loyalists", "followers", "partisans", "backers", "militiamen", "militia", "guards", "bodyguards"}

# who stands on the other side of a meeting or a war: not the possessor's own
OPPOSITE_NUMBERS = {"counterpart", "counterparts", "host", "hosts", "guest", "guests", "visitor", "visitors", "opponent",
                    "opponents", "rival", "rivals", "enemy", "enemies", "adversary", "adversaries", "interlocutor",
                    "interlocutors", "captor", "captors", "kidnappers", "attackers", "critics"}


BACKING = {"backed", "supported", "sponsored", "funded", "armed", "allied", "aligned", "trained", "leaning"}


def stance(t: Token) -> bool:
    """The word is the object of a stance prefix or the backer in a compound: "anti-Syria",
    "pro-Iranian", "pro Moscow", "the Syrian-backed Amal militia"."""
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("anti", "pro"):
        return True
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in BACKING:
        return True
    return t.i >= 1 and doc[t.i - 1].lower_ in ("anti", "pro", "anti-", "pro-")


def _own_igo(token: Token, by_token: dict[int, Mention]) -> Entity | None:
    """"UN peacekeepers", "the African Union's envoy", "troops of NATO": the body they serve."""
    for c in token.children:
        if c.dep_ in MODIFIER_DEPS or c.dep_ == "prep" and c.lower_ in ("of", "from") and not any(g.dep_ == "pcomp" for g in c.children):
            for t in c.subtree:
                if stance(t):
                    continue  # "the U.N.-backed government" is backed by the UN, not part of it
                m = by_token.get(t.i)
                if m is not None and m.entity.igo and m.entity.kind == "igo":
                    return m.entity
    return None


# a state's missions abroad: "the embassy of Israel in Amman" stands in Jordan
MISSIONS = {"embassy", "consulate", "legation", "high commission"}
# ... and its forces' bases abroad: "the US base in Okinawa" stands in Japan, and a protest at its gate is aimed at the US
POSTS_ABROAD = MISSIONS | {"base", "airbase"}
MISSION_KINDS = {"liaison", "representative", "high", "diplomatic", "consular", "trade"}


def owns_mission(t: Token) -> bool:
    """`t` names whose embassy or consulate it is ("the Israeli embassy", "the embassy of Israel")."""
    head = t.head.head if t.head.lower_ == "of" else t.head
    # ("China's liaison office in Hong Kong", "India's high commission in Dhaka": a mission by another name)
    named_mission = head.lemma_.lower() in ("office", "commission", "mission") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MISSION_KINDS for c in head.children)
    return head.i != t.i and (head.lemma_.lower() in POSTS_ABROAD or named_mission)


def _speakers_own(token: Token, sector: str | None, known: list[Mention]) -> str | None:
    """"A spokesman for the Israeli army said troops shot a gunman", "Kenyan police said officers
    arrested ...": unnamed forces in what an army or a police force reports are its own (a state's
    officials reporting "troops" may mean anyone's, so only the same kind of force counts)."""
    if sector not in ("MIL", "COP") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING:
        return None
    speaker = {t.i for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if any(m.entity.igo for m in known if m.root in speaker):
        return None  # "the U.N. commander in Rwanda, Canadian General Romeo Dallaire": he speaks of others' troops
    owners = {m.entity.country for m in known if m.root in speaker and m.entity.country and m.entity.sector == sector}
    return next(iter(owners)) if len(owners) == 1 else None


# attacks one is hurt in, which a locative "in" may name as well as a place
ATTACKS = {"strike", "strikes", "airstrike", "air-strike", "raid", "attack", "bombing", "shelling", "bombardment", "assault",
           "ambush", "blast", "explosion", "massacre", "shooting", "crossfire", "clash", "fighting"}


def _place_country(token: Token, by_token: dict[int, Mention]) -> str | None:
    """"police in Cairo", "protesters marched in Bangkok": where the clause happens."""
    holders = [token, *(c for c in token.children if c.dep_ in ("acl", "relcl"))]  # "rebels operating in X"
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.i != token.i:
        holders.append(token.head)
        if token.dep_ == "nsubj":  # "called a general strike across India"
            holders += [c for c in token.head.children if c.dep_ == "dobj"]
            # "blew up a section of the pipeline in northern Colombia", "ambushed a convoy carrying
            # workers of a gold mine in eastern Burkina Faso": where the thing acted on is, however deep
            # (not where a participle says another thing was made: "the plan drafted at Rambouillet")
            holders += [n for c in token.head.children if c.dep_ == "dobj" for n in c.subtree
                        if n.i != c.i and n.pos_ in ("NOUN", "PROPN") and not _describes_another_thing(n, c, c)]
    if token.dep_ == "nsubj" and token.head.i != token.i:
        # "called a general strike that shut down offices across Bangladesh": where what they did happened
        # (not "accepted the plan drafted at Rambouillet": where others made the thing)
        holders += [r for c in token.head.children if c.dep_ == "dobj" for r in c.children
                    if r.dep_ == "relcl" or r.dep_ == "acl" and r.tag_ != "VBN"]
    for h in holders:
        # ("killed in an Israeli air strike": an attack is no place, its adjective says who struck)
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in LOCATIVE
                     and not any(p.dep_ == "pobj" and p.lemma_.lower() in ATTACKS for p in c.children)):
            for t in prep.subtree:
                m = by_token.get(t.i)
                # ("near the Iraqi border" is the edge of where they are, not inside Iraq)
                # (a people's adjective on the place, "in an Israeli prison", not on its maker: "at a
                # concert by the American singer")
                if m is not None and m.entity.country and not owns_mission(t) and t.head.lemma_.lower() not in EDGES and (
                        m.entity.kind in ("place", "country") or m.entity.resolution == "kb-demonym"
                        and not any(a.dep_ in ("prep", "agent") and a.lower_ == "by" for a in t.ancestors if a.i > prep.i)):
                    return m.entity.country  # "in Tehran", "in an Israeli prison"
    # "took to the streets of Nairobi", "rallied outside parliament in Tbilisi": a place (a city,
    # not a state, which would be a party) anywhere in the clause
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for t in clause.subtree:
        m = by_token.get(t.i)
        # ("marched through Hong Kong": a state-like territory named as where, too)
        # ("unless Tokyo withdrew its troops": a capital that acts stands for its government, not a place)
        if m is not None and m.entity.country and (m.entity.kind == "place" or m.entity.resolution == "kb-capital-metonym"
                                                   and t.dep_ not in ("nsubj", "nsubjpass", "poss")
                                                   or m.entity.kind == "country" and t.dep_ == "pobj" and t.head.lower_ in LOCATIVE
                                                   and t.head.head.i == clause.i
                                                   # ("took to the streets of Hong Kong")
                                                   or m.entity.kind == "country" and t.dep_ == "pobj" and t.head.lower_ == "of"
                                                   and t.head.head.lemma_.lower() in PUBLIC_GROUND) \
                and not _describes_another_thing(t, clause, token):
            return m.entity.country
    return None


PACTS = {"agreement", "agreements", "accord", "accords", "protocol", "treaty", "pact", "deal", "convention", "declaration", "process", "format",
         "principles", "framework", "memorandum", "communique", "charter", "roadmap"}


def _describes_another_thing(t: Token, clause: Token, token: Token) -> bool:
    """"accepted the plan drafted at Rambouillet": the place is where the plan was made, told in a
    participle that describes the plan, not where the people acted."""
    # ("the U.N. tribunal in Arusha took testimony from survivors": where the subject sits, not where the others are)
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.head.i == clause.i \
            and t.head.head.i != token.i and token.i not in {x.i for x in t.head.head.subtree}:
        return True
    named = t
    while named.dep_ in ("compound", "amod", "nmod") and named.head.i != named.i:
        named = named.head
    if named.i != t.i and named.lemma_.lower() in PACTS:
        return True  # ("demobilised fighters under the Lusaka peace accord": where it was signed)
    while t.i != clause.i and t.head.i != t.i:
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i != token.i:
            return True
        # ("speaking to reporters in Paris, accused the junta": where the speaker stood, not the junta)
        if t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and t.lemma_.lower() in SPEAKING and t.head.i != token.i:
            return True
        t = t.head
    return False


SPEAKING = {"speak", "talk", "address", "brief", "tell", "say", "write", "report"}
