"""Write the ideal answers of the dev41 articles, `evals/answers/ideal/yp??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev41/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yp01_kyivledger_live_march8": "Live page: Russia sent 145 drones and two Iskander-M missiles overnight, injuring at least five in Kharkiv (eight later); a guided bomb killed two in Zaporizhzhia in the afternoon (three later); Sybiha called his Saudi counterpart and confirmed US-Ukrainian talks in Jeddah on Tuesday.",
    "yp02_morningbrief_whatweknow_may17": "Morning roundup: Russia and Ukraine held their first direct talks in three years in Istanbul and agreed a 1,000-for-1,000 prisoner trade after a three-way meeting with US and Turkish officials; Trump will call Putin and Zelensky on Monday; 112 Russian drones overnight, four wounded in Kherson.",
    "yp03_gridwatch_energy_strike_jan15": "Russia fired 74 Shahed-type and decoy drones and 43 cruise and ballistic missiles at Ukraine's gas infrastructure overnight, hitting the Lviv and Ivano-Frankivsk regions and injuring a worker in Kryvyi Rih; blackouts return in six regions; a Christmas Day salvo is recalled.",
    "yp04_ponticwire_crimea_drones_june21": "Russia's defence ministry said it shot down 31 Ukrainian drones over Crimea and the Krasnodar region; three sea drones were destroyed off Sevastopol with no one hurt; Russian drones injured a port worker in Izmail.",
    "yp05_borderlanddispatch_kursk_aug14": "As Ukraine's Kursk incursion continued, a Ukrainian drone hit a substation in Kurchatov, shelling wounded two in the Belgorod region and Russian guided bombs killed one in the Sumy region; Qatar-mediated talks in Doha on energy strikes were postponed indefinitely.",
    "yp06_atlanticcable_two_readouts_march19": "Trump and Putin's call produced differing readouts of a 30-day halt on energy strikes and a 175-for-175 exchange planned for Wednesday; Russia sent 145 drones overnight, hitting hospitals in Sloviansk; Zelensky will call Trump after talks with Stubb in Helsinki.",
    "yp07_centraleuropean_fiala_kyiv_visit": "Czech Prime Minister Petr Fiala visited Kyiv, announced a 1.2 billion koruna military aid package and signed a joint ammunition production memorandum, hours after Russian drones injured three in the capital.",
    "yp08_brusselsledger_18th_package": "The EU adopted its 18th sanctions package against Russia after Slovakia lifted its veto, lowering the oil price cap and listing more shadow-fleet ships; a 19th package is planned for September; new Defence Minister Shmyhal called Pistorius.",
    "yp09_eastwestreview_explainer_talks": "Explainer of 2025 diplomacy from Riyadh and Jeddah to two Istanbul rounds and their prisoner exchanges, the latest on Wednesday, alongside Russia's 367-drone-and-missile attack in May and Ukraine's 117-drone strike on air bases on 1 June.",
    "yp10_daybook_war_digest_jan15": "Daily digest: Russia's overnight strike on gas sites with 43 missiles and 74 drones, hits in the Lviv and Ivano-Frankivsk regions and Kryvyi Rih; Zelensky visited Warsaw and met Tusk; Sybiha called Lammy; background on the Ramstein meeting and a UK partnership deal.",
    "yp11_gulfcorrespondent_riyadh_talks": "US and Russian officials met in Riyadh under Saudi hosting and agreed to restore embassy staff and form negotiating teams, without Ukraine; Zelensky, visiting Ankara, moved his Saudi trip to 10 March.",
    "yp12_sportsdesk_lviv_marathon": "More than 4,000 runners, including about 60 veterans with prosthetic limbs, took part in Lviv's half marathon, raising money for sports prosthetics.",
}

PLACE_FORM = {
    ("yp03_gridwatch_energy_strike_jan15", 1, "Lviv"): "Lviv region",
    ("yp03_gridwatch_energy_strike_jan15", 1, "Ivano-Frankivsk"): "Ivano-Frankivsk region",
    ("yp06_atlanticcable_two_readouts_march19", 2, "Krasnodar"): "Krasnodar region",
    ("yp09_eastwestreview_explainer_talks", 1, "Murmansk"): "Murmansk region",
    ("yp09_eastwestreview_explainer_talks", 1, "Irkutsk"): "Irkutsk region",
}


if __name__ == "__main__":
    write_answers("dev41", GOLD, Convention(SUMMARY, PLACE_FORM))
