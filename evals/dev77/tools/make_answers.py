"""Write the ideal answers of the dev77 articles, `evals/answers/ideal/xz??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the three
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries only. Every record's own sentences name its place (the country
records say "Nationwide" and "across the country"; the car-sharing notice's record "in Lviv's Sykhiv
district"; the golf newsletter's Khmelnytskyi record quotes the sentence before it for its date), so no
place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev77/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xz01_optician_notice_clients_lukianivka_kyiv_jan03": "A Kyiv optician closes its Lukianivka branch for a day after Russian missiles hit Kyiv early on Tuesday, killing two and injuring at least 49 (nationwide 99 missiles and 35 Shaheds, 72 missiles and all drones downed); the same windows were cracked in the 29 December missile attack; it offers free glasses to the 230 Ukrainians freed today in an exchange mediated by the UAE.",
    "xz02_locksmith_notice_customers_emergency_kyiv_jan02": "A Kyiv emergency locksmith explains its call-out priorities after this morning's Russian attack on Kyiv, in which all ten Kinzhal missiles were shot down but debris killed one person and injured 27 (two dead by noon) in the Pecherskyi and Solomianskyi districts; missile strikes on Kharkiv injured 41.",
    "xz03_sailing_club_newsletter_winter_odesa_feb16": "An Odesa yacht club's winter newsletter: overnight into Monday 15 of 17 Shaheds aimed at the Odesa region were destroyed, a port security guard was injured and debris damaged the boathouse; Ukrainian sea drones sank the landing ship Tsezar Kunikov off Alupka on Wednesday and the Ivanovets in Donuzlav Bay on 1 February; Zelensky is due to sign security agreements in Berlin and Paris today.",
    "xz04_print_shop_notice_orders_odesa_feb12": "An Odesa print shop delays orders by a day after Russian Shahed drones attacked Odesa overnight, injuring two people and killing no one; its van skipped Kherson on Saturday, when shelling killed a woman of 63; it expects more work from aid groups after the EU decided on 1 February to give Ukraine 50 billion euros.",
    "xz05_tailor_alterations_notice_kharkiv_jan24": "A Kharkiv tailor reopens after Russian missiles struck Kharkiv yesterday morning, killing at least eight and injuring more than 40; missiles also hit Kyiv, injuring more than 20, and the Air Force said 21 of 41 missiles were shot down; Poland's prime minister Donald Tusk visited Kyiv on Monday.",
    "xz06_pottery_studio_class_notice_winter_term_kyiv_jan05": "A Kyiv pottery studio starts its winter term a week late after Russian missiles hit Kyiv on Tuesday morning, killing two and injuring 51, and broke its windows; a teacher takes leave because his brother came home in Wednesday's prisoner exchange between Ukraine and Russia.",
    "xz07_pub_quiz_league_bulletin_kharkiv_jan26": "A Kharkiv pub quiz league's bulletin moves a fixture after Tuesday's Russian missile attack on Kharkiv, which killed ten and injured 57, two of them children, and notes that the Kharkiv Palace hotel has been closed since two missiles hit it on 10 January, injuring 11; it gives the standings and alert rules.",
    "xz08_golf_club_newsletter_heathfold_khmelnytskyi_jan15": "A Surrey golf club's newsletter: its Ukrainian greenkeeper's city Khmelnytskyi was hit on 8 January in a Russian attack of 51 missiles (18 downed), with no one killed and two wounded; Kupiansk is shelled daily; on Friday Rishi Sunak visited Kyiv, signed a security agreement and announced £2.5 billion of military aid.",
    "xz09_car_sharing_club_notice_members_lviv_feb02": "A Lviv car-sharing club takes two cars off the road after debris from three drones shot down over the Lviv region overnight into Thursday hit its Sykhiv car park (nobody hurt); ministers' talks on border traffic planned in Lublin on 6 February are postponed; yesterday the EU agreed 50 billion euros of support for Ukraine.",
    "xz10_fencing_club_bout_report_control_feb18": "A fencing club reports on its annual friendly against a visiting club, won 112 touches to 104 across foil, épée and sabre, with a snapped blade that hurt no one, a veteran's pulled calf and a return fixture planned for October.",
}


if __name__ == "__main__":
    write_answers("dev77", GOLD, Convention(SUMMARY))
