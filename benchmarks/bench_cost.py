"""Tokens per article and cost per 1,000 articles for the openai backend, measured on the
requests it really sends.

    .venv/bin/python benchmarks/bench_cost.py [--mode tools] [--answers evals/answers/ideal]

Every seed and held-out article goes through `OpenAIBackend.extract` against a loopback stub
server (tests/stub_server.py) that answers with that article's perfect answer
(`evals/answers/ideal/<stem>.json`, the completion a capable model returns). Counted with the
bundled SmolLM2 tokenizer (see bench_tokens.py; OpenAI's o200k gives counts within roughly
+-20 % of these on English text):
- prompt tokens: the messages of the request rendered with the chat template, plus the tool
  definition (`tools` mode; hosted APIs bill it as prompt tokens);
- completion tokens: the answer's JSON as the stub sends it.
Re-asks would add a whole prompt each; the ideal answers need none (tests/test_replay_gates.py).
Prices: USD per million tokens (input, output), list prices; the Batch API halves both.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from common import REPO, add_repo_to_path, console, print_header, print_table

PRICES = {"gpt-4o-mini": (0.15, 0.60), "gpt-4.1-mini": (0.40, 1.60), "gpt-4.1-nano": (0.10, 0.40)}
ARTICLES = ("seeds/*.txt", "evals/heldout/articles/*.txt", "evals/heldout/articles/*.md")


def measure(mode: str, answers: Path) -> list[dict]:
    add_repo_to_path()
    from bench_tokens import Counter
    from stub_server import StubServer, completion, ok
    from summariser import load_config
    from summariser.articles import load_articles
    from summariser.backends.openai_compat import OpenAIBackend

    counter = Counter()
    rows = []
    for pattern in ARTICLES:
        for path in sorted(REPO.glob(pattern)):
            answer = answers / f"{path.stem}.json"
            if not answer.exists():
                continue
            article = next(iter(load_articles(path)))
            content = json.dumps(json.loads(answer.read_text(encoding="utf-8")), ensure_ascii=False)
            reply = (completion(tool_call={"name": "ArticleDraft", "arguments": content}) if mode == "tools"
                     else completion(content))
            with StubServer(lambda body, n: ok(reply), strict=False) as srv:
                config = load_config(backend="openai", base_url=srv.base_url, api_key="sk-bench", model="stub-model",
                                     mode=mode, use_cache=False, chunk_chars=100_000,
                                     cache_dir=tempfile.mkdtemp(prefix="bench_cost_"))
                result = OpenAIBackend(config).extract(article)
            body = srv.requests[0]
            prompt = counter.chat(body["messages"]) + (counter.text(json.dumps(body["tools"])) if body.get("tools") else 0)
            rows.append({"article": path.stem, "calls": len(srv.requests), "retries": result.usage.retries,
                         "prompt": prompt, "completion": counter.text(content)})
    return rows


def cost_table(rows: list[dict]) -> list[list[str]]:
    n = len(rows)
    p = sum(r["prompt"] * r["calls"] for r in rows) / n
    c = sum(r["completion"] * r["calls"] for r in rows) / n
    out = []
    for model, (pin, pout) in PRICES.items():
        per_1000 = 1000 * (p * pin + c * pout) / 1e6
        out.append([model, f"${pin:.2f} / ${pout:.2f}", f"${per_1000:.3f}", f"${per_1000 / 2:.3f}"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", default="tools", choices=["tools", "json", "json_schema", "md_json", "llamacpp"])
    ap.add_argument("--answers", type=Path, default=REPO / "evals" / "answers" / "ideal")
    ap.add_argument("--json", type=Path, help="also write the per-article figures here")
    args = ap.parse_args()
    print_header(f"Tokens and cost per article, openai backend, --mode {args.mode}")
    rows = measure(args.mode, args.answers)
    print_table("Per article (SmolLM2 tokenizer)", ["article", "calls", "prompt tokens", "completion tokens"],
                [[r["article"], str(r["calls"]), str(r["prompt"]), str(r["completion"])] for r in rows])
    n = len(rows)
    mean_p, mean_c = sum(r["prompt"] for r in rows) / n, sum(r["completion"] for r in rows) / n
    console().print(f"{n} articles: mean {mean_p:.0f} prompt + {mean_c:.0f} completion tokens, "
                    f"{sum(r['calls'] for r in rows) / n:.2f} calls per article")
    print_table("Cost per 1,000 articles", ["model", "price in / out per 1M", "online", "Batch API"], cost_table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
