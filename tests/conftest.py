from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from eventwire.settings import Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline):  # type: ignore[no-untyped-def]
    """Code one passage and return its events."""
    def run(text: str, published: str | None = "2024-03-13"):  # a Wednesday
        return pipeline.code_passage("t", text, published)
    return run


ARTICLE = """Ministers agree to widen naval cooperation

LONDON, June 4 (Reuters) - French Defence Minister Pierre Martin met Italian Defence Minister Carla Rossi in Rome on Tuesday, and the two countries agreed to hold joint naval drills next year.

"We will patrol the Mediterranean together," Martin said.

"Our navies have worked side by side for decades."

The French minister also said that Paris would send medical aid to Lebanon.

Calendar An icon of a desk calendar. Share An icon of a share arrow. Email An icon of a paper envelope.
Share on Facebook
"""
