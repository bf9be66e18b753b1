"""The analyst's workbench: FastAPI pages and a JSON API over the store (``accordwatch serve``)."""

from accordwatch.web.app import create_app

__all__ = ["create_app"]
