"""Write the ideal answers of the dev78 articles, `evals/answers/ideal/za??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the six
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries only. Every record's own sentences name its place (the dog-walking
notice's and the knitting newsletter's dormitory "in Kharkiv's Saltivskyi district" / "Saltivka district", the
repair shop's "in the Saltivka district of Kharkiv", the radio guide's dam "above Kryvyi Rih" quoted with the
strike's sentence), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev78/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "za01_cinema_weekly_listings_dnipro_chaplyne_aug26": "A Dnipro cinema's listings for 26 August - 1 September explain the cancelled Wednesday shows: Russian missiles struck the railway station at Chaplyne on Independence Day, killing 25 people, two of them children, and injuring 31; Boris Johnson visited Kyiv that day; Nikopol was shelled overnight and a 68-year-old woman was wounded.",
    "za02_garage_mot_servicing_notice_convoy_vans_chaplyne_aug25": "A Peterborough garage changes next week's MOT and servicing hours to prepare an aid convoy's vans for Dnipro; its mechanic's home town of Chaplyne was hit by Russian missiles yesterday (at least 22 dead, about 50 hurt), missiles killed three near Dnipro's Pivdenmash factory in mid-July, and the US announced close to $3 billion of military aid yesterday.",
    "za03_dog_walking_service_notice_owners_kharkiv_aug18": "A Kharkiv dog-walking service suspends its Saltivka walks after a Russian missile hit a dormitory in the Saltivskyi district last night (at least six killed, 16 injured) and moves its morning walk after a shell landed by Shevchenko Garden on Monday, hurting nobody; Zelensky, Guterres and Erdoğan are due to hold talks in Lviv this afternoon.",
    "za04_knitting_circle_newsletter_lviv_kharkiv_blankets_aug22": "A Lviv knitting circle sends blankets to Kharkiv, where a Russian missile struck a dormitory in Saltivka on the evening of 17 August (seven dead and 17 injured, two children among them; 13 dead by Saturday); Zelensky, Erdoğan and Guterres held talks in Lviv on Thursday, and Guterres visited the port of Odesa on Friday.",
    "za05_window_cleaner_notice_customers_zaporizhzhia_sep30": "A Zaporizhzhia window cleaner cancels its rounds after Russian missiles struck a civilian convoy near the car market this morning (at least 23 killed, 28 wounded); two S-300 missiles hit a factory yard overnight into Wednesday with no one hurt; a worker's cousin came home in the exchange of 21 September; the US announced new sanctions on Russia today.",
    "za06_computer_repair_shop_notice_kharkiv_aug19": "A Kharkiv repair shop says repairs will be late: a Russian missile destroyed a dormitory in Saltivka on Wednesday evening (12 dead), three missiles hit the Kyivskyi district early this morning injuring a security guard, and Belgorod's governor said Ukrainian shelling injured two in Zhuravlyovka on Thursday; it mentions the Lviv talks of Zelensky, Erdoğan and Guterres.",
    "za07_carpet_fitter_notice_flooded_homes_kryvyi_rih_sep16": "A Kryvyi Rih carpet fitter moves bookings to clear flooded homes after eight Russian cruise missiles hit the Karachunivske reservoir dam on Wednesday evening (no one killed or injured) and two more hit the water works last night, injuring a watchman; Grad rockets injured three in Marhanets on the night of 13 September; Scholz and Putin spoke by phone on Tuesday.",
    "za08_community_radio_programme_guide_kryvyi_rih_sep17": "A Kryvyi Rih community radio's guide for 19-25 September: a phone-in on repairs to the Karachunivske dam hit by seven missiles on Wednesday evening, a visit to Zelenodolsk where overnight shelling injured two women and a boy of 15, a programme on the SCO summit in Samarkand where Putin met Xi, and a postponed visit by Lithuania's foreign minister.",
    "za09_locksmith_notice_doors_odesa_drones_sep26": "An Odesa locksmith gives priority to blast-damaged doors after kamikaze drones hit an office building near the port on Friday, killing a man and injuring his colleague, and a second attack overnight into Sunday in which four of six drones were shot down with no casualties; Kyiv cut Iran's diplomatic presence, and an apprentice's brother came home in Wednesday's 215-for-55 exchange.",
    "za10_military_tattoo_festival_programme_control_aug08": "A seaside town's military tattoo prints its running order for three August evenings: massed pipes and drums, the Norwegian King's Guard drill, a field gun run, a Royal Marines medley with a flypast, a drone light show, the 1812 Overture with blank cannon rounds and a lone piper, plus seating and shuttle-bus notes.",
}


if __name__ == "__main__":
    write_answers("dev78", GOLD, Convention(SUMMARY))
