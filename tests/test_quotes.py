from eventwire.coding.actors import link_mentions
from eventwire.coding.quotes import extract_quotes

TEXT = """Canadian Foreign Minister Jane Doe met her Danish counterpart in Copenhagen.

"We share the same goals in the Arctic," Ms Doe said. "Our cooperation will grow."

"This is only the beginning of a long partnership between our nations."

Danish Prime Minister Mette Frederiksen said: "Denmark welcomes Canada's commitment to the region."

Frederiksen added that both governments would open new consulates next year."""


def quotes(pipeline, text=TEXT):
    doc = pipeline.nlp(text)
    return extract_quotes(doc, link_mentions(doc, pipeline.kb, "2024-01-10"), "doc")


def test_direct_quotes_with_after_and_colon_attribution(pipeline):
    qs = quotes(pipeline)
    by_text = {q.text: q for q in qs}
    assert by_text["We share the same goals in the Arctic,"].speaker.name == "Jane Doe"
    assert by_text["Denmark welcomes Canada's commitment to the region."].speaker.name == "Mette Frederiksen"


def test_a_paragraph_that_is_only_a_quote_continues_the_speaker(pipeline):
    q = next(q for q in quotes(pipeline) if q.text.startswith("This is only the beginning"))
    assert q.speaker.name == "Jane Doe"


def test_indirect_quote_and_spans(pipeline):
    qs = quotes(pipeline)
    ind = next(q for q in qs if q.kind == "indirect")
    assert ind.speaker.name == "Mette Frederiksen" and ind.cue == "added"
    for q in qs:
        assert TEXT[q.start:q.end] == q.text


def test_stray_marks_do_not_crash_and_unknown_speakers_stay_unknown(pipeline):
    qs = quotes(pipeline, 'It was "unclear what happens next for the talks, officials feared.\n\n"Nobody knows," one diplomat said.')
    assert all(q.speaker is None or q.speaker.name for q in qs)


def by_start(qs, words):
    return next(q for q in qs if q.text.lstrip("“\"").startswith(words))


def test_split_quote_colon_across_paragraphs_and_continuation(pipeline):
    text = ("Norwegian Defence Minister Ola Berg spoke at the harbour in Bergen. Standing by the ships, he said:\n\n"
            "“Our fleet is ready for the long winter ahead.\n\n"
            "“We trained with the Danes all summer and the results were good.”\n\n"
            "“Nobody should doubt us,” Mr Berg said, “and nobody will.”\n\n"
            "“The next exercise is planned for March next year.”")
    qs = quotes(pipeline, text)
    run = by_start(qs, "Our fleet")
    assert run.text.endswith("results were good.") and "\n\n" in run.text  # one quote over two paragraphs
    assert run.speaker.name == "Ola Berg" and run.cue == "said"
    assert by_start(qs, "Nobody should doubt").speaker.name == "Ola Berg"
    assert by_start(qs, "and nobody will").speaker.name == "Ola Berg"
    assert by_start(qs, "The next exercise").speaker.name == "Ola Berg"


def test_mixed_quote_replaces_its_fragment_and_nested_speech_is_not_a_new_quote(pipeline):
    text = ("Brazilian Foreign Minister Paulo Lima said the talks were “frank and very useful for both sides” "
            "and would continue. The ministry said the summit confirmed that the two governments shared goals.")
    qs = quotes(pipeline, text)
    mixed = by_start(qs, "the talks were")
    assert mixed.kind == "mixed" and mixed.speaker.name == "Paulo Lima"
    assert not any(q.kind == "direct" for q in qs)  # the fragment lives inside the mixed quote
    assert not any(q.text.startswith("the two governments") for q in qs)


def test_lead_clause_before_the_verb_without_the_dateline(pipeline):
    text = "OTTAWA, May 3 (Reuters) - Canada will send two frigates to the Pacific this year, Defence Minister Anne Roy said on Friday."
    q = quotes(pipeline, text)[0]
    assert q.text == "Canada will send two frigates to the Pacific this year" and q.kind == "indirect"
    assert q.speaker.name == "Anne Roy"


def test_according_to_and_said_in_a_statement_that(pipeline):
    text = ("According to the Kenyan foreign ministry, the envoys will meet again in Nairobi next week. "
            "Uganda said in a statement that its troops would stay in the border region until June.")
    qs = quotes(pipeline, text)
    acc = by_start(qs, "the envoys will meet")
    assert acc.cue == "According" and acc.speaker.country == "KEN"
    stmt = by_start(qs, "its troops would stay")
    assert stmt.speaker.country == "UGA"


def test_unnamed_speakers_stay_unknown_and_the_person_beats_the_title_country(pipeline):
    text = ("Finland's interior minister, Jukka Salo, said the border would stay closed. "
            "A senior European diplomat said the decision was expected. "
            "“It could take months,” the diplomat said.")
    qs = quotes(pipeline, text)
    assert by_start(qs, "the border would").speaker.name == "Jukka Salo"
    assert by_start(qs, "the decision was").speaker is None
    assert by_start(qs, "It could take months").speaker is None


def test_she_does_not_go_to_a_man(pipeline):
    text = ("Defence Secretary Mark Hill met Foreign Minister Sara Lund in Oslo. Mr Hill said the meeting went well. "
            "Ms Lund spoke later. She said the two countries would sign a new agreement in June.")
    q = by_start(quotes(pipeline, text), "the two countries")
    assert q.speaker.name == "Sara Lund"


def test_a_name_the_small_model_tags_as_an_organisation_after_a_title(pipeline):
    text = "Russian embassy spokesman Dmitry Orlov rejected the claims, saying the accusations were part of a campaign."
    q = quotes(pipeline, text)[0]
    assert q.speaker is not None and q.speaker.name == "Dmitry Orlov"


def annotate(pipeline, text, published="2024-05-02"):
    from eventwire.sources.files import RawDocument

    return pipeline.process_document(RawDocument(source="t.txt", data=text.encode(), kind="text", published=published))


def test_a_statement_that_condemns_or_praises_a_party_is_itself_an_event(pipeline):
    text = ("Polish Foreign Minister Tomasz Nowak spoke in Warsaw on Tuesday.\n\n"
            "He said on Tuesday: “Belarus is conducting a reckless provocation on our border every single night.”\n\n"
            "Mr Nowak added: “We are grateful to Lithuania for its help with the border patrols.”")
    result = annotate(pipeline, text)
    by_quote = {q.id: q for q in result.quotes}
    acts = [e for e in result.events if e.quote_id in by_quote]
    accuse = next(e for e in acts if e.event_type == "ACCUSE")
    assert accuse.actor[0].name == "Tomasz Nowak" and accuse.recipient[0].country == "BLR"
    assert accuse.evidence.trigger in ("reckless", "provocation") and accuse.date == "2024-04-30"
    support = next(e for e in acts if e.event_type == "SUPPORT")
    assert support.recipient[0].country == "LTU"


def test_no_speech_act_without_another_party_or_when_negated(pipeline):
    text = ("Chilean Foreign Minister Rosa Vidal met reporters in Santiago.\n\n"
            "“This is a reckless decision,” Ms Vidal said.\n\n"
            "“We are not grateful to Argentina for the delay,” she said.")
    result = annotate(pipeline, text)
    assert not [e for e in result.events if e.quote_id and e.event_type in ("ACCUSE", "SUPPORT")]


def test_speech_act_towards_an_unnamed_party(pipeline):
    text = ("Chilean Foreign Minister Rosa Vidal met reporters in Santiago.\n\n"
            "“This is a reckless decision by the opposition,” Ms Vidal said.")
    acts = [e for e in annotate(pipeline, text).events if e.quote_id]
    assert [(e.event_type, e.actor[0].name, e.recipient[0].sector) for e in acts] == [("ACCUSE", "Rosa Vidal", "OPP")]


def test_thanks_to_in_a_quote_is_a_cause_not_praise(pipeline):
    text = ("Brazilian President Paulo Mendes spoke to farmers in Goiania on Friday.\n\n"
            "“Thanks to our new port, we are selling millions of tonnes of soy to a country that once ignored us, "
            "Japan,” Mr Mendes said.\n\n"
            "“We thank Chile for its help with the railway,” he added.")
    result = annotate(pipeline, text)
    supports = [e for e in result.events if e.event_type == "SUPPORT"]
    assert [p.country for e in supports for p in e.recipient] == ["CHL"]
