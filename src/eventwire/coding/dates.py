"""Time expressions -> TIMEX3-style values, resolved against the publication date with news
conventions: a bare weekday or month in past-tense reporting is the most recent one on or before
publication; in future-tense reporting the next one on or after it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MFULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_W = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10}
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_M})(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("my", re.compile(rf"\b(?P<mon>{_M})\s+(?P<y>\d{{4}})\b")),
    ("months", re.compile(rf"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Mm]id-?)\s+)(?P<mon>{_MFULL})(?P<more>(?:(?:,\s*|\s+and\s+|\s+or\s+){_MFULL})*)\b")),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|next|this|on|On|Last|Next|This)\s+)?(?P<wd>{_W})(?:'s|’s)?\b")),
    ("relday", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|earlier (?:in the day|today|on \w+day)|later (?:in the day|today))\b", re.IGNORECASE)),
    ("relunit", re.compile(r"\b(?P<rel>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("ago", re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("year", re.compile(r"(?<![\d$£€.,])\b(?P<y>(?:19|20)\d{2})\b(?![\d%])")),
]


@dataclass(frozen=True)
class Timex:
    text: str
    start: int
    end: int
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY, or None when it cannot be resolved

    @property
    def precision(self) -> str | None:
        if self.value is None:
            return None
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


def find_timexes(text: str, published: date | None, future: bool = False, offset: int = 0) -> list[Timex]:
    """All time expressions in `text`, longest first where they overlap; spans shifted by `offset`."""
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _resolve(kind, m, published, future)
            if kind == "year" and value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(Timex(m.group(0), offset + m.start(), offset + m.end(), value))
    return sorted(found, key=lambda t: t.start)


def _month_num(name: str) -> int:
    return MONTH_ABBR[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _resolve(kind: str, m: re.Match[str], pub: date | None, future: bool) -> str | None:
    g = m.groupdict()
    if kind == "iso":
        return f"{g['y']}-{g['m']}-{g['d']}"
    if kind in ("mdy", "dmy"):
        month, day = _month_num(g["mon"]), int(g["d"])
        if not 1 <= day <= 31:
            return None
        year = int(g["y"]) if g.get("y") else _year_for_month(month, pub, future, day)
        return f"{year:04d}-{month:02d}-{day:02d}" if year else None
    if kind == "my":
        return f"{int(g['y']):04d}-{_month_num(g['mon']):02d}"
    if kind == "year":
        return g["y"]
    if pub is None:
        return None
    if kind == "months":
        month = _month_num(g["mon"])
        prefix = m.group(0).split()[0].lower()
        fut = future or prefix == "next"
        year = _year_for_month(month, pub, fut and prefix != "last", None)
        return f"{year:04d}-{month:02d}"
    if kind == "weekday":
        target = WEEKDAYS.index(g["wd"].lower())
        rel = (g.get("rel") or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (target - pub.weekday()) % 7
            delta = delta or (7 if rel == "next" else 0)
            return (pub + timedelta(days=delta)).isoformat()
        delta = (pub.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat()
    if kind == "relday":
        rel = g["rel"].lower()
        shift = -1 if rel == "yesterday" else 1 if rel == "tomorrow" else 0
        return (pub + timedelta(days=shift)).isoformat()
    if kind == "relunit":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        step = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
        if unit == "year":
            return f"{pub.year + step:04d}"
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}"
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday.isoformat()[:7]  # a week is reported at month precision
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUM[g["n"].lower()]
        unit = g["unit"].lower()
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            return (pub - timedelta(weeks=n)).isoformat()
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{pub.year - n:04d}"
    return None


def _year_for_month(month: int, pub: date | None, future: bool, day: int | None) -> int | None:
    if pub is None:
        return None
    here = (month, day or 1)
    now = (pub.month, pub.day if day else 1)
    if future:
        return pub.year if here >= now else pub.year + 1
    return pub.year if here <= now else pub.year - 1
