"""Write the ideal answers of the dev36 articles, `evals/answers/ideal/yk??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev36/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yk01_zaporizkyikurier_glidebombs_city": "Three Russian KAB guided bombs killed two people and wounded nine in Zaporizhzhia's Oleksandrivskyi district on Tuesday morning; a drone later wounded a man in Stepnohirsk, and the region reported attacks on 11 settlements.",
    "yk02_pivdennyvisnyk_kherson_bus_korabelnyi": "A Russian FPV drone hit a bus in Antonivka, killing the driver and injuring two passengers; artillery on Kherson's Korabelnyi district wounded two residents, while families with children are evacuated.",
    "yk03_belgorodskyvestnik_gladkov_summary": "Governor Gladkov's roundup: Ukrainian drones set a Belgorod substation on fire overnight without casualties, a drone wounded a driver near Shebekino, shelling hurt a woman in Glotovo, and Russia's defence ministry said 41 drones were destroyed over three regions.",
    "yk04_energomonitor_gas_poltava_belgorod": "Russian missiles and drones damaged Naftogaz gas sites in the Poltava region overnight into Sunday, with 67 drones and six missiles fired nationwide; Ukrainian drones hit a Belgorod substation; Norway approved 1.5 billion kroner for the Energy Support Fund.",
    "yk05_blackseashipping_pivdennyi_bulker": "An Iskander-M missile damaged a bulk carrier at Pivdennyi late on Wednesday, injuring three crew and a port worker (one of two missiles shot down); Shahed drones hit Izmail port on Thursday without casualties.",
    "yk06_nordiceurodesk_frederiksen_kyiv": "Danish Prime Minister Frederiksen visited Kyiv, signed a memorandum on building Ukrainian drones in Denmark and announced a 2.1 billion kroner package; Starmer will chair a coalition-of-the-willing session on Friday and EU leaders meet in Brussels on Thursday.",
    "yk07_tokyoeconomicdaily_sanctions_iwaya": "Japan froze the assets of 11 Russian companies and four Chinese and Hong Kong traders and barred exports to 22 Russian organisations; Foreign Minister Iwaya spoke by phone with Sybiha, who invited him to Kyiv.",
    "yk08_reconstructionreview_rome_conference": "The Ukraine Recovery Conference in Rome closed with more than €10 billion pledged, including a €2.3 billion EU package; Zelensky met U.S. envoy Kellogg, who is due in Kyiv next week.",
    "yk09_atomwatch_grossi_znpp_rotation": "IAEA chief Grossi held talks with Rosatom's Likhachev in Vienna on the Zaporizhzhia plant's power, a new IAEA team rotated into the plant, and Grossi plans talks in Kyiv next week.",
    "yk10_kyivdispatch_day_in_war_march20": "Russia sent 171 drones and decoys overnight (75 shot down); strikes hit Kharkiv, Krasnopillia, Nikopol, Antonivka and Kherson; Zelensky spoke with Trump, and U.S. teams will meet Ukrainian and Russian delegations in Saudi Arabia on Sunday.",
    "yk11_explainerhub_air_raid_alerts": "An explainer on how Ukraine's air-raid alerts are declared, citing the night of 9 July with more than 700 drones and the 31 July strike on Kyiv that killed 31.",
    "yk12_podillyaagro_honey_cooperative": "A cooperative of beekeepers from the Chernihiv, Sumy and Kharkiv regions has shipped its first honey to a packer in Poland.",
}

PLACE_FORM = {
    ("yk01_zaporizkyikurier_glidebombs_city", 2, "Zaporizhzhia"): "Zaporizhzhia region",
    ("yk04_energomonitor_gas_poltava_belgorod", 0, "Poltava"): "Poltava region",
}


PLACE_QUOTE = {
    ("yk10_kyivdispatch_day_in_war_march20", 5): "In the morning a Russian drone caught a passenger bus in Antonivka, a settlement on the eastern fringe of Kherson; the driver was killed and two passengers wounded, according to Oleksandr Prokudin.",
}


if __name__ == "__main__":
    write_answers("dev36", GOLD, Convention(SUMMARY, PLACE_FORM, place_quote=PLACE_QUOTE))
