"""Write the ideal answers of the dev66 articles, `evals/answers/ideal/xo??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and two place quotes: the crowdfunding page's Shahed of 3 April
hit "the courtyard of her block", so the answer quotes the page's sentence that puts the aunt's street in
Sumy; the shelter's drones of the night of 3 April hit "the same Kyivskyi district", so the answer quotes the
newsletter's sentence naming Kharkiv. Every other record's own sentences name its place (the country records
say "against Ukraine", "Across the whole of Ukraine", "Russia's Defence Ministry"), so no place form is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev66/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xo01_residents_forum_thread_kryvyi_rih_apr05": "A Kryvyi Rih residents' forum thread on the Iskander-M ballistic missile that hit a neighbourhood beside a playground on the evening of 4 April: at least 14 killed, six of them children, and more than 50 wounded in the first count, 18 dead and 61 wounded by the next morning; blood appeals and three days of mourning.",
    "xo02_crowdfunding_page_sumy_family_apr17": "A fundraiser for a woman wounded when two Russian Iskander-M missiles struck central Sumy on Palm Sunday, 13 April: 34 killed, two of them children, and 117 injured, 15 of them children (later 35 dead); her flat's windows had already been blown out by a Shahed on 3 April, when nobody was hurt.",
    "xo03_ngo_coalition_open_letter_eu_apr15": "NGOs write to EU foreign ministers after a ballistic missile killed 20, nine of them children, in Kryvyi Rih on 4 April and two Iskander-M missiles killed 35 in Sumy on 13 April, after drones killed five in Kharkiv on 3 April; they recall the contact group's meeting at NATO on 11 April and the 16th package, and ask for a 17th.",
    "xo04_animal_shelter_supporters_update_kharkiv_apr17": "A Kharkiv animal shelter reports that at least six Shahed drones hit two districts overnight, killing one man and injuring 11; the shelter's windows and runs were damaged but no volunteer or animal was hurt. Drones had hit the same district on the night of 3 April, killing five.",
    "xo05_think_tank_panel_rapporteur_summary_apr24": "Panel summary, 23 April: the London talks held by officials after Rubio withdrew; the contact group in Brussels on 11 April; the UAE-mediated 246-for-246 exchange of 19 April; Witkoff's St Petersburg talks and the Easter truce recalled. A note adds Russia's overnight attack on Kyiv (at least nine killed) with 70 missiles and 145 drones.",
    "xo06_flight_tracking_blog_envoy_jet_apr25": "Tracking the US envoy's jet: Steve Witkoff flew to Moscow on 25 April for about three hours of talks with Putin, a day after Russian missiles and drones killed 12 in Kyiv; Moscow's airports closed overnight as Russia claimed 28 Ukrainian drones downed; earlier trips on 13 March and 11 April (St Petersburg).",
    "xo07_school_current_affairs_worksheet_apr28": "A classroom worksheet on 21-27 April: London talks downgraded to officials (23 April); Russia's night attack on Kyiv killing 12 and injuring about 90, with around 215 missiles and drones nationwide (24 April); Witkoff's talks with Putin (25 April); Zelensky and Trump's talks in St Peter's Basilica (26 April); Sumy's 35 dead recalled.",
    "xo08_polling_institute_press_release_apr29": "Survey of 20-27 April: 81% doubt Russia wants a lasting ceasefire. Context: Putin's Easter truce of 19-20 April, Zelensky's proposed 30-day halt to strikes on civilian infrastructure (20 April), the UAE-brokered return of 246 prisoners (19 April), and the Kryvyi Rih strike of 4 April that killed 20, nine of them children.",
    "xo09_rating_agency_comment_minerals_fund_apr30": "A rating agency calls the US-Ukraine Reconstruction Investment Fund agreement, signed in Washington on 30 April by Scott Bessent and Yulia Svyrydenko, credit-neutral for now; it followed Trump and Zelensky's talks in St Peter's Basilica on 26 April and a memorandum of intent of 17 April.",
    "xo10_astronomy_society_lyrids_report_control_apr26": "An astronomy society's report on the Lyrid meteor shower of 21-23 April: 61 meteors counted on the peak night and a bright fireball; a neighbour's drone spoiled two photographs, a truce was reached with the cricket club over floodlights, and a fallen tripod hurt no one.",
}

CROWDFUNDING = "xo02_crowdfunding_page_sumy_family_apr17"
SHELTER = "xo04_animal_shelter_supporters_update_kharkiv_apr17"
PLACE_QUOTE = {
    (CROWDFUNDING, 1): "My aunt Valentyna is 61 and has lived on the same street in the centre of Sumy all her life.",
    (SHELTER, 1): "Overnight, Russian drones struck Kharkiv again.",
}


if __name__ == "__main__":
    write_answers("dev66", GOLD, Convention(SUMMARY, place_quote=PLACE_QUOTE))
