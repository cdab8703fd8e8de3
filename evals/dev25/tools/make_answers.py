"""Write the ideal answers of the dev25 articles, `evals/answers/ideal/d??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers
(the explicit zeros of codebook rule 6 are in gold already, so they come through as 0), evidence
as gold's quotes. Added here by hand: the summaries.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev25/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "d01_wire_lviv_heating_plant": "A Russian cruise missile killed two workers at Lviv's heat and power plant overnight as Russia launched 418 drones and 36 missiles; drones set a gas station near Burshtyn on fire. Zelenskiy asked Merz for more Patriot launchers by phone.",
    "d02_broadcaster_lviv_kallas": "A Russian missile hit Lviv's main heating plant overnight, killing at least two and injuring seven, including a girl of 15, as more than 450 drones and missiles were fired at Ukraine. Kaja Kallas visited Kyiv; EU states are near a new LNG sanctions round.",
    "d03_regional_nikopol_marhanets": "Russian artillery killed a woman and wounded three men in Nikopol on Thursday; a drone burned buses at a depot in Marhanets without casualties; a glide bomb injured two, including a boy of 16, in Mezhova.",
    "d04_record_istanbul_swap": "Ukraine and Russia exchanged 146 prisoners each on Friday in a UAE-mediated swap after a fourth round of talks in Istanbul on Wednesday; the delegations will meet again in Istanbul in the first half of October.",
    "d05_agency_defenders_home": "146 Ukrainian servicemen came home in a UAE-mediated exchange agreed at the Istanbul talks; Russian drones killed one person and injured four, including a child, in Sumy, and Russia launched 87 drones overnight.",
    "d06_exiled_novorossiysk_taganrog": "Ukrainian drones set fire to an oil terminal berth in Novorossiysk, injuring three; Russia said it downed 118 drones; debris hit a warehouse in Taganrog and a drone wounded a driver near Shebekino. Lavrov is to hold talks with Fidan in Ankara on Friday.",
    "d07_summary_kharkiv_evening": "Kharkiv region's evening summary: a guided bomb injured four, including a boy, in Kharkiv; shelling killed a man in Kupiansk; a drone wounded a driver in Pechenihy; artillery damaged houses in Borova with no one hurt.",
    "d08_liveblog_kyiv_stubb": "A Russian ballistic missile killed at least three people in Kyiv overnight as Russia fired 26 missiles and 290 drones; drones hit Izmail's port; Russia said it downed 31 drones. Finland's Stubb visited Kyiv and announced EUR 95 million in aid.",
    "d09_rhine_aid_ramstein": "Germany announced EUR 1.9 billion in military aid for Ukraine ahead of a Ukraine Defence Contact Group meeting in Brussels on Thursday; Norway gave 3 billion kroner for gas; Berlin-Kyiv talks on a drone joint venture have stalled.",
    "d10_bosphorus_erdogan_putin_call": "Erdogan and Putin discussed Black Sea shipping by phone on Tuesday; Erdogan repeated his proposal to host a Putin-Zelensky meeting in Istanbul; Sybiha is due in Ankara on Friday for talks with Fidan.",
    "d11_herald_chernihiv_fields": "Farmers near Chernihiv are sowing fields cleared of mines left from the 2022 occupation, though costs and delayed compensation weigh on them.",
    "d12_uswire_izmail_danube": "Russian drones damaged a grain elevator at Izmail overnight, wounding a truck driver, and a ballistic missile killed at least four in Kyiv. Romania summoned Russia's ambassador over debris; the Romanian and Ukrainian foreign ministers spoke by phone.",
}

PLACE_FORM: dict = {}
NILS: dict = {}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev25", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
