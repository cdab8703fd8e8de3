"""The embedded model: raw llama.cpp speed vs the local pipeline, same model, same run.

    .venv/bin/python benchmarks/bench_local.py [--threads N] [--model PATH] [--articles seeds/]

1. Raw speed (llama_cpp.Llama directly, no pipeline): prompt evaluation tokens/s on a
   ~1,000-token prompt, and generation tokens/s (greedy, one token per decode) measured
   separately; best of --reps runs, measured before and again after the pipeline
   (other processes only ever slow a run down, so the best run is the closest to the limit).
2. The pipeline (`LocalBackend(config).extract(article)` on every seed, --passes times, each
   article's fastest pass kept, for the same reason): seconds per article,
   prompt and completion tokens from its usage, and its speed as a share of raw speed:
       ideal_s = prompt_tokens / raw_prompt_tps + completion_tokens / raw_gen_tps
       share   = ideal_s / measured_s
   i.e. how close the pipeline gets to the time llama.cpp alone needs for the same tokens.
   A share above 100 % means prompt tokens were reused from llama.cpp's KV cache (counted
   in usage but not evaluated again) -- which is what the issue asks for. So the same share
   is also computed from llama.cpp's own counters (tokens it actually evaluated): that one
   says how much of the time is spent at raw speed and how much is pipeline overhead.
Goals: share >= 90 % (both ways), and under 5 s per seed article on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from common import (REPO, add_repo_to_path, bundled_gguf, console, machine_info, print_header,
                    print_table, verdict)

PROMPT_TOKENS = 1000
GEN_TOKENS = 128
GEN_CONTEXT = 512  # the local pipeline's questions are ~500 prompt tokens each
GOAL_SHARE = 0.90
GOAL_S_PER_ARTICLE = 5.0


def filler_text() -> str:
    """Prompt text for the raw measurement: the seed articles, concatenated (real news prose
    tokenises like the pipeline's input; the content does not matter for speed)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    return "\n\n".join(texts) or "The city was shelled overnight. " * 400


def raw_speed(model_path: Path, threads: int, reps: int, n_ctx: int = 2048, n_batch: int = 512) -> dict:
    """Best of `reps` runs (the physical limit; other processes only ever slow a run down)."""
    from llama_cpp import Llama

    t0 = time.perf_counter()
    llm = Llama(model_path=str(model_path), n_ctx=n_ctx, n_batch=n_batch, n_threads=threads,
                n_threads_batch=threads, verbose=False)
    load_s = time.perf_counter() - t0
    tokens = llm.tokenize(filler_text().encode("utf-8"))[:PROMPT_TOKENS]
    llm.reset()
    llm.eval(tokens[:32])  # warm-up: first decode allocates buffers
    prompt_tps, gen_tps = [], []
    for _ in range(reps):
        llm.reset()
        t0 = time.perf_counter()
        llm.eval(tokens)
        prompt_tps.append(len(tokens) / (time.perf_counter() - t0))
        # generation from GEN_CONTEXT tokens of context, about where the pipeline's answers start
        llm.reset()
        llm.eval(tokens[:GEN_CONTEXT])
        t0 = time.perf_counter()
        for _ in range(GEN_TOKENS):
            tok = llm.sample(temp=0.0)
            llm.eval([tok])
        gen_tps.append(GEN_TOKENS / (time.perf_counter() - t0))
    del llm
    return {"prompt_tps": max(prompt_tps), "gen_tps": max(gen_tps), "prompt_all": prompt_tps,
            "gen_all": gen_tps, "load_s": load_s, "n_prompt": len(tokens)}


def _rate(p: dict, n: str, t: str):
    return p[n] / p[t] if p.get(t) else "-"


def _spread(values: list[float]) -> str:
    return "/".join(f"{v:.0f}" for v in values)


def best(a: dict, b: dict) -> dict:
    return {**a, "prompt_tps": max(a["prompt_tps"], b["prompt_tps"]), "gen_tps": max(a["gen_tps"], b["gen_tps"]),
            "prompt_all": a["prompt_all"] + b["prompt_all"], "gen_all": a["gen_all"] + b["gen_all"]}


def requantize(src: Path, ftype: int, dest_dir: Path) -> Path:
    """Write a re-quantised copy (ftype 7 = Q8_0) -- to measure raw speed for a backend that
    runs a re-quantised file."""
    import llama_cpp

    dest = dest_dir / f"{src.stem}.ftype{ftype}.gguf"
    if not dest.exists():
        params = llama_cpp.llama_model_quantize_default_params()
        params.ftype = ftype
        params.allow_requantize = True
        rc = llama_cpp.llama_model_quantize(str(src).encode(), str(dest).encode(), params)
        if rc != 0:
            raise SystemExit(f"llama_model_quantize failed ({rc}) for {src}")
    return dest


def local_backend_available() -> tuple[bool, str]:
    add_repo_to_path()
    try:
        import summariser.backends.local  # noqa: F401
    except ImportError as exc:
        return False, str(exc)
    return True, ""


def _llama_of(backend):
    """The Llama object the backend runs (for llama.cpp's own counters), if it can be found."""
    from summariser.backends import local

    models = getattr(local, "_MODELS", None) or {}
    path = str(getattr(backend, "path", ""))
    for key, llm in models.items():
        if not path or (isinstance(key, tuple) and key and key[0] == path):
            return llm
    return None


def _perf(llm) -> dict | None:
    """llama.cpp's own counters since the last reset: tokens evaluated in prompt batches and
    generated one by one, and the milliseconds each took."""
    if llm is None:
        return None
    import llama_cpp

    d = llama_cpp.llama_perf_context(llm.ctx)
    return {"n_p": d.n_p_eval, "n_g": d.n_eval, "t_p": d.t_p_eval_ms / 1000, "t_g": d.t_eval_ms / 1000}


def run_pipeline(articles_path: str, threads: int, model_path: str | None, limit: int | None,
                 passes: int = 1) -> tuple[dict, list[dict]]:
    add_repo_to_path()
    import llama_cpp
    from summariser import load_articles, load_config
    from summariser.articles import Article
    from summariser.backends.local import LocalBackend

    config = load_config(backend="local", threads=threads, use_cache=False, model_path=model_path)
    t0 = time.perf_counter()
    backend = LocalBackend(config)
    load_s = time.perf_counter() - t0
    articles = [a for a in load_articles(articles_path) if isinstance(a, Article)][:limit]
    # warm-up on the first article (loads the model, builds the grammar, evaluates the shared
    # prefix): its time is reported separately, then every article is timed warm
    t0 = time.perf_counter()
    if articles:
        backend.extract(articles[0])
    warm_s = time.perf_counter() - t0
    llm = _llama_of(backend)
    best: dict[str, dict] = {}
    for _ in range(passes):  # keep each article's fastest pass: other work only slows a pass down
        for article in articles:
            if llm is not None:
                llama_cpp.llama_perf_context_reset(llm.ctx)
            t0 = time.perf_counter()
            result = backend.extract(article)
            elapsed = time.perf_counter() - t0
            name = Path(article.path or article.id).name
            row = {"article": name, "s": elapsed, "all_s": best.get(name, {}).get("all_s", []) + [elapsed],
                   "prompt": result.usage.prompt_tokens, "completion": result.usage.completion_tokens,
                   "calls": getattr(result.usage, "calls", None), "perf": _perf(llm),
                   "attacks": len(result.attacks), "diplomacy": len(result.diplomacy)}
            if name not in best or elapsed < best[name]["s"]:
                best[name] = row
            else:
                best[name]["all_s"] = row["all_s"]
    rows = list(best.values())
    info = {"load_s": load_s, "warm_s": warm_s, "model_path": str(getattr(backend, "path", "") or ""),
            "threads": getattr(backend, "threads", None)}
    return info, rows


def resolve_backend_model(threads: int) -> str | None:
    """The GGUF the local backend will run (so raw speed is measured on the same file)."""
    add_repo_to_path()
    try:
        from summariser import load_config
        from summariser.backends.local import LocalBackend

        return str(LocalBackend(load_config(backend="local", threads=threads)).path)
    except Exception as exc:  # report, fall back to the bundled file
        console().print(f"[yellow]note[/yellow]: could not ask the local backend for its model: {exc}")
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)),
                    help="llama.cpp threads for both raw and pipeline (default: usable cores)")
    ap.add_argument("--model", help="GGUF to measure (default: the one the local backend runs, "
                                    "else the bundled SmolLM2 file)")
    ap.add_argument("--requantize", type=int, metavar="FTYPE",
                    help="also measure a re-quantised copy (7 = Q8_0), written under /tmp")
    ap.add_argument("--reps", type=int, default=3, help="raw-speed repetitions (best is used)")
    ap.add_argument("--articles", default=str(REPO / "seeds"), help="articles for the pipeline part")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--passes", type=int, default=3,
                    help="passes over the articles; each article's fastest pass is reported (default 3)")
    ap.add_argument("--raw-only", action="store_true", help="skip the pipeline part")
    args = ap.parse_args()

    print_header("bench_local: raw llama.cpp speed vs the local pipeline")
    console().print(f"threads: {args.threads} (usable cores: {machine_info()['affinity']})")

    have_backend, why = local_backend_available()
    model = Path(args.model) if args.model else None
    if model is None and have_backend:
        found = resolve_backend_model(args.threads)
        model = Path(found) if found else None
    model = model or bundled_gguf()
    measured = [model]
    if args.requantize is not None:
        measured.append(requantize(model, args.requantize, Path("/tmp")))

    raw_rows, raws = [], {}
    for path in measured:
        r = raw_speed(path, args.threads, args.reps)
        raws[path] = r
        raw_rows.append([path.name, f"{path.stat().st_size / 2**20:.0f} MiB", r["n_prompt"], r["prompt_tps"],
                         _spread(r["prompt_all"]), GEN_TOKENS, r["gen_tps"], _spread(r["gen_all"]), r["load_s"]])
    print_table(f"raw llama.cpp speed (best of {args.reps}; {args.threads} threads; generation after "
                f"{GEN_CONTEXT} tokens of context)",
                ["model", "size", "prompt tok", "prompt tok/s", "all runs", "gen tok", "gen tok/s", "all runs",
                 "load s"], raw_rows)

    if args.raw_only:
        return
    if not have_backend:
        console().print(f"[yellow]pipeline part skipped[/yellow]: summariser.backends.local does not import ({why})")
        return
    info, rows = run_pipeline(args.articles, args.threads, str(model) if args.model else None, args.limit,
                              args.passes)
    # raw speed again after the pipeline, same run: the best of both is the limit compared against
    raw = best(raws[model], raw_speed(model, args.threads, args.reps))
    console().print(f"raw speed used for the ratios (best of {len(raw['prompt_all'])} runs before and after "
                    f"the pipeline): prompt {raw['prompt_tps']:.0f} tok/s {_spread(raw['prompt_all'])}, "
                    f"generation {raw['gen_tps']:.1f} tok/s {_spread(raw['gen_all'])}")
    table, total_s, total_ideal, total_eval_ideal, total_llama = [], 0.0, 0.0, 0.0, 0.0
    for r in rows:
        ideal = r["prompt"] / raw["prompt_tps"] + r["completion"] / raw["gen_tps"]
        p = r["perf"] or {}
        eval_ideal = p.get("n_p", 0) / raw["prompt_tps"] + p.get("n_g", 0) / raw["gen_tps"]
        llama_s = p.get("t_p", 0) + p.get("t_g", 0)
        total_s += r["s"]
        total_ideal += ideal
        total_eval_ideal += eval_ideal
        total_llama += llama_s
        table.append([r["article"], r["s"], "/".join(f"{v:.1f}" for v in r["all_s"]), r["calls"] if r["calls"] is not None else "-", r["prompt"],
                      r["completion"], p.get("n_p", "-"), _rate(p, "n_p", "t_p"), p.get("n_g", "-"),
                      _rate(p, "n_g", "t_g"), f"{llama_s / r['s']:.0%}",
                      f"{ideal / r['s']:.0%}", f"{eval_ideal / r['s']:.0%}", f"{r['attacks']}/{r['diplomacy']}"])
    print_table(f"local pipeline, {len(rows)} article(s), best of {args.passes} warm passes (model {Path(info['model_path']).name}, "
                f"{info['threads']} threads; backend init {info['load_s']:.2f} s, first article cold "
                f"{info['warm_s']:.2f} s)",
                ["article", "s (best)", "all passes", "calls", "usage prompt tok", "usage compl tok", "evaluated prompt tok",
                 "its tok/s", "generated tok", "its tok/s", "time in decode", "share of raw (usage)",
                 "share of raw (evaluated)", "atk/dip"], table)
    console().print("usage = what the backend reports (every call's whole prompt); evaluated/generated and "
                    "their tok/s = llama.cpp's own counters (llama_perf_context) for the same article.\n"
                    "share of raw (usage) = time raw llama.cpp needs for the usage's prompt + completion "
                    "tokens / measured time (above 100 % = KV-cache prefix reuse); (evaluated) = the same "
                    "for the tokens llama.cpp actually evaluated: the rest of the time is outside decode "
                    "(grammar-constrained sampling, instructor, rules, grounding).")
    if not rows:
        return
    per = [r["s"] for r in rows]
    share = total_ideal / total_s
    print_table("summary", ["figure", "measured", "goal", "met"], [
        ["seconds per seed article (mean of each one's best pass)", statistics.mean(per), f"< {GOAL_S_PER_ARTICLE:.0f} s",
         verdict(statistics.mean(per) < GOAL_S_PER_ARTICLE)],
        ["slowest seed article (s)", max(per), f"< {GOAL_S_PER_ARTICLE:.0f} s", verdict(max(per) < GOAL_S_PER_ARTICLE)],
        ["pipeline token throughput as share of raw (usage tokens)", f"{share:.0%}", f">= {GOAL_SHARE:.0%}",
         verdict(share >= GOAL_SHARE)],
        ["same, counting only tokens llama.cpp evaluated", f"{total_eval_ideal / total_s:.0%}",
         f">= {GOAL_SHARE:.0%}", verdict(total_eval_ideal / total_s >= GOAL_SHARE)],
        ["time inside llama.cpp decode", f"{total_llama / total_s:.0%}", "", ""],
        ["raw prompt eval tok/s", raw["prompt_tps"], "", ""],
        ["raw generation tok/s", raw["gen_tps"], "", ""],
    ])


if __name__ == "__main__":
    sys.exit(main())
