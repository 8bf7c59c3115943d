"""Charts drawn on the server as inline SVG, so every page reads without JavaScript.
Colours follow the quad classes; each mark carries a <title> the browser shows on hover."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

QUAD_OF = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation", "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation", "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation", "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict", "THREATEN": "verbal_conflict", "PROTEST": "verbal_conflict",
    "SANCTION": "material_conflict", "MOBILIZE": "material_conflict", "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
TYPE_COLOURS = {
    "AGREE": "#1b7837", "CONSULT": "#5aae61", "SUPPORT": "#a6dba0", "CONCEDE": "#d9f0d3",
    "COOPERATE": "#2166ac", "AID": "#67a9cf", "RETREAT": "#d1e5f0",
    "REQUEST": "#fddbc7", "ACCUSE": "#f4a582", "REJECT": "#d6604d", "THREATEN": "#b2182b", "PROTEST": "#e08214",
    "SANCTION": "#8073ac", "MOBILIZE": "#542788", "COERCE": "#7f3b08", "ASSAULT": "#40004b",
}


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
                  f'xmlns="http://www.w3.org/2000/svg">{"".join(body)}</svg>')


def _empty(label: str) -> Markup:
    return Markup(f'<p class="empty">{escape(label)}: no dated events for this filter.</p>')


def bars(series: list[dict[str, Any]], label: str = "events per period") -> Markup:
    """Stacked bars of event counts per period, one colour per PLOVER category."""
    if not series or not any(r["events"] for r in series):
        return _empty(label)
    w, h, left, bottom = 760, 220, 36, 28
    top = max(r["events"] for r in series)
    step = (w - left - 8) / len(series)
    body = [f'<line x1="{left}" y1="{h - bottom}" x2="{w}" y2="{h - bottom}" class="axis"/>',
            f'<text x="2" y="14" class="tick">{top}</text>']
    for i, row in enumerate(series):
        x, y = left + i * step, h - bottom
        for etype, n in sorted(row["by_type"].items(), key=lambda kv: list(TYPE_COLOURS).index(kv[0]) if kv[0] in TYPE_COLOURS else 99):
            bh = n / top * (h - bottom - 10)
            y -= bh
            body.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{bh:.1f}" '
                        f'fill="{TYPE_COLOURS.get(etype, "#999")}"><title>{escape(row["period"])} {etype}: {n}</title></rect>')
        if i % max(1, len(series) // 10) == 0:
            body.append(f'<text x="{x + step / 2:.1f}" y="{h - 10}" class="tick" text-anchor="middle">{escape(row["period"])}</text>')
    return _svg(w, h, body, label)


def score_line(series: list[dict[str, Any]], label: str = "mean PLOVER score") -> Markup:
    """Cooperation-conflict line: the mean PLOVER score per period on a -10..+10 axis. Periods
    without events keep their place on the time axis but get no point."""
    if not any(r.get("mean_score") is not None for r in series):
        return _empty(label)
    w, h, left = 760, 200, 36
    def y(v: float) -> float:
        return 10 + (10 - v) / 20 * (h - 30)
    step = (w - left - 10) / max(len(series) - 1, 1)
    body = [f'<line x1="{left}" y1="{y(0):.1f}" x2="{w}" y2="{y(0):.1f}" class="axis zero"/>',
            f'<text x="2" y="{y(10) + 4:.1f}" class="tick">+10</text>', f'<text x="10" y="{y(0) + 4:.1f}" class="tick">0</text>',
            f'<text x="2" y="{y(-10) + 4:.1f}" class="tick">−10</text>']
    xs = [left + i * step if len(series) > 1 else left + (w - left) / 2 for i in range(len(series))]
    points = [(x, y(r["mean_score"]), r) for x, r in zip(xs, series) if r.get("mean_score") is not None]
    if len(points) > 1:
        body.append('<polyline class="score" fill="none" points="' + " ".join(f"{a:.1f},{b:.1f}" for a, b, _ in points) + '"/>')
    for a, b, r in points:
        cls = "coop" if r["mean_score"] >= 0 else "conflict"
        body.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="4" class="{cls}"><title>{escape(r["period"])}: '
                    f'{r["mean_score"]:+.2f} over {r["events"]} events</title></circle>')
    every = max(1, len(series) // 10)
    for i, (x, r) in enumerate(zip(xs, series)):
        if i % every == 0:
            body.append(f'<text x="{x:.1f}" y="{h - 4}" class="tick" text-anchor="middle">{escape(r["period"])}</text>')
    return _svg(w, h, body, label)


@lru_cache(maxsize=1)
def world_shapes() -> dict[str, Any]:
    return json.loads(resources.files("eventwire.web").joinpath("static/world.json").read_text("utf-8"))


def world_map(activity: dict[str, int], link: str = "/actors/{code}") -> Markup:
    """Countries shaded by how many events they take part in (log-ish steps so one busy pair
    does not wash out the rest)."""
    world = world_shapes()
    top = max(activity.values(), default=0)
    body = []
    for code, shape in sorted(world["countries"].items()):
        n = activity.get(code, 0)
        level = 0 if not n else 1 + min(4, int(4 * (n / top) ** 0.5)) if top else 0
        path = f'<path d="{shape["d"]}" class="land l{level}" data-code="{code}"><title>{escape(shape["name"])} ({code}): {n} events</title></path>'
        body.append(f'<a href="{escape(link.format(code=code))}">{path}</a>' if n else path)
    return _svg(world["width"], world["height"], body, "world map of event activity")


def network(edges: list[dict[str, Any]]) -> Markup:
    """Countries on a circle, arrows from actor to recipient; width by count, colour by mean score."""
    import math

    if not edges:
        return _empty("country interaction network")
    nodes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    size, radius = 520, 200
    pos = {c: (size / 2 + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               size / 2 + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, c in enumerate(nodes)}
    top = max(e["events"] for e in edges)
    body = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="16" refY="5" markerWidth="6" markerHeight="6" '
            'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        score = e.get("mean_score") or 0
        cls = "coop" if score >= 0 else "conflict"
        body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="edge {cls}" '
                    f'stroke-width="{1 + 5 * e["events"] / top:.1f}" marker-end="url(#arrow)">'
                    f'<title>{e["source"]} → {e["target"]}: {e["events"]} events, mean score {score:+.2f}</title></line>')
    for c, (x, y) in pos.items():
        body.append(f'<a href="/actors/{c}"><circle cx="{x:.1f}" cy="{y:.1f}" r="14" class="node"/>'
                    f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" class="node-label">{c}</text></a>')
    return _svg(size, size, body, "country interaction network")
