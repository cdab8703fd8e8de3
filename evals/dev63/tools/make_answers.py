"""Write the ideal answers of the dev63 articles, `evals/answers/ideal/xl??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries. Every record's own sentences name its place (the country
records say "of Ukraine", "against Ukraine", "Across Ukraine" and "the regions of Russia"; the region
records name their regions; the 17 October strike's first quote names the Pivdennyi terminal), so no place
form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev63/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xl01_kharkiv_hospital_statement_kindergarten_oct22": "A Kharkiv hospital, 22 October: a Russian drone exploded at a private kindergarten in the Kholodnohirskyi district this morning, killing the caretaker and injuring seven people, per the regional administration; all 48 children reached the shelter unhurt; the hospital admitted five adults; it also treated victims of the 13 October glide-bomb attack that injured 17.",
    "xl02_russian_defence_ministry_briefing_translated_oct22": "Russia's Defence Ministry, 21-22 October (translated): four Storm Shadow cruise missiles downed over Bryansk Region on the evening of 21 October; a mass missile and drone strike on Ukraine's energy facilities overnight; 33 Ukrainian drones downed over Russia in the night, 21 over Bryansk Region and 12 over Kursk Region; front-line claims.",
    "xl03_polish_operational_command_statement_oct30": "Poland's Operational Command, 30 October: Russia launched more than 650 drones and over 50 missiles against Ukraine overnight, striking power infrastructure in the Lviv and Ivano-Frankivsk regions near the border; Polish and allied aircraft operated and air defence was on top readiness; Polish airspace was not violated; Rzeszow and Lublin airports paused.",
    "xl04_miners_union_statement_ternivka_oct30": "A miners' union, 30 October: Russian drones hit a mine substation in Ternivka on the night of 30 October; all 312 miners were brought up and no one was injured; drones injured two in Pavlohrad; 21 drones and a missile were downed over the Dnipropetrovsk region, and across Ukraine 653 drones and 52 missiles were launched, 590 and 34 stopped; the union demands backup power.",
    "xl05_eparchy_statement_bila_tserkva_church_oct22": "An eparchy's statement, 22 October: Russian missiles and drones struck Bila Tserkva on the night to 22 October, damaging the Church of the Holy Protection; the Kyiv Oblast administration reports a man aged 64 killed and three residents injured; services move to the parish house.",
    "xl06_breaking_news_ticker_oct22": "Live ticker, 22 October: Russia sent 405 drones and 28 missiles overnight, 333 and 16 downed; a man killed in Bila Tserkva; a drone on a Kharkiv kindergarten killed one and hurt four, later seven; Zelensky and Kristersson signed a Gripen letter of intent; Trump cancelled the Budapest summit with Putin; US sanctions on Rosneft and Lukoil.",
    "xl07_think_piece_cancelled_budapest_summit_oct24": "Analysis, 24 October: Trump called off the Budapest summit with Putin planned for early November, born of their call last Thursday; Russia had fired over 400 drones and nearly 30 missiles the night before; US sanctions on Rosneft and Lukoil; the EU's 19th package; EU leaders split on frozen assets; 1,000 bodies returned; a London coalition summit today.",
    "xl08_diaspora_weekly_translated_oct26": "A diaspora weekly, 26 October: a drone on a Kharkiv kindergarten killed one and injured at least eight; Zelensky and Kristersson signed a Gripen letter of intent; US sanctions on Rosneft and Lukoil; the EU's 19th package; 1,000 bodies returned to Ukraine, 31 to Russia; a coalition of the willing summit in London; Storm Shadows struck a chemical plant in Seltso.",
    "xl09_grain_exporter_press_release_pivdennyi_nov03": "A grain exporter, 3 November: Russian drones damaged its Pivdennyi terminal overnight from 1 to 2 November, with no one injured; 26 drones were downed over the Odesa region; a drone hit a silo there on 17 October without casualties; force majeure is declared for ten days; the company welcomes the EU's 19th sanctions package.",
    "xl10_museum_exhibition_poltava_1944_control_oct28": "A Poltava museum announces an exhibition opening on 7 November about the German air raid on the Poltava airfield on the night of 21-22 June 1944, during the American shuttle bombing operation of the Second World War, which destroyed 43 B-17 bombers.",
}


if __name__ == "__main__":
    write_answers("dev63", GOLD, Convention(SUMMARY))
