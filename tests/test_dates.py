from datetime import date

from eventwire.coding.dates import find_timexes

PUB = date(2023, 11, 1)  # a Wednesday


def values(text, future=False, pub=PUB):
    return [(t.text, t.value) for t in find_timexes(text, pub, future=future)]


def test_weekday_past_and_future():
    assert values("They met on Monday.") == [("on Monday", "2023-10-30")]
    assert values("They will meet on Monday.", future=True) == [("on Monday", "2023-11-06")]
    assert values("at Wednesday's meeting") == [("Wednesday's", "2023-11-01")]


def test_months_relative_and_explicit():
    assert values("Xi visited in March.") == [("in March", "2023-03")]
    assert values("Drills are planned in March.", future=True) == [("in March", "2024-03")]
    assert values("last month") == [("last month", "2023-10")]
    assert values("next year") == [("next year", "2024")]
    assert values("earlier in the day") == [("earlier in the day", "2023-11-01")]
    assert values("on 5 June 2021") == [("5 June 2021", "2021-06-05")]
    assert values("Jan. 15, 2020") == [("Jan. 15, 2020", "2020-01-15")]
    assert values("three days ago") == [("three days ago", "2023-10-29")]


def test_may_the_modal_is_not_a_month_and_spans_are_exact():
    assert values("Talks may resume.") == []
    text = "The forum is due in May and August."
    (t,) = find_timexes(text, PUB, future=True)
    assert text[t.start:t.end] == t.text == "in May and August" and t.value == "2024-05"


def test_relative_without_publication_date_is_unresolved_but_years_are_kept():
    assert values("on Monday in 2014", pub=None) == [("on Monday", None), ("2014", "2014")]
