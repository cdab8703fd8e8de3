"""Write the ideal answers of the dev55 articles, `evals/answers/ideal/xd??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries, the region forms
where a bare name would be the city ("Rostov region", "Krasnodar Territory", "Kyiv region", "Odesa region",
"Poltava region"), and, for five records whose own sentences do not name their place, the sentence that
does (Izmail's June 9 fire, the February hit on Volgograd's refinery, Zaporizhzhia's substation and plant,
the September 2023 strike on Sevastopol).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev55/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD, LEAD01, LEAD02  # noqa: E402

SUMMARY = {
    "xd01_danubefreightledger_izmail_grain_terminal": "Russian drones hit Izmail's river port before dawn on Wednesday, burning a grain terminal, damaging a bulk carrier and injuring two dock workers; nationwide 94 drones (71 downed) and two Iskander-M missiles were launched. Romania summoned Russia's ambassador over a drone in its airspace. The port was also hit on June 9.",
    "xd02_steppemonitor_volgograd_refinery_bulletin": "Drone wreckage set a unit of Volgograd's refinery on fire during the night of 20-21 June, with no casualties. Russia's Defence Ministry said 57 Ukrainian drones were destroyed: 24 over the Volgograd region, 19 over the Rostov region, where no one was hurt, and 14 over the Krasnodar Territory. The refinery was last hit in February.",
    "xd03_dniprovskapravda_zaporizhzhia_three_days": "Three Russian guided bombs killed three people and injured 17, a 15-year-old girl among them, in Zaporizhzhia on Monday afternoon (later five dead, 24 injured); drones hit a substation overnight into Tuesday with no one injured; two S-300 missiles hit a plant on Wednesday morning, killing a guard and injuring six.",
    "xd04_harbourline_qa_black_sea": "Ukrainian drones attacked Sevastopol overnight into Friday (14 destroyed, one man injured); Russian drones hit Odesa's port the same night with no casualties. Turkey proposed a Black Sea moratorium on port attacks, Erdogan and Zelensky spoke by phone ahead of the Ankara summit, and 120-for-120 prisoners were swapped with UAE help.",
    "xd05_meridianbriefing_sunday_digest_june28": "Week digest: drone debris set Volgograd's refinery on fire on June 21; drones hit Izmail on Wednesday, injuring three, and Romania called in Russia's ambassador; EU leaders met on June 25-26 and extended sanctions on Friday; more than 180 drones and 22 missiles hit the power system overnight; NATO meets in Ankara on July 7-8.",
    "xd06_gridwatch_energy_ministry_release": "Energy Ministry: overnight into 28 June Russia used 184 Shahed drones, 14 Kh-101 and eight Iskander-M missiles; a thermal power plant in the Kyiv region was damaged with no casualties, Odesa region substations hit with no one hurt, a Poltava region gas site hit, one injured. Japan approved a $48m grant; the minister spoke with the EU.",
    "xd07_balticherald_eu_summit_rollover": "EU leaders extended economic sanctions on Russia for six months on Friday, closing a two-day Brussels summit without a decision on an asset-backed loan. Zelensky spoke by phone with Ireland's Taoiseach on Wednesday; leaders meet again at the NATO summit in Ankara on July 7-8. The previous EU summit was in March.",
    "xd08_crossroadsdaily_key_events_day1597": "Day 1,597: Russian drones killed two and injured 11, two children among them, in Sumy; 73 drones launched overnight, 52 downed; a glide bomb injured four in Kramatorsk; a Ukrainian drone injured five near Shebekino. NATO met in Ankara with Zelensky; Istanbul talks set for July 15; Germany pledged 1.3 billion euros; Canada sanctions.",
    "xd09_eastmarktv_evening_news_transcript": "Eight drones hit Sumy this morning, killing at least three and wounding 14. NATO's Ankara summit ended with Zelensky joining a session; Germany announced 1.3 billion euros in aid; Erdogan held talks with Zelensky and Istanbul talks are set for next Wednesday. A memorial opened for the six killed in Zaporizhzhia on June 29.",
    "xd10_riverinacourier_water_hack_price_war_control": "A ransomware attack took a Riverina water utility's billing systems offline; supermarkets started a price war; a drone delivery trial continues; nurses' union talks resumed before a mediator; councils plan a water summit in Leeton; a Wagga chess player won the regional title.",
}

PLACE_FORM = {
    ("xd02_steppemonitor_volgograd_refinery_bulletin", 2, "Rostov"): "Rostov region",
    ("xd02_steppemonitor_volgograd_refinery_bulletin", 3, "Krasnodar"): "Krasnodar Territory",
    ("xd05_meridianbriefing_sunday_digest_june28", 3, "Kyiv"): "Kyiv region",
    ("xd06_gridwatch_energy_ministry_release", 1, "Kyiv"): "Kyiv region",
    ("xd06_gridwatch_energy_ministry_release", 2, "Odesa"): "Odesa region",
    ("xd06_gridwatch_energy_ministry_release", 3, "Poltava"): "Poltava region",
}

ZAP_DATELINE = ("ZAPORIZHZHIA - For a city of roughly 700,000 that sits about 25 kilometres from the nearest Russian "
                "positions, the first days of the week were hard even by its own measure.")
PLACE_QUOTE = {
    ("xd01_danubefreightledger_izmail_grain_terminal", 2): LEAD01,
    ("xd02_steppemonitor_volgograd_refinery_bulletin", 4): LEAD02,
    ("xd03_dniprovskapravda_zaporizhzhia_three_days", 1): ZAP_DATELINE,
    ("xd03_dniprovskapravda_zaporizhzhia_three_days", 2): ZAP_DATELINE,
    ("xd04_harbourline_qa_black_sea", 2): "Is Sevastopol a new target?",
}


if __name__ == "__main__":
    write_answers("dev55", GOLD, Convention(SUMMARY, PLACE_FORM, place_quote=PLACE_QUOTE))
