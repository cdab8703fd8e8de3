"""Write the ideal answers of the dev57 articles, `evals/answers/ideal/xf??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record; two where a place quote is added). Added here by hand: the summaries and, for two records whose
own sentences do not name their place, the words that do (the newsletter's "Kyiv toll." label over the
capital's toll, and the rescue service's lead, "of Ukraine", over the Air Force's country figures). No
region record: no region form is needed.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev57/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD, LEAD02  # noqa: E402

SUMMARY = {
    "xf01_daybreakdigest_newsletter_aug25": "Newsletter, 25 August: Ukrainian drones set the Syzran refinery on fire overnight, no one hurt; a drone raid on Chornomorsk injured two port workers; 146-for-146 exchange on Monday, UAE mediating; Norway's prime minister visited Kyiv, pledging NOK 2 billion; Kyiv's toll rose to eight; Zelensky to visit Ankara on Thursday.",
    "xf02_sesukraine_rescue_update_kyiv": "Rescue update on the night of 20 August: drones and ballistic missiles killed at least three in Kyiv (later seven) and injured 22, two children among them; drones hit a storage facility in Bila Tserkva, no one injured; the Air Force counted 426 drones (388 downed), six Iskander-Ms (two downed) and eight Kh-101s (all downed).",
    "xf03_civicforum_kyiv_mayor_interview": "Kyiv's mayor: Russia sent more than 400 drones and 14 missiles on the night of 19-20 August; eight died in Kyiv, a boy of 11 among them, and 41 were wounded. A missile killed four students on 28 June. Japan handed over 24 transformers last week; Norway's prime minister visited on Monday.",
    "xf04_volgainform_state_media_syzran": "Russian state media: Ukrainian drones attacked the Syzran refinery overnight, no casualties; the Defence Ministry said 84 drones were downed over nine regions, 23 over Samara; six sea drones destroyed off Sevastopol, no one hurt; shelling of Shebekino wounded a woman; 146-for-146 exchange on 24 August with UAE mediation; Putin and Erdogan spoke on Monday.",
    "xf05_commoditydesk_oil_wheat_prices": "Oil and wheat prices rose after Ukrainian drones set the Syzran refinery on fire overnight (Russia claimed more than 80 drones downed) and Russian drones hit the Chornomorsk grain terminal late on Sunday, injuring three workers; the Saratov refinery was hit on August 11; the US Treasury blacklisted traders and tankers on Friday.",
    "xf06_claimcheck_zaporizhzhia_hospital_claim": "Fact check: false claim that a Russian missile flattened a Zaporizhzhia maternity hospital, killing 40. Two Iskander-M missiles hit an industrial site on 1 September, killing one worker and injuring six; the viral video shows a January 2023 missile strike on a Dnipro apartment block.",
    "xf07_ukrainetimeline_week_aug31_sep6": "Week of 31 August-6 September: EU foreign ministers met in Dublin; a missile killed a worker in Zaporizhzhia on 1 September; some 280 drones and eight missiles overnight into 3 September, 241 downed or jammed, a drone hit Lviv with no casualties; 1,000 bodies repatriated; Germany's EUR 300 million; drones hit Novorossiysk; Istanbul talks set for 10 September.",
    "xf08_presidency_joint_statement_ankara": "Joint statement: Zelensky made an official visit to Turkey on 27 August; the two sides signed a memorandum on merchant shipping safety in the Black Sea and a defence-industry agreement, agreed the fourth round of talks in Istanbul in September 2026, and condemned the drone attack on Chornomorsk on 23 August.",
    "xf09_anatoliancourier_zelensky_erdogan_ankara": "Zelensky visited Ankara on Thursday; he and Erdogan signed a Black Sea shipping memorandum and a defence-industry document, and Erdogan said Istanbul will host a fourth round of talks next month, having spoken with Putin on Monday. Russian drones injured five in Odesa early on Thursday, a boy of 14 among them.",
    "xf10_harbourtownherald_bus_strike_cricket_control": "Harbourtown's nine-day bus strike ended after talks at the conciliation service with a 6.5% pay rise; the council debate ended without a vote; a kitchen fire at a chip shop hurt nobody; Harbourtown's cricketers beat Westerby by nine wickets; a drone light show will close the autumn festival.",
}

PLACE_QUOTE = {
    ("xf01_daybreakdigest_newsletter_aug25", 2): "Kyiv toll.",
    ("xf02_sesukraine_rescue_update_kyiv", 2): LEAD02,
}


if __name__ == "__main__":
    write_answers("dev57", GOLD, Convention(SUMMARY, place_quote=PLACE_QUOTE))
