"""Write the ideal answers of the dev20 articles, `evals/answers/ideal/a??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries and the region forms where a bare name
would be the city. The explicit zeros ("no one was hurt", "No missiles were intercepted") are in the
gold itself (codebook rule 6), so they pass through without a hand-written nil.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev20/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "a01_wire_ternopil_overnight_toll": "Russian missiles and drones killed at least four people and wounded 19, three of them children, in Ternopil overnight; Russia launched 476 drones and 48 missiles; a drone wounded a driver in Bilozerka. Zelenskiy spoke with the Turkish president.",
    "a02_airforce_statement_night_18_november": "Ukraine's air force says Russia attacked with 524 means of air attack on the night of 18 November (476 drones and decoys, 48 missiles) and 469 were shot down or suppressed.",
    "a03_telegram_belgorod_governor_post": "The Belgorod governor reports a Ukrainian FPV drone killing a driver in Shebekino, a drone injuring two women in Belgorod, shelling of Murom with no one hurt, and 23 drones shot down over the region.",
    "a04_liveblog_odesa_second_night": "Russian drones hit Odesa for a second night, killing two (later four) and injuring nine, including two children; the night before, drones hit an energy facility; Russia sent 137 drones. Moldova summoned Russia's ambassador.",
    "a05_assessment_volgograd_refinery": "Ukrainian drones struck the Volgograd refinery overnight with no casualties; Russia claimed 85 drones downed; a Russian ballistic missile injured 11 in Kryvyi Rih. Witkoff is to meet Umerov in Miami on November 8.",
    "a06_russianagency_yaroslavl_kharkov": "A Ukrainian drone attack caused a fire at a Yaroslavl refinery with no casualties; Russia said it downed 64 drones; Russia struck energy facilities in the Kharkov and Zaporozhye regions. Moscow awaits Kyiv's answer on Istanbul talks.",
    "a07_wire_nikopol_shelling": "Russian shelling killed a woman and wounded five, including a 15-year-old boy, in Nikopol; drones wounded two men in Marhanets and hit a pipeline in Pokrovske. IAEA chief Grossi is due in Kyiv and Moscow.",
    "a08_britishpaper_merz_kyiv_visit": "Merz visited Kyiv and pledged two more Patriot systems, a day after Zelenskyy's call with Trump; Ukrainian and US negotiators meet in Geneva at the end of January. Drones injured three in Zhytomyr; a missile hit Chernihiv.",
    "a09_analysis_talks_surnames": "Ukrainian-Russian talks are set for Istanbul on 4 November; a US-Russian meeting in Abu Dhabi was called off; the EU adopted its 22nd sanctions package and the UK proposed a G7 gas price cap.",
    "a10_broadcaster_prisoner_swap_kherson": "Ukraine and Russia exchanged 150 prisoners each in a UAE-mediated swap and agreed to return bodies in January; a Russian guided bomb killed a man and injured four in Kherson.",
    "a11_agency_poltava_missile_aid": "A Russian ballistic missile killed five and injured 17 in Poltava; Russia launched 74 drones, all but four downed; Moscow used a new missile on Dnipro. Sweden, Denmark and Norway announced winter aid.",
    "a12_culture_lviv_opera_season": "The Lviv National Opera opened its winter season with a new chamber opera, its premiere interrupted once by an air raid alert.",
}

PLACE_FORM = {
    ("a03_telegram_belgorod_governor_post", 3, "Belgorod"): "Belgorod region",
    ("a06_russianagency_yaroslavl_kharkov", 2, "Yaroslavl"): "Yaroslavl region",
    ("a06_russianagency_yaroslavl_kharkov", 3, "Bryansk"): "Bryansk region",
    ("a06_russianagency_yaroslavl_kharkov", 4, "Kursk"): "Kursk region",
    ("a06_russianagency_yaroslavl_kharkov", 5, "Kharkov"): "Kharkov region",
    ("a06_russianagency_yaroslavl_kharkov", 5, "Zaporozhye"): "Zaporozhye region",
}

NILS: dict = {}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev20", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
