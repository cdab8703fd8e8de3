"""Round 16, LLM path (fixer r16llm): dev30 A1-A3, A5-A8 (grounding halves) and dev29 D1, D5 (replay
halves) and R1. Every sentence here is written fresh for the test, in several phrasings, with negatives."""

from __future__ import annotations

import pytest

from summariser.grounding.align import align
from summariser.grounding.counts import count_support
from summariser.grounding.events import describes_event
from summariser.grounding.given_aid import tells_promised_aid
from summariser.grounding.jamming_sums import jam_pairs
from summariser.grounding.told_zeros import told_zero
from summariser.records import Alignment, Span


def _reads(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --------------------------------------------------------------- dev30 A1: people told one by one, summed

@pytest.mark.parametrize("text", [
    "A girl of eight was cut by glass, and her grandmother, who was sleeping next door, was also hurt.",
    "A boy of 15 was wounded in the leg while walking home, and his father, who ran out to him, was lightly injured.",
    "One nurse was wounded in the car park. Another nurse, who had run outside to help, was also hurt.",
    "A cashier was injured inside the shop in Sumy, and her son was hurt. Both were treated in Sumy hospital.",
])
def test_two_people_told_one_by_one_are_two_injured(text: str) -> None:
    assert _reads(text, "injured", 2)


def test_two_people_killed_one_by_one() -> None:
    assert _reads("A guard was killed at the gate and a driver died in his cab, officials said.", "killed", 2)


@pytest.mark.parametrize("text,field,value", [
    ("Four people were hurt. A woman of 40 was wounded and a man of 50 was injured.", "injured", 2),  # a total given
    ("A tractor driver was killed at the wheel; his co-worker was injured.", "injured", 2),  # other roles
    ("A boy was wounded on Monday. The boy was taken to hospital with injuries.", "injured", 2),  # the same boy
    ("A guard was killed at the gate. His father was not hurt.", "injured", 2),
    ("A woman was injured in Kherson. In Nikopol, a man was hurt.", "injured", 2),  # another town's
])
def test_one_by_one_never_sums_what_it_must_not(text: str, field: str, value: int) -> None:
    assert not _reads(text, field, value)


def test_a_relative_clause_between_person_and_verb_keeps_the_verb() -> None:
    assert _reads("Three soldiers, who had been guarding the bridge, were killed.", "killed", 3)
    assert _reads("Two drones, which flew in low over the river, were shot down.", "weapons[0].intercepted", 2)


# --------------------------------------------------------------- dev30 A2: a jammed figure glossed as lost

@pytest.mark.parametrize("text,total", [
    ("52 drones were downed and 9 were jammed by electronic warfare (lost from radar).", 61),
    ("Gunners destroyed 30 UAVs, while 14 more were neutralised by EW means - location lost.", 44),
    ("Of 70 drones, 41 were shot down and 20 were suppressed by radio-electronic warfare (went off the screens).", 61),
])
def test_a_named_jamming_wins_over_a_gloss_of_loss(text: str, total: int) -> None:
    assert [p.total for p in jam_pairs(text, 0, len(text))] == [total]


@pytest.mark.parametrize("text", [
    "41 were shot down and 20 were lost from radar.",
    "41 drones were shot down and 17 crashed in fields.",
    "33 drones were destroyed and 4 did not reach their targets.",
    'Of the 80 drones, 30 were destroyed, while 50 were "lost," a word used for drones thought to be diverted by jamming.',
])
def test_a_loss_with_no_defender_is_no_part_of_the_sum(text: str) -> None:
    assert jam_pairs(text, 0, len(text)) == []


# --------------------------------------------------------------- dev30 A3: the particle after the object

@pytest.mark.parametrize("text,value", [
    ("Defence units knocked 27 drones out of the sky over three regions.", 27),
    ("Crews brought 11 of the missiles down before dawn.", 11),
    ("Air defences blew 8 drones out of the air.", 8),
    ("Gunners shot 14 Shaheds down near the river.", 14),
])
def test_a_split_downing_verb_is_intercepted(text: str, value: int) -> None:
    assert _reads(text, "weapons[0].intercepted", value)


@pytest.mark.parametrize("text,value", [
    ("The blast knocked out power to 5,000 homes.", 5000),
    ("Volunteers took 12 people to hospital.", 12),
    ("They brought 40 rescuers in from the next town.", 40),
    ("The unit took 3 tanks out near the village.", 3),
])
def test_a_split_verb_without_its_particle_or_weapon_intercepts_nothing(text: str, value: int) -> None:
    assert not _reads(text, "weapons[0].intercepted", value)


def test_a_split_downing_verb_is_no_launch() -> None:
    text = "Russia fired 30 drones and crews knocked 22 of them out of the sky."
    assert _reads(text, "weapons[0].intercepted", 22) and not _reads(text, "weapons[0].launched", 22)


# --------------------------------------------------------------- dev30 A5: a body in the possessive

@pytest.mark.parametrize("text", [
    "Rescuers recovered a woman's body from the rubble on Monday.",
    "Searchers found an elderly man's body under the collapsed porch.",
    "Police found a local farmer's remains in the ruins of his barn.",
])
def test_a_body_found_in_the_possessive_is_one_killed(text: str) -> None:
    assert _reads(text, "killed", 1)


def test_a_childs_body_is_a_child_killed() -> None:
    assert _reads("A teenager's body was pulled from the river on Tuesday.", "children_killed", 1)


@pytest.mark.parametrize("text", [
    "A mechanic at the building's body shop was hurt.",
    "A man's body armour stopped the shrapnel.",
    "A guard's body camera recorded the blast.",
])
def test_a_body_that_is_no_person_found_dead_kills_no_one(text: str) -> None:
    assert not _reads(text, "killed", 1)


# --------------------------------------------------------------- dev30 A6: a count left with wounds

@pytest.mark.parametrize("text,value", [
    ("The strike killed a guard and left three more people with shrapnel wounds.", 3),
    ("Two died; another six were left with burns and cuts.", 6),
    ("The barrage left four residents with wounds.", 4),
])
def test_a_count_left_with_wounds_is_injured_beside_a_kill(text: str, value: int) -> None:
    assert _reads(text, "injured", value)


def test_a_count_left_with_wounds_is_never_killed() -> None:
    text = "The strike killed a guard and left three more people with shrapnel wounds."
    assert not _reads(text, "killed", 3) and _reads(text, "killed", 1)


# --------------------------------------------------------------- dev30 A7: an elision from a list header

_LIST = ("Overnight the enemy struck the south with:\n\n- 3 Kalibr cruise missiles launched from the sea;\n"
         "- 40 attack UAVs of the Shahed type.\n\nAir defence worked in five regions, officials said.\n\n"
         "The mayor said the city was calm after the night.")


@pytest.mark.parametrize("quote", [
    "Overnight the enemy struck the south with: … 40 attack UAVs of the Shahed type.",
    "Overnight the enemy struck the south with: ... 3 Kalibr cruise missiles",
])
def test_an_elision_from_a_list_header_to_its_item_aligns(quote: str) -> None:
    span = align(quote, _LIST)
    assert span is not None and span.alignment is Alignment.elided


@pytest.mark.parametrize("quote", [
    "3 Kalibr cruise missiles launched ... Air defence worked in five regions",
    "Air defence worked in five regions ... the city was calm after the night",
])
def test_an_elision_across_prose_paragraphs_stays_refused(quote: str) -> None:
    assert align(quote, _LIST) is None


# --------------------------------------------------------------- dev30 A8: the struck site's own people

def _zeros(text: str) -> dict[str, int | None]:
    spans = [Span(text=text, start=0, end=len(text))]
    return {f: (z.value if (z := told_zero(f, text, spans)) else None) for f in ("killed", "injured")}


@pytest.mark.parametrize("text,expected", [
    ("A drone hit the substation overnight; there were no casualties among personnel, the operator said.",
     {"killed": 0, "injured": 0}),
    ("A missile hit the refinery; there were no casualties among the plant's employees.", {"killed": 0, "injured": 0}),
    ("A drone hit a passenger train near the station; no passengers were hurt.", {"killed": None, "injured": 0}),
    ("A drone hit a passenger train near the station; no one on board was hurt.", {"killed": None, "injured": 0}),
])
def test_a_nil_of_the_struck_sites_people_is_the_strikes_zero(text: str, expected: dict[str, int | None]) -> None:
    assert _zeros(text) == expected


@pytest.mark.parametrize("text", [
    "Shelling hit the town, with no casualties among the troops stationed there.",
    "Shelling hit the town; there were no children among the injured.",
    "Shelling hit the town, and there were no casualties among the rescuers.",
    "A missile hit the refinery; there were no casualties among staff and firefighters, but two residents were hurt.",
])
def test_a_nil_limited_to_part_of_those_hit_fills_nothing(text: str) -> None:
    assert _zeros(text) == {"killed": None, "injured": None}


# --------------------------------------------------------------- dev29 D1 / D5: promised aid, listings

@pytest.mark.parametrize("text", [
    "The headline result was a Spanish promise of two more Patriot systems.",
    "Norway's offer of 40 armoured vehicles was welcomed in Kyiv.",
    "The week closed with a Dutch commitment of six more F-16 jets.",
])
def test_a_states_nominal_promise_of_goods_is_aid(text: str) -> None:
    assert tells_promised_aid(text)


@pytest.mark.parametrize("text", [
    "He spoke of a promise of peace.",
    "The opposition's promise of tax cuts won votes.",
    "The coach gave a promise of better results next season.",
])
def test_a_promise_of_no_goods_or_by_no_state_is_no_aid(text: str) -> None:
    assert not tells_promised_aid(text)


@pytest.mark.parametrize("text,event", [
    ("Tokyo added 14 firms from Kazakhstan and Armenia to its export-control list on Friday.", True),
    ("Washington placed eight Hong Kong trading houses on the Entity List over sales of drone engines.", True),
    ("The UK put 30 suppliers of machine tools on its trade blacklist on Monday.", True),
    ("The company is on a list of the world's largest exporters.", False),
    ("The club is on the FIFA blacklist.", False),
    ("They put 20 towns on an evacuation list.", False),
])
def test_a_listing_on_an_export_control_instrument_is_an_event(text: str, event: bool) -> None:
    assert describes_event([Span(text=text, start=0, end=len(text))], text) is event


# --------------------------------------------------------------- dev29 R1: pieces beside an aligned quote

def test_an_unaligned_quote_beside_an_aligned_one_adds_its_pieces() -> None:
    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    text = ("Ninety-five Ukrainian soldiers returned home from captivity on Friday in a swap, the ombudsman said.\n\n"
            "Most of them had been held for over two years.\n\n"
            "In return, Moscow got back 95 of its own men, officials in Kyiv said.")
    draft = ArticleDraft.model_validate({"attacks": [], "diplomacy": [{
        "kind": "prisoner_exchange", "participants": ["Ukraine", "Russia"], "status": "held",
        "evidence": ["Ninety-five Ukrainian soldiers returned home from captivity [...] them had been held for over two years.",
                     "In return, Moscow got back 95 of its own men"]}]})
    out = draft_to_records(draft, text, offset=0)
    assert len(out.diplomacy) == 1
    assert any(sp.text.startswith("Ninety-five Ukrainian soldiers") for sp in out.diplomacy[0].evidence)


def test_a_quote_whose_pieces_align_nowhere_is_still_refused() -> None:
    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    text = "The weather in the capital was mild on Friday.\n\nIn return, Moscow got back 95 of its own men."
    draft = ArticleDraft.model_validate({"attacks": [], "diplomacy": [{
        "kind": "prisoner_exchange", "participants": ["Ukraine", "Russia"], "status": "held",
        "evidence": ["Soldiers came home from a long captivity [...] held in camps for years.",
                     "In return, Moscow got back 95 of its own men"]}]})
    assert draft_to_records(draft, text, offset=0).diplomacy == []
