"""Round 19 aid classes, on fresh sentences of our own (published 2 March 2026):

- a sum approved or announced with its recipient left to a fund's name, a purpose or the article
  (dev36 D1: "approved a further SEK 900m for the Ukraine Energy Support Fund", "a new Dutch package
  worth €400m, most of it to buy shells", "a €1bn tranche of grants and soft loans");
- a sum told "in" or "worth of" its goods for a recipient (dev35 D3: "approved another C$500m in arms
  for Kyiv"), which is no strike either (dev35 A2);
- a running total of aid (dev36 D7 "has so far pledged", dev35 D8 "on top of … already committed"):
  one reader, lexicon `running_aid_total`;
- aid named as the object of an accusation (dev35 D6: "blamed the allies' weapons shipments for …")."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser import lexicon as lx
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


def _aid(text: str) -> list[tuple[str, list[str]]]:
    return [(r.kind.value, sorted(r.participants)) for r in diplomacy_of(text) if r.kind is K.military_aid]


# --- D1: the recipient is a fund's name, a purpose, or the article's frame -------------------------

@pytest.mark.parametrize("text, donor", [
    ("Stockholm has signed off on another 900 million kronor for the Ukraine Energy Support Fund.", "Sweden"),
    ("The minister told reporters on Monday that Sweden had approved a further SEK 900 million for the "
     "Ukraine Energy Support Fund.", "Sweden"),
    ("Ottawa approved a further C$300 million for the NATO trust fund for Kyiv's army.", "Canada"),
    ("Dublin has authorised another €25 million for the Ukraine Facility, officials said.", "Ireland"),
])
def test_a_sum_approved_for_a_fund_for_ukraine_is_aid(text: str, donor: str) -> None:
    rec = one_record(text)
    assert rec.kind is K.military_aid and rec.status is S.held
    assert donor in rec.participants and "Ukraine" in rec.participants


@pytest.mark.parametrize("text, donor", [
    ("The Dutch premier unveiled a new Dutch package worth €400 million, most of it to buy shells and radar.",
     "Netherlands"),
    ("She also announced a new Finnish package worth 300 million euros, mostly for interceptors and drones "
     "made by local firms.", "Finland"),
    ("Norway's defence minister announced a package of NOK 2 billion to buy artillery ammunition.", "Norway"),
])
def test_a_package_worth_a_sum_with_a_weapons_purpose_is_aid(text: str, donor: str) -> None:
    assert ("military_aid", [donor]) in [(k, [p for p in ps if p == donor]) for k, ps in _aid(text)]


@pytest.mark.parametrize("text", [
    "Brussels announced a €1.1 billion tranche of grants and soft loans, to be paid out through development banks.",
    "The European Commission unveiled a €900 million package of loan guarantees and grants for Ukraine's rebuilding.",
    "Tokyo pledged a new $2 billion package of concessional loans, the finance ministry said.",
])
def test_a_package_of_loans_or_grants_is_aid(text: str) -> None:
    assert _aid(text)


@pytest.mark.parametrize("text", [
    "Berlin approved a further €2 billion for its own air-defence procurement fund.",
    "Washington approved a $50 billion package of loans for domestic chipmakers.",
    "The government announced a package worth €2 billion to buy tanks for its own army.",
    "Parliament approved €40 million for road repairs in the capital.",
])
def test_domestic_sums_are_no_aid(text: str) -> None:
    assert not _aid(text)


# --- dev35 D3 / A2: a sum in goods for a recipient -------------------------------------------------

@pytest.mark.parametrize("text, donor, recipient", [
    ("Ottawa approved another C$500 million in arms for Kyiv, including drones and shells.", "Canada", "Ukraine"),
    ("Washington announced $1.2bn in new weapons for Ukraine, among them radar systems and mortars.",
     "United States", "Ukraine"),
    ("Speaking in Berlin on Monday, the German chancellor said Germany had approved another €600 million in "
     "munitions for Ukraine, among them howitzer shells and Skyranger drones.", "Germany", "Ukraine"),
    ("Oslo signed off on NOK 3 billion worth of air defence for Kyiv, including launchers and missiles.",
     "Norway", "Ukraine"),
])
def test_a_sum_in_weapons_for_a_state_is_aid_and_no_strike(text: str, donor: str, recipient: str) -> None:
    aid = _aid(text)
    assert aid and donor in aid[0][1] and recipient in aid[0][1]
    assert RulesBackend(None).extract(make_article(text, published="2026-03-02")).attacks == []


@pytest.mark.parametrize("text", [
    "Prosecutors say the ring sold $3 million in weapons to militants.",
    "Russia has spent billions in arms on the offensive.",
])
def test_money_in_weapons_with_no_state_decision_is_no_aid(text: str) -> None:
    assert not _aid(text)


def test_a_real_strike_with_the_same_weapons_stays_a_strike() -> None:
    text = "Switchblade drones hit a Russian column near Kharkiv on Tuesday, the army said."
    assert RulesBackend(None).extract(make_article(text, published="2026-03-04")).attacks


# --- dev36 D7, dev35 D8: a running total is no decision ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Ottawa has so far pledged some $4 billion in military aid to Kyiv, mostly loans.",
    "All told, Lisbon has committed €300 million in military aid to Ukraine.",
    "Canada has to date provided more than C$1bn in military assistance to Ukraine.",
    "Spain has provided Ukraine with €1 billion in military aid in total, the minister said.",
    "This comes on top of €700m of military aid already pledged by the Dutch this year.",
    "The new tranche comes in addition to $2bn in military aid already committed by Washington this year.",
    "Britain has already committed £2.3bn in military assistance to Ukraine this year.",
    "Belgium's military support for Kyiv now totals €2 billion, the ministry said.",
    "The grant brings Sweden's total military aid to Ukraine to SEK 80 billion.",
])
def test_a_running_total_of_aid_is_no_record(text: str) -> None:
    assert not _aid(text)


@pytest.mark.parametrize("text", [
    "Lisbon pledged a further €100 million in military aid to Ukraine on Monday, bringing its total so far "
    "to €300 million.",
    "On top of the tanks, Berlin on Friday approved a new €500m air-defence package for Ukraine.",
    "Denmark on Tuesday pledged its largest military aid package so far to Ukraine, worth €1 billion.",
    "Warsaw sent 40 more tanks to Ukraine, bringing its military aid to Kyiv to some $4 billion.",
])
def test_a_new_decision_told_beside_a_total_stays(text: str) -> None:
    assert _aid(text)


def test_the_running_total_reader_marks_the_total_clause_only() -> None:
    text = "Rome pledged €50m in military aid on Friday, taking its total to €900m."
    assert not lx.running_aid_total(text, 0, len(text), text.index("pledged"), text.index(" on Friday"))
    text = "The sum comes on top of €70m in military aid already given."
    assert lx.running_aid_total(text, 0, len(text), text.index("military"), text.index(" already"))


# --- dev35 D6: aid named in an accusation -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ambassador blamed Western weapons shipments for prolonging the war.",
    "Russia's envoy blamed Western arms deliveries for dragging out the fighting.",
    "The spokeswoman accused NATO countries of supplying Kyiv with the drones used against civilians.",
    "The Kremlin condemned arms deliveries to Ukraine as reckless.",
])
def test_aid_named_in_an_accusation_is_no_record(text: str) -> None:
    assert not _aid(text)


def test_a_decision_in_its_own_clause_after_an_accusation_stays() -> None:
    text = "Berlin accused Moscow of stalling, and on Friday approved a new arms package for Kyiv."
    assert _aid(text)
