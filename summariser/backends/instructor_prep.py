"""Instructor's per-request preparation, done once per response model instead of per request.

instructor (1.17, its v2 core) prepares every request from scratch: it checks the response
model for async validators (walking every class in its fields, three times a request) and, in
JSON mode, renders the model's JSON Schema into the system message with `json.dumps(indent=2)`
(the pure-Python encoder, ~2 ms a request for our schema). For one model the answer is the same
every time, so here it is computed once and reused, through instructor's public extension
points: its mode registry (`mode_registry.register`, the call instructor's own handlers use)
and the async-validator check by name. What instructor sends is unchanged: a request whose
messages are not the plain system + user pair we send, or another response model, goes to
instructor's own handler (`tests/test_openai_backend.py` holds both paths equal).

The openai client's own request transform (it walks every message through each TypedDict of
the message union, ~1.3 ms a request) is skipped for plain string messages by sending them
through the client's documented `extra_body`, which it merges over the body unchanged
(`skip_message_transform`; `tests/test_openai_transform_skip.py` holds the bodies equal).

Everything here returns quietly on an instructor without these modules: the requests are then
prepared by instructor as before, only slower.
"""

from __future__ import annotations

import functools
import inspect
import weakref
from typing import Any, Callable

PrepareRequest = Callable[[Any, dict[str, Any]], tuple[Any, dict[str, Any]]]


def remember_async_validator_checks() -> None:
    """Make instructor's `reject_async_validators` skip classes it already passed (a class's
    validators do not change); anything else, and any failure, goes to the original."""
    try:
        from instructor.v2.core import patch
        from instructor.v2.validation import async_validators
    except ImportError:  # an instructor without these modules: nothing to speed up
        return

    original = getattr(async_validators, "reject_async_validators", None)
    if original is None or getattr(original, "_remembers", False):
        return  # another instructor version, or done already
    passed: "weakref.WeakSet[type]" = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return
        original(response_model)
        if isinstance(response_model, type):
            passed.add(response_model)

    reject_async_validators._remembers = True  # type: ignore[attr-defined]  # marks our wrapper
    async_validators.reject_async_validators = reject_async_validators
    if getattr(patch, "reject_async_validators", None) is original:
        setattr(patch, "reject_async_validators", reject_async_validators)  # imported there by name


def reuse_json_mode_preparation(models: tuple[type, ...]) -> None:
    """Register, for instructor's OpenAI JSON mode, a request handler that renders the schema
    message once per model in `models` and appends it as instructor's own handler does."""
    try:
        from instructor import Mode
        from instructor.v2.core.providers import Provider
        from instructor.v2.core.registry import mode_registry
    except ImportError:
        return
    handlers = mode_registry.get_handlers(Provider.OPENAI, Mode.JSON)
    original = handlers.request_handler
    if getattr(original, "_reuses", None) is not None:
        original._reuses.update(models)  # type: ignore[attr-defined]  # our wrapper: add the models
        return
    prepare = _JsonModePreparation(original, models)
    mode_registry.register(Provider.OPENAI, Mode.JSON, request_handler=prepare,
                           reask_handler=handlers.reask_handler, response_parser=handlers.response_parser,
                           stream_extractor=handlers.stream_extractor,
                           stream_extractor_async=handlers.stream_extractor_async,
                           message_converter=handlers.message_converter,
                           template_handler=handlers.template_handler)


class _JsonModePreparation:
    """instructor's JSON-mode `prepare_request` with its schema message kept per model.

    instructor's handler copies the kwargs, sets `response_format={"type": "json_object"}` and
    appends "\\n\\n" + the schema message to the system message (then merges consecutive
    messages of one role, which leaves a system + user pair as it is). The suffix it appends
    is learnt by asking that handler once with an empty system message."""

    def __init__(self, original: PrepareRequest, models: tuple[type, ...]):
        self.original = original
        self._reuses: set[type] = set(models)
        self._suffix: dict[type, str] = {}

    def __call__(self, response_model: Any, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        messages = kwargs.get("messages")
        if (response_model not in self._reuses or kwargs.get("stream") or not _plain_pair(messages)
                or set(kwargs) & {"response_format"}):
            return self.original(response_model, kwargs)
        suffix = self._suffix.get(response_model)
        if suffix is None:
            suffix = self._suffix[response_model] = self._learn_suffix(response_model)
        system, user = messages  # type: ignore[misc]  # _plain_pair checked the shape
        new_kwargs = kwargs.copy()
        new_kwargs["response_format"] = {"type": "json_object"}
        new_kwargs["messages"] = [{"role": "system", "content": system["content"] + suffix},
                                  {"role": "user", "content": user["content"]}]
        return response_model, new_kwargs

    def _learn_suffix(self, response_model: Any) -> str:
        _, probe = self.original(response_model, {"messages": [{"role": "system", "content": ""}]})
        content: str = probe["messages"][0]["content"]
        return content


def _plain_pair(messages: Any) -> bool:
    """A system message then a user message, each with only a role and string content."""
    return (isinstance(messages, list) and len(messages) == 2
            and all(isinstance(m, dict) and set(m) == {"role", "content"} and isinstance(m["content"], str)
                    for m in messages)
            and messages[0]["role"] == "system" and messages[1]["role"] == "user")


# --------------------------------------------------------------------------- the openai client's transform

PLAIN_MESSAGE_KEYS = frozenset({"role", "content", "name"})


def plain_messages(messages: Any) -> bool:
    """Whether `messages` is a list of dicts of strings only (role, content, name): what the
    openai client's request transform returns unchanged."""
    return isinstance(messages, list) and all(
        isinstance(m, dict) and m.keys() <= PLAIN_MESSAGE_KEYS and all(isinstance(v, str) for v in m.values())
        for m in messages)


def _moved(kwargs: dict[str, Any]) -> dict[str, Any]:
    """`kwargs` with plain messages sent through `extra_body`: the JSON body is the same (the
    client merges extra_body over the transformed body, and "messages" keeps its place), but
    the client's transform no longer walks each message through every TypedDict of the
    message union (~1.3 ms a request)."""
    messages = kwargs.get("messages")
    if not plain_messages(messages) or "messages" in (kwargs.get("extra_body") or {}):
        return kwargs
    return {**kwargs, "messages": [], "extra_body": {**(kwargs.get("extra_body") or {}), "messages": messages}}


def skip_message_transform(client: Any) -> None:
    """Make `client.chat.completions.create` (an openai client of ours, sync or async) send plain
    messages without the request transform; anything else goes through it as before."""
    completions = client.chat.completions
    create = completions.create
    if getattr(create, "_skips_transform", False):
        return
    if inspect.iscoroutinefunction(create):
        async def acreate(*args: Any, **kwargs: Any) -> Any:
            return await create(*args, **_moved(kwargs))

        lean: Any = functools.wraps(create)(acreate)
    else:
        def screate(*args: Any, **kwargs: Any) -> Any:
            return create(*args, **_moved(kwargs))

        lean = functools.wraps(create)(screate)
    lean._skips_transform = True
    # an attribute of this client's own completions resource, read by instructor when it wraps
    # the client: nothing outside this client changes
    setattr(completions, "create", lean)
