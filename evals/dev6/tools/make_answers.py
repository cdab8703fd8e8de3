"""Write the ideal answers of the dev6 articles, `evals/answers/ideal/k??_*.json`, from the labels.

The ideal answer is what a perfect model returns (`ArticleDraft`, see evals/answers/README.md):
every gold record including the optional ones, places as the article writes them, `when` as the
gold's date words (verbatim in the article), counts as numbers, evidence as gold's quotes. What
the answer convention adds to gold is written here by hand, per article: the summary, the
explicit nils ("No one was hurt there" -> killed 0 / injured 0; "none of the ... were
intercepted" -> intercepted 0) and the place forms where a bare name would be another place
("Lviv region" for the region, not the city).

Run from the repository root after tools/make_gold.py:
    python evals/dev6/tools/make_answers.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_gold import GOLD, ROOT  # noqa: E402

IDEAL = ROOT / "evals" / "answers" / "ideal"
COUNTS = ("killed", "injured", "children_killed", "children_injured")

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
    ("k03_afp_russia_regions_refinery", "Moscow"): "Moscow region",
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


def weapon(w: dict) -> dict:
    out = {"type": w["type"]}
    if w.get("model"):
        out["model"] = w["model"]
    for field in ("launched", "intercepted"):
        if w.get(field):
            out[field] = w[field]["value"]
    return out


def attack(stem: str, i: int, rec: dict) -> dict:
    out = {"attacker": rec["attacker"], "target_country": rec["target_country"], "kind": rec["kind"],
           "places": [PLACE_FORM.get((stem, p["name"]), p["name"]) for p in rec["locations"]],
           "when": rec["date"]["text"] if rec.get("date") else None,
           "weapons": [weapon(w) for w in rec["weapons"]]}
    for j in range(len(out["weapons"])):
        if (stem, i, j) in NIL_INTERCEPTED:
            out["weapons"][j]["intercepted"] = 0
    for field in COUNTS:
        if rec.get(field):
            out[field] = rec[field]["value"]
    out.update(NILS.get((stem, i), {}))
    for field in ("damage", "reported_by"):
        if rec.get(field):
            out[field] = rec[field]
    out["evidence"] = [q["text"] for q in rec["evidence"]]
    if (stem, i) in PLACE_QUOTE:
        out["evidence"].insert(0, PLACE_QUOTE[(stem, i)])
    return out


def diplomacy(rec: dict) -> dict:
    out = {"kind": rec["kind"], "participants": rec["participants"]}
    if rec.get("location"):
        out["place"] = rec["location"]["name"]
    out["when"] = rec["date"]["text"] if rec.get("date") else None
    out.update(status=rec["status"], description=rec["description"],
               evidence=[q["text"] for q in rec["evidence"]])
    return out


def main() -> None:
    for stem in GOLD:
        # the located gold: its quotes are what the cleaned text says
        body = json.loads((ROOT / "evals" / "dev6" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        draft = {"summary": SUMMARY[stem],
                 "attacks": [attack(stem, i, r) for i, r in enumerate(body["attacks"])],
                 "diplomacy": [diplomacy(r) for r in body["diplomacy"]]}
        (IDEAL / f"{stem}.json").write_text(json.dumps(draft, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", stem)


if __name__ == "__main__":
    main()
