"""Write the ideal answers of the dev13 articles, `evals/answers/ideal/t??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries, the explicit nils ("nobody was hurt"
-> injured 0; "No one was killed or injured" -> killed 0, injured 0) and the region forms where a
bare name would be the city. The one intercepted 0 ("None of the six ballistic missiles was
intercepted", t02) is in the gold itself.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev13/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "t01_genstaff_daily_summary_kostiantynivka": "Russian guided bombs killed two civilians and wounded five in Kostiantynivka and Druzhkivka over the past day, and rocket systems struck Nikopol and Marhanets; Ukraine says it hit an ammunition depot near Tokmak.",
    "t02_dnipro_oma_statement_overnight": "Russian drones and ballistic missiles killed two people and injured 11, three of them children, in Dnipro overnight; Russia used 154 means of air attack, 120 drones were downed and none of the six ballistic missiles.",
    "t03_liveblog_dnipro_erdogan_call": "A Russian drone and missile strike on Dnipro killed at least one person, later two; Russia said it downed 46 Ukrainian drones. Zelensky spoke by phone with Erdogan.",
    "t04_indie_russian_drones_syzran_morozovsk": "Ukrainian drones set the Syzran refinery on fire and debris hit a power line in the Morozovsky district; Russia said it downed 71 drones overnight.",
    "t05_markets_gas_poltava_strike": "European gas prices rose after Russian missiles hit gas production infrastructure in the Poltava region on Wednesday.",
    "t06_communique_paris_leaders": "Macron, Merz, Starmer and Zelensky met in Paris; Germany pledged two IRIS-T systems and France Aster interceptors; the EU approved its 20th sanctions package; security advisers meet in Geneva on 23 January.",
    "t07_interview_foreign_minister_istanbul": "Ukraine's foreign minister called his Hungarian counterpart, an exchange of 157 prisoners each took place on Friday, talks in Istanbul are planned for 28 January and the Slovak prime minister's visit was cancelled.",
    "t08_regional_kherson_shelling_victims": "Russian artillery and Grad rockets killed two residents of Kherson and wounded four, including two children; a glide bomb injured a man in Bilozerka.",
    "t09_explainer_week_timeline": "Russia struck Kherson and hit Dnipro on two consecutive nights; Ukrainian drones hit Syzran. Zelensky called Erdogan, the EU approved its 20th package and the Commission proposed a 21st, leaders met in Paris; talks are planned in Geneva and Istanbul; a Slovak visit was called off.",
    "t10_control_kyiv_opera_cold": "Kyiv's National Opera keeps performing through frost and air-raid alerts, with audiences moving to the shelter when sirens sound.",
    "t11_ukrwire_odesa_port_all_but_nine": "Russian drones hit Odesa's port and a fuel depot in the Izmail district overnight; 78 of 87 drones were downed. The Commission presented a draft 21st sanctions package; Lubinets met the ICRC.",
    "t12_statewire_belgorod_shebekino_talks": "Ukrainian shelling killed a woman in Shebekino and a drone hit a tractor in Nekhoteevka; Russia said it downed 32 drones. Putin held talks with Witkoff in the Kremlin; Russia summoned Estonia's ambassador.",
}

PLACE_FORM = {
    ("t03_liveblog_dnipro_erdogan_call", 2, "Kursk"): "Kursk region",
    ("t03_liveblog_dnipro_erdogan_call", 3, "Belgorod"): "Belgorod region",
    ("t04_indie_russian_drones_syzran_morozovsk", 3, "Rostov"): "Rostov region",
    ("t04_indie_russian_drones_syzran_morozovsk", 4, "Samara"): "Samara region",
    ("t05_markets_gas_poltava_strike", 0, "Poltava"): "Poltava region",
    ("t11_ukrwire_odesa_port_all_but_nine", 3, "Odesa"): "Odesa region",
    ("t12_statewire_belgorod_shebekino_talks", 3, "Belgorod"): "Belgorod region",
    ("t12_statewire_belgorod_shebekino_talks", 4, "Kursk"): "Kursk region",
}

NILS = {
    ("t04_indie_russian_drones_syzran_morozovsk", 0): {"injured": 0},
    ("t05_markets_gas_poltava_strike", 0): {"injured": 0},
    ("t11_ukrwire_odesa_port_all_but_nine", 0): {"killed": 0, "injured": 0},
    ("t12_statewire_belgorod_shebekino_talks", 1): {"injured": 0},
}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev13", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
