"""Importing this module loads now what grounding and the rules' cross-check load on first use
(the gazetteer and actor indexes, cue tables, compiled patterns), by grounding one short article
of its own. The grounding workers' forkserver imports it once (`workers.PRELOAD`): every worker
it forks then starts with that data in memory, where each new worker spent ~0.1 s of CPU on its
first article, for every batch."""

from __future__ import annotations

import datetime as dt

# written for this module: a strike with a toll and a barrage, and a meeting
SAMPLE = ("Russian drones struck a grain terminal in the Odesa region on Sunday night, killing two "
          "workers and injuring five, the regional governor said on Monday. Air defences shot down 20 "
          "of the 25 drones. The foreign ministers of France and Poland met in Warsaw on Monday to "
          "discuss air defence.")
DRAFT = {"attacks": [{"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
                      "places": ["Odesa region"], "when": "Sunday night", "killed": 2, "injured": 5,
                      "weapons": [{"type": "drone", "launched": 25, "intercepted": 20}],
                      "evidence": [SAMPLE.split(" Air")[0]]}],
         "diplomacy": [{"kind": "meeting", "participants": ["France", "Poland"], "place": "Warsaw",
                        "when": "Monday", "evidence": [SAMPLE.split("drones. ")[1]]}]}


def warm() -> None:
    """Ground the sample once with the rules and as an LLM draft; a failure only leaves it cold."""
    try:
        from .. import grounding
        from ..articles import make_article
        from ..backends.drafts_to_records import draft_to_records
        from ..backends.llm import ArticleDraft
        from ..backends.rules import RulesBackend
        from ..knowledge import resolve_actor
        from ..language import language_warning

        article = make_article(SAMPLE, published=dt.date(2026, 1, 5))
        language_warning(article.text)
        grounding.enforce(RulesBackend().extract(article), article)
        draft_to_records(ArticleDraft.model_validate(DRAFT), article.text, published=article.published)
        resolve_actor("Khersonia")  # a name no table holds: the transliteration index is built for it
    except Exception:  # noqa: BLE001 - warming is an optimisation; the first real article loads the rest
        pass


warm()
