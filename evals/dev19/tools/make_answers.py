"""Write the ideal answers of the dev19 articles, `evals/answers/ideal/z??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers
(the gold's explicit zeros included), evidence as gold's quotes. Added here by hand: the summaries
and the region forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev19/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "z01_wire_mykolaiv_drones_turkish_call": "Russian drones and ballistic missiles killed at least two people and wounded nine, two of them children, in Mykolaiv overnight; Russia sent 143 drones (119 downed) and four Iskander-M missiles (none intercepted); a drone hit a farm building near Shostka. Zelenskiy spoke with the Turkish president on Monday.",
    "z02_paper_kremenchuk_refinery_sanctions": "Russian cruise missiles killed three people and set the Kremenchuk refinery on fire early on Friday; a drone came down near Hlobyne. The EU adopted a new sanctions package on Thursday and the Commission proposed an earlier end to Russian LNG imports.",
    "z03_telegram_mykolaiv_governor_post": "Governor Kim: drones and ballistic missiles killed two and injured nine, including two children, in Mykolaiv overnight (three dead by evening); artillery hit Kutsurub with no one hurt; an FPV drone injured a tractor driver in Ochakiv.",
    "z04_telegram_lipetsk_governor_post": "Governor Artamonov: Ukrainian drones attacked the Lipetsk region overnight; debris wounded a worker at a Lipetsk enterprise, a drone injured a woman and her 9-year-old grandson in Gryazi, a substation was damaged in Berezovka; 16 drones were destroyed.",
    "z05_airforce_tally_night_17_november": "Ukraine's air force: on the night of 17 November Russia launched 471 drones and missiles and 417 were downed (395 of 438 drones, 22 of 26 Kh-101, none of seven Iskander-M); two people were injured in Bila Tserkva, debris hit Uman and a ballistic missile hit Pavlohrad.",
    "z06_russia_mod_release_drones_destroyed": "Russia's defence ministry said 64 Ukrainian drones were destroyed overnight over six regions; debris started a fire at the Ryazan refinery and a drone injured a woman in Vorotynsk. The ministry also claimed a group strike on Ukrainian industry.",
    "z07_thinktank_daily_assessment": "Ukrainian drones likely struck the Novorossiysk oil terminal overnight (three injured, including a 15-year-old); a Russian missile and drone strike killed two in Pavlohrad and glide bombs injured six in Kramatorsk on 18 November; Russian forces advanced near Pokrovsk.",
    "z08_liveblog_sloviansk_toll_talks": "Russian missiles and drones struck Sloviansk for a second night, killing at least three (seven by evening); a drone had hit the market the night before; Ukrainian drones hit Taganrog. Poland summoned Russia's charge d'affaires; Sybiha met his Turkish counterpart; Turkey offered to host talks on Dec. 3.",
    "z09_analysis_talks_istanbul_exchange": "Ukrainian and Russian delegations met in Istanbul on Tuesday but the second session was postponed; Ukraine and Russia swapped 185 prisoners each via the UAE; Trump called Putin; Witkoff is due in Moscow, Rubio meets European ministers on November 6; Zelensky held talks with Merz.",
    "z10_state_agency_exchange_kharkov": "Russia and Ukraine exchanged 185 prisoners each with UAE mediation on Saturday; Lavrov spoke to his Turkish counterpart; Russia said it struck a drone workshop near Kharkov; Moskalkova handed over a new list of civilians.",
    "z11_news_nikopol_shelling_children": "Russian artillery killed an elderly man and wounded seven, three of them children, in Nikopol on Thursday; drones injured a woman in Marhanets. Pistorius visited Kyiv and announced two more IRIS-T systems.",
    "z12_economy_honey_exports_control": "Ukraine's honey exports reached a record of about 71,000 tonnes in ten months, with new buyers abroad, though producers in the east and south still struggle.",
}

PLACE_FORM = {
    ("z04_telegram_lipetsk_governor_post", 3, "Lipetsk"): "Lipetsk region",
    ("z05_airforce_tally_night_17_november", 1, "Kyiv"): "Kyiv region",
    ("z06_russia_mod_release_drones_destroyed", 1, "Bryansk"): "Bryansk region",
    ("z06_russia_mod_release_drones_destroyed", 2, "Smolensk"): "Smolensk region",
    ("z06_russia_mod_release_drones_destroyed", 3, "Kaluga"): "Kaluga region",
    ("z06_russia_mod_release_drones_destroyed", 4, "Ryazan"): "Ryazan region",
    ("z06_russia_mod_release_drones_destroyed", 5, "Tambov"): "Tambov region",
    ("z06_russia_mod_release_drones_destroyed", 6, "Oryol"): "Oryol region",
    ("z08_liveblog_sloviansk_toll_talks", 3, "Rostov"): "Rostov Oblast",
}


if __name__ == "__main__":
    write_answers("dev19", GOLD, Convention(SUMMARY, PLACE_FORM))
