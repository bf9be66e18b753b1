"""The app factory: middleware (signed session cookie, security headers), templates, static files,
error pages, and the page and API routers."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from accordwatch.kb import KnowledgeBase, default_knowledge_base
from accordwatch.store import open_store
from accordwatch.web.auth import LoginRequired, WebError, csrf_token, principal_of, session_secret
from accordwatch.web.data import Workbench
from accordwatch.web.views import safe_url

HERE = Path(__file__).parent
SESSION_COOKIE = "accordwatch_session"
SESSION_SECONDS = 8 * 3600
# nothing but our own files; no inline script, no framing, no plugins
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["csrf_token"] = csrf_token
    env.globals["safe_url"] = safe_url
    env.filters["thousands"] = lambda n: "" if n is None else f"{n:,}"
    env.filters["pct"] = lambda done, target: 0 if not target else min(100, round(100 * done / target))
    return Jinja2Templates(env=env)


def create_app(store_url: str, *, read_only: bool = False, kb: KnowledgeBase | None = None,
               secret: str | None = None) -> FastAPI:
    """The workbench over the store at STORE_URL; READ_ONLY serves the read pages without login and
    refuses every write."""
    store = open_store(store_url)
    app = FastAPI(title="accordwatch workbench", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Agreements, provisions as of a day, events, claims, documents and reviews. "
                              "Scripts send `Authorization: Bearer TOKEN` (`accordwatch token add NAME`).")
    app.state.workbench = Workbench(store, kb or default_knowledge_base(), read_only)
    app.state.templates = templates()
    app.add_middleware(SessionMiddleware, secret_key=secret or session_secret(store_url),
                       session_cookie=SESSION_COOKIE, max_age=SESSION_SECONDS, same_site="lax", https_only=False)

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    _error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from accordwatch.web import api, pages, pages_more, pages_review

    app.include_router(pages.router)
    app.include_router(pages_more.router)
    app.include_router(pages_review.router)
    app.include_router(api.router)
    app.router.on_shutdown.append(store.close)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _error_handlers(app: FastAPI) -> None:
    def page(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        try:
            principal = principal_of(request)
        except WebError:
            principal = None
        return app.state.templates.TemplateResponse(request, "error.html", {
            "status": status, "message": message, "principal": principal,
            "bench": app.state.workbench}, status_code=status)

    @app.exception_handler(WebError)
    async def _web_error(request: Request, err: WebError) -> Response:
        if isinstance(err, LoginRequired) and not _wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        return page(request, err.status, err.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, err: StarletteHTTPException) -> Response:
        return page(request, err.status_code, str(err.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e.get('loc', [])[1:])) or 'request'}: {e.get('msg')}"
                             for e in err.errors())
        if _wants_json(request):
            return JSONResponse({"detail": problems}, status_code=422)
        return page(request, 422, problems)
