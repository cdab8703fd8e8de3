"""Round 42 (6 December 2026, night). A formation that drops or fires air weapons tells a strike on the
small town it names; a strike told first with no place takes the place of the sentence that refers back
to it ("in that attack"); a nil of one of the site's people and of whose they are ("no employee of the
firm was injured"), read alike by the rules and by the LLM path's grounding; a swap of captured
soldiers, and a swap settled on or still to be carried out; a meeting of two heads named with their
offices, or named as two states' heads by the actor dictionary, is a summit; "pitched" proposes; the
talks in a person's title are no event unless told with their own day; a quotation's speaker on the dash
line after it is a side of the call told in the first person; a corrections column's "our report that
..." is the paper's claim, no event. Fresh sentences, written for these tests, with near misses beside
them."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value, day_span, diplomacy_of, place_names
from summariser.grounding.counts import count_support
from summariser.records import DiplomacyKind, DiplomacyStatus

_PUBLISHED = "2026-04-14"  # a Tuesday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _grounds(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


def _diplomacy(text: str) -> list[tuple[DiplomacyKind, DiplomacyStatus | None]]:
    return [(d.kind, d.status) for d in diplomacy_of(text, _PUBLISHED)]


# --------------------------------------------------------------------------- a formation's air strike
@pytest.mark.parametrize("text", [
    "Russian forces dropped three guided bombs on a sports school near Vilniansk overnight, the governor said. "
    "Two people were hurt.",
    "Russian troops launched two missiles at a grain depot near Vilniansk on Sunday morning, the regional head "
    "wrote. No one was hurt.",
    "Russian forces fired two missiles at a grain depot near Vilniansk on Sunday morning, officials said.",
])
def test_a_formation_dropping_air_weapons_strikes_the_small_town(text: str) -> None:
    assert place_names(_attacks(text)) == {"Vilnyansk"}


def test_a_formation_firing_at_positions_is_still_a_front_report() -> None:
    text = "Russian troops launched drones at Ukrainian positions near Vilniansk overnight, the general staff said."
    assert "Vilnyansk" not in place_names(_attacks(text))


# --------------------------------------------------------------------------- a strike placed by its reference
@pytest.mark.parametrize(("text", "field", "value"), [
    ("Shortly after midnight on Friday a Russian missile slammed into the dormitory across the road from our "
     "school. Our pupils are safe. Classes will resume next week. Officials now say 12 people were killed in "
     "Odesa in that attack.", "killed", 12),
    ("Late on Tuesday a Russian drone crashed into the bakery at the end of our lane. Thank you to all who "
     "helped. Four people were injured in Sumy by the same strike, the city council said.", "injured", 4),
])
def test_a_strike_told_without_a_place_takes_the_place_that_refers_back(text: str, field: str, value: int) -> None:
    attack = _attacks.one(text)
    assert attack.date is not None and attack.date.start is not None and attack.date.start.isoformat() in (
        "2026-04-10", "2026-04-14")  # the Friday or the Tuesday the strike's own sentence told
    assert attack.weapons and count_value(getattr(attack, field)) == value


def test_a_placed_toll_with_a_day_of_its_own_is_not_the_earlier_strike() -> None:
    text = ("Late on Tuesday a Russian drone crashed into the bakery at the end of our lane. Thank you to all "
            "who helped. Four people were injured in Sumy on Monday, the city council said.")
    attack = _attacks.one(text)
    assert [str(d) for d in day_span(attack)] == ["2026-04-13", "2026-04-13"]
    assert not attack.weapons


# --------------------------------------------------------------------------- one of the site's people, unhurt
@pytest.mark.parametrize("nil", [
    "No employee of the company was injured; the shift had taken cover.",
    "No staff member was injured.",
    "No worker at the plant was hurt.",
    "No passenger was injured, the railway said.",
])
def test_the_llm_path_grounds_a_nil_of_one_of_the_sites_people(nil: str) -> None:
    assert _grounds("A drone hit the depot overnight. " + nil, "injured", 0)


@pytest.mark.parametrize("text", [
    "A drone hit the depot overnight. No worker at the plant was paid in March.",
    "A drone hit the depot overnight. No workers were killed, but two guards were injured.",
])
def test_a_sites_people_without_a_nil_of_their_injuries_ground_no_zero(text: str) -> None:
    assert not _grounds(text, "injured", 0)


def test_the_rules_read_a_nil_of_one_employee_and_whose_they_are() -> None:
    text = ("Overnight a Russian drone hit a warehouse in Izium, the governor said. No employee of the firm was "
            "injured; the guards had taken cover.")
    assert count_value(_attacks.one(text).injured) == 0


# --------------------------------------------------------------------------- swaps of captured soldiers
@pytest.mark.parametrize(("text", "status"), [
    ("Kyiv and Moscow agreed to exchange captured soldiers in September.", DiplomacyStatus.planned),
    ("Ukraine and Russia exchanged detained civilians on Friday.", DiplomacyStatus.held),
    ("Kyiv and Moscow settled on one more exchange of captured troops, 300 apiece, to be carried out in "
     "October.", DiplomacyStatus.planned),
    ("Ukraine and Russia agreed on a prisoner swap in September.", DiplomacyStatus.planned),
])
def test_a_swap_of_captured_people_is_a_prisoner_exchange(text: str, status: DiplomacyStatus) -> None:
    assert _diplomacy(text) == [(DiplomacyKind.prisoner_exchange, status)]


def test_a_swap_agreed_and_to_be_carried_out_ahead_is_planned() -> None:
    text = "Kyiv and Moscow agreed an exchange of captured troops, 300 apiece, to be carried out in October."
    assert _diplomacy(text) == [(DiplomacyKind.prisoner_exchange, DiplomacyStatus.planned)]


def test_the_nth_swap_to_be_completed_stays_held() -> None:
    text = "Ukraine and Russia exchanged 84 prisoners on Monday, the second swap to be completed this month."
    assert _diplomacy(text) == [(DiplomacyKind.prisoner_exchange, DiplomacyStatus.held)]


@pytest.mark.parametrize("text", [
    "Our envoy listed the priority matters, such as a big exchange of captured fighters and the release of "
    "detained journalists.",
    "The ministers discussed several questions, including a summit in Rome.",
])
def test_an_item_of_a_list_of_issues_is_no_event(text: str) -> None:
    assert _diplomacy(text) == []


def test_a_swap_told_with_what_it_included_is_an_event() -> None:
    text = "Ukraine and Russia swapped 200 prisoners on Monday, including the return of 20 civilians."
    assert _diplomacy(text) == [(DiplomacyKind.prisoner_exchange, DiplomacyStatus.held)]


def test_captured_soldiers_paraded_are_no_exchange() -> None:
    assert _diplomacy("Russian television showed captured soldiers being paraded through Donetsk on Monday.") == []


# --------------------------------------------------------------------------- two heads named with their offices
@pytest.mark.parametrize("text", [
    "Kyiv proposed a face-to-face meeting between President Zelensky and President Putin by October.",
    "Ukraine proposed a meeting between President Volodymyr Zelensky and Russian President Vladimir Putin.",
    "Ankara offered to host a meeting between Prime Minister Svyrydenko and President Erdogan.",
])
def test_a_meeting_of_two_heads_named_with_their_offices_is_a_summit(text: str) -> None:
    assert [k for k, _ in _diplomacy(text)] == [DiplomacyKind.summit]


@pytest.mark.parametrize("text", [
    "Ukraine proposed a meeting between Zelensky and Putin.",
    "Erdogan offered to host a meeting of Zelensky and Putin in Istanbul.",
])
def test_a_meeting_of_two_states_heads_named_by_name_is_a_summit(text: str) -> None:
    assert [k for k, _ in _diplomacy(text)] == [DiplomacyKind.summit]


def test_a_meeting_of_a_head_and_a_minister_stays_a_meeting() -> None:
    assert [k for k, _ in _diplomacy("Ukraine proposed a meeting between Zelensky and Sybiha.")] == [DiplomacyKind.meeting]


def test_a_meeting_of_a_heads_envoy_stays_a_meeting() -> None:
    text = "The foreign ministry proposed a meeting between President Zelensky's envoy and the Russian side."
    assert [k for k, _ in _diplomacy(text)] == [DiplomacyKind.meeting]


# --------------------------------------------------------------------------- "pitched" and a title's talks
@pytest.mark.parametrize("text", [
    "Ukraine's envoy pitched a summit in Vienna to the mediators on Monday.",
    "The Finnish president pitched a ceasefire summit in Helsinki on Monday.",
])
def test_pitched_proposes(text: str) -> None:
    assert [s for _, s in _diplomacy(text)] == [DiplomacyStatus.proposed]


@pytest.mark.parametrize("text", [
    "Kyiv's chief negotiator, the head of its delegation to the Geneva talks, called for a truce first.",
    "Speaking for Kyiv, the leader of the team at the talks in Geneva urged a truce before anything else.",
    "A member of the Russian team at the Riyadh talks told reporters the mood was businesslike.",
])
def test_the_talks_in_a_persons_title_are_no_event(text: str) -> None:
    assert _diplomacy(text) == []


def test_the_talks_in_a_title_told_with_their_own_day_are_an_event() -> None:
    text = "Moscow named a new chief of its team at the talks held in Geneva on 3 May, officials said."
    assert [k for k, _ in _diplomacy(text)] == [DiplomacyKind.talks]


def test_a_meeting_denied_in_quotation_marks_is_no_event() -> None:
    text = 'The Kremlin said on Monday that a meeting between the two presidents was "not on the agenda" for now.'
    assert _diplomacy(text) == []


def test_talks_told_as_held_beside_a_delegation_are_an_event() -> None:
    text = "The Ukrainian delegation met the Russian delegation for talks in Geneva on Monday."
    assert [k for k, _ in _diplomacy(text)] == [DiplomacyKind.talks]


# --------------------------------------------------------------------------- a quotation's speaker on the line after it
_QUOTES = 'Quotes of the week.\n\n"On Monday I had a long phone call with my Polish counterpart about air defence."\n'


def test_the_speaker_on_the_dash_line_is_a_side_of_the_first_person_call() -> None:
    text = _QUOTES + "- A. Sybiha, the Ukrainian foreign minister, in a post.\n\n\"We hold.\"\n- A soldier."
    assert [sorted(d.participants) for d in diplomacy_of(text, _PUBLISHED)] == [["Poland", "Ukraine"]]


def test_a_quotation_with_no_dash_line_names_no_speaker() -> None:
    text = '"On Monday I had a long phone call with my Polish counterpart about air defence," the minister said.'
    assert [d.participants for d in diplomacy_of(text, _PUBLISHED)] == [["Poland"]]


# --------------------------------------------------------------------------- a corrections column's claim
def test_the_papers_corrected_claim_is_no_event() -> None:
    text = ("Our report on Monday that France would send Ukraine four more air defence systems needs clarifying. "
            "France's defence ministry said on Monday it would deliver two launchers this month.")
    assert [(d.kind, d.status) for d in diplomacy_of(text, _PUBLISHED)] == [
        (DiplomacyKind.military_aid, DiplomacyStatus.held)]


def test_a_correction_about_an_event_still_tells_it() -> None:
    text = "A caption on Friday misspelt the name of Kyiv's chief negotiator at the talks held in Geneva on 3 May."
    assert [k for k, _ in _diplomacy(text)] == [DiplomacyKind.talks]
