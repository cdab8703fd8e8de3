"""Write the ideal answers of the dev51 articles, `evals/answers/ideal/yy??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the district
form where a bare name would be the town.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev51/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yy01_meridianwire_night_attack_odesa_zaporizhzhia": "Russia attacked Ukraine overnight with 176 drones and 14 missiles (six Iskander-M, eight Kalibr), 149 drones and nine missiles downed; a missile killed two and wounded nine, a girl of 15 among them, in Zaporizhzhia; drones damaged a bulk carrier in Odesa's port, injuring two crew; Chornomorsk was hit on February 14; Russia said it downed 41 Ukrainian drones.",
    "yy02_crossbridgepress_trump_putin_call_readouts": "Trump and Putin spoke by phone for about 90 minutes on Thursday, their first call since late January, and agreed their negotiators will meet in Abu Dhabi on March 12, hosted by the UAE; Ukraine's chief negotiator goes to Washington on Monday; the call followed Tuesday's barrage that killed two in Zaporizhzhia and damaged a ship in Odesa.",
    "yy03_northseawire_nato_ministers_air_defence": "NATO defence ministers met at the alliance's headquarters in Brussels on Thursday; the Netherlands announced 400 million euros for Ukrainian interceptor drones and Germany two more IRIS-T systems; Ukraine's defence minister held video talks with his British and German counterparts; ministers prepared the Ankara summit of July 7-8.",
    "yy04_dailyglobe_key_events_day_1472": "Day 1,472: Russian drones wounded six in Kharkiv, a boy of 10 among them, and hit a farm in the Synelnykove district without injuries; 61 of 88 drones downed; Ukrainian drones hit the Yaroslavl refinery; Trump and Putin spoke by phone and set talks in Abu Dhabi next Thursday; NATO defence ministers met in Brussels; 1,000 bodies returned to Ukraine and 31 to Russia.",
    "yy05_portsgazette_odessa_bulk_carrier": "Russian drones damaged the Panama-flagged bulk carrier Aegean Harvest in Odessa port overnight into Tuesday, injuring two crew; drones hit a tanker at Izmail in November without injuries; Ukrainian sea drones damaged a tanker at Novorossiysk on Sunday, no one hurt; war-risk premiums are rising.",
    "yy06_nordicledger_finnish_minister_kyiv_visit": "Finland's foreign minister visited Kyiv on Monday, announced 90 million euros for energy and demining and signed a memorandum on rebuilding four schools; Finland paid for boiler units in January; overnight Russian drones injured a woman of 67 in Kyiv and damaged a pipeline near Nizhyn without casualties, 54 of 70 drones downed.",
    "yy07_volgapost_yaroslavl_refinery_moscow_airports": "Ukrainian drones set the Yaroslavl refinery on fire overnight, no casualties, and forced restrictions at Moscow's airports; Russia's defence ministry said it downed 112 drones over nine regions, 34 over the Yaroslavl region, and Moscow's mayor 19 drones flying at the capital; the refinery was also hit last August.",
    "yy08_levantdaily_uae_swap_bodies_returned": "Ukraine and Russia freed 205 prisoners of war each on Friday in a UAE-brokered exchange; on Thursday 1,000 bodies were returned to Ukraine and 31 to Russia; the previous swap, in late December, freed 150 each; US and Russian officials prepare for talks in Abu Dhabi next week; a glide bomb killed a man and injured three in Kostiantynivka.",
    "yy09_capitolledger_abu_dhabi_postponed_sanctions": "US-Russian talks planned in Abu Dhabi for Thursday were postponed with no new date; the US Treasury sanctioned 30 shadow-fleet tankers, two Russian shipping firms and an insurer, and Britain will announce its own measures on Friday; background: last week's Trump-Putin call, last Friday's UAE-arranged swap, and the October sanctions on Rosneft and Lukoil.",
    "yy10_midlandscourier_retailer_cyber_attack_control": "A cyber attack has kept the Midlands retailer Harlow & Finch's tills and stock systems down for three days; hackers demand a ransom the firm will not pay, the National Crime Agency is investigating, and the company hopes to restore payments by Thursday.",
}

PLACE_FORM = {
    ("yy04_dailyglobe_key_events_day_1472", 1, "Synelnykove"): "Synelnykove district",
}


if __name__ == "__main__":
    write_answers("dev51", GOLD, Convention(SUMMARY, PLACE_FORM))
