"""The example notebook runs, cell by cell, on a real Jupyter kernel, as a user meets it:
first with the rules backend only, then with an OpenAI-compatible endpoint on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stub_server import StubServer, completion

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
pytestmark = [pytest.mark.slow, pytest.mark.integration]


def _run(tmp_path: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "examples")}}).execute()
    return nb


def _text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        parts.append(out.get("text", ""))
        data = out.get("data", {})
        parts += [data.get("text/plain", ""), data.get("text/html", "")]
    return "\n".join(parts)


def test_the_notebook_is_the_generated_one():
    """examples/make_quickstart.py is the source; the committed notebook must match it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_quickstart", ROOT / "examples" / "make_quickstart.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    committed = nbformat.read(NOTEBOOK, as_version=4)
    assert [c.source for c in committed.cells] == [c.source for c in mod.CELLS]


def test_quickstart_notebook_executes_with_the_rules_backend(tmp_path, monkeypatch):
    monkeypatch.delenv("SUMMARISER_BASE_URL", raising=False)
    nb = _run(tmp_path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "5 articles" in _text(code[0])
    view = _text(code[1])
    assert "<mark" in view and "<script>" in view  # the evidence view, readable without its script
    assert "no endpoint configured" in _text(code[-1])
    (ROOT / "examples" / "quickstart-report.html").unlink(missing_ok=True)


def test_quickstart_notebook_uses_a_configured_endpoint(tmp_path, monkeypatch):
    draft = {"summary": "", "attacks": [], "diplomacy": []}
    answer = lambda request, n: (200, {}, completion(json.dumps(draft)))  # noqa: E731
    with StubServer(answer) as srv:
        monkeypatch.setenv("SUMMARISER_BASE_URL", srv.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
        monkeypatch.setenv("SUMMARISER_MODEL", "stub-model")
        nb = _run(tmp_path)
        assert srv.requests, "the notebook never called the endpoint"
    out = _text([c for c in nb.cells if c.cell_type == "code"][-1])
    assert out.startswith("openai 1 call(s)"), out
    (ROOT / "examples" / "quickstart-report.html").unlink(missing_ok=True)
