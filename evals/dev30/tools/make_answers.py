"""Write the ideal answers of the dev30 articles, `evals/answers/ideal/ye??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev30/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "ye01_nikopolpost_shelling_marhanets": "Russian artillery killed a pensioner and wounded four people in Nikopol on Sunday and wounded a 15-year-old boy and his father in Marhanets; an FPV drone cut a power line in the Pokrovske community without casualties.",
    "ye02_eurasianewswire_odesa_port_valtonen": "Russian drones and ballistic missiles killed two people, including an eight-year-old girl, and injured nine in Odesa overnight; Russia launched 96 drones and four Iskander-M missiles nationwide. Finnish Foreign Minister Elina Valtonen visited Odesa.",
    "ye03_volgavecher_novokuibyshevsk_refinery": "Ukrainian drones attacked the Novokuibyshevsk refinery overnight with no casualties, drone wreckage injured two people in Syzran, and Russia said it downed 64 drones over nine regions; the plant was also hit in late August.",
    "ye04_capitalledger_lozova_train_grid": "A Russian drone hit a passenger train in Lozova, killing a conductor and wounding six, including a 12-year-old; missiles and drones damaged a thermal power plant in the Ivano-Frankivsk region overnight without casualties.",
    "ye05_kharkivmonitor_syniehubov_posts": "Governor Syniehubov's posts: Shahed drones hit a residential building in Kharkiv, injuring three including a six-year-old and killing a woman (later two dead); artillery wounded a man in Chuhuiv; two glide bombs hit Borova without casualties.",
    "ye06_frontlineassessment_november8": "Ukraine likely struck the Novokuibyshevsk refinery overnight on November 7 to 8; Russia said it downed 64 drones; Russia launched 53 Shahed and decoy drones at Ukraine, 38 downed; four glide bombs killed two in Kostiantynivka.",
    "ye07_checkpointua_zhytomyr_sumy_claims": "A viral claim of a missile strike on a Zhytomyr maternity hospital is false; a Shahed drone did hit a school in Sumy on 18 November, injuring two, including a 17-year-old.",
    "ye08_airforceua_statement_night12": "Russia attacked Ukraine overnight with 4 Iskander-M missiles and 96 strike drones; 1 missile and 81 drones were shot down or jammed; hits were recorded in the Odesa region.",
    "ye09_weekendreview_kremenchuk_families": "Families of the fourteen people killed by a Russian ballistic missile in Kremenchuk on 4 April still wait for help; drones struck the city's outskirts late on Thursday night without casualties.",
    "ye10_channelnine_kherson_transcript": "Russian shelling killed one person and wounded four in Kherson; a drone injured two men in a car in Bilozerka; Russia said it destroyed 41 Ukrainian drones overnight.",
    "ye11_lvivculture_shelter_theatre": "A Lviv theatre company moves its performances into a shelter cellar when air-raid sirens sound.",
    "ye12_dniproline_zaporizhzhia_glidebombs": "Five Russian glide bombs killed three people, including a nine-year-old boy, and injured 17 in Zaporizhzhia; Ukrainian drones hit the Afipsky refinery in Russia's Krasnodar region with no injuries.",
}

PLACE_FORM = {
    ("ye04_capitalledger_lozova_train_grid", 1, "Ivano-Frankivsk"): "Ivano-Frankivsk region",
    ("ye08_airforceua_statement_night12", 1, "Odesa"): "Odesa region",
    ("ye12_dniproline_zaporizhzhia_glidebombs", 1, "Zaporizhzhia"): "Zaporizhzhia region",
}


if __name__ == "__main__":
    write_answers("dev30", GOLD, Convention(SUMMARY, PLACE_FORM))
