"""Round 20 (dev37 D2, dev38 D2): a signing still ahead told beside a gathering is an agreement
record of its own; two signers that each sign their own document make one record each; "on the
same occasion" takes the gathering's place and day; an event whose arranging has only begun is
proposed and never folded into the gathering held; a gathering a person took part in, told in a
relative clause about the person, is not the venue of the event told. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.records import DiplomacyKind, DiplomacyStatus

from diplomacy_probes import diplomacy_of

FRIDAY = "2024-05-10"


def _agreements(text: str, published: str = FRIDAY) -> list[tuple[list[str], str | None, dt.date | None]]:
    return [(sorted(r.participants), r.location.name if r.location else None, r.date.start if r.date else None)
            for r in diplomacy_of(text, published) if r.kind is DiplomacyKind.agreement
            and r.status is DiplomacyStatus.planned]


@pytest.mark.parametrize("text, sides", [
    ("Nordic leaders gathering in Oslo next week are due to sign a joint defence pact with Ukraine's president.",
     ["Ukraine"]),
    ("EU leaders meeting in Brussels on Thursday are expected to ink a security accord with Ukraine.",
     ["European Union", "Ukraine"]),
    ("Defence ministers convening in Riga next week are set to put their names to a procurement deal with Kyiv.",
     ["Ukraine"]),
])
def test_a_signing_ahead_beside_a_gathering_is_an_agreement_of_its_own(text: str, sides: list[str]) -> None:
    recs = diplomacy_of(text, FRIDAY)
    kinds = {r.kind for r in recs}
    assert DiplomacyKind.agreement in kinds, [(r.kind, r.participants) for r in recs]
    assert any(set(sides) <= set(a[0]) for a in _agreements(text))


@pytest.mark.parametrize("text, signers", [
    ("Latvia and Finland are set to ink separate security pacts with Ukraine at the summit in Riga next week.",
     ["Finland", "Latvia"]),
    ("Poland and Sweden plan to sign their own ten-year accords with Kyiv at the Riga summit on Tuesday.",
     ["Poland", "Sweden"]),
    ("Denmark and Norway expect to conclude their respective security agreements with Ukraine next week.",
     ["Denmark", "Norway"]),
])
def test_each_signer_of_its_own_pact_is_a_record(text: str, signers: list[str]) -> None:
    got = _agreements(text)
    for signer in signers:
        assert any(a[0] == sorted([signer, "Ukraine"]) for a in got), got


def test_the_same_occasion_takes_the_gatherings_place_and_day() -> None:
    text = ("Leaders of the bloc will gather in Prague on Thursday, officials said. Poland and Sweden intend to "
            "conclude their own ten-year accords with Ukraine on the same occasion.")
    got = _agreements(text)
    assert (["Poland", "Ukraine"], "Prague", dt.date(2024, 5, 16)) in got, got
    assert (["Sweden", "Ukraine"], "Prague", dt.date(2024, 5, 16)) in got, got


@pytest.mark.parametrize("text", [
    "Hungary is not expected to sign the joint statement.",
    "Kyiv hopes allies will one day sign security guarantees.",
    "EU leaders meeting in Brussels on Thursday are not expected to sign the security pact with Ukraine.",
    "EU leaders meeting in Brussels on Thursday will never sign a pact with Moscow, the minister said.",
])
def test_a_refusal_or_a_hope_is_no_signing_ahead(text: str) -> None:
    assert _agreements(text) == []


def test_one_joint_pact_of_two_signers_stays_one_record() -> None:
    got = _agreements("Latvia and Finland are set to sign a joint security pact with Ukraine in Riga next week.")
    assert len(got) == 1 and got[0][0] == ["Finland", "Latvia", "Ukraine"], got


@pytest.mark.parametrize("text", [
    "Later the chancellor said she had started organising a summit of the Russian and Ukrainian presidents.",
    "Afterwards the president said he had started setting up a meeting of Putin and Zelensky.",
    "Erdogan is trying to broker talks between Moscow and Kyiv, his office said.",
])
def test_an_arranging_only_begun_is_proposed(text: str) -> None:
    recs = diplomacy_of(text, FRIDAY)
    assert recs and all(r.status is DiplomacyStatus.proposed for r in recs), [(r.kind, r.status) for r in recs]


def test_a_proposed_summit_is_not_folded_into_the_summit_held() -> None:
    text = ("Trump hosted Zelensky, Macron and Merz at the White House on Monday. Later that evening he told "
            "reporters that he had started organising a summit of Putin and Zelensky.")
    recs = diplomacy_of(text, "2025-08-21")
    held = [r for r in recs if r.status is DiplomacyStatus.held]
    proposed = [r for r in recs if r.status is DiplomacyStatus.proposed]
    assert held and "Russia" not in held[0].participants
    assert proposed and {"Russia", "Ukraine"} <= set(proposed[0].participants)


def test_the_held_gathering_told_again_still_folds() -> None:
    text = ("Trump hosted Zelensky, Macron and Merz at the White House on Monday. The summit ran for three hours.")
    recs = [r for r in diplomacy_of(text, "2025-08-21") if r.kind is DiplomacyKind.summit]
    assert len(recs) == 1


@pytest.mark.parametrize("text", [
    "NATO heads of government will convene in Madrid from 9 to 10 July for the alliance's summit. Its "
    "secretary general, who attended the Oslo meeting, told reporters air defence would top the summit agenda.",
    "NATO heads of government will convene in Madrid from 9 to 10 July for the alliance's summit. The envoy, "
    "who had chaired the Vienna talks, said the summit would take up the ceasefire.",
])
def test_a_persons_gathering_in_a_relative_clause_is_not_the_venue(text: str) -> None:
    recs = [r for r in diplomacy_of(text, "2025-06-05") if r.kind is DiplomacyKind.summit]
    assert recs and all(r.location is None or r.location.name == "Madrid" for r in recs), \
        [(r.location, r.participants) for r in recs]


def test_a_gathering_named_by_its_city_still_gives_the_venue() -> None:
    text = "Leaders met on Monday. The Oslo summit ended with a joint declaration."
    recs = [r for r in diplomacy_of(text, FRIDAY) if r.kind in (DiplomacyKind.summit, DiplomacyKind.meeting)]
    assert recs and recs[0].location is not None and recs[0].location.name == "Oslo"
