"""Write the ideal answers of the dev47 articles, `evals/answers/ideal/yv??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev47/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yv01_kharkivregiontv_night_drones": "Russian Shahed drones injured at least seven people, two of them children, in Kharkiv's Kyivskyi district and a woman in Chuhuiv overnight; nationwide Russia launched 35 drones and two Kh-59 missiles, 11 drones were downed over Kharkiv region.",
    "yv02_odesaregiontv_kyivskyi_district": "A Russian drone hit a high-rise in Odesa's Kyivskyi district overnight, injuring at least five people including a two-year-old; Russia sent 78 drones nationwide, nine downed over Odesa region; Izmail's port was hit on Monday night; Zelensky is due to meet Biden on Thursday.",
    "yv03_radioslobozhanshchyna_evening_bulletin": "Evening bulletin: seven hurt, two of them children, in a night drone attack on Kharkiv (later nine); 35 Shaheds and two Kh-59 missiles launched nationwide; a man killed in Kupiansk by shelling; 75 Ukrainians freed in a UAE-mediated exchange; Ukraine and Sweden signed a security agreement in Stockholm.",
    "yv04_mykolaivcitycouncil_danish_memorandum": "A Danish government delegation led by Minister Dan Jørgensen visited Mykolaiv, signed a memorandum with Mayor Senkevych on a new water treatment station and announced an extra DKK 75 million for school shelters and heating points.",
    "yv05_pivdennakuryer_danish_delegation": "Danish minister Dan Jørgensen visited Mykolaiv, met governor Kim and signed a memorandum with the mayor on a water treatment station, pledging about 10 million euros; four Shahed drones were shot down over Mykolaiv Oblast overnight with no casualties.",
    "yv06_siveriaradio_exchange_returnees": "Six people from Chernihiv region were among 75 Ukrainians freed in Friday's UAE-mediated exchange, the first since 8 February; Russian shelling of the Semenivka community wounded a 70-year-old man.",
    "yv07_zaporizhzhiaregiontv_missiles_sanctions": "Two Russian S-300 missiles hit an industrial enterprise in Zaporizhzhia, killing a worker and injuring four; the European Commission proposed a 14th sanctions package targeting Russian LNG, Zelensky discussed it with von der Leyen, and the governor urged sanctions on chip suppliers.",
    "yv08_sumypublicradio_funeral": "Sumy buried three people, among them a 16-year-old girl, killed by a Russian drone strike on an apartment building on Wednesday that also injured 11; border communities Krasnopillia and Velyka Pysarivka were shelled on Friday without casualties.",
    "yv09_belogoryetv_valuyki_substation": "A Ukrainian drone damaged a substation in Valuyki overnight with no injuries; Russia said 14 drones were downed over the Belgorod region and five over the Kursk region; Putin held talks with Erdoğan in Astana before the SCO summit.",
    "yv10_dniproregionalradio_morning_bulletin": "Morning bulletin: Russia launched 87 Shaheds and two Iskander-M missiles overnight; a ballistic missile injured at least four in Kryvyi Rih and artillery and drones wounded a man in Nikopol; Zelensky will attend the Ramstein leaders' summit on 12 October after a call with Scholz.",
    "yv11_khersonregiontv_ramstein_called_off": "The Ramstein leaders' summit planned for Saturday was called off after Biden stayed home for Hurricane Milton; Zelensky will hold talks in London with Starmer and Rutte; a Russian drone injured three on a Kherson bus and shelling killed a woman in Antonivka.",
    "yv12_lvivregiontv_derby_and_snow": "Karpaty beat Rukh 2-1 in the Lviv derby after a match paused by an air raid alert; a snow front is set to hit Lviv region overnight into Tuesday.",
}

PLACE_FORM = {
    ("yv01_kharkivregiontv_night_drones", 3, "Kharkiv"): "Kharkiv region",
    ("yv05_pivdennakuryer_danish_delegation", 0, "Mykolaiv"): "Mykolaiv Oblast",
    ("yv09_belogoryetv_valuyki_substation", 1, "Kursk"): "Kursk region",
}


if __name__ == "__main__":
    write_answers("dev47", GOLD, Convention(SUMMARY, PLACE_FORM))
