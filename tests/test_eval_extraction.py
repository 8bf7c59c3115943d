import gzip
import json
import subprocess
import sys

import pytest

from eventwire.eval.extraction import evaluate_extraction, score_page, shingles


def test_shingles_are_four_word_multisets():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert sum(shingles("x y z w x y z w").values()) == 5
    assert shingles("too short") == {}


def test_page_score_is_normalised():
    gold = "one two three four five six seven eight"
    perfect = score_page(gold, gold)
    assert (perfect.tp, perfect.fp, perfect.fn) == (1.0, 0.0, 0.0)
    half = score_page("one two three four five", gold)  # 2 of 5 gold shingles found, nothing extra
    assert half.fp == 0 and half.tp == pytest.approx(2 / 5) and half.fn == pytest.approx(3 / 5)
    junk = score_page(gold + " buy now limited offer today only", gold)
    assert junk.fn == 0 and junk.fp > 0


def _write_benchmark(folder, pages):
    (folder / "html").mkdir()
    truth = {}
    for pid, (html, body) in pages.items():
        (folder / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[pid] = {"articleBody": body, "url": f"https://example.org/{pid}"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), "utf-8")


def _page(paragraphs, junk):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>t</title></head><body><nav>{junk}</nav><article>{body}</article>"
            f"<footer>{junk}</footer></body></html>")


def test_eval_extraction_scores_both_extractors(tmp_path):
    paras = [f"Paragraph {i} reports that the delegations of Norway and Sweden held talks on fisheries quotas "
             f"in the Barents Sea and promised to continue the dialogue." for i in range(5)]
    _write_benchmark(tmp_path, {"p1": (_page(paras, "Home | Contact | Login"), "\n".join(paras)),
                                "p2": (_page(paras[:3], "Subscribe now"), "\n".join(paras[:3]))})
    ours, plain = evaluate_extraction(tmp_path)
    assert ours.pages == plain.pages == 2
    assert ours.f1 > 0.9 and plain.f1 > 0.9 and ours.recall > 0.9
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "eval", "extraction", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "F1 ratio eventwire/trafilatura" in result.stdout and "pages/s" in result.stdout


def test_eval_extraction_names_a_wrong_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "eval", "extraction", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "ground-truth.json" in result.stderr
