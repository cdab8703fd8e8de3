"""Write the ideal answers of the dev69 articles, `evals/answers/ideal/xr??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them (the three regions of the courier notice as "Khmelnytskyi region", "Vinnytsia region" and
"Poltava region", since a bare name would be the city), `when` as the gold's date words (no record has a
null `when`), counts as numbers (the two explicit zeros gold codes, codebook rule 6, come through as 0),
evidence as gold's quotes (at most three a record). Added here by hand: the summaries only. Every
record's own sentences name its place (the country records say "Across the country", "Ukraine's energy
system" and "all over Ukraine"; the tender's drone "the same district of Odesa", the library's earlier
missile "Chernihiv's drama theatre"), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev69/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xr01_recipe_blog_buckwheat_blackout_kharkiv_mar24": "A Kharkiv cooking blogger gives a one-pot buckwheat recipe for a camping stove after Russian missiles and drones hit the city's power plants early on 22 March, leaving it dark (no one killed, one man injured), part of a national attack of more than 60 missiles and about 90 Shahed drones; a Shahed had injured two people in Kharkiv on 6 March.",
    "xr02_library_notice_to_readers_chernihiv_apr18": "Chernihiv's central library changes its hours after three Russian missiles struck the city centre on 17 April, killing 17 and injuring 61, three children among them (18 dead by the next morning); it recalls the missile that killed seven by the drama theatre last August and notes the NATO-Ukraine Council on air defence due on Friday.",
    "xr03_courier_service_notice_energy_attack_mar22": "A parcel company explains delays after Russia's overnight attack on the energy system on 21-22 March: 151 drones and missiles, 92 shot down (55 of 88 Shaheds, 37 of 63 missiles); two missiles hit the Dnipro dam in Zaporizhzhia, killing one and injuring at least eight; energy sites in three regions hit; Kyiv's 31 missiles of 21 March all downed, debris injuring 13.",
    "xr04_procurement_tender_notice_odesa_repairs_apr01": "An Odesa municipal enterprise tenders emergency repairs of 11 apartment buildings in the Kyivskyi district, damaged when two ballistic missiles struck on 15 March, killing 21 people and injuring 75, and earlier by a drone on 2 March that killed 12, five of them children; lots, budget, deadlines and a cancelled earlier notice are given.",
    "xr05_ngo_job_vacancy_field_coordinator_chernihiv_apr26": "A housing-repair charity seeks a field coordinator in Chernihiv, citing the missiles that killed 18 there on 17 April, daily shelling of border villages, a missile on Kharkiv's TV tower on Monday, the 150 missiles and drones of 22 March, the US law with $61 billion for Ukraine, the Bürgenstock peace summit of 15-16 June and postponed Ukrainian-Lithuanian talks.",
    "xr06_cantonal_police_traffic_notice_burgenstock_apr25": "Swiss cantonal police set out road closures, permits and airspace limits for the summit on peace in Ukraine that Switzerland hosts at the Bürgenstock resort on 15-16 June, with Zelensky attending; the idea dates from his January visit to Bern; a ministers' visit to the resort planned for 24 April was called off.",
    "xr07_tour_operator_notice_odesa_tours_cancelled_mar16": "An Odesa tour operator cancels March tours after Russian ballistic missiles hit the city on 15 March, with a second strike on rescuers, killing at least 14 and wounding 46 (20 dead by morning); a missile killed five on 6 March during the Greek prime minister's visit with Zelensky; Zelensky held talks with Erdoğan in Istanbul on 8 March.",
    "xr08_charity_auction_catalogue_kyiv_lots_apr20": "A Kyiv volunteer club's charity auction catalogue: a Kh-101 fragment from 21 March, when all 31 Russian missiles (two ballistic, 29 Kh-101) fired at Kyiv were downed and debris injured 17; a Zircon fragment from 25 March (both shot down, ten hurt); a photo of the Finland-Ukraine security agreement signed on 3 April, with a Finnish aid package; art and trips.",
    "xr09_force_majeure_notice_tatarstan_drones_apr03": "A Kazan fuel trader declares force majeure after drones attacked Tatarstan early on 2 April: one drone hit the Nizhnekamsk refinery's distillation unit (no employees injured) and drones struck a college hostel in Yelabuga, injuring 12; loading is suspended; an earlier notice concerned the drone attack on the Ryazan refinery on 13 March.",
    "xr10_town_council_fireworks_display_notice_control_apr29": "An English town council explains its Charter Day fireworks display on the river on 4 May: 1,400 shells and rockets fired from pontoons, safety and fallout zones, a wind-delay date, arrangements agreed with dog owners, road closures, parking and shuttle buses, and how to complain about noise.",
}


if __name__ == "__main__":
    write_answers("dev69", GOLD, Convention(SUMMARY))
