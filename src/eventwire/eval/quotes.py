"""Score quote extraction on a gold set of marked-up articles (the format is described in
eval-data/quotes-gold/README.md): content-span F1, exact and with at least 50 % overlap, speaker
accuracy and cue accuracy, overall and per article style.

Span comparison ignores surrounding white space, quotation marks and closing punctuation, so
'“We will sail,”' and 'We will sail' are the same content. Gold and predicted quotes are paired
one to one, best overlap first; a pair counts for the overlap score when the shared characters
are at least half of each span.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.model import Quote, Speaker

OPEN = re.compile(r"(\[\[|\{\{|\(\()([0-9]+(?:,[0-9]+)*) ")
CLOSE = {"[[": "]]", "{{": "}}", "((": "))"}
TRIM = " \t\n\"“”'‘’.,;:!?"
TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "maj", "col", "colonel", "cdr", "commander", "president",
          "minister", "admiral", "adm", "sir"}
OVERLAP = 0.5


@dataclass
class GoldQuote:
    key: str
    speaker: str | None          # None: the speaker is unnamed and must stay unknown
    country: str | None
    kind: str
    speaker_kind: str            # person or org
    start: int = -1
    end: int = -1
    cue: str | None = None
    cue_start: int | None = None
    mention: tuple[int, int] | None = None


@dataclass
class GoldArticle:
    id: str
    style: str
    published: str | None
    text: str
    quotes: list[GoldQuote]


def parse_article(raw: str, name: str = "<gold>") -> GoldArticle:
    header, _, body = raw.partition("\n\n")
    meta: dict[str, str] = {}
    quotes: dict[str, GoldQuote] = {}
    for line in header.splitlines():
        if not line.startswith("@"):
            raise ConfigError(f"{name}: header line without '@': {line!r}")
        key, _, value = line[1:].partition(" ")
        if key.isdigit():
            parts = [p.strip() for p in value.split("|")]
            if len(parts) != 4:
                raise ConfigError(f"{name}: quote line needs 'speaker | country | kind | person/org': {line!r}")
            speaker, country, kind, skind = parts
            quotes[key] = GoldQuote(key, None if speaker == "-" else speaker, None if country == "-" else country,
                                    kind, skind)
        else:
            meta[key] = value.strip()
    text, spans = _strip_marks(body.strip("\n"), name)
    for (mark, keys), (start, end) in spans:
        for key in keys:
            if key not in quotes:
                raise ConfigError(f"{name}: mark for quote {key} that the header does not declare")
            q = quotes[key]
            if mark == "[[":
                q.start, q.end = start, end
            elif mark == "{{":
                q.cue, q.cue_start = text[start:end], start
            else:
                q.mention = (start, end)
    missing = [k for k, q in quotes.items() if q.start < 0]
    if missing:
        raise ConfigError(f"{name}: quotes {', '.join(missing)} are declared but have no [[content]]")
    return GoldArticle(meta.get("id", name), meta.get("style", "unknown"), meta.get("published"), text,
                       sorted(quotes.values(), key=lambda q: q.start))


def _strip_marks(body: str, name: str) -> tuple[str, list[tuple[tuple[str, list[str]], tuple[int, int]]]]:
    out: list[str] = []
    length = 0
    stack: list[tuple[str, list[str], int]] = []
    spans = []
    i = 0
    while i < len(body):
        m = OPEN.match(body, i)
        if m:
            stack.append((m.group(1), m.group(2).split(","), length))
            i = m.end()
            continue
        if stack and body.startswith(CLOSE[stack[-1][0]], i):
            mark, keys, start = stack.pop()
            spans.append(((mark, keys), (start, length)))
            i += 2
            continue
        out.append(body[i])
        length += 1
        i += 1
    if stack:
        raise ConfigError(f"{name}: unclosed mark {stack[-1][0]} for quote {','.join(stack[-1][1])}")
    return "".join(out), spans


def load_gold(path: Path) -> list[GoldArticle]:
    if not path.exists():
        raise ConfigError(f"no gold articles: {path} does not exist")
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    if not files:
        raise ConfigError(f"no gold articles (*.txt) in {path}")
    articles = []
    for f in files:
        try:
            articles.append(parse_article(f.read_text("utf-8"), f.name))
        except OSError as err:
            raise ConfigError(f"cannot read {f}: {err}") from err
    return articles


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _fold(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [w for w in re.findall(r"[a-z]+", plain) if w not in TITLES]


def speaker_matches(gold: GoldQuote, pred: Speaker | None) -> bool:
    if gold.speaker is None and gold.country is None:
        return pred is None
    if pred is None:
        return False
    if gold.speaker_kind == "org":
        if gold.country:
            return pred.country == gold.country
        g, p = _fold(gold.speaker or ""), _fold(pred.name)
        return bool(g) and (set(g) <= set(p) or set(p) <= set(g) or "".join(w[0] for w in p) == "".join(g))
    g, p = set(_fold(gold.speaker or "")), set(_fold(pred.name))
    return bool(g) and bool(p) and (g <= p or p <= g)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_right: int = 0
    cue_right: int = 0

    def add(self, other: Tally) -> None:
        for f in ("gold", "predicted", "exact", "overlap", "speaker_right", "cue_right"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def f1(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.overlap if self.overlap else 0.0

    @property
    def cue_accuracy(self) -> float:
        return self.cue_right / self.overlap if self.overlap else 0.0


@dataclass
class QuoteReport:
    overall: Tally = field(default_factory=Tally)
    by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[str] = field(default_factory=list)


def score_article(article: GoldArticle, predicted: list[Quote]) -> tuple[Tally, list[str]]:
    text = article.text
    gold_spans = [_trim(text, q.start, q.end) for q in article.quotes]
    pred_spans = [_trim(text, q.start, q.end) for q in predicted]
    pairs = []
    for gi, (gs, ge) in enumerate(gold_spans):
        for pi, (ps, pe) in enumerate(pred_spans):
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0:
                pairs.append((shared / max(ge - gs, pe - ps, 1), gi, pi, shared))
    pairs.sort(reverse=True)
    tally = Tally(gold=len(gold_spans), predicted=len(pred_spans))
    used_g: set[int] = set()
    used_p: set[int] = set()
    errors = []
    for _, gi, pi, shared in pairs:
        if gi in used_g or pi in used_p:
            continue
        (gs, ge), (ps, pe) = gold_spans[gi], pred_spans[pi]
        if shared < OVERLAP * (ge - gs) or shared < OVERLAP * (pe - ps):
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = article.quotes[gi], predicted[pi]
        tally.overlap += 1
        tally.exact += (gs, ge) == (ps, pe)
        if speaker_matches(g, p.speaker):
            tally.speaker_right += 1
        else:
            errors.append(f"{article.id} q{g.key}: speaker {p.speaker.name if p.speaker else None!r}, "
                          f"gold {g.speaker or g.country!r}: {text[gs:ge][:70]!r}")
        tally.cue_right += (g.cue or "").lower() == (p.cue or "").lower()
        if (gs, ge) != (ps, pe):
            errors.append(f"{article.id} q{g.key}: span differs: predicted {text[ps:pe][:60]!r} … {text[max(ps, pe - 25):pe]!r}")
    for gi, g in enumerate(article.quotes):
        if gi not in used_g:
            gs, ge = gold_spans[gi]
            errors.append(f"{article.id} q{g.key}: missed ({g.kind}): {text[gs:ge][:80]!r}")
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            ps, pe = pred_spans[pi]
            errors.append(f"{article.id}: spurious {p.kind} quote: {text[ps:pe][:80]!r}")
    return tally, errors


def evaluate_quotes(articles: Iterable[GoldArticle],
                    extract: Callable[[str, str, str | None], list[Quote]]) -> QuoteReport:
    report = QuoteReport()
    for article in articles:
        tally, errors = score_article(article, extract(article.id, article.text, article.published))
        report.overall.add(tally)
        report.by_style[article.style].add(tally)
        report.errors.extend(errors)
    return report
