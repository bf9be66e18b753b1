"""Fixtures for the extraction tests: the real pinned pipeline, the packaged knowledge base, and
`extract(text, published=..., outlet=...)` that runs one short invented report through ingest and
extraction (helpers to look into the result are in extract_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from accordwatch.extract import extract_document
from accordwatch.ingest.documents import to_document
from accordwatch.ingest.readers import RawDocument
from accordwatch.kb import KnowledgeBase, default_knowledge_base
from accordwatch.model import Extraction
from accordwatch.nlp import build_pipeline

Extract = Callable[..., Extraction]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pinned statistical model with the knowledge-base matcher (loaded once)."""
    return build_pipeline()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


@pytest.fixture
def extract(nlp: Language, kb: KnowledgeBase) -> Extract:
    """extract(text, published="2020-04-12", outlet=None) -> the Extraction of that one document."""

    def _extract(text: str, published: str | None = "2020-04-12", outlet: str | None = None) -> Extraction:
        document = to_document(RawDocument(id="t", text=text, source="t", published=published, outlet=outlet))
        return extract_document(nlp(document.text), document, kb, {})

    return _extract
