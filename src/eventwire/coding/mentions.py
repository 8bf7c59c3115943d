"""A linked mention and the per-document index that finds mentions by token."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.model import Entity


@dataclass
class Mention:
    entity: Entity
    root: int  # token index of the mention's syntactic head
    tokens: range
    title_start: int | None = None  # first token of a person's title ("China's Vice-Chairman of ...")
    others: list[Mention] = field(default_factory=list)  # "the two countries": the second of the pair

    @property
    def is_actor(self) -> bool:
        return bool(self.entity.country or self.entity.igo) or self.entity.kind in ("person", "group", "organization")


class Mentions:
    """All mentions of one document, findable by token."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.entity.start, m.entity.end))
        self.by_token: dict[int, Mention] = {}
        self.by_title: dict[int, Mention] = {}
        for m in self.items:
            for i in m.tokens:
                self.by_token.setdefault(i, m)
            if m.title_start is not None:
                for i in range(m.title_start, m.tokens.start):
                    self.by_title.setdefault(i, m)

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def titled(self, token: Token) -> Mention | None:
        """The person whose title `token` belongs to: the parser often hangs a long title
        ("China's Vice-Chairman of the Central Military Commission Fan Changlong") off the wrong word."""
        return self.by_title.get(token.i)

    def head_of(self, token: Token) -> Mention | None:
        """The mention that best stands for the phrase headed by `token`: the one at the token, else
        the one in its subtree closest to it (fewest steps down the tree)."""
        found = self.at(token)
        if found:
            return found
        best: tuple[int, Mention] | None = None
        for t in token.subtree:
            m = self.by_token.get(t.i)
            if m is None or t.i != m.root:
                continue
            depth = _depth_below(t, token)
            if best is None or depth < best[0]:
                best = (depth, m)
        return best[1] if best else None

    def entities(self) -> list[Entity]:
        return [m.entity for m in self.items]


def _depth_below(t: Token, top: Token) -> int:
    depth = 0
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        depth += 1
    return depth
