"""Write the ideal answers of the dev15 articles, `evals/answers/ideal/v??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers
(the explicit zeros are in the gold itself since the 1 December ruling on rule 6), evidence as
gold's quotes. Added here by hand: the summaries and the region forms where a bare name would be
the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev15/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "v01_agency_kyiv_night_toll_brief": "A Russian missile and drone attack on Kyiv overnight killed three people, later four, and injured 14, including an 11-year-old girl.",
    "v02_agency_kherson_region_daily_roundup": "Russian shelling, drones and a guided bomb killed one man in Kherson and injured people in Kherson, Antonivka and Bilozerka over the past day; four more villages were shelled without casualties.",
    "v03_explainer_kyiv_strike_what_we_know": "Russia's attack on Kyiv early on 18 November killed at least five people and wounded 19, three of them children; Russia launched 448 drones and 28 missiles. Drones hit Fastiv and, the night before, Kyiv's Darnytskyi district. Zelensky spoke to Frederiksen.",
    "v04_wire_russia_says_downed_drones": "Russia said it destroyed 73 Ukrainian drones overnight over the Bryansk, Kursk and Oryol regions; debris damaged a power line near Klintsy and a drone set an oil depot near Oryol on fire.",
    "v05_analysis_danube_ports_campaign": "Russian drones killed a dock worker and injured two in Izmail on Monday; the author argues that the campaign against the Danube ports, including an earlier missile strike on Reni, needs a European air-defence answer.",
    "v06_week_ahead_diplomacy_preview": "The EU is expected to adopt its 22nd sanctions package on Monday, Sybiha holds talks in Ankara on Tuesday and the Ramstein group meets on Wednesday; Fico's Thursday trip to Moscow was called off.",
    "v07_embassy_portugal_summons_envoy": "Portugal summoned Russia's ambassador after an overnight attack on Kyiv, which killed at least four people, damaged its embassy; Rangel called Sybiha and announced EUR 30 million in military aid.",
    "v08_poland_jets_scrambled_drone_debris": "Poland scrambled jets and found drone wreckage near Hrubieszow as Russia launched 137 drones and four ballistic missiles at Ukraine, killing two in Lutsk; Poland summoned Russia's charge d'affaires, NATO ambassadors meet on Friday, and Ukraine's foreign minister called his Polish counterpart.",
    "v09_eu_press_conference_transcript": "EU ministers adopted the 22nd sanctions package and released EUR 1.4 billion for Ukraine; Kallas condemned a Russian missile strike on Zaporizhzhia that killed three people. The Commission tabled a draft nuclear-fuel ban; Fico cancelled his trip to Moscow.",
    "v10_tv_script_kramatorsk_glide_bombs": "Russian guided bombs killed two people and wounded eleven, including two teenagers, in central Kramatorsk; a drone hit the city the night before without casualties.",
    "v11_photo_gallery_week_in_pictures": "Photographs of the week: a drone strike injured five in Nikolaev, a missile killed a guard in Zaporozhye, a drone damaged an Odessa port; Ukraine's and Finland's foreign ministers held talks in Kiev, and Ukraine and Russia exchanged 210 prisoners each.",
    "v12_control_winter_wheat_demining": "Ukrainian farmers sowed slightly less winter grain as demining lags and fertiliser costs rise, while grain exports held up.",
}

PLACE_FORM = {
    ("v04_wire_russia_says_downed_drones", 1, "Bryansk"): "Bryansk region",
    ("v04_wire_russia_says_downed_drones", 2, "Kursk"): "Kursk region",
}


if __name__ == "__main__":
    write_answers("dev15", GOLD, Convention(SUMMARY, PLACE_FORM))
