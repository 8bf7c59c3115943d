"""One exception tree for the whole package.

    EventwireError
    ├── InputError          a document we cannot read (empty, binary, too big, bad encoding, ...)
    │   └── UnsupportedLanguage   readable, but not in a language the coder handles
    ├── ConfigError         a setting or knowledge-base file that does not make sense
    └── StoreError          the database refused or could not be opened
"""

from __future__ import annotations


class EventwireError(Exception):
    """Root of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """A document could not be turned into text; `source` names it, `reason` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedLanguage(InputError):
    """The document is readable but not English; it is stored, not coded."""


class ConfigError(EventwireError):
    """A setting or data file is invalid."""


class StoreError(EventwireError):
    """The store could not be opened or written."""
