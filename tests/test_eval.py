"""The gold labels, the eval harness, and the CI gate it provides."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser import evaluate as ev
from summariser.evaluate import clusters as clusters_mod
from summariser.backends import BackendResult
from summariser.cli import main
from summariser.records import Attack, Count, Extraction, Location, Span, iter_counts, iter_spans

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold"
CONTROLS = ROOT / "evals" / "controls" / "gold"


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
    return _GOLD_BY_ID.get(article.id)


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
        if g is None:  # an article outside the seed gold (a control): nothing to report
            return [], []
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
    ("rules", "evals/dev/gold", "evals/baselines/rules-dev.json"),
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

    # a generous tolerance lets every drop through (the tolerance is really applied), but not the
    # qualifier fields that are no longer scored at all: a missing metric fails whatever the tolerance
    r = _eval("--backend", broken, "--no-cache", "--check", str(base), "--tolerance", "1", "-q")
    regressions = [line for line in r.output.splitlines() if line.startswith("REGRESSION")]
    assert r.exit_code == 1 and regressions and "REGRESSION counts.exact" not in r.output
    assert all("qualifier: missing from this run" in line for line in regressions), regressions


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
    assert m["records"]["strict"]["attack"]["fp"] == 1 and m["records"]["lenient"]["attack"]["fp"] == 1


def test_gold_scored_against_itself_is_perfect(golds):
    scores = [ev.score_article(g, g.as_extraction()) for g in golds]
    m = ev.metrics(scores, None)
    for name in ("attack.f1", "diplomacy.f1", "attack.lenient.f1", "diplomacy.lenient.f1", "attack.recall_all",
                 "diplomacy.recall_all", "counts.exact", "counts.relaxed", "evidence.hit"):
        assert m["headline"][name] == 1.0, name
    assert all(f["score"] == 1.0 for fields in m["fields"].values() for f in fields.values())


def test_gold_labels_state_every_number_they_code(every_gold):
    """The unsupported-number check against the labels themselves: a count coded by the codebook
    is always stated in its evidence sentence with a cue for its field."""
    for g in every_gold:
        assert ev.unsupported_numbers([*g.doc.attacks, *g.doc.diplomacy], g.article.text) == [], g.stem


def test_results_and_report_files(tmp_path, monkeypatch):
    monkeypatch.setattr(clusters_mod, "_reconcile_fn", lambda: None)  # as before the reconciler existed
    r = _eval("--backend", "rules", "--no-cache", "--report", str(tmp_path))
    assert r.exit_code == 0, r.output
    assert "attack" in r.output and "precision" in r.output
    results = json.loads((tmp_path / "results.json").read_text())
    for key in ("schema_version", "git_revision", "backend", "model", "prompt_hash", "items", "articles", "totals"):
        assert key in results
    assert results["backend"] == "rules"
    assert results["metrics"]["clusters"] == {"skipped": "summariser.reconcile is not available"}
    assert all("elapsed_s" in a and "usage" in a for a in results["articles"])
    md = (tmp_path / "report.md").read_text()
    assert "| strict | attack |" in md and "| lenient | attack |" in md and "optional as required" in md
    records = results["metrics"]["records"]["strict"]["attack"]
    assert {"tp", "fp", "fn", "recall_all", "intervals"} <= set(records)
    assert len(records["intervals"]["f1"]) == 2


# --------------------------------------------------------------------------- gates on everything


class AllHeldBackend(OracleBackend):
    """Broken on purpose in one field only: every diplomacy status becomes 'held'."""

    name = "all-held"

    def extract(self, article):
        attacks, diplomacy = self.records(article)
        return BackendResult(attacks=attacks, diplomacy=[d.model_copy(update={"status": "held"}) for d in diplomacy])


class ControlBreakerBackend(OracleBackend):
    """Right on the seed gold articles, but invents an attack on any other article (the controls)."""

    name = "control-breaker"

    def extract(self, article):
        if _gold_for(article) is None:
            first = article.text.split("\n")[0][:60]  # grounding keeps a record with real evidence
            invented = Attack(kind="other", evidence=[Span(text=first, start=0, end=len(first))])
            return BackendResult(attacks=[invented], diplomacy=[])
        return super().extract(article)


def _bless_oracle(tmp_path, *extra) -> Path:
    base = tmp_path / "oracle.json"
    r = _eval("--backend", f"{__name__}:OracleBackend", "--no-cache", "--check", str(base), "--bless", "-q", *extra)
    assert r.exit_code == 0, r.output
    return base


def test_a_field_only_regression_fails_the_gate(tmp_path):
    base = _bless_oracle(tmp_path)
    blessed = json.loads(base.read_text())
    assert blessed["tolerances"]["field.diplomacy.status"] == 0.02  # one tolerance per gated metric
    r = _eval("--backend", f"{__name__}:AllHeldBackend", "--no-cache", "--check", str(base), "-q")
    assert r.exit_code == 1, r.output
    assert "REGRESSION field.diplomacy.status" in r.output
    assert "REGRESSION diplomacy.f1" not in r.output  # the record figures hold: only the field gate catches it


def test_per_metric_tolerance_in_the_baseline_is_applied(tmp_path):
    base = _bless_oracle(tmp_path)
    data = json.loads(base.read_text())
    data["tolerances"]["field.diplomacy.status"] = 1.0  # a maintainer loosened this one field
    base.write_text(json.dumps(data))
    assert _eval("--backend", f"{__name__}:AllHeldBackend", "--no-cache", "--check", str(base), "-q").exit_code == 0
    r = _eval("--backend", f"{__name__}:OracleBackend", "--no-cache", "--check", str(base), "--bless", "-q")
    assert r.exit_code == 0 and json.loads(base.read_text())["tolerances"]["field.diplomacy.status"] == 1.0


def test_a_metric_missing_from_the_new_run_fails_the_gate(golds):
    results = {"backend": "rules", "metrics": ev.metrics([ev.score_article(g, g.as_extraction()) for g in golds], None)}
    baseline = json.loads(json.dumps(results))
    baseline["metrics"]["headline"]["clusters.gold_input.pairwise_f1"] = 0.8
    baseline["metrics"]["fields"]["attack"]["novel_field"] = {"n": 3, "score": 1.0}
    failures = ev.check(results, baseline)
    assert any(f.startswith("clusters.gold_input.pairwise_f1: missing") for f in failures), failures
    assert any(f.startswith("field.attack.novel_field: missing") for f in failures), failures
    assert ev.check(results, json.loads(json.dumps(results))) == []


def test_a_reconciler_exception_fails_the_run_and_the_gate(tmp_path, monkeypatch):
    base = _bless_oracle(tmp_path)

    def broken(extractions):
        raise RuntimeError("clustering blew up")

    monkeypatch.setattr(clusters_mod, "_reconcile_fn", lambda: broken)
    r = _eval("--backend", f"{__name__}:OracleBackend", "--no-cache", "--check", str(base), "-q")
    assert r.exit_code == 1
    assert "reconciler raised" in r.output and "clustering blew up" in r.output
    r = _eval("--backend", f"{__name__}:OracleBackend", "--no-cache", "--check", str(base), "--bless", "-q")
    assert r.exit_code == 1 and "nothing blessed" in r.output
    results = ev.run_eval(GOLD, backend=OracleBackend(), resamples=10)
    assert any(f.startswith("clusters.error") for f in ev.check(results, json.loads(base.read_text())))


def test_attack_records_on_controls_are_counted_and_gated(tmp_path):
    base = tmp_path / "oracle.json"
    args = ("--no-cache", "--controls", str(CONTROLS), "--check", str(base), "-q")
    assert _eval("--backend", f"{__name__}:OracleBackend", *args, "--bless").exit_code == 0
    blessed = json.loads(base.read_text())
    assert blessed["metrics"]["headline"]["safety.control_attack_records"] == 0
    assert "control_articles" not in blessed and "articles" not in blessed  # no timings in a baseline
    assert blessed["metrics"]["safety"]["controls"]["articles"] == len(list(CONTROLS.glob("*.json")))
    r = _eval("--backend", f"{__name__}:ControlBreakerBackend", *args)
    n = len(list(CONTROLS.glob("*.json")))
    assert r.exit_code == 1 and f"REGRESSION safety.control_attack_records: {n}" in r.output, r.output


def test_saved_predictions_are_scored_without_a_backend(tmp_path, golds):
    preds = tmp_path / "preds.jsonl"
    keep = [g for g in golds if g.stem != golds[0].stem]  # one article has no prediction
    preds.write_text("".join(g.as_extraction().model_copy(update={"backend": "saved"}).model_dump_json() + "\n"
                             for g in keep), encoding="utf-8")
    r = _eval("--records", str(preds), "--no-controls", "--report", str(tmp_path / "out"), "-q")
    assert r.exit_code == 0, r.output
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    assert results["backend"] == "saved" and results["records"] == str(preds)
    assert results["metrics"]["headline"]["failed_articles"] == 1
    failed = [a for a in results["articles"] if a["error"]]
    assert [a["article"] for a in failed] == [golds[0].stem] and "no Extraction" in failed[0]["error"]
    assert results["metrics"]["headline"]["attack.precision"] == 1.0


def test_a_broken_records_file_names_the_line(tmp_path):
    preds = tmp_path / "preds.jsonl"
    preds.write_text('{"not": "an extraction"}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", "--records", str(preds)])
    assert r.exit_code != 0 and f"{preds}:1" in r.output


def test_zero_resamples_skips_the_intervals_and_keeps_the_figures(tmp_path):
    with_iv = ev.run_eval(GOLD, backend=OracleBackend(), resamples=10)
    without = ev.run_eval(GOLD, backend=OracleBackend(), resamples=0)
    assert without["metrics"]["headline"] == with_iv["metrics"]["headline"]
    assert with_iv["metrics"]["records"]["strict"]["attack"]["intervals"]
    assert without["metrics"]["records"]["strict"]["attack"]["intervals"] == {}
    r = _eval("--backend", f"{__name__}:OracleBackend", "--no-cache", "--resamples", "0",
              "--report", str(tmp_path / "out"), "-q")
    assert r.exit_code == 0, r.output
    assert json.loads((tmp_path / "out" / "results.json").read_text())["metrics"]["headline"]
    r = _eval("--backend", f"{__name__}:OracleBackend", "--resamples", "-1")
    assert r.exit_code == 2 and "--resamples" in r.output
