"""Write the ideal answers of the dev31 articles, `evals/answers/ideal/yf??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev31/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yf01_meridianwire_kyiv_night_rubio": "Russian ballistic missiles and drones killed three people and wounded 14, two of them children, in Kyiv overnight; Russia fired 98 drones, eight Iskander-M and four Kh-101 missiles nationwide, a drone set a warehouse on fire in Bila Tserkva, and Russia said it downed 17 Ukrainian drones. Sybiha briefed Rubio by phone.",
    "yf02_kyivdispatch_toll_rises_kellogg": "The toll of the Russian strike on Kyiv on the night of April 15 rose to five dead and 16 wounded; Russia fired eight ballistic missiles that night, five of them downed; Shahed drones injured a man in Odesa and Russia launched 54 drones overnight. US envoy Keith Kellogg visited Kyiv and a Ukrainian delegation is to meet US, UK and French officials in London next week.",
    "yf03_volgaobserver_saratov_drones_lavrov": "Ukrainian drones set the Saratov refinery on fire and killed a guard; Russia said it downed 127 drones over eleven regions, nine near Moscow; the plant was also hit in January and August. Lavrov will hold talks with Fidan in Ankara on Thursday.",
    "yf04_agencefil_istanbul_round_four": "At a fourth round of talks in Istanbul, Russia and Ukraine agreed to exchange 1,200 prisoners each but made no progress on a ceasefire; Kyiv proposed a Zelensky-Putin meeting and Russia working groups. Glide bombs killed two in Zaporizhzhia, artillery wounded a man in Nikopol and a Ukrainian drone killed a woman in Shebekino.",
    "yf05_balticmirror_exchange_185": "Russia and Ukraine exchanged 185 prisoners each with UAE mediation; Ushakov spoke by phone with Witkoff. A Ukrainian drone killed a driver near Razumnoye outside Belgorod, a drone hit a building in Lgov without casualties, and Russia said it downed 64 drones.",
    "yf06_dniprovisti_prisoners_home_dnipro": "185 Ukrainian defenders returned from Russian captivity; ballistic missiles and drones killed three and wounded 21 in Dnipro overnight, and guided bombs injured five in Kharkiv. Zelensky spoke with Macron, France will send more Aster missiles, and Shmyhal goes to Berlin next Tuesday.",
    "yf07_moskovskyvestnik_putin_trump_call": "According to Ushakov, Putin and Trump spoke for about an hour and a half on Thursday and agreed that Lavrov and Rubio would meet in Abu Dhabi next week; Ukrainian drones injured a man in Taganrog and Russia said it downed 48 drones.",
    "yf08_atlanticpress_trump_call_kharkiv": "Trump called his talk with Putin very productive and said Rubio and Lavrov would meet in Abu Dhabi; Zelensky and Trump are to speak over the weekend and Starmer and Merz spoke by phone. Russian drones wounded nine in Kharkiv, Russia launched 135 drones and two Iskander-M missiles, and a drone killed a minibus driver in Kherson.",
    "yf09_europulse_sanctions_package_lviv": "The European Commission proposed a 20th sanctions package against Russia and Britain sanctioned 30 tankers; Kallas will go to Kyiv for talks. Russian drones and missiles hit an energy facility near Stryi and an industrial site in Ternopil, where at least three were injured; Russia launched 212 drones and 19 Kh-101 missiles.",
    "yf10_kyivbulletin_ramstein_pledges_sumy": "At the Ukraine Defense Contact Group meeting at NATO headquarters, Germany pledged two Patriot systems and the Netherlands, Norway and Britain more aid; Shmyhal met Rutte and goes to Berlin on Thursday. A Russian drone killed a woman and wounded eight in Sumy, glide bombs killed two in Velykyi Burluk, and Russia launched 64 drones and decoys.",
    "yf11_lvivherald_prosthetics_workshop": "A prosthetics workshop in a former textile mill in Lviv has fitted 2,000 prostheses, mostly for soldiers, and struggles with staff and funding.",
    "yf12_hromadanews_kryvyirih_paris_summit": "An Iskander-M missile injured at least 12 people, including a four-year-old girl, in Kryvyi Rih; artillery hit Nikopol and Marhanets, shelling killed one in Kherson, and Russia launched 117 drones overnight. Zelensky heads to Paris for Thursday's summit of the coalition of the willing.",
}

PLACE_FORM = {
    ("yf10_kyivbulletin_ramstein_pledges_sumy", 1, "Sumy"): "Sumy region",
    ("yf12_hromadanews_kryvyirih_paris_summit", 4, "Kherson"): "Kherson region",
}


if __name__ == "__main__":
    write_answers("dev31", GOLD, Convention(SUMMARY, PLACE_FORM))
