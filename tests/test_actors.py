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


def test_unnamed_actors_get_sector_and_the_country_their_phrase_or_place_gives(pipeline):
    found = {e.text: (e.country, e.sector, e.resolution) for e in entities(
        pipeline, "In Dhaka, riot police fired tear gas at opposition supporters, and Nepalese soldiers watched.")}
    assert found["riot police"] == ("BGD", "COP", "unnamed-group, place")
    assert found["soldiers"][:2] == ("NPL", "MIL")
    assert found["opposition supporters"][1] == "OPP"
    # abstract nouns with a role word in front are no actors
    assert "military cooperation" not in {e.text for e in entities(pipeline, "Military cooperation grew last year.")}


def test_non_state_groups_and_former_names_are_in_the_kb():
    kb = load_kb()
    assert (kb.lookup("Hezbollah").country, kb.lookup("Hezbollah").sector) == ("LBN", "REB")
    assert kb.lookup("Amnesty International").country == "NGO"
    assert kb.lookup("Zaire").country == "COD" and kb.lookup("Soviet").country == "RUS"


def test_a_surname_shared_by_several_people_of_one_country_still_gives_the_country(pipeline):
    (e,) = [e for e in entities(pipeline, "Castro spoke in Havana.", published="1950-01-01") if e.text == "Castro"]
    assert (e.country, e.resolution) == ("CUB", "kb-surname-ambiguous")
