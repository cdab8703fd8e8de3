"""Write the ideal answers of the dev16 articles, `evals/answers/ideal/w??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. The explicit zeros ("Nobody was hurt there", "none of them was shot
down") are in the gold itself (codebook rule 6 as clarified on 1 December 2026), so they reach the
answers without a hand-written nil. Added here by hand: the summaries and the region forms where a
bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev16/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "w01_wire_kyiv_leftbank_toll": "Russian drones and cruise missiles killed at least four people and wounded 19, three of them children, in Kyiv overnight; Russia fired 438 drones and 27 missiles; a drone hit a warehouse in Bila Tserkva. Zelenskiy spoke to Frederiksen and will hold talks with Merz in Berlin.",
    "w02_kyivoutlet_kyiv_all_but": "A Russian drone and missile attack on Kyiv killed six people, including a 12-year-old girl, and injured 24; Russia launched 465 aerial weapons, all but 43 downed. Zelensky spoke with Frederiksen.",
    "w03_uswire_odesa_second_night": "Russian drones wounded five people, including a boy of 16, in Odesa, a night after missiles and drones killed two there; Russia sent 86 drones. The Netherlands announced EUR 250 million of military aid.",
    "w04_russianwire_kharkov_uavs": "Russia said it destroyed 112 Ukrainian drones overnight, 47 over the Bryansk region; debris damaged a house in Polotnyany Zavod; drones hit an energy facility in Kharkov, injuring three. Lavrov will meet Wang Yi in Beijing on 29 October.",
    "w05_britishbroadcaster_syzran_refinery": "Ukrainian drones set the Syzran refinery on fire, injuring two workers; Russia said it downed 73 drones; a drone killed a driver near Shebekino. Russia launched 96 drones at Ukraine and hit the Chernihiv region. Witkoff is expected in Moscow.",
    "w06_usdaily_nikopol_dateline_dnipro": "Russian shelling killed two men and injured six, including a boy of 11, in Nikopol; a drone wounded three workers in Marhanets. IAEA chief Grossi met Rosatom's head in Moscow.",
    "w07_frenchwire_ankara_call_istanbul": "Erdogan spoke with Putin by phone; Sybiha met Fidan in Ankara, and Turkey proposed Russia-Ukraine talks in Istanbul in November. Russian drones injured two in Izmail; Russia launched 64 drones.",
    "w08_brusselsoutlet_sanctions_package_envoy": "The EU adopted its 22nd sanctions package and the Commission proposed a ban on Russian steel slabs; Germany announced EUR 1.4 billion of air defence aid; Poland summoned Russia's charge d'affaires; a Russian missile attack near Lviv injured one.",
    "w09_ukrainianoutlet_exchange_sumy": "Ukraine and Russia exchanged 210 prisoners each with UAE mediation. Russian drones injured two people, including a 10-year-old boy, in Sumy; Russia launched 103 drones; shelling killed a woman in Bilopillia.",
    "w10_usbroadcaster_abudhabi_called_off": "Russia-Ukraine talks planned in Abu Dhabi were called off after US-Ukrainian talks in Miami; Witkoff and Kushner go to Moscow next week and European advisers meet in London. A drone killed a driver in Kherson; Russia launched 72 drones and a missile.",
    "w11_exiledrussian_budget_rates_control": "Russia's central bank held its key rate at 15% as inflation slowed gradually and the 2027 budget kept defence spending near 40% of expenditure.",
    "w12_germanbroadcaster_zaporizhzhia_glidebombs": "Russian glide bombs killed three people, including a teenage girl, in Zaporizhzhia; Russia launched 109 drones and three missiles; drones hit the Pavlohrad district and Ukrainian shelling hit Rylsk. Pistorius visited Kyiv and promised two Patriot systems.",
}

PLACE_FORM = {
    ("w04_russianwire_kharkov_uavs", 1, "Bryansk"): "Bryansk region",
    ("w04_russianwire_kharkov_uavs", 2, "Kursk"): "Kursk region",
    ("w04_russianwire_kharkov_uavs", 2, "Oryol"): "Oryol region",
    ("w04_russianwire_kharkov_uavs", 2, "Kaluga"): "Kaluga region",
    ("w04_russianwire_kharkov_uavs", 2, "Tula"): "Tula region",
    ("w05_britishbroadcaster_syzran_refinery", 4, "Chernihiv"): "Chernihiv region",
}


if __name__ == "__main__":
    write_answers("dev16", GOLD, Convention(SUMMARY, PLACE_FORM))
