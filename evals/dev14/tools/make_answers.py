"""Write the ideal answers of the dev14 articles, `evals/answers/ideal/u??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries, the explicit nils ("Nobody was hurt"
-> killed 0 / injured 0), the region forms where a bare name would be the city, and one
intercepted 0 ("None of the ballistic missiles was intercepted").

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev14/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "u01_keyevents_day_1724": "Russian drones injured seven in Kharkiv, two of them children; Russia launched 112 drones and three ballistic missiles; a glide bomb killed a woman in Kostiantynivka; Russia said it downed 38 drones. Ukraine and Russia swapped 150 prisoners each via the UAE; Erdogan called Putin; Sybiha met Sikorski; Norway will fund two Patriots.",
    "u02_factbox_night_nov_12": "Russia fired 143 drones and missiles at Ukraine overnight, killing two in Odesa (hit the night before too), injuring six in Kryvyi Rih and hitting energy in the Kremenchuk district; Ukrainian drones set the Novokuibyshevsk refinery on fire, Russia said it downed 64 drones, and shelling wounded a woman in Graivoron.",
    "u03_unsc_meeting_zaporizhzhia_veto": "A Russian missile killed three people, including a 16-year-old boy, in Zaporizhzhia; the same day Russia vetoed a Danish-Slovenian UN Security Council draft demanding a halt to attacks on Ukraine's energy system.",
    "u04_iaea_plant_line_cut": "The IAEA reported a drone strike on the Zaporizhzhia plant's training centre and the loss of its last 750-kV line; Grossi met Rosatom's Likhachev in Kaliningrad and will hold talks in Kyiv next week; the IAEA board meets on 18 November.",
    "u05_blacksea_novorossiysk_sea_drones": "Ukraine's navy said sea drones hit a Russian patrol ship at Novorossiysk overnight; Russia said it destroyed six uncrewed boats and denied any damage.",
    "u06_ukrenergo_kremenchuk_outages": "A Russian missile attack killed a Ukrenergo worker and injured two in the Kremenchuk district; Russia used 131 drones and 12 missiles; drones hit a rail substation near Lozova, delaying trains.",
    "u07_russian_shebekino_mod_list": "A Ukrainian drone killed a driver in Shebekino; drone debris damaged houses in Rylsk; Russia said it downed 73 Ukrainian drones and struck energy facilities in Kharkov and Zaporozhye.",
    "u08_exchange_pows_bodies_uae": "Ukraine and Russia exchanged 150 prisoners each with UAE mediation and repatriated bodies (1,000 for 27) through the ICRC; a meeting of ombudsmen in Minsk was called off.",
    "u09_eu_ministers_sanctions_assets": "EU ministers adopted the 22nd sanctions package; the Baltic states proposed a 23rd; the reparations loan stalled; the Netherlands pledged 250 million euros and Sweden delivered Archers; Sybiha met Szijjarto; Estonia summoned Russia's charge d'affaires.",
    "u10_correction_dnipro_missile": "A Russian missile strike on Dnipro killed at least four people and injured 21, including three children; shelling wounded a man in Nikopol.",
    "u11_feature_sumy_family": "A Sumy family rebuilds after a Russian drone strike on their building killed a neighbour and injured four, including their two sons.",
    "u12_review_novel_kharkiv_nights": "A review of Iryna Dovhal's novel 'The Siren Choir', set in a Ukrainian city during a winter of war.",
}

PLACE_FORM = {
    ("u07_russian_shebekino_mod_list", 3, "Bryansk"): "Bryansk region",
    ("u07_russian_shebekino_mod_list", 4, "Kursk"): "Kursk region",
    ("u07_russian_shebekino_mod_list", 5, "Belgorod"): "Belgorod region",
}

NILS = {
    ("u02_factbox_night_nov_12", 5): {"killed": 0, "injured": 0},
    ("u04_iaea_plant_line_cut", 0): {"killed": 0, "injured": 0},
    ("u05_blacksea_novorossiysk_sea_drones", 0): {"injured": 0},
    ("u06_ukrenergo_kremenchuk_outages", 2): {"injured": 0},
    ("u07_russian_shebekino_mod_list", 1): {"killed": 0, "injured": 0},
}
NULL_WHEN: set = set()
NIL_INTERCEPTED = {("u02_factbox_night_nov_12", 0, 3)}


if __name__ == "__main__":
    write_answers("dev14", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN, nil_intercepted=NIL_INTERCEPTED))
