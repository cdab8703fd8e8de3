"""Write the ideal answers of the dev12 articles, `evals/answers/ideal/s??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers,
evidence as gold's quotes. Added here by hand: the summaries, the explicit nils ("There were no
casualties" -> killed 0 / injured 0), the region forms where a bare name would be the city, and one
intercepted 0 ("none of the three missiles was intercepted").

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev12/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "s01_agency_odesa_strike_reactions": "Russian missiles and drones killed at least six people, including a boy of seven, in Odesa overnight; Russia fired three Iskander-M missiles, none intercepted, and 74 drones, 61 downed. European capitals condemned the strike.",
    "s02_independent_kharkiv_toll_rises": "A Russian ballistic missile attack on Kharkiv overnight killed at least four people, a toll that rose to seven during the day, and injured 27 including three children; drones had hit the city the night before, injuring two.",
    "s03_regional_morning_digest": "Overnight Russia launched 92 drones and decoys, 68 downed; a drone injured a woman and her daughter in Shostka, shelling killed a man in Marhanets, guided bombs hit Stepnohirsk, shelling wounded three in Kherson, drones hit the Chernihiv and Poltava regions.",
    "s04_ocha_humanitarian_update": "OCHA's October update: at least 162 civilians killed during the month; a drone killed two aid workers in Bilozerka on 17 October and a missile killed four, including a girl, in Kryvyi Rih on 24 October.",
    "s05_presidency_readout": "Zelensky spoke with the Turkish president, who agreed an Istanbul round of prisoner talks for 23 November, with Denmark's prime minister, who announced a DKK 4.2 billion package, and with Japan's prime minister, and met Finland's foreign minister in Kyiv.",
    "s06_state_agency_russian_regions": "Russia's Defense Ministry said it downed 58 Ukrainian drones overnight; a drone wounded a driver near Shebekino and debris cut power near Rylsk. Lavrov held talks with Szijjarto in Moscow on Friday.",
    "s07_newsletter_week_roundup": "Week in review: a missile strike on Kharkiv killed seven; drones hit Zaporizhzhia twice; Ukraine and Russia swapped 157 prisoners each; Zelensky and Erdogan agreed an Istanbul round for 23 November; the EU adopted its 22nd sanctions package.",
    "s08_hq_prisoner_exchange": "157 Ukrainians returned from Russian captivity on 12 November in an exchange mediated by the United Arab Emirates; Ukraine handed over 157 Russian servicemen.",
    "s09_energy_ministry_grid": "A Russian missile and drone attack overnight damaged gas production facilities in the Poltava region and energy facilities in the Lviv and Ivano-Frankivsk regions; 118 of 135 drones and 14 of 16 missiles were downed; no one was hurt.",
    "s10_control_football_krakow": "Shakhtar Donetsk beat Hapoel Be'er Sheva 2-1 in Krakow with two late goals to keep their Conference League hopes alive.",
    "s11_paper_odesa_second_night": "The toll of Sunday's missile strike on Odesa rose to eight, two of them children; drones hit an energy facility in the city the next night without casualties. Britain sanctioned 20 tankers and two traders.",
    "s12_control_central_bank_rate": "Ukraine's central bank held its key rate at 15.5% as inflation slowed, citing war-related risks.",
}

PLACE_FORM = {
    ("s03_regional_morning_digest", 5, "Chernihiv"): "Chernihiv region",
    ("s03_regional_morning_digest", 5, "Poltava"): "Poltava region",
    ("s06_state_agency_russian_regions", 1, "Bryansk"): "Bryansk Region",
    ("s06_state_agency_russian_regions", 2, "Kursk"): "Kursk Region",
    ("s06_state_agency_russian_regions", 3, "Belgorod"): "Belgorod Region",
    ("s09_energy_ministry_grid", 1, "Poltava"): "Poltava region",
    ("s09_energy_ministry_grid", 2, "Lviv"): "Lviv region",
    ("s09_energy_ministry_grid", 2, "Ivano-Frankivsk"): "Ivano-Frankivsk region",
}

NO_CASUALTIES = {"killed": 0, "injured": 0}
NILS = {
    ("s03_regional_morning_digest", 3): NO_CASUALTIES,
    ("s03_regional_morning_digest", 5): {"injured": 0},
    ("s06_state_agency_russian_regions", 5): NO_CASUALTIES,
    ("s07_newsletter_week_roundup", 2): NO_CASUALTIES,
    ("s09_energy_ministry_grid", 1): NO_CASUALTIES,
    ("s09_energy_ministry_grid", 2): NO_CASUALTIES,
    ("s11_paper_odesa_second_night", 1): {"injured": 0},
}
NULL_WHEN: set = set()
NIL_INTERCEPTED = {("s01_agency_odesa_strike_reactions", 1, 0)}


if __name__ == "__main__":
    write_answers("dev12", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN, nil_intercepted=NIL_INTERCEPTED))
