"""Score mention linking: for each gold mention (its text in a sentence, the document's date), the
country and sector of the entity the linker resolves it to.

Two gold sources: the project's file (`COUNTRY|SECTOR|DATE|passage with the [[mention]] marked`,
see eval-data/actors-gold.psv) and PLOVER gold-standard JSON, whose `source`/`target` entries carry
`actorText` with its country `code` (the mention is found as the first occurrence of actorText).
Country "IGO" is right when the mention resolves to an intergovernmental organisation or one of
its officials; "-" is right when no country is given.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.eval.plover import OLD_CODES, TRAILING_COMMA
from eventwire.model import Entity

MARK = re.compile(r"\[\[(.+?)\]\]")


@dataclass
class GoldMention:
    id: str
    text: str
    start: int
    end: int
    published: str | None
    country: str | None      # ISO3, "IGO", or None for none
    sector: str | None       # None: not scored


@dataclass
class Outcome:
    gold: GoldMention
    entity: Entity | None

    @property
    def country(self) -> str | None:
        e = self.entity
        if e is None:
            return None
        if e.igo and not e.country:
            return "IGO"
        return e.country

    @property
    def country_ok(self) -> bool:
        return self.country == self.gold.country

    @property
    def sector_ok(self) -> bool:
        return self.entity is not None and self.entity.sector == self.gold.sector


@dataclass
class ActorReport:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        return sum(o.country_ok for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def sector_scored(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.gold.sector]

    @property
    def sector_accuracy(self) -> float:
        scored = self.sector_scored
        return sum(o.sector_ok for o in scored) / len(scored) if scored else 0.0

    def by_resolution(self) -> list[tuple[str, int, float]]:
        groups: dict[str, list[Outcome]] = {}
        for o in self.outcomes:
            groups.setdefault(o.entity.resolution if o.entity else "not linked", []).append(o)
        return sorted(((k, len(v), sum(o.country_ok for o in v) / len(v)) for k, v in groups.items()),
                      key=lambda r: -r[1])

    def confusions(self, top: int = 12) -> list[tuple[str, str, int]]:
        c = Counter((o.gold.country or "-", o.country or "-") for o in self.outcomes if not o.country_ok)
        return [(g, p, n) for (g, p), n in c.most_common(top)]


def load_gold(path: Path) -> list[GoldMention]:
    try:
        raw = path.read_text("utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read actor gold from {path}: {err}") from err
    gold = _load_psv(raw, path) if path.suffix == ".psv" else _load_plover(raw, path)
    if not gold:
        raise ConfigError(f"{path} holds no gold mentions")
    return gold


def _load_psv(raw: str, path: Path) -> list[GoldMention]:
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        m = MARK.search(parts[3]) if len(parts) == 4 else None
        if m is None:
            raise ConfigError(f"{path}:{n}: expected COUNTRY|SECTOR|DATE|text with one [[mention]]")
        country, sector, published, marked = parts
        text = marked[:m.start()] + m.group(1) + marked[m.end():]
        out.append(GoldMention(f"{path.name}:{n}", text, m.start(), m.start() + len(m.group(1)),
                               published.strip() or None, None if country == "-" else country.strip(),
                               None if sector.strip() == "-" else sector.strip()))
    return out


def _load_plover(raw: str, path: Path) -> list[GoldMention]:
    try:
        records = json.loads(TRAILING_COMMA.sub(r"\1", raw))
    except json.JSONDecodeError as err:
        raise ConfigError(f"cannot read PLOVER gold records from {path}: {err}") from err
    out = []
    for r in records:
        text = r.get("text")
        if not text:
            continue
        for role in ("source", "target"):
            parties = r.get(role)
            for k, party in enumerate(parties if isinstance(parties, list) else []):
                if not isinstance(party, dict):
                    continue
                actor_text, code = party.get("actorText"), party.get("code")
                if not actor_text or not code:
                    continue
                at = text.lower().find(actor_text.lower())
                if at < 0:
                    continue  # the gold's actor text is not in the sentence as written
                out.append(GoldMention(f"{r['id']}:{role}{k}", text, at, at + len(actor_text), r.get("date"),
                                       OLD_CODES.get(code, code), party.get("sector") or None))
    return out


def evaluate_actors(gold: list[GoldMention], link: Callable[[str, str | None], list[Entity]]) -> ActorReport:
    report = ActorReport()
    for g in gold:
        entities = link(g.text, g.published)
        overlapping = [(min(e.end, g.end) - max(e.start, g.start), e) for e in entities
                       if min(e.end, g.end) > max(e.start, g.start)]
        entity = max(overlapping, key=lambda p: (p[0], p[1].kind != "place"))[1] if overlapping else None
        report.outcomes.append(Outcome(g, entity))
    return report
