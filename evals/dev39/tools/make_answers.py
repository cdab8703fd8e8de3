"""Write the ideal answers of the dev39 articles, `evals/answers/ideal/yn??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev39/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yn01_pivdenpost_odesa_port_night": "Russian Shahed drones and Kalibr missiles hit Odesa's port overnight, killing two (three later) and injuring nine; eleven drones and both missiles were downed. Kuleba discussed the strike with Turkey's Fidan.",
    "yn02_blackseawire_odesa_terminal": "A Russian attack of 19 drones and two Kalibr missiles on Odesa killed at least two and set a grain terminal ablaze; Kuleba spoke with Turkey's Fidan, and the European Commission will discuss the export route with Ukraine's agriculture minister in Brussels next week.",
    "yn03_dniprovisti_rescue_update": "Rescuers ended the search at a Dnipro apartment block hit by a Russian Kh-22 missile on Tuesday evening: six dead, among them a boy, and 23 injured; the city recalls January's strike that killed 46.",
    "yn04_kharkivtoday_night_strike": "Russian S-300 missiles and Shahed drones hit Kharkiv overnight, killing one (three later) and injuring four; artillery wounded a woman in Kupiansk, as the contact group met at Ramstein.",
    "yn05_belgorodlenta_shebekino_shelling": "Belgorod's governor said Ukrainian shelling of Shebekino killed a woman and wounded two men and damaged houses in two border villages; Russia's defence ministry said four drones were intercepted over the region overnight.",
    "yn06_zaporizhinform_grossi_plant": "IAEA chief Grossi visited the Zaporizhzhia nuclear plant after talks in Kyiv; Russian drones wounded a watchman in Zaporizhzhia overnight and artillery killed a man in the south of the region; the IAEA board meets in September.",
    "yn07_ukrinformdesk_day_in_war": "Day digest: Russia launched 24 drones and three S-300 missiles overnight, killing two in Kharkiv; shelling killed a man in Kherson and wounded one in the Sumy region; the contact group met at Ramstein, Denmark and Canada pledged aid, and Zelensky is due at the Security Council and in Washington.",
    "yn08_southernreview_grain_explainer": "Explainer on the Black Sea Grain Initiative, from its signing in Istanbul in July 2022 and its extensions to Russia's refusal to extend it on 17 July 2023, followed by strikes on the Odesa region and Chornomorsk; Putin is expected in Turkey in August.",
    "yn09_bosphorusagency_istanbul_round": "Russian and Ukrainian delegations met in Istanbul, hosted by Turkey, where Ukraine tabled a plan for neutrality in exchange for security guarantees; Russian shelling killed at least three in Kharkiv.",
    "yn10_sumyregionnews_exchange_shelling": "116 Ukrainian prisoners came home in a UAE-brokered exchange for 63 Russians; EU and G7 price caps on Russian refined products start on Sunday; Russian shelling killed a man in Esman and injured two women in Velyka Pysarivka.",
    "yn11_capitalchronicle_sunak_kyiv": "Rishi Sunak visited Kyiv and pledged a 50 million pound air defence package, days after the grain deal was renewed for 120 days; Russian shelling killed two in Kherson.",
    "yn12_slobozhanskyinfo_metro_classrooms": "About a thousand Kharkiv pupils started the school year in classrooms set up in metro stations, with more underground classes planned.",
}

PLACE_FORM = {
    ("yn05_belgorodlenta_shebekino_shelling", 2, "Belgorod"): "Belgorod region",
    ("yn08_southernreview_grain_explainer", 0, "Odesa"): "Odesa region",
}


if __name__ == "__main__":
    write_answers("dev39", GOLD, Convention(SUMMARY, PLACE_FORM))
