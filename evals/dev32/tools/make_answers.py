"""Write the ideal answers of the dev32 articles, `evals/answers/ideal/yg??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0, and so does yg02's "neither missile was stopped"), evidence as gold's quotes.
Added here by hand: the summaries and the region forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev32/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yg01_northeastbulletin_kharkiv_updates": "Russian Shahed drones hit Kharkiv overnight, setting a block of flats on fire; the toll rose from at least three wounded to two dead and 17 wounded, a seven-year-old girl among them. A guided bomb hurt a man in Zolochiv in the morning.",
    "yg02_kyivdesk_liveblog_july22": "Russia launched 57 drones and two Iskander-M missiles at Ukraine overnight (43 drones downed, no missile); a drone wounded a port worker in Izmail; Russia said it downed 26 Ukrainian drones. Umerov will lead Kyiv's team at new Istanbul talks on Wednesday; Zelensky spoke with Merz.",
    "yg03_centralpost_kryvyirih_whatweknow": "An Iskander-M missile hit Kryvyi Rih's bus station on Tuesday evening, killing four, including a ten-year-old boy, and wounding 31; drones later hit Nikopol without casualties. Zelensky is to discuss air defence with Macron by phone on Thursday.",
    "yg04_novostifederal_voronezh_mod": "Russia's defence ministry said it destroyed 46 Ukrainian drones overnight over four regions; debris injured a woman in Voronezh and a drone injured two men in Shebekino. Lavrov will hold talks with Turkey's Hakan Fidan in Moscow on Tuesday.",
    "yg05_sumyzemlia_hryhorov_telegram": "Shahed drones killed a man and injured five, including an 11-year-old girl, in Sumy overnight; two guided bombs injured a woman and her 15-year-old son in Bilopillia; artillery shelled Krasnopillia without casualties.",
    "yg06_europeanreview_sybiha_wadephul_presser": "German Foreign Minister Wadephul visited Kyiv and pledged two more IRIS-T systems worth about 300 million euros; Sybiha will meet Rubio in New York next week. Hours earlier a Russian drone raid on Bila Tserkva injured two.",
    "yg07_marketline_shadowfleet_sanctions": "Britain sanctioned 70 shadow-fleet tankers and two Moscow oil traders; Primorsk port loadings stay halted after a Ukrainian drone strike on Sunday; the EU's 19th sanctions package is held up.",
    "yg08_solidaritywatch_aid_pledges": "Germany promised two more IRIS-T systems worth about 300 million euros and the Netherlands 250 million euros for US weapons for Ukraine through NATO's PURL.",
    "yg09_borderlandtimes_prisoner_swap": "Ukraine and Russia exchanged prisoners of war, all Ukrainians under 25, in a stage of the swap agreed at the Istanbul talks on 2 June; the UAE mediated.",
    "yg10_morningdispatch_briefing_june11": "Shahed drones hit Kharkiv, killing a woman; drones injured one in Odesa; Russia said it downed 21 Ukrainian drones; a prisoner exchange brought home Ukrainians under 25; Zelensky is due at the G7 summit next week.",
    "yg11_dialoguemagazine_fedorov_interview": "Zaporizhzhia governor Ivan Fedorov recalls the guided bombs that killed two workers and wounded nine, including a 16-year-old, on Thursday; drones hit Vilniansk without casualties; US and Russian delegations met in Riyadh.",
    "yg12_homefrontjournal_kharkiv_bakery": "A bakery in Kharkiv's Saltivka reopens in a rebuilt block after twice moving its ovens during the war.",
}

PLACE_FORM = {
    ("yg05_sumyzemlia_hryhorov_telegram", 3, "Sumy"): "Sumy region",
    ("yg04_novostifederal_voronezh_mod", 3, "Kursk"): "Kursk region",
    ("yg04_novostifederal_voronezh_mod", 4, "Rostov"): "Rostov region",
}


if __name__ == "__main__":
    write_answers("dev32", GOLD, Convention(SUMMARY, PLACE_FORM))
