"""Offline language identification (py3langid: a small model shipped inside the package)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability; 'und' for text too short to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)
