"""PLOVER's auxiliary modes (`future`, `hypothetical`, `negation`) from tense, modality and negation
around a trigger, and the readings that are only asked for or conditional, not done."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding import ontology
from eventwire.coding.triggers import (
    ABETTING, ARMED_GROUPS, DEADLINE_UNITS, DEMANDING, DOCUMENT_NOUNS, MOTIVES, OBLIGING_SPEECH, REPORTING, SUBJECT_DEPS,
    commands_own_forces, obligation,
)

CALLED_OFF = {"cancel", "scrap", "abandon", "postpone", "delay", "suspend", "deny", "rule"}

FUTURE_MODALS = {"will", "shall", "'ll", "should", "must"}

HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}

NEGATIONS = {"not", "n't", "never", "no", "n’t"}

# "promised that the government would lift the ban": the promised act lies ahead, as in reported speech
PROMISING_SPEECH = {"promise", "pledge", "vow", "assure", "guarantee", "swear"}


def _setting_of(token: Token, verb: Token) -> bool:
    """"pledged to abandon its weapons programmes after talks with Britain": the talks are when,
    not what was abandoned."""
    t = token
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_.lower() in MOTIVES:
            return True  # ("postponed aid to China in protest at its tests": why, not what was put off)
        t = t.head
    return False

ASKING_FOR = {"appeal", "lobby", "plead", "campaign", "pray", "clamour", "clamor", "agitate", "vote"}

STOPPING = {"stop", "cease", "quit", "halt"}

DEMAND_NOUNS = {"call", "demand", "appeal", "plea", "request", "ultimatum", "pressure", "push", "petition", "deadline"}

# verbs whose complement is asked for or threatened, not done ("urged Iran to release", "threatened to strike")
UNREALISED = {"urge", "ask", "call", "press", "demand", "encourage", "order", "invite", "beg", "appeal", "push", "implore",
              "exhort", "instruct", "tell", "want", "persuade", "request", "threaten", "warn", "pressure", "pressurise",
              "pressurize", "lobby", "beseech", "entreat", "plead", "prod", "nudge", "advise", "require", "force", "compel",
              "oblige", "lean"}

# verbs whose "of/for/with" phrase names what someone is alleged or held to have done
ALLEGING = {"accuse", "charge", "blame", "suspect", "condemn", "criticise", "criticize", "denounce", "fault", "indict",
            "convict", "arrest", "detain", "jail", "sentence", "try", "prosecute", "punish", "sanction", "slam", "rebuke",
            "censure", "reprimand", "admonish", "chastise", "castigate", "hit", "lash", "slam", "blast", "assail", "berate"}


def _addressed(verb: Token) -> bool:
    """The asking verb names whom it asks: "pleaded with Israel", "appealed to the UN", "urged Iran"."""
    named = ("PROPN",)
    return any(c.dep_ == "dobj" and c.pos_ in named for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "to", "on", "upon") and any(o.dep_ == "pobj" and o.pos_ in named for o in c.children)
        for c in verb.children)


def only_asked_for(token: Token, anchor: Token) -> bool:
    """"urged Iran to release the sailors", "said Libya must hand over the suspects": the request is
    the event, the release is not. Nor is what someone is accused of ("accused Azerbaijan of
    shelling a village"): the accusation is the event, its content only alleged."""
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in ("of", "for", "with") \
            and token.head.head.lemma_.lower() in ALLEGING:
        return True
    # "accused Ukraine of staging the attack": the noun's light verb is what is alleged (not "denounced
    # Seoul for staging the drills": what one is condemned for is told as done)
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in ALLEGING:
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.head.lemma_.lower() in UNREALISED | ASKING_FOR:
        return True  # "called for sanctions against Nigeria": sanctions asked for, not imposed
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "for" \
            and token.head.head.dep_ == "pobj" and token.head.head.head.dep_ == "prep" \
            and token.head.head.head.head.lemma_.lower() in UNREALISED | ASKING_FOR:
        return True  # "appealed to the international community for food aid", the "for" hung on the addressee
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" and token.head.lemma_.lower() in DEMANDING | {"seek"}:
        return True  # "demanded an investigation"
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else token
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in OBLIGING_SPEECH and (ob := obligation(verb.head)) is not None and ob.i == verb.i:
        return True
    # ("demanded that U.S. troops leave": after a past or bare demand, a plural's present is the subjunctive)
    if verb.dep_ == "ccomp" and (verb.tag_ == "VB" or verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower()
                                 or verb.tag_ == "VBP" and verb.lower_ == verb.lemma_.lower() and verb.head.tag_ in ("VBD", "VB", "VBN")) \
            and verb.head.lemma_.lower() in DEMANDING and not any(c.dep_ == "aux" for c in verb.children):
        # "demanded that the president release the prisoners" (a subjunctive; "that Qatar shut down
        # Al Jazeera" is one too, though the tagger reads the verb that looks the same as a past)
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in DEMAND_NOUNS and not any(c.dep_ == "aux" for c in verb.children) \
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children):
        return True  # "Washington's demand that Gaddafi step down": the resignation asked for, not done
    if verb.dep_ == "ccomp" and verb.lemma_.lower() in ABETTING and verb.head.lemma_.lower() in REPORTING \
            and any(o.dep_ == "dobj" and o.lemma_.lower() in ARMED_GROUPS for o in verb.children):
        return True  # "said Damascus was sheltering militants": the charge is the event, not aid
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in SUPPLYING \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "gave helicopters to fight traffickers": what the means are for is not done
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PERMITTING and verb.head.i != verb.i \
            and (verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return True  # "allowed displaced Lebanese to return": the permission is the event
    if verb.dep_ in ("advcl", "acl", "relcl") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in DEMAND_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "dismissed calls for Maduro to step down": the stepping down is only asked for
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
            o.dep_ == "dobj" and o.lemma_.lower() in DEMAND_NOUNS and o.i < verb.i for o in verb.head.children):
        return True  # "ignored a deadline to recognise the court", the purpose parsed on the verb
    if verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
            o.dep_ in ("dobj", "npadvmod") and o.lemma_.lower() in DEADLINE_UNITS for o in verb.head.children) \
            and verb.head.lemma_.lower() in ("give", "allow", "grant"):
        return True  # "gave Belarus two weeks to free the journalists": the freeing is what the deadline asks for
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in UNREALISED | ASKING_FOR and verb.head.i != verb.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and _addressed(verb.head):
        return True  # "pleaded with Israel to stop the bombing", the clause asked for parsed as a purpose
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in STOPPING and verb.head.i != verb.i:
        return True  # "would stop cooperating with the inspectors": the stopping is the event
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in UNREALISED and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "wants Beijing to release the businessman", parsed with a clause of its own
    # ("forced the Palestinians to capitulate and give up their claims": the second verb is asked for too)
    # (not "forced shops to close and halted traffic": a past tense joined to it is the subject's own act)
    while verb.dep_ == "conj" and verb.tag_ == verb.head.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    # ("ordered police to evict squatters": a command to one's own forces is the act itself)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNREALISED and verb.head.i != verb.i \
        and not commands_own_forces(verb.head)


def vows_not(token: Token, anchor: Token) -> bool:
    """"would never give in", "will not withdraw": a refusal stated now, not a concession that
    failed to happen ("did not withdraw")."""
    for t in (token, anchor):
        kids = {c.lower_ for c in t.children}
        # ("would neither accept nor recognise": the second verb shares the first one's modal)
        if t.dep_ == "conj" and "nor" in {c.lower_ for c in t.head.children}:
            kids |= {c.lower_ for c in t.head.children} | {"not"}
        elif "neither" in kids:
            kids |= {"not"}
        if "never" in kids and t.tag_ != "VBD" or kids & NEGATIONS and kids & {"will", "would", "'ll", "shall"}:
            return True
        if t.lemma_.lower() in STANCE_VERBS and kids & NEGATIONS and kids & {"can", "could", "ca"}:
            return True  # "could not accept the result as legitimate": a stance refused, not a failure
    return unwilling(anchor)


# verbs whose "cannot" states a position rather than an inability
STANCE_VERBS = {"accept", "recognise", "recognize", "tolerate", "endorse", "condone"}


WILLING = {"willing", "ready", "prepared", "minded", "inclined"}


UNWILLING = {"unwilling", "loath", "loth", "disinclined"}

AUTHORISING = {"authorise", "authorize", "empower", "permit"}


def unwilling(verb: Token) -> bool:
    """"is not prepared to accept the ruling", "was not ready to negotiate", "was unwilling to hand
    them over": willingness denied."""
    gov = verb.head if verb.dep_ == "xcomp" else None
    return gov is not None and gov.dep_ == "acomp" and (gov.lower_ in WILLING and any(
        c.dep_ == "neg" or c.lower_ in NEGATIONS for c in gov.head.children)
        or gov.lower_ in UNWILLING and not any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in gov.head.children))


def is_conditional(token: Token, anchor: Token) -> bool:
    markers = set(ontology.triggers()["hypothetical_markers"]) - {"whether"}
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
               for t in (token, anchor) for c in t.children)


# verbs that hand over means for the receiver's purpose ("opened fire to disperse them" does disperse
# them; "sent experts to investigate" starts the investigation)
PERMITTING = {"allow", "permit", "let"}

SUPPLYING = {"give", "supply", "provide", "deliver", "sell", "donate", "lend", "equip", "arm", "fund", "finance"}

FAILING = {"fail", "unable", "deny", "refuse", "decline"}

PREVENTING = {"bar", "prevent", "stop", "ban", "block", "keep", "prohibit", "forbid", "deter", "restrain"}

BLOCKING = {"veto", "block", "reject", "oppose", "scuttle", "water"}
# a scheme foiled or laid bare did not come to pass ("foiled a plot to attack dissidents")
FOILING = {"foil", "thwart", "disrupt", "uncover", "expose", "prevent", "stop", "frustrate", "bust", "smash", "scupper",
           "derail", "defeat", "reveal", "discover", "detect", "dismantle", "crush"}
SCHEME_NOUNS = {"plot", "plots", "conspiracy", "scheme", "plan", "plans", "bid", "attempt", "attempts"}


UNLIKELY = {"unlikely", "doubtful", "improbable"}
ALLEGING_IMPERSONAL = {"allege", "claim", "rumour", "rumor", "suspect", "fear"}
# a state of mind toward an act that is not the act: "many people are afraid to return"
UNPROVEN = {"idea", "notion", "suggestion", "speculation", "theory", "rumor", "rumour", "possibility", "prospect",
            "fear", "fears", "hope", "hopes", "conspiracy"}
BALKING = {"balk", "baulk", "bristle", "recoil"}
AVERSE = {"afraid", "reluctant", "unwilling", "hesitant", "loath", "scared", "fearful", "wary"}
SETTING_PREPS = {"during", "after", "before", "amid", "despite", "following", "since"}


# ("a decision to reject the offer" is the rejection itself: no plan)
PLAN_NOUNS = {"plan", "plans", "agreement", "deal", "proposal", "timetable", "roadmap", "blueprint", "scheme", "bid",
              "effort", "efforts", "attempt", "offer", "pledge", "promise", "commitment", "plot", "plots", "conspiracy"}


def _ruled_out(anchor: Token) -> bool:
    """A gerund that "ruled out" governs, or the purpose clause of one ("ruled out sending troops to
    defend Ukraine")."""
    v = anchor
    for _ in range(3):
        if v.dep_ in ("advcl", "xcomp", "ccomp", "pcomp", "dobj") and v.tag_ == "VBG" and v.head.lemma_.lower() == "rule" \
                and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in v.head.children):
            return True
        if v.dep_ not in ("xcomp", "advcl") or v.head.pos_ != "VERB":
            return False
        v = v.head
    return False


def _foiled_scheme(anchor: Token) -> bool:
    """The infinitive of a plot or attempt that the governing verb foiled or exposed, whether the
    parser hung it on the noun or on that verb."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return False
    if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in SCHEME_NOUNS:
        return anchor.head.dep_ in ("dobj", "nsubjpass") and anchor.head.head.lemma_.lower() in FOILING
    return anchor.dep_ in ("xcomp", "advcl") and anchor.head.lemma_.lower() in FOILING and any(
        o.dep_ == "dobj" and o.lemma_.lower() in SCHEME_NOUNS and o.i == anchor.i - 2 for o in anchor.head.children)


def _negated_by_inversion(verb: Token) -> bool:
    """"Neither can Xi allow this chaos to continue", "nor did Seoul send aid": "neither" or "nor"
    before an auxiliary that comes ahead of its subject negates the clause."""
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    inverted = any(c.dep_ == "aux" and c.i < min(subjects) for c in verb.children)
    return inverted and any(c.lower_ in ("neither", "nor") and c.i < min(subjects) for c in verb.children)


TIME_CONDITIONS = {"once", "when", "until", "till", "after", "before", "whenever"}


def _participle_aside(t: Token) -> bool:
    """"Germany, meeting in Rome, agreed to ...": a participle set off by commas tells what was
    going on, and takes no mood from the verb it hangs on."""
    return t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].text == ","


def event_aux(token: Token, anchor: Token) -> str | None:
    chain = [token, anchor]
    t = anchor
    # governing verbs lend their mood ("plans to hold talks"), but a coordinated verb has its own
    # ("are to hold drills and continue the dialogue" shares "are to"; "..., and Stoltenberg condemned" does not)
    # (nor does a second past-tense verb: "promised to hold elections and lifted a ban" lifted it)
    # (nor does the setting: "pledged support during a visit by Zelensky": the visit is no promise)
    # (nor a participle that describes a noun: "agreed, in a move welcomed by Blix, to ...": the welcome is told)
    # (nor a past told in a relative clause: "Egypt, which cut ties with Qatar three years ago, agreed to ...")
    # (nor a past clause with a doer of its own: "agreed to accept the resolution while Israeli jets continued to pound")
    while len(chain) < 5 and not (t.dep_ == "conj" and (any(c.dep_ in SUBJECT_DEPS for c in t.children)
                                                        or t.tag_ == "VBD" and t.head.tag_ == "VBD")) \
            and not (t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS) \
            and not (t.dep_ == "acl" and t.tag_ == "VBN" and t.pos_ == "VERB") \
            and not (t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBN")) \
            and not _participle_aside(t) \
            and not (t.dep_ == "conj" and t.tag_ == "VBD" and t.head.tag_ == "VB") \
            and not (t.dep_ == "advcl" and t.tag_ == "VBD" and any(c.dep_ in SUBJECT_DEPS for c in t.children)) \
            and t.head.i != t.i:
        t = t.head
        chain.append(t)
    for t in (token, anchor):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return "hypothetical"  # "if Belgrade did not sign the accord": neither signed nor refused, supposed
        if t.dep_ == "advcl" and t.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CONDITIONS
                                                                 for c in t.children) \
                and not any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree):
            # "will send troops once Israel withdraws": a time supposed, nobody says it will come (but
            # "when the premier visits Tokyo next week" is on the calendar)
            return "hypothetical"
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ != "intj" for c in t.children):
            return "negation"  # (not "said no to the proposal": the "no" is what is said)
        if t.pos_ in ("VERB", "AUX") and _negated_by_inversion(t):
            return "negation"
        # "would neither accept nor recognise the ruling": both verbs are denied
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in (
                *t.children, *(t.head.children if t.dep_ == "conj" and any(x.lower_ == "nor" for x in t.head.children) else ()))):
            return "negation"
        # "neither the House nor the Senate has provided the money": no doer did it
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ == "neither" and g.dep_ in ("preconj", "det", "cc") for g in c.children) for c in t.children):
            return "negation"
    if unwilling(anchor):
        return "negation"
    called_off = anchor.lemma_.lower() in CALLED_OFF or anchor.lemma_.lower() == "call" and any(
        c.lower_ == "off" and c.dep_ in ("prt", "prep", "advmod") for c in anchor.children)
    if token.pos_ == "NOUN" and called_off and not _setting_of(token, anchor):
        return "negation"  # "cancelled the president's visit": the visit did not happen
    if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in DOCUMENT_NOUNS and anchor.head.dep_ == "dobj" \
            and anchor.head.head.lemma_.lower() in BLOCKING:
        return "negation"  # "vetoed a resolution condemning X": nobody condemned X
    if _ruled_out(anchor):
        return "negation"  # "ruled out sending combat troops to defend Ukraine": no troops sent, no defence
    if _foiled_scheme(anchor):
        return "negation"  # "foiled a plot to attack dissidents", "thwarted a Russian attempt to seize the airport"
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "from" and anchor.head.head.lemma_.lower() in PREVENTING:
        return "negation"  # "barred inspectors from visiting the site": no visit
    if anchor.dep_ in ("xcomp", "ccomp") and anchor.head.lemma_.lower() in FAILING:
        return "negation"  # "failed to reach agreement", "denied supplying drones": it did not happen
    if anchor.dep_ in ("acl", "ccomp") and anchor.head.lemma_.lower() in UNPROVEN and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in anchor.children):
        return "hypothetical"  # "the idea that the U.S. is training the militants": told as a notion, not a fact
    if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in ALLEGING_IMPERSONAL and any(
            c.dep_ in ("nsubjpass", "nsubj") and c.lower_ == "it" for c in anchor.head.children):
        return "hypothetical"  # "it is alleged he raped a girl": an allegation reported, not an act told
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "about" and token.pos_ in ("VERB", "AUX"):
        return "hypothetical"  # "the trip was about Beijing offering new guidance": a topic, not an act told
    if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in ("refusal", "failure"):
        return "negation"  # "Tehran's refusal to suspend enrichment"
    if anchor.dep_ == "xcomp" and anchor.head.lower_ in AVERSE and not unwilling(anchor) or anchor.dep_ == "pcomp" and anchor.head.lower_ in ("of", "at") \
            and (anchor.head.head.lower_ in AVERSE or anchor.head.head.lemma_.lower() in BALKING):
        # ("wary of offering concessions", "balking at committing to purchases")
        return "hypothetical"  # "are afraid to return to the regime's areas": no return is told
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in AUTHORISING:
        return "future"  # "said it had been authorised to attack the United States": leave to act, not an act
    if any(t.lower_ in UNLIKELY and t.pos_ == "ADJ" for t in chain[1:]):
        return "hypothetical"  # "Russia is unlikely to agree to cut output": a forecast, nothing done or promised
    own = chain[:2] + ([anchor.head] if anchor.dep_ == "xcomp" else [])  # "if Russia kept sending migrants"
    for t in own:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS:
                # "said Paris would send aid" is reported future, not a hypothetical; "said he would
                # have objected" is a past that did not happen
                if c.lower_ == "would" and t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING | PROMISING_SPEECH \
                        and not any(a.dep_ == "aux" and a.lower_ == "have" for a in t.children):
                    return "future"
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in ontology.triggers()["hypothetical_markers"]:
                return "hypothetical"
            # "when the United States slaps tariffs on goods, it is not exporters who pay": a rule of
            # how things go, told in the present, not a report of one act
            if c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") and c.i < t.i and t.tag_ in ("VBZ", "VBP") \
                    and t.dep_ == "advcl" and t.head.tag_ not in ("VBD", "VBN", "MD") \
                    and not any(a.dep_ == "aux" for a in t.head.children if a.lower_ in FUTURE_MODALS):
                return "hypothetical"
    governors = set(ontology.triggers()["future_governors"])
    # "pledged support during a visit by Zelensky": the clause verb lends the visit its tense, not its promise
    # ("At the summit, Modi pledged ...": a setting put before the clause is where it was said)
    setting = token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and (
        token.head.lower_ in SETTING_PREPS and token.pos_ == "NOUN"
        or token.head.lower_ in ("at", "on") and token.head.i < token.head.head.i)
    for t in chain:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS:
                return "future"
            # "said he would sign an order banning trade": reported future on the governing verb
            if c.dep_ == "aux" and c.lower_ == "would" and t.i != token.i and t.dep_ == "ccomp" \
                    and t.head.lemma_.lower() in REPORTING | PROMISING_SPEECH:
                return "future"
        if t.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children):
            return "future"
        # "believed Ukraine needed to investigate": what one must still do, as with "must"
        if t.i != token.i and t.lemma_.lower() == "need" and any(
                c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in t.children):
            return "future"
        # "an agreement for US troops to begin leaving", "a plan to withdraw": what a plan provides for is still to come
        if t.i != token.i and t.pos_ == "NOUN" and t.lemma_.lower() in PLAN_NOUNS and any(
                c.dep_ in ("acl", "advcl") and c.i in {x.i for x in chain} for c in t.children):
            return "future"
        if t.i != token.i and not setting \
                and (t.lemma_.lower() in governors or t.lower_ in governors) and t.pos_ in ("VERB", "ADJ") \
                and not any(c.dep_ == "prt" for c in t.children):  # "is set to" plans; "set up roadblocks" acts
            return "future"
    if any(c.lower_ in ("planned", "upcoming", "future", "proposed") for c in token.children):
        return "future"
    return None
