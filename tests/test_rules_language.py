"""Non-English input is detected and said, never a silent empty result (texts written for these tests)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from summariser import extract
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.cli import main
from summariser.language import detect, language_warning

UKRAINIAN = ("Уночі російські війська атакували Київ ударними дронами. Сили протиповітряної оборони збили "
             "сорок із п'ятдесяти дронів, повідомили в Повітряних силах. Загинули двоє людей, ще семеро поранені.")
RUSSIAN = ("Ночью российские войска атаковали Харьков ударными беспилотниками. Силы противовоздушной обороны "
           "сбили сорок из пятидесяти дронов, сообщили в Воздушных силах. Погибли два человека, ещё семь ранены.")
ENGLISH = ("Russian forces attacked Kharkiv with attack drones overnight. Air defences shot down forty of the fifty "
           "drones, the air force said. Two people were killed and seven were injured in the city, officials said.")
GERMAN = ("In der Nacht haben russische Truppen die Stadt Charkiw mit Kampfdrohnen angegriffen. Die Luftabwehr "
          "schoss vierzig von fünfzig Drohnen ab, teilte die Luftwaffe mit. Zwei Menschen wurden getötet und "
          "sieben weitere verletzt, wie die Behörden der Stadt am Morgen mitteilten.")


@pytest.mark.parametrize("text, code", [(UKRAINIAN, "uk"), (RUSSIAN, "ru"), (ENGLISH, "en"), (GERMAN, "other"),
                                        ("Kyiv, 2 March", "unknown")])
def test_detect(text, code):
    assert detect(text).code == code


def test_english_with_cyrillic_quotes_stays_english():
    text = ENGLISH + " A sign read «Слава Україні»."
    assert detect(text).code == "en" and language_warning(text) is None


def test_the_rules_backend_says_why_it_found_nothing():
    result = RulesBackend(None).extract(make_article(UKRAINIAN, published="2026-03-02"))
    assert result.attacks == [] and result.diplomacy == []
    assert len(result.warnings) == 1 and "Ukrainian" in result.warnings[0]


def test_the_record_carries_the_warning_whatever_the_backend():
    ext = extract(make_article(RUSSIAN, published="2026-03-02"), backend="rules")
    assert [w for w in ext.warnings if w.startswith("language:") and "Russian" in w]
    assert not extract(make_article(ENGLISH, published="2026-03-02"), backend="rules").warnings


def test_the_cli_prints_the_warning(tmp_path):
    article = tmp_path / "novyny.txt"
    article.write_text(UKRAINIAN, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--backend", "rules", "-f", "jsonl",
                                       "--out", str(tmp_path / "out.jsonl")], catch_exceptions=False)
    assert result.exit_code == 0
    assert "novyny.txt" in result.stderr and "looks Ukrainian" in result.stderr
