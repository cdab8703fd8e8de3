"""Write the ideal answers of the dev54 articles, `evals/answers/ideal/xc??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the two
region forms where a bare name would be the city ("Bryansk region", "Belgorod region").

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev54/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xc01_ridgelinewire_kharkiv_glide_bombs": "Two Russian guided bombs hit Kharkiv's Industrialnyi district on Wednesday afternoon, killing at least three and wounding 19, a 14-year-old girl among them; by evening the toll was four dead and 26 wounded. Kharkiv was last hit by a glide bomb on May 22, when nine people were injured at a filling station.",
    "xc02_okamonitor_mod_drone_tallies": "Russia's Defence Ministry said 41 Ukrainian drones were downed overnight: 17 over the Bryansk region, where no casualties were reported, 14 over the Kursk region, where a drone hit a block of flats in Lgov and injured two, and 10 over the Belgorod region. On the night to June 1 it reported 112 drones downed.",
    "xc03_borderlandbulletin_kursk_governor_lgov": "The Kursk governor said a Ukrainian drone hit an apartment building in Lgov overnight, injuring three people including a 16-year-old boy; Ukrainian artillery shelled Tyotkino in the afternoon with no casualties; on Saturday a drone attack on a car near Rylsk killed its driver.",
    "xc04_deltanews_kherson_past_day": "Russian shelling killed a man and injured a woman and her grandson in Kherson on Tuesday evening; a drone injured a driver in Bilozerka, a guided bomb destroyed a house in Tyahynka, Stanislav and Darivka were shelled with no one hurt. Russian-installed officials said a Ukrainian drone injured three in Hola Prystan.",
    "xc05_lindenpost_live_blog_june3": "Live blog, June 3: Russia launched 96 drones and two Iskander-M missiles overnight, 74 drones downed; two Iskanders hit a Dnipro plant, injuring five; artillery and drones hit Nikopol, injuring a man; guided bombs on Kharkiv killed two and injured at least 14; Sybiha spoke by phone with Japan's foreign minister.",
    "xc06_fjordposten_norway_minister_kyiv": "Norway's foreign minister visited Kyiv on Thursday and announced 1.5 billion kroner for air defence ammunition and power grid repairs, after a night drone attack injured two people in the capital. Sybiha will go to Oslo for talks on June 18; Norway's prime minister visited Kyiv in February.",
    "xc07_schumansquare_nato_ministers_eu_sanctions": "NATO defence ministers met in Brussels on Thursday, with Ukraine's defence minister, to prepare the summit Turkey hosts in Ankara on July 7-8. The EU adopted a new sanctions package against Russia on Wednesday, and Germany and the Netherlands said they would jointly pay for 300 air defence interceptors for Ukraine.",
    "xc08_adriaticagency_exchange_iaea_istanbul": "Ukraine and Russia exchanged 84 prisoners of war each on Tuesday with UAE mediation; the previous swap, 150 for 150, was in late May. The IAEA's director general held talks on the Zaporizhzhia plant with Rosatom's head in Istanbul the day before and is due in Kyiv on June 16 for talks with Ukraine's energy minister.",
    "xc09_weekendledger_fortnight_review": "Fortnight review: guided bombs killed four in Kharkiv on June 3; a shell killed a man in Kherson on Tuesday; Russia reported its biggest drone tally on the night to June 1; Norway's foreign minister visited Kyiv with aid; a UAE-brokered swap; new EU sanctions; NATO ministers prepared the Ankara summit; Sybiha goes to Oslo.",
    "xc10_prairiegazette_hail_rail_strike_playoffs_control": "A hailstorm flattened canola and barley on about 40,000 acres east of Red Deer, Alberta, as a freight rail strike leaves grain stuck; railway-union talks resumed in Calgary under a federal mediator. The Oilers levelled their playoff series with a 5-2 win.",
}

PLACE_FORM = {
    ("xc02_okamonitor_mod_drone_tallies", 1, "Bryansk"): "Bryansk region",
    ("xc02_okamonitor_mod_drone_tallies", 3, "Belgorod"): "Belgorod region",
}


if __name__ == "__main__":
    write_answers("dev54", GOLD, Convention(SUMMARY, PLACE_FORM))
