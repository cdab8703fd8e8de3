"""The gold labels, the eval harness, and the CI gate it provides."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser import evaluate as ev
from summariser.backends import BackendResult
from summariser.cli import main
from summariser.records import Attack, Count, Extraction, Location, iter_counts, iter_spans

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold"


# --------------------------------------------------------------------------- gold data


@pytest.fixture(scope="module")
def golds():
    return ev.load_gold(GOLD)


@pytest.fixture(scope="module", params=["evals/gold", "evals/heldout/gold"])
def every_gold(request):
    return ev.load_gold(ROOT / request.param)


def test_every_seed_has_a_gold_file(golds):
    stems = {g.stem for g in golds}
    assert {p.stem for p in (ROOT / "seeds").glob("*.txt")} <= stems


def test_gold_spans_reproduce_their_text_in_the_cleaned_article(every_gold):
    checked = 0
    for g in every_gold:
        ext = g.as_extraction()
        for span in iter_spans(ext):
            assert g.article.text[span.start:span.end] == span.text, f"{g.stem}: {span.text!r}"
            checked += 1
        assert g.doc.article.id == g.article.id, f"{g.stem}: run evals/tools/locate_spans.py"
    assert checked > 50


def test_every_gold_record_has_evidence_and_every_count_its_words(every_gold):
    for g in every_gold:
        for rec in [*g.doc.attacks, *g.doc.diplomacy]:
            assert rec.evidence, f"{g.stem}: a record without evidence"
            for name, count in iter_counts(rec):
                assert count.evidence is not None, f"{g.stem}: {name} has no evidence"


@pytest.mark.parametrize("gold_dir", ["evals/gold", "evals/heldout/gold"])
def test_locate_spans_has_nothing_to_change(gold_dir):
    files = [str(f) for f in sorted((ROOT / gold_dir).glob("*.json")) if f.name != "clusters.json"]
    run = subprocess.run([sys.executable, "evals/tools/locate_spans.py", "--check", *files], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_clusters_name_existing_records_of_different_articles(golds):
    by_stem = {g.stem: g for g in golds}
    clusters = ev.load_clusters(GOLD)
    assert clusters and any(len(c) > 1 for c in clusters)
    for cluster in clusters:
        assert len({stem for stem, _, _ in cluster}) == len(cluster)  # never two records of one article
        for stem, rtype, index in cluster:
            assert index < len(by_stem[stem].records(rtype)), (stem, rtype, index)


def test_a_broken_gold_span_is_reported(tmp_path, golds):
    src = GOLD / f"{golds[0].stem}.json"
    data = json.loads(src.read_text(encoding="utf-8"))
    span = data["attacks"][0]["evidence"][0]
    span["start"] += 1
    span["end"] += 1
    data["article"]["path"] = str(ROOT / data["article"]["path"])
    (tmp_path / src.name).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ev.GoldError, match="locate_spans"):
        ev.load_gold(tmp_path)


# --------------------------------------------------------------------------- test backends


_GOLD_BY_ID: dict = {}


def _gold_for(article):
    if not _GOLD_BY_ID:
        _GOLD_BY_ID.update({g.article.id: g for g in ev.load_gold(GOLD)})
    return _GOLD_BY_ID[article.id]


class OracleBackend:
    """Answers with the gold labels: the best a backend can do."""

    name = "oracle"
    model = None
    prompt_version = None
    prompt_hash = None

    def __init__(self, config=None):
        self.config = config

    def identity(self):
        return {"backend": self.name}

    def records(self, article):
        g = _gold_for(article)
        attacks = [a.model_copy(update={"optional": False}) for a in g.doc.attacks]
        diplomacy = [d.model_copy(update={"optional": False}) for d in g.doc.diplomacy]
        return attacks, diplomacy

    def extract(self, article):
        attacks, diplomacy = self.records(article)
        return BackendResult(attacks=attacks, diplomacy=diplomacy)


class DropCountsBackend(OracleBackend):
    """Broken on purpose: finds every record but loses every number."""

    name = "drop-counts"

    def extract(self, article):
        attacks, diplomacy = self.records(article)
        blank = {"killed": None, "injured": None, "children_killed": None, "children_injured": None}
        attacks = [a.model_copy(update={**blank, "weapons": [w.model_copy(update={"launched": None, "intercepted": None})
                                                             for w in a.weapons]}) for a in attacks]
        return BackendResult(attacks=attacks, diplomacy=diplomacy)


def _eval(*args):
    return CliRunner().invoke(main, ["eval", *args], catch_exceptions=False)


# --------------------------------------------------------------------------- the CI gate


GATES = [  # (backend, gold folder, committed baseline): the regression gate CI runs
    ("rules", "evals/gold", "evals/baselines/rules.json"),
    ("rules", "evals/heldout/gold", "evals/baselines/rules-heldout.json"),
    pytest.param("local", "evals/gold", "evals/baselines/local.json", marks=[pytest.mark.slow, pytest.mark.integration]),
    pytest.param("local", "evals/heldout/gold", "evals/baselines/local-heldout.json",
                 marks=[pytest.mark.slow, pytest.mark.integration]),
]


@pytest.mark.parametrize("backend, gold, baseline", GATES)
def test_eval_passes_its_committed_baseline(backend, gold, baseline):
    """The CI gate, exactly as a user runs it: any headline metric below its baseline fails."""
    run = subprocess.run([sys.executable, "-m", "summariser", "eval", "--backend", backend, "--gold", gold,
                          "--no-cache", "--check", baseline, "-q"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "check against" in run.stderr and "ok" in run.stderr


def test_a_broken_extractor_fails_the_check_and_compare_shows_the_regression(tmp_path):
    base = tmp_path / "oracle.json"
    oracle, broken = f"{__name__}:OracleBackend", f"{__name__}:DropCountsBackend"
    r = _eval("--backend", oracle, "--no-cache", "--check", str(base), "--bless", "--report", str(tmp_path / "old"), "-q")
    assert r.exit_code == 0, r.output
    blessed = json.loads(base.read_text())
    assert blessed["metrics"]["headline"]["attack.f1"] == 1.0 and blessed["tolerance"] == 0.02

    assert _eval("--backend", oracle, "--no-cache", "--check", str(base), "-q").exit_code == 0

    r = _eval("--backend", broken, "--no-cache", "--check", str(base), "--report", str(tmp_path / "new"), "-q")
    assert r.exit_code == 1
    assert "REGRESSION counts.exact" in r.output

    r = _eval("--compare", str(tmp_path / "old" / "results.json"), str(tmp_path / "new" / "results.json"))
    assert r.exit_code == 1
    assert "regressed: " in r.output and "regressed: 0" not in r.output
    assert "attack/g0" in r.output and "wrong: " in r.output

    # a generous tolerance lets the same run through: the tolerance is really applied
    assert _eval("--backend", broken, "--no-cache", "--check", str(base), "--tolerance", "1", "-q").exit_code == 0


def test_an_invented_number_fails_the_check_whatever_the_baseline(golds):
    g = golds[0]
    honest = g.as_extraction()
    attack = honest.attacks[0].model_copy(update={"killed": Count(value=987654)})
    invented = honest.model_copy(update={"attacks": [attack, *honest.attacks[1:]]})
    scores = [ev.score_article(g, invented)]
    results = {"backend": "rules", "metrics": ev.metrics(scores, None)}
    assert results["metrics"]["headline"]["safety.unsupported_numbers"] == 1
    assert ev.check(results, {"metrics": {"headline": {}}, "tolerance": 0.0})
    assert ev.check({"backend": "rules", "metrics": ev.metrics([ev.score_article(g, honest)], None)},
                    {"metrics": {"headline": {}}}) == []


def test_records_on_an_article_that_has_none_are_counted(golds):
    control = next(g for g in golds if not g.doc.attacks and not g.doc.diplomacy)
    spurious = Extraction(article=control.article.meta(), backend="x", text=control.article.text,
                          attacks=[Attack(kind="other", locations=[Location(name="Kyiv")])])
    m = ev.metrics([ev.score_article(control, spurious)], None)
    assert m["safety"]["records_on_empty_articles"] == 1
    assert m["records"]["attack"]["fp"] == 1


def test_gold_scored_against_itself_is_perfect(golds):
    scores = [ev.score_article(g, g.as_extraction()) for g in golds]
    m = ev.metrics(scores, None)
    for name in ("attack.f1", "diplomacy.f1", "counts.exact", "counts.relaxed", "evidence.hit"):
        assert m["headline"][name] == 1.0, name
    assert all(f["score"] == 1.0 for fields in m["fields"].values() for f in fields.values())


def test_results_and_report_files(tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "_reconcile_fn", lambda: None)  # as before the reconciler existed
    r = _eval("--backend", "rules", "--no-cache", "--report", str(tmp_path))
    assert r.exit_code == 0, r.output
    assert "attack" in r.output and "precision" in r.output
    results = json.loads((tmp_path / "results.json").read_text())
    for key in ("schema_version", "git_revision", "backend", "model", "prompt_hash", "items", "articles", "totals"):
        assert key in results
    assert results["backend"] == "rules"
    assert results["metrics"]["clusters"] == {"skipped": "summariser.reconcile is not available"}
    assert all("elapsed_s" in a and "usage" in a for a in results["articles"])
    assert "| attack |" in (tmp_path / "report.md").read_text()
