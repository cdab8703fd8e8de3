"""Write the ideal answers of the dev35 articles, `evals/answers/ideal/yj??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev35/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yj01_danubewire_sloviansk_station": "A Russian Tochka-U ballistic missile hit the Sloviansk railway station as evacuees waited, killing at least 14 people, two of them children, and wounding at least 40; artillery killed a civilian in Avdiivka overnight.",
    "yj02_kyivcourier_sloviansk_aftermath": "The toll of the Sloviansk station strike rose to 23 dead, including two children; shells wounded three in Kostiantynivka overnight. Lloyd Austin said Joe Biden had approved another $800 million in weapons for Ukraine and that he will host about 40 defence ministers at Ramstein next Tuesday.",
    "yj03_bosphorusherald_istanbul_talks": "Russian and Ukrainian delegations met in Istanbul's Dolmabahce Palace, hosted by Turkey, and Ukraine tabled a neutrality proposal with security guarantees; Erdogan had called Putin and Zelensky beforehand. A Russian missile hit the Mykolaiv regional administration, killing at least seven and wounding 22.",
    "yj04_levantinepost_grain_deal": "Russia and Ukraine signed separate grain-corridor agreements with Turkey and the UN in Istanbul to reopen Odesa, Chornomorsk and Pivdennyi for grain exports; a day earlier the EU agreed new sanctions on Russia, including a gold ban.",
    "yj05_portcitygazette_odesa_kalibr": "Russia fired four Kalibr cruise missiles at Odesa port on Saturday, two of them shot down, a day after the grain deal signed in Istanbul; two S-300 missiles hit Mykolaiv overnight without deaths.",
    "yj06_continentalledger_zaporizhzhia_iaea": "An IAEA mission led by Rafael Grossi reached the Zaporizhzhia nuclear plant after Russian mortar fire on Enerhodar killed a woman and wounded three; more than 120 Grad rockets hit Nikopol overnight without injuries. Grossi is to brief the UN Security Council on Tuesday.",
    "yj07_blacksearadio_october10_keypoints": "On 10 October Russia fired 83 missiles and 24 Shahed drones at Ukraine (43 and 13 destroyed), killing at least eight in Kyiv and four in Dnipro and cutting power in the Lviv region; Biden and Stoltenberg called Ukrainian leaders and G7 leaders are to meet by video on Tuesday.",
    "yj08_northernstandard_power_grid_wave": "About 70 Russian cruise missiles (51 destroyed) and ten drones hit Ukraine's power system on Wednesday, killing three in Kyiv, including a 17-year-old girl, while shelling killed four in Kherson and Lviv lost power; Zelensky addressed an emergency UN Security Council session.",
    "yj09_belgorodvesti_border_shelling": "Ukrainian shelling killed a resident of Solokhi in Russia's Belgorod region and wounded two; two Tochka-U missiles were shot down over Belgorod without casualties and mortar fire damaged a house in Tetkino, Kursk region.",
    "yj10_gulfdispatch_prisoner_swap": "Ukraine and Russia exchanged 215 Ukrainians, including Azovstal commanders, for 55 Russians and Viktor Medvedchuk with Saudi and Turkish mediation; a Russian missile killed one person and wounded five at a Zaporizhzhia hotel.",
    "yj11_albionsunday_sunak_kyiv": "Rishi Sunak visited Kyiv on Saturday and promised a £50m air defence package; Russian artillery killed two people and wounded three in Kherson; Cleverly pressed G7 ministers in Munster for winter support.",
    "yj12_vistulaweekly_refugee_pupils": "Ukrainian refugee children start the school year in Krakow, juggling Polish lessons and online classes from home.",
}

PLACE_FORM = {
    ("yj07_blacksearadio_october10_keypoints", 3, "Lviv"): "Lviv region",
    ("yj08_northernstandard_power_grid_wave", 3, "Lviv"): "Lviv region",
}


if __name__ == "__main__":
    write_answers("dev35", GOLD, Convention(SUMMARY, PLACE_FORM))
