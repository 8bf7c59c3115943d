"""The offline knowledge base: countries, IGOs, institutions, office-holders, role nouns.

All of it is data files in `kb/data/` (each entry says where it came from); this module only
loads and indexes them. User files (`--kb extra.yaml`) add people, IGOs or institutions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from eventwire.errors import ConfigError


@dataclass(frozen=True)
class Hit:
    """What a surface string means in the KB."""

    kind: str  # country | capital | demonym | igo | institution | person | place
    name: str
    kb_id: str
    country: str | None = None
    igo: str | None = None
    sector: str | None = None


@dataclass
class Person:
    id: str
    name: str
    country: str | None
    igo: str | None
    roles: list[dict]
    aliases: list[str] = field(default_factory=list)

    def role_on(self, when: date | None) -> dict | None:
        """The role held on `when`; with no date, the most recent one."""
        if not self.roles:
            return None
        if when is None:
            return self.roles[-1]
        for role in reversed(self.roles):
            start, end = role.get("from"), role.get("to")
            if (start is None or start <= when) and (end is None or when <= end):
                return role
        return None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class Country:
    iso3: str
    name: str
    capital: str | None
    lat: float | None
    lon: float | None


class KnowledgeBase:
    def __init__(self) -> None:
        self.surfaces: dict[str, Hit] = {}
        self.countries: dict[str, Country] = {}
        self.people: dict[str, Person] = {}
        self.people_by_surname: dict[str, list[Person]] = {}
        self.igo_members: dict[str, list[str]] = {}
        self.roles: dict[str, str] = {}  # lower-case role noun -> sector
        self.ruler_patterns: list[dict] = []
        self.places: dict[str, dict] = {}  # seas, straits, regions

    # -- lookups -------------------------------------------------------------------------
    def lookup(self, surface: str) -> Hit | None:
        text = " ".join(surface.replace("’", "'").split())
        hit = self.surfaces.get(text)
        if hit is None and text.lower().startswith("the "):
            hit = self.surfaces.get(text[4:])
        if hit is None and text.endswith("'s"):
            hit = self.lookup(text[:-2])
        if hit is None and text.isupper() and len(text) > 3:  # datelines and headlines in capitals
            hit = self.surfaces.get(text.title())
        return hit

    def sector_of(self, words: str) -> tuple[str | None, str | None]:
        """Sector and the role phrase that implies it. A specific sector (MIL in "vice chairman of
        the Central Military Commission") beats the generic GOV and CVL; then the longer phrase wins."""
        tokens = " ".join(words.lower().replace("-", " ").replace("'s", "").split()).split()
        found: list[tuple[int, int, str, str]] = []
        for size in (4, 3, 2, 1):
            for i in range(len(tokens) - size + 1):
                phrase = " ".join(tokens[i:i + size])
                if phrase in self.roles:
                    sector = self.roles[phrase]
                    found.append((int(sector not in ("GOV", "CVL")), size, sector, phrase))
        if not found:
            return None, None
        _, _, sector, phrase = max(found)
        return sector, phrase

    # -- loading -------------------------------------------------------------------------
    def _add(self, surface: str, hit: Hit, label: str) -> None:
        surface = surface.replace("’", "'")
        if surface not in self.surfaces or _priority(hit.kind) < _priority(self.surfaces[surface].kind):
            self.surfaces[surface] = hit
        self.ruler_patterns.append({"label": label, "pattern": surface, "id": hit.kb_id})
        if "'" in surface:
            self.ruler_patterns.append({"label": label, "pattern": surface.replace("'", "’"), "id": hit.kb_id})

    def load_countries(self, lines: list[str]) -> None:
        for line in lines:
            if not line.strip():
                continue
            c = json.loads(line)
            iso3 = c["iso3"]
            self.countries[iso3] = Country(iso3, c["name"], c.get("capital"), c.get("capital_lat"), c.get("capital_lon"))
            hit = Hit("country", c["name"], f"country:{iso3}", country=iso3, sector="GOV")
            for name in [c["name"], *c.get("aliases", [])]:
                self._add(name, hit, "GPE")
            for dem in c.get("demonyms", []):
                self._add(dem, Hit("demonym", c["name"], f"country:{iso3}", country=iso3), "NORP")
            if c.get("capital"):
                self._add(c["capital"], Hit("capital", c["capital"], f"country:{iso3}", country=iso3, sector="GOV"), "GPE")

    def load_igos(self, entries: list[dict]) -> None:
        for e in entries:
            hit = Hit("igo", e["name"], f"igo:{e['id']}", igo=e["id"], sector=e.get("sector"))
            self.igo_members[e["id"]] = list(e.get("members", []))
            for name in [e["name"], *e.get("aliases", [])]:
                self._add(name, hit, "ORG")

    def load_institutions(self, entries: list[dict]) -> None:
        for e in entries:
            kb_id = "inst:" + e["name"].lower().removeprefix("the ").replace(" ", "-")
            hit = Hit("institution", e["name"].removeprefix("the "), kb_id, country=e.get("country"), sector=e.get("sector"))
            for name in [e["name"], *e.get("aliases", [])]:
                self._add(name.removeprefix("the "), hit, "ORG")

    def load_people(self, entries: list[dict]) -> None:
        for e in entries:
            try:
                person = Person(e["id"], e["name"], e.get("country"), e.get("igo"), list(e.get("roles", [])), list(e.get("aliases", [])))
            except KeyError as err:
                raise ConfigError(f"person entry without {err}: {e}") from err
            self.people[person.id] = person
            hit = Hit("person", person.name, f"person:{person.id}", country=person.country, igo=person.igo)
            for name in [person.name, *person.aliases]:
                self._add(name, hit, "PERSON")
            self.people_by_surname.setdefault(person.surname, []).append(person)

    def load_places(self, entries: list[dict]) -> None:
        for e in entries:
            kb_id = "place:" + e["name"].lower().replace(" ", "-")
            for name in [e["name"], *e.get("aliases", [])]:
                self.places[name.removeprefix("the ")] = e
                self._add(name, Hit("place", e["name"], kb_id, country=e.get("country")), "LOC")

    def load_roles(self, table: dict[str, list[str]]) -> None:
        for sector, nouns in table.items():
            for noun in nouns:
                self.roles.setdefault(" ".join(noun.lower().replace("-", " ").split()), sector)


def _priority(kind: str) -> int:
    return ["person", "country", "igo", "institution", "capital", "place", "demonym"].index(kind)


def _data(name: str) -> str:
    return resources.files("eventwire.kb").joinpath(f"data/{name}").read_text("utf-8")


@lru_cache(maxsize=8)
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_people(yaml.safe_load(_data("people.yaml")))
    kb.load_people(yaml.safe_load(_data("officeholders-g20.yaml")))
    kb.load_people(yaml.safe_load(_data("leaders-world.yaml")))
    kb.load_countries(_data("countries.jsonl").splitlines())
    kb.load_igos(yaml.safe_load(_data("igos.yaml")))
    kb.load_institutions(yaml.safe_load(_data("institutions.yaml")))
    kb.load_institutions(yaml.safe_load(_data("nonstate.yaml")))
    kb.load_roles(yaml.safe_load(_data("sectors.yaml")))
    kb.load_places(yaml.safe_load(_data("places.yaml")))
    for path in extra:
        load_extra(kb, Path(path))
    return kb


def load_extra(kb: KnowledgeBase, path: Path) -> None:
    """A user file with any of the keys `people`, `igos`, `institutions`, `roles`."""
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"cannot read knowledge-base file {path}: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with people/igos/institutions/roles")
    kb.load_people(data.get("people", []))
    kb.load_igos(data.get("igos", []))
    kb.load_institutions(data.get("institutions", []))
    kb.load_roles(data.get("roles", {}))
