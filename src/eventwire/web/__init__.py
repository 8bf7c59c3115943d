"""The web layer: a REST API and a server-rendered dashboard over the same store the CLI writes."""

from eventwire.web.app import create_app

__all__ = ["create_app"]
