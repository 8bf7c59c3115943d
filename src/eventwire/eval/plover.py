"""Score event coding on PLOVER gold-standard records (the OEDA GSR JSON or any file like it).

The GSR file is read leniently (it has trailing commas) and its older category names are
mapped to the current manual's: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT. Gold codes that predate ISO 3166 (JAP, ITL, VTN) are mapped to ISO.

For each gold sentence the coder's events are compared with the gold event: the event of the
gold category with the best party match if there is one, else the coder's most confident event
("NONE" when it coded nothing). Party match compares sets of codes, where any IGO counts as "IGO"
(the GSR does not say which one).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.model import Event, Party

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
TRAILING_COMMA = re.compile(r",(\s*[}\]])")


@dataclass
class GoldEvent:
    id: str
    text: str
    event_type: str
    actor: frozenset[str]
    recipient: frozenset[str]
    date: str | None = None


def load_gold(path: Path) -> list[GoldEvent]:
    if path.suffix == ".psv":
        return load_psv(path)
    try:
        records = json.loads(TRAILING_COMMA.sub(r"\1", path.read_text("utf-8")))
    except (OSError, json.JSONDecodeError) as err:
        raise ConfigError(f"cannot read PLOVER gold records from {path}: {err}") from err
    gold = []
    for r in records:
        event = OLD_NAMES.get(r.get("event", ""), r.get("event", ""))
        if not r.get("text") or event == "DOCUMENT":
            continue
        gold.append(GoldEvent(r["id"], r["text"], event, _codes(r.get("source")), _codes(r.get("target")),
                              r.get("date")))
    if not gold:
        raise ConfigError(f"{path} holds no gold records with text")
    return gold


PUBLISHED_LINE = re.compile(r"#\s*published:\s*(\d{4}-\d{2}-\d{2})\s*$")


def load_psv(path: Path) -> list[GoldEvent]:
    """The project's own compact form: CATEGORY | actors | recipients | sentence. A line
    `# published: YYYY-MM-DD` sets the publication date of the sentences after it (a wire archive
    of the 1990s names the office-holders of its day); the default is 2024-06-05."""
    gold = []
    published = "2024-06-05"
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if (m := PUBLISHED_LINE.match(line.strip())) is not None:
            published = m.group(1)
            continue
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ConfigError(f"{path}:{n}: expected CATEGORY|actors|recipients|sentence")
        cat, actors, recipients, text = (p.strip() for p in parts)
        gold.append(GoldEvent(f"{path.stem}-{n}", text, OLD_NAMES.get(cat, cat),
                              frozenset(c for c in actors.split(",") if c), frozenset(c for c in recipients.split(",") if c),
                              published))
    return gold


def _codes(parties: object) -> frozenset[str]:
    if not isinstance(parties, list):
        return frozenset()
    return frozenset(OLD_CODES.get(p.get("code", ""), p.get("code", "")) for p in parties if p.get("code"))


def party_codes(parties: Iterable[Party]) -> frozenset[str]:
    """Country codes, and IGO codes (UN, EU, ...) for parties that are organisations."""
    return frozenset(p.country or p.igo or "" for p in parties) - {""}


def same_parties(predicted: frozenset[str], gold: frozenset[str]) -> bool:
    """Gold may say just "IGO" (the OEDA records do): then any organisation code matches it."""
    if "IGO" in gold:
        predicted = frozenset("IGO" if len(c) != 3 or c in IGO_THREE_LETTER else c for c in predicted)
    return predicted == gold


IGO_THREE_LETTER = {"WHO", "WFP", "IMF", "ICC", "ICJ", "WTO", "OAS", "OIC", "CIS", "SCO", "COE", "GCC", "ILO", "FAO", "ADB", "NAM"}


@dataclass
class Outcome:
    gold: GoldEvent
    predicted: str              # category or NONE
    actor: frozenset[str] = frozenset()
    recipient: frozenset[str] = frozenset()

    @property
    def category_ok(self) -> bool:
        return self.predicted == self.gold.event_type

    @property
    def actor_ok(self) -> bool:
        return same_parties(self.actor, self.gold.actor)

    @property
    def recipient_ok(self) -> bool:
        return same_parties(self.recipient, self.gold.recipient)

    @property
    def full_ok(self) -> bool:
        return self.category_ok and self.actor_ok and self.recipient_ok


def choose(gold: GoldEvent, events: list[Event]) -> Outcome:
    if not events:
        return Outcome(gold, "NONE")
    same = [e for e in events if e.event_type == gold.event_type]
    if same:
        def fit(e: Event) -> tuple[int, float]:
            return (same_parties(party_codes(e.actor), gold.actor) + same_parties(party_codes(e.recipient), gold.recipient),
                    e.confidence)
        best = max(same, key=fit)
    else:
        best = max(events, key=lambda e: e.confidence)
    return Outcome(gold, best.event_type, party_codes(best.actor), party_codes(best.recipient))


@dataclass
class PloverReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def rate(self, attr: str) -> float:
        return sum(getattr(o, attr) for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    def per_category(self) -> list[tuple[str, int, float, float, float]]:
        """(category, gold count, recall, precision, full match)."""
        rows = []
        cats = sorted({o.gold.event_type for o in self.outcomes})
        for cat in cats:
            gold = [o for o in self.outcomes if o.gold.event_type == cat]
            predicted = [o for o in self.outcomes if o.predicted == cat]
            hit = sum(o.category_ok for o in gold)
            rows.append((cat, len(gold), hit / len(gold), hit / len(predicted) if predicted else 0.0,
                         sum(o.full_ok for o in gold) / len(gold)))
        return rows

    def confusions(self, top: int = 15) -> list[tuple[str, str, int]]:
        pairs = Counter((o.gold.event_type, o.predicted) for o in self.outcomes if not o.category_ok)
        return [(g, p, n) for (g, p), n in pairs.most_common(top)]


def evaluate_plover(gold: list[GoldEvent], code: Callable[[str, str, str | None], list[Event]]) -> PloverReport:
    report = PloverReport()
    for g in gold:
        report.outcomes.append(choose(g, code(g.id, g.text, g.date)))
    return report
