"""The report in a real browser: headless Chromium (Debian's `chromium` + `chromium-driver`)
opens the generated file offline, the highlights exist, clicking a record lights up its
spans, the hostile article's script never runs, and a screenshot is saved.

Screenshots go to $SUMMARISER_SCREENSHOT_DIR when set, else to the test's tmp folder;
the paths are printed (run with -s to see them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summariser.report import render_eval_html, render_extractions_html
from test_report import hostile_extraction, sample_events, seed_extractions

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
                       reason="needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver"),
]


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", f"--user-data-dir={tmp_path / 'profile'}",
                "--window-size=1400,1800", "--hide-scrollbars"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _shot_dir(tmp_path: Path) -> Path:
    d = Path(os.environ.get("SUMMARISER_SCREENSHOT_DIR") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


def _classes_of(driver, selector: str) -> list[list[str]]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => Array.from(e.classList));", selector)


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def test_report_in_chromium(browser, tmp_path):
    exts = [*seed_extractions(), hostile_extraction()]
    events = sample_events(exts)
    page = tmp_path / "report.html"
    page.write_text(render_extractions_html(exts, events), encoding="utf-8")
    browser.get(page.as_uri())

    js = browser.execute_script
    assert js("return document.readyState") == "complete"
    assert js("return window.__smrReport") is True  # our script ran (the policy admits it)
    assert js("return window.__pwned") is None  # the article's scripts and handlers did not
    assert js("return document.scripts.length") == 1
    assert js("return document.images.length") == 0
    assert js("return performance.getEntriesByType('resource').length") == 0  # nothing fetched
    assert "<script>window.__pwned = 1</script>" in js("return document.body.innerText")
    assert _errors(browser) == []  # no script error, no blocked inline script or handler

    n_marks = js("return document.querySelectorAll('mark.ev').length")
    assert n_marks >= sum(len(e.attacks) + len(e.diplomacy) for e in exts)
    assert js("return document.querySelectorAll('svg.timeline circle').length") == len(events)

    # clicking a record pins its spans; others stay off; clicking again unpins
    sel = 'mark.ev[data-records~="r0a0"]'
    assert _classes_of(browser, sel)
    assert not any("on" in c for c in _classes_of(browser, sel))
    browser.find_element("css selector", "#r0a0 .card-head").click()
    assert all("on" in c for c in _classes_of(browser, sel))
    assert not any("on" in c for c in _classes_of(browser, 'mark.ev:not([data-records~="r0a0"])'))
    assert "on" in _classes_of(browser, "#r0a0")[0]
    assert "smr-focus" in _classes_of(browser, "#article-0")[0]
    shot = _shot_dir(tmp_path) / "report.png"
    browser.execute_script("document.getElementById('article-0').scrollIntoView()")
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
    browser.find_element("css selector", "#r0a0 .card-head").click()
    assert not any("on" in c for c in _classes_of(browser, sel))

    # clicking a highlight pins the record(s) it belongs to
    mark = browser.find_element("css selector", 'mark.ev[data-records="r1d0"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert "on" in _classes_of(browser, "#r1d0")[0]
    assert all("on" in c for c in _classes_of(browser, 'mark.ev[data-records~="r1d0"]'))

    # top of the page: the events timeline and table
    top = _shot_dir(tmp_path) / "report-events.png"
    browser.execute_script("window.scrollTo(0, 0)")
    assert browser.save_screenshot(str(top))
    print(f"screenshot: {top}")


def test_eval_report_in_chromium(browser, tmp_path):
    ext = seed_extractions()[0]
    gold = {"attacks": [a.model_dump(mode="json") for a in ext.attacks], "diplomacy": []}
    pred = {"attacks": [ext.attacks[0].model_dump(mode="json")],
            "diplomacy": [d.model_dump(mode="json") for d in ext.diplomacy]}
    items = [{"article": {"id": ext.article.id, "path": ext.article.path, "title": ext.article.title},
              "text": ext.text, "gold": gold, "predicted": pred, "backend": "rules",
              "matches": [{"type": "attack", "gold": 0, "pred": 0, "score": 0.9}]}]
    page = tmp_path / "eval.html"
    page.write_text(render_eval_html(items), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.execute_script("return document.querySelectorAll('mark.ev.gold').length") > 0
    browser.find_element("css selector", "tr.verdict-ok td").click()
    # a matched row lights both the gold and the predicted spans
    assert all("on" in c for c in _classes_of(browser, 'mark.ev[data-records~="g0a0"]'))
    assert all("on" in c for c in _classes_of(browser, 'mark.ev[data-records~="p0a0"]'))
    assert "on" in _classes_of(browser, "tr.verdict-ok")[0]
    browser.find_element("css selector", "tr.verdict-miss td").click()  # the missed gold record alone
    assert all("on" in c for c in _classes_of(browser, 'mark.ev[data-records~="g0a1"]'))
    assert not any("on" in c for c in _classes_of(browser, 'mark.ev:not([data-records~="g0a1"])'))
    shot = _shot_dir(tmp_path) / "eval-report.png"
    assert browser.save_screenshot(str(shot))
    print(f"screenshot: {shot}")


def test_rules_pipeline_report_opens_offline(browser, tmp_path, seeds_dir):
    """Whatever the rules backend finds in the seeds, the CLI's page draws every span."""
    from click.testing import CliRunner

    from summariser.cli import main
    from summariser.cli.report import read_extractions
    from summariser.records import iter_spans

    recs, out = tmp_path / "records.jsonl", tmp_path / "report.html"
    run = CliRunner().invoke(main, ["extract", str(seeds_dir), "-b", "rules", "-o", str(recs), "-f", "none", "-q"])
    assert run.exit_code == 0, run.output
    run = CliRunner().invoke(main, ["report", str(recs), "--out", str(out)])
    assert run.exit_code == 0, run.output
    exts = read_extractions(recs)
    assert len(exts) == len(list(seeds_dir.glob("*.txt")))
    browser.get(out.as_uri())
    drawn = browser.execute_script(
        "const s = new Set(); document.querySelectorAll('mark.ev').forEach("
        "m => m.dataset.spans.split(' ').forEach(x => s.add(x))); return s.size;")
    assert drawn == sum(len(list(iter_spans(e))) for e in exts)
    assert browser.execute_script("return document.querySelectorAll('section.article').length") == len(exts)
    assert _errors(browser) == []
    shot = _shot_dir(tmp_path) / "report-rules.png"
    assert browser.save_screenshot(str(shot))
    print(f"screenshot: {shot}")
