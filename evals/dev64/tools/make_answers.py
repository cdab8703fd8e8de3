"""Write the ideal answers of the dev64 articles, `evals/answers/ideal/xm??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries. Every record's own sentences name its place (the country
records say "into Ukraine", "against Ukraine", "at the country", "over Russia"; the June drone debris
and the 10 July night name Izmail and Kyiv), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev64/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xm01_negotiating_delegation_statement_istanbul_jul23": "Ukraine's delegation, 23 July: the third round of direct talks with Russia was held today in Istanbul, hosted by Turkey; the sides agreed a new exchange of at least 1,200 prisoners each in August; Ukraine proposed a Zelensky-Putin meeting before the end of August; the previous round was on 2 June.",
    "xm02_wire_morning_briefing_email_jul24": "Morning briefing, 24 July: the Istanbul round yesterday lasted about forty minutes and produced a promised swap of 1,200 prisoners each next month; Russia offered 3,000 bodies; Ukraine pitched a leaders' meeting; Russia sent 64 drones and two Iskander-M missiles overnight, two hurt in Kharkiv; Russia claims 39 drones downed, 14 over Bryansk region.",
    "xm03_insurance_adjuster_report_izmail_jul25": "Loss adjusters, 25 July: Russian drones damaged an insured warehouse in Izmail's port overnight from 21 to 22 July; 17 drones targeted the Odesa region and 14 were shot down; no employee was hurt; estimated loss USD 200,500; drone debris had hit the same yard on 2 June.",
    "xm04_rocketry_society_launch_day_report_control_jul27": "A rocketry society reports its launch day of 26 July on a farm: 41 rockets flown, a club altitude record, two rockets lost in a maize field, a small grass fire put out and no one hurt; the farmers agreed to host the next launch in September.",
    "xm05_regional_tv_caption_list_zaporizhzhia_jul29": "Zaporizhzhia TV captions, 29 July: four guided bombs hit a penal colony near Bilenke overnight, first 16 killed and over 35 injured, later 17 and 42; a drone hit garages in Zaporizhzhia, no one hurt; Russia used 37 drones and one Iskander-M, 32 drones downed; Russia claims 74 Ukrainian drones downed; Trump's 10-12 day deadline.",
    "xm06_press_agency_quotes_of_the_day_jul29": "Quotes of the day, 29 July: the governor says four guided bombs on the colony near Bilenke killed 17 and wounded 42; Russia says it downed 74 Ukrainian drones overnight, 27 over Bryansk region; Sybiha spoke by phone with Turkey's Fidan on the exchange; Zelensky, Peskov, Trump and Umerov on the war and talks.",
    "xm07_ship_tracking_analysis_danube_ports_jul30": "Vessel-tracking note, 30 July: ship queues on the lower Danube grew after Russian drones hit Izmail's port on 22 July, injuring one worker, and Reni's port on the night of 27 July, with no casualties; the EU's 18th package of 18 July listed 105 more shadow-fleet tankers.",
    "xm08_kyiv_mourning_decree_translated_jul31": "Kyiv's military administration declares 1 August a day of mourning after Russia's missile and drone attack on the city on the night of 31 July killed at least 16, including a six-year-old boy, and injured over 130; the Air Force counted 309 drones and eight missiles that night.",
    "xm09_residents_association_notice_sviatoshynskyi_aug02": "A Kyiv residents' association, 2 August: a Russian missile struck the next building early on 31 July, collapsing two entrances; the city reports 31 killed, five of them children, and 159 injured; their own building lost windows; drone debris burned two cars on the night of 10 July.",
    "xm10_newspaper_corrections_and_clarifications_aug02": "Corrections, 2 August: Russia launched 309 drones and eight Kh-101 missiles on the night of 30-31 July, 288 and three downed; Kyiv's toll was then 31, including five children; Medinsky led Russia at the Istanbul talks of 23 July; Germany will deliver two Patriot launchers; a Kyiv building hit on 10 July was damaged.",
}


if __name__ == "__main__":
    write_answers("dev64", GOLD, Convention(SUMMARY))
