"""Every gold set under evals/ loads, and its labels still point at the words of its articles.

Covers the tuning set (evals/gold), the held-out set, the blind set and the hard negative
controls. The checks read only the gold files and the articles they name: no label or article
sentence is repeated here, so the test cannot leak an evaluation set into the code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summariser import evaluate as ev
from summariser.records import iter_counts, iter_spans

ROOT = Path(__file__).resolve().parent.parent
SETS = ["evals/gold", "evals/heldout/gold", "evals/blind/gold", "evals/controls/gold",
        "evals/dev/gold", "evals/dev2/gold", "evals/dev3/gold", "evals/dev4/gold",
        *(f"evals/dev{n}/gold" for n in range(5, 79))]
ARTICLE_SUFFIXES = {".txt", ".md"}


@pytest.fixture(scope="module", params=SETS)
def gold_set(request):
    return request.param, ev.load_gold(ROOT / request.param)


def test_every_gold_file_loads_and_its_spans_reproduce_the_cleaned_text(gold_set):
    name, golds = gold_set
    assert golds, f"{name}: no gold files"
    for g in golds:
        assert g.doc.article.id == g.article.id, f"{g.stem}: run evals/tools/locate_spans.py"
        for span in iter_spans(g.as_extraction()):
            assert g.article.text[span.start:span.end] == span.text, f"{g.stem}: {span.text!r}"


def test_every_record_has_evidence_and_every_count_its_words(gold_set):
    _, golds = gold_set
    for g in golds:
        for rec in [*g.doc.attacks, *g.doc.diplomacy]:
            assert rec.evidence, f"{g.stem}: a record without evidence"
            for field, count in iter_counts(rec):
                assert count.evidence is not None, f"{g.stem}: {field} has no evidence"


@pytest.mark.parametrize("gold_dir", SETS)
def test_locate_spans_has_nothing_to_change(gold_dir):
    files = [str(f) for f in sorted((ROOT / gold_dir).glob("*.json")) if f.name != "clusters.json"]
    run = subprocess.run([sys.executable, "evals/tools/locate_spans.py", "--check", *files], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_clusters_name_existing_records_of_different_articles(gold_set):
    name, golds = gold_set
    clusters = ev.load_clusters(ROOT / name)
    if clusters is None:
        pytest.skip(f"{name} has no clusters.json")
    by_stem = {g.stem: g for g in golds}
    for cluster in clusters:
        assert len(cluster) > 1, f"{name}: a cluster of one record"
        assert len({stem for stem, _, _ in cluster}) == len(cluster), f"{name}: two records of one article"
        for stem, rtype, index in cluster:
            assert stem in by_stem, f"{name}: cluster names unknown article {stem}"
            assert index < len(by_stem[stem].records(rtype)), (stem, rtype, index)


@pytest.mark.parametrize("set_dir", ["evals/blind", "evals/controls"])
def test_every_article_has_a_gold_file(set_dir):
    articles = {p.stem for p in (ROOT / set_dir / "articles").iterdir() if p.suffix in ARTICLE_SUFFIXES}
    golds = {p.stem for p in (ROOT / set_dir / "gold").glob("*.json")} - {"clusters"}
    assert articles == golds


def test_blind_set_is_large_enough_and_has_true_duplicates():
    golds = ev.load_gold(ROOT / "evals/blind/gold")
    assert len(golds) >= 12
    clusters = ev.load_clusters(ROOT / "evals/blind/gold")
    assert sum(1 for c in clusters if len(c) > 1) >= 2


def test_controls_hold_no_required_record():
    for g in ev.load_gold(ROOT / "evals/controls/gold"):
        required = [r for r in [*g.doc.attacks, *g.doc.diplomacy] if not r.optional]
        assert required == [], f"{g.stem}: a hard negative control must have no required record"
