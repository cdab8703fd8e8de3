"""Write the ideal answers of the dev22 articles, `evals/answers/ideal/l??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. The explicit zeros ("No one was hurt", "none of the missiles was
intercepted") are in the gold itself (codebook rule 6), so they come through unchanged; added here
by hand: the summaries and the region forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev22/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "l01_agency_kryvyirih_ballistic_flash": "A Russian ballistic missile killed two people, among them a seven-year-old girl, and wounded 17 in Kryvyi Rih overnight; the toll later rose to four. Russia launched 97 drones and four Iskander-M missiles; 80 drones were downed, no missile. Zelenskiy spoke to Erdogan.",
    "l02_broadcaster_kryvyirih_vinnytsia_warsaw": "A Russian missile killed at least four people, including a seven-year-old girl, in Kryvyi Rih overnight; 80 of 97 drones were downed but none of four ballistic missiles; drones hit an energy facility in Vinnytsia. Sybiha met Sikorski in Warsaw on Monday.",
    "l03_telegram_sumy_border_communities": "Over the past day Russian guided bombs injured two, including a 15-year-old boy, in Bilopillia; artillery killed a man in Krasnopillia; FPV drones burned a car in Velykopysarivka; four more communities were shelled without casualties.",
    "l04_liveblog_volgograd_refinery_fidan": "Ukrainian drones set the Volgograd refinery on fire overnight and debris injured a woman in Liski; Russia said it downed 112 drones. Russia launched 76 drones at Ukraine and hit an energy facility in the Poltava region. Fidan held talks with Lavrov in Moscow.",
    "l05_russianindie_yaroslavl_refinery_nikolaev": "A Ukrainian drone attack caused a fire at the Yaroslavl refinery with no casualties; Russia said it downed 64 drones and hit a drone workshop in Nikolaev with Iskanders. Erdogan and Putin spoke by phone on Tuesday.",
    "l06_regional_chernihiv_two_nights_sweden": "Russian drones hit Chernihiv on two consecutive nights, injuring three people including two children on the second and damaging a substation on the first; Russia sent 128 drones, 104 downed. Sweden will provide SEK 1.2 billion for energy equipment.",
    "l07_businesswire_tuapse_sanctions_draft": "A Ukrainian drone strike set a berth at Russia's Tuapse oil terminal on fire overnight, halting loadings. The European Commission presented a draft 20th sanctions package; the UK sanctioned 35 tankers.",
    "l08_broadsheet_sanchez_visit_zhytomyr": "Pedro Sanchez visited Kyiv on Monday and pledged EUR 600m in military aid; Russian drones killed a guard at a grain elevator near Korostyshiv overnight; Zelenskyy had spoken to Japan's prime minister on Sunday.",
    "l09_analysis_copenhagen_summit_istanbul_stall": "European leaders met Zelensky at a summit in Copenhagen on Thursday; the Istanbul talks have stalled after a round planned for early May did not happen; Witkoff is due in Moscow next Thursday; Poland summoned the Russian ambassador on Monday.",
    "l10_agency_kyiv_dateline_exchange_kherson": "Ukraine and Russia exchanged 175 prisoners each in a UAE-mediated swap on Saturday, the eve of Orthodox Easter; Russian artillery killed a woman and wounded four, including a boy of 16, in Kherson.",
    "l11_wire_lutsk_rivne_energy_allbut": "Russia fired 188 missiles and drones at Ukraine's power grid overnight; 79 of 91 missiles and 35 of 97 drones were downed; a missile wounded three in Lutsk and debris hit a substation in Rivne. The Pentagon announced a $200 million package.",
    "l12_weekly_chernihiv_beekeepers_control": "Beekeepers in the Chernihiv region keep their hives going despite mined fields, and honey exports recover through a cooperative in Nizhyn.",
}

PLACE_FORM = {
    ("l04_liveblog_volgograd_refinery_fidan", 3, "Rostov"): "Rostov region",
    ("l04_liveblog_volgograd_refinery_fidan", 4, "Volgograd"): "Volgograd region",
    ("l04_liveblog_volgograd_refinery_fidan", 6, "Poltava"): "Poltava region",
    ("l05_russianindie_yaroslavl_refinery_nikolaev", 2, "Yaroslavl"): "Yaroslavl region",
}


if __name__ == "__main__":
    write_answers("dev22", GOLD, Convention(SUMMARY, PLACE_FORM))
