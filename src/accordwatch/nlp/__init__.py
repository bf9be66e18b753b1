"""NLP: the spaCy pipeline (statistical model + knowledge-base matcher), built once."""

from accordwatch.nlp.pipeline import SPAN_KEY, build_pipeline

__all__ = ["SPAN_KEY", "build_pipeline"]
