"""The answer fixtures under evals/answers/ are what they claim: every file parses as the draft
the LLM backend asks for, ideal quotes are verbatim, the planted manifest points at real values,
and habits/ is what habits.py makes of ideal/ today (evals/answers/tools/check.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_answer_fixtures_pass_their_self_check():
    run = subprocess.run([sys.executable, "evals/answers/tools/check.py"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 problem(s)" in run.stdout


def test_the_self_check_fails_on_a_broken_fixture(tmp_path):
    """A draft that does not parse is reported: the check can fail."""
    sys.path.insert(0, str(ROOT / "evals" / "answers" / "tools"))
    try:
        import check
    finally:
        sys.path.pop(0)
    bad = tmp_path / "odesa_port.json"
    bad.write_text('{"attacks": [{"killed": "many", "evidence": ["A quote."]}]}', encoding="utf-8")
    texts = {"odesa_port": "Drones hit the port overnight."}
    assert any("not an ArticleDraft" in p for p in check.check_file(bad, texts, verbatim=True))
    bad.write_text('{"attacks": [{"killed": 2, "evidence": ["A quote the article lacks."]}]}', encoding="utf-8")
    assert any("not verbatim" in p for p in check.check_file(bad, texts, verbatim=True))
