"""Main-text extraction scored the way the article-extraction benchmark scores it.

Each text becomes a multiset of 4-word shingles (`\\w+` tokens, case kept). Per page the
true/false positive and false negative counts are normalised to sum to one, so a long page
weighs no more than a short one; precision and recall are averaged over pages and F1 is taken
from the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import ConfigError, InputError

WORD = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = WORD.findall(text or "")
    return Counter(tuple(words[i:i + size]) for i in range(max(0, len(words) - size + 1)))


@dataclass
class PageScore:
    tp: float
    fp: float
    fn: float


def score_page(predicted: str, gold: str) -> PageScore:
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:  # both empty: nothing to find and nothing found is a perfect page
        return PageScore(1.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass
class ExtractorReport:
    name: str
    precision: float
    recall: float
    f1: float
    pages: int
    seconds: float
    failures: int

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else float("inf")


def _average(scores: list[PageScore]) -> tuple[float, float, float]:
    precisions = [s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0 for s in scores]
    recalls = [s.tp / (s.tp + s.fn) if s.tp + s.fn else 0.0 for s in scores]
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_benchmark(folder: Path) -> list[tuple[str, str, str]]:
    """(page id, html, gold body) for every page of a folder laid out like the benchmark."""
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise ConfigError(f"{folder} has no ground-truth.json; expected the article-extraction-benchmark layout")
    truth = json.loads(truth_path.read_text("utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            path = folder / "html" / f"{page_id}.html"
        if not path.is_file():
            continue
        raw = path.read_bytes()
        html = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", errors="replace")
        pages.append((page_id, html, truth[page_id].get("articleBody") or ""))
    if not pages:
        raise ConfigError(f"{folder}/html holds none of the pages named in ground-truth.json")
    return pages


def run_extractor(name: str, extract: Callable[[str], str], pages: list[tuple[str, str, str]]) -> ExtractorReport:
    scores, failures = [], 0
    start = time.perf_counter()
    outputs = []
    for _, html, _gold in pages:
        try:
            outputs.append(extract(html) or "")
        except InputError:
            failures += 1
            outputs.append("")
    seconds = time.perf_counter() - start
    for (_, _, gold), text in zip(pages, outputs):
        scores.append(score_page(text, gold))
    p, r, f1 = _average(scores)
    return ExtractorReport(name, p, r, f1, len(pages), seconds, failures)


def eventwire_extract(html: str) -> str:
    """What eventwire keeps of a page: trafilatura with metadata, then the furniture cleaner."""
    from eventwire.extract.clean import clean_text
    from eventwire.extract.html import extract_page

    return clean_text(extract_page("benchmark page", html).text).text


def trafilatura_extract(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def evaluate_extraction(folder: Path, limit: int | None = None) -> list[ExtractorReport]:
    pages = load_benchmark(folder)[:limit]
    # Each extractor runs once untimed first so that lazy imports and caches do not count.
    for extract in (eventwire_extract, trafilatura_extract):
        try:
            extract(pages[0][1])
        except InputError:
            pass
    return [run_extractor("eventwire", eventwire_extract, pages),
            run_extractor("trafilatura (plain)", trafilatura_extract, pages)]
