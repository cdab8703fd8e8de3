"""Write the ideal answers of the dev28 articles, `evals/answers/ideal/yc??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention, as dev10's
does. The ideal answer is what a perfect model returns: every gold record including the optional
ones, places as the article writes them, `when` as the gold's date words, counts as numbers (the
explicit zeros come from gold itself), evidence as gold's quotes. Added here by hand: the summaries
and the sentence that names the place for two records whose own sentences do not.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev28/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yc01_wire_odesa_port_night": "Russian drones and ballistic missiles killed two people and wounded eleven, including a 12-year-old girl, in Odesa overnight; Russia used 118 drones (97 downed) and four Iskander-M missiles (none downed). A drone had hit an Odesa school on 28 April.",
    "yc02_ukrainianoutlet_odesa_tajani": "The toll of the night attack on Odesa rose to three dead and twelve wounded; drone fragments set a house on fire in Nova Nekrasivka. Italy's Antonio Tajani visited Odesa and announced 45 million euros for energy repairs; earlier strikes hit Odesa and Chornomorsk.",
    "yc03_russianregional_belgorod_border_villages": "Ukrainian shelling wounded a woman in Murom and two men in Tetkino; a drone hit a tractor near Zhuravlevka without injuries. Russia's defence ministry said 63 Ukrainian drones were destroyed over four regions overnight.",
    "yc04_broadcaster_witkoff_shuttle_istanbul": "US envoy Steve Witkoff held talks with Putin in Moscow and Zelenskyy in Kyiv; the Kremlin said the Istanbul round set for 17 November would not take place then, with no new date. Russian drones injured seven people in Kyiv.",
    "yc05_turkishdaily_erdogan_call_istanbul_delay": "The Turkish president phoned Putin after the Istanbul round of 17 November was called off for its date; Hakan Fidan will visit Kyiv on Monday; Turkey offered to host a Putin-Zelenskyy meeting; an 84-for-84 exchange took place on 30 October.",
    "yc06_polishportal_drone_charge_summoned": "Poland summoned Russia's charge d'affaires after a drone fell near Hrubieszow; Russian drones and Kh-101 missiles hit Lviv and Lutsk (142 drones, 11 missiles launched); Britain sanctioned 27 tankers and two traders; EU ministers meet on Monday.",
    "yc07_nordicoutlet_denmark_pledge_kharkiv": "Denmark pledged 1.6 billion kroner for air defence and Germany delivered a fourth IRIS-T SLM; Russian glide bombs killed four and wounded nineteen in Kharkiv and shelling killed a man in Kupiansk; Nordic ministers meet in Oslo on 22 October.",
    "yc08_explainer_energy_truce_timeline": "Energy-truce talks in Abu Dhabi were moved to 1 December. Timeline: 71 missiles and 360 drones on 3 February, a missile on the Ukrainka plant on 17 March, 14 drones on Kharkiv on 9 September, a cruise missile killing seven in Kyiv on 4 November; Geneva talks in May and an EU gas memorandum in October.",
    "yc09_opinion_analyst_ceasefire_illusions": "An analyst argues that ceasefire texts will fail without automatic penalties, faster air-defence production and security guarantees, citing a missile that killed five in Kremenchuk and a drone strike on the Syzran refinery.",
    "yc10_statement_russian_mod_daily": "Russia's defence ministry said it destroyed 63 Ukrainian drones over four regions overnight and hit a storage site near Ochakiv with an Iskander-M missile, and reported front-line gains and air-defence tallies.",
    "yc11_humanitarian_situation_update_october": "At least 164 civilians were killed and 897 injured in Ukraine in October; on 2 November shelling of a Kherson pumping station injured two workers; an aid convoy reached Donetsk-region communities.",
    "yc12_cityweekly_kharkiv_underground_school": "Kharkiv opened its second underground school in Saltivka for 640 pupils, with more planned.",
}

PLACE_QUOTE = {
    ("yc02_ukrainianoutlet_odesa_tajani", 2): "Odesa and its port infrastructure come under fire several times a month.",
    ("yc10_statement_russian_mod_daily", 2): "During the past night, the Kyiv regime attempted to carry out terrorist attacks with aircraft-type drones against facilities inside Russia.",
}


if __name__ == "__main__":
    write_answers("dev28", GOLD, Convention(SUMMARY, place_quote=PLACE_QUOTE))
