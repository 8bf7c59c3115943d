"""`eventwire eval actors`: the gold readers, the scorer on mentions the tests write, and a
regression gate on the project's own 232-mention gold set."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.eval.actors import evaluate_actors, load_gold

GOLD_SET = Path(__file__).resolve().parent.parent / "eval-data" / "actors-gold.psv"

PSV = """# comment
RUS|GOV|2022-03-01|[[The Kremlin]] said it would respond.
IGO|-|2022-03-01|[[The African Union]] suspended the country's membership.
PER|GOV|2024-02-19|[[Peru's prime minister, Carlos Mendoza]], resigned on Friday.
"""


def test_psv_marks_give_spans(tmp_path):
    f = tmp_path / "g.psv"
    f.write_text(PSV, encoding="utf-8")
    gold = load_gold(f)
    assert [g.text[g.start:g.end] for g in gold] == ["The Kremlin", "The African Union",
                                                     "Peru's prime minister, Carlos Mendoza"]
    assert gold[1].country == "IGO" and gold[1].sector is None


def test_plover_json_actor_texts(tmp_path):
    f = tmp_path / "g.json"
    records = [{"id": "X-1", "date": "2001-01-01", "text": "Japanese officials met the Thai envoy.",
                "source": [{"actorText": "Japanese", "code": "JAP", "sector": "GOV"}],
                "target": [{"actorText": "Thai", "code": "THA"}, {"actorText": "absent", "code": "USA"}]},
               {"id": "X-2", "text": "", "source": ""}]
    f.write_text(json.dumps(records)[:-1] + ",]", encoding="utf-8")  # trailing comma, as in the OEDA file
    gold = load_gold(f)
    assert [(g.text[g.start:g.end], g.country) for g in gold] == [("Japanese", "JPN"), ("Thai", "THA")]


def test_bad_gold_line_is_a_clear_error(tmp_path):
    f = tmp_path / "g.psv"
    f.write_text("RUS|GOV|2022-03-01|no marks here\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="g.psv:1"):
        load_gold(f)


def test_scoring_on_written_mentions(pipeline, tmp_path):
    f = tmp_path / "g.psv"
    f.write_text(PSV, encoding="utf-8")
    report = evaluate_actors(load_gold(f), pipeline.entities_of)
    assert [o.country_ok for o in report.outcomes] == [True, True, True]
    assert report.country_accuracy == 1.0


def test_cli_eval_actors(tmp_path):
    f = tmp_path / "g.psv"
    f.write_text(PSV, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "eval", "actors", str(f)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "3 gold mentions: country 100.0%" in result.stdout


def test_the_projects_gold_set_stays_linked(pipeline):
    gold = load_gold(GOLD_SET)
    assert len(gold) >= 200
    report = evaluate_actors(gold, pipeline.entities_of)
    assert report.country_accuracy >= 0.95
