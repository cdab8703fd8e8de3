"""A wave told as all downed (or all but a few) without the number beside the downing verb:
intercepted is the launched whole ("fired four missiles, and all of them were shot down": 4;
"neither was intercepted": 0; "fired six. Air defences destroyed all but one": 5, with no
re-ask). A number other than the whole, or a wave not said to be downed, is refused. Fresh
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft, reask_problems, stated_values


def _intercepted(text: str, launched: int, intercepted: int) -> tuple[int | None, list[str]]:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "missile_strike", "places": ["Rivne"], "weapons": [
        {"type": "cruise_missile", "launched": launched, "intercepted": intercepted}], "evidence": [text]}]})
    w = draft_to_records(draft, text, published=dt.date(2027, 4, 4)).attacks[0].weapons[0]
    return (w.intercepted.value if w.intercepted else None), reask_problems(draft, stated_values(text))


@pytest.mark.parametrize("text,launched,intercepted", [
    ("Russia sent five cruise missiles towards Rivne before dawn, and all of them were shot down, officials said.", 5, 5),
    ("Russia sent five cruise missiles towards Rivne before dawn; all were destroyed by air defences, officials said.", 5, 5),
    ("Russia sent five cruise missiles towards Rivne before dawn, and every one of them was downed, officials said.", 5, 5),
    ("Russia sent two cruise missiles towards Rivne before dawn; neither was intercepted, officials said.", 2, 0),
    ("Russia sent seven cruise missiles towards Rivne before dawn. Air defences destroyed all but two, officials said.", 7, 5),
])
def test_a_wave_downed_without_its_number_is_its_whole(text, launched, intercepted):
    assert _intercepted(text, launched, intercepted) == (intercepted, [])


@pytest.mark.parametrize("text,launched,intercepted", [
    ("Russia sent five cruise missiles towards Rivne before dawn, and all of them were shot down, officials said.", 5, 4),
    ("Russia sent five cruise missiles towards Rivne before dawn, and all of them hit the rail depot, officials said.", 5, 5),
    ("Russia sent two cruise missiles towards Rivne before dawn; neither was intercepted, officials said.", 2, 2),
    ("Russia sent seven cruise missiles towards Rivne before dawn. Air defences destroyed all but two, officials said.", 7, 7),
])
def test_another_number_or_a_wave_not_downed_is_refused(text, launched, intercepted):
    assert _intercepted(text, launched, intercepted)[0] is None
