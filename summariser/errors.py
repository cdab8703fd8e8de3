"""All of summariser's exceptions, in one place.

`UserError` and its children are mistakes in what the user gave us (a bad file, a bad
option): their message names the file or option and the fix. `BackendError` and its
children are the model or endpoint misbehaving; they carry the provider and the
original exception.
"""

from __future__ import annotations


class SummariserError(Exception):
    """Base of every error summariser raises on purpose."""


class UserError(SummariserError):
    """Something the user supplied is wrong; the message says what and how to fix it."""


class InputError(UserError):
    """An article file cannot be read as an article."""

    def __init__(self, path: str | None, problem: str):
        self.path = path or "<input>"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(UserError):
    """An option, environment variable or backend setting is invalid or missing."""


class BackendError(SummariserError):
    """A model call failed after its retries (transport, HTTP status, unusable answer)."""

    def __init__(self, message: str, *, provider: str | None = None, cause: BaseException | None = None):
        self.provider = provider
        self.cause = cause
        prefix = f"{provider}: " if provider else ""
        super().__init__(prefix + message)


class BackendUnavailable(BackendError):
    """The backend cannot run here (a package is missing, the model file is absent)."""


class GoldError(UserError):
    """A gold-label file is malformed or inconsistent with its article."""


def one_line(exc: BaseException) -> str:
    """A single-line description of an error, for batch reports."""
    text = str(exc).strip() or type(exc).__name__
    first = text.splitlines()[0]
    return first if isinstance(exc, SummariserError) else f"{type(exc).__name__}: {first}"
