"""Write the ideal answers of the dev11 articles, `evals/answers/ideal/r??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries, the explicit nils ("no one was
injured" -> injured 0; "there were no casualties" -> killed 0 / injured 0), the region forms where a
bare name would be the city, and three intercepted 0 for ballistic missiles told as not intercepted.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev11/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "r01_airforce_overnight_tally": "Ukraine's Air Force says Russia launched 410 drones and missiles on the night of 17 November and 371 were downed; energy sites in the Lviv and Ivano-Frankivsk regions were targeted and four people, including a girl, were killed in Odesa.",
    "r02_mod_daily_release": "Russia's Defence Ministry says it destroyed 112 Ukrainian drones over nine regions overnight and 23 more over the Belgorod and Voronezh regions during the day, and claims a massive strike on Ukraine's energy facilities.",
    "r03_governor_telegram_kharkiv": "Kharkiv's governor reports drones on Kharkiv overnight with no injuries, artillery killing a woman in Kivsharivka, a guided bomb wounding three including a boy in Zolochiv, and a new drone attack on Kharkiv in the evening.",
    "r04_liveblog_odesa_kharkiv": "Live blog: a Russian strike on Odesa killed at least four including a girl (later six); Russia fired 376 drones and 34 missiles; glide bombs injured two in Kharkiv; Moscow claims 64 drones downed; Ukraine's and Turkey's foreign ministers spoke by phone.",
    "r05_thinktank_assessment": "Russia struck Ukraine with 142 drones and three ballistic missiles overnight, injuring three in Odesa; Ukrainian drones hit the Novokuibyshevsk refinery and Russia claims 57 downed; Witkoff met Dmitriev in Abu Dhabi.",
    "r06_wire_odesa_swap": "A Russian strike on Odesa killed six including a girl; Russia launched 410 drones and missiles and hit energy sites in western regions. Ukraine and Russia swapped 120 prisoners each; Istanbul talks planned for next week were called off.",
    "r07_mfa_readout_poland": "Poland's foreign minister spoke to Ukraine's foreign minister about aid and a 48th military package, consultations are set for Rzeszow on 10 December, and Russia's charge d'affaires was summoned over a drone in Polish airspace.",
    "r08_brussels_sanctions_package": "The EU adopted its 22nd sanctions package and the UK matched it; the Commission is drafting a 23rd package for January, Finland and Sweden proposed a fishing-vessel ban, and EU leaders meet on 18-19 December.",
    "r09_feature_kherson_bakery": "A Kherson baker keeps her shop open under constant drone threat; a drone killed her neighbour at a bus stop last spring.",
    "r10_control_football_krakow": "Shakhtar Donetsk beat Slavia Prague 2-1 in Krakow with a stoppage-time goal to stay in the Conference League play-off places.",
    "r11_britishpaper_odesa_grief": "A Russian missile and drone attack on Odesa killed six, including a child, and injured 23; Russia fired 376 drones and 34 missiles. Britain announced GBP 85m in energy aid and will summon the Russian ambassador.",
    "r12_ukrainianoutlet_odesa_second_night": "Odesa was hit for a second night, injuring three port workers; drones hit the Izmail district; Russia used 142 drones and three ballistic missiles. The previous night's strike killed six in Odesa, including a girl.",
}

R02 = "r02_mod_daily_release"
PLACE_FORM = {
    **{(R02, name): f"{name} region" for name in
       ("Bryansk", "Kursk", "Oryol", "Moscow", "Tula", "Kaluga", "Smolensk", "Lipetsk", "Belgorod", "Voronezh")},
    ("r01_airforce_overnight_tally", 1, "Lviv"): "Lviv region",
    ("r01_airforce_overnight_tally", 1, "Ivano-Frankivsk"): "Ivano-Frankivsk region",
    ("r06_wire_odesa_swap", 2, "Lviv"): "Lviv region",
    ("r06_wire_odesa_swap", 2, "Ivano-Frankivsk"): "Ivano-Frankivsk region",
    ("r04_liveblog_odesa_kharkiv", 2, "Rostov"): "Rostov region",
}

NILS = {
    ("r03_governor_telegram_kharkiv", 0): {"injured": 0},
    ("r05_thinktank_assessment", 2): {"killed": 0, "injured": 0},
    ("r12_ukrainianoutlet_odesa_second_night", 1): {"killed": 0, "injured": 0},
}
NULL_WHEN: set = set()
NIL_INTERCEPTED = {("r01_airforce_overnight_tally", 0, 3), ("r11_britishpaper_odesa_grief", 1, 2),
                   ("r12_ukrainianoutlet_odesa_second_night", 2, 1)}


if __name__ == "__main__":
    write_answers("dev11", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN, nil_intercepted=NIL_INTERCEPTED))
