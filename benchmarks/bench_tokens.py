"""Prompt overhead per call: the tokens each backend and mode sends besides the article.

    .venv/bin/python benchmarks/bench_tokens.py [--modes tools json json_schema md_json llamacpp]

Counted with the bundled SmolLM2 tokenizer (`llama_cpp.Llama(vocab_only=True)`), on the
requests the backends really send:
- openai backend, every `--mode`: one synthetic article goes to a loopback stub server,
  which records the request body. The messages are rendered with the model's chat template
  (ChatML) and tokenised; overhead = that minus the article's own tokens. A schema sent
  outside the messages (tools, response_format) is counted separately: hosted APIs bill
  tool definitions as prompt tokens; llama.cpp turns response_format into a grammar.
- local backend: every question it asks the model on seed article 000 is recorded (the
  messages after instructor has added its JSON instructions); overhead = prompt minus the
  sentence. Because the system part is identical for every question, llama.cpp reuses its
  KV cache and evaluates it once per process -- the evaluated overhead per call is shown too.
Different tokenizers (OpenAI's o200k, Llama 3's) give counts within roughly +-20 % of these.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from common import REPO, add_repo_to_path, bundled_gguf, console, print_header, print_table, synthetic_article

MODES = ["tools", "json", "json_schema", "md_json", "llamacpp"]


class Counter:
    def __init__(self):
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.llm = Llama(model_path=str(bundled_gguf()), vocab_only=True, verbose=False)
        meta = self.llm.metadata
        self.fmt = Jinja2ChatFormatter(template=meta["tokenizer.chat_template"],
                                       eos_token="<|im_end|>", bos_token="<|im_start|>")

    def text(self, s: str) -> int:
        return len(self.llm.tokenize(s.encode("utf-8"), add_bos=False, special=False))

    def chat(self, messages: list[dict]) -> int:
        msgs = [{"role": m["role"], "content": _content(m)} for m in messages]
        prompt = self.fmt(messages=msgs).prompt
        return len(self.llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))


def _content(m: dict) -> str:
    c = m.get("content") or ""
    if isinstance(c, list):
        return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
    return c


def openai_requests(modes: list[str]) -> dict[str, dict]:
    """The first request body each mode sends for one synthetic article."""
    add_repo_to_path()
    import bench_openai
    from stub_server import StubServer
    from summariser import load_config
    from summariser.articles import make_article
    from summariser.backends.openai_compat import OpenAIBackend

    article = make_article(synthetic_article(1), path="synthetic-1")
    bodies = {}
    for mode in modes:
        with StubServer(bench_openai.answer_for, strict=False) as srv:
            config = load_config(backend="openai", base_url=srv.base_url, api_key="sk-bench", model="stub-model",
                                 mode=mode, use_cache=False, max_retries=0,
                                 cache_dir=tempfile.mkdtemp(prefix="bench_tokens_"))
            try:
                OpenAIBackend(config).extract(article)
            except Exception as exc:  # the answer's shape does not matter here, the request does
                console().print(f"[dim]{mode}: stub answer not accepted ({type(exc).__name__}); request recorded[/dim]")
            if srv.requests:
                bodies[mode] = srv.requests[0]
    return bodies, article.text


def local_questions(article_path: Path) -> list[tuple[list[dict], dict | None]]:
    """(messages, response_format) of every call the local backend makes on one article."""
    add_repo_to_path()
    from llama_cpp import Llama

    from summariser import load_articles, load_config
    from summariser.articles import Article
    from summariser.backends.local import LocalBackend

    calls = []
    original = Llama.create_chat_completion

    def recording(self, *args, **kwargs):
        calls.append((kwargs.get("messages") or (args[0] if args else []), kwargs.get("response_format")))
        return original(self, *args, **kwargs)

    Llama.create_chat_completion = recording
    try:
        article = next(a for a in load_articles(str(article_path)) if isinstance(a, Article))
        LocalBackend(load_config(backend="local", use_cache=False)).extract(article)
    finally:
        Llama.create_chat_completion = original
    return calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modes", nargs="+", default=MODES)
    ap.add_argument("--seed-article", default=str(REPO / "seeds" / "000_2c95fed2a873bf3c.txt"))
    ap.add_argument("--no-local", action="store_true", help="skip the local backend (needs the model)")
    args = ap.parse_args()

    print_header("bench_tokens: prompt overhead per call (SmolLM2 tokenizer)")
    count = Counter()
    rows = []
    bodies, article_text = openai_requests(args.modes)
    article_tokens = count.text(article_text)
    for mode in args.modes:
        body = bodies.get(mode)
        if body is None:
            rows.append([f"openai / {mode}", "-", "-", "-", "-", "no request recorded"])
            continue
        total = count.chat(body["messages"])
        system = sum(count.chat([m]) for m in body["messages"] if m["role"] == "system")
        outside, where = 0, ""
        if body.get("tools"):
            outside, where = count.text(json.dumps(body["tools"])), "tools (billed as prompt by hosted APIs)"
        elif isinstance(body.get("response_format"), dict) and len(body["response_format"]) > 1:
            outside = count.text(json.dumps(body["response_format"]))
            where = f"response_format {body['response_format'].get('type')}"
        rows.append([f"openai / {mode}", total, total - article_tokens, system, outside, where or "-"])
    local_calls = [] if args.no_local else local_questions(Path(args.seed_article))
    if local_calls:
        per_call = []
        for messages, fmt in local_calls:
            total = count.chat(messages)
            user = next((_content(m) for m in reversed(messages) if m["role"] == "user"), "")
            sentence = user.split("Sentence:", 1)[-1].strip() if "Sentence:" in user else user
            per_call.append((total, total - count.text(sentence)))
        sys_tokens = sum(count.chat([m]) for m in local_calls[0][0] if m["role"] == "system")
        outside = count.text(json.dumps(local_calls[0][1])) if local_calls[0][1] else 0
        mean_total = sum(t for t, _ in per_call) / len(per_call)
        mean_over = sum(o for _, o in per_call) / len(per_call)
        rows.append([f"local / sentence question (x{len(per_call)} on {Path(args.seed_article).name})",
                     round(mean_total), round(mean_over), sys_tokens, outside,
                     "response_format json_object+schema -> grammar (not in the prompt)"])
        rows.append(["local, evaluated per call after the first (KV-cache prefix reuse)",
                     "-", round(mean_over - sys_tokens), "0", "-",
                     "the identical system part is evaluated once per process"])
    console().print(f"article used for the openai modes: synthetic article 1, {article_tokens} tokens of text")
    print_table("prompt tokens per call", ["backend / mode", "prompt tokens", "overhead (excl. article/sentence)",
                                           "of which system message", "schema outside messages", "note"], rows)


if __name__ == "__main__":
    sys.exit(main())
