"""Write the ideal answers of the dev74 articles, `evals/answers/ideal/xw??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the three
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and one place form: the auction notice's March record is the
region's own ("a village of the Lviv region"), written "Lviv region" as the article writes it. Every
record's own sentences name its place (the letter's Orikhiv record quotes "Two of you come from Orikhiv.",
the brigade newsletter's records their section headings "Odesa." and "Mykolaiv.", the country records
"at Ukraine" and "The Ukrainian Air Force ... at the country"), so no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev74/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xw01_hospital_visiting_hours_notice_kramatorsk_jun28": "A Kramatorsk hospital restricts visiting hours after two Russian missiles hit the city centre and a pizza restaurant yesterday evening, killing at least eight people, three of them children, and injuring 56; shells landed near Sloviansk early this morning with no one hurt; it recalls the missile that killed three in a Kramatorsk block of flats on 1 February.",
    "xw02_student_exchange_programme_letter_vilnius_kyiv_orikhiv_jul14": "A Vilnius academy writes to its Ukrainian exchange students after the NATO summit the city hosted on 11-12 July, the first NATO-Ukraine Council with Zelensky and a Lithuanian aid package; Russian drones on Kyiv overnight into Thursday killed a man (all 20 Shaheds downed nationwide), and guided bombs on Orikhiv on Sunday killed a woman and wounded four.",
    "xw03_farmers_market_newsletter_odesa_kerch_grain_jul18": "A growers' market near Odesa reports that Russia left the Black Sea grain deal on Monday, that Putin is expected to visit Turkey in August, that Ukrainian sea drones hit the Kerch bridge before dawn on Monday, killing a couple and injuring their 14-year-old daughter, and that shelling of Kherson on Saturday injured three, among them a boy of 12.",
    "xw04_orchestra_tour_update_lviv_vilnius_prague_jul07": "A touring orchestra's update: Russian cruise missiles hit a residential building in Lviv early on Thursday, killing at least five and injuring 34, and the Air Force downed seven of ten Kalibrs nationwide; the Lviv concert moves to Sunday, the NATO summit is in Vilnius next Tuesday and Wednesday, and Zelensky visited Prague on Thursday.",
    "xw05_language_school_notice_dnipro_kramatorsk_jun30": "A Dnipro language school moves a teacher's classes online after Russian Iskander missiles hit a Kramatorsk restaurant on Tuesday evening, killing 12, four of them children, and wounding more than 60; all six drones sent at Dnipro overnight into Wednesday were downed with nobody injured; it cites the EU's eleventh sanctions package and the London recovery conference.",
    "xw06_volunteer_fire_brigade_newsletter_odesa_mykolaiv_jul25": "A German volunteer fire brigade tells its Ukrainian partners' news: Russian missiles and drones hit Odesa's port on the night of 19 July, injuring two firefighters, with 23 of 38 downed nationwide; a missile set a Mykolaiv building on fire on the night of 20 July, injuring 18 with no deaths; Germany is sending 30 more fire engines.",
    "xw07_property_auction_notice_lviv_jul10": "A Lviv auction house postpones a flat's sale after Russian Kalibr missiles hit an apartment block three doors away on the night of 6 July, killing ten people; a country house's windows were broken in March by the missile that killed five in a village of the Lviv region; the rest of the 14 July sale goes ahead.",
    "xw08_cycling_club_ride_calendar_kramatorsk_jul03": "A Kramatorsk cycling club's July calendar: a memorial ride for the 13 killed and 60 injured, a 17-year-old member among them, by the Russian missile on the pizzeria on 27 June; a ride to Druzhkivka is cancelled after shelling killed a man there on Sunday; a charity ride for prisoners' families follows the exchange of 11 June.",
    "xw09_dry_cleaner_notice_odesa_jul20": "An Odesa dry cleaner closes its Prymorska Street branch after Russian missiles and drones struck the port area overnight into Wednesday, injuring eight people, the second night running after a guard was wounded at the port the night before; Moscow calls it revenge for Monday's strike on the Kerch bridge; garments move to another branch.",
    "xw10_model_railway_club_diorama_description_control_jun14": "A model railway club describes its summer exhibition diorama of an imaginary junction during an air raid in an imaginary 1940s war, with guns, searchlights, a bomb crater and 214 painted figures, notes a harmless derailment at a trial run and a storage truce with the village hall, and gives the opening times.",
}

PLACE_FORM = {("xw07_property_auction_notice_lviv_jul10", 1, "Lviv"): "Lviv region"}


if __name__ == "__main__":
    write_answers("dev74", GOLD, Convention(SUMMARY, place_form=PLACE_FORM))
