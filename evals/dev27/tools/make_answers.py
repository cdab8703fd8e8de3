"""Write the ideal answers of the dev27 articles, `evals/answers/ideal/yb??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers
(explicit zeros come from gold, which codes them: codebook rule 6), evidence as gold's quotes.
Added here by hand: the summaries, the region forms where a bare name would be the city, and the
`when` left null where the only date words are a live blog's timestamp.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev27/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yb01_agency_kyiv_ternopil_barrage": "Russia launched 410 drones and 52 missiles overnight, killing at least four people in Kyiv, including a 12-year-old girl, hitting an energy facility in Ternopil and a rail depot in Fastiv; 23 drones were downed over the Khmelnytskyi region.",
    "yb02_broadcaster_kyiv_hospital_children": "A Russian missile and drone attack killed four people in Kyiv, including a girl of 12, injured at least 11 and damaged a children's hospital; a woman was hurt in Bila Tserkva. Sybiha spoke to Sikorski.",
    "yb03_stateagency_bryansk_voronezh_uavs": "Russia said it destroyed 84 Ukrainian drones over four regions; debris hit a house in Liski, a drone wounded a man and his son near Shebekino, and a fuel terminal burned in Tuapse; Sobyanin reported 12 drones downed near Moscow on Sunday.",
    "yb04_regionalpaper_izmail_port_rozdilna": "Russian drones hit Izmail port, injuring two dock workers, and set a freight train alight near Rozdilna; 27 of 31 drones over the Odesa region were destroyed. Izmail was also hit on 6 and 14 November.",
    "yb05_record_helsinki_summit_truce": "European leaders met Zelensky in Helsinki and proposed a 30-day energy truce, which the Kremlin rejected; the EU adopted its 22nd sanctions package and Britain proposed a lower G7 price cap; drones injured nine in Kharkiv; Zelensky is due in Oslo.",
    "yb06_gulf_abudhabi_pow_swap": "Russia and Ukraine exchanged 150 prisoners each in a UAE-mediated swap; a day earlier Ukraine received 909 bodies and returned 37; the UAE foreign minister had called Lavrov and Sybiha.",
    "yb07_businessdaily_dutch_air_defence_package": "The Dutch defence ministry announced a EUR 420m package of air defence and drones for Ukraine, discussed with Kyiv by phone, to be presented to the Ukraine Defence Contact Group on 24 September.",
    "yb08_daythree_kharkiv_power_plant": "Russian missiles and drones on Kharkiv's heat and power plant killed two and injured six; a drone hit a substation on Tuesday and shelling hit Chuhuiv. The EU sends generators and EUR 25m; Zelensky spoke to Frederiksen.",
    "yb09_interview_mykolaiv_mayor": "Mykolaiv's mayor describes a night drone attack on the port that injured a watchman, an August missile strike on a school that killed two, and a Danish minister's visit with an agreement on a new boiler house.",
    "yb10_liveblog_dnipro_swap_day": "Drones and a ballistic missile injured five in Dnipro; Russia launched 118 drones and two Iskander-M; shelling killed a man in Stepnohirsk; Ukraine and Russia swapped 150 prisoners each via the UAE; Zelensky called Erdogan; Russia claimed 52 drones downed.",
    "yb11_control_lviv_rowing_veterans": "A rowing club near Lviv helps wounded veterans with rehabilitation and plans to race at a national adaptive regatta.",
    "yb12_nordicbroadcaster_helsinki_sumy": "Finland hosted European leaders and Zelensky in Helsinki; their energy ceasefire proposal was dismissed by the Kremlin; Finland and Ukraine signed an agreement and Finland pledged boiler-house repairs; a drone killed a man in Sumy.",
}

PLACE_FORM = {
    ("yb01_agency_kyiv_ternopil_barrage", 4, "Khmelnytskyi"): "Khmelnytskyi region",
    ("yb03_stateagency_bryansk_voronezh_uavs", 3, "Bryansk"): "Bryansk region",
    ("yb03_stateagency_bryansk_voronezh_uavs", 4, "Kursk"): "Kursk region",
    ("yb04_regionalpaper_izmail_port_rozdilna", 2, "Odesa"): "Odesa region",
    ("yb10_liveblog_dnipro_swap_day", 4, "Rostov"): "Rostov region",
}

NILS: dict = {}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev27", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
