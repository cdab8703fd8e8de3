"""Write the ideal answers of the dev21 articles, `evals/answers/ideal/i??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers
(explicit zeros are in the gold itself, codebook 6), evidence as gold's quotes. Added here by hand:
the summaries, the region forms where a bare name would be the city, and the sentence that names
the place of a record whose own sentences do not.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev21/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "i01_wire_ternopil_lviv_toll_rises": "A Russian drone and missile strike killed at least four people, later seven, in a Ternopil apartment block and cruise missiles hit a Lviv energy facility; Russia fired 476 drones and 41 missiles. Poland summoned Russia's charge d'affaires; Zelenskiy spoke to Nawrocki.",
    "i02_broadsheet_frederiksen_kyiv_ternopil": "Mette Frederiksen visited Kyiv and pledged 1.9bn kroner for air defence interceptors hours after a Russian strike killed seven people, two of them children, in Ternopil; Russia sent nearly 480 drones and decoys and over 40 missiles.",
    "i03_regional_odesa_two_nights_port": "Russian drones hit Odesa's port for a second night, injuring five including two children; the night before, drones and a ballistic missile cut power to 60,000 households without injuries.",
    "i04_russianindie_volgograd_refinery_lavrov_fidan": "A Ukrainian drone attack set the Volgograd refinery on fire without casualties; Russia said it downed 87 drones; an FPV drone wounded a man and his son in Murom. Lavrov hosted Turkey's Fidan in Moscow.",
    "i05_businesswire_eu_sanctions_novorossiysk": "The EU adopted its 22nd sanctions package and the UK froze assets of 40 shipping-linked targets, while Ukrainian drones hit Novorossiysk, injuring two workers and halting oil loadings; Russia said it downed 96 drones.",
    "i06_broadcaster_prisoner_swap_uae": "Ukraine and Russia swapped 205 prisoners each in a UAE-brokered exchange; a Geneva round of talks was postponed without a date; Russian shelling killed a woman in Kherson.",
    "i07_asianwire_nikolaev_orekhov_li_hui": "Russia struck port facilities in Nikolaev with Iskander-M missiles and drones, wounding a guard; shelling killed two in Orekhov. China's envoy Li Hui held talks in Moscow and is expected in Kiev.",
    "i08_usnewspaper_abu_dhabi_talks_zaporizhzhia": "US, Ukrainian and Russian negotiators met in Abu Dhabi without a breakthrough and will meet in Geneva on 2 December; Witkoff's Moscow trip was dropped. Glide bombs killed two in Zaporizhzhia; Russia launched 128 drones and decoys.",
    "i09_artswire_kharkiv_opera_metro_control": "The Kharkiv opera opened its season with La Traviata in a metro concourse, where it has performed since its hall closed to audiences.",
    "i10_telegram_kursk_governor_rylsk": "The Kursk governor reported 42 Ukrainian drones over the region, all but three downed; a drone injured a woman and a boy in Rylsk, and drones hit Tyotkino and Lgov without casualties.",
    "i11_liveblog_dnipro_ballistic_rutte": "A Russian ballistic missile strike on Dnipro killed one, later three, and injured 17 including a girl; Russia used 2 Iskander-M and 89 drones; Russia said it downed 33 Ukrainian drones. Zelensky spoke to Rutte; Putin is to receive Orban.",
    "i12_analysis_budapest_shelved_sanctions": "Trump cancelled the planned Budapest summit with Putin after a poor Rubio-Lavrov call; the US sanctioned Rosneft and Lukoil and the EU adopted its 19th package; Zelensky goes to a coalition of the willing meeting in London.",
}

PLACE_FORM = {
    ("i04_russianindie_volgograd_refinery_lavrov_fidan", 2, "Volgograd"): "Volgograd region",
    ("i10_telegram_kursk_governor_rylsk", 0, "Kursk"): "Kursk region",
    ("i11_liveblog_dnipro_ballistic_rutte", 3, "Rostov"): "Rostov region",
}

PLACE_QUOTE = {
    ("i10_telegram_kursk_governor_rylsk", 0): "Dear residents of the Kursk region!",
}


if __name__ == "__main__":
    write_answers("dev21", GOLD, Convention(SUMMARY, PLACE_FORM, {}, set(), place_quote=PLACE_QUOTE))
