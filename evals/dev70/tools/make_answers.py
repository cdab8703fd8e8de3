"""Write the ideal answers of the dev70 articles, `evals/answers/ideal/xs??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the five
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries only. Every record's own sentences name its place (the winery's
Izmail record quotes the sentence before its strike, "now leaves through Izmail, on the Danube"; the country
records say "the Odesa and Kyiv regions", "Across the country" and "Across Ukraine"; the concert notes'
strike "Chernihiv's drama theatre"), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev70/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xs01_winery_wine_club_letter_izmail_sochi_sep01": "A winery near Shabo tells its wine club that autumn boxes ship ten days late: since Russia left the grain deal on 17 July its exports go through Izmail, whose port Russian drones hit early on 2 August (no one hurt); a single drone hit a vineyard outside Shabo overnight into Monday (nobody injured); Erdoğan is due in Sochi on Monday for talks with Putin.",
    "xs02_interim_report_note_subsequent_events_izmail_sep28": "A grain logistics group's interim report lists events after 30 June: Russian drones hit its Izmail terminal on 2 August (23 of 25 Shaheds downed nationally, no casualties), again on the night of 16 August (one worker injured) and overnight into 4 September (17 of 22 drones downed, two injured); Reni was attacked in July and August; Turkey and Russia held talks in Sochi on 4 September.",
    "xs03_letting_agent_listing_flat_lypky_kyiv_sep01": "A Kyiv letting agency lists a furnished two-bedroom flat with a basement shelter in Lypky and describes safety: Russian drones and missiles attacked Kyiv early on Wednesday, more than 20 were brought down, and debris killed two people and injured two in the Sviatoshynskyi and Solomianskyi districts; in late May a drone fragment broke windows nearby.",
    "xs04_benefit_concert_programme_notes_chernihiv_vienna_aug28": "A Vienna ensemble's notes for a benefit concert for Chernihiv's music school: on 19 August a Russian Iskander missile struck the square outside the drama theatre, killing seven, among them a six-year-old girl, and injuring more than 140; Zelensky was visiting Sweden that day, and the next day the Netherlands and Denmark pledged F-16s to Ukraine.",
    "xs05_vet_clinic_notice_pet_owners_chernihiv_aug20": "A Chernihiv veterinary clinic changes its hours and treats animals free after a Russian missile hit the city centre by the drama theatre yesterday, killing seven, including a six-year-old girl, and wounding 90, 12 of them children (129 injured by this morning); on the night of 17 August a drone hit a dairy farm near Horodnia, killing cows but no people.",
    "xs06_wedding_planner_letter_couples_lviv_sep21": "A Lviv wedding planner tells couples their weddings go ahead after Russian drones struck warehouses on the city's eastern edge early on Tuesday, killing a man (27 of 30 Shaheds downed across Ukraine that night), and recalls the July cruise missile that killed ten in a Lviv apartment block; it explains alert rules at ceremonies and dinners.",
    "xs07_family_zoo_notice_visitors_kyiv_aug30": "A Kyiv family zoo opens at noon after an overnight Russian attack on the city with cruise missiles and Shahed drones that killed two men and injured a woman in the Sviatoshynskyi district; across Ukraine the Air Force counted 28 cruise missiles and 16 Shaheds, 11 and 15 of them destroyed; no animal was hurt.",
    "xs08_call_for_papers_black_sea_conference_kyiv_sep15": "A Kyiv school calls for papers for an online Black Sea conference in November, citing Ukraine's strike on the Sevastopol shipyard on 13 September (Russia claimed seven of ten missiles and all three boats downed; 24 injured), the Jeddah talks of 5-6 August, Guterres's grain proposals to Lavrov, and the attack on Kyiv of 30 August that killed two.",
    "xs09_twinning_association_newsletter_lviv_sep29": "A German town's twinning association reports that drones hit warehouses in Lviv on 19 September, killing one worker and injuring two; a Bundestag group's visit to Lviv planned for October is postponed; Zelensky held talks with Biden on 21 September as the US announced $325 million in aid; talks between Duda and Zelensky planned for 19 September were called off.",
    "xs10_reenactment_society_battle_day_programme_control_sep08": "A re-enactment society's programme for its September re-staging of the 1644 siege of Ashcombe House: drill, a cannonade with replica guns, musket volleys, a cavalry charge, a breach and a parley with a truce, plus safety rules on black powder and drones, food and parking.",
}


if __name__ == "__main__":
    write_answers("dev70", GOLD, Convention(SUMMARY))
