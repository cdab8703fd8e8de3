"""Write the ideal answers of the dev38 articles, `evals/answers/ideal/ym??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev38/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "ym01_bankovaoffice_stubb_call": "Zelensky briefed Finnish President Stubb by phone on his call with Trump and the Alaska meeting before Monday's talks in Washington; Finland approved a 90 million euro aid package; Russia launched 85 drones and an Iskander-M overnight, damaging an energy site in the Chernihiv region and injuring two in the Sumy region.",
    "ym02_mfaukraine_statement_kyiv_strike": "Ukraine's Foreign Ministry condemned a night attack of more than 370 drones and 28 missiles that killed at least four people in Kyiv and damaged the Portuguese embassy; Sybiha called Portugal's Rangel, and the UN Security Council meets on Friday at Ukraine's request.",
    "ym03_airforcedaily_morning_october22": "Russia fired 372 Shahed and decoy drones and 28 missiles overnight, of which 318 drones and 23 missiles were downed; at least four were killed in Kyiv, a man was injured in Kremenchuk and drones hit energy sites in the Kharkiv region.",
    "ym04_mildefbulletin_exchange_uavs": "Russia's defence ministry reported an 84-for-84 prisoner exchange mediated by the UAE and 57 Ukrainian drones destroyed overnight over the Bryansk, Kursk and Oryol regions; a drone set a grain elevator on fire in Klimovo.",
    "ym05_conflictstudiesdesk_assessment_aug16": "Daily assessment: Trump and Putin met in Anchorage without agreement; Trump phoned Zelensky, who will hold talks in Washington on August 18; Russia launched 85 drones and a missile overnight, and Ukrainian drones struck the Syzran refinery.",
    "ym06_radanews_sweden_ratification_latvia": "The Verkhovna Rada ratified a defence-industrial agreement with Sweden; Latvian Saeima Speaker Daiga Mieriņa visited Kyiv, and the two parliaments' foreign affairs committees will meet in Riga in November.",
    "ym07_eucouncilpress_17th_package": "The EU Council adopted its 17th sanctions package against Russia, listing 189 more shadow-fleet vessels, plus hybrid-threat sanctions; the UK sanctioned 100 tankers the same day, and the Commission will propose an 18th package in June.",
    "ym08_continentalreview_analysis_talks": "An analysis of six months of talks from Riyadh, Jeddah and Istanbul to Anchorage and Monday's White House summit with European leaders, after which Trump called Putin and proposed a Putin-Zelensky summit; advisers meet in Washington on Friday.",
    "ym09_frontlinehumanitarian_prisoner_exchange": "Eighty-four Ukrainian soldiers came home in a UAE-mediated exchange for as many Russians, days after Ukraine received 1,000 bodies and returned 31 to Russia.",
    "ym10_defensepolicyjournal_contact_group": "The Ukraine Defense Contact Group met at NATO headquarters; Britain pledged 100,000 drones, Germany to fund long-range weapons made in Ukraine and the Netherlands 300 million euros, while Shahed drones killed three in Kharkiv and NATO leaders meet in The Hague on 24-25 June.",
    "ym11_kremenchukcitynews_refinery_night": "Russian drones hit an industrial enterprise in Kremenchuk overnight, injuring a man (three by midday); the city recalls the June 2022 missile strike on the Amstor shopping centre.",
    "ym12_financeweekly_nbu_key_rate": "Ukraine's central bank held its discount rate at 15.5 percent as inflation slowed to 11.9 percent, signalling possible cuts in the spring.",
}

PLACE_FORM = {
    ("ym01_bankovaoffice_stubb_call", 1, "Chernihiv"): "Chernihiv region",
    ("ym01_bankovaoffice_stubb_call", 2, "Sumy"): "Sumy region",
    ("ym03_airforcedaily_morning_october22", 3, "Kharkiv"): "Kharkiv region",
    ("ym04_mildefbulletin_exchange_uavs", 2, "Kursk"): "Kursk region",
    ("ym04_mildefbulletin_exchange_uavs", 3, "Oryol"): "Oryol region",
}


if __name__ == "__main__":
    write_answers("dev38", GOLD, Convention(SUMMARY, PLACE_FORM))
