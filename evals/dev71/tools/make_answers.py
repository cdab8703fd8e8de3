"""Write the ideal answers of the dev71 articles, `evals/answers/ideal/xt??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the six
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and one place form: the bank notice's region record is written
"Ternopil region" (the bare name would be the city). Every record's own sentences name its place (the
museum labels' Zaporizhzhia records quote the label lines "in the centre of Zaporizhzhia" and "in
Zaporizhzhia's Oleksandrivskyi district", the Dnipro record its heading line, the Brovary record the
sentence naming the branch; the country records say "against Ukraine", "across Ukraine" and "the
country's power system"), so no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev71/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xt01_pharmacy_notice_customers_pechersk_kyiv_dec20": "A Kyiv pharmacy opens late after Russian ballistic missiles targeted the capital this morning: the Air Force says all five were shot down, but fragments hit the Pecherskyi district, killing a man and injuring nine, including a 15-year-old boy; its Brovary branch is shut after a drone hit the next-door warehouse on the night of 18 December (no one injured).",
    "xt02_choir_rehearsal_schedule_christmas_kyiv_dec23": "A Kyiv chamber choir's Christmas rehearsal schedule notes that Friday's rehearsal was cancelled after Russian ballistic missiles hit Kyiv (one dead, thirteen hurt, hall windows lost); the Lublin meeting of the Ukrainian and Polish culture ministers is postponed to 18 January; Zelensky held talks with Macron and Trump in Paris on 7 December.",
    "xt03_university_registrar_notice_winter_exams_kyiv_dec27": "A Kyiv university's registrar sets out winter exam changes: Building 4 is closed after missile fragments fell on the Pecherskyi district on 20 December (one killed); a drone hit the Chernihiv student residence on the night of 24 December (nobody injured); German exchange students return after Scholz's 2 December visit to Kyiv, when he announced 650 million euros in military aid.",
    "xt04_bank_customer_notice_branch_hours_outages_dec17": "A savings bank shortens branch hours during power cuts after Russia's 13 December attack of 94 missiles and 193 drones on Ukraine (81 missiles and 80 drones downed), including missiles on an energy facility in the Ternopil region (no one injured); it checks payments against the EU's 15th sanctions package adopted on Monday and the US sanctions on Gazprombank of 21 November.",
    "xt05_energy_supplier_bill_insert_grid_december_dec30": "An electricity supplier's bill insert explains December's outages: Russia fired 287 missiles and drones at Ukraine's grid on 13 December (81 missiles and 80 drones downed) and 78 missiles and 106 drones on Christmas morning (59 and 54 downed); Ukrainian drones set an Oryol oil terminal on fire; the EU adopted sanctions on 16 December; Fico visited Putin in Moscow on 22 December.",
    "xt06_museum_exhibition_labels_year_in_objects_zaporizhzhia_dec19": "Labels for a Zaporizhzhia museum's exhibition of objects from 2024: a till drawer from the clinic destroyed by a Russian missile on 10 December (ten killed, more than 20 wounded), a sign bent by two guided bombs on 7 November (33 injured, five children), a casing fragment from the Oreshnik strike on Dnipro on 21 November, and a badge from the Bürgenstock peace summit.",
    "xt07_dental_practice_letter_patients_kharkiv_dec27": "A Kharkiv dental practice reopens on 30 December after Russian ballistic missiles hit the city on Christmas Day, injuring six and breaking its windows; drones struck a depot in the Kyivskyi district overnight into Thursday with no one hurt; Orbán spoke to Putin by phone on 11 December and proposed a Christmas truce and prisoner exchange, which Kyiv rejected.",
    "xt08_driving_school_notice_learners_kharkiv_dec30": "A Kharkiv driving school resumes lessons on 3 January with a changed route after ballistic missiles struck the city on 25 December, injuring at least seven including a 16-year-old girl; Russian shelling of Kupiansk injured two on Saturday, suspending that branch; the Chuhuiv branch was shelled in the autumn; 189 Ukrainians were freed today in a UAE-mediated exchange.",
    "xt09_swimming_pool_notice_members_zaporizhzhia_dec11": "A Zaporizhzhia swimming pool closes for two days after a Russian missile struck a nearby private clinic yesterday afternoon, killing at least nine, including a child, and injuring 19 (ten dead by this morning); on the night of 8 December drones hit a petrol station in the Zavodskyi district with no one killed or injured.",
    "xt10_theatre_review_henry_v_bristol_control_dec05": "A Bristol arts magazine gives four stars to a Wharf Playhouse production of Shakespeare's Henry V, praising its staging of the siege of Harfleur with light and sound, the offstage Agincourt, the parley scenes with the herald and the cold treaty at Troyes, while finding the comic scenes rushed.",
}

PLACE_FORM = {("xt04_bank_customer_notice_branch_hours_outages_dec17", "Ternopil"): "Ternopil region"}


if __name__ == "__main__":
    write_answers("dev71", GOLD, Convention(SUMMARY, place_form=PLACE_FORM))
