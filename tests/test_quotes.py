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
