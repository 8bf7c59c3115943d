"""Precision of event coding on real pages, from a hand-judged random sample.

`eval-data/precision-sample.tsv` holds events eventwire coded on the English pages of
article-extraction-benchmark, drawn at random and judged by hand: R right (category, parties and mode),
P partly (an event of that category is there, but a party or the mode is wrong), W wrong (the sentence
reports no such event). Sample A was drawn and judged before the rules written from reading it;
sample B was drawn afterwards from the events not in A and judged without changing a rule first, so
B is the held-out number. Sample C was drawn later still, from the events the code of that time
coded and no earlier sample held, and judged the same way. Sample D (stop 31) was drawn the same way
from the events no earlier sample held (40 of 73) and judged before any rule was changed; rules were
then written from reading it, as for A, so its "still coded now" line is no longer held out. Sample E
(stop 32) is every event the code of that time coded that no earlier sample held (36), judged before
any rule was changed; rules written from it afterwards make its "still coded now" line not held out.

This script codes the pages again with the current code and prints, per sample, the verdicts, how
many judged events are still coded, and the precision over those; a rule change that drops wrong
events shows as W falling, one that loses right ones as R falling. Events coded now that carry no
verdict are counted, not judged: draw and judge a new sample to measure them.

    .venv/bin/python benchmarks/precision_sample.py ../shared/data/article-extraction-benchmark
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eventwire.model import DocumentResult
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "eval-data" / "precision-sample.tsv"


def evidence_key(text: str) -> str:
    return " ".join(text.split())[:100].replace("\t", " ")


def load_sample(path: Path) -> list[dict[str, str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sample, doc, event_type, trigger, verdict, evidence = line.split("\t")
        rows.append({"sample": sample, "doc": doc, "type": event_type, "trigger": trigger, "verdict": verdict,
                     "evidence": evidence})
    return rows


def coded_events(folder: Path) -> tuple[set[tuple[str, str, str, str]], int]:
    pipeline = Pipeline(Settings())
    files = sorted(str(f) for f in (folder / "html").glob("*.html*"))
    coded = set()
    for result in pipeline.process_paths(files):
        if isinstance(result, DocumentResult) and result.document.language == "en":
            coded |= {(result.document.id, e.event_type, e.evidence.trigger, evidence_key(e.evidence.text))
                      for e in result.events}
    return coded, len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("benchmark", type=Path, help="folder laid out like article-extraction-benchmark")
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    args = parser.parse_args()
    rows = load_sample(args.sample)
    coded, pages = coded_events(args.benchmark)
    judged = {(r["doc"], r["type"], r["trigger"], r["evidence"]) for r in rows}
    print(f"{len(coded)} events coded now on the English pages of {pages} files; "
          f"{len(coded - judged)} of them carry no verdict")
    for sample in sorted({r["sample"] for r in rows}):
        mine = [r for r in rows if r["sample"] == sample]
        drawn = Counter(r["verdict"] for r in mine)
        kept = Counter(r["verdict"] for r in mine if (r["doc"], r["type"], r["trigger"], r["evidence"]) in coded)
        n, k = len(mine), sum(kept.values())
        print(f"sample {sample}: {n} judged: right {drawn['R']} ({drawn['R'] / n:.0%}), partly {drawn['P']}, "
              f"wrong {drawn['W']} ({drawn['W'] / n:.0%}); category right {(drawn['R'] + drawn['P']) / n:.0%}")
        if k:
            print(f"  still coded now: {k}: right {kept['R']} ({kept['R'] / k:.0%}), partly {kept['P']}, "
                  f"wrong {kept['W']} ({kept['W'] / k:.0%}); category right {(kept['R'] + kept['P']) / k:.0%}")


if __name__ == "__main__":
    main()
