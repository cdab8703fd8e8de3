"""Write the ideal answers of the dev58 articles, `evals/answers/ideal/xg??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and one region form (the factbox's Lviv region record,
"Lviv region", so that the bare name is not read as the city). Every record's own sentences name its
place, so no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev58/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xg01_unpress_security_council_ukraine_oct19": "Security Council meeting on 19 October: the night of 13-14 October killed twelve in Kyiv, a girl of six among them, and wounded 51; drones hit Izmail's port early on Sunday, injuring two seafarers; Russia said a Ukrainian drone killed two near Grayvoron; 185-for-185 exchange on Friday, UAE mediating; Denmark's 29th package; Erdogan called Putin; Istanbul talks on 22 October.",
    "xg02_opensourcedesk_borisoglebsk_imagery": "Satellite imagery shows at least two Su-34s destroyed at Borisoglebsk air base, Voronezh region, in a Ukrainian drone raid on the night of 22-23 September; Russia said 75 drones were downed over seven regions, 19 over Voronezh, with no casualties; Marinovka airfield's fuel store was hit on the night of 1-2 September.",
    "xg03_kharkivprosecutors_glide_bomb_case": "Prosecutors opened a war-crimes case after two KAB-250 guided bombs hit Kharkiv's Kyivskyi district on 2 October, killing three, a 15-year-old boy among them, and injuring 17, two girls among them; artillery wounded a man of 64 in Chuhuiv the same day; a drone attack on 19 September injured four in Kharkiv.",
    "xg04_meridianradio_bulletin_oct14_0800": "Radio bulletin, 14 October: Russian drones and missiles killed at least six in Kyiv overnight and injured 23; more than 500 drones and at least 20 missiles launched across Ukraine; a drone hit a warehouse in Fastiv, no one hurt; a drone wounded a driver in Belgorod late on Tuesday; Sybiha goes to Ankara tomorrow for talks.",
    "xg05_sybiha_thread_ankara_oct15": "Sybiha's thread from Ankara, 15 October: Russian drones injured three in Odesa overnight, a boy of 9 among them; talks with the Turkish foreign minister and a joint declaration on Black Sea mine clearance; humanitarian working groups to meet in Istanbul on 22 October; a call with Denmark, whose 29th package (DKK 1.2 billion) was approved yesterday; Bucharest tomorrow.",
    "xg06_blackseashipping_advisory_odesa_ports": "Shipping advisory, 20 October: a ballistic missile hit a grain terminal at Reni on 16 October, no casualties; drones hit Izmail port on 18 October, injuring two crew of a bulk carrier, 11 drones downed; drone debris fell on a tanker off Odesa on the night of 19/20 October, no crew hurt; a missile killed a crew member at Reni on 9 September.",
    "xg07_commons_ministerial_statement_sanctions_oct20": "UK minister's Commons statement, 20 October: last week's Russian attack on Kyiv killed twelve, a girl of six among them; the UK sanctioned 64 shadow-fleet tankers and three companies and committed £140 million for Ukraine's energy system; 185 Ukrainians came home on Friday in a UAE-brokered exchange; a call with Sybiha; coalition leaders meet in London on 29 October.",
    "xg08_continentalwire_factbox_kyiv_attack_swap": "Factbox: Russia hit Kyiv overnight on 13-14 October with 503 drones, 15 Kh-101 and six Iskander-M missiles (471 downed or jammed), killing at least 11, a girl of six among them, and injuring 48; no one hurt in Fastiv, no casualties in the Lviv region; 185-for-185 prisoner exchange on Friday, mediated by the UAE.",
    "xg09_eastbridgepost_kharkiv_guided_bomb": "A Russian guided bomb killed at least two in Kharkiv on Friday afternoon, a boy of 15 among them, and wounded 14; a Ukrainian drone injured three minibus passengers near Valuyki; Ukrainian drones hit Borisoglebsk airfield last week; Zelensky spoke by phone with Erdogan on Thursday.",
    "xg10_millbrookcourier_rapid_chess_open_control": "A 16-year-old won the Millbrook Rapid Open chess tournament with a kingside attack; the top seeds agreed a quick draw; a falling banner hurt no one; the Canal Street club is in talks with a grandmaster about coaching; two players were sanctioned for phone use; a camera drone streamed the final round.",
}

PLACE_FORM = {
    ("xg08_continentalwire_factbox_kyiv_attack_swap", "Lviv"): "Lviv region",
}


if __name__ == "__main__":
    write_answers("dev58", GOLD, Convention(SUMMARY, place_form=PLACE_FORM))
