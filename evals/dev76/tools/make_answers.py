"""Write the ideal answers of the dev76 articles, `evals/answers/ideal/xy??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them ("Zolochiv district" for the unnamed village's district), `when` as the gold's date words (no
record has a null `when`), counts as numbers (the three explicit zeros gold codes, codebook rule 6, come
through as 0), evidence as gold's quotes (at most three a record). Added here by hand: the summaries only.
Every record's own sentences name its place (the recycling notice's district record quotes its heading,
"Notice to residents of the Zolochiv district"; the glazier's optional record quotes the first sentence
naming Sloviansk; the beekeepers' Uman record "Our association mourns with Uman."; the country records say
"over the whole country", "across Ukraine", "fired at Ukraine" and "against the whole of Ukraine"), so no
place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev76/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xy01_hairdresser_notice_clients_uman_apr30": "An Uman hair salon reopens on 2 May after Russian cruise missiles struck the city early on Friday, collapsing part of a nine-storey block: the governor reported 20 dead, three of them children, and 18 injured (23 dead by Saturday); the Air Force said 21 of 23 cruise missiles were shot down nationwide. It notes Zelensky's Wednesday phone call with Xi Jinping.",
    "xy02_plant_nursery_spring_catalogue_uman_apr29": "A nursery near Uman explains its late spring catalogue: yesterday a Russian missile brought down part of an Uman apartment block, killing at least 19, four of them children; on 9 March Russia fired 81 missiles across Ukraine in one night; the Dutch agriculture minister's visit to Kyiv planned for 25 April was put off with no new date. Prices of trees, bushes and roses follow.",
    "xy03_bus_company_timetable_change_kyiv_lviv_mar10": "A Kyiv coach company moves its morning departures to Lviv, Zhytomyr and Rivne after Russia's attack overnight into Thursday: 81 missiles and eight Shaheds, 34 and four of them downed; missile debris hurt two people in Kyiv's Holosiivskyi district, and a missile killed five in a Zolochiv district village. It recalls the missiles on central Kyiv on 10 October.",
    "xy04_recycling_centre_notice_residents_zolochiv_mar13": "The Zolochiv district recycling centre sets rules for rubble and glass after a Russian missile destroyed houses in a village of the district last Thursday, killing five people, in an attack of more than 80 missiles across Ukraine; Poland announced on Friday it would hand over two rubble crushers, one for the district. Asbestos and missile fragments are not accepted.",
    "xy05_tutoring_centre_notice_parents_rzhyshchiv_kishida_mar23": "A tutoring centre moves Obukhiv lessons online after Russian Shahed drones hit a college dormitory and a school in Rzhyshchiv overnight into Wednesday, killing four and injuring seven (16 of 21 Shaheds downed nationwide); missiles in Zaporizhzhia killed one and injured at least 25, including a girl of 11. Kishida visited Kyiv on Tuesday; Xi held talks with Putin in Moscow.",
    "xy06_scout_troop_newsletter_rzhyshchiv_exchange_mar31": "A Vyshhorod scout troop's March newsletter: 130 Ukrainian defenders came home in a prisoner exchange with Russia on 7 March, among them a patrol leader's father; drones struck Rzhyshchiv on the night of 22 March, killing eight in a college dormitory; a Shahed exploded in a field near Bila Tserkva overnight into Sunday, hurting no one. Patrol news and dates follow.",
    "xy07_estate_agent_market_report_sloviansk_kramatorsk_apr20": "A Kramatorsk estate agency's first-quarter report: prices fell 6% in Kramatorsk and 9% in Sloviansk; Russian S-300 missiles struck a block in Sloviansk on Friday, killing at least 11, a two-year-old boy among them, and injuring 21 (15 dead since); a missile on 27 March killed two and injured 29. Stoltenberg is in Kyiv today; allied defence ministers meet at Ramstein tomorrow.",
    "xy08_glazier_notice_customers_sloviansk_apr16": "A Sloviansk glazing workshop sets its order of repairs and free glazing after two Russian missiles hit the city centre on Friday, killing nine and injuring more than 20 and smashing windows for several streets; a Russian shell hit garages in Kramatorsk yesterday evening, injuring nobody. The city has been shelled on and off since last spring. Prices are listed.",
    "xy09_beekeepers_association_newsletter_uman_dnipro_apr30": "A Cherkasy beekeepers' newsletter mourns the Russian missile strike on Uman on 28 April that killed 23, six of them children; the same night a missile killed a young mother and her two-year-old daughter in Dnipro. Drones set a Sevastopol fuel depot on fire on Saturday, no one hurt; Stoltenberg visited Kyiv on 20 April and met Zelensky. Varroa advice and honey fairs follow.",
    "xy10_war_memorial_restoration_report_control_apr12": "A conservator reports to Little Haddow parish council on restoring its 1921 war memorial, a stone cross with a bronze panel naming men who died in the two world wars: steam cleaning, repointing, waxing the bronze and recutting worn names; pits from a 1940 bomb are kept. A rededication service is planned for 14 May.",
}


if __name__ == "__main__":
    write_answers("dev76", GOLD, Convention(SUMMARY))
