"""Write the ideal answers of the dev43 articles, `evals/answers/ideal/yr??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries (no region
form was needed: the set's only region record, Crimea, is not a city's name).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev43/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yr01_wkrtnews_pokrovsk_block": "Two Russian Iskander missiles hit an apartment block in Pokrovsk on Monday evening, the second as rescuers worked; five were reported dead at first and seven by Tuesday, with at least 67 hurt. Shelling killed a woman in Kherson.",
    "yr02_thesaturdayledger_grain_war": "Analysis: since Russia left the grain deal on 17 July, it has struck Odesa's grain terminals and the Danube port of Izmail, citing the sea-drone attack on the Kerch bridge; security advisers from about 40 countries meet in Jeddah on Saturday.",
    "yr03_capitolwire_war_at_a_glance": "Digest for 9 August: the Pokrovsk toll rose to nine; a missile strike on Zaporizhzhia killed one; two drones bound for Moscow were downed; Kuleba called Jaishankar; Britain sanctioned 22 suppliers of Russian weapons; Putin will join the Brics summit by video.",
    "yr04_channelninenews_moscow_drones": "Drones damaged two Moscow City towers early on Sunday; Russia said three were launched and all downed or jammed, calling it a Kyiv regime terrorist attempt; it also reported 25 drones against Crimea overnight.",
    "yr05_thebritishherald_crimean_bridge": "Two Ukrainian sea drones hit the Crimean bridge early on Monday, killing a couple and injuring their daughter; hours later Russia announced it was ending its participation in the Black Sea grain initiative.",
    "yr06_usbroadcastdesk_hroza_wake": "A Russian Iskander missile killed at least 49 people at a wake in a café in Hroza, later 52; two missiles killed a boy and his grandmother in Kharkiv; Zelensky was at the European Political Community gathering in Granada and met Pedro Sánchez.",
    "yr07_thewashingtonsentinel_vilnius_summit": "NATO's Vilnius summit gave Ukraine no invitation but launched the NATO-Ukraine Council; the G7 signed a security declaration, Zelensky met Biden and Sunak, Germany, France and Britain pledged weapons, and Shahed drones were downed over Kyiv.",
    "yr08_thelondonobserverweekly_jeddah_talks": "Officials of some 40 countries, including China but not Russia, ended two days of talks on Ukraine's peace formula in Jeddah without a joint statement, while Russia fired 40 missiles and some 30 drones overnight.",
    "yr09_ubcnews_zelensky_washington": "Zelensky visited Washington, meeting senators, Speaker McCarthy and Biden, who announced $325 million in aid; he had attended the UN Security Council and met Lula in New York and visits Ottawa on Friday; Russia fired 43 cruise missiles.",
    "yr10_thedailycourier_sochi_talks": "Putin told Erdogan in Sochi that Russia would not return to the grain deal and proposed sending grain to Turkey for processing with Qatari funding; Shahed drones struck the Danube port of Izmail overnight.",
    "yr11_northstarradio_uae_exchange": "Ukraine and Russia exchanged 95 prisoners each with UAE mediation; Zelensky said he called Mohamed bin Zayed to thank him, a call Abu Dhabi did not report.",
    "yr12_eveningstandardarts_kyiv_ballet_tour": "A Kyiv ballet company will tour Britain with The Nutcracker from 24 November, visiting 22 towns and cities.",
}

PLACE_FORM: dict = {}  # no region record of this set has a bare name that would read as a city


if __name__ == "__main__":
    write_answers("dev43", GOLD, Convention(SUMMARY, PLACE_FORM))
