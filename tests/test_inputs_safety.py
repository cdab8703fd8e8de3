"""No silent nothing (issue 12 defect 6): HTML read as a page, not as text; `.html` in
folders and symlinked folders read; skipped files named in one line; NUL characters
anywhere refused; direction overrides kept off the screen and out of the text."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.articles import load_articles, make_article
from summariser.cli import main
from summariser.errors import InputError
from summariser.records import Extraction



PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Strike on a rail depot | The Example Courier</title>
<meta property="og:site_name" content="The Example Courier">
<meta property="article:published_time" content="2025-03-14T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Strike on a rail depot</h1>
<p>A guided bomb hit a rail depot in the town of Kupiansk on Thursday evening, killing four
railway workers and wounding nine others, the regional governor wrote on Telegram.</p>
<p>Rescue teams worked through the night to clear the debris from the workshop, and the depot's
director said that freight traffic would resume within a week once the lines had been checked.</p>
<p>Residents of nearby streets reported broken windows and damaged roofs after the blast.</p>
</article>
<footer>Subscribe to our newsletter. Cookie settings. All rights reserved.</footer>
</body></html>
"""


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def read_out(path: Path) -> list[Extraction]:
    return [Extraction.model_validate_json(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved-page.txt"])
def test_an_html_page_is_read_for_its_main_text_and_date(tmp_path, name):
    f = tmp_path / name
    f.write_text(PAGE, encoding="utf-8")
    (article,) = list(load_articles(f))
    assert "<" not in article.text and "guided bomb hit a rail depot" in article.text
    assert "four" in article.text and "Sport" not in article.text
    assert str(article.published) == "2025-03-14"


def test_html_on_stdin_is_read_as_a_page(tmp_path):
    out = tmp_path / "o.jsonl"
    result = run("extract", "-", "-b", "rules", "-o", out, "-f", "none", input=PAGE)
    assert result.exit_code == 0, result.output
    (rec,) = read_out(out)
    assert "<p>" not in rec.text and "Kupiansk" in rec.text


def test_a_page_without_article_text_is_refused_with_a_reason(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (err,) = list(load_articles(f))
    assert isinstance(err, InputError) and "no article text" in str(err)


def test_html_in_a_folder_and_a_symlinked_folder_are_read_and_skips_summarised(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "note.md").write_text("Artillery fire hit Kherson on Monday, wounding two people, police said.\n")
    os.symlink(elsewhere, root / "linked")
    os.symlink(root, root / "sub" / "loop")  # a cycle must not hang the walk
    (root / "scan.pdf").write_bytes(b"%PDF-1.4")
    (root / "photo.png").write_bytes(b"\x89PNG")
    out = tmp_path / "o.jsonl"
    result = run("extract", root, "-b", "rules", "-o", out, "-f", "none")
    assert result.exit_code == 0, result.output
    paths = sorted(Path(r.article.path).name for r in read_out(out))
    assert paths == ["note.md", "page.html"]
    (skipped,) = [x for x in result.stderr.splitlines() if x.startswith("skipped")]
    assert "2 file(s)" in skipped and ".pdf" in skipped


def test_load_report_summary_is_one_line():
    from summariser.articles import LoadReport

    report = LoadReport(skipped=[("a.pdf", "not an article type (.pdf)"), ("b.pdf", "not an article type (.pdf)"),
                                 (".x.txt", "hidden")])
    line = report.summary()
    assert "\n" not in line and line.startswith("skipped 3 file(s)")


def test_nul_bytes_after_the_first_8_kib_are_refused(tmp_path):
    f = tmp_path / "late-nul.txt"
    f.write_bytes(b"Shelling hit Sumy on Monday, the mayor said. " * 400 + b"\x00tail")
    (err,) = list(load_articles(f))
    assert isinstance(err, InputError) and "NUL" in str(err)


def test_nul_in_a_json_lines_text_is_refused(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"text": "Drones hit Odesa port overnight.\u0000 Two were hurt."}) + "\n"
                 + json.dumps({"text": "Rockets hit Zaporizhzhia on Friday, injuring five, officials said."}) + "\n")
    results = list(load_articles(f))
    assert isinstance(results[0], InputError) and "NUL" in str(results[0]) and results[0].path.endswith(":1")
    assert not isinstance(results[1], InputError)


def test_direction_overrides_are_removed_from_the_text_and_recorded():
    raw = "Officials said \u202e02 were killed\u202c in the strike on Monday.\n"
    article = make_article(raw, path="x.txt")
    assert "\u202e" not in article.text and "\u202c" not in article.text
    assert any(s.reason == "bidirectional control character" and raw[s.start:s.end] == s.text
               for s in article.removed)


def test_direction_overrides_in_failure_lines_are_shown_not_obeyed(tmp_path):
    f = tmp_path / "evil\u202etxt.md"
    f.write_bytes(b"")
    result = run("extract", f, "-b", "rules", "-o", tmp_path / "o.jsonl", "-f", "none")
    assert result.exit_code == 1
    assert "\u202e" not in result.stderr and "<U+202E>" in result.stderr
