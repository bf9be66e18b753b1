"""Errors raised by library code; only the CLI turns them into messages for people."""


class AccordwatchError(Exception):
    """Base of every error accordwatch reports to a user (message names file and problem)."""


class InputError(AccordwatchError):
    """An input file or record cannot be read."""


class AgreementError(AccordwatchError):
    """An agreement definition is invalid."""


class StoreError(AccordwatchError):
    """The database cannot be opened or migrated."""


class KnowledgeBaseError(AccordwatchError):
    """A knowledge-base file is invalid."""


class WordListError(AccordwatchError):
    """A word-list file of the extractors is invalid."""
