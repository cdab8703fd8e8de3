"""Cost before you pay (`--dry-run`): count the prompt tokens of every request the run would
send and price them for online requests and for the Batch API (half the online price).

Tokens are counted with tiktoken when it is installed and knows the model (OpenAI models),
otherwise estimated at ~4 characters per token; the output says which. Completion tokens
cannot be counted before the answers exist: the estimate assumes EXPECTED_COMPLETION per
request and also gives the upper bound (every answer at --max-tokens).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .requests import BATCH_DISCOUNT, LineTemplate, article_requests

if TYPE_CHECKING:
    from ..articles import Article
    from ..backends.openai_compat import OpenAIBackend
    from rich.console import Console

CHARS_PER_TOKEN = 4
PER_MESSAGE = 4  # role and separators per chat message (OpenAI's own counting recipe)
EXPECTED_COMPLETION = 300  # tokens in a typical draft answer (an assumption, said in the output)


@dataclass
class Estimate:
    model: str
    counter: str  # "tiktoken <encoding>" or "estimate (~4 characters per token)"
    articles: int = 0
    requests: int = 0
    prompt_tokens: int = 0
    max_tokens: int = 0
    price_in: float | None = None
    price_out: float | None = None
    price_source: str = ""

    def cost(self, completion_per_request: int, discount: float = 1.0) -> float | None:
        if self.price_in is None or self.price_out is None:
            return None
        completion = self.requests * completion_per_request
        return (self.prompt_tokens * self.price_in + completion * self.price_out) / 1e6 * discount


def tokenizer(model: str) -> tuple[Callable[[str], int], str]:
    """The model's tokenizer when tiktoken knows it, else the ~4 characters estimate."""
    try:
        import tiktoken

        enc = tiktoken.encoding_for_model(model.rsplit("/", 1)[-1])
        return (lambda text: len(enc.encode(text, disallowed_special=()))), f"tiktoken {enc.name}"
    except Exception:  # not installed, unknown model, or its encoding cannot be downloaded
        return (lambda text: -(-len(text) // CHARS_PER_TOKEN)), "estimate (~4 characters per token)"


def body_tokens(body: dict[str, Any], count: Callable[[str], int]) -> int:
    tokens = 3  # every reply is primed with a few tokens
    for message in body.get("messages", []):
        tokens += PER_MESSAGE + count(str(message.get("content") or ""))
    for key in ("tools", "response_format"):  # the schema is sent too, and paid for
        if body.get(key):
            tokens += count(json.dumps(body[key], ensure_ascii=False))
    return tokens


def list_prices() -> dict[str, list[float]]:
    text = resources.files("summariser.batch").joinpath("prices.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def price_for(model: str, price_in: float | None,
              price_out: float | None) -> tuple[float | None, float | None, str]:
    if price_in is not None or price_out is not None:
        return price_in or 0.0, price_out or 0.0, "--price-in/--price-out"
    name = model.rsplit("/", 1)[-1]
    table = list_prices()
    # longest known name that the model starts with: gpt-4o-mini-2024-07-18 -> gpt-4o-mini
    known = max((k for k in table if name.startswith(k)), key=len, default=None)
    if known is None:
        return None, None, f"no list price for {model}: pass --price-in/--price-out"
    listed_in, listed_out = table[known]
    return listed_in, listed_out, f"list price of {known} (summariser/batch/prices.json)"


def estimate(backend: "OpenAIBackend", articles: Iterable["Article"],
             advance: Callable[[int], None] = lambda n: None) -> Estimate:
    count, counter = tokenizer(backend.model)
    cfg = backend.config
    p_in, p_out, source = price_for(backend.model, cfg.price_in, cfg.price_out)
    est = Estimate(model=backend.model, counter=counter, max_tokens=cfg.max_tokens,
                   price_in=p_in, price_out=p_out, price_source=source)
    template = LineTemplate(backend)
    for article in articles:
        reqs = article_requests(backend, article, template)
        est.articles += 1
        est.requests += len(reqs.lines)
        est.prompt_tokens += sum(body_tokens(json.loads(line)["body"], count) for line in reqs.lines)
        advance(1)
    return est


def print_estimate(est: Estimate, console: "Console") -> None:
    from rich.table import Table

    table = Table(title=f"Dry run: {est.articles} articles, {est.requests} requests to {est.model}")
    for col in ("", "prompt tokens", f"expected (~{EXPECTED_COMPLETION} out/request)",
                f"upper bound ({est.max_tokens} out/request)"):
        table.add_column(col, justify="right" if col else "left")
    for label, discount in (("online", 1.0), ("batch (-50%)", BATCH_DISCOUNT)):
        table.add_row(label, f"{est.prompt_tokens:,}", _usd(est.cost(EXPECTED_COMPLETION, discount)),
                      _usd(est.cost(est.max_tokens, discount)))
    console.print(table)
    console.print(f"tokens: {est.counter}; prices: {est.price_source}")


def _usd(value: float | None) -> str:
    return "n/a" if value is None else f"${value:,.4f}"
