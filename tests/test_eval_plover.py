from pathlib import Path

from eventwire.eval.plover import evaluate_plover, load_gold, same_parties

DEV_SET = Path(__file__).resolve().parent.parent / "eval-data" / "plover-dev.psv"


def test_gsr_style_json_with_trailing_commas_and_old_names(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text("""[
{"id": "DOC", "event": "DOCUMENT", "eventText": "notes",},
{"id": "X-1", "event": "DEMAND", "text": "Chile demanded that Peru return the fishing boats.",
 "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"},],},
{"id": "X-2", "event": "FIGHT", "text": "Malian troops clashed with rebels.", "source": [{"code": "MLI"}], "target": "",},
]""", "utf-8")
    gold = load_gold(path)
    assert [g.event_type for g in gold] == ["REQUEST", "ASSAULT"]
    assert gold[0].actor == {"CHL"} and gold[0].recipient == {"PER"} and gold[1].recipient == frozenset()


def test_a_published_line_dates_the_psv_sentences_after_it(tmp_path):
    path = tmp_path / "dev.psv"
    path.write_text("ACCUSE|IRQ|USA|Iraq accused the United States of spying.\n# published: 1998-12-17\n"
                    "ASSAULT|USA|IRQ|American jets struck Baghdad.\n# a comment\nNONE|||Rain fell.\n", "utf-8")
    assert [g.date for g in load_gold(path)] == ["2024-06-05", "1998-12-17", "1998-12-17"]


def test_igo_in_gold_matches_any_organisation():
    assert same_parties(frozenset({"UN"}), frozenset({"IGO"}))
    assert same_parties(frozenset({"NATO", "USA"}), frozenset({"IGO", "USA"}))
    assert not same_parties(frozenset({"USA"}), frozenset({"IGO"}))


def test_the_projects_own_development_set_stays_coded(pipeline):
    """A regression gate on the project's own sentences (at least 30 per category, and sentences
    that report no event): the coder must keep what it can do. Not a claim about unseen text; the
    closing notes report the OEDA gold too."""
    gold = load_gold(DEV_SET)
    assert len(gold) >= 590
    report = evaluate_plover(gold, pipeline.code_passage)
    assert report.rate("category_ok") >= 0.92
    assert report.rate("actor_ok") >= 0.88
    assert report.rate("full_ok") >= 0.70
    for cat, count, recall, precision, _ in report.per_category():
        if cat == "NONE":  # recall here = share of no-event sentences left without an event
            assert count >= 20 and recall >= 0.85, recall
        else:
            assert count >= 30 and recall >= 0.7, (cat, recall)
