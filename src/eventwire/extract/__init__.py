"""Raw bytes -> one clean `Document` whose text every span points into."""

from eventwire.extract.document import build_document

__all__ = ["build_document"]
