"""Write the ideal answers of the dev45 articles, `evals/answers/ideal/yt??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries (no region forms
are needed: every attack place of this set is a city, a site or a country).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev45/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yt01_northwirereport_kramatorsk_station": "A Tochka-U missile struck Kramatorsk railway station as civilians waited to evacuate, killing at least 30 (later 50, five of them children) and wounding more than 100; von der Leyen, in Kyiv, condemned it.",
    "yt02_continentalherald_kramatorsk_johnson": "Boris Johnson visited Kyiv a day after the Kramatorsk station strike and announced 120 armoured vehicles and anti-ship missiles on top of a £100 million package; Austria's Nehammer also came to Kyiv and will meet Putin in Moscow on Monday.",
    "yt03_meridianwire_mariupol_corridor": "A ceasefire agreed for a Mariupol humanitarian corridor collapsed under shelling for a second day; a third round of Ukrainian-Russian talks is set for Monday after two rounds in Belarus, Macron phoned Putin, and shelling killed two in Balakliia.",
    "yt04_bosporusdaily_istanbul_talks": "Russian and Ukrainian delegations met for three hours in Istanbul, opened by Erdogan, where Ukraine proposed neutrality with security guarantees; a missile on the Mykolaiv regional administration killed at least seven.",
    "yt05_alpinepost_leaders_train": "Macron, Scholz and Draghi, joined by Iohannis, visited Kyiv by train and backed EU candidacy; France will send six more Caesar howitzers, EU and G7 summits follow in late June, and shelling killed three in Lysychansk.",
    "yt06_levantwire_grain_deal": "Ukraine and Russia signed separate grain export agreements with Turkey and the UN in Istanbul, plus a Russia-UN memorandum on food and fertiliser; overnight shelling injured four in Mykolaiv.",
    "yt07_gulfcorrespondent_azovstal_exchange": "Ukraine exchanged 55 Russians and Medvedchuk for 215 of its people, including Azovstal commanders, in a swap mediated by Saudi Arabia and Turkey; Kuleba met Blinken in New York and an S-300 strike on a Zaporizhzhia hotel killed one.",
    "yt08_baltictimes_sixth_package": "The EU adopted its sixth sanctions package with an embargo on seaborne Russian oil and Sberbank's removal from SWIFT, after a political deal at Monday's summit.",
    "yt09_northwirereport_october_barrage": "Russia fired 84 cruise missiles and 24 Shahed drones at Ukraine, 43 missiles and 13 drones downed, killing at least five in Kyiv and three in Dnipro and hitting Lviv's power supply; Zelensky called Macron and Scholz and the G7 meets online on Tuesday.",
    "yt10_weeklydispatch_week_digest": "Weekly digest: Shahed drones killed four in Kyiv on Monday (37 of 43 downed), strikes on power plants in Kyiv, Dnipro and Zhytomyr, EU sanctions on Iran over drones, an Austin-Shoigu call, and shelling in Mykolaiv.",
    "yt11_eastreview_analysis_blackouts": "Analysis of three weeks of strikes on Ukraine's grid, from 10 October in Kyiv to Monday's wave of more than 50 cruise missiles, and of Russia's suspension of the grain deal after a drone attack in Sevastopol; G7 foreign ministers meet in Munster.",
    "yt12_ledgerbusiness_hryvnia_rate": "Ukraine's central bank devalued the hryvnia's fixed rate by 25 percent to 36.57 per dollar and held its key rate at 25 percent.",
}

PLACE_FORM: dict[tuple[str, int, str], str] = {}


if __name__ == "__main__":
    write_answers("dev45", GOLD, Convention(SUMMARY, PLACE_FORM))
