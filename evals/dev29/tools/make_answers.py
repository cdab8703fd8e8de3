"""Write the ideal answers of the dev29 articles, `evals/answers/ideal/yd??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries and the region forms where a bare
name would be the city. The explicit zeros (rule 6) are in gold itself, so no nils are added here.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev29/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yd01_tidewater_kryvyirih_missile": "A Russian ballistic missile killed at least seven people and wounded 31 in Kryvyi Rih; Russia launched 146 drones overnight and one hit a Kharkiv kindergarten. Zelensky spoke to Frederiksen; Umerov meets Witkoff in Washington on Thursday.",
    "yd02_atlas_volgograd_refinery": "Ukrainian drones set Volgograd's refinery on fire and injured two; Russia said it destroyed 84 drones; a guided bomb wounded five in Zaporizhzhia. Dmitriev met Witkoff in Miami; Switzerland offered Geneva for a foreign ministers' meeting.",
    "yd03_rheinwelle_berlin_summit": "European leaders met Zelensky at a summit in Berlin; Germany will fund two more IRIS-T systems; Merz called Trump beforehand. Russia had fired more than 400 drones and missiles overnight into Wednesday.",
    "yd04_vistulacourier_tusk_kharkiv": "Donald Tusk visited Kharkiv and announced a Polish aid package; a drone injured three in Kharkiv. Poland summoned Russia's charge d'affaires over a drone strike on Vinnytsia; Zelensky is expected in Warsaw later this month.",
    "yd05_bosporusledger_fidan_shuttle": "Hakan Fidan held talks in Kyiv and Moscow; Ukraine and Russia exchanged 252 prisoners each with Turkish and Emirati mediation; the next round of talks is set for Istanbul on 2 September; Erdogan called Putin.",
    "yd06_kyivbulletin_exchange_readout": "252 Ukrainians returned from Russian captivity in an exchange mediated by Turkey and the UAE; Zelensky spoke to Mark Carney and met US senators in Kyiv; drones killed two in Odesa on the night of 16 August.",
    "yd07_ledgerline_sanctions_exportcontrols": "The EU adopted new Russia sanctions on tankers and machine tools, Britain listed 15 entities and the US added 23 companies to its Entity List; Bessent warned of action against foreign banks.",
    "yd08_weekinreview_diplomatic_roundup": "Berlin summit with a German IRIS-T pledge; EU sanctions package stalled; Dutch ambulances delivered; Japan approved $450 million; China's envoy expected in Kyiv in July; NATO foreign ministers meet next week.",
    "yd09_fjordpost_oslo_ministers_presser": "Norway and Ukraine signed a memorandum on drone financing in Oslo; Sybiha said Russia launched 32 missiles and 210 drones overnight, a cruise missile injuring three in Lviv; Ukrainian and US delegations meet in Jeddah next week.",
    "yd10_daybreak_newsletter_overnight": "Russia launched 187 drones and four ballistic missiles overnight, injuring a woman in Kyiv and hitting a gas facility in the Poltava region; Russia said it downed 58 drones. Talks in Geneva today; Zelensky called Takaichi; Sweden approved aid.",
    "yd11_greenfurrow_beekeepers_demined_fields": "Beekeepers in the Chernihiv region are returning to demined meadows as honey output nears pre-invasion levels, though clearance queues remain long.",
    "yd12_kryvbasnews_toll_mourning": "The toll of the missile strike on Kryvyi Rih rose to nine with 34 injured, five of them children; a drone injured a man in Marhanets and artillery hit Nikopol overnight.",
}

PLACE_FORM = {
    ("yd10_daybreak_newsletter_overnight", 2, "Poltava"): "Poltava region",
    ("yd10_daybreak_newsletter_overnight", 4, "Moscow"): "Moscow region",
}


if __name__ == "__main__":
    write_answers("dev29", GOLD, Convention(SUMMARY, PLACE_FORM))
