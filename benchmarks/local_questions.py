"""Does an enum question to the local model beat the rules on the field it answers? (issue 13 item 4)

    .venv/bin/python benchmarks/local_questions.py [--sets seeds,heldout,controls] [--questions status,kind,attacker,background]

The rules backend extracts each in-sample set; its records are aligned to gold (strict). For
every rules record the model is asked the question about the record's first evidence sentence,
and both answers are scored against gold:
- status / kind (diplomacy) and attacker (attack): on strictly matched pairs, rules right,
  model right, and the disagreements (who was right when they differ);
- background (attack): a matched record should be `new`, an unmatched rules record (a false
  positive) `background`: how many false positives a "drop when background" policy would remove
  and how many true positives it would lose.
A question helps only if, where the model and the rules disagree, the model is right more often.
The blind set is never read here.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from common import REPO, add_repo_to_path, console, print_header, print_table

SETS = {"seeds": "evals/gold", "heldout": "evals/heldout/gold", "controls": "evals/controls/gold"}


def sentence_of(rec, text: str) -> str | None:
    from summariser.backends.local import MAX_SENTENCE_CHARS
    from summariser.sentences import split_sentences

    if not rec.evidence:
        return None
    start = rec.evidence[0].start
    for s in split_sentences(text):
        if s.start <= start < s.end:
            return s.text if len(s.text) <= MAX_SENTENCE_CHARS else None
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="seeds,heldout,controls")
    ap.add_argument("--questions", default="status,kind,attacker,background")
    args = ap.parse_args()
    add_repo_to_path()
    from summariser import load_config
    from summariser.backends.llm import Meter
    from summariser.backends.local import LocalBackend
    from summariser.evaluate.gold import load_gold
    from summariser.evaluate.scores import score_article
    from summariser.evaluate.similarity import norm_actor

    print_header("local_questions: the model's enum answers against the rules, per field")
    questions = args.questions.split(",")
    from summariser.pipeline import Extractor

    rules = Extractor(load_config(backend="rules", use_cache=False))
    local = LocalBackend(load_config(backend="local", use_cache=False))
    tally: Counter = Counter()
    calls, t0 = 0, time.perf_counter()
    for name in args.sets.split(","):
        for g in load_gold(REPO / SETS[name]):
            res = rules.extract(g.article)
            s = score_article(g, res)
            meter = Meter()
            text = g.article.text
            dip, atk = s.alignments["diplomacy"], s.alignments["attack"]
            for m in dip.matches:
                if m.gold in dip.optional:
                    continue
                gr, pr = g.records("diplomacy")[m.gold], res.diplomacy[m.pred]
                sent = sentence_of(pr, text)
                for q, gold_v, rules_v in (("status", gr.status.value, pr.status.value),
                                           ("kind", gr.kind.value, pr.kind.value)):
                    if q in questions and sent:
                        ans = local.choose(q, sent, meter)
                        calls += 1
                        _score(tally, name, q, gold_v, rules_v, ans)
            for m in atk.matches:
                if m.gold in atk.optional:
                    continue
                gr, pr = g.records("attack")[m.gold], res.attacks[m.pred]
                sent = sentence_of(pr, text)
                if "attacker" in questions and sent and gr.attacker:
                    ans = local.choose("attacker", sent, meter)
                    calls += 1
                    _score(tally, name, "attacker", norm_actor(gr.attacker), norm_actor(pr.attacker),
                           norm_actor(ans) if ans else None)
                if "background" in questions and sent:
                    ans = local.choose("background", sent, meter)
                    calls += 1
                    tally[(name, "background", f"tp record answered {ans}")] += 1
                    print(f"answer {name} background: tp record, model={ans}", flush=True)
            for j in atk.unmatched_pred:
                sent = sentence_of(res.attacks[j], text)
                if "background" in questions and sent:
                    ans = local.choose("background", sent, meter)
                    calls += 1
                    tally[(name, "background", f"fp record answered {ans}")] += 1
                    print(f"answer {name} background: fp record, model={ans}", flush=True)
    wall = time.perf_counter() - t0
    rows = [[s, q, k, v] for (s, q, k), v in sorted(tally.items())]
    print_table(f"model answers vs rules ({calls} questions, {wall:.0f} s, {wall / max(calls, 1):.2f} s each, under load)",
                ["set", "question", "outcome", "n"], rows)
    return 0


def _score(tally: Counter, name: str, q: str, gold_v, rules_v, model_v) -> None:
    r_ok, m_ok = rules_v == gold_v, model_v == gold_v
    print(f"answer {name} {q}: gold={gold_v} rules={rules_v} model={model_v}", flush=True)
    tally[(name, q, "pairs")] += 1
    tally[(name, q, "rules right")] += r_ok
    tally[(name, q, "model right")] += m_ok
    if model_v is None:
        tally[(name, q, "model no answer")] += 1
    elif model_v != rules_v:
        tally[(name, q, "disagree: model right")] += m_ok
        tally[(name, q, "disagree: rules right")] += r_ok
        tally[(name, q, "disagree: both wrong")] += (not m_ok and not r_ok)


if __name__ == "__main__":
    sys.exit(main())
