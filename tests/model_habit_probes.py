"""Metamorphic probes of grounding: fresh mini-articles (written for these tests, in the formats
news about the war comes in), the answer a perfect model gives for each, and what a record
grounds to. A faithful variant of an answer (the same facts written the way another model writes
them) must ground to the same record; a planted error must not reach the records.

The helpers here are shared by `test_grounding_model_habits.py` (faithful variants) and
`test_grounding_planted_probes.py` (planted errors).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any

from summariser.backends.drafts_to_records import Grounded, draft_to_records
from summariser.backends.llm import ArticleDraft, reask_problems, stated_values
from summariser.backends.merging import merge_attacks, merge_diplomacy


@dataclass(frozen=True)
class Probe:
    """One mini-article with its publication date and a perfect model's answer."""

    name: str
    text: str
    published: dt.date
    answer: dict[str, Any]


WIRE = Probe("wire", (
    "KYIV, Ukraine (AP) — Russian missiles slammed into a five-storey apartment block in Zhytomyr early "
    "Wednesday, killing four people and wounding more than 20 others, the regional governor said. Three "
    "children were among the wounded, he added.\n\n"
    "Rescue teams dug through the rubble until dusk. \"They chose a time when whole families were asleep,\" "
    "the governor wrote on Telegram.\n\n"
    "Separately, drone debris set fire to a grain warehouse in the Kyiv region overnight. No casualties were "
    "reported, local officials said."),
    dt.date(2027, 3, 11),
    {"summary": "Russian missiles hit a Zhytomyr apartment block, killing four.",
     "attacks": [
         {"attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike", "places": ["Zhytomyr"],
          "when": "early Wednesday", "weapons": [{"type": "missile"}], "killed": 4, "injured": 20,
          "children_injured": 3,
          "evidence": ["Russian missiles slammed into a five-storey apartment block in Zhytomyr early Wednesday, "
                       "killing four people and wounding more than 20 others, the regional governor said.",
                       "Three children were among the wounded, he added."]},
         {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike", "places": ["Kyiv region"],
          "when": "overnight", "weapons": [{"type": "drone"}], "killed": 0, "injured": 0,
          "evidence": ["Separately, drone debris set fire to a grain warehouse in the Kyiv region overnight.",
                       "No casualties were reported, local officials said."]}],
     "diplomacy": []})

TALLY = Probe("tally", (
    "Russia launched 87 attack drones and four Iskander-M ballistic missiles at Ukraine overnight, "
    "Ukraine's air force reported on Thursday morning.\n\n"
    "Air defence units shot down or suppressed 71 of the drones. All four missiles were intercepted over "
    "the central regions, the statement said, without naming the cities targeted.\n\n"
    "Whether any drones got through to their targets was not stated."),
    dt.date(2027, 3, 11),
    {"summary": "Russia launched 87 drones and four missiles; 71 drones and all missiles were downed.",
     "attacks": [
         {"attacker": "Russia", "target_country": "Ukraine", "kind": "drone_and_missile", "places": ["Ukraine"],
          "when": "overnight",
          "weapons": [{"type": "drone", "launched": 87, "intercepted": 71},
                      {"type": "ballistic_missile", "model": "Iskander-M", "launched": 4, "intercepted": 4}],
          "evidence": ["Russia launched 87 attack drones and four Iskander-M ballistic missiles at Ukraine "
                       "overnight, Ukraine's air force reported on Thursday morning.",
                       "Air defence units shot down or suppressed 71 of the drones.",
                       "All four missiles were intercepted over the central regions, the statement said, "
                       "without naming the cities targeted."]}],
     "diplomacy": []})

GOVERNOR = Probe("governor", (
    "A Ukrainian drone struck a minibus on the outskirts of Shebekino on Monday morning, injuring the "
    "driver and two passengers, Belgorod region governor Vyacheslav Gladkov wrote on his Telegram channel. "
    "Nobody was killed.\n\n"
    "In the village of Murom, a second drone damaged the roof of a school gym. There were no casualties "
    "there, Gladkov added."),
    dt.date(2027, 4, 6),
    {"summary": "A drone struck a minibus near Shebekino, injuring three.",
     "attacks": [
         {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike", "places": ["Shebekino"],
          "when": "on Monday morning", "weapons": [{"type": "drone"}], "killed": 0, "injured": 3,
          "evidence": ["A Ukrainian drone struck a minibus on the outskirts of Shebekino on Monday morning, "
                       "injuring the driver and two passengers, Belgorod region governor Vyacheslav Gladkov "
                       "wrote on his Telegram channel.", "Nobody was killed."]}],
     "diplomacy": []})

READOUT = Probe("readout", (
    "Foreign Minister Andrii Sybiha met in Ankara on 14 April with Hakan Fidan, his Turkish "
    "counterpart, the Ukrainian foreign ministry said in a readout published the same evening.\n\n"
    "The ministers discussed an exchange of prisoners of war and the safety of merchant shipping in the "
    "Black Sea. They agreed to meet again in Kyiv in May, the ministry added."),
    dt.date(2027, 4, 15),
    {"summary": "Sybiha and Fidan held talks in Ankara and agreed to meet again in May.",
     "attacks": [],
     "diplomacy": [
         {"kind": "meeting", "participants": ["Ukraine", "Turkey"], "place": "Ankara", "when": "on 14 April",
          "status": "held", "description": "Foreign ministers' talks on prisoners and shipping",
          "evidence": ["Foreign Minister Andrii Sybiha met in Ankara on 14 April with Hakan Fidan, his "
                       "Turkish counterpart, the Ukrainian foreign ministry said in a readout published the "
                       "same evening."]},
         {"kind": "meeting", "participants": ["Ukraine", "Turkey"], "place": "Kyiv", "when": "in May",
          "status": "planned", "description": "The ministers agreed to meet again",
          "evidence": ["They agreed to meet again in Kyiv in May, the ministry added."]}]})

SANCTIONS = Probe("sanctions", (
    "The European Union adopted a new package of sanctions against Russia on Monday, targeting more than "
    "40 tankers belonging to Moscow's shadow fleet and three refineries, the bloc's top diplomat Kaja "
    "Kallas said.\n\n"
    "Britain announced parallel measures against 12 shipping firms the same day, the Foreign Office said. "
    "Moscow called the steps illegal and promised a response."),
    dt.date(2027, 2, 24),
    {"summary": "The EU and Britain announced new sanctions on Russia.",
     "attacks": [],
     "diplomacy": [
         {"kind": "sanctions", "participants": ["European Union", "Russia"], "when": "on Monday", "status": "held",
          "description": "EU sanctions package against Russia's shadow fleet",
          "evidence": ["The European Union adopted a new package of sanctions against Russia on Monday, "
                       "targeting more than 40 tankers belonging to Moscow's shadow fleet and three refineries, "
                       "the bloc's top diplomat Kaja Kallas said."]},
         {"kind": "sanctions", "participants": ["United Kingdom", "Russia"], "when": "the same day",
          "status": "held", "description": "British sanctions on shipping firms",
          "evidence": ["Britain announced parallel measures against 12 shipping firms the same day, the Foreign "
                       "Office said."]}]})

LIVE_BLOG = Probe("live_blog", (
    "Russia-Ukraine war: live updates\n\n"
    "09:40\n"
    "A guided aerial bomb hit a hardware shop in Kostiantynivka on Saturday, killing a woman, her husband "
    "and their neighbour, the Donetsk regional military administration said.\n\n"
    "08:15\n"
    "Polish Foreign Minister Radoslaw Sikorski made an unannounced trip to Kyiv, the Polish foreign "
    "ministry said. He is due to meet President Volodymyr Zelensky later in the day."),
    dt.date(2027, 5, 8),
    {"summary": "A glide bomb killed three in Kostiantynivka; Sikorski visited Kyiv.",
     "attacks": [
         {"attacker": "Russia", "target_country": "Ukraine", "kind": "glide_bomb", "places": ["Kostiantynivka"],
          "when": "on Saturday", "weapons": [{"type": "glide_bomb"}], "killed": 3,
          "evidence": ["A guided aerial bomb hit a hardware shop in Kostiantynivka on Saturday, killing a woman, "
                       "her husband and their neighbour, the Donetsk regional military administration said."]}],
     "diplomacy": [
         {"kind": "visit", "participants": ["Poland", "Ukraine"], "place": "Kyiv", "status": "held",
          "description": "Sikorski's unannounced visit to Kyiv",
          "evidence": ["Polish Foreign Minister Radoslaw Sikorski made an unannounced trip to Kyiv, the Polish "
                       "foreign ministry said."]}]})

MOD_RU = Probe("mod_ru", (
    "Air defence systems destroyed 34 Ukrainian fixed-wing drones over the Bryansk, Kursk and Oryol "
    "regions overnight, the Russian Defence Ministry said on Sunday.\n\n"
    "In Kursk, falling debris damaged the roof of a power substation, regional authorities said. There "
    "were no injuries."),
    dt.date(2027, 6, 13),
    {"summary": "Russia says it downed 34 drones over three regions.",
     "attacks": [
         {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
          "places": ["Bryansk", "Kursk", "Oryol"], "when": "overnight",
          "weapons": [{"type": "drone", "intercepted": 34}],
          "evidence": ["Air defence systems destroyed 34 Ukrainian fixed-wing drones over the Bryansk, Kursk and "
                       "Oryol regions overnight, the Russian Defence Ministry said on Sunday."]},
         {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike", "places": ["Kursk"],
          "weapons": [{"type": "drone"}], "injured": 0,
          "evidence": ["In Kursk, falling debris damaged the roof of a power substation, regional authorities said.",
                       "There were no injuries."]}],
     "diplomacy": []})

OBLAST = Probe("oblast", (
    "Over the past day, Russian troops shelled 14 settlements in the Kherson region, the regional "
    "military administration reported on Wednesday morning. One person was killed and seven others were "
    "injured, including a child.\n\n"
    "Artillery fire damaged nine houses, a gas pipeline and a pharmacy, the administration said."),
    dt.date(2027, 7, 14),
    {"summary": "Russian shelling of the Kherson region killed one and injured seven.",
     "attacks": [
         {"attacker": "Russia", "target_country": "Ukraine", "kind": "shelling_artillery", "places": ["Kherson region"],
          "when": "Over the past day", "weapons": [{"type": "artillery"}], "killed": 1, "injured": 7,
          "children_injured": 1,
          "evidence": ["Over the past day, Russian troops shelled 14 settlements in the Kherson region, the regional "
                       "military administration reported on Wednesday morning.",
                       "One person was killed and seven others were injured, including a child."]}],
     "diplomacy": []})

CALL = Probe("call", (
    "President Volodymyr Zelensky held a phone call on Tuesday with Recep Tayyip Erdogan, the Turkish "
    "president, and thanked him for his efforts to return Ukrainian children, the presidential office said.\n\n"
    "Erdogan proposed hosting a meeting between Zelensky and Russian President Vladimir Putin in "
    "Istanbul, according to a readout from Ankara. There was no immediate reaction from the Kremlin."),
    dt.date(2027, 7, 1),
    {"summary": "Zelensky and Erdogan spoke by phone; Erdogan offered to host talks with Putin.",
     "attacks": [],
     "diplomacy": [
         {"kind": "phone_call", "participants": ["Ukraine", "Turkey"], "when": "on Tuesday", "status": "held",
          "description": "Zelensky-Erdogan phone call",
          "evidence": ["President Volodymyr Zelensky held a phone call on Tuesday with Recep Tayyip Erdogan, the "
                       "Turkish president, and thanked him for his efforts to return Ukrainian children, the presidential "
                       "office said."]},
         {"kind": "proposal", "participants": ["Turkey", "Ukraine", "Russia"], "place": "Istanbul",
          "status": "proposed", "description": "Erdogan offered to host a Zelensky-Putin meeting",
          "evidence": ["Erdogan proposed hosting a meeting between Zelensky and Russian President Vladimir Putin "
                       "in Istanbul, according to a readout from Ankara."]}]})

EXCHANGE = Probe("exchange", (
    "Russia and Ukraine each released 84 prisoners of war on Friday with the United Arab Emirates serving "
    "as go-between, officials on both sides said.\n\n"
    "It was the third such swap this year. The freed Ukrainians were taken for medical checks to "
    "hospitals in the Chernihiv region."),
    dt.date(2027, 8, 21),
    {"summary": "Russia and Ukraine swapped 84 prisoners each in a UAE-mediated exchange.",
     "attacks": [],
     "diplomacy": [
         {"kind": "prisoner_exchange", "participants": ["Russia", "Ukraine", "United Arab Emirates"], "when": "on Friday",
          "status": "held", "description": "84-for-84 prisoner exchange",
          "evidence": ["Russia and Ukraine each released 84 prisoners of war on Friday with the United Arab "
                       "Emirates serving as go-between, officials on both sides said."]}]})

PROBES = {p.name: p for p in (WIRE, TALLY, GOVERNOR, READOUT, SANCTIONS, LIVE_BLOG, MOD_RU, OBLAST, CALL, EXCHANGE)}


# --------------------------------------------------------------------------- grounding a variant


def ground(probe: Probe, answer: dict[str, Any]) -> Grounded:
    """The answer as the LLM path grounds it: draft, grounding, then merging of duplicates."""
    draft = ArticleDraft.model_validate(answer)
    out = draft_to_records(draft, probe.text, published=probe.published)
    out.attacks, out.diplomacy = merge_attacks(out.attacks), merge_diplomacy(out.diplomacy)
    return out


def reasks(probe: Probe, answer: dict[str, Any]) -> list[str]:
    """What the draft validator would ask the model again about (a paid second call)."""
    return reask_problems(ArticleDraft.model_validate(answer), stated_values(probe.text))


def signature(out: Grounded) -> dict[str, list[dict[str, Any]]]:
    """What a record says, without how it was found: the values the eval scores."""
    return {"attacks": [_attack_values(a) for a in out.attacks],
            "diplomacy": [_diplomacy_values(d) for d in out.diplomacy]}


def _place(loc: Any) -> tuple[Any, ...] | None:
    return (loc.name, loc.admin1, loc.country) if loc is not None else None


def _date(d: Any) -> tuple[Any, ...] | None:
    return (d.start, d.end) if d is not None else None


def _attack_values(a: Any) -> dict[str, Any]:
    counts = {n: getattr(a, n).value for n in ("killed", "injured", "children_killed", "children_injured")
              if getattr(a, n) is not None}
    weapons = [(w.type.value, w.model, w.launched.value if w.launched else None,
                w.intercepted.value if w.intercepted else None) for w in a.weapons]
    return {"kind": a.kind.value, "places": [_place(x) for x in a.locations], "counts": counts,
            "weapons": weapons, "date": _date(a.date), "attacker": a.attacker, "target": a.target_country}


def _diplomacy_values(d: Any) -> dict[str, Any]:
    return {"kind": d.kind.value, "status": d.status.value, "participants": sorted(d.participants),
            "place": _place(d.location), "date": _date(d.date)}


def edit(answer: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of `answer` with the value at `path` ("attacks.0.places.0") replaced."""
    out = copy.deepcopy(answer)
    *head, last = path.split(".")
    node: Any = out
    for key in head:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, list):
        node[int(last)] = value
    elif value is DROP:
        node.pop(last, None)
    else:
        node[last] = value
    return out


DROP = object()  # `edit` removes the key
