"""The Python API: `import summariser` and its small, lazily imported public surface."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import summariser
from summariser.articles import Article
from summariser.errors import ConfigError, InputError
from summariser.records import Extraction

ROOT = Path(__file__).resolve().parent.parent
BODY = "Russian missiles struck the city of Dnipro on Tuesday, killing at least three people, officials said.\n"

def public(name: str):
    """A public name as `summariser.<name>` resolves it lazily."""
    return summariser.__getattr__(name)


def rules(**options):
    return summariser.load_config(backend="rules", **options)


def test_extract_with_backend_keyword():
    rec = public("extract")(BODY, backend="rules")
    assert rec.backend == "rules"


def test_extract_many_with_backend_keyword(seed_paths):
    outcomes = list(public("extract_many")(seed_paths[:1], backend="rules"))
    assert outcomes and all(isinstance(o, Extraction) for o in outcomes), outcomes


def test_extract_text():
    rec = public("extract")(BODY, config=rules())
    assert isinstance(rec, Extraction)
    assert rec.backend == "rules" and rec.article.path is None
    assert rec.text == BODY.strip()
    assert rec.article.id == summariser.Article(text=rec.text).id


def test_extract_text_with_published():
    rec = public("extract")(BODY, config=rules(published="2025-02-11"))
    assert str(rec.article.published) == "2025-02-11"


def test_extract_path_str_and_pathlib(seed_paths):
    by_str = public("extract")(str(seed_paths[0]), config=rules())
    by_path = public("extract")(seed_paths[0], config=rules())
    assert by_str.article.path == by_path.article.path == str(seed_paths[0])
    assert by_str.article.id == by_path.article.id
    assert by_str.article.published is not None  # sidecar metadata is honoured for single files


def test_extract_bad_file_raises_input_error(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(InputError, match="empty.txt"):
        public("extract")(f, config=rules())


def test_extract_many_yields_records_and_failures(tmp_path, seed_paths):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    out = tmp_path / "o.jsonl"
    outcomes = list(summariser.extract_many([*seed_paths[:2], bad], config=rules(), out=out))
    records = [o for o in outcomes if isinstance(o, Extraction)]
    failures = [o for o in outcomes if isinstance(o, summariser.Failure)]
    assert len(records) == 2 and len(failures) == 1
    assert failures[0].path == str(bad) and "binary" in failures[0].error
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_extract_many_accepts_one_directory(seeds_dir):
    outcomes = list(summariser.extract_many(seeds_dir, config=rules()))
    assert len(outcomes) == 5 and all(isinstance(o, Extraction) for o in outcomes)


def test_load_articles(seeds_dir):
    arts = list(summariser.load_articles(seeds_dir))
    assert len(arts) == 5 and all(isinstance(a, Article) for a in arts)
    assert all(a.text and a.id for a in arts)


def test_to_dataframe():
    pd = pytest.importorskip("pandas")
    recs = [public("extract")(BODY, config=rules()), public("extract")(BODY + "More.", config=rules())]
    attacks = summariser.to_dataframe(recs)
    diplomacy = summariser.to_dataframe(recs, kind="diplomacy")
    assert isinstance(attacks, pd.DataFrame) and isinstance(diplomacy, pd.DataFrame)
    assert len(attacks) == sum(len(r.attacks) for r in recs)
    assert len(diplomacy) == sum(len(r.diplomacy) for r in recs)
    if len(attacks):
        assert {"article_id", "kind", "killed", "killed_qualifier"} <= set(attacks.columns)


def test_to_dataframe_rejects_unknown_kind():
    pytest.importorskip("pandas")
    with pytest.raises(ConfigError, match="kind"):
        summariser.to_dataframe([], kind="events")


def test_repr_html_escapes_article_text():
    evil = "<script>alert('x')</script> Shelling hit <b>Kherson</b> & killed two people on Monday."
    rec = public("extract")(evil, config=rules())
    rec = rec.model_copy(update={"summary": evil, "article": rec.article.model_copy(update={"title": evil})})
    page = rec._repr_html_()
    assert isinstance(page, str) and page
    assert "<script>alert" not in page and "<b>Kherson</b>" not in page
    assert "&lt;script&gt;" in page or "&lt;b&gt;" in page


def test_public_names_are_listed_and_lazy():
    assert {"extract", "extract_many", "load_articles", "to_dataframe", "Extraction"} <= set(summariser.__all__)
    assert set(dir(summariser)) >= {"extract", "load_articles"}
    with pytest.raises(AttributeError):
        summariser.no_such_name  # noqa: B018


HEAVY = ("llama_cpp", "scipy", "pandas", "instructor", "openai")


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_import_summariser_imports_nothing_heavy():
    loaded = _modules_after("import summariser")
    assert "summariser" in loaded
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}


def test_loading_articles_imports_nothing_heavy():
    loaded = _modules_after("import summariser\nlist(summariser.load_articles('seeds'))")
    assert "summariser.articles" in loaded
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}


def test_extract_by_name_in_a_fresh_interpreter(seed_paths):
    code = f"""
import summariser
rec = summariser.extract({str(seed_paths[0])!r}, config=summariser.load_config(backend="rules"))
assert rec.backend == "rules" and rec.article.published is not None
"""
    _modules_after(code)


def test_public_functions_not_shadowed_by_modules():
    loaded_code = ("import summariser\nimport summariser.pipeline, summariser.reconciler\n"
                   "assert callable(summariser.extract), type(summariser.extract)\n"
                   "assert callable(summariser.reconcile), type(summariser.reconcile)")
    _modules_after(loaded_code)


def test_cache_key_changes_with_the_code(monkeypatch):
    """Cached entries are finished Extractions, so a code change must not serve stale ones."""
    from summariser import cache

    assert len(cache.code_version()) == 16
    before = cache.ResponseCache.key({"backend": "local"}, "text")
    monkeypatch.setattr(cache, "code_version", lambda: "another-version")
    assert cache.ResponseCache.key({"backend": "local"}, "text") != before
