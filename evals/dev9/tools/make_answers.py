"""Write the ideal answers of the dev9 articles, `evals/answers/ideal/p??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal
answer is what a perfect model returns (`ArticleDraft`, see evals/answers/README.md): every gold
record including the optional ones, places as the article writes them, `when` as the gold's date
words (verbatim in the article), counts as numbers, evidence as gold's quotes. What the answer
convention adds to gold is written here by hand, per article: the summary, the explicit nils ("No
one was hurt" -> killed 0 / injured 0; "None of the missiles were intercepted" -> intercepted 0),
the place forms where a bare name would be another place ("Kharkiv region" for the region, not the
city), and `when` left null where gold's only date words are a live-blog post's timestamp (three
records of p09).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev9/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "p01_reuters_kyiv_power_barrage": "Russia fired 496 drones and 41 missiles at Ukraine overnight, killing five people including a boy in Kyiv and hitting a substation in Obukhiv; Russia said it downed 38 Ukrainian drones. Zelenskiy spoke to Frederiksen; Denmark hosts a Nordic-Baltic meeting on Oct. 12.",
    "p02_ap_zaporizhzhia_bombs_rubio": "Russian guided bombs killed three and wounded 14 in Zaporizhzhia on Wednesday; shelling killed a woman in Kherson. Rubio will visit Kyiv next week; Zelenskyy met Erdogan in New York.",
    "p03_afp_novorossiysk_tanker_sanctions": "Ukrainian drones set a tanker on fire at Novorossiysk and killed a woman in Klimovo; Russia said it intercepted 112 drones; shelling wounded two in Beryslav. The European Commission proposed a 21st sanctions package; Macron receives Zelensky on Monday.",
    "p04_dw_pistorius_kyiv_dnipro": "Pistorius announced an IRIS-T package worth EUR 1.2 billion in Kyiv and said two Patriot launchers had arrived; ballistic missiles killed four in Dnipro. Russia summoned Germany's ambassador; Ramstein meets on October 21.",
    "p05_italian_tajani_sybiha_odesa": "Tajani and Sybiha met in Rome and signed a memorandum on interceptor drones; a Russian drone attack on Odesa killed two and injured nine. Italy summoned Russia's ambassador; Cardinal Zuppi will travel to Moscow.",
    "p06_polish_lviv_kovel_sikorski": "Russia attacked western Ukraine with 178 drones and eight cruise missiles, injuring one in Lviv and hitting the railway in Kovel. Sikorski summoned Russia's charge d'affaires; Nawrocki meets Zelensky on November 6; Poland delivered its 48th aid package.",
    "p07_regional_kharkiv_day_valtonen": "Russian attacks on 14 settlements of the Kharkiv region killed two people in Kurylivka and Zolochiv; drones wounded four in Kharkiv, two of them children, and a man near Balakliia. Finland's foreign minister visited Kharkiv.",
    "p08_russian_agency_lgov_kinzhal": "Russia said it destroyed 63 Ukrainian drones overnight; a drone killed a pensioner in Lgov and shelling injured three in Shebekino; Russia struck Ukrainian energy facilities. Russia and Ukraine exchanged 84 prisoners each; Lavrov meets Jaishankar on November 17.",
    "p09_liveblog_poltava_chornomorsk": "Russia fired 214 drones and three ballistic missiles overnight, killing people in Poltava and injuring a worker in Chornomorsk; Russia said it downed 41 drones, one hitting Taganrog. Zelensky spoke to Erdogan; EU ministers failed to agree sanctions; Norway pledged NOK 3 billion.",
    "p10_weekly_roundup_geneva_lula": "The Geneva talks were cancelled, Lula visited Moscow and met Putin, Ukraine and Russia exchanged 157 prisoners, the UK added sanctions, Sweden and the Netherlands sent aid, and a missile killed at least 11 in Ternopil.",
    "p11_refugee_protection_figures": "About 4.3 million Ukrainians were under EU temporary protection at the end of September, most in Germany, Poland and the Czech Republic.",
    "p12_basketball_league_sanctions": "The basketball league docked Harbour City six points over unpaid wages as referees voted to strike over pay.",
}

# place forms where the article's words differ from gold's normalised name
PLACE_FORM = {
    ("p01_reuters_kyiv_power_barrage", 4, "Moscow"): "Moscow region",
    ("p03_afp_novorossiysk_tanker_sanctions", 2, "Krasnodar"): "Krasnodar region",
    ("p07_regional_kharkiv_day_valtonen", 0, "Kharkiv"): "Kharkiv region",
    ("p08_russian_agency_lgov_kinzhal", 1, "Kursk"): "Kursk Region",
    ("p08_russian_agency_lgov_kinzhal", 2, "Belgorod"): "Belgorod Region",
    ("p08_russian_agency_lgov_kinzhal", 3, "Bryansk"): "Bryansk Region",
    ("p09_liveblog_poltava_chornomorsk", 4, "Rostov"): "Rostov region",
}

# explicit nils a model answers as 0 (gold does not code them): (stem, attack index) -> fields
NILS = {
    ("p01_reuters_kyiv_power_barrage", 2): {"killed": 0, "injured": 0},
    ("p06_polish_lviv_kovel_sikorski", 1): {"killed": 0, "injured": 0},
    ("p09_liveblog_poltava_chornomorsk", 5): {"killed": 0, "injured": 0},
}
# records whose only date words are a live-blog post's timestamp
NULL_WHEN = {("p09_liveblog_poltava_chornomorsk", 1), ("p09_liveblog_poltava_chornomorsk", 2),
             ("p09_liveblog_poltava_chornomorsk", 5)}
# "None of the missiles were intercepted": (stem, attack index, weapon index)
NIL_INTERCEPTED = {("p09_liveblog_poltava_chornomorsk", 0, 1)}


if __name__ == "__main__":
    write_answers("dev9", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, NULL_WHEN,
                                           nil_intercepted=NIL_INTERCEPTED))
