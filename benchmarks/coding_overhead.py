"""What eventwire's NLP stages cost on top of plain spaCy, on the same texts in one process.

Texts: the English pages of a folder laid out like article-extraction-benchmark (extracted
once with eventwire's extractor, outside the timing), or the bundled examples.

Prints, against plain `spacy.load(model).pipe(texts)`:
  - linking:  eventwire's pipeline (KB entity ruler, paragraph breaks) + mention linking
  - coding:   the above + PLOVER event coding + quotes (everything `process` does after extraction)

    .venv/bin/python benchmarks/coding_overhead.py [../shared/data/article-extraction-benchmark] [--limit 120]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from eventwire.coding.actors import link_mentions
from eventwire.coding.events import code_events
from eventwire.coding.quotes import extract_quotes
from eventwire.kb import load_kb
from eventwire.nlp import get_nlp
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def load_texts(folder: Path | None, limit: int) -> list[str]:
    from eventwire.extract.language import detect_language

    if folder is None:
        from eventwire.pipeline import Pipeline

        return [r.document.text for r in Pipeline(Settings()).process_paths([str(ROOT / "examples")])
                if not isinstance(r, Exception)]
    from eventwire.eval.extraction import eventwire_extract, load_benchmark

    texts = []
    for _, html, _ in load_benchmark(folder):
        try:
            text = eventwire_extract(html)
        except Exception:  # an unextractable page is simply not part of the corpus
            continue
        if detect_language(text)[0] == "en":
            texts.append(text)
        if len(texts) >= limit:
            break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts(args.folder, args.limit)
    settings = Settings()
    plain = spacy.load(settings.spacy_model)
    ours = get_nlp(settings.spacy_model, ())
    kb = load_kb(())
    published = "2024-01-15"

    def reference() -> None:
        for _ in plain.pipe(texts):
            pass

    def linking() -> None:
        for doc in ours.pipe(texts):
            link_mentions(doc, kb, published)

    def coding() -> None:
        for i, doc in enumerate(ours.pipe(texts)):
            mentions = link_mentions(doc, kb, published)
            code_events(doc, mentions, published, str(i))
            extract_quotes(doc, mentions, str(i))

    reference(), linking(), coding()  # warm caches and lazy loads outside the timing
    best: dict[str, float] = {}
    for _ in range(args.rounds):  # interleaved rounds, best of each: a busy neighbour hurts all alike
        for name, fn in (("plain spaCy", reference), ("linking", linking), ("coding", coding)):
            start = time.perf_counter()
            fn()
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    chars = sum(map(len, texts))
    base = best["plain spaCy"]
    print(f"{len(texts)} texts, {chars:,} characters; best of {args.rounds} rounds")
    for name, secs in best.items():
        print(f"{name:12} {secs:7.2f} s  {len(texts) / secs:6.1f} docs/s  ratio to plain spaCy {secs / base:.3f}")
    print(f"linking adds {best['linking'] / base - 1:+.1%}; coding (linking + events + quotes) adds "
          f"{best['coding'] / base - 1:+.1%} to plain spaCy")


if __name__ == "__main__":
    main()
