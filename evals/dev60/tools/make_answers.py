"""Write the ideal answers of the dev60 articles, `evals/answers/ideal/xi??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries. Every record's own sentences name its place (the country
records say "against Ukraine", "Ukraine's Air Force" and "eight Russian regions"), so no place form and
no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev60/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xi01_zelensky_nightly_video_address_sep15": "Zelensky's address, 15 September: Russian ballistic missiles and Shahed drones hit Kharkiv overnight, at least three killed (later four) and 27 wounded, two children among them; 468 drones and 32 missiles launched, 421 and 23 downed; a guided bomb killed a man in Zolochiv; Ukrainian drones hit the Volgograd refinery; he spoke with Poland's President, who will come to Kyiv on 30 September.",
    "xi02_kyiv_joint_press_conference_poland_sep30": "Kyiv press conference, 30 September: Poland's President on an official visit; Poland approved its 49th military aid package and the two signed a memorandum to build interceptor drones together; 185 Ukrainians came home on Saturday with Emirati help; a technical round with Russia in Geneva next Tuesday, Switzerland hosting; drones killed a woman and injured five in Zaporizhzhia.",
    "xi03_correspondent_dispatch_kharkiv_sep16": "A correspondent in Kharkiv: Iskander-M missiles and Shahed drones struck the city on the night of 14-15 September, killing four and wounding 31, among them a girl of seven and a boy of 15; nationally nearly 470 drones and more than 30 missiles; on Tuesday afternoon a guided bomb killed a man of 68 in Zolochiv.",
    "xi04_iaea_nuclear_safety_update_sep24": "IAEA update, 24 September: a drone hit a workshop building in Netishyn near the Khmelnytskyy plant on the night of 21-22 September, no casualties; the ZNPP lost its last 750 kV line for five hours on 19 September; the Director General met Rosatom's head in Vienna on Monday and will go to Kyiv next week to meet Ukrainian officials.",
    "xi05_icrc_statement_detainee_release_sep27": "ICRC, 27 September: 185 prisoners of war held by each side went home on 26 September, the ICRC acting as neutral intermediary and the UAE mediating; shelling damaged the ICRC office in Kherson on Friday, no staff hurt.",
    "xi06_black_sea_war_risk_insurance_note_oct02": "War-risk note, 2 October: Odesa premiums rose to about 1.1% after Russian drones hit the bulk carrier Lydia K in Odesa port on the night of 24-25 September, no crew hurt; Volgograd's governor reported Ukrainian drones and a refinery fire on 14-15 September, no one hurt, Russia claiming 75 drones downed; the UK sanctioned 70 shadow-fleet tankers; Geneva talks due on Tuesday.",
    "xi07_g7_foreign_ministers_statement_ukraine_oct08": "G7 foreign ministers met in Paris on 7-8 October; they condemned Russia's attacks on Kharkiv (14-15 September, four killed), on a ship in Odesa port (24-25 September) and on Lviv (4 October, two killed); welcomed the UAE-mediated 185-for-185 exchange of 26 September, the Geneva talks of 6 October hosted by Switzerland and the UK's sanctions of 30 September.",
    "xi08_railway_passenger_notice_konotop_sep22": "Railway notice, 22 September: drones hit Konotop station in the Sumy region overnight, damaging the building, platforms and wires, no one injured; the station is closed and trains run via Bakhmach; a drone attacked a locomotive at Bilopillia yesterday, injuring the driver; Kharkiv's station hall, damaged on 15 September, has reopened.",
    "xi09_football_lviv_derby_postponed_oct05": "The Lviv derby between Karpaty and Rukh was moved to Tuesday after a Russian missile and drone attack on Lviv early on Sunday cut the stadium district's power; the attack killed two and injured at least 11; seven of nine missiles launched at the Lviv region were shot down.",
    "xi10_ashdown_courier_letters_control": "A reader's letter complains about a parish survey drone that fell into a pond with no one hurt, a bin collectors' strike after failed talks with the union, a community summit on Beacon Hill, parking sanctions on hospital staff, and ends with a house exchange with a Breton twin town and a pea-shelling contest.",
}


if __name__ == "__main__":
    write_answers("dev60", GOLD, Convention(SUMMARY))
