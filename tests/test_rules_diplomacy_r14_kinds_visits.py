"""Diplomacy kinds, visits and event-hood of round 14 (classes_dev25.md C1-C4, classes_dev26.md C5-C7, C9),
in general terms. Every sentence is written fresh for these tests, in several phrasings; each class has
near-misses that must not fire."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record as _one

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C1: a request made during a dated call
# The call is the occasion of the request, not the thing asked for: a phone_call, held, both states, dated.

@pytest.mark.parametrize("text, states", [
    ("Zelensky said he had asked Trump for Patriot systems during a phone call on Sunday.", {"Ukraine", "United States"}),
    ("Bolojan asked Tusk for shells in a telephone conversation on Wednesday.", {"Romania", "Poland"}),
    ("Zelensky pressed Rutte for more interceptors over the phone on Thursday.", {"Ukraine", "NATO"}),
    ("Poland's president asked Stubb for help with demining in a phone conversation yesterday.", {"Poland", "Finland"}),
    ("In a phone call on Tuesday, Sybiha asked his Dutch counterpart to send more drones.", {"Ukraine", "Netherlands"}),
    ("Frederiksen urged Merz to speed up deliveries of two IRIS-T batteries during a phone call on 27 February.",
     {"Denmark", "Germany"}),
    ("In a video call on Tuesday, Sybiha urged his Dutch counterpart to send more drones.", {"Ukraine", "Netherlands"}),
    ("Sybiha said he had requested winter generators from Norway's foreign minister in a phone call on Friday.",
     {"Ukraine", "Norway"}),
])
def test_c1_a_request_made_in_a_dated_call_keeps_the_call(text, states):
    rec = _one(text)
    assert rec.kind is K.phone_call and rec.status is S.held
    assert set(rec.participants) == states and rec.date is not None


@pytest.mark.parametrize("text", [
    "Kyiv asked for a phone call with Putin on Friday.",
    "Kyiv asked for a call with Putin.",
    "Zelensky asked allies for air defence at the summit.",
    "Zelensky asked allies for air defence during the summit.",
    "He will ask Merz for missiles when they next speak.",
])
def test_c1_a_call_asked_for_or_a_forum_stays_no_call(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.phone_call and r.status is S.held] == []


# ---------------------------------------------------------------- C2, C5: a visit told as presence
# "<foreign office-holder> is/was in <city> (on <day>)" is a visit, held, visitor's state + host; told in
# the present it is dated by the report's day; the visitor's meeting told in the same or the next
# sentence is part of the visit; a signing told as a second act of the sentence is an agreement too.

@pytest.mark.parametrize("text, states, city", [
    ("Dutch Prime Minister Dick Schoof is in Odesa, the government said; he came by night train and was "
     "greeted by the mayor.", {"Netherlands", "Ukraine"}, "Odesa"),
    ("Austrian Chancellor Christian Stocker is in Lviv on Thursday, his spokesman said.", {"Austria", "Ukraine"}, "Lviv"),
    ("Orpo is in Kyiv.", {"Finland", "Ukraine"}, "Kyiv"),
    ("The Estonian president is in Chernihiv. The two leaders laid wreaths before their meeting.",
     {"Estonia", "Ukraine"}, "Chernihiv"),
    ("Belgium's prime minister is in Kyiv, his office confirmed. He came overnight on the train and was "
     "received by Zelensky.", {"Belgium", "Ukraine"}, "Kyiv"),
    ("Spain's foreign minister was in Kharkiv on Wednesday, where she held talks with the governor.",
     {"Spain", "Ukraine"}, "Kharkiv"),
    ("The Latvian prime minister was in Kyiv on Friday, where she met Zelensky and the speaker.",
     {"Latvia", "Ukraine"}, "Kyiv"),
    ("The Czech premier was in Chisinau on 24 February.", {"Czech Republic", "Moldova"}, "Chisinau"),
])
def test_c2_c5_presence_of_a_foreign_office_holder_is_a_visit(text, states, city):
    rec = _one(text)
    assert rec.kind is K.visit and rec.status is S.held
    assert set(rec.participants) == states and rec.location.name == city
    assert rec.date is not None and rec.date.start is not None


@pytest.mark.parametrize("text", [
    "Zelensky is in Kyiv.",
    "The Ukrainian prime minister is in Lviv.",
    "Ukraine's foreign minister was in Kyiv on Monday.",
    "The ambassador is in Kyiv to coordinate deliveries.",
    "Our reporter is in Lviv.",
    "He was in Kyiv when the sirens sounded.",
])
def test_c2_c5_presence_that_is_no_visit(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.visit] == []


@pytest.mark.parametrize("text, states", [
    ("Germany's defence minister was in Vilnius on Monday, where he and his counterpart inked a deal on a "
     "brigade base.", {"Germany", "Lithuania"}),
    ("The Polish foreign minister was in Kyiv on Thursday, where the two ministers put their names to a roadmap "
     "on demining.", {"Poland", "Ukraine"}),
    ("Finland's president was in Kyiv on Tuesday, where she and Zelensky signed a security agreement.",
     {"Finland", "Ukraine"}),
    ("The Finnish president visited Kyiv on Tuesday and signed a security agreement with Zelensky.",
     {"Finland", "Ukraine"}),
])
def test_c5_a_signing_on_the_visit_is_an_agreement_too(text, states):
    recs = diplomacy_of(text)
    assert sorted(r.kind.value for r in recs) == ["agreement", "visit"], [(r.kind, r.participants) for r in recs]
    assert all(set(r.participants) == states and r.status is S.held for r in recs)


@pytest.mark.parametrize("text", [
    "The Slovak and Ukrainian premiers put their names to a gas-transit memorandum on Friday.",
    "The Slovak and Ukrainian premiers signed off on a memorandum on gas transit on Friday.",
    "On Friday the Slovak and Ukrainian premiers set their signatures to a memorandum on gas transit.",
])
def test_c5_signing_idioms(text):
    rec = _one(text)
    assert rec.kind is K.agreement and rec.status is S.held and set(rec.participants) == {"Slovakia", "Ukraine"}


# ---------------------------------------------------------------- C9: a leaders' gathering for a force
# A gathering told before a purpose clause that names a force is the event (a summit when leaders of
# several states meet), dated and placed; the force is its topic. Setting up the force stays peacekeeping.

@pytest.mark.parametrize("text, states, day", [
    ("The leaders of Britain, France and Germany will meet in Rome on 20 March to discuss a reassurance force "
     "for Ukraine.", {"United Kingdom", "France", "Germany", "Italy"}, "2026-03-20"),
    ("The leaders of Italy, Spain and Sweden will meet in Berlin on 9 May, a government spokesman said, to agree "
     "on the shape of a future security force.", {"Italy", "Spain", "Sweden", "Germany"}, "2026-05-09"),
    ("A meeting of the Italian, Spanish and Swedish leaders will be held in Berlin on 9 May to finalise plans "
     "for a security force.", {"Italy", "Spain", "Sweden", "Germany"}, "2026-05-09"),
    ("Macron will host the leaders of Germany, Poland and Italy in Paris on 12 June to finalise plans for a "
     "stabilisation force.", {"France", "Germany", "Poland", "Italy"}, "2026-06-12"),
    ("Leaders of Italy, Spain and Sweden will meet in Berlin on 9 May, a spokesman said, to agree on the shape "
     "of a future security force.", {"Italy", "Spain", "Sweden", "Germany"}, "2026-05-09"),
    ("On 14 April the prime ministers of Denmark, Norway and Finland will gather in Oslo, officials said, to "
     "work out the details of a reassurance force.", {"Denmark", "Norway", "Finland"}, "2026-04-14"),
    ("On 14 April the leaders of Denmark, Norway and Finland will gather in Oslo, officials said, to "
     "work out the details of a reassurance force.", {"Denmark", "Norway", "Finland"}, "2026-04-14"),
])
def test_c9_a_leaders_gathering_whose_purpose_names_a_force_is_a_summit(text, states, day):
    rec = _one(text)
    assert rec.kind is K.summit and rec.status is S.planned, (rec.kind, rec.participants)
    assert states <= set(rec.participants) and str(rec.date.start) == day


@pytest.mark.parametrize("text", [
    "France and Britain set up a joint headquarters for the reassurance force.",
    "France and Britain agreed on Monday to deploy a reassurance force after a ceasefire.",
    "France and Britain will send a reassurance force to Ukraine after a ceasefire, Macron said on Monday.",
])
def test_c9_setting_up_the_force_stays_peacekeeping(text):
    assert _one(text).kind is K.peacekeeping


# ---------------------------------------------------------------- C3: non-events
# (a) an event noun made a kind by an anaphoric determiner, undated, is a remark on a proposal told
# before; (b) habitual supply in the simple present is no aid decision (already none: kept as guards).

@pytest.mark.parametrize("text", [
    "A Kremlin spokesman said such a summit would need careful groundwork.",
    "Such a summit would need careful groundwork, the Kremlin said.",
    "A summit of that kind needs months of preparation, Ushakov said.",
    "A meeting like that would have to be prepared by the ministers first, the aide said.",
    "Peskov said such talks must be thoroughly prepared by experts.",
    "Any meeting would have to be properly prepared, the aide added.",
    "Kazakhstan has kept its distance from Moscow. It sells diesel to Ukraine while staying out of Western sanctions.",
    "Azerbaijan supplies gas to Ukraine and Europe while keeping ties with Moscow.",
    "Romania exports electricity to Ukraine in winter.",
])
def test_c3_remarks_on_a_kind_of_event_and_habitual_supply_are_no_event(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("The aide said the summit between Putin and Trump would take place on 4 June.", K.summit, S.planned),
    ("Germany is sending Ukraine four IRIS-T systems, Merz said on Monday.", K.military_aid, S.held),
    ("Such a summit will take place in Budapest on 12 March, the Hungarian foreign minister said.", K.summit, S.planned),
])
def test_c3_dated_or_decided_events_stay(text, kind, status):
    rec = _one(text)
    assert rec.kind is kind and rec.status is status


# ---------------------------------------------------------------- C4: the agreed next round of talks
# After talks held, a planned meeting "again" of the same sides is their next round (talks, planned, the
# sides and the new venue's host); a half of a month dates it 1-15 or 16-end.

_ROUND = "Ukrainian and Russian delegations held talks in Istanbul on Monday. "


@pytest.mark.parametrize("text, states, start, end", [
    (_ROUND + "The sides will reconvene in Riyadh in the first half of April.",
     {"Ukraine", "Russia", "Saudi Arabia"}, "2026-04-01", "2026-04-15"),
    (_ROUND + "They agreed to meet again in Istanbul during the first half of next month.",
     {"Ukraine", "Russia", "Turkey"}, "2026-04-01", "2026-04-15"),
    ("Ukrainian and Russian delegations held a third round of talks in Istanbul on Monday, hosted by Turkey. "
     "The two delegations agreed to reconvene there in the second half of March.",
     {"Ukraine", "Russia", "Turkey"}, "2026-03-16", "2026-03-31"),
    ("Negotiators from Kyiv and Moscow met in Abu Dhabi on Friday for a second round of talks. They will meet "
     "again in the second half of March, the Emirati foreign ministry said.",
     {"Ukraine", "Russia", "United Arab Emirates"}, "2026-03-16", "2026-03-31"),
    ("A fifth round is pencilled in for Geneva in the second half of August.", {"Switzerland"}, "2026-08-16", "2026-08-31"),
    ("Officials said the next round of talks would be held in Doha in the latter half of May.", {"Qatar"},
     "2026-05-16", "2026-05-31"),
])
def test_c4_the_next_round_is_talks_dated_by_a_half_month(text, states, start, end):
    recs = [r for r in diplomacy_of(text) if r.status is S.planned]
    assert len(recs) == 1, [(r.kind, r.participants, r.status) for r in diplomacy_of(text)]
    rec = recs[0]
    assert rec.kind is K.talks and states <= set(rec.participants)
    assert (str(rec.date.start), str(rec.date.end)) == (start, end)


@pytest.mark.parametrize("text, kind", [
    ("Zelensky met Merz in Berlin on Monday. They will meet again in Paris on 20 March.", K.meeting),
    ("Turkey has hosted such rounds before.", None),
    ("NATO defence ministers met in Brussels on Thursday. They will gather again in June.", K.meeting),
])
def test_c4_other_meetings_again_keep_their_kind(text, kind):
    planned = [r.kind for r in diplomacy_of(text) if r.status is S.planned]
    assert planned == ([kind] if kind else [])


# ---------------------------------------------------------------- C6: a gathering inside a time clause
# "will announce aid when <chair> chairs / attends a meeting of <group> in <city> on <day>": two records,
# the aid (planned, giver + Ukraine, without the group) and the gathering (planned, the group, dated).

@pytest.mark.parametrize("text, giver, group, day", [
    ("Britain will announce new air defence aid for Ukraine when Healey chairs the Ukraine Defence Contact "
     "Group's meeting in Berlin on Friday.", "United Kingdom", "Ukraine Defense Contact Group", "2026-03-06"),
    ("Germany will pledge more shells to Ukraine when Pistorius attends the NATO defence ministers' meeting in "
     "Brussels on Thursday.", "Germany", "NATO", "2026-03-05"),
    ("The Netherlands is to unveil fresh military aid for Ukraine as its defence minister attends a NATO "
     "ministerial meeting in Brussels on 12 March.", "Netherlands", "NATO", "2026-03-12"),
])
def test_c6_a_gathering_in_a_time_clause_is_its_own_event(text, giver, group, day):
    recs = {r.kind: r for r in diplomacy_of(text)}
    assert set(recs) == {K.military_aid, K.meeting}, [(r.kind, r.participants) for r in recs.values()]
    aid, meeting = recs[K.military_aid], recs[K.meeting]
    assert set(aid.participants) == {giver, "Ukraine"} and aid.status is S.planned
    assert group in meeting.participants and meeting.status is S.planned and str(meeting.date.start) == day


@pytest.mark.parametrize("text", [
    "Norway will send Ukraine two more NASAMS systems, the minister said when he met reporters on Friday.",
    "Germany pledged more shells to Ukraine as the talks ended on Friday.",
])
def test_c6_no_gathering_in_the_time_clause(text):
    assert [r.kind for r in diplomacy_of(text)] == [K.military_aid]


# ---------------------------------------------------------------- C3b: supply told as a habit
@pytest.mark.parametrize("text", [
    "Ankara plays both sides. It supplies Bayraktar drones to Kyiv and buys gas from Moscow.",
    "Poland supplies ammunition to Ukraine through a hub in Rzeszow.",
    "Bulgaria quietly sells shells to Ukraine via intermediaries, analysts say.",
])
def test_c3b_habitual_supply_is_no_aid_decision(text):
    assert [r for r in diplomacy_of(text) if r.kind is K.military_aid] == []


@pytest.mark.parametrize("text", [
    "Germany sends Ukraine four more IRIS-T systems.",
    "Slovakia sends Ukraine its last MiG-29 jets.",
    "Britain sends Ukraine 5,000 air defence missiles.",
    "Norway supplies artillery shells to Ukraine, the ministry said on Monday.",
])
def test_c3b_counted_or_dated_supply_stays_aid(text):
    assert _one(text).kind is K.military_aid
