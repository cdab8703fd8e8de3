"""Write the ideal answers of the dev50 articles, `evals/answers/ideal/yz??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries, the district and
region forms where a bare name would be the town, and one quote naming Kharkiv for the interview's May record.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev50/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yz01_presidentoffice_stubb_call_readout": "Zelensky told Finland's President Stubb by phone about the night's missile and drone attack on Kyiv's energy facilities, which injured four including a child; he thanked Finland for its thirtieth defence package approved last week, and Stubb will visit Kyiv in the first week of February.",
    "yz02_vostokwire_ryazan_refinery_flash": "Ukrainian drones set a unit of the Ryazan refinery on fire overnight, injuring a worker; Russia said it destroyed 94 drones over 11 regions, 21 over Ryazan and 30 over Bryansk, where a drone wounded two men near Glinishchevo; the plant was last hit in January; Russia sent 112 drones at Ukraine, 88 downed.",
    "yz03_weekdaychronicle_analysis_istanbul_dnipro": "Turkey announced that Ukrainian and Russian delegations with US envoys will meet in Istanbul on Thursday; missiles killed three and wounded 22 in Dnipro overnight, two teenagers among them; Ukrainian drones hit a pumping station near Unecha; background: the July 2025 round and the Sumy strike that killed 35 in April 2025.",
    "yz04_eastlineradio_kharkiv_mayor_interview": "Kharkiv's mayor says 14 Shahed drones attacked the city overnight, killing a woman of 74 and injuring 17, three of them children; a guided bomb wounded eight, four of them children, in May; Denmark on Monday approved money for two more underground schools in Kharkiv.",
    "yz05_capitalcurrent_kyiv_night_what_we_know": "Russia fired 156 drones and 18 missiles (12 Iskander-M, six Kh-101) at Ukraine overnight, 129 drones and 11 missiles downed; in Kyiv a heat and power plant was hit and five people were hurt, a girl of 12 among them, no one killed; drones hit a substation in the Bila Tserkva district; Zelensky called Stubb.",
    "yz06_hromadabroadcast_morning_briefing": "Russia launched 97 drones, 71 downed, and four Iskander-M missiles, none intercepted; drones killed a woman and injured 15 in Kharkiv; a missile hit Chornomorsk's port without injuries; shelling wounded a man in Krasnopillia; Russia claimed 38 Ukrainian drones and two were hurt in Belgorod; Zelensky called Japan's prime minister; Ukraine's foreign minister goes to Warsaw.",
    "yz07_northlinebusiness_refineries_gas_output": "A Ukrainian drone attack stopped the main unit of the Ryazan refinery, injuring an employee; Volgograd's refinery has been down since a February attack; Russian missiles and drones hit Naftogaz gas facilities in the Poltava region with no staff casualties, the air force downing 67 of 84 drones and both ballistic missiles; US sanctions of last October weigh on Russian oil.",
    "yz08_bosporuswire_istanbul_round_swap_agreed": "Ukrainian and Russian delegations held talks in Istanbul with US envoys and Turkey as host, agreed a 500-for-500 prisoner swap next week with UAE help and a new round on May 21; Russian drones injured three including a 17-year-old in Odesa overnight, 41 of 58 drones downed.",
    "yz09_gulfcourier_prisoner_swap_uae_mediation": "Ukraine and Russia exchanged 500 prisoners each in a UAE-brokered swap agreed in Istanbul a week earlier; a day before, 1,000 bodies were returned to Ukraine and 41 to Russia; the next round is set for May 21 in Istanbul; guided bombs killed two and wounded nine in Kramatorsk.",
    "yz10_continentalpost_eu_sanctions_package": "The EU adopted a new sanctions package on Russia listing 118 shadow-fleet tankers, Chinese refineries and Central Asian banks, Britain adding its own measures on Friday; the previous package came in July; drones cut power in Chernihiv with no injuries; EU leaders meet in Brussels on October 29.",
    "yz11_rivertowntimes_derby_control": "Local sport: Rivertown Athletic beat Castlebridge United 3-1 with a second-half burst, contract talks with striker Okafor go on, the supporters' groups keep a code of conduct, a drone show replaced fireworks, Castlebridge were fined, and academy pupils leave for a student exchange in Porto.",
}

PLACE_FORM = {
    ("yz05_capitalcurrent_kyiv_night_what_we_know", 2, "Bila Tserkva"): "Bila Tserkva district",
    ("yz07_northlinebusiness_refineries_gas_output", 2, "Poltava"): "Poltava region",
}

PLACE_QUOTE = {
    ("yz04_eastlineradio_kharkiv_mayor_interview", 1):
        "Kharkiv mayor Ihor Terekhov spoke to Eastline Radio on Wednesday morning, a few hours after another drone attack on the city.",
}


if __name__ == "__main__":
    write_answers("dev50", GOLD, Convention(SUMMARY, PLACE_FORM, place_quote=PLACE_QUOTE))
