"""r15 (dev28 G2): a timeline item opened by its day whose own words name the night of that day ("-
14 April: On the night of 14 April, drones hit X") is the night, 13-14 April (CODEBOOK rule 11), not
the head's day alone. An item whose words name no night, or a night that does not hold the head's
day, keeps its reading. Fresh sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span

_attacks = AttackProbe("2026-06-09")
NIGHT_TO_14 = (dt.date(2026, 5, 13), dt.date(2026, 5, 14))


@pytest.mark.parametrize("item", [
    "- 14 May: On the night of 14 May, drones hit a power substation in Kharkiv, injuring three.",
    "* May 14 - on the night of May 14, drones struck a depot in Odesa.",
    "**14 May** — Overnight into 14 May drones damaged a boiler house in Chernihiv.",
    "1. 14 May: During the night of 14 May a missile wrecked a warehouse in Dnipro.",
    "- Thursday, 14 May: on the night of 14 May two Shaheds hit a garage in Sumy.",
    "## 14 May — On the night of 13 to 14 May a glide bomb fell on Kupiansk, killing a man.",
])
def test_a_night_told_under_its_day_head_is_the_night(item: str) -> None:
    text = f"The strikes on the region this spring:\n\n{item}\n- 20 May: Shelling hit a market in Kherson."
    first = min(_attacks(text), key=lambda a: a.date.start if a.date and a.date.start else dt.date.max)
    assert day_span(first) == NIGHT_TO_14


@pytest.mark.parametrize("item, span", [
    ("- 14 May: Russian missiles struck the centre of Kharkiv, killing two.", (dt.date(2026, 5, 14),) * 2),
    ("- 14 May: Russian shelling killed a woman in Kherson in the afternoon.", (dt.date(2026, 5, 14),) * 2),
    ("- 14 May: A drone hit a garage in Sumy on the evening of 14 May.", (dt.date(2026, 5, 14),) * 2),
])
def test_an_item_naming_no_night_of_its_day_keeps_its_reading(item: str, span: tuple) -> None:
    text = f"Key dates:\n\n{item}\n"
    assert day_span(_attacks.one(text)) == span
