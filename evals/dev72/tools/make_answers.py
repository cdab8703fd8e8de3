"""Write the ideal answers of the dev72 articles, `evals/answers/ideal/xu??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the four
explicit zeros gold codes (codebook rule 6) come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and one place form: the glossary note's Bryansk record is a
region, written "Bryansk region" as the article does. Every record's own sentences name its place (the net
log's Kupiansk entry by its station line, "Station 5 (Olha, Kupiansk)"; the dental notice's July record
quotes the notice's first sentence, which names Odesa; the country records say "against Ukraine" and "the
Kharkiv, Sumy and Odesa regions"), so no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev72/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xu01_parish_bulletin_panakhyda_hroza_kharkiv_oct08": "A Ukrainian parish in England announces a memorial service after a Russian Iskander missile hit a café in Hroza during a wake on Thursday, killing 51, among them an eight-year-old boy, and injuring six; Zelensky was at the European Political Community summit in Granada that day; early on Friday a missile in Kharkiv killed a boy of ten and his grandmother and hurt about thirty.",
    "xu02_radio_amateur_net_log_hroza_kupiansk_oct05": "A Kharkiv radio amateurs' net log of 5 October: a Russian missile hit a café in Hroza during a wake (at least 48 dead, six wounded, later 49, a boy of eight the youngest); Kupiansk was shelled in the morning (two injured); a Shahed hit a farm near Balakliia overnight (no one hurt); 24 of 31 Shaheds were downed nationally; Zelensky attended the summit in Granada.",
    "xu03_translation_agency_glossary_note_odesa_malta_nov17": "A Kyiv translation agency's glossary note gives approved renderings with example sentences: Russian missiles hit Odesa's centre on the night of 6 November (eight injured); Russia said it destroyed all 11 Ukrainian drones over the Bryansk region; Nikopol was shelled on Monday (no one hurt); advisers met in Malta on 28-29 October; the EU proposed a 12th sanctions package; David Cameron visited Kyiv.",
    "xu04_dental_practice_notice_patients_odesa_nov07": "An Odesa dental practice tells patients it reopens on 8 November after Russian missiles struck the historic centre early on Monday, injuring five people and damaging the Fine Arts Museum and the practice's windows; it recalls the missiles of 23 July that damaged the Transfiguration Cathedral, and explains emergency care and alert rules.",
    "xu05_ferry_operator_notice_orlivka_isaccea_izmail_oct19": "A Danube ferry operator resumes the Orlivka-Isaccea crossing after Russian drones attacked Izmail overnight into Wednesday (11 of 13 destroyed, a lorry driver injured); an earlier drone strike on Reni's port on 9 October injured no one; talks of the Romanian and Ukrainian transport ministries in Tulcea moved from 23 October to 6 November.",
    "xu06_bakery_notice_customers_izmail_oct18": "An Izmail bakery opens late after drones attacked the port area overnight, setting a grain warehouse on fire and cutting power; the city says no one was killed. The bakery has kept baking through every attack since the drones first hit Izmail's port on 2 August.",
    "xu07_coworking_members_email_kyiv_drones_nato_nov27": "A Kyiv coworking space tells members that early on Saturday Russia sent 75 Shahed drones against Ukraine, mostly at Kyiv, and 74 were shot down; five people were injured in Kyiv, among them an 11-year-old girl; it sets generator hours and will screen the press conference after the NATO-Ukraine Council in Brussels on Wednesday.",
    "xu08_bookshop_event_listing_kyiv_nov25": "A Kyiv bookshop moves a children's reading after the morning's drone attack, in which more than 70 drones were downed over Kyiv and at least two people were hurt; it lists the week's events, including a book launch postponed after missile debris broke the shop's windows on 21 September.",
    "xu09_chess_club_newsletter_kyiv_kherson_pistorius_nov30": "A Kyiv chess club's newsletter: its blitz was cancelled after 75 Shaheds were sent at Kyiv on 25 November (all but one downed, a girl of 11 injured); a member in Kherson lost on time after a shell killed a man and wounded two women at a bus stop on Sunday; Germany's Pistorius visited Kyiv on 21 November and announced 1.3 billion euros of aid.",
    "xu10_local_history_society_lecture_abstract_crimean_war_control_nov14": "A local history society announces a lecture on the siege of Sevastopol in the Crimean War, told through the letters of a village gunner: the bombardments, Balaklava and Inkerman, disease, the fall of the Malakhov redoubt, the exchange of prisoners and the Paris peace talks of 1856.",
}

PLACE_FORM = {("xu03_translation_agency_glossary_note_odesa_malta_nov17", 1, "Bryansk"): "Bryansk region"}


if __name__ == "__main__":
    write_answers("dev72", GOLD, Convention(SUMMARY, place_form=PLACE_FORM))
