"""Write the ideal answers of the dev73 articles, `evals/answers/ideal/xv??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the five
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and two place forms for the region records, "Odesa region" for
the campsite notice's tally and "Lviv region" for the language school's energy facility, as the articles
write them. Every record's own sentences name its place (the taxi update's printing-works record and the
class notes' Dnipro and Kharkiv records quote the sentence before, which names the city; the country
record says "the Zaporizhzhia and Lviv regions"), so no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev73/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xv01_taxi_app_service_update_kharkiv_epicentr_may26": "A ride-hailing app tells Kharkiv riders and drivers that two Russian guided bombs hit the Epicentr hypermarket yesterday afternoon, killing at least 12 and injuring 43, a driver among them; drones wounded a man in Merefa overnight; missiles killed seven at the Factor Druk printing works on Thursday. Zones near the site are blocked and surge fares are off.",
    "xv02_florist_order_notice_kharkiv_wreaths_may27": "A Kharkiv flower studio explains its wreath orders after two Russian guided bombs hit the Epicentr hypermarket on Saturday (six dead that evening, 16 by this morning, more than 40 wounded); couriers skip Derhachi, shelled on Sunday with two hurt; a drone fell behind its Saltivka workshop last night, no one hurt.",
    "xv03_kindergarten_newsletter_parents_kharkiv_saltivka_may31": "A Kharkiv kindergarten closes for the day after two Russian missiles hit a block in the Saltivskyi district overnight, killing three and injuring 16, two of them children; it recalls the guided bombs on the Epicentr store on 25 May (19 dead) and the missiles on the Factor Druk printing works on 23 May (seven killed, 21 wounded), with advice for parents.",
    "xv04_gym_membership_email_kyiv_obolon_brovary_jun19": "A Kyiv gym chain explains generator hours and free freezes: early on Tuesday Kyiv's air defence destroyed all 11 Shahed drones, debris broke its Obolon club's entrance with no one hurt, and a drone injured a 15-year-old in Brovary; the owner notes the Bürgenstock peace summit at the weekend and the US-Ukraine security agreement signed last Thursday.",
    "xv05_alumni_magazine_class_notes_ma1999_jun28": "An alumni magazine's class notes: one classmate interpreted at the Bürgenstock peace summit on 15-16 June, another saw 90 prisoners exchanged for 90 with UAE mediation on 25 June, a third was there when the EU opened accession talks with Ukraine and Moldova; a Russian missile hurt two in Dnipro on 24 June and a guided bomb killed three in Kharkiv on 22 June.",
    "xv06_campsite_booking_notice_zatoka_odesa_jun11": "A campsite near Zatoka confirms the season: overnight into Monday Russian drones attacked the Odesa region (15 of 17 Shaheds destroyed), hitting an empty holiday complex in Zatoka with no one injured and an office building in Odesa, where a guard was hurt; the Zatoka bridge is open; Moldovan-Ukrainian talks on a Palanca checkpoint set for 20 June are postponed.",
    "xv07_removal_company_customer_notice_odesa_chornomorsk_jun12": "An Odesa removal firm reschedules a move after Russian drones hit an office centre overnight into Monday, hurting two people, and closes access to its Chornomorsk yard after a ballistic missile struck the port yesterday evening (no one killed, three workers injured); Germany announced yesterday more equipment for Ukraine's power plants.",
    "xv08_car_rental_customer_notice_sevastopol_beach_jun25": "A Simferopol car hire firm pauses Sevastopol deliveries after Ukraine fired five ATACMS missiles at the city on Sunday afternoon; Russia said four were shot down, and the governor reported three killed, two of them children, and more than 100 injured. On Monday Moscow summoned the US ambassador. It explains returns, fuel and insurance.",
    "xv09_language_school_course_notice_kyiv_summer_jun27": "A Kyiv language school changes its summer timetable for power cuts after Russia fired 16 missiles and 13 drones at power plants on 22 June (12 missiles and all drones downed; a Lviv region facility hit, no one injured); a teacher's brother came home in Tuesday's 90-for-90 exchange arranged with UAE help; graduates interpreted at the Bürgenstock summit.",
    "xv10_board_game_rulebook_air_defence_control_jun05": "A publisher's rulebook for Night Watch, a cooperative board game in which players defend the invented country of Valdmark's cities against drone and missile Raid cards with interceptor dice over seven nights, with a talks phase of Envoy cards and Exchange tokens; second-edition changes are listed.",
}

PLACE_FORM = {
    ("xv06_campsite_booking_notice_zatoka_odesa_jun11", 0, "Odesa"): "Odesa region",
    ("xv09_language_school_course_notice_kyiv_summer_jun27", 1, "Lviv"): "Lviv region",
}


if __name__ == "__main__":
    write_answers("dev73", GOLD, Convention(SUMMARY, place_form=PLACE_FORM))
