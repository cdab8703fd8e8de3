"""Write the ideal answers of the dev26 articles, `evals/answers/ideal/ya??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. The explicit zeros ("Nobody was hurt", "every one of the seven missiles
got through") are coded in gold (codebook rule 6) and carried from there. Added here by hand: the
summaries and one region form where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev26/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "ya01_wire_odesa_port_ballistic": "Russian drones and ballistic missiles killed at least two people and hurt 14 in Odesa overnight; Russia fired 131 drones and seven Iskander-M missiles, none of the missiles stopped. Russia said it downed 38 Ukrainian drones; a fire broke out near Tikhoretsk. Zelensky spoke to Frederiksen.",
    "ya02_britishpaper_kharkiv_oil_traders": "Britain sanctioned 20 tankers and two traders; about 18 Russian drones killed four people, including a 12-year-old girl, in Kharkiv overnight, and shelling injured two women in Velykyi Burluk. Healey is expected to announce GBP 200m at a contact group meeting on Friday.",
    "ya03_ukrainianoutlet_sumy_minibus_border": "A Russian drone hit a minibus in Sumy, killing one and injuring six; artillery wounded a man in Velyka Pysarivka and drones hit an energy facility in Shostka. Russia launched 74 Shahed and Gerbera drones overnight, 58 neutralised.",
    "ya04_polishoutlet_summons_sikorski_kyiv": "Poland summoned Russia's charge d'affaires after two drones entered its airspace; a drone injured a guard in Lutsk. Sikorski is due in Kyiv on Thursday, and Poland approved its 48th military aid package.",
    "ya05_russianindie_kursk_debris_shebekino": "Ukrainian drone debris damaged a house and a kindergarten in Kursk with no injuries; Russia said it intercepted 57 drones; shelling killed a man in the Shebekino district and a drone injured a woman in Graivoron. Russia summoned Germany's ambassador.",
    "ya06_roundup_week_in_review_october": "The week of 5-9 October: glide bombs on Kharkiv, a missile and drone strike killing three in Odesa, shelling of Krasnaya Yaruga; Poland summoned Russia's envoy, the Commission proposed a 22nd sanctions package, Sikorski visited Kyiv, Istanbul talks were called off and Japan pledged $45 million.",
    "ya07_analysis_grid_winter_campaign": "An analysis of Russia's campaign against Ukraine's grid: past mass strikes and hits on Burshtyn and Kharkiv plants, an overnight attack cutting power in the Chernihiv region, EU energy aid, and a G7 energy ministers' meeting in Paris on 19 November.",
    "ya08_statement_mfa_kyiv_night_strike": "Ukraine's foreign ministry condemned a strike on Kyiv with 9 Kh-101 missiles and 54 drones that killed 6 civilians, including a child; Sybiha called Rutte, the Netherlands pledged EUR 250 million and the EU's 21st package was postponed.",
    "ya09_turkishoutlet_istanbul_round_postponed": "Turkey postponed the Istanbul round of Russian-Ukrainian talks without a new date; Fidan called Lavrov and Sybiha and plans to visit Kyiv, Witkoff is expected in Moscow on Monday, and a drone injured two crew on a ship at Izmail.",
    "ya10_germanoutlet_pistorius_kyiv_irist": "Boris Pistorius visited Kyiv and promised two more IRIS-T systems; a drone injured three in Bila Tserkva and Russia sent 93 drones overnight. Merz will host the leaders of France, the UK and Poland in Berlin on 3 February.",
    "ya11_regionalpaper_lviv_prosthetics_workshop": "A Lviv basement workshop trains veterans with amputations as prosthetic technicians and plans a second site in Dnipro.",
    "ya12_japaneseoutlet_evian_summit_takaichi": "The G7 summit in Evian ended; Takaichi held talks with Zelensky and pledged $300 million for the grid, Canada and the UK sanctioned 30 vessels, and Russian missiles and drones killed at least five people in Kyiv early on Wednesday.",
}

PLACE_FORM = {
    ("ya07_analysis_grid_winter_campaign", 3, "Chernihiv"): "Chernihiv region",
}

NILS: dict = {}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev26", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
