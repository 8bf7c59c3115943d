"""The parse repairs in `eventwire.nlp` re-hang words by setting heads; every rule downstream walks
the tree through `children`, `subtree` and the edges, so each repair must leave a tree that agrees
with its own heads."""

from __future__ import annotations

import pytest

# sentences of the shapes the repairs rewrite (one or more repairs each)
REPAIRED = [
    "Thai and Malaysian police jointly investigated the bombing of the border post.",
    "The European Union, a day after the province declared independence, formally recognised Montenegro as a sovereign state.",
    "The Solomon Islands and Vanuatu, at a ceremony hosted by Xi, signed accords normalising relations with China.",
    "The Norwegian Nobel Committee awarded the Nobel Peace Prize to jailed Iranian activist Narges Mohammadi.",
    "Egyptian warplanes, hours after Islamist militants beheaded 21 Egyptian Christians in Sirte, bombed militant camps in eastern Libya.",
    "Masked gunmen, a day after soldiers detained their commander, attacked an army checkpoint in Dagestan.",
    "North Korean troops, hours after Seoul resumed its loudspeaker broadcasts, shelled a South Korean border post.",
    "Hackers tied to the Chinese army, according to a U.S. security firm, crippled computer networks at several Taiwanese ministries.",
    "The Dutch prime minister, speaking in parliament a day after a tanker was struck in the Gulf, said Iran was culpable "
    "and called the strike an act of piracy.",
    "Denmark's prime minister said the cable was cut and called the sabotage an act of war by Moscow.",
    "Indonesia, a year after its troops swept into the territory, formally annexed East Timor on Monday and declared it the 27th province.",
    "Syria, weeks after its troops moved across the border, formally annexed Lebanon on Monday, state radio said.",
    "Bandits, riding on motorcycles into a village in Nigeria's Zamfara state, abducted scores of farmers on Sunday.",
    "Thousands of Serbian students, enraged by the bombing of a bridge in Novi Sad, hurled eggs and paint at the German embassy in Belgrade.",
    "Hundreds of Turkish students, enraged by a cartoon in a French magazine, hurled stones and paint at the French consulate in Istanbul.",
    "European Union foreign ministers, meeting in Brussels a day after the disputed vote, imposed travel bans and asset freezes "
    "on 12 Belarusian and Russian officials.",
    "The International Court of Justice ruled that the wall Morocco is building in the desert violates international law.",
    "Thousands of Indonesians, enraged by a Dutch film about the Koran, rallied in Jakarta on Friday.",
    "Iran's military barred journalists from the protest sites.",
    "Thailand's junta barred politicians from leaving the country.",
    "Bahrain shared intelligence on the smugglers with Saudi officials.",
    "Greek and Turkish diplomats reconvened in Athens to review the talks.",
]


@pytest.mark.parametrize("text", REPAIRED)
def test_repaired_parses_are_consistent_trees(pipeline, text):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(text)
    for token in doc:
        children = sorted(c.i for c in token.children)
        headed = sorted(t.i for t in doc if t.head.i == token.i and t.i != token.i)
        assert children == headed, f"{token.text!r}: children {children} but heads say {headed}"
        assert token.left_edge.i <= min([token.i, *headed]) and token.right_edge.i >= max([token.i, *headed])
    for sent in doc.sents:
        assert sum(1 for t in sent if t.head.i == t.i) == 1, f"{sent.text!r} has more than one root"


def test_the_repairs_make_the_verb_the_root(pipeline):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("European Union foreign ministers, meeting in Brussels a day after the disputed vote, imposed travel bans "
                       "and asset freezes on 12 Belarusian and Russian officials.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "imposed"
    assert {c.text for c in root.children if c.dep_ in ("nsubj", "dobj", "prep")} >= {"ministers", "bans", "on"}


@pytest.mark.parametrize(("text", "verb", "subject", "obj"), [
    # an "after" clause read as the root, with the opening name as its second subject
    ("North Korean troops, hours after Seoul resumed its loudspeaker broadcasts, shelled a South Korean border post.",
     "shelled", "troops", "post"),
    # a participle read as the verb, and the verb after the aside as an adjective on its object
    ("Hackers tied to the Chinese army, according to a U.S. security firm, crippled computer networks at several Taiwanese ministries.",
     "crippled", "Hackers", "networks"),
    # an adverb between the aside's comma and the verb
    ("The European Union, a day after the province declared independence, formally recognised Montenegro as a sovereign state.",
     "recognised", "Union", "Montenegro"),
    # a list of names before the aside
    ("The Solomon Islands and Vanuatu, at a ceremony hosted by Xi, signed accords normalising relations with China.",
     "signed", "Islands", "accords"),
    # the whole sentence read as a noun phrase, the verb as an adjective on its object
    ("Iran's military barred journalists from the protest sites.", "barred", "military", "journalists"),
    # ... and with the doer read as an adverbial noun before a past tense
    ("Bahrain shared intelligence on the smugglers with Saudi officials.", "shared", "Bahrain", "intelligence"),
])
def test_the_verb_after_an_aside_is_the_root(pipeline, text, verb, subject, obj):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == verb
    assert {(c.text, c.dep_) for c in root.children} >= {(subject, "nsubj"), (obj, "dobj")}


def test_no_infinitive_takes_a_past_participle(pipeline):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("The Norwegian Nobel Committee awarded the Nobel Peace Prize to jailed Iranian activist Narges Mohammadi.")
    jailed = next(t for t in doc if t.text == "jailed")
    assert jailed.dep_ == "amod" and jailed.head.text == "Mohammadi" and doc[jailed.i - 1].dep_ == "prep"


def test_demonyms_opening_a_sentence_describe_its_subject(pipeline):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Thai and Malaysian police jointly investigated the bombing of the border post.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "investigated" and doc[0].head.text == "police"


def test_an_intransitive_past_verb_read_as_a_participle_is_the_root(pipeline):  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Greek and Turkish diplomats reconvened in Athens to review the talks.")
    verb = next(t for t in doc if t.lower_ == "reconvened")
    assert verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.lower_ == "diplomats" for c in verb.children)
