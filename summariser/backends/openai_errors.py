"""How the `openai` backend reads a failed call: the transport error under instructor's
wrappers, whether waiting can fix it (429 but not a spent quota, timeouts, 5xx), how long to
wait (Retry-After, else jittered exponential backoff), a model's refusal, and a one-line,
key-scrubbed description with the likely fix; and, from those, the BackendError a failed call
raises (its kind as fields, its message scrubbed of keys)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ..errors import BackendError, scrub

if TYPE_CHECKING:
    from ..config import Config
    from .metering import Meter

MAX_BACKOFF_S = 30.0  # cap on one wait, Retry-After included


def root_error(exc: BaseException) -> BaseException:
    """The transport error under instructor's wrappers."""
    seen = exc
    while seen.__cause__ is not None and not is_openai_error(seen):
        seen = seen.__cause__
    return seen


def is_openai_error(exc: BaseException) -> bool:
    import openai

    return isinstance(exc, openai.OpenAIError)


def is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, openai.RateLimitError):
        return getattr(exc, "code", None) != "insufficient_quota"  # no wait will fix a spent quota
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return min(float(value), MAX_BACKOFF_S) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to backoff


def backoff(exc: BaseException, attempt: int) -> float:
    """Retry-After when the server sent one, else exponential backoff with full jitter."""
    hinted = retry_after(root_error(exc))
    if hinted is not None:
        return hinted
    return random.uniform(0, min(MAX_BACKOFF_S, 0.5 * 2 ** attempt))


def refusal(exc: BaseException) -> str | None:
    completion = getattr(exc, "last_completion", None)
    for e in (exc, exc.__cause__):
        if completion is None and e is not None:
            completion = getattr(e, "last_completion", None)
    try:
        message = completion.choices[0].message  # type: ignore[union-attr]  # None raises AttributeError
    except (AttributeError, IndexError, TypeError):
        message = None
    if message is not None and getattr(message, "refusal", None):
        return str(message.refusal)
    text = str(exc.__cause__ or exc)
    return text.split("due to", 1)[1].strip() if "Unable to generate a response due to" in text else None


def describe(exc: BaseException) -> str:
    text = scrub(" ".join(str(exc).split()))  # an error body may echo the key back
    return f"{type(exc).__name__}: {text[:300]}"


def fix_hint(exc: BaseException) -> str:
    """The likely fix for an HTTP refusal."""
    status, text = getattr(exc, "status_code", None), str(exc).lower()
    if status in (401, 403):
        return "; check --api-key (or OPENAI_API_KEY) for this endpoint"
    if status == 404:
        return "; check --base-url (it usually ends in /v1) and --model"
    if "context" in text and any(w in text for w in ("exceed", "too long", "length", "window")):
        return ("; the request is longer than the server's context: lower --chunk-chars, or start "
                "llama_cpp.server with --n_ctx 8192")
    return ""


def call_error(exc: Exception, meter: "Meter | None", config: "Config", provider: str) -> BackendError:
    """The BackendError for a failed call: its kind as fields, its message scrubbed of keys."""
    reason, msg, attempts = explain(exc, meter, config)
    cause = root_error(exc)
    return BackendError(scrub(msg, config.api_key), provider=provider, cause=exc,
                        reason=reason, status_code=getattr(cause, "status_code", None), attempts=attempts,
                        endpoint=config.base_url or "the OpenAI API")


def explain(exc: Exception, meter: "Meter | None", config: "Config") -> tuple[str, str, int]:
    """(reason, message, requests made) for a failed call."""
    from instructor.core import IncompleteOutputException

    cause = root_error(exc)
    asked = max(getattr(exc, "n_attempts", 1) or 1, 1)  # requests instructor made (1 + re-asks)
    if isinstance(exc, IncompleteOutputException) or isinstance(cause, IncompleteOutputException):
        return "truncated", (f"the answer was cut off at --max-tokens {config.max_tokens} "
                             "(finish_reason=length); raise --max-tokens or lower --chunk-chars"), asked
    if (refused := refusal(exc)) is not None:
        return "refused", f"the model refused to answer: {refused[:200]}", asked
    if is_transient(cause):
        tries = (meter.retries if meter else config.max_retries) + 1
        return "transient", f"gave up after {tries} attempt{'s' if tries != 1 else ''}: {describe(cause)}", tries
    status = getattr(cause, "status_code", None)
    if status is not None:
        return "http_status", f"the endpoint answered HTTP {status}: {describe(cause)}{fix_hint(cause)}", asked
    if asked > 1:
        return "invalid_answer", f"no valid answer after {asked - 1} re-ask(s): {describe(cause)}", asked
    return "invalid_answer", f"the answer could not be used: {describe(cause)}", asked
