"""Write the ideal answers of the dev49 articles, `evals/answers/ideal/yx??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the district
form where a bare name would be the town.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev49/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yx01_meridianwire_odesa_second_night": "Russian cruise missiles and drones hit Odesa's port overnight for a second night after Moscow quit the grain deal, injuring at least 12 including a boy and destroying grain; a missile injured 19 in Mykolaiv; the air force counted 19 missiles and 32 Shahed drones against the south, 14 and 23 downed.",
    "yx02_continentalnews_odesa_erdogan_call": "Russian missiles and drones hit Odesa overnight, wounding 10 including a child and burning grain at the port; Zelenskiy spoke by phone with Erdogan about resuming exports; the UN Security Council is to meet on Friday on the collapse of the grain deal.",
    "yx03_northgatewire_moscow_drones_crimea_depot": "Two Ukrainian drones, jammed by electronic warfare, hit office buildings in Moscow early on Monday with no casualties; drones hit an ammunition depot in Crimea's Dzhankoi district, 11 downed over Crimea; drones exploded over the Kremlin in May; Putin held talks with Lukashenko on Sunday.",
    "yx04_eastbridgepress_reni_kherson_twice": "Russia sent 15 Shahed drones at the Danube port of Reni overnight, 11 destroyed, wounding seven; Romania summoned Russia's charge d'affaires; two drones hit Moscow offices with no one hurt; Kherson was shelled at night without injuries and again in the afternoon, killing a man and wounding a woman.",
    "yx05_harbourline_jeddah_preview_izmail": "Saudi Arabia will host talks on peace in Ukraine in Jeddah on 5-6 August with officials of about 40 countries, Russia not invited, after a first round in Copenhagen in June; Russian drones hit grain silos in Izmail on Wednesday, with no deaths and 21 drones downed.",
    "yx06_gulflevantwire_jeddah_ends_barrage": "The Jeddah talks hosted by Saudi Arabia ended with no declaration; overnight Russia fired 40 cruise missiles and 30 Shahed drones, 30 and 27 destroyed, targeting an airfield near Starokostiantyniv without casualties; a guided bomb killed two in Kupiansk; Moscow cited Friday's sea-drone attack on Novorossiysk.",
    "yx07_carpathianpress_lviv_kalibr_vilnius": "Kalibr cruise missiles hit a Lviv apartment building before dawn, killing at least four and injuring 32; seven of ten were intercepted; a March strike in the Zolochiv district killed five; Zelenskiy held talks in Sofia and was due in Prague; NATO's Vilnius summit is next week.",
    "yx08_vistuladaily_lviv_swap_lutsk": "A Russian missile attack on Lviv killed at least five and injured more than 30; 45 Ukrainian servicemen were exchanged for 45 Russian prisoners on Thursday; Poland's President Duda will hold talks with Zelenskiy in Lutsk on Sunday.",
    "yx09_balticledger_week_kyiv_sanctions": "Russia launched 51 cruise missiles overnight, 41 downed; debris killed at least three in a Kyiv tower; the EU adopted its 11th sanctions package; African leaders visited Kyiv and held talks with Putin in St Petersburg, Kyiv downing 12 missiles on their arrival; NATO meets in Vilnius on July 11-12.",
    "yx10_atlaswire_december_barrage": "Russia fired 122 missiles and 36 drones in its largest attack, 114 destroyed, killing at least 18: 12 in Kyiv, five in Dnipro, one in Lviv, with Odesa, Kharkiv and Zaporizhzhia also hit; Poland summoned Russia's charge d'affaires; Umerov called Austin; the US announced a $250 million package.",
    "yx11_harbourtowngazette_pothole_offensive_control": "Local news: the council's pothole repair campaign, complaints from shopkeepers, pay talks between a bus company and drivers, a drone light show replacing fireworks, a school exchange with Normandy and a truce between two chip shops.",
}

PLACE_FORM = {
    ("yx03_northgatewire_moscow_drones_crimea_depot", 2, "Dzhankoi"): "Dzhankoi district",
    ("yx07_carpathianpress_lviv_kalibr_vilnius", 1, "Zolochiv"): "Zolochiv district",
}


if __name__ == "__main__":
    write_answers("dev49", GOLD, Convention(SUMMARY, PLACE_FORM))
