"""Round 37 (6 December 2026, morning). The LLM path: a place named only by the article's title, a night
written "Night of D to D Month" or "overnight from D to D Month", a headline's nil that ends with its line. The
rules: a counted bare "bombs" after glide bombs told before, a numbered support or assistance package, a city
log's title city and its night heads, a story's dateline day, a site told again in a history sentence, a national
figure for the night, a habit told by a dated example, a staff "exchange programme", a swap named by its day or
told in a relative clause, consultations of two sides' representatives, an offer to host an event that has its
own day, a payment of a sum to Ukraine, a speaker who expects another's act, an organisation that notes an
exchange, a briefing's labelled question, "the Council" of an EU release, "goes to X on Friday", and (round
37b) a swap's mediator told in its relative clause. Fresh
sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value
from summariser import grounding
from summariser.articles import make_article
from summariser.articles.day_stamps import day_stamp
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.base import BackendResult
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend
from summariser.grounding.complete import resolve_when
from summariser.grounding.told_zeros import told_zero
from summariser.records import DiplomacyKind, DiplomacyStatus, Span

_PUBLISHED = "2026-11-10"  # a Tuesday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _weapons(text: str) -> dict[str, tuple[int | None, int | None]]:
    (attack,) = _attacks(text)
    return {(w.model or w.type.value): (count_value(w.launched), count_value(w.intercepted)) for w in attack.weapons}


def _diplomacy(text: str, published: str = _PUBLISHED):
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).diplomacy


def _grounded(text: str, title: str | None = None):
    article = make_article(text, published=_PUBLISHED, **({"title": title} if title else {}))
    return grounding.enforce(RulesBackend(None).extract(article), article)


_LOG = ("Entries are the duty officer's.\n\nNight of 7 to 8 November\n\n23:10 - Air-raid alert.\n\n"
        "01:25 - Missiles hit a warehouse in the Industrialnyi district. Two workers were injured.\n\n"
        "Night of 8 to 9 November\n\n00:40 - Drones were shot down over the Shevchenkivskyi district; "
        "debris hit a garage. Nobody was hurt.\n\n15:00 - All clear for the day.")


# --------------------------------------------------------------------------- rules: bare bombs counted
@pytest.mark.parametrize("second", [
    "The mayor said three bombs had been dropped on the Saltivskyi district.",
    "According to the mayor, Russian jets dropped two bombs on the district.",
])
def test_counted_bare_bombs_after_glide_bombs_are_the_glide_bombs_launched(second):
    text = f"Russian glide bombs struck Zaporizhzhia on Monday afternoon, wounding nine people. {second}"
    launched = 3 if "three" in second else 2
    assert _weapons(text) == {"glide_bomb": (launched, None)}


@pytest.mark.parametrize("second", [
    "The mayor said two bombs fell near the market.",  # no verb of launching: no figure
    "Residents sheltered in a bomb shelter for two hours.",
])
def test_bare_bombs_with_no_launching_verb_give_no_figure(second):
    text = f"Russian glide bombs struck Zaporizhzhia on Monday afternoon, wounding nine people. {second}"
    assert _weapons(text) == {"glide_bomb": (None, None)}


# --------------------------------------------------------------------------- rules: a numbered support package
@pytest.mark.parametrize("sentence", [
    "On Monday Denmark approved its 31st support package, worth DKK 900 million.",
    "Lithuania handed over its twelfth assistance package on Monday, the defence ministry said.",
    "On Monday Oslo approved the twenty-second support package for Kyiv.",
])
def test_a_numbered_support_package_is_military_aid(sentence):
    got = _diplomacy(f"Ukraine said Russian drones hit Kharkiv overnight. {sentence}")
    assert [d.kind for d in got] == [DiplomacyKind.military_aid]
    assert "Ukraine" in got[0].participants


def test_a_support_package_for_households_is_no_aid():
    got = _diplomacy("The cabinet approved a support package for farmers hit by the drought on Monday.")
    assert not got


# --------------------------------------------------------------------------- LLM path: the title, night words, a headline nil
@pytest.mark.parametrize("words,start,end", [
    ("Night of 7 to 8 November", "2026-11-07", "2026-11-08"),
    ("overnight from 7 to 8 November", "2026-11-07", "2026-11-08"),
    ("the night from 7 to 8 November", "2026-11-07", "2026-11-08"),
    ("On the night of 7 to 8 November", "2026-11-07", "2026-11-08"),
])
def test_a_night_told_by_two_days_is_that_night(words, start, end):
    got = resolve_when(words, dt.date(2026, 11, 10))
    assert (got.start.isoformat(), got.end.isoformat()) == (start, end)


def test_a_place_named_only_by_the_title_is_kept_on_the_llm_path():
    text = "Times are Kyiv time.\n\n03:10 - Explosions. A drone hit a bakery in the Zavodskyi district. One man was injured."
    draft = ArticleDraft.model_validate({"attacks": [{
        "kind": "air_drone_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kharkiv"],
        "injured": 1, "weapons": [{"type": "drone"}], "evidence": ["A drone hit a bakery in the Zavodskyi district."]}]})
    day = dt.date(2026, 11, 10)
    titled = draft_to_records(draft, text, published=day, title="Alert log: Kharkiv, 9-10 November")
    untitled = draft_to_records(draft, text, published=day)
    assert [a.locations[0].name for a in titled.attacks if a.locations] == ["Kharkiv"]
    assert not any(a.locations for a in untitled.attacks)
    article = make_article(text, published=_PUBLISHED, title="Alert log: Kharkiv, 9-10 November")
    kept = grounding.enforce(BackendResult(attacks=titled.attacks), article)
    assert [a.locations[0].name for a in kept.attacks] == ["Kharkiv"]


def test_a_headline_nil_does_not_reach_the_next_paragraphs_death_words():
    text = ("0610 GMT -- Fuel depot in Syzran burns after drone raid; nobody injured, mayor says\n\n"
            "MOSCOW, Nov 10 - Missiles hit Odesa overnight, killing three people, officials said.")
    head = text.index("Fuel")
    spans = [Span(text=text[head:text.index("\n")], start=head, end=text.index("\n"))]
    assert told_zero("killed", text, spans) is None
    assert count_value(told_zero("injured", text, spans)) == 0


# --------------------------------------------------------------------------- rules: a city's log
def test_a_city_log_names_its_city_in_the_title_and_its_nights_in_heads():
    got = _grounded(_LOG, title="Air-raid alert log: Zaporizhzhia, 7-9 November").attacks
    assert [(a.locations[0].name, a.date.start.isoformat(), a.date.end.isoformat()) for a in got] == [
        ("Zaporizhzhia", "2026-11-07", "2026-11-08"), ("Zaporizhzhia", "2026-11-08", "2026-11-09")]


def test_a_log_whose_title_names_two_cities_takes_neither():
    got = _grounded(_LOG, title="Alert logs of Zaporizhzhia and Dnipro").attacks
    assert not any(a.locations and a.locations[0].name in ("Zaporizhzhia", "Dnipro") for a in got)


@pytest.mark.parametrize("line", ["Night of 7 to 8 November", "The night from 7 to 8 November", "Night of 7/8 November"])
def test_a_capitalised_night_heading_is_a_day_stamp(line):
    assert day_stamp(line) is not None


# --------------------------------------------------------------------------- rules: exchanges
@pytest.mark.parametrize("sentence", [
    "Tuesday's swap, 120 for 120, came after weeks of haggling.",
    "The exchange on 3 November, which brought 120 of our soldiers home, was the third this autumn.",
])
def test_a_swap_named_by_its_day_or_a_relative_clause_is_an_exchange(sentence):
    got = _diplomacy(f"Ukraine said Russian drones hit Sumy overnight. {sentence}")
    assert [d.kind for d in got] == [DiplomacyKind.prisoner_exchange]


@pytest.mark.parametrize("sentence", [
    "Two surgeons joined the ward under an exchange programme run with a clinic in Lyon.",
    "Sunday's exchange of fire near the border lasted an hour.",
])
def test_staff_exchanges_and_fire_are_no_prisoner_exchange(sentence):
    assert not _diplomacy(f"Ukraine said Russian drones hit Sumy overnight. {sentence}")


# --------------------------------------------------------------------------- rules: talks
def test_consultations_of_two_sides_representatives_are_talks():
    got = _diplomacy("He briefed his guest on the consultations of Russian and American representatives "
                     "held in Riyadh on 3 November.")
    assert [(d.kind, d.status) for d in got] == [(DiplomacyKind.talks, DiplomacyStatus.held)]


def test_consultations_of_patients_are_no_talks():
    assert not _diplomacy("The hospital in Kyiv resumed consultations of local patients on Monday.")


@pytest.mark.parametrize("sentence", [
    "Oman said it is ready to receive in Muscat the next round of talks between the two delegations, set for 20 November.",
    "Qatar stands ready to host the next round of negotiations between Russia and Ukraine, scheduled for 19 November.",
])
def test_an_offer_to_host_an_event_with_its_own_day_is_a_planned_event(sentence):
    got = _diplomacy(sentence)
    assert [(d.kind, d.status) for d in got] == [(DiplomacyKind.talks, DiplomacyStatus.planned)]


@pytest.mark.parametrize("sentence", [
    "Qatar stands ready to host the next round of negotiations between Russia and Ukraine.",
    "Qatar stands ready to host the next round of negotiations between Russia and Ukraine, set for 10 years of work.",
])
def test_readiness_to_host_with_no_day_is_no_event(sentence):
    assert not _diplomacy(sentence)


# --------------------------------------------------------------------------- rules: a payment to Ukraine
@pytest.mark.parametrize("sentence", [
    "On Monday the EU approved the payment of EUR 1.8 billion to Ukraine from its facility.",
    "On Monday the EU transferred EUR 900 million to Kyiv, officials said.",
])
def test_a_payment_of_a_sum_to_ukraine_is_aid(sentence):
    got = _diplomacy(f"Russian drones hit Odesa overnight. {sentence}")
    assert [d.kind for d in got] == [DiplomacyKind.military_aid]


def test_a_payment_to_shareholders_is_no_aid():
    assert not _diplomacy("The board approved the payment of EUR 2 million to shareholders on Monday.")


# --------------------------------------------------------------------------- rules: a dateline, a site's history
def test_a_stories_dateline_day_does_not_date_its_undated_tolls():
    text = ("LVIV, 10 November - Two glide bombs hit a depot in Kramatorsk on Sunday afternoon, injuring five people, "
            "the governor said.\n\nLater on Sunday, Russian artillery shelled Kostiantynivka. A man of 64 was "
            "wounded in his yard.")
    records = {a.locations[0].name: a for a in _grounded(text).attacks if a.locations}
    assert count_value(records["Kostiantynivka"].injured) == 1
    assert records["Kostiantynivka"].date.start.isoformat() == "2026-11-08"


@pytest.mark.parametrize("history", [
    "The hospital has been a target before. On 2 November, a drone wounded two nurses at its gate.",
    "That hospital has been hit before. A drone wounded two nurses at its gate on 2 November.",
])
def test_a_site_told_again_in_a_history_sentence_keeps_its_city(history):
    text = f"A Russian missile hit a hospital in Sumy on Sunday morning, injuring four people. {history}"
    got = _grounded(text).attacks
    assert sorted((a.locations[0].name if a.locations else None, a.date.start.isoformat()) for a in got) == [
        ("Sumy", "2026-11-02"), ("Sumy", "2026-11-08")]


# --------------------------------------------------------------------------- rules: a figure for the night, nationally
def test_a_national_figure_for_the_night_is_the_countrys_launch():
    text = ("Overnight into Monday Russian drones and missiles hit Odesa, killing two. Nationally, the Air Force's "
            "figure was 310 drones and 22 missiles, Ukraine said.")
    records = {a.locations[0].name: a for a in _attacks(text)}
    assert {w.type.value: count_value(w.launched) for w in records["Ukraine"].weapons} == {"drone": 310, "missile": 22}
    assert all(w.launched is None for w in records["Odesa"].weapons)


# --------------------------------------------------------------------------- rules: who speaks is no side
def test_a_speaker_expecting_anothers_sanctions_is_no_side_of_them():
    article = make_article("SPOKESPERSON: Ukraine's cities were hit again overnight.\n\nWe expect the Council of the EU "
                           "to adopt the next package against Russia on Friday.", published=_PUBLISHED,
                           source="Foreign Ministry of Ukraine, weekly briefing")
    got = grounding.enforce(RulesBackend(None).extract(article), article).diplomacy
    assert [(d.kind, sorted(d.participants)) for d in got] == [(DiplomacyKind.sanctions, ["European Union", "Russia"])]


def test_an_organisation_noting_an_exchange_is_no_side_of_it():
    got = _diplomacy("The UN Human Rights Monitoring Mission also noted that on 3 November Ukraine and Russia each "
                     "freed 90 prisoners of war.")
    assert [sorted(d.participants) for d in got] == [["Russia", "Ukraine"]]


def test_a_briefings_labelled_question_tells_no_event():
    text = ("QUESTION (a Polish agency): Is the Minister's visit to Warsaw confirmed?\n\n"
            "SPOKESPERSON: It is. The Minister will fly to Warsaw on Friday to meet his Polish counterpart.")
    article = make_article(text, published=_PUBLISHED, source="Foreign Ministry of Ukraine, weekly briefing")
    got = grounding.enforce(RulesBackend(None).extract(article), article).diplomacy
    assert len(got) == 1 and got[0].status is DiplomacyStatus.planned


def test_the_council_of_an_eu_release_is_the_european_union():
    article = make_article("The Council today adopted its 23rd package of restrictive measures against Russia. "
                           "The EU will keep up the pressure.", published=_PUBLISHED,
                           source="Council of the European Union, newsroom")
    got = grounding.enforce(RulesBackend(None).extract(article), article).diplomacy
    assert [sorted(d.participants) for d in got] == [["European Union", "Russia"]]


# --------------------------------------------------------------------------- rules: a habit told by its example
@pytest.mark.parametrize("text", [
    "Russia continues to target ports, such as in the drone attack on Izmail on 4 November.",
    "Moscow continues to target the Danube ports, most recently in a drone attack on Izmail on 4 November.",
])
def test_a_habit_told_by_a_dated_example_gives_that_strike(text):
    assert [(a.locations[0].name, a.date.start.isoformat()) for a in _attacks(text)] == [("Izmail", "2026-11-04")]


def test_a_habit_told_by_kinds_of_site_gives_no_strike():
    assert not _attacks("Russia keeps striking civilian targets in Ukraine, such as hospitals and schools.")


@pytest.mark.parametrize("sentence,status,day", [
    ("The prime minister goes to Rome on Friday to see his Italian counterpart for talks, his office said.",
     DiplomacyStatus.planned, "2026-11-13"),
    ("The prime minister went to Rome on Friday to see his Italian counterpart for talks, his office said.",
     DiplomacyStatus.held, "2026-11-06"),
])
def test_goes_to_a_city_on_a_weekday_is_the_trip_ahead(sentence, status, day):
    got = _diplomacy(f"Ukraine's air force said drones hit Kyiv overnight. {sentence}")
    assert [(d.status, d.date.start.isoformat()) for d in got] == [(status, day)]


@pytest.mark.parametrize("sentence", [
    "After the swap on 3 November, which brought 90 of our soldiers home thanks to Omani mediation, the lists were closed.",
    "The swap on 3 November, which returned 90 of our soldiers home thanks to the mediation of Qatar, was the fifth.",
])
def test_a_swaps_mediator_told_in_its_relative_clause_is_a_side(sentence):
    got = _diplomacy(f"Ukraine said Russian drones hit Sumy overnight. {sentence}")
    assert len(got) == 1 and got[0].kind is DiplomacyKind.prisoner_exchange
    assert len(set(got[0].participants) - {"Russia", "Ukraine"}) == 1


def test_a_state_in_an_aside_that_tells_no_mediation_is_no_side():
    got = _diplomacy("Ukraine said Russian drones hit Sumy overnight. After the swap on 3 November, which brought 90 "
                     "of our soldiers home despite British doubts, the lists were closed.")
    assert [sorted(d.participants) for d in got] == [["Russia", "Ukraine"]]
