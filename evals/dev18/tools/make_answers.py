"""Write the ideal answers of the dev18 articles, `evals/answers/ideal/y??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Explicit zeros ("no one was killed or injured", "none of the three
missiles was intercepted") are already in the gold (codebook rule 6, ruling of 1 December 2026),
so no nils are added here; added by hand: the summaries and the region forms where a bare name
would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev18/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "y01_wire_odesa_port_night_turkey_call": "Russian drones and ballistic missiles killed two people and wounded nine, including a six-year-old girl, in Odesa overnight; Russia sent 84 drones and three Iskander-M missiles, none of the missiles intercepted. Zelenskiy spoke to Erdogan on Monday.",
    "y02_britishpaper_odesa_toll_sybiha_ankara": "The toll from Russia's overnight missile and drone attack on Odesa rose to four, with nine wounded, three of them children. Foreign minister Sybiha travels to Ankara on Thursday to meet Hakan Fidan.",
    "y03_ukrainianoutlet_kryvyi_rih_two_nights": "A Russian ballistic missile injured seven, two of them children, in Kryvyi Rih on the night of 15 November, and drones hit an enterprise there the next night without casualties; Russia launched 146 aerial targets; artillery shelled the Nikopol district. Zelensky met Sweden's defence minister.",
    "y04_exiledoutlet_tatarstan_oryol_drones": "Ukrainian drones attacked the Alabuga zone in Tatarstan, injuring five, and set a fuel depot in Oryol on fire; Russia said it shot down 112 drones overnight, 38 over the Bryansk region and 21 over the Oryol region.",
    "y05_statewire_kharkov_nikolaev_strike": "Russia's Defense Ministry said it struck Ukrainian energy facilities with Kinzhal missiles and drones; three people were injured in Kharkov and an industrial facility caught fire in Nikolaev. Russia said it downed 64 drones. Lavrov meets Szijjarto on Wednesday; Kiev proposed new Istanbul talks.",
    "y06_usagency_nikopol_shelling_miami": "Russian artillery and drones killed a woman and wounded her 8-year-old grandson in Nikopol on Sunday; a drone injured two men in Kherson. A US delegation led by Witkoff will meet Ukraine's negotiators in Miami next week.",
    "y07_afp_taganrog_voronezh_decoys": "Ukrainian drones hit an oil terminal near Taganrog, injuring one, and Voronezh; Russia said it downed 77 drones. Russia sent 57 drones and decoys, all but eleven shot down, hitting the Sumy and Poltava regions. Poland summoned Russia's charge d'affaires; EU leaders meet on Thursday.",
    "y08_broadcaster_merz_kyiv_visit_kremlin_call": "German chancellor Merz visited Kyiv and pledged two more Patriot systems and funding for drones; Russia launched 92 drones overnight, 73 shot down. Putin spoke by phone with Saudi Crown Prince Mohammed bin Salman.",
    "y09_brusselsoutlet_22nd_package_ternopil": "The EU adopted its 22nd sanctions package hours after a Russian missile and drone attack on Ternopil killed at least 11, including a 14-year-old; the Commission proposed an earlier LNG phase-out; the Netherlands gave 250 million euros; EU foreign ministers meet on Monday.",
    "y10_gulfoutlet_uae_exchange_istanbul_off": "Ukraine and Russia exchanged 157 prisoners each in a UAE-mediated swap on Friday, while an Istanbul round of talks due on Monday was called off; a Russian glide bomb killed two women near Huliaipole. Qatar plans a Doha meeting on children in December.",
    "y11_wire_geneva_talks_chernihiv": "US and Ukrainian delegations held talks in Geneva on Sunday and plan to meet Russian negotiators in Abu Dhabi this week. Russian drones killed a man and injured a woman and her two daughters in Chernihiv; Russia used 103 drones and two Kh-59 missiles; Ukrainian shelling hit a school in Rylsk.",
    "y12_control_nbu_rate_hold": "The National Bank of Ukraine held its key rate at 15.5% as inflation slowed to 10.9%, citing war and winter energy risks.",
}

PLACE_FORM = {
    ("y04_exiledoutlet_tatarstan_oryol_drones", 3, "Bryansk"): "Bryansk region",
    ("y04_exiledoutlet_tatarstan_oryol_drones", 4, "Oryol"): "Oryol region",
    ("y07_afp_taganrog_voronezh_decoys", 5, "Sumy"): "Sumy region",
}

NILS: dict = {}
NULL_WHEN: set = set()


if __name__ == "__main__":
    write_answers("dev18", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
