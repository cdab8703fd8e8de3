"""Write the ideal answers of the dev8 articles, `evals/answers/ideal/n??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal
answer is what a perfect model returns (`ArticleDraft`, see evals/answers/README.md): every gold
record including the optional ones, places as the article writes them, `when` as the gold's date
words (verbatim in the article), counts as numbers, evidence as gold's quotes. What the answer
convention adds to gold is written here by hand, per article: the summary, the explicit nils ("No
one was hurt" -> killed 0 / injured 0), the place forms where a bare name would be another place
("Kyiv region" for the region, not the city), and `when` left null where gold's only date words are
a post's timestamp (none in dev8).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev8/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "n01_reuters_kyiv_overnight_toll": "Russia launched 470 drones and 38 missiles overnight, killing at least four people in Kyiv and hitting an energy facility in Lviv; Russia said it destroyed 64 Ukrainian drones. Zelenskiy spoke to Macron by phone.",
    "n02_ap_kharkiv_glide_bombs_merz": "Russian glide bombs killed two and injured 17 in Kharkiv on Tuesday and killed a man in Kostiantynivka; drones injured one in Sumy. Zelenskyy held talks with Merz in Berlin.",
    "n03_afp_tikhoretsk_depot_beijing": "Ukrainian drones set an oil depot at Tikhoretsk on fire and injured a man in the Morozovsky district; Russia said it downed 121 drones; shelling wounded two in Nikopol. Lavrov held talks with Wang Yi in Beijing.",
    "n04_kyivindependent_odesa_izmail_ports": "Russian missiles and drones killed two and injured eight at Odesa's port overnight and hit Izmail; Russia launched 95 drones and four ballistic missiles; shelling wounded a woman in Nikopol. Sybiha met Toiu in Bucharest; Romania summoned Russia's charge d'affaires.",
    "n05_guardian_eu_sanctions_assets": "The EU adopted its 20th sanctions package at a Brussels summit while the reparations loan stayed blocked; the UK sanctioned 90 tankers; a drone killed a woman in Zaporizhzhia; Starmer hosts the coalition of the willing.",
    "n06_cnn_exchange_witkoff_postponed": "Ukraine and Russia swapped 146 prisoners each in a UAE-mediated exchange after Witkoff met Putin; the Istanbul talks were postponed; shelling killed a man in Kherson and glide bombs injured four in Balakliia.",
    "n07_sky_healey_kyiv_aid_chernihiv": "John Healey visited Kyiv and announced GBP 500m for air defence; Germany delivered two Patriot systems; drones injured three in Chernihiv and shelling killed a man in Velykyi Burluk; Ramstein ministers meet on 19 November.",
    "n08_ukrinform_sumy_border_estonia": "Russian forces attacked 12 border communities in the Sumy region, killing a man in Bilopillia; drones injured four in Sumy; a missile had injured nine in Shostka. Zelensky met Estonia's prime minister in Kyiv.",
    "n09_rbc_energy_poltava_washington": "Russia launched 320 drones and 52 missiles at Ukraine's energy overnight, hitting gas facilities in the Poltava region and a power plant in Kharkiv; a drone killed one in Pavlohrad. Zelensky will travel to Washington next week.",
    "n10_novaya_belgorod_rylsk_erdogan": "Ukrainian drones hit a substation in Belgorod and killed a driver in Rylsk; Russia said it downed 88 drones; Russia launched 142 drones at Ukraine, injuring three in Dnipro. Putin spoke to Erdogan; Russia summoned Moldova's ambassador.",
    "n11_analysis_interceptor_economics": "Cheap interceptor drones are changing the cost balance of Ukraine's air defence, though crews and components limit their use.",
    "n12_sport_derby_rail_strike": "Rovers won the derby 2-1 with a late goal as a rail strike threatened fans' journeys home.",
}

# place forms where the article's words differ from gold's normalised name
PLACE_FORM = {
    ("n03_afp_tikhoretsk_depot_beijing", 2, "Krasnodar"): "Krasnodar region",
    ("n03_afp_tikhoretsk_depot_beijing", 3, "Rostov"): "Rostov region",
    ("n08_ukrinform_sumy_border_estonia", 0, "Sumy"): "Sumy region",
    ("n09_rbc_energy_poltava_washington", 1, "Poltava"): "Poltava region",
}

# explicit nils a model answers as 0 (gold does not code them): (stem, attack index) -> fields
NILS = {
    ("n01_reuters_kyiv_overnight_toll", 2): {"injured": 0},
    ("n03_afp_tikhoretsk_depot_beijing", 0): {"killed": 0, "injured": 0},
    ("n04_kyivindependent_odesa_izmail_ports", 1): {"killed": 0, "injured": 0},
    ("n09_rbc_energy_poltava_washington", 2): {"killed": 0},
}
# records whose only date words are a post's timestamp: none in dev8
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev8", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
