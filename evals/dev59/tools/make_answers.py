"""Write the ideal answers of the dev59 articles, `evals/answers/ideal/xh??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries. Every record's own sentences name its place (the alert log's
records quote their night heading and the city is the log's own; the Dnipro entries name districts of
the city, "Dnipro" is kept as the gold's place), so no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev59/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xh01_kremlin_readout_putin_erdogan_call_nov27": "Kremlin readout of Putin's call with Erdogan on 27 November: Putin cited a Ukrainian drone attack on a Novorossiysk oil terminal on the night of 25-26 November that killed two and injured seven, 31 drones destroyed; the 21 November exchange mediated by the UAE; Russian-US consultations in Abu Dhabi on 24 November; Istanbul talks set for 4 December.",
    "xh02_ukrmfa_spokesperson_briefing_dec01": "Ukrainian MFA briefing, 1 December: Russian drones hit Chornomorsk port overnight, injuring a worker; a missile killed three in Kharkiv on Saturday; Sybiha spoke by phone with Japan's foreign minister; the EU expected to adopt its 22nd sanctions package today; delegations meet in Istanbul on Friday; 250 freed on 21 November with UAE help; Sybiha to Berlin on Thursday.",
    "xh03_embassy_kyiv_security_alert_nov25": "Embassy alert, 25 November: a Russian missile and drone attack on Kyiv overnight killed at least seven and injured more than 40, three children among them; Russia launched 476 drones and 38 missiles, 441 drones and 29 missiles downed; a drone hit a house in Brovary with no one injured; missiles hit an energy site near Lviv, no casualties.",
    "xh04_unhrmmu_civilian_casualties_update_november": "UN monitors' November update: at least 183 civilians killed and 1,012 injured; ballistic missiles killed five in Dnipro on 11 November; a drone killed two in Kherson on 18 November; missiles and drones killed nine in Kyiv on the night of 24-25 November, a girl of 14 among them; two guided bombs killed four in Zaporizhzhia on 29 November; 250-for-250 exchange on 21 November.",
    "xh05_northline_wire_flash_dnipro_nov11": "Wire flashes, 11 November: Russian ballistic missiles hit Dnipro overnight, killing at least two (later four) and wounding 17; eight Iskander-M fired, three downed; Ukrainian drones set the Saratov refinery ablaze, no one hurt; Russia says 57 drones downed; Zelensky to visit Ankara on Friday; the Netherlands to send EUR 200 million of air-defence ammunition.",
    "xh06_dnipro_citymilitary_alert_log_nov10_12": "Dnipro alert log, 10-12 November: ballistic missiles hit a nine-storey block and a repair shop on the night of 10-11 November, first three dead and 12 injured, a boy of 11 among them, later five dead and 23 injured; on the night of 11-12 November drones were downed over the Samarskyi district and debris hit garages, no one hurt.",
    "xh07_frontlinebrief_podcast_ep112_nov26": "Podcast, 26 November: Russian drones and missiles killed nine in Kyiv on the night of 24-25 November, about 480 drones and nearly 40 missiles nationally; Ukrainian drones hit Novorossiysk's oil terminal last night, killing two; Saratov refinery hit on 11 November; Saturday's 250-for-250 swap; US and Russian envoys met in Abu Dhabi; Istanbul round on 4 December; Zelensky visited Ankara.",
    "xh08_eucouncil_press_release_22nd_package": "The EU Council adopted its 22nd sanctions package against Russia on 1 December (118 more shadow-fleet vessels, a lower oil price cap, 41 individuals and 29 entities), condemned the 25 November attack on Kyiv, had prolonged sectoral sanctions on 27 November and approved EUR 2.3 billion for Ukraine under the Ukraine Facility; the 21st package came on 20 October.",
    "xh09_zaporizkyvisnyk_market_glide_bombs_nov30": "Two Russian guided bombs hit near a covered market in Zaporizhzhia on Sunday afternoon, killing three and injuring 16; artillery wounded a woman of 70 in Stepnohirsk; drones hit power lines in Nikopol with no casualties; a drone injured two vendors at the market on 6 November.",
    "xh10_wexcombegazette_hospital_drone_deliveries_control": "Wexcombe General Hospital now flies blood samples by drone; a drone came down in the car park with no one hurt; talks averted a porters' strike; the emergency department and cardiology are busy; the stroke unit recruited nurses from Porto; the regulator warned of sanctions over scan waiting times; a health summit met last week.",
}


if __name__ == "__main__":
    write_answers("dev59", GOLD, Convention(SUMMARY))
