"""Write the ideal answers of the dev37 articles, `evals/answers/ideal/yl??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
form where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev37/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yl01_meridianwire_energy_wave": "Russia fired 22 missiles and 36 Shahed drones at Ukraine's grid and railways overnight (15 missiles and 31 drones downed); a missile killed two and wounded 14 in Dnipro, drones hit a substation at Stryi; Zelenskiy spoke with Dutch Prime Minister Rutte and Stoltenberg was to chair a NATO-Ukraine Council.",
    "yl02_eastbridge_explainer_burgenstock": "An explainer on the Bürgenstock peace summit of 15-16 June hosted by Switzerland, which grew out of advisers' meetings in Copenhagen, Jeddah, Malta and Davos; it recalls the 25 May guided-bomb strike on a Kharkiv hypermarket that killed 19.",
    "yl03_liveline_live_april19": "Live page: Russia's 22 missiles and 36 drones overnight, a missile strike on Dnipro (two killed, 14 wounded, later three dead), drones on the Novoshakhtinsk refinery, Moscow's claim of 50 drones downed, Kuleba's talks with Blinken on Capri and the NATO-Ukraine Council on air defence.",
    "yl04_kyivledger_uae_exchange": "Ukraine and Russia exchanged 95 prisoners each in a swap brokered by the UAE; Russian drones hit Sumy overnight without casualties, and Foreign Minister Kuleba is expected in China next week for talks with Wang Yi.",
    "yl05_wislareview_sikorski_kyiv": "Polish Foreign Minister Sikorski met his new Ukrainian counterpart Sybiha in Kyiv, signed a memorandum on Volhynia exhumations and confirmed Poland's 42nd aid package; Tusk and Shmyhal will meet in Warsaw in October, and drones injured a worker in Lutsk.",
    "yl06_balticherald_sanctions14": "EU ambassadors agreed a 14th sanctions package on Russian LNG, to be adopted in Luxembourg on Monday; Lithuania sent a 35 million euro aid package, and the EU, Estonia and Lithuania are to sign security agreements with Ukraine next week.",
    "yl07_bosphorusdaily_novorossiysk_grain": "Ukrainian sea drones attacked Russia's Novorossiysk naval base (Moscow says two were destroyed) after Shahed drones hit Izmail's port; Turkish Foreign Minister Fidan spoke with Kuleba, and Ankara expects Putin to visit Turkey later this month.",
    "yl08_ledgermarkets_refinery_oil": "Diesel rose after Ukrainian drones hit the Novoshakhtinsk refinery in the Rostov region overnight, while Russia said it downed 50 drones; the European Commission sent member states a draft 14th sanctions package targeting Russian LNG.",
    "yl09_rhinewire_berlin_ramstein": "Scholz promised Zelensky, visiting Berlin, a 1.4 billion euro package financed with Belgium, Denmark and Norway; the Ramstein leaders' meeting was put off after Biden cancelled his trip; Rutte chairs NATO defence ministers next week; a missile strike on a ship in Odesa killed eight.",
    "yl10_nordwave_digest_july17": "Key events: drones on Sumy, a guided bomb on Kharkiv injuring five, shelling deaths in Toretsk and Niu-York, Russia's claim of 19 drones downed and a drone attack near Shebekino; a UAE-mediated 95-for-95 exchange, Kuleba to China next week, and the EPC summit at Blenheim on Thursday.",
    "yl11_dniprobusiness_coffee_roaster": "A Dnipro coffee roaster has grown to 23 drive-through kiosks during the war and is financing new outlets with a state-backed loan.",
    "yl12_atlanticbroadcast_council_oreshnik": "The NATO-Ukraine Council met in Brussels at Kyiv's request after the Oreshnik strike on Dnipro; Russia sent 188 drones and four Iskander-M missiles overnight, cutting power in Ternopil; the US announced a $275 million package and NATO foreign ministers meet next week.",
}

PLACE_FORM = {
    ("yl07_bosphorusdaily_novorossiysk_grain", 2, "Odesa"): "Odesa region",
}


if __name__ == "__main__":
    write_answers("dev37", GOLD, Convention(SUMMARY, PLACE_FORM))
