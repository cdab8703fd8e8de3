"""Write the ideal answers of the dev75 articles, `evals/answers/ideal/xx??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the eight
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries only. Every record's own sentences name its place (the region
records say "the Ivano-Frankivsk region", "the Kyiv region" and "the Odesa region", as gold names them; the
country records "at Ukraine" and "over Ukraine"; the newsletter's November record quotes the sentence before
it, "occupation in Kherson"; the piano tuner's Kyiv and Odesa-region records quote their own sentences with
the barrage sentence that dates them), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev75/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xx01_ski_resort_conditions_report_vorokhta_dec30": "A Carpathian ski area near Vorokhta reports 85 cm of snow and lifts on generators: on Thursday Russia fired 69 cruise missiles at Ukraine, 54 brought down, and a missile hit an energy facility in the Ivano-Frankivsk region the same morning (no one hurt); instructors watched Zelensky's visit to Washington on 21 December.",
    "xx02_pet_grooming_salon_notice_kyiv_obolon_dec19": "A Kyiv grooming salon moves its morning appointments after Russian Shahed drones attacked Kyiv early today: 23 were shot down over the capital, nobody was injured, but an energy facility was hit; it keeps a warm room open since Friday's missile attack on Kyiv, and notes Putin's visit to Lukashenko in Minsk today.",
    "xx03_launderette_notice_kyiv_lukianivka_dec20": "A Kyiv launderette reopens most machines after yesterday morning's attack: Russia sent 35 Shahed drones over Ukraine, the Air Force destroyed 30, 23 of them over Kyiv, where energy infrastructure was still hit; two people were injured in the Kyiv region. It says its drying price rise is the generator's cost, not the EU's ninth sanctions package adopted last Friday.",
    "xx04_housing_association_tenants_newsletter_kherson_family_jan05": "An English housing association's winter newsletter covers heating, bins and rents, and introduces a family from Kherson: their flat there was wrecked by a Russian shell in November; on 24 December Russian shelling of the city centre killed ten and wounded 55; on New Year's Eve a cousin came home among 140 Ukrainians freed in a prisoner exchange with Russia.",
    "xx05_bike_repair_shop_notice_kherson_dec25": "A Kherson bike repair shop closes for two days after Russian shells hit the city centre yesterday before noon, seven dead and 35 wounded at first count (ten dead later); shells also fell on Bilozerka on Thursday with no one hurt; the city has been shelled nearly daily since 11 November; Zelensky visited Washington on Wednesday and the US promised a Patriot battery.",
    "xx06_self_storage_facility_notice_dnipro_jan16": "A Dnipro self-storage firm offers free units and vans to residents of Naberezhna Peremohy 118, where a Russian Kh-22 missile brought down a section of the block on Saturday afternoon: 30 dead, two of them children, and 73 injured, 13 of them children, by Sunday; missile debris burned a warehouse on 29 December with no one hurt; Zelensky and Sunak spoke and London pledged Challenger 2 tanks.",
    "xx07_garden_centre_newsletter_zaporizhzhia_jan20": "A Zaporizhzhia garden centre's newsletter: four S-300 missiles hit an industrial site in the city overnight into Wednesday, with no casualties; Orikhiv and Huliaipole were shelled every day this week; a seed swap raises money for the Dnipro block a Russian missile hit last Saturday (45 dead, six children); the Dutch foreign trade minister's visit planned for 25 January was called off.",
    "xx08_photography_club_competition_notice_kyiv_jan27": "A Kyiv camera club announces its winter competition on light during blackouts and its rules; it notes that a Russian missile hit a building in Kyiv's Holosiivskyi district on Thursday morning, killing a man of 55 and injuring two; a juror who photographed the Kh-22 strike on a Dnipro block on 14 January (46 dead, six children) steps aside; Germany will send Leopard 2 tanks.",
    "xx09_piano_tuner_newsletter_lviv_jan30": "A Lviv piano tuner advises on cold rooms and moves bookings after Thursday's attack: Russia launched 55 missiles and 24 Shahed drones at Ukraine, 47 missiles and all drones shot down; a missile killed a man in Kyiv, and missiles hit three energy facilities in the Odesa region, nobody killed or injured; he recalls the Lviv summit of 11 January and an EU-Ukraine summit due in Kyiv on Friday.",
    "xx10_opera_programme_synopsis_war_and_peace_control_jan12": "An opera company's programme synopsis of Prokofiev's War and Peace: Andrei, Natasha and Pierre in the years of peace, then Napoleon's invasion of 1812, Borodino, the council at Fili, Moscow burning, Pierre's captivity and rescue by partisans, and the French retreat, with a note on the recorded cannon and running time.",
}


if __name__ == "__main__":
    write_answers("dev75", GOLD, Convention(SUMMARY))
