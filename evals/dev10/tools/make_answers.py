"""Write the ideal answers of the dev10 articles, `evals/answers/ideal/q??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev8's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries, the explicit nils ("No one was hurt
there" -> injured 0), the region forms where a bare name would be the city, and one intercepted 0
("The ballistic missiles all got through").

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev10/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "q01_wire_zaporizhzhia_substation_toll": "Russian missiles and drones killed at least three people in Zaporizhzhia overnight and hit rail track in Kropyvnytskyi; Russia fired 186 drones and 14 missiles; Russia said it downed 47 Ukrainian drones and a drone injured a worker near Suzemka. Zelenskiy spoke to Stubb.",
    "q02_broadcaster_kharkiv_playground_geneva": "Russian glide bombs killed a woman and wounded 23, seven of them children, in Kharkiv on Friday; shelling killed a man in Pisochyn; Russia sent 92 drones overnight. Kellogg meets security advisers in Geneva on Monday; the US sanctioned 14 companies.",
    "q03_britishpaper_pivdennyi_grain_cooper": "A Russian ballistic missile killed four dock workers at Pivdennyi port; drones hit a rail depot in the Shostka district. Yvette Cooper visited Kyiv and announced GBP 150m for air defence; Russia summoned the British ambassador.",
    "q04_baltic_sanctions_lithuania_envoy": "The EU adopted its 21st sanctions package while a Baltic LNG ban was dropped; Lithuania summoned Russia's charge d'affaires; Estonia delivered military aid; Russia sent 212 drones and decoys and hit an energy site in the Stryi district.",
    "q05_ukrainianoutlet_dnipro_ballistic_exchange": "Russian ballistic missiles killed at least six people, including a child, and injured 34 in Dnipro; drones injured a girl in the Synelnykove district. Ukraine and Russia exchanged 185 prisoners each and returned bodies.",
    "q06_russianindie_saratov_refinery_szijjarto": "Ukrainian drones set the Saratov refinery on fire and killed a woman; Russia said it downed 96 drones; a drone injured two men in Nikolskoye. Szijjarto's Moscow visit was called off; Lavrov met Jaishankar in New York.",
    "q07_gulf_doha_children_talks": "Ukrainian and Russian officials held Qatar-mediated talks in Doha on returning children, with a second round planned in December; Fidan called Lavrov; Saudi Arabia offered to host talks; a drone killed a passenger in Kherson.",
    "q08_newsletter_morning_briefing": "Russian drones injured two in Sumy and shelling killed two in the Kherson region; Russia launched 143 drones; a Ukrainian drone caused a fire at Ust-Luga. Zelensky spoke to Carney; Norway pledged NOK 7 billion; Japan plans sanctions; NATO ministers meet on 14 October.",
    "q09_shipping_blacksea_war_risk_premiums": "War-risk insurance premiums for Ukrainian ports have fallen as traffic rises, while premiums for Russian Black Sea ports have increased.",
    "q10_chess_olympiad_attack_exchange": "India took the lead at the Chess Olympiad after Gukesh beat Norway's top board with a kingside attack.",
}

PLACE_FORM = {
    ("q01_wire_zaporizhzhia_substation_toll", 4, "Bryansk"): "Bryansk region",
    ("q06_russianindie_saratov_refinery_szijjarto", 2, "Saratov"): "Saratov region",
    ("q08_newsletter_morning_briefing", 1, "Kherson"): "Kherson region",
}

NILS = {
    ("q01_wire_zaporizhzhia_substation_toll", 2): {"injured": 0},
    ("q03_britishpaper_pivdennyi_grain_cooper", 1): {"injured": 0},
    ("q04_baltic_sanctions_lithuania_envoy", 1): {"killed": 0, "injured": 0},
    ("q08_newsletter_morning_briefing", 3): {"injured": 0},
}
NULL_WHEN: set = set()
NIL_INTERCEPTED = {("q05_ukrainianoutlet_dnipro_ballistic_exchange", 2, 0)}


if __name__ == "__main__":
    write_answers("dev10", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN, nil_intercepted=NIL_INTERCEPTED))
