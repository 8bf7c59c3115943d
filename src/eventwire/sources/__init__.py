"""Where documents come from. Only this package (and store/, cli, web/) does I/O."""

from eventwire.sources.files import RawDocument, iter_raw_documents

__all__ = ["RawDocument", "iter_raw_documents"]
