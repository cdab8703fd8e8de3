"""Write the ideal answers of the dev53 articles, `evals/answers/ideal/xb??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the one
region form where a bare name would be the city ("Chernihiv region").

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev53/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xb01_meridianwire_novorossiysk_sea_drones": "Ukrainian naval drones struck Novorossiysk overnight, setting an oil terminal pier on fire and injuring two port workers; Russia said six uncrewed boats were destroyed. The port was last hit on April 26. Russia launched 87 drones at Ukraine, 71 downed or jammed; a drone strike on an energy facility cut power to about 60,000 customers in the Chernihiv region.",
    "xb02_kyivledger_odesa_port_grain_ship": "Russia struck Odesa's port overnight on May 13 with two Iskander-M missiles and up to 30 drones, hitting a bulk carrier loading grain, killing a crew member and injuring at least four; silos and a warehouse were damaged. Nationwide Russia launched 112 drones and five missiles, of which 89 drones and three missiles were downed.",
    "xb03_bosphorustimes_turkey_call_black_sea": "Türkiye's president told his Russian counterpart by phone on Sunday that the war must not endanger Black Sea shipping. The call followed a Ukrainian naval drone attack on Novorossiysk on the night of 8-9 May that injured three. Türkiye has proposed that Ukrainian and Russian naval experts meet in Istanbul; the president spoke with Zelensky on May 5.",
    "xb04_northlight_odesa_correspondent_ship_and_blackout": "A correspondent in Odesa describes the Russian missile and drone strike on the harbour early on Wednesday that hit a grain ship, killing a sailor and injuring seven, and an overnight drone strike on a substation that left about 40,000 households without power, with no one hurt.",
    "xb05_europress_prisoner_swap_bodies": "Ukraine and Russia exchanged 205 prisoners of war each on Friday in a swap arranged with help from the UAE, a day after Ukraine received 909 bodies of soldiers and Russia 41. The previous swap, on April 24, returned 175 captives to each side.",
    "xb06_gulfstandard_uae_mediation_riyadh_cancelled": "The UAE said its mediation secured an exchange of 410 captives between Russia and Ukraine on Friday, 205 from each side. A Saudi official said a meeting of Russian and Ukrainian delegations that Riyadh was to host on May 19 had been called off at one party's request.",
    "xb07_deccancourier_indian_seafarers_odesa_uk_sanctions": "Two Indian seafarers were among six injured when a Russian missile and drone attack hit a bulk carrier at Odesa port on Wednesday; a Syrian crew member was killed. The UK sanctioned 25 more shadow fleet tankers and two ship managers on Tuesday, while the EU's next package, proposed last month, has not been adopted.",
    "xb08_sundaycompass_week_in_review": "Week in review: Ukrainian sea drones hit Novorossiysk on May 9, injuring three; the Vatican's envoy visited Kyiv on Monday and Moscow on Wednesday; Saudi-hosted talks set for May 19 were called off; a UAE-brokered swap freed 205 prisoners each on Friday after a handover of bodies on Thursday; Britain sanctioned 25 more tankers on Tuesday.",
    "xb09_vistulacourier_five_things_kovel_station": "Three Russian drones hit Kovel railway station overnight, damaging a train to Chełm, no one hurt; Warsaw summoned Russia's charge d'affaires; Poland announced a 350 million zloty aid package; a Bucharest Nine summit is set for Warsaw on June 2 with Zelensky; Kursk's governor said a drone on Rylsk injured a woman of 67.",
    "xb10_straitsbusiness_grocer_cyber_attack_milk_price_war_control": "Singapore grocer Lotus Grocer restored its checkouts after a weekend cyber attack; it is in a milk price war with two rivals, whose talks with a dairy cooperative resumed on Tuesday; the competition regulator plans an industry summit on May 20.",
}

PLACE_FORM = {
    ("xb01_meridianwire_novorossiysk_sea_drones", 3, "Chernihiv"): "Chernihiv region",
}


if __name__ == "__main__":
    write_answers("dev53", GOLD, Convention(SUMMARY, PLACE_FORM))
