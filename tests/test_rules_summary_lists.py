"""A summary list at the top repeats the body's events (dev19 B3a): the items under "Key
takeaways", "Main points", "Key developments" or "In brief" open no record when a body follows;
the body's sentences tell each event. A list that is the whole story, or bullets under no such
head, keep their records. Texts written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

_BODY = ("Russian forces struck Zaporizhzhia with guided bombs on Sunday, killing two people, the regional governor "
         "said. Shelling also damaged houses in Kherson on Sunday.\n")


_attacks = AttackProbe()


def _keys(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(p.name for p in a.locations) for a in _attacks(text))


@pytest.mark.parametrize("head, bullets", [
    ("Key takeaways:", ["- Russian forces struck Zaporizhzhia and Kherson on Sunday.",
                        "- Ukrainian drones hit a refinery in Syzran."]),
    ("Main points", ["• Zaporizhzhia and Kherson came under Russian fire on Sunday.",
                     "• A drone attack set a depot in Syzran on fire."]),
    ("## Key developments", ["1. Russian guided bombs and artillery hit Zaporizhzhia and Kherson on Sunday.",
                             "2. Drones struck the Syzran refinery."]),
    ("**In brief**", ["* Strikes on Zaporizhzhia and Kherson killed two on Sunday.",
                      "* Ukraine hit a refinery in Syzran with drones."]),
])
def test_a_summary_lists_items_open_no_record(head: str, bullets: list[str]) -> None:
    text = head + "\n\n" + "\n".join(bullets) + "\n\n" + _BODY
    assert _keys(text) == [("Kherson",), ("Zaporizhzhia",)]


def test_a_summary_list_that_is_the_whole_story_keeps_its_items() -> None:
    text = "Key takeaways:\n\n- Russian drones struck Zaporizhzhia on Sunday, killing two.\n- Shelling hit Kherson.\n"
    assert len(_attacks(text)) == 2


def test_bullets_under_no_summary_head_keep_their_records() -> None:
    text = ("The governor reported the night's attacks:\n\n- A drone hit a house in Kherson.\n"
            "- Shelling damaged a school in Beryslav.\n\n" + _BODY)
    assert ("Beryslav",) in _keys(text)
