"""Write the ideal answers of the dev17 articles, `evals/answers/ideal/x??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers
(the explicit zeros are in the gold itself since the 1 December ruling), evidence as gold's quotes.
Added here by hand: the summaries and the region forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev17/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "x01_wire_odesa_port_night_erdogan": "Russian drones and ballistic missiles killed two people and wounded nine, two of them children, in Odesa overnight; Russia launched 88 drones and six Iskander-M missiles, none of the missiles intercepted. Zelenskiy spoke by phone with the Turkish president.",
    "x02_liveblog_dnipro_night_and_afternoon": "Russian drones killed a woman in Dnipro overnight and a ballistic missile hit the city in the afternoon, injuring at least three, two children among the later seven, one of whom died; Russia launched 112 drones. Ukraine's foreign minister held talks in Warsaw.",
    "x03_kyivindependent_kharkiv_second_night": "Russian drones injured 14, three of them children, in Kharkiv on the second night running after killing a man the night before; a drone injured two in Poltava; Russia launched 136 drones. Sybiha met Valtonen in Kyiv.",
    "x04_britishpaper_nikopol_shelling_aid": "Russian shelling killed a man and injured five, including a teenage girl, in Nikopol on Thursday. UK defence secretary John Healey visited Kyiv and announced a further GBP 200m of air defence aid.",
    "x05_afp_voronezh_belgorod_drones": "Ukrainian drones wounded three, including a child, in Voronezh; Russia said it downed 57 drones; a drone wounded a driver near Razumnoye and Kyiv claimed a hit in the Tambov region. US and Russian officials are due to meet in Abu Dhabi.",
    "x06_wire_russian_mod_zaporozhye_nikolaev": "Russia said it struck energy sites in the Zaporozhye and Nikolaev regions and downed 41 Ukrainian drones and four HIMARS rockets; drones hit a substation in Lgov and a heating plant in Mykolaiv without casualties. Istanbul talks were postponed.",
    "x07_liveblog_lviv_kryvyi_rih_talks": "Russia fired 14 cruise missiles and 93 drones overnight, hitting an energy site in Lviv and killing at least four, including a child, in Kryvyi Rih, where a drone later hit a miners' bus. Witkoff meets Dmitriev on Saturday; EU ministers failed to agree on frozen assets.",
    "x08_statement_odesa_oma_night": "Russian drones and ballistic missiles killed two people and injured eight, including two children, in Odesa during the night of 14 January; drone debris fell in the Bilhorod-Dnistrovskyi district without casualties.",
    "x09_ap_stubb_visit_trump_call_chernihiv": "Finland's president Stubb visited Kyiv and signed an interceptor-drone production agreement after Putin and Trump spoke by phone; Russian drones cut power in Chernihiv without casualties; Russia launched 67 drones.",
    "x10_upravda_exchange_kherson_shelling": "Ukraine and Russia exchanged prisoners in a UAE-mediated swap that returned 157 soldiers and three civilians; Russian shelling wounded four, including a girl, in Kherson and a glide bomb hit Bilozerka.",
    "x11_brussels_sanctions_envoy_talks": "The EU adopted its 20th sanctions package while a tariff proposal stalled; Lithuania summoned Russia's charge d'affaires; the Danish and Swedish prime ministers visited Kyiv; Geneva talks planned for 27 February were called off.",
    "x12_control_hryvnia_central_bank": "Ukraine's central bank held its key rate at 15.5% as inflation eased to 10.9% in November.",
}

PLACE_FORM = {
    ("x05_afp_voronezh_belgorod_drones", 2, "Belgorod"): "Belgorod region",
    ("x05_afp_voronezh_belgorod_drones", 3, "Voronezh"): "Voronezh region",
    ("x05_afp_voronezh_belgorod_drones", 5, "Tambov"): "Tambov region",
    ("x06_wire_russian_mod_zaporozhye_nikolaev", 0, "Zaporozhye"): "Zaporozhye region",
    ("x06_wire_russian_mod_zaporozhye_nikolaev", 0, "Nikolaev"): "Nikolaev region",
    ("x06_wire_russian_mod_zaporozhye_nikolaev", 2, "Belgorod"): "Belgorod region",
}

if __name__ == "__main__":
    write_answers("dev17", GOLD, Convention(SUMMARY, PLACE_FORM))
