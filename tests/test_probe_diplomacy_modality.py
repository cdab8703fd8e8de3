"""Metamorphic probes (issue 13, concept 3): the status of a diplomacy record comes from the
modality of its clause. An appeal, a wish, pressure, a threat, a need or a stance (ready, open,
hoping, not ruling out) is no event (codebook rule 13); what is put on the table is `proposed`;
what is set is `planned`; what is called off is `cancelled`. All sentences are fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


@pytest.mark.parametrize("text", [
    "Zelensky urged partners to impose new sanctions on Russia on Sunday.",
    "Zelensky called on the EU to approve the next sanctions package quickly.",
    "Zelensky wants allies to impose tougher sanctions on Russian oil.",
    "Kyiv is pushing its partners to agree new sanctions on Russian banks.",
    "Zelensky said new sanctions against Russia were needed.",
    "Zelensky said tougher sanctions on Moscow are urgently required.",
    "Trump threatened to impose sanctions on Russia if no deal was reached.",
    "Zelensky said Europe must impose more sanctions on Russia.",
    "The EU stands ready to adopt new sanctions against Russia, Kallas said.",
    "Trump said he could impose new sanctions on Russia.",
])
def test_sanctions_asked_for_threatened_or_offered_as_a_stance_are_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "Zelensky pressed allies on Sunday to send more air defence.",
    "Ukraine needs its partners to send more Patriot systems, Zelensky said.",
    "Britain said it was willing to send more air defence to Ukraine.",
    "Merz said he did not rule out sending Taurus missiles to Ukraine.",
])
def test_aid_asked_for_or_not_ruled_out_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "Putin said he was ready to meet Zelensky in Moscow.",
    "Trump hopes to meet Putin soon, the White House said.",
    "Trump said he might meet Putin in Budapest.",
    "The Kremlin said it was open to talks with Kyiv.",
])
def test_a_meeting_only_wished_for_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "The European Commission tabled a new package of sanctions against Russia on Sunday.",
    "The European Commission put forward a new package of sanctions against Russia on Sunday.",
    "The European Commission floated a new package of sanctions against Russia on Sunday.",
    "The European Commission proposed a new package of sanctions against Russia on Sunday.",
])
def test_a_package_put_on_the_table_is_proposed(text):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (K.sanctions, S.proposed)
    assert sorted(rec.participants) == ["European Union", "Russia"]


@pytest.mark.parametrize("text, status", [
    ("Zelensky and Tusk will meet in Warsaw next week.", S.planned),
    ("Zelensky and Tusk are due to meet in Warsaw next week.", S.planned),
    ("Zelensky and Tusk agreed to hold talks in Warsaw next week.", S.planned),
    ("Zelensky is set to travel to Warsaw next week for talks with Tusk.", S.planned),
    ("Tusk called off his meeting with Zelensky in Warsaw.", S.cancelled),
    ("The meeting between Zelensky and Tusk in Warsaw was cancelled.", S.cancelled),
    ("The meeting between Zelensky and Tusk in Warsaw has been postponed.", S.stalled),
    ("Turkey offered on Sunday to host talks between Russia and Ukraine in Istanbul.", S.proposed),
])
def test_status_follows_the_modality_of_the_clause(text, status):
    assert one_record(text).status is status


@pytest.mark.parametrize("text", [
    "Trump and Putin met in Anchorage on Sunday. The two presidents talked for three hours but reached no agreement.",
    "Trump and Putin met in Anchorage on Sunday but struck no deal.",
])
def test_an_agreement_not_reached_is_no_agreement(text):
    assert [r.kind for r in diplomacy_of(text)] in ([K.meeting], [K.summit])



@pytest.mark.parametrize("text", [
    "A Kremlin aide said on Sunday that a phone call between Putin and Trump was not planned for now.",
    "A meeting between Putin and Zelensky is not on the agenda, the Kremlin said.",
    "Talks between the two delegations have not yet been scheduled, officials said.",
])
def test_an_event_denied_after_its_noun_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "Ukraine and Britain are set to sign a security agreement next week.",
    "A security agreement between Ukraine and Britain will be signed next week.",
    "Ukraine and Britain are expected to sign a security agreement next week.",
    "Ukraine and Britain agreed on Sunday to sign a security agreement next week.",
])
def test_a_signing_still_to_come_is_a_planned_agreement(text):
    rec = one_record(text)
    assert (rec.kind, rec.status, sorted(rec.participants)) == (K.agreement, S.planned, ["Ukraine", "United Kingdom"])


@pytest.mark.parametrize("text", [
    "Kyiv hopes to sign a security agreement with London soon.",
    "Britain may sign a security agreement with Ukraine next month.",
    "Germany ruled out sending Taurus missiles to Ukraine on Sunday.",
    "Germany refused to send Taurus missiles to Ukraine on Sunday.",
])
def test_a_signing_hoped_for_or_aid_ruled_out_is_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text", [
    "Zelensky travelled to Brussels on Sunday, where he is due to meet Rutte on Tuesday.",
    "Zelensky travelled to Brussels on Sunday, where he will meet Rutte on Tuesday.",
])
def test_a_trip_made_and_a_meeting_still_to_come_there(text):
    recs = {r.kind: r for r in diplomacy_of(text)}
    assert set(recs) == {K.visit, K.meeting}
    assert (recs[K.visit].status, recs[K.meeting].status) == (S.held, S.planned)
    assert sorted(recs[K.meeting].participants) == ["NATO", "Ukraine"]


@pytest.mark.parametrize("text", [
    "Zelensky will visit Brussels next week.",
    "Zelensky is expected in Brussels next week.",
    "Zelensky is due in Brussels next week.",
])
def test_a_visit_still_to_come_in_any_phrasing_is_planned(text):
    rec = one_record(text)
    assert (rec.kind, rec.status) == (K.visit, S.planned) and "Ukraine" in rec.participants
