"""Application factory: one store, one settings object, the API router and the page router.

Security: article text is escaped by Jinja's autoescape everywhere; write endpoints need the
bearer token when one is configured, and are refused outright when the server listens beyond
loopback without one; no CORS middleware is installed, so browsers keep the same-origin rule."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from importlib import resources

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire.settings import Settings
from eventwire.store import open_store
from eventwire.store.database import Store

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@dataclass
class WebConfig:
    settings: Settings
    host: str = "127.0.0.1"
    token: str | None = None

    @property
    def writes_open(self) -> bool:
        """Without a token, uploads are allowed only while the server is reachable from this machine alone."""
        return self.token is None and self.host in LOOPBACK


def create_app(settings: Settings | None = None, host: str = "127.0.0.1", token: str | None = None) -> FastAPI:
    from eventwire.web import api, pages

    config = WebConfig(settings or Settings.from_env(), host, token or None)
    # FastAPI's own /docs pulls Swagger UI from a CDN; ours is rendered from the OpenAPI schema
    # on the server so it works offline.
    app = FastAPI(title="eventwire", version="0.1.0", docs_url=None, redoc_url=None,
                  description="PLOVER events, quotes and their evidence, from the eventwire store.")
    app.state.config = config
    app.state.store = open_store(config.settings.db)
    static = resources.files("eventwire.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):  # type: ignore[no-untyped-def]
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    return app


def store_of(request: Request) -> Store:
    return request.app.state.store


def config_of(request: Request) -> WebConfig:
    return request.app.state.config


def require_write(request: Request, form_token: str | None = None) -> None:
    config = config_of(request)
    if config.writes_open:
        return
    if config.token is None:
        raise HTTPException(403, "uploads are disabled: the server listens beyond loopback and no token is "
                                 "configured (start it with --token or EVENTWIRE_TOKEN)")
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
    if not hmac.compare_digest(given.encode(), config.token.encode()):
        raise HTTPException(401, "a valid bearer token is required to upload", headers={"WWW-Authenticate": "Bearer"})
