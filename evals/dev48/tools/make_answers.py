"""Write the ideal answers of the dev48 articles, `evals/answers/ideal/yw??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
form where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev48/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yw01_ukraineweek_istanbul_and_danube": "Week in review: a Russian drone killed a bus passenger in Kherson on Monday; drones hit Izmail's port on Tuesday, injuring two workers; two ballistic missiles injured six in Kryvyi Rih, a girl among them, on Wednesday; artillery hit Nikopol and Marhanets on Thursday; Ukrainian and Russian delegations met in Istanbul on Friday.",
    "yw02_conflictexplained_istanbul_questions": "Explainer on the Istanbul talks of 16 May, opened by Turkey's foreign minister: Zelensky met Erdoğan in Ankara the day before; the 1,000-for-1,000 prisoner exchange agreed there was carried out on 23-25 May; the sides last met in Istanbul in March 2022; Russia has proposed a second round in Istanbul on 2 June.",
    "yw03_gasgridintelligence_hadiach_plant": "Russian drones and a ballistic missile set a Naftogaz gas-processing plant near Hadiach on fire overnight with no staff injured; 19 drones were downed over Poltava region, 94 of 128 nationwide, and the Iskander-M was not intercepted; the EU adopted its 19th sanctions package banning Russian LNG.",
    "yw04_ukrainedailydigest_factbox_24_hours": "Factbox: Russia launched 86 Shahed drones overnight, 62 downed; drones injured 11 in Zaporizhzhia, three of them children, and guided bombs killed one and injured four there in the afternoon; a boy was hurt in Shostka; shelling in Kherson caused no casualties.",
    "yw05_eurasiabusinessreview_column_sanctions": "Opinion: the US sanctioned Rosneft and Lukoil on Wednesday and the EU adopted its 19th package on Thursday, while Trump cancelled the planned Budapest summit with Putin; the columnist urges closing refining loopholes and using frozen Russian assets.",
    "yw06_northernreliefalliance_convoy_bilozerka": "A Russian drone struck an NGO aid convoy near Bilozerka on Thursday morning, killing two drivers and wounding three staff and a 12-year-old boy; the NGO's Kherson warehouse was shelled in February without injuries; deliveries to riverside villages are suspended.",
    "yw07_transatlanticbrief_call_and_budapest": "Trump said he spoke with Putin for more than two hours on Thursday and that they agreed to meet in Budapest within about two weeks; senior advisers led by Rubio are to meet next week; Zelensky holds talks with Trump at the White House on Friday.",
    "yw08_skyshieldreview_forty_uavs": "Russia's defence ministry said 40 Ukrainian drones were destroyed overnight, 21 over Bryansk region, 12 over Rostov region and seven over Kursk region; debris set fire to the Novoshakhtinsk refinery with no injuries and cut a power line near Rylsk.",
    "yw09_defenceindustryledger_week_in_aid": "Zelensky left White House talks with Trump without Tomahawks; at the Contact Group meeting Germany pledged over 2 billion euros and the Netherlands 90 million euros for PURL; Denmark's defence minister visited Kyiv as the last Danish-funded Bohdana howitzers were delivered; Zelensky is to visit Sweden.",
    "yw10_blackseashippingbrief_izmail_berth": "Russian drones hit Izmail port on Tuesday evening, damaging a grain berth and the bulk carrier Aria Dawn and wounding two port workers; Ukrainian naval drones were destroyed off Novorossiysk overnight with no one hurt, delaying tanker loadings.",
    "yw11_zaporizhzhiacitydigest_two_attacks": "Zaporizhzhia was attacked twice on Tuesday: night drones injured 13 including three children, and afternoon guided bombs killed a bus depot worker and injured five; an elderly couple killed by a missile on Saturday was buried.",
    "yw12_circuitandcapital_price_war_week": "Tech and finance weekly: an e-scooter fare price war in Berlin and Warsaw, a chip-equipment maker's tough earnings call, union pay talks at a Slovak car plant, Estonian delivery drones, Web Summit in Lisbon and a Warsaw listing.",
}

PLACE_FORM = {
    ("yw08_skyshieldreview_forty_uavs", 2, "Bryansk"): "Bryansk region",
}


if __name__ == "__main__":
    write_answers("dev48", GOLD, Convention(SUMMARY, PLACE_FORM))
