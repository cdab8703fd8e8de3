"""Write the ideal answers of the dev34 articles, `evals/answers/ideal/yi??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
form where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev34/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yi01_belgorodvesti_gladkov_shebekino": "Ukrainian shelling killed a man and injured three people, including a 16-year-old girl, in Shebekino on Friday; a drone wounded two men in a car near Novaya Tavolzhanka, and mortar fire on Kozinka caused no casualties.",
    "yi02_odesaregional_izmail_port": "Russian Shahed drones hit Izmail's port overnight, injuring two workers; Russia launched 24 Shahed drones, 19 of which were destroyed. Russia quit the Black Sea Grain Initiative in July.",
    "yi03_ukrnational_exchange_uae": "Ukraine and Russia exchanged 142 prisoners each in a swap mediated by the United Arab Emirates, and Zelensky thanked the UAE President by phone; Russian shelling killed a 58-year-old woman in Antonivka.",
    "yi04_kyivbusiness_navaldrones_crimea": "Four Ukrainian Magura V5 sea drones hit a Russian patrol ship near Chornomorske in Crimea overnight; a Russian Iskander-M missile then killed two port workers and injured eight people in Pivdennyi.",
    "yi05_warsawdesk_sikorski_kyiv": "Polish Foreign Minister Sikorski visited Kyiv and signed a border-crossing memorandum with Kuleba, after Russia fired 10 Kh-101 missiles and 16 Shahed drones overnight (nine and 15 shot down); a missile hit an energy facility in the Stryi district without injuries.",
    "yi06_anatoliancrescent_erdogan_putin_call": "Erdoğan and Putin discussed Black Sea shipping by phone; Erdoğan offered to host Russian and Ukrainian delegations in Istanbul, and Fidan is expected in Kyiv on Monday for talks with Kuleba. Russia left the grain deal on 17 July; Fidan met Lavrov in August.",
    "yi07_moscowwire_belgorod_kursk_day": "Ukrainian shelling killed one person and injured three, including a teenage girl, in Shebekino; Tetkino was shelled with no one hurt; Russia said it downed nine drones. Russia barred 13 Japanese citizens in response to Japan's sanctions.",
    "yi08_bharatnewsline_grossi_kyiv": "IAEA chief Grossi held talks with Zelensky in Kyiv on the Zaporizhzhia nuclear plant and plans talks with Rosatom's Likhachev in Moscow next week; a Russian drone damaged a substation in Brovary overnight with no injuries.",
    "yi09_gulfwire_uae_mediation": "UAE mediation led to the release of 284 captives, 142 from each side, between Russia and Ukraine; the UAE and Ukrainian foreign ministers spoke by phone; Qatar's mediation returned seven Ukrainian children to their families.",
    "yi10_rigaindependent_bryansk_kursk_bodies": "Ukrainian drones attacked the Unecha oil pumping station, with 14 downed and no casualties; Russia said 47 drones were shot down; shelling of Rylsk killed a woman and wounded two. Russia and Ukraine exchanged bodies (1,200 for 27), after talks in Istanbul on June 2.",
    "yi11_deccanwire_students_return": "Indian medical students are weighing whether to return to Ukrainian universities for clinical training while lectures stay online.",
    "yi12_sumyregional_hromadas_day": "A Russian guided bomb killed a couple in Velyka Pysarivka, an FPV drone injured a driver near Bilopillia and artillery injured two women in Krasnopillia; the Sumy region recorded 96 attacks on 34 settlements over the day.",
}

PLACE_FORM = {
    ("yi12_sumyregional_hromadas_day", 3, "Sumy"): "Sumy region",
}


if __name__ == "__main__":
    write_answers("dev34", GOLD, Convention(SUMMARY, PLACE_FORM))
