"""Write the ideal answers of the dev33 articles, `evals/answers/ideal/yh??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0, the Iskander-M missiles' intercepted 0 among them), evidence as gold's
quotes. Added here by hand: the summaries and the region and district forms where a bare name would
be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev33/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yh01_continentalwire_kharkiv_kyiv_missiles": "Russia fired 24 cruise missiles and 20 Shahed drones at Ukraine overnight; 18 missiles and 17 drones were destroyed. Four S-300 missiles wounded eight people, including a 13-year-old girl, in Kharkiv, and missile debris hurt two in Kyiv; Kharkiv was also hit on the night of 16 January.",
    "yh02_vltavareview_fiala_kyiv_agreement": "Czech Prime Minister Petr Fiala visited Kyiv and signed a ten-year security agreement with Volodymyr Zelensky; the first 50,000 shells of the Czech ammunition initiative will reach Ukraine before the end of March, and Denys Shmyhal is due in Prague on 2 April.",
    "yh03_eastbridge_dnipro_missile": "A Russian missile strike near Dnipro's railway station killed at least four people, including a 14-year-old boy, and wounded 25 on Friday morning; drones earlier wounded a woman in Synelnykove.",
    "yh04_dailymeridian_dnipro_toll_rises": "The toll of Friday's missile strike on Dnipro rose to seven dead, including a 14-year-old boy, and more than 30 wounded; Dmytro Kuleba asked Antony Blinken by phone for Patriot systems; a drone hit a facility in the Odesa region's Bilhorod-Dnistrovskyi district without injuries.",
    "yh05_kubanherald_tuapse_refinery": "Ukrainian drones set fire to the Tuapse refinery overnight with no injuries; Russia's Defence Ministry said it destroyed 41 drones over several regions; Ukrainian rocket artillery wounded three men in Shebekino.",
    "yh06_atlanticdesk_nato_washington_summit": "NATO leaders met in Washington for the alliance's 75th-anniversary summit; Joe Biden announced five strategic air-defence systems for Ukraine from five countries, and Volodymyr Zelensky held talks with Keir Starmer. Glide bombs killed one person and injured eight in Kharkiv.",
    "yh07_kyivheraldonline_prisoner_swap_uae": "Ukraine and Russia exchanged 88 prisoners of war each in a swap mediated by the United Arab Emirates; Volodymyr Zelensky thanked UAE President Mohamed bin Zayed by phone.",
    "yh08_volgadon_exchange_morozovsk": "Russia and Ukraine exchanged 88 servicemen each with UAE mediation; Russia said it destroyed 31 Ukrainian drones overnight over the Rostov, Bryansk and Kursk regions, and a drone attack on the Morozovsky district caused a fire and detonations without casualties.",
    "yh09_regionsdigest_day_of_strikes": "Russia launched 49 Shahed drones (37 downed) and two Iskander-M missiles overnight; the missiles injured three in Sumy. Shelling killed a man in Kupiansk, a woman in Beryslav and two civilians in Pokrovsk and wounded one in Myrnohrad; glide bombs injured 11 in Zaporizhzhia and a drone wounded five on a Kherson bus.",
    "yh10_brusselsdefenceletter_contact_group": "The Ukraine Defense Contact Group met at NATO headquarters under Lloyd Austin; Canada pledged 2,300 CRV7 rocket motors and Denmark a new donation of about 1.3 billion kroner.",
    "yh11_fieldnotes_kharkiv_deminers_harvest": "Farmers in the Kharkiv region's Balakliia district wait for deminers before they can sow fields left mined since the occupation of 2022.",
    "yh12_baltichorizon_sanctions_fidan": "The EU adopted its 15th sanctions package against Russia, targeting 52 more shadow-fleet tankers; Andrii Sybiha will travel to Ankara next week for talks with Hakan Fidan. Russia launched 52 drones overnight, 35 downed, and a drone hurt two workers in Odesa.",
}

PLACE_FORM = {
    ("yh04_dailymeridian_dnipro_toll_rises", 1, "Bilhorod-Dnistrovskyi"): "Bilhorod-Dnistrovskyi district",
    ("yh08_volgadon_exchange_morozovsk", 2, "Bryansk"): "Bryansk region",
    ("yh08_volgadon_exchange_morozovsk", 3, "Kursk"): "Kursk region",
    ("yh09_regionsdigest_day_of_strikes", 8, "Nikopol"): "Nikopol district",
}


if __name__ == "__main__":
    write_answers("dev33", GOLD, Convention(SUMMARY, PLACE_FORM))
