"""Write the ideal answers of the dev24 articles, `evals/answers/ideal/b??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries and the region forms where a bare
name would be the city. The explicit zeros ("none of the three missiles was intercepted", "No one
was injured", "there were no casualties") are in the gold itself (codebook rule 6), so they reach
the answers from there.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev24/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "b01_agency_vinnytsia_overnight_toll": "Russian drones and ballistic missiles killed at least two people and wounded 17, among them an 11-year-old girl, in Vinnytsia overnight; Russia launched 118 drones and three Iskander-M missiles, none of which was intercepted. Zelenskiy spoke with the Turkish president.",
    "b02_broadcaster_vinnytsia_heating_bilatserkva": "A Russian strike killed four people in Vinnytsia and cut heating; a drone hit an industrial building in Bila Tserkva; 96 of 118 drones were downed and all three ballistic missiles got through. Moldova summoned the Russian ambassador.",
    "b03_regional_cherkasy_two_nights": "Russian drones hit Cherkasy on two consecutive nights, injuring six including two children, and a night earlier killing a port guard; Lithuania approved a 35 million euro aid package.",
    "b04_russianindie_voronezh_belgorod_dmitriev": "Ukrainian drone debris injured a woman and a boy in Voronezh; Russia said it downed 64 drones; drones hit a substation in Shebekino. The Kremlin said Dmitriev would fly to Washington on Tuesday.",
    "b05_businesswire_novorossiysk_sanctions": "A Ukrainian drone attack halted loadings at Novorossiysk's Sheskharis terminal and injured two workers; the EU Commission presented a draft 20th sanctions package and Britain sanctioned 30 tankers.",
    "b06_broadsheet_kherson_riverbank_shelling": "Russian artillery killed three people in Kherson, including a 12-year-old boy, and a drone hit a minibus in Bilozerka; IAEA-brokered talks on a ceasefire around the Zaporizhzhia plant have stalled.",
    "b07_mod_statement_64_uavs_tatarstan": "Russia's defence ministry said it intercepted 64 Ukrainian drones over five regions and the Black Sea and struck energy facilities in the Zaporozhye region; a drone hit an industrial site in Yelabuga without casualties.",
    "b08_liveblog_ivanofrankivsk_burshtyn_pavel": "Russian missiles and drones killed one person and injured nine, three of them children, in Ivano-Frankivsk and hit the Burshtyn power plant; Russia fired 27 missiles and 340 drones. Macron called Zelensky; Czech President Pavel visited Uzhhorod and signed an energy declaration.",
    "b09_frenchwire_exchange_pavlohrad": "Ukraine and Russia exchanged 157 prisoners each in a UAE-mediated swap; Russian drones killed a 16-year-old boy in Pavlohrad and artillery wounded a woman in the Nikopol district.",
    "b10_analysis_rome_summit_geneva_off": "European leaders held a summit in Rome with Zelensky while US-Ukraine-Russia talks in Geneva were called off; the Istanbul channel remains frozen; Putin spoke to Erdogan; Zelensky visited Berlin.",
    "b11_uswire_zhytomyr_siblings_dubno": "A Russian drone killed three people, including two young siblings, in Zhytomyr; Russia launched 653 drones and 52 missiles; a drone hit a gas station near Dubno. Germany announced a 1.9 billion euro aid package.",
    "b12_technews_startup_relocates_poltava": "Poltava language-learning start-up Slovo is moving most of its engineers to Gdansk after two winters of power cuts and air raid alerts.",
}

PLACE_FORM = {
    ("b04_russianindie_voronezh_belgorod_dmitriev", 2, "Voronezh"): "Voronezh region",
    ("b07_mod_statement_64_uavs_tatarstan", 1, "Belgorod"): "Belgorod region",
    ("b07_mod_statement_64_uavs_tatarstan", 3, "Voronezh"): "Voronezh region",
    ("b07_mod_statement_64_uavs_tatarstan", 5, "Lipetsk"): "Lipetsk region",
    ("b07_mod_statement_64_uavs_tatarstan", 6, "Zaporozhye"): "Zaporozhye region",
    ("b09_frenchwire_exchange_pavlohrad", 1, "Dnipropetrovsk"): "Dnipropetrovsk region",
}

NILS: dict = {}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev24", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
