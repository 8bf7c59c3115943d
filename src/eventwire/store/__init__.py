"""The store: SQLite (WAL) by default, PostgreSQL for servers, through SQLAlchemy Core."""

from eventwire.store.database import Store, open_store

__all__ = ["Store", "open_store"]
