"""Plain text -> text without page furniture. Drops whole lines and records each; never rewrites."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from eventwire.model import RemovedLine
from eventwire.strict_yaml import load_yaml

ICON_DESCRIPTION = re.compile(r"\b(an? )?icon\b", re.IGNORECASE)
TRAILING_PAREN = re.compile(r"\(([^()]{2,120})\)\s*$")


@dataclass
class CleanText:
    text: str
    removed: list[RemovedLine] = field(default_factory=list)
    title: str | None = None


@dataclass(frozen=True)
class Rules:
    exact: frozenset[str]
    prefixes: re.Pattern[str]
    suffixes: re.Pattern[str]
    credit: re.Pattern[str]


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    raw = load_yaml(resources.files("eventwire.extract").joinpath("data/furniture.yaml").read_text("utf-8"), "data/furniture.yaml")
    return Rules(
        exact=frozenset(s.lower() for s in raw["exact"]),
        prefixes=re.compile("|".join(f"(?:{p})" for p in raw["prefixes"]), re.IGNORECASE),
        suffixes=re.compile("(?:" + "|".join(f"(?:{p})" for p in raw["suffixes"]) + r")\s*$", re.IGNORECASE),
        credit=re.compile("|".join(raw["credit_words"]), re.IGNORECASE),
    )


def furniture_reason(line: str, rules: Rules | None = None) -> str | None:
    """Why `line` is page furniture, or None when it is article text."""
    rules = rules or load_rules()
    stripped = line.strip()
    key = stripped.rstrip(" .:|»›>").lower()
    if key in rules.exact:
        return "navigation or share link"
    if len(ICON_DESCRIPTION.findall(stripped)) >= 3:
        return "UI icon descriptions"
    if rules.prefixes.match(stripped) or rules.suffixes.search(stripped):
        return "boilerplate (read-more, copyright, cookie or credit line)"
    if is_caption(stripped, rules):
        return "photo caption"
    return None


def is_caption(line: str, rules: Rules | None = None) -> bool:
    """A line that ends in a photo credit in parentheses, with no sentence after it."""
    rules = rules or load_rules()
    match = TRAILING_PAREN.search(line)
    return bool(match and rules.credit.search(match.group(1)))


def clean_text(text: str) -> CleanText:
    rules = load_rules()
    kept: list[str] = []
    removed: list[RemovedLine] = []
    previous = ""
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.rstrip()
        if not line.strip():
            if kept and kept[-1] != "":
                kept.append("")
            continue
        reason = furniture_reason(line, rules)
        if reason is None and line.strip() == previous:
            reason = "repeated line"
        previous = line.strip()
        if reason:
            removed.append(RemovedLine(text=line.strip(), reason=reason))
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    cleaned = "\n".join(kept)
    return CleanText(text=cleaned, removed=removed, title=guess_title(kept))


def guess_title(lines: list[str]) -> str | None:
    """The first line when it reads like a headline: short, several words, no closing full stop."""
    if not lines:
        return None
    first = lines[0].strip()
    words = first.split()
    followed_by_break = len(lines) == 1 or lines[1] == ""
    if 3 <= len(words) <= 30 and len(first) <= 250 and not first.endswith((".", ",", ";", ":")) and followed_by_break:
        return first
    return None
