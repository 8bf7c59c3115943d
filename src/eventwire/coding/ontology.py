"""PLOVER tables: quad classes, PLOVER scores by mode, Goldstein scores by CAMEO code, contexts."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.strict_yaml import load_yaml


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    return load_yaml(resources.files("eventwire.coding").joinpath("data/ontology.yaml").read_text("utf-8"), "data/ontology.yaml")


@lru_cache(maxsize=1)
def triggers() -> dict[str, Any]:
    return load_yaml(resources.files("eventwire.coding").joinpath("data/triggers.yaml").read_text("utf-8"), "data/triggers.yaml")


def quad_class(event_type: str) -> str:
    return str(tables()["types"][event_type]["quad"])


def plover_score(event_type: str, mode: str | None) -> float:
    entry = tables()["types"][event_type]
    return float(entry.get("modes", {}).get(mode, entry["score"]))


def goldstein(cameo: str | None) -> float | None:
    if not cameo:
        return None
    table = tables()["goldstein"]
    for code in (cameo, cameo[:3], cameo[:2] + "0"):
        if code in table:
            return float(table[code])
    return None


def contexts_in(words: set[str]) -> list[str]:
    return sorted(ctx for ctx, keys in tables()["contexts"].items() if words & set(keys))
