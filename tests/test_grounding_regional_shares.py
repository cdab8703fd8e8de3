"""Regional shares of a downed total (dev13 class A1): a number followed by "over / above / in
<region>", told as a part of the total before it ("of these", "N of them", a colon list after the
total, or the list right after the total in its sentence), takes the total's role (intercepted) and
may not exceed it. Fresh sentences; the negatives must stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft


def _intercepted(text: str, value: int, place: str, role: str = "intercepted") -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": [place], "weapons": [
        {"type": "drone", role: value}], "evidence": [text]}]})
    records = draft_to_records(draft, text, published=dt.date(2027, 4, 4)).attacks
    weapon = records[0].weapons[0] if records and records[0].weapons else None
    field = getattr(weapon, role) if weapon else None
    return field.value if field else None


@pytest.mark.parametrize("text,value,place", [
    ("Air defences over Russia destroyed 58 drones overnight. Of these, 22 were over Bryansk and 9 over Oryol.", 22, "Bryansk"),
    ("Air defences over Russia destroyed 58 drones overnight. Of these, 22 were over Bryansk and 9 over Oryol.", 9, "Oryol"),
    ("Russian air defence units intercepted 47 drones overnight. The ministry listed the regions: "
     "20 over Kursk, 15 over Belgorod and 12 over Rostov.", 15, "Belgorod"),
    ("Russian air defence units intercepted 47 drones overnight. Of them, 20 fell over Kursk and 12 were hit above Rostov.",
     12, "Rostov"),
    ("Russian air defence units intercepted 47 drones overnight. Of them, 20 fell over Kursk and 12 were hit above Rostov.",
     20, "Kursk"),
    ("Some 35 drones were destroyed by air defence systems overnight, the ministry said. "
     "Eleven of them were over the Moscow region.", 11, "Moscow region"),
    ("The defence ministry said 80 fixed-wing drones had been shot down. Of that number, 25 came down "
     "over the territory of the Smolensk region.", 25, "Smolensk region"),
    ("Thirty-one UAVs were brought down after midnight, according to the ministry: seventeen above the Sea of Azov "
     "and fourteen over Crimea.", 14, "Crimea"),
    ("Air defence crews neutralised 26 drones, 14 of them over the Lipetsk region and 5 over Tambov.", 5, "Tambov"),
    ("The air defence forces shot down 44 drones overnight. By region: Bryansk region: 19, Kaluga – 13, Oryol region – 12.",
     13, "Kaluga"),
    ("Russian air defences destroyed 41 drones overnight, the ministry said. By region:\n\n- Bryansk region: 17\n"
     "- Kursk region: 14\n- Oryol region: 10\n", 14, "Kursk region"),
    ("The ministry said 41 drones had been intercepted: 17 in the Bryansk region, 14 in the Kursk region and 10 in "
     "the Oryol region.", 10, "Oryol region"),
    ("Air defences downed 52 drones overnight (Bryansk 20, Kursk 18, Belgorod 14), the ministry said.", 18, "Kursk"),
    ("Air defences downed 52 drones overnight. The Bryansk region accounted for 20 of them.", 20, "Bryansk region"),
    ("Air defences downed 52 drones overnight. Most, 30, were over the Bryansk region.", 30, "Bryansk region"),
    ("Air defences downed 52 drones overnight. Twenty were over Bryansk; eighteen more fell over Kursk.", 18, "Kursk"),
    ("Air defences downed 52 drones overnight, most of them over Bryansk (30) and Kursk (12).", 12, "Kursk"),
    ("Forty Ukrainian drones were downed after midnight; fifteen of them came down over the Tula area.", 15, "Tula"),
])
def test_a_regional_share_of_a_downed_total_is_intercepted(text, value, place):
    assert _intercepted(text, value, place) == value


@pytest.mark.parametrize("text,value,place", [
    ("Air defences over Russia destroyed 58 drones overnight. Of those, 22 were launched from Kursk.", 22, "Kursk"),
    ("In December 22 drones fell over Bryansk, officials said.", 22, "Bryansk"),
    ("Air defences destroyed 58 drones overnight. Of the 58, 22 hit targets in Bryansk.", 22, "Bryansk"),
    ("Air defences destroyed 18 drones overnight. Of these, 22 were over Bryansk.", 22, "Bryansk"),
    ("Air defences destroyed 58 drones overnight. A day earlier, 22 were over Bryansk.", 22, "Bryansk"),
    ("Air defences destroyed 58 drones overnight. Of these, 22 were over Bryansk.", 21, "Bryansk"),
    ("Air defences downed 52 drones overnight. Separately, 20 people in Bryansk were evacuated.", 20, "Bryansk"),
    ("Air defences downed 52 drones overnight. In Bryansk, 20 homes were damaged.", 20, "Bryansk"),
    ("Air defences downed 52 drones overnight. On May 20, drones were over Bryansk.", 20, "Bryansk"),
])
def test_a_share_not_told_as_part_of_a_downed_total_stays_refused(text, value, place):
    assert _intercepted(text, value, place) is None


def test_a_share_of_a_launched_total_is_launched():
    text = "Ukraine launched 60 drones at Russia overnight. Of these, 25 were over the Belgorod region."
    assert _intercepted(text, 25, "Belgorod region", role="launched") == 25
    assert _intercepted(text, 25, "Belgorod region") is None  # nothing was downed
