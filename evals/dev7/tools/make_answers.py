"""Write the ideal answers of the dev7 articles, `evals/answers/ideal/m??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal
answer is what a perfect model returns (`ArticleDraft`, see evals/answers/README.md): every gold
record including the optional ones, places as the article writes them, `when` as the gold's date
words (verbatim in the article), counts as numbers, evidence as gold's quotes. What the answer
convention adds to gold is written here by hand, per article: the summary, the explicit nils ("No
one was hurt" -> killed 0 / injured 0), the place forms where a bare name would be another place
("Kyiv region" for the region, not the city), and `when` left null where gold's only date words are
a post's timestamp (as dev5's answers do).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev7/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "m01_bbc_kyiv_barrage_rescue": "Russia fired 523 drones and 41 missiles at Ukraine overnight, killing at least six people in Kyiv and injuring two in Ternopil; a missile had killed five in Mykolaiv on Tuesday; Russia said it destroyed 17 drones over the Bryansk region. Zelensky spoke to Starmer by phone.",
    "m02_nyt_zaporizhzhia_glide_bombs": "Russian guided bombs killed three people and wounded 21 in Zaporizhzhia and injured five in Kramatorsk on Tuesday; Russia sent 146 drones overnight. Sybiha held talks with Sikorski in Warsaw.",
    "m03_tass_mod_ryazan_kamenka": "Russia said it downed 93 Ukrainian drones overnight; debris caused a fire at an industrial site in Ryazan, a drone wounded a woman in Razumnoye and shelling wounded two in Kamenka-Dneprovskaya. Lavrov will meet Fidan in Moscow and spoke to the Saudi foreign minister.",
    "m04_ukrinform_chornomorsk_port_rail": "Russian drones and missiles hit the port of Chornomorsk overnight, killing one and injuring three; a drone injured a train driver in Synelnykove. Sybiha spoke to Fidan by phone and will visit Ankara next week.",
    "m05_upravda_dnipro_toll_rises": "The toll of a Russian ballistic missile strike on a Dnipro apartment block rose to 12, including two children; drones hit Kryvyi Rih overnight. Zelensky spoke to Nawrocki by phone.",
    "m06_rferl_istanbul_exchange": "Russia and Ukraine exchanged 185 prisoners each in a UAE-mediated swap after talks in Istanbul, and agreed to meet again in November; Moldova summoned the Russian ambassador over a drone crash.",
    "m07_euronews_sanctions_blocked": "Slovakia blocked the EU's 22nd sanctions package; foreign ministers meet on 15 December; Britain sanctioned 20 tankers; Russian drones injured 11 people in Kharkiv.",
    "m08_dw_bundestag_aid_pistorius": "The Bundestag approved EUR 11.5 billion in military aid for Ukraine; Pistorius visited Kyiv for talks with Shmyhal after Russian strikes on the Kyiv region; the Ukraine Defense Contact Group meets on 10 December.",
    "m09_bloomberg_riyadh_primorsk": "US and Russian envoys met in Riyadh while a Trump-Putin summit was postponed; Ukrainian drones set fire to the Primorsk oil port and Russia said it downed 61 drones.",
    "m10_politico_geneva_summit_cancelled": "Five states' national security advisers met in Geneva on a Ukrainian peace plan; the EU-Ukraine summit in Kyiv was called off; the coalition of the willing will hold a video conference.",
    "m11_moscowtimes_saratov_horlivka": "Ukrainian drones hit the Saratov refinery, injuring two, and debris fell on Engels; Russia said it downed 74 drones; a drone killed a driver in Horlivka. Putin held talks with Prabowo.",
    "m12_meduza_belgorod_abu_dhabi": "Ukrainian missiles killed two people in Belgorod; a drone injured two men near Tyotkino and shelling killed a woman in Oleshky; Russian, Ukrainian and US officers held talks in Abu Dhabi.",
    "m13_data_refugees_temporary_protection": "More than 4.2 million Ukrainians hold temporary protection in the EU; employment rates differ widely between host countries.",
    "m14_business_antwerp_dock_strike": "A dockworkers' strike against pension reform halted container handling at Antwerp for a second day.",
    "m15_timeline_week_nov23_29": "The week's events: drones killed two in Sumy, Zelensky held talks in Warsaw, drones hit the Novokuibyshevsk refinery, Norway announced air defence aid, shelling killed a man in Kherson, Trump and Putin spoke by phone, and Russia launched 58 drones and six missiles on Sunday night.",
    "m16_telegram_digest_translated": "Russian drones injured people in Kharkiv and hit the Kremenchuk district; Russia said it downed 45 drones and shelling killed a man in Shebekino; Russia launched 97 drones; Zelensky spoke to Stubb.",
}

# place forms where the article's words differ from gold's normalised name
PLACE_FORM = {
    ("m01_bbc_kyiv_barrage_rescue", 3, "Kyiv"): "Kyiv region",
    ("m01_bbc_kyiv_barrage_rescue", 3, "Chernihiv"): "Chernihiv region",
    ("m01_bbc_kyiv_barrage_rescue", 3, "Poltava"): "Poltava region",
    ("m01_bbc_kyiv_barrage_rescue", 5, "Bryansk"): "Bryansk region",
    ("m03_tass_mod_ryazan_kamenka", 1, "Bryansk"): "Bryansk Region",
    ("m03_tass_mod_ryazan_kamenka", 2, "Ryazan"): "Ryazan Region",
    ("m08_dw_bundestag_aid_pistorius", 0, "Kyiv"): "Kyiv region",
    ("m11_moscowtimes_saratov_horlivka", 3, "Saratov"): "Saratov region",
    ("m15_timeline_week_nov23_29", 4, "Chernihiv"): "Chernihiv region",
    ("m15_timeline_week_nov23_29", 4, "Zhytomyr"): "Zhytomyr region",
    ("m16_telegram_digest_translated", 2, "Belgorod"): "Belgorod region",
    ("m16_telegram_digest_translated", 2, "Kursk"): "Kursk region",
    ("m16_telegram_digest_translated", 2, "Voronezh"): "Voronezh region",
}

# explicit nils a model answers as 0 (gold does not code them): (stem, attack index) -> fields
NILS = {
    ("m01_bbc_kyiv_barrage_rescue", 5): {"killed": 0, "injured": 0},
    ("m03_tass_mod_ryazan_kamenka", 3): {"killed": 0, "injured": 0},
    ("m04_ukrinform_chornomorsk_port_rail", 1): {"injured": 0},
    ("m05_upravda_dnipro_toll_rises", 1): {"killed": 0, "injured": 0},
    ("m09_bloomberg_riyadh_primorsk", 0): {"injured": 0},
    ("m15_timeline_week_nov23_29", 1): {"injured": 0},
    ("m16_telegram_digest_translated", 1): {"killed": 0, "injured": 0},
}
# records whose only date words are a post's timestamp: `when` null, as in dev5's answers
NULL_WHEN = {("m16_telegram_digest_translated", 0), ("m16_telegram_digest_translated", 1)}


if __name__ == "__main__":
    write_answers("dev7", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN))
