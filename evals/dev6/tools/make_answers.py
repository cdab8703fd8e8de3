"""Write the ideal answers of the dev6 articles, `evals/answers/ideal/k??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal
answer is what a perfect model returns (`ArticleDraft`, see evals/answers/README.md): every gold
record including the optional ones, places as the article writes them, `when` as the gold's date
words (verbatim in the article), counts as numbers, evidence as gold's quotes. What the answer
convention adds to gold is written here by hand, per article: the summary, the explicit nils ("No
one was hurt there" -> killed 0 / injured 0; "none of the ... were intercepted" -> intercepted 0)
and the place forms where a bare name would be another place ("Lviv region" for the region, not the
city).

Run from the repository root after tools/make_gold.py:
    python evals/dev6/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "k01_wire_kyiv_barrage_kharkiv_afternoon": "Russia fired 476 drones and 42 missiles at Ukraine overnight, killing three people in Kyiv and hitting energy facilities in the Lviv region; on Saturday afternoon a ballistic missile killed two people in Kharkiv. Zelenskiy spoke to Merz by telephone.",
    "k02_ap_kostiantynivka_front_line": "Russian artillery killed four civilians in Kostiantynivka and guided bombs injured three in Sloviansk on Monday; Russia launched 87 drones overnight; a Ukrainian drone wounded five in Maslova Pristan, Belgorod region.",
    "k03_afp_russia_regions_refinery": "Ukrainian drones set fire to the Volgograd refinery overnight; Russia said it downed 127 drones over 12 regions; a drone killed a driver in Rylsk and debris injured a teenager in Voronezh.",
    "k04_kyivind_odesa_energy_dnipro": "Russia struck Odesa Oblast overnight, injuring five in Odesa and damaging the Izmail port, with 156 drones and three ballistic missiles nationwide; a ballistic missile killed one and injured nine in Dnipro in the afternoon. Ukraine's energy minister spoke by phone with the EU energy commissioner.",
    "k05_guardian_geneva_talks_zaporizhzhia": "US and Ukrainian officials held talks in Geneva; Zelenskyy is expected in Washington on 20 November; Putin and Erdogan spoke by phone; the coalition of the willing will hold a video conference; Russian drones injured seven in Zaporizhzhia.",
    "k06_aljazeera_prisoner_swap_kherson": "Russia and Ukraine exchanged 246 prisoners each in a UAE-brokered swap on Friday; Zelenskyy thanked the UAE president by phone; a Russian drone killed a man on a bus in Kherson.",
    "k07_afp_eu_sanctions_envoy_summoned": "The EU and Britain adopted new sanctions on Russia's shadow fleet; Russia summoned the EU envoy in protest; Fico's visit to Moscow was moved to December.",
    "k08_reuters_berlin_visit_aid": "Germany pledged 2 billion euros in military aid during Zelenskiy's visit to Berlin and talks with Merz; Denmark approved its 29th package; the Ukraine Defense Contact Group meets on Dec. 9; Russian drones killed two in Sumy.",
    "k09_wire_poland_summons_lutsk": "Poland summoned the Russian charge d'affaires after drones entered its airspace and NATO held Article 4 consultations; Russian drones injured two in Lutsk and a missile hit a gas station near Stryi.",
    "k10_kharkiv_night_drones_afternoon_bomb": "Russian drones injured six in Kharkiv overnight and a guided bomb killed a woman there in the afternoon; shelling killed a man in Kivsharivka; Russia launched 94 drones across Ukraine.",
    "k11_wire_budapest_summit_off": "The Trump-Putin summit in Budapest was put on hold a day after Rubio and Lavrov spoke by phone; Umerov will hold talks in Ankara next week; Stubb proposed an EU envoy.",
    "k12_wire_novorossiysk_zaporizhzhia": "Ukrainian drones hit an oil terminal in Novorossiysk, wounding three; Russia said it destroyed 44 drones; Russian missiles killed five in Zaporizhzhia and shelling wounded a woman in Nikopol.",
    "k13_analysis_economy_winter": "Ukraine's central bank held rates and cut its growth forecast as Russian attacks on the grid threaten a winter of blackouts.",
    "k14_football_karpaty_metalist": "Metalist 1925 beat Karpaty Lviv 2-1 with a stoppage-time goal.",
    "k15_radio_bulletin_transcript": "Russian drones killed two people in Odesa overnight; Russia said it destroyed sixty-three Ukrainian drones and a fuel depot burned in Tikhoretsk; Zelensky visits Paris for talks with Macron.",
    "k16_photo_gallery_captions": "Photos of the week: drone attacks on Chernihiv, Belgorod and Bilozerka, a guided bomb on Druzhkivka, and the Danish prime minister's visit to Kyiv.",
}

# place forms where the article's words differ from gold's normalised name
PLACE_FORM = {
    ("k01_wire_kyiv_barrage_kharkiv_afternoon", "Lviv"): "Lviv region",
    ("k02_ap_kostiantynivka_front_line", "Donetsk"): "Donetsk region",
    ("k02_ap_kostiantynivka_front_line", "Dnipropetrovsk"): "Dnipropetrovsk region",
    ("k02_ap_kostiantynivka_front_line", "Sumy"): "Sumy region",
    ("k03_afp_russia_regions_refinery", "Bryansk"): "Bryansk region",
    ("k03_afp_russia_regions_refinery", "Moscow Oblast"): "Moscow region",
    ("k04_kyivind_odesa_energy_dnipro", "Poltava"): "Poltava Oblast",
    ("k04_kyivind_odesa_energy_dnipro", "Sumy"): "Sumy Oblast",
    ("k09_wire_poland_summons_lutsk", "Volyn"): "Volyn region",
    ("k09_wire_poland_summons_lutsk", "Lviv"): "Lviv region",
    ("k12_wire_novorossiysk_zaporizhzhia", "Krasnodar"): "Krasnodar region",
}

# explicit nils a model answers as 0 (gold does not code them): (stem, attack index) -> fields
NILS = {
    ("k01_wire_kyiv_barrage_kharkiv_afternoon", 2): {"killed": 0, "injured": 0},
    ("k03_afp_russia_regions_refinery", 3): {"killed": 0, "injured": 0},
    ("k04_kyivind_odesa_energy_dnipro", 1): {"injured": 0},
    ("k09_wire_poland_summons_lutsk", 1): {"killed": 0, "injured": 0},
    ("k15_radio_bulletin_transcript", 3): {"killed": 0, "injured": 0},
}
# a record whose own sentences do not name its place quotes the sentence that does (as in dev5)
PLACE_QUOTE = {
    ("k10_kharkiv_night_drones_afternoon_bomb", 1): "KHARKIV - Russia sent 11 Shahed drones against Kharkiv overnight into Sunday, damaging apartment buildings and a tram depot in three districts and injuring six people, Mayor Ihor Terekhov said.",
}
# intercepted 0 for "none of the ballistic missiles were intercepted": (stem, attack, weapon)
NIL_INTERCEPTED = {("k04_kyivind_odesa_energy_dnipro", 2, 1)}


if __name__ == "__main__":
    write_answers("dev6", GOLD, Convention(SUMMARY, PLACE_FORM, NILS, place_quote=PLACE_QUOTE,
                                           nil_intercepted=NIL_INTERCEPTED))
