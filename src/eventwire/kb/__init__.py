"""The offline knowledge base: countries, IGOs, institutions, office-holders, role nouns.

All of it is data files in `kb/data/` (each entry says where it came from); this module only
loads and indexes them. User files (`--kb extra.yaml`) add people, IGOs or institutions.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from eventwire.errors import ConfigError
from eventwire.strict_yaml import load_yaml

# Arabic and Romance name particles that news writes in many ways ("al-Bashir", "El Bashir", "Bashir")
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ul", "ur"}


# states whose names put the family name first ("Hu Jintao" is "Hu")
SURNAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "SGP", "MAC"}
# of those, the ones whose news calls a leader by that first word ("Xi", "Yoon", "Lee"), not Vietnam's
FAMILY_NAME_FIRST = SURNAME_FIRST - {"VNM"}

@dataclass(frozen=True)
class Hit:
    """What a surface string means in the KB."""

    kind: str  # country | capital | demonym | ethnic | igo | institution | person | place
    name: str
    kb_id: str
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    countries: tuple[str, ...] = ()  # an ethnic group's home states; `country` is set only when there is one


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
        self.successions: list[dict] = []  # states formed from others: {iso3, from, before}
        self.dated_names: dict[str, list[dict]] = {}  # "Congo" -> [{until, iso3}, {iso3}]
        self._spellings: dict[str, list[str]] | None = None
        self._people_by_name_part: dict[str, list[Person]] | None = None

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
        if hit is None and not text.lower().startswith("the "):  # "between the [Emirates] and Saudi Arabia"
            hit = self.surfaces.get("the " + text)
        return hit

    def people_by_name_part(self, part: str) -> list[Person]:
        """KB people one of whose names (name or alias, accents and particles dropped) has this word."""
        if self._people_by_name_part is None:
            index: dict[str, list[Person]] = {}
            for person in self.people.values():
                for word in self.all_name_parts(person):
                    index.setdefault(word, []).append(person)
            self._people_by_name_part = index
        return self._people_by_name_part.get(part, [])

    @staticmethod
    def all_name_parts(person: Person) -> set[str]:
        parts = name_parts(person.name)
        for alias in person.aliases:
            parts |= name_parts(alias)
        return parts

    def misspelt(self, surface: str) -> Hit | None:
        """A state, capital, demonym or ethnic group the text misspells by one letter ("Afganistan",
        "Quatar's", "Phillippines"): the one KB surface at edit distance 1 (a transposition counts
        one) with the same first letter. Words under six letters are too close to other words."""
        text = surface.replace("’", "'").removesuffix("'s").strip()
        if len(text) < 6 or not text[:1].isupper() or self.lookup(text) is not None:
            return None
        if self._spellings is None:
            self._spellings = {}
            for name, hit in self.surfaces.items():
                if hit.kind in ("country", "capital", "demonym", "ethnic") and len(name) >= 5 and name[:1].isupper():
                    self._spellings.setdefault(name[0], []).append(name)
        found = process.extract(text, self._spellings.get(text[0], []), scorer=OSA.distance, score_cutoff=1, limit=4)
        # a letter more or less at the end makes another word more often than a slip: Indiana, Americas
        hits = {self.surfaces[name] for name, _, _ in found if not (name.startswith(text) or text.startswith(name))}
        targets = {h.country or h.kb_id for h in hits}
        return next(iter(hits)) if len(targets) == 1 else None

    def as_of(self, country: str | None, when: date | None, surface: str = "") -> str | None:
        """The state a country code or name stood for on the document's date: South Sudan before its
        independence was Sudan; "Congo" before 1997 was the Republic of the Congo."""
        if when is None or country is None:
            return country
        for rule in self.dated_names.get(surface.removesuffix("'s"), []):
            if rule.get("until") is None or when <= rule["until"]:
                return rule["iso3"]
        for rule in self.successions:
            if rule["iso3"] == country and when < rule["from"]:
                return rule["before"]
        return country

    def sector_of(self, words: str) -> tuple[str | None, str | None]:
        """Sector and the role phrase that implies it. A specific sector (MIL in "vice chairman of
        the Central Military Commission") beats the generic GOV and CVL; then the longer phrase wins."""
        tokens = " ".join(words.lower().replace("-", " ").replace("'s", "").split()).split()
        found: list[tuple[int, int, str, str]] = []
        covered: list[range] = []  # "general" inside "secretary general" is not a general
        for size in (4, 3, 2, 1):
            for i in range(len(tokens) - size + 1):
                phrase = " ".join(tokens[i:i + size])
                if phrase in self.roles and not any(i in r and i + size - 1 in r for r in covered):
                    sector = self.roles[phrase]
                    found.append((int(sector not in ("GOV", "CVL")), size, sector, phrase))
                    covered.append(range(i, i + size))
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
                capital = Hit("capital", c["capital"], f"country:{iso3}", country=iso3, sector="GOV")
                # older names and other seats stand for the government too: "Kiev said", "Bonn protested", "La Paz"
                for name in [c["capital"], *c.get("capital_aliases", [])]:
                    self._add(name, capital, "GPE")

    def load_igos(self, entries: list[dict]) -> None:
        for e in entries:
            # an organ acts for its organisation as a ministry does for its state: the Commission codes as the EU
            hit = Hit("igo", e["name"], f"igo:{e['id']}", igo=e.get("body_of", e["id"]), sector=e.get("sector"))
            self.igo_members[e["id"]] = list(e.get("members", []))
            for name in [e["name"], *e.get("aliases", [])]:
                self._add(name, hit, "ORG")

    def load_institutions(self, entries: list[dict]) -> None:
        for e in entries:
            kb_id = "inst:" + e["name"].lower().removeprefix("the ").replace(" ", "-")
            hit = Hit("institution", e["name"].removeprefix("the "), kb_id, country=e.get("country"), sector=e.get("sector"))
            for name in [e["name"], *e.get("aliases", [])]:
                self._add(name.removeprefix("the "), hit, "ORG")
                last = name.split()[-1]
                if " " in name and last[0].isupper() and last.endswith("s") and not last.endswith("ss"):
                    self._add(name.removeprefix("the ")[:-1], hit, "ORG")  # "Tamil Tiger rebels", as "Tamil Tigers"

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
            # "Schroeder" as well as "Schröder": each spelling's last word finds the person
            names = [n for n in [person.name, *person.aliases] if len(n.split()) > 1 or n == person.name]
            surnames = [n.split()[-1] for n in names]
            # "Xi held talks ...": where the family name comes first it is the first word (Vietnamese
            # leaders are still called by the last one, "Trong")
            if person.country in FAMILY_NAME_FIRST:
                surnames += [n.split()[0] for n in names if len(n.split()) > 1]
            for surname in dict.fromkeys(surnames):
                self.people_by_surname.setdefault(surname, []).append(person)

    def load_ethnic_groups(self, entries: list[dict]) -> None:
        """Peoples that are not a state's demonym ("Yoruba", "Kurds", "Tamils"). The ruler learns only
        the forms that are not also common names or words ("Karen", "Han"): `ruler: false`."""
        for e in entries:
            countries = tuple(e.get("countries", []))
            hit = Hit("ethnic", e["name"], "ethnic:" + e["name"].lower().replace(" ", "-"),
                      country=countries[0] if len(countries) == 1 else None, countries=countries)
            for form in [e["name"], *e.get("forms", [])]:
                if e.get("ruler", True):
                    self._add(form, hit, "NORP")
                elif form not in self.surfaces:
                    self.surfaces[form] = hit

    def load_history(self, data: dict) -> None:
        self.successions.extend(data.get("successions", []))
        for entry in data.get("dated_names", []):
            self.dated_names.setdefault(entry["name"], []).extend(entry["meanings"])

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
    return ["person", "country", "igo", "institution", "capital", "place", "demonym", "ethnic"].index(kind)


@lru_cache(maxsize=1 << 16)  # the same names are folded again for every later mention
def fold(text: str) -> str:
    """Lower case without accents: news drops them ("Francois", "Habyarimana") as often as it keeps them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def name_parts(name: str) -> set[str]:
    """The words of a person's name, folded, without particles: "Omar El Bashir" = "Omar al-Bashir"."""
    return {p for p in fold(name).replace("-", " ").replace(".", " ").split() if p not in NAME_PARTICLES}


def _data(name: str) -> str:
    return resources.files("eventwire.kb").joinpath(f"data/{name}").read_text("utf-8")


def _yaml(name: str) -> Any:
    return load_yaml(_data(name), f"kb/data/{name}")


@lru_cache(maxsize=8)
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_people(_yaml("people.yaml"))
    kb.load_people(_yaml("officeholders-g20.yaml"))
    kb.load_people(_yaml("leaders-world.yaml"))
    kb.load_people(_yaml("officeholders-1990s.yaml"))
    kb.load_people(_yaml("officeholders-regional.yaml"))
    kb.load_countries(_data("countries.jsonl").splitlines())
    kb.load_igos(_yaml("igos.yaml"))
    kb.load_institutions(_yaml("institutions.yaml"))
    kb.load_institutions(_yaml("nonstate.yaml"))
    kb.load_roles(_yaml("sectors.yaml"))
    kb.load_places(_yaml("places.yaml"))
    kb.load_ethnic_groups(_yaml("ethnic-groups.yaml"))
    kb.load_history(_yaml("history.yaml"))
    for path in extra:
        load_extra(kb, Path(path))
    return kb


def load_extra(kb: KnowledgeBase, path: Path) -> None:
    """A user file with any of the keys `people`, `igos`, `institutions`, `roles`."""
    try:
        data = load_yaml(path.read_text("utf-8"), str(path)) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"cannot read knowledge-base file {path}: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with people/igos/institutions/roles")
    kb.load_people(data.get("people", []))
    kb.load_igos(data.get("igos", []))
    kb.load_institutions(data.get("institutions", []))
    kb.load_roles(data.get("roles", {}))
