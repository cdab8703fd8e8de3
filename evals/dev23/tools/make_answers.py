"""Write the ideal answers of the dev23 articles, `evals/answers/ideal/o??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. The explicit zeros ("Nobody was hurt", "neither missile was
intercepted") are in the gold itself (codebook rule 6, ruling of 1 December 2026), so they reach the
answers without a NILS table. Added here by hand: the summaries and the region forms where a bare
name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev23/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "o01_wire_kremenchuk_flash_erdogan": "Russian ballistic missiles and drones killed at least two people and wounded 11, two of them children, in Kremenchuk overnight; Russia sent 137 drones and nine ballistic missiles at Ukraine. Zelenskiy spoke by phone with Turkey's Erdogan.",
    "o02_telegram_poltava_governor_kremenchuk": "The Poltava governor reports that a night attack with ballistic missiles and drones on Kremenchuk killed 2 people (later 4) and injured 11, including 2 children; a drone hit a farm building in Hlobyne without injuries.",
    "o03_russianindie_ryazan_refinery_tokayev": "Ukrainian drones set the Ryazan refinery on fire and injured three people, one a boy of 16; Russia said it intercepted 124 drones; a drone killed a driver near Klimovo. Putin spoke by phone with Kazakhstan's Tokayev.",
    "o04_broadsheet_khmelnytskyi_two_nights_aid": "Russian drones hit Khmelnytskyi two nights running, killing a 71-year-old woman on the first night; Russia fired 176 attack and decoy drones and two Iskander-M missiles. Britain pledged GBP 200m for Ukraine's air defence.",
    "o05_businesswire_izmail_draft_sanctions": "The European Commission proposed a 20th sanctions package against Russia and Britain listed 25 more vessels; Russian drones damaged a grain silo and berths at Izmail port without casualties.",
    "o06_broadcaster_kramatorsk_glide_bombs_warsaw": "Three Russian glide bombs killed five people, two of them children, and injured 14 in Kramatorsk; artillery wounded a man in Sloviansk. Ukraine's foreign minister Sybiha held talks with Poland's Sikorski in Warsaw.",
    "o07_regional_zaporizhzhia_overnight_children": "A Russian missile and drone attack on Zaporizhzhia injured 17 people, including a boy of 15 and his sister; Russia launched 68 drones and four missiles; shelling killed a woman in Stepnohirsk. Zelensky spoke with Norway's Store.",
    "o08_intlwire_exchange_zaporozhye_abudhabi": "Russia and Ukraine exchanged 150 prisoners each in a UAE-brokered swap, with talks planned in Istanbul on November 24; a Russian attack on Zaporozhye wounded 17; Moscow said it downed 34 Ukrainian drones.",
    "o09_analysis_summit_talks_stalled": "European leaders held a summit with Zelensky in Rome while US-brokered Russia-Ukraine talks in Geneva stalled; Trump and Putin spoke by phone and Witkoff visited Putin in Moscow.",
    "o10_liveblog_taganrog_vinnytsia_summons": "Ukrainian drones injured a man in Taganrog and Russia said it intercepted 74; an Iskander-M missile killed at least three people in Vinnytsia. Moldova summoned the Russian ambassador; Zelensky spoke with the Dutch prime minister.",
    "o11_ukrainianoutlet_cherkasy_visit_aid": "Dutch Prime Minister Rob Jetten visited Kyiv and announced 350 million euros of military aid; Russian drones injured seven people, including a 4-year-old, in Cherkasy; Japan's prime minister spoke with Zelensky.",
    "o12_feature_rail_timetable_control": "Ukraine's state railway introduces a winter timetable with extra night trains and contingency plans for power cuts.",
}

PLACE_FORM = {
    ("o03_russianindie_ryazan_refinery_tokayev", 2, "Ryazan"): "Ryazan region",
    ("o03_russianindie_ryazan_refinery_tokayev", 3, "Bryansk"): "Bryansk region",
    ("o10_liveblog_taganrog_vinnytsia_summons", 2, "Rostov"): "Rostov region",
}


if __name__ == "__main__":
    write_answers("dev23", GOLD, Convention(SUMMARY, PLACE_FORM))
