"""All of summariser's exceptions, in one place, and the helpers that make their messages safe.

`UserError` and its children are mistakes in what the user gave us (a bad file, a bad
option): their message names the file or option and the fix. `BackendError` and its
children are the model or endpoint misbehaving; they carry the provider, the endpoint,
the original exception and their kind as fields (`reason`, `status_code`, `attempts`),
so callers and tests branch on data, not on wording.

`scrub` removes anything key-like from text that came from outside (an error body can
echo the request's key back); `one_line` is what a batch prints for a failed article.
"""

from __future__ import annotations

import re


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


class OutputError(UserError):
    """The output file cannot be written safely (it is an input, or another run holds it)."""


class BackendError(SummariserError):
    """A model call failed after its retries (transport, HTTP status, unusable answer).

    `reason` is one of REASONS; `status_code` is the last HTTP status when there was one;
    `attempts` counts the requests made for the failing call (retries included).
    """

    REASONS = ("transient", "http_status", "invalid_answer", "truncated", "refused", "unavailable", "other")

    def __init__(self, message: str, *, provider: str | None = None, cause: BaseException | None = None,
                 reason: str = "other", status_code: int | None = None, attempts: int | None = None,
                 endpoint: str | None = None):
        self.provider = provider
        self.cause = cause
        self.reason = reason
        self.status_code = status_code
        self.attempts = attempts
        self.endpoint = redact_url(endpoint) if endpoint else None
        where = provider or ""
        if self.endpoint:
            where = f"{where} at {self.endpoint}" if where else self.endpoint
        super().__init__((f"{where}: " if where else "") + scrub(message))


class BackendUnavailable(BackendError):
    """The backend cannot run here (a package is missing, the model file is absent)."""

    def __init__(self, message: str, *, provider: str | None = None, cause: BaseException | None = None,
                 reason: str = "unavailable", status_code: int | None = None, attempts: int | None = None,
                 endpoint: str | None = None):
        super().__init__(message, provider=provider, cause=cause, reason=reason, status_code=status_code,
                         attempts=attempts, endpoint=endpoint)


class ArticleTimeout(SummariserError):
    """One article ran past its time budget (`--article-timeout`)."""


class GoldError(UserError):
    """A gold-label file is malformed or inconsistent with its article."""


# Key-like tokens: provider key prefixes, bearer tokens, and "key=..." style assignments.
_KEY_LIKE = re.compile(
    r"(?:\b(?:sk|pk|rk|ak|gsk|xai|hf|ghp|gho|glpat|AIza)[-_][A-Za-z0-9_\-]{8,}"
    r"|\bBearer\s+[A-Za-z0-9._~+/=\-]{8,}"
    r"|\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{32,}\b)"
)
_KEY_ASSIGN = re.compile(r"(?i)\b((?:api[_-]?key|token|secret|password|authorization)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}]+")


def scrub(text: str, *secrets: str | None) -> str:
    """`text` with every given secret and anything key-like replaced by `[redacted]`."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    text = _KEY_ASSIGN.sub(lambda m: m.group(1) + "[redacted]", text)
    return _KEY_LIKE.sub("[redacted]", text)


def redact_url(url: str) -> str:
    """A URL without user:password@ and without a query string (either can hold a key)."""
    url = re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", r"\1", url)
    return url.split("?", 1)[0]


def one_line(exc: BaseException) -> str:
    """A single-line, scrubbed description of an error, for batch reports."""
    text = str(exc).strip() or type(exc).__name__
    first = text.splitlines()[0]
    if isinstance(exc, UserError):
        return first  # names the user's own file or option; nothing from outside
    first = scrub(first)
    return first if isinstance(exc, SummariserError) else f"{type(exc).__name__}: {first}"
