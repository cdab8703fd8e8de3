"""Write evals/dev/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT / "evals" / "dev"


def ev(*quotes: str) -> list[dict]:
    return [{"text": q, "start": 0, "end": 0} for q in quotes]


def cnt(value: int, quote: str, qualifier: str = "exact") -> dict:
    return {"value": value, "qualifier": qualifier, "evidence": {"text": quote, "start": 0, "end": 0}}


def day(d: str, text: str) -> dict:
    return {"start": d, "end": d, "precision": "day", "text": text}


def night(a: str, b: str, text: str) -> dict:
    return {"start": a, "end": b, "precision": "range", "text": text}


def month(a: str, b: str, text: str) -> dict:
    return {"start": a, "end": b, "precision": "month", "text": text}


def loc(name: str, admin1: str | None, country: str, level: str = "city") -> dict:
    out = {"name": name, "country": country, "level": level}
    if admin1:
        out["admin1"] = admin1
    return out


UA = loc("Ukraine", None, "Ukraine", "country")
RU = loc("Russia", None, "Russia", "country")


def attack(attacker: str, target: str, kind: str, locations: list, date: dict, weapons: list,
           evidence: list, **extra) -> dict:
    rec = {"attacker": attacker, "target_country": target, "kind": kind, "locations": locations,
           "date": date, "weapons": weapons}
    rec.update(extra)
    rec["evidence"] = evidence
    return rec


def dip(kind: str, participants: list, date: dict | None, status: str, description: str,
        evidence: list, location: dict | None = None, optional: bool = False) -> dict:
    rec: dict = {"kind": kind, "participants": participants}
    if location:
        rec["location"] = location
    if date:
        rec["date"] = date
    rec.update(status=status, description=description, evidence=evidence)
    if optional:
        rec["optional"] = True
    return rec


GOLD: dict[str, dict] = {}

GOLD["d01_wire_kharkiv_drones"] = dict(
    notes="Two records: the Kharkiv city strike (casualties, damage) and the nationwide drone night "
          "(air force figures, country record). Not coded: the background 'bombarded repeatedly since "
          "the full-scale invasion began' (no event), distances, Moscow's denial (reaction).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-03-09", "2026-03-10", "overnight"), [{"type": "drone"}],
               ev("Russian drones struck residential streets in Kharkiv overnight, killing two people and wounding 11, three of them children",
                  "a drone crashed into the courtyard of a nine-storey block in the Kyivskyi district"),
               killed=cnt(2, "two"), injured=cnt(11, "11"), children_injured=cnt(3, "three"),
               damage=["residential building", "warehouse"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-03-09", "2026-03-10", "during the night"),
               [{"type": "drone", "launched": cnt(126, "126"), "intercepted": cnt(98, "98")}],
               ev("Russia sent 126 attack drones against Ukraine during the night",
                  "Air defence units brought down 98 of them"),
               reported_by=["Ukrainian air force"]),
    ], diplomacy=[])

GOLD["d02_wire_zaporizhzhia_glide"] = dict(
    notes="Two places, two times of day (afternoon bomb in Zaporizhzhia, morning shelling of Nikopol). "
          "Not coded: population and distance figures, 'growing frequency over the past year' (background, no event).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-03-11", "on Wednesday afternoon"), [{"type": "glide_bomb"}],
               ev("A Russian guided aerial bomb slammed into a residential area of Zaporizhzhia on Wednesday afternoon, killing four people and injuring at least 16",
                  "Among the injured was a 9-year-old girl."),
               killed=cnt(4, "four"), injured=cnt(16, "at least 16", "at_least"),
               children_injured=cnt(1, "a 9-year-old girl"), damage=["shops"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Nikopol", "Dnipropetrovsk", "Ukraine")],
               day("2026-03-11", "on Wednesday morning"), [{"type": "artillery"}],
               ev("Russian artillery shelled Nikopol across the Dnipro River on Wednesday morning, killing a 58-year-old man and damaging a school and a gas pipeline"),
               killed=cnt(1, "a 58-year-old man"), damage=["school", "gas pipeline"], reported_by=["Serhii Lysak"]),
    ], diplomacy=[])

GOLD["d03_mod_briefing"] = dict(
    notes="A numbered ministry briefing: point 1 is the country-level interception record for the night "
          "11-12 March (attacker Ukraine). Each region's share of the total is coded by CODEBOOK rule 3 (ruling of "
          "2 December 2026): Bryansk's 21 goes on Unecha, the one struck locality of that region; Kursk's 14 and "
          "Oryol's 12, regions with no struck locality told, are each the region's own record. "
          "Point 2 is a weekly aggregate by the other side (not coded); point 3 is ground fighting (not coded). "
          "'Moscow says' is the speaker, not a place. Unecha is a separate hit the same night.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-03-11", "2026-03-12", "Between 23:00 on Wednesday and 06:00 Moscow time on Thursday"),
               [{"type": "drone", "intercepted": cnt(47, "47")}],
               ev("on-duty air defence systems intercepted and destroyed 47 Ukrainian fixed-wing unmanned aerial vehicles"),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk", "Russia", "region")],
               night("2026-03-11", "2026-03-12", "Between 23:00 on Wednesday and 06:00 Moscow time on Thursday"),
               [{"type": "drone", "intercepted": cnt(14, "14")}], ev("14 over the Kursk region")),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Oryol", "Oryol", "Russia", "region")],
               night("2026-03-11", "2026-03-12", "Between 23:00 on Wednesday and 06:00 Moscow time on Thursday"),
               [{"type": "drone", "intercepted": cnt(12, "12")}], ev("12 over the Oryol region")),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Unecha", "Bryansk", "Russia")],
               night("2026-03-11", "2026-03-12", "during the night"), [{"type": "drone", "intercepted": cnt(21, "21")}],
               ev("a drone hit a fuel depot in the town of Unecha during the night"),
               damage=["fuel depot"], reported_by=["Alexander Bogomaz"]),
    ], diplomacy=[])

GOLD["d04_daily_roundup"] = dict(
    notes="A daily roundup: each bullet anchors its own time (overnight for Odesa, Thursday for Kherson and "
          "Krasnopillia). Not coded: the monthly totals since the start of March (aggregate statistic).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine", "region")],
               night("2026-03-12", "2026-03-13", "overnight"), [{"type": "drone"}],
               ev("Russian drones hit port infrastructure in the Odesa region overnight, setting a grain warehouse on fire and injuring one worker"),
               injured=cnt(1, "one worker"), damage=["port infrastructure", "grain warehouse"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine")],
               day("2026-03-12", "on Thursday evening"), [{"type": "artillery"}],
               ev("A 67-year-old woman was killed by Russian shelling in the city's Dniprovskyi district on Thursday evening"),
               killed=cnt(1, "A 67-year-old woman"), reported_by=["regional administration"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Krasnopillia", "Sumy", "Ukraine")],
               day("2026-03-12", "on Thursday"), [{"type": "glide_bomb", "launched": cnt(3, "three")}],
               ev("Russian aircraft dropped three guided bombs on Krasnopillia on Thursday, wounding two people"),
               injured=cnt(2, "two"), reported_by=["local authorities"]),
    ],
    diplomacy=[
        dip("military_aid", ["Finland", "Ukraine"], day("2026-03-12", "on Thursday"), "held",
            "Finland's 29th military aid package, 190 million euros",
            ev("Finland's defence minister announced a new military aid package for Ukraine worth 190 million euros on Thursday")),
        dip("talks", ["Ukraine", "Poland"], day("2026-03-16", "on Monday"), "planned",
            "Andrii Sybiha to travel to Warsaw for talks with the Polish foreign minister",
            ev("Andrii Sybiha is due to travel to Warsaw on Monday for talks with his Polish counterpart"),
            location=loc("Warsaw", "Masovia", "Poland")),
    ])

GOLD["d05_liveblog"] = dict(
    notes="Live blog: the 07:40 update is the night 13-14 March (Dnipro); the 14:35 update is an afternoon strike "
          "on the publication day (14 March, day), which must not inherit 'last night'. The Kryvyi Rih toll's first "
          "figure is two (three is the update, in the evidence).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               night("2026-03-13", "2026-03-14", "last night"), [{"type": "drone"}],
               ev("Russian drones hit Dnipro last night, injuring three people and damaging a petrol station and several cars"),
               injured=cnt(3, "three"), damage=["petrol station", "cars"], reported_by=["regional governor"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-03-13", "2026-03-14", "overnight"),
               [{"type": "drone", "model": "Shahed", "launched": cnt(94, "94"), "intercepted": cnt(68, "Sixty-eight")}],
               ev("Russia launched 94 Shahed-type drones against Ukraine overnight", "Sixty-eight of them were shot down."),
               reported_by=["air force"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kryvyi Rih", "Dnipropetrovsk", "Ukraine")],
               day("2026-03-14", "this afternoon"), [{"type": "ballistic_missile"}],
               ev("A Russian ballistic missile slammed into central Kryvyi Rih this afternoon, killing two people and wounding nine",
                  "The number of dead in Kryvyi Rih has risen to three"),
               killed=cnt(2, "two"), injured=cnt(9, "nine"), damage=["shopping centre", "office building"],
               reported_by=["Oleksandr Vilkul"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-03-14", "on Saturday"), "held",
            "Ukraine's foreign minister and Hakan Fidan spoke by phone about Black Sea security",
            ev("Ukraine's foreign minister spoke by phone with his Turkish counterpart Hakan Fidan on Saturday")),
    ])

GOLD["d06_governor_telegram"] = dict(
    notes="A governor's Telegram post (published 15 March): the night 14-15 March. The 11 drones shot down are "
          "over the whole region (optional region record); Pavlohrad carries the damage and casualties.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Pavlohrad", "Dnipropetrovsk", "Ukraine")],
               night("2026-03-14", "2026-03-15", "at night"), [{"type": "drone"}],
               ev("The enemy attacked Pavlohrad with drones at night.", "2 people were injured"),
               injured=cnt(2, "2"), damage=["industrial enterprise", "private house", "cars"],
               reported_by=["Serhii Lysak"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipropetrovsk", "Dnipropetrovsk", "Ukraine", "region")],
               night("2026-03-14", "2026-03-15", "In the evening and at night"),
               [{"type": "drone", "intercepted": cnt(11, "11")}],
               ev("air defence forces shot down 11 UAVs over the region"), optional=True),
    ], diplomacy=[])

GOLD["d07_airforce_statement"] = dict(
    notes="Air force statement: one country record for the night 15-16 March with the combined total, the "
          "missile and drone figures, and the types the drone figure mixes. '40 of the drones ... over the "
          "Chernihiv region' is a per-region share (optional region record). Hits and debris locations are not launches.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-03-15", "2026-03-16", "On the night of 16 March"),
               [{"type": "other", "model": "means of air attack", "launched": cnt(145, "145"), "intercepted": cnt(114, "114")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(7, "7"), "intercepted": cnt(3, "3")},
                {"type": "other", "model": "Shahed strike UAVs and decoy drones", "launched": cnt(138, "138"), "intercepted": cnt(111, "111")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone"}],
               ev("the enemy attacked with 145 means of air attack: 7 Iskander-M ballistic missiles launched from the Voronezh region and 138 Shahed strike UAVs and decoy drones of various types",
                  "air defence neutralised 114 enemy targets: 3 Iskander-M missiles and 111 drones"),
               reported_by=["Ukrainian Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Chernihiv", "Chernihiv", "Ukraine", "region")],
               night("2026-03-15", "2026-03-16", "On the night of 16 March"), [{"type": "drone", "intercepted": cnt(40, "40")}],
               ev("40 of the drones were downed over the Chernihiv region"), optional=True),
    ], diplomacy=[])

GOLD["d08_call_readout"] = dict(
    notes="A readout: the call (held) and the defence ministers' meeting in Tokyo in April (planned). Not coded: "
          "thanks for past support (background, no event), the urging to join restrictions (a demand, codebook 13). "
          "The recovery conference Japan will host is optional (no date, no participants beyond the host). "
          "Gold corrected on 2 December 2026: the two states' defence ministers meeting is `talks` (rule 14: a meeting "
          "of states' officials), not `meeting` (an organisation's own sitting).",
    attacks=[],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Japan"], day("2026-03-17", "on Tuesday"), "held",
            "Volodymyr Zelensky and the Prime Minister of Japan spoke by phone",
            ev("President Volodymyr Zelensky held a phone conversation on Tuesday with the Prime Minister of Japan")),
        dip("talks", ["Ukraine", "Japan"], month("2026-04-01", "2026-04-30", "in April"), "planned",
            "defence ministers to meet in Tokyo on demining and air defence",
            ev("The two leaders agreed that their defence ministers would meet in Tokyo in April"),
            location=loc("Tokyo", "Tokyo", "Japan")),
        dip("summit", ["Japan", "Ukraine"], None, "planned", "recovery conference hosted by Japan later this year",
            ev("preparations for the recovery conference, which Japan will host later this year"), optional=True),
    ])

GOLD["d09_summit_leaders"] = dict(
    notes="Leaders named only by name: Merz (Germany), Macron (France), Starmer (United Kingdom), Zelensky (Ukraine); "
          "Meloni (Italy) and Tusk (Poland) by video. Erdogan's offer to host talks is a proposal. The multinational "
          "force discussion is optional (peacekeeping, proposed). Not coded: Merz's call on partners (a demand).",
    attacks=[],
    diplomacy=[
        dip("talks", ["Germany", "France", "United Kingdom", "Ukraine", "Italy", "Poland"], day("2026-03-18", "on Wednesday"), "held",
            "Merz hosted Macron, Starmer and Zelensky in Berlin; Meloni and Tusk by video",
            ev("Friedrich Merz hosted Emmanuel Macron, Keir Starmer and Volodymyr Zelensky at the Chancellery on Wednesday for talks on how Europe would back any ceasefire in Ukraine",
               "Giorgia Meloni and Donald Tusk joined by video link"),
            location=loc("Berlin", "Berlin", "Germany")),
        dip("talks", ["Turkey", "Russia", "Ukraine"], None, "proposed",
            "Erdogan offered to host a new round of Russia-Ukraine talks in Istanbul",
            ev("Recep Tayyip Erdogan offered on Wednesday to host a new round of talks between Russian and Ukrainian delegations in Istanbul"),
            location=loc("Istanbul", "Istanbul", "Turkey")),
        dip("peacekeeping", ["Germany", "France", "United Kingdom", "Ukraine"], day("2026-03-18", "on Wednesday"), "proposed",
            "size of a multinational force after a truce discussed",
            ev("The four leaders discussed the size of a multinational force that could be sent after a truce"), optional=True),
    ])

GOLD["d10_sanctions"] = dict(
    notes="Sanctions adopted (UK, held) vs a package blocked with a new attempt set for next Wednesday (EU, planned) "
          "vs readiness without a date (Japan, optional proposed) vs a demand (Zelensky urging: not coded).",
    attacks=[],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-03-19", "on Thursday"), "held",
            "UK sanctions on 30 shadow-fleet tankers and two UAE-registered shipping firms",
            ev("Britain on Thursday imposed sanctions on 30 tankers it says belong to Russia's shadow fleet")),
        dip("sanctions", ["European Union", "Russia"], day("2026-03-25", "next Wednesday"), "planned",
            "EU 21st sanctions package blocked; ambassadors to try again to approve it",
            ev("the European Union's 21st package of sanctions against Russia remained blocked",
               "ambassadors would try again to approve it next Wednesday")),
        dip("sanctions", ["Japan", "Russia"], None, "proposed", "Japan ready to list new Russian entities",
            ev("Tokyo was ready to add new Russian entities to its own sanctions list"), optional=True),
    ])

GOLD["d11_prisoner_exchange"] = dict(
    notes="No attack. One exchange, mediated by the UAE (a participant). Not coded: earlier exchanges this year "
          "(no date, no count), the next one being prepared (no date).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-03-21", "on Saturday"), "held",
            "150 prisoners of war swapped each way, UAE mediation",
            ev("Russia and Ukraine exchanged 150 prisoners of war each on Saturday, both sides said, in a swap brokered by the United Arab Emirates")),
    ])

GOLD["d12_ambassador_summoned"] = dict(
    notes="No attack (a cyberattack is not a strike). The summoning is a diplomatic protest, held. Not coded: "
          "raising the matter with NATO allies (no concrete event), the embassy's rejection (reaction).",
    attacks=[],
    diplomacy=[
        dip("diplomatic_protest", ["Czech Republic", "Russia"], day("2026-03-23", "on Monday"), "held",
            "Czech Foreign Ministry summoned the Russian ambassador over a cyberattack on the railways",
            ev("The Czech Foreign Ministry summoned the Russian ambassador on Monday about what it called a state-backed cyberattack")),
    ])

GOLD["d13_aid_package"] = dict(
    notes="No attack: the missiles and drones fired since February 2022 are a cumulative statistic. Two aid "
          "decisions: Germany (held, announced Tuesday) and the Netherlands (planned delivery in April).",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Germany", "Ukraine"], day("2026-03-24", "on Tuesday"), "held",
            "500 million euro package with two IRIS-T systems and artillery shells",
            ev("Germany announced on Tuesday a new military aid package for Ukraine worth 500 million euros")),
        dip("military_aid", ["Netherlands", "Ukraine"], month("2026-04-01", "2026-04-30", "in April"), "planned",
            "a further batch of reconnaissance drones",
            ev("The Netherlands said separately that it would hand over a further batch of reconnaissance drones to Kyiv in April")),
    ])

GOLD["d14_wire_russia_interceptions"] = dict(
    notes="Ukraine as attacker. 'Moscow said' is the speaker (the defence ministry), not a place; nine over the "
          "Moscow region is a per-region share with no struck locality of that region told: the region's own record "
          "(CODEBOOK rule 3, ruling of 2 December 2026). Airport suspensions are not damage.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tambov", "Tambov", "Russia", "region")],
               night("2026-03-24", "2026-03-25", "overnight"), [{"type": "drone"}],
               ev("Ukrainian drones attacked an oil depot in Russia's Tambov region overnight, causing a large fire"),
               damage=["oil depot", "fuel tank"], reported_by=["Yevgeny Pervyshov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-03-24", "2026-03-25", "during the night"),
               [{"type": "drone", "intercepted": cnt(52, "52")}],
               ev("Moscow said its air defences shot down 52 Ukrainian drones over Russian regions during the night"),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow Oblast", "Russia", "region")],
               night("2026-03-24", "2026-03-25", "during the night"), [{"type": "drone", "intercepted": cnt(9, "nine")}],
               ev("nine of them over the Moscow region")),
    ], diplomacy=[])


def write_gold(folder: Path, labels: dict[str, dict]) -> None:
    """Write `<folder>/gold/<stem>.json` for each article's labels (evals/dev2 uses it too)."""
    gold = folder / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    for stem, body in labels.items():
        article = next((folder / "articles").glob(stem + ".*"))
        doc = {"schema_version": "1",
               "article": {"id": "", "path": str(article.relative_to(ROOT))},
               "notes": body["notes"], "attacks": body["attacks"], "diplomacy": body["diplomacy"]}
        (gold / f"{stem}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    write_gold(DEV, GOLD)


if __name__ == "__main__":
    main()
