"""The eval harness: score a backend (or saved Extractions) against hand-labelled gold, report
figures with counts and intervals, and gate CI on a baseline.

    results = run_eval("evals/gold", config, controls_dir="evals/controls/gold")
    write_report(results, "eval-report/")           # results.json, report.md, report.html
    failures = check(results, load_json("evals/baselines/rules.json"))

One module per concept, data flowing down:

    runner     predictions (backend or JSONL) for every gold and control article -> results
    metrics    records (strict / lenient, optional as required), fields, shares, safety
    scores     one article: alignments, field verdicts, unsupported numbers, item verdicts
    matching   strict agreement rules and Hungarian alignment
    similarity lenient weighted similarity; the scorer's own name normalisers
    fields     field comparators and tallies
    safety     unsupported numbers (own number reader, sentence splitter and cue words)
    intervals  bootstrap intervals over articles
    prf        precision/recall/F1 of records and clusters
    clusters   reconciler quality against clusters.json
    gates      baselines, check, compare
    reports    results.json, report.md, report.html
    gold       gold files and clusters.json

docs/evaluation.md describes the metrics, matching rules, gates and how to bless.
"""

from __future__ import annotations

from ..errors import GoldError
from .clusters import score_clusters
from .fields import (attack_fields, count_exact, count_relaxed, date_within_day, diplomacy_fields, evidence_hit,
                     evidence_iou, qualifier_match, set_f1, tally_fields)
from .gates import (DEFAULT_TOLERANCE, DETERMINISTIC_BACKENDS, LOWER_IS_BETTER, baseline_of, check, compare,
                    default_tolerance, gated_metrics, load_json, lower_is_better, public, worse)
from .gold import FIELD_OF, GOLD_SCHEMA_VERSION, TYPES, GoldArticle, GoldDoc, load_clusters, load_gold, repo_root
from .intervals import prf_intervals, ratio_interval
from .matching import (KIND_GROUPS, Alignment, Match, align, align_attacks, align_diplomacy, kinds_compatible,
                       places_agree, strict_attack, strict_diplomacy)
from .metrics import control_summary, metrics
from .prf import PRF, b_cubed, pairwise_prf, record_prf
from .reports import html_items, markdown, write_report
from .runner import RESULTS_SCHEMA_VERSION, git_revision, read_records, run_eval, score_saved
from .safety import unsupported_numbers
from .scores import ArticleScore, item_verdicts, score_article
from .similarity import attack_similarity, date_distance, diplomacy_similarity, loc_similarity, norm_actor, norm_place

__all__ = [
    "GoldError", "score_clusters", "attack_fields", "count_exact", "count_relaxed", "date_within_day",
    "diplomacy_fields", "evidence_hit", "evidence_iou", "qualifier_match", "set_f1", "tally_fields",
    "DEFAULT_TOLERANCE", "DETERMINISTIC_BACKENDS", "LOWER_IS_BETTER", "baseline_of", "check", "compare",
    "default_tolerance", "gated_metrics", "load_json", "lower_is_better", "public", "worse", "FIELD_OF",
    "GOLD_SCHEMA_VERSION", "TYPES", "GoldArticle", "GoldDoc", "load_clusters", "load_gold", "repo_root",
    "prf_intervals", "ratio_interval", "KIND_GROUPS", "Alignment", "Match", "align", "align_attacks",
    "align_diplomacy", "kinds_compatible", "places_agree", "strict_attack", "strict_diplomacy", "control_summary",
    "metrics", "PRF", "b_cubed", "pairwise_prf", "record_prf", "html_items", "markdown", "write_report",
    "RESULTS_SCHEMA_VERSION", "git_revision", "read_records", "run_eval", "score_saved", "unsupported_numbers",
    "ArticleScore", "item_verdicts", "score_article", "attack_similarity", "date_distance", "diplomacy_similarity",
    "loc_similarity", "norm_actor", "norm_place",
]
