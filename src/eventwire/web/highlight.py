"""Render document text with spans marked, escaping everything: article text may hold `<script>`."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str      # css class: evidence, trigger, actor, recipient, date, quote, location
    label: str = ""


def highlight(text: str, marks: list[Mark]) -> Markup:
    """Spans may nest or overlap; each run of characters gets every kind that covers it."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    html = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in valid if m.start <= a and b <= m.end]
        chunk = escape(text[a:b])
        if covering:
            kinds = " ".join(sorted({m.kind for m in covering}))
            titles = "; ".join(dict.fromkeys(m.label for m in covering if m.label))
            chunk = Markup('<mark class="{}" title="{}">{}</mark>').format(kinds, titles, chunk)
        html.append(chunk)
    return Markup("").join(html)


def event_marks(event: dict) -> list[Mark]:
    ev = event["evidence"]
    marks = [Mark(ev["start"], ev["end"], "evidence", "evidence sentence"),
             Mark(ev["trigger_start"], ev["trigger_end"], "trigger", f"trigger: {event['event_type']}")]
    for role in ("actor", "recipient"):
        for p in event.get(role) or []:
            marks.append(Mark(p["start"], p["end"], role, f"{role}: {p['name']} ({p.get('country') or p.get('igo') or '?'})"))
    if event.get("date_start") is not None and event.get("date_end") is not None:
        marks.append(Mark(event["date_start"], event["date_end"], "date", f"date: {event.get('date')}"))
    loc = event.get("location") or {}
    if loc.get("start") is not None and loc.get("end") is not None:
        marks.append(Mark(loc["start"], loc["end"], "location", f"location: {loc.get('name')}"))
    return marks
