from datetime import date

from eventwire.coding.actors import link_mentions
from eventwire.kb import load_kb


def entities(pipeline, text, published="2015-06-01"):
    doc = pipeline.nlp(text)
    return link_mentions(doc, pipeline.kb, published).entities()


def test_kb_covers_countries_demonyms_capitals_and_igos():
    kb = load_kb()
    assert len(kb.countries) >= 197
    assert kb.lookup("Chinese").country == "CHN" and kb.lookup("Kyiv").country == "UKR"
    assert kb.lookup("U.S.").country == "USA" and kb.lookup("the Kremlin").country == "RUS"
    assert kb.lookup("Nato").igo == "NATO" and kb.lookup("Kosovo").country == "XKX"


def test_roles_follow_time():
    shoigu = load_kb().people["shoigu"]
    assert "Defence Minister" in shoigu.role_on(date(2015, 5, 11))["role"]
    assert "Security Council" in shoigu.role_on(date(2025, 1, 1))["role"]


def test_titles_surnames_roles_and_pronouns_are_linked(pipeline):
    text = ("Brazilian Foreign Minister Ana Souza met Kenyan President William Ruto in Nairobi. "
            "Ms Souza said the talks went well. The Kenyan president thanked her, and he said Kenya would buy more coffee.")
    got = {(e.text, e.name, e.country, e.resolution) for e in entities(pipeline, text)}
    assert ("Ana Souza", "Ana Souza", "BRA", "title") in got
    assert ("Souza", "Ana Souza", "BRA", "coreference-name") in got
    assert any(e[0] == "The Kenyan president" and e[2] == "KEN" for e in got)
    assert any(e[0] == "Nairobi" and e[2] == "KEN" for e in got)


def test_every_mention_span_points_at_its_text(pipeline):
    text = "Russian Defence Minister Sergei Shoigu hosted his Indian counterpart in Moscow, the Kremlin said."
    for e in entities(pipeline, text):
        assert text[e.start:e.end] == e.text
    shoigu = next(e for e in entities(pipeline, text) if e.name == "Sergei Shoigu")
    assert (shoigu.country, shoigu.sector, shoigu.kb_id) == ("RUS", "MIL", "person:shoigu")


def test_roles_follow_the_documents_date_for_g20_office_holders(pipeline):
    text = "Sébastien Lecornu met his counterparts in Paris."
    as_minister = next(e for e in entities(pipeline, text, "2023-06-01") if e.name == "Sébastien Lecornu")
    as_premier = next(e for e in entities(pipeline, text, "2025-11-01") if e.name == "Sébastien Lecornu")
    assert (as_minister.country, as_minister.sector) == ("FRA", "MIL") and "Defence" in as_minister.role
    assert (as_premier.sector, as_premier.role) == ("GOV", "Prime Minister of France")


def test_a_bare_surname_goes_to_the_one_in_office_when_several_share_it(pipeline):
    text = "Koizumi said the government would raise defence spending."
    got = next(e for e in entities(pipeline, text, "2026-01-15") if e.text == "Koizumi")
    assert got.name == "Shinjiro Koizumi"
