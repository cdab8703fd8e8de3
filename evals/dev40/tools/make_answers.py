"""Write the ideal answers of the dev40 articles, `evals/answers/ideal/yo??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev40/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yo01_slobozhanskyitelegram_kharkiv_morning": "Kharkiv regional administration's morning summary: Shahed drones hit two districts of Kharkiv overnight, injuring three including a girl; artillery killed a man in Kivsharivka and a guided bomb damaged Chuhuiv without casualties.",
    "yo02_airdefencebulletin_morning_dec3": "Ukraine's Air Force reported 78 Shahed drones and three missiles (two Iskander-M, one Kh-59) overnight; 52 drones were downed and no missiles; drones set a Kharkiv apartment building on fire and a missile injured a worker near Shostka.",
    "yo03_volgapost_saratov_governor": "Saratov's governor said debris from Ukrainian drones set an industrial enterprise on fire, injuring two workers, and damaged houses in Engels; Russia's defence ministry said 41 drones were downed, 14 over the Saratov region.",
    "yo04_kremlinwire_putin_erdogan_call": "Putin and Erdogan discussed Ukraine, the Middle East and trade by phone and agreed to hold talks at the BRICS summit in Kazan on 22-24 October; Lavrov and Fidan spoke on Saturday.",
    "yo05_eurasiaobserver_kazan_brics": "The BRICS summit in Kazan, hosted by Russia, entered its final day; Putin held talks with Xi, Modi and Erdogan, and UN Secretary-General Guterres was to meet him on Thursday, drawing Ukraine's criticism.",
    "yo06_beijingbriefing_wangyi_kuleba": "Chinese Foreign Minister Wang Yi held talks with Ukraine's Dmytro Kuleba in Guangzhou during his three-day visit, repeating China's position on a peace conference; Wang had spoken with Lavrov on Monday.",
    "yo07_gulfcurrent_qatar_children": "Eleven Ukrainian children returned from Russia and occupied territory after Qatari mediation; Foreign Minister Sybiha is expected in Doha next Tuesday to sign a memorandum on the effort.",
    "yo08_alliancejournal_washington_summit": "At NATO's Washington summit leaders pledged a 40 billion euro baseline of military funding for Ukraine, and five allies announced more strategic air defence systems, days after a missile attack killed more than 40 across Ukraine.",
    "yo09_frontlinedispatch_day1088": "Digest: 143 Russian drones overnight, glide bombs killed at least four in Zaporizhzhia, Ukrainian drones hit Saratov; US and Russian officials meet in Riyadh on Tuesday, Sybiha met Wang Yi in Munich and Japan approved new sanctions.",
    "yo10_turtlebaydaily_security_council": "The UN Security Council, chaired by Britain's Lammy, met after Russia fired about 120 missiles and 90 drones at Ukraine and a missile killed 11 in Sumy; Lammy called Sybiha and both meet NATO ministers on 3-4 December.",
    "yo11_zaporizhzhiatoday_dormitory": "The toll from Saturday's guided bomb strike on a dormitory in Zaporizhzhia rose to seven dead, with 21 injured including two teenagers; Monday was declared a day of mourning.",
    "yo12_kyivlawreview_constitutional_court": "Ukraine's Constitutional Court began hearing a challenge by 51 lawmakers to the electronic registry of reservists on privacy grounds.",
}

PLACE_FORM = {
    ("yo03_volgapost_saratov_governor", 2, "Saratov"): "Saratov region",
    ("yo09_frontlinedispatch_day1088", 1, "Kyiv"): "Kyiv region",
    ("yo09_frontlinedispatch_day1088", 1, "Odesa"): "Odesa region",
    ("yo09_frontlinedispatch_day1088", 1, "Poltava"): "Poltava region",
}


if __name__ == "__main__":
    write_answers("dev40", GOLD, Convention(SUMMARY, PLACE_FORM))
