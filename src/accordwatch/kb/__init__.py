"""Knowledge base of actors and places (YAML/CSV data in kb/data)."""

from accordwatch.kb.knowledge_base import KnowledgeBase, default_knowledge_base, load_knowledge_base, norm_alias

__all__ = ["KnowledgeBase", "default_knowledge_base", "load_knowledge_base", "norm_alias"]
