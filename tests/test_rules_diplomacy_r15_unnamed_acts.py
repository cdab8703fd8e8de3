"""Round 15 (2 December, evening), diplomacy acts told without their usual noun and trip mechanics:
families described by the dev27 and dev28 analysts (dev27 C2; dev28 C2, C3, C5), each told here in
fresh invented sentences of several phrasings, with near-misses that must not change. Published on a
Wednesday (4 March 2026): "on Tuesday" gone by is 3 March, ahead it is 10 March."""

from __future__ import annotations

import pytest
from diplomacy_probes import day_2026 as _d, start_day as _day, wednesday_record as _one, wednesday_records as _recs

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- dev27 C2a: an exchange told as "each released N"
# Codebook 13, 15: two sides each freeing the other's people is an exchange, with no "swap" noun.

@pytest.mark.parametrize("text, sides, day", [
    ("Kyiv and Moscow each released 146 captured soldiers on Tuesday.", {"Ukraine", "Russia"}, _d(3, 3)),
    ("Russia and Ukraine each freed eighty-two servicemen on Monday, with the UAE mediating.",
     {"Russia", "Ukraine", "United Arab Emirates"}, _d(3, 2)),
    ("On Sunday Ukraine and Russia each handed over 210 troops, the mediators said.", {"Ukraine", "Russia"}, _d(3, 1)),
    ("The two sides each returned 57 fighters on Tuesday, Kyiv and Moscow confirmed.", {"Ukraine", "Russia"}, _d(3, 3)),
    ("Moscow and Kyiv released 120 servicemen each on Monday.", {"Russia", "Ukraine"}, _d(3, 2)),
    ("Ukraine and Russia each sent back 64 captured marines on Tuesday, officials in both capitals said.",
     {"Ukraine", "Russia"}, _d(3, 3)),
])
def test_dev27_c2_each_side_freeing_people_is_an_exchange(text, sides, day):
    rec = _one(text)
    assert rec.kind is K.prisoner_exchange and rec.status is S.held
    assert set(rec.participants) == sides and _day(rec) == day


@pytest.mark.parametrize("text", [
    "Russia released 14 civilians from a detention centre on Monday.",   # one side, no exchange
    "Each year the town released 300 carp into the lake.",               # no warring people
    "Since 2022 Kyiv and Moscow have each released more than 4,000 soldiers in swaps.",  # a running total
])
def test_dev27_c2_near_misses_one_side_or_a_running_total_is_no_exchange(text):
    assert [r for r in _recs(text) if r.kind is K.prisoner_exchange] == []


# ---------------------------------------------------------------- dev27 C2b / dev28 C2: aid told without its noun
# Codebook 14, 16: aid of any cargo (generators, repairs, rebuilding) decided now is military_aid held;
# a bracketed conversion after the sum, "worth", or a capital as the giver do not hide it.

@pytest.mark.parametrize("text, sides", [
    ("On Tuesday the European Commission announced it would send 30 generators and 12 million euros to repair "
     "Kharkiv's power grid.", {"European Union", "Ukraine"}),
    ("Denmark also pledged on Monday to pay for rebuilding three hospitals in Ukraine.", {"Denmark", "Ukraine"}),
    ("Japan will pay for the reconstruction of two bridges in Ukraine, its ambassador said on Tuesday.",
     {"Japan", "Ukraine"}),
    ("Sweden will finance 700 million kronor (about $66 million) of air-defence hardware for Ukraine, its "
     "defence minister said on Tuesday.", {"Sweden", "Ukraine"}),
    ("Denmark is to fund 500 million crowns' worth (roughly €67m) of artillery shells for Kyiv, the minister "
     "said on Monday.", {"Denmark", "Ukraine"}),
    ("The minister said on Tuesday that Warsaw would hand over 40 million euros to rebuild Ukraine's energy "
     "facilities.", {"Poland", "Ukraine"}),
    ("Ottawa will send 30 generators and 40 million Canadian dollars for Ukraine's energy repairs, the prime "
     "minister announced on Monday.", {"Canada", "Ukraine"}),
    ("Vienna will hand over EUR 15 million to restore Ukraine's heating plants, the chancellor said on Monday.",
     {"Austria", "Ukraine"}),
    ("Britain is paying for the repair of a bridge in Kherson.", {"United Kingdom", "Ukraine"}),
    ("Switzerland will bankroll the rebuilding of a school in Chernihiv.", {"Switzerland", "Ukraine"}),
    ("Italy will cover the cost of repairing two substations in Ukraine, Rome said on Monday.", {"Italy", "Ukraine"}),
    ("The Czech ministry said on Monday that three more howitzers reached Ukraine last week.",
     {"Czech Republic", "Ukraine"}),
])
def test_dev27_dev28_c2_aid_without_its_noun_is_held(text, sides):
    rec = _one(text)
    assert rec.kind is K.military_aid and rec.status is S.held
    assert set(rec.participants) == sides


@pytest.mark.parametrize("text", [
    "Finland would consider sending generators to Ukraine.",               # undecided
    "Kharkiv's utility bought generators from a Norwegian firm.",           # trade, no giver state
    "Its aid to Ukraine since 2022 now totals 8 billion crowns.",           # cumulative
    "Rebuilding the hospitals in Ukraine will cost 40 million euros, engineers said.",  # a cost, no payer
    "Two missiles reached Kyiv despite air defences on Tuesday.",             # a strike, no delivery
])
def test_dev27_dev28_c2_near_misses_no_aid_record(text):
    assert [r for r in _recs(text) if r.kind is K.military_aid] == []


@pytest.mark.parametrize("text", [
    "Norway will give 50 million euros to rebuild four schools in Sumy.",
    "Britain is paying for the repair of a bridge in Kherson.",
])
def test_dev27_c2_the_city_repaired_is_no_venue(text):
    assert _one(text).location is None


@pytest.mark.parametrize("text, day", [
    ("In Helsinki, the ministry confirmed on Tuesday that two IRIS-T launchers had been transferred to Ukraine "
     "over the weekend.", _d(2, 28)),
    ("In Prague, the defence ministry said on Monday that three more howitzers had been delivered to Ukraine at "
     "the weekend.", _d(2, 28)),
    ("Norway handed over a NASAMS battery to Ukraine over the weekend, the ministry said on Tuesday.", _d(2, 28)),
])
def test_dev28_c2_a_confirmed_delivery_takes_its_own_time_and_no_venue(text, day):
    rec = _one(text)
    assert rec.kind is K.military_aid and rec.status is S.held and _day(rec) == day and rec.location is None


# ---------------------------------------------------------------- dev28 C3: trip mechanics are no events
# Codebook 13-15: a transit stop is no side; a later "X's visit to Y" is the visit told; a trip home is
# nothing new.

@pytest.mark.parametrize("text, sides", [
    ("The Finnish foreign minister flew to Chisinau via Iasi, Romania, and met President Sandu on Tuesday.",
     {"Finland", "Moldova"}),
    ("Travelling via Rzeszow in Poland, the Irish president reached Kyiv on Monday and met Zelensky.",
     {"Ireland", "Ukraine"}),
    ("The Belgian premier arrived in Kyiv by train via Przemysl, Poland, on Tuesday.", {"Belgium", "Ukraine"}),
])
def test_dev28_c3_a_transit_state_is_no_side(text, sides):
    rec = _one(text)
    assert set(rec.participants) == sides


@pytest.mark.parametrize("text", [
    "South Korea's foreign minister arrived in Kyiv on Monday. The minister's visit to Kyiv came two days after a "
    "missile strike on the city.",
    "The Greek premier met Zelensky in Odesa on Tuesday. The premier's trip to Odesa followed a drone attack "
    "on its port on Sunday.",
    "The Swiss president visited Kyiv on Monday. Her stay in Kyiv came a day after a strike on the capital.",
])
def test_dev28_c3_a_later_possessive_mention_is_the_told_visit(text):
    assert len(_recs(text)) == 1


@pytest.mark.parametrize("text", [
    "The American envoy returned to Washington on Sunday after a week of shuttling between Kyiv and Moscow "
    "that officials hope will revive talks.",
    "The Turkish envoy flew back to Ankara on Monday after a shuttle between the two capitals that diplomats "
    "hope will restart negotiations.",
    "The envoy headed home to Doha on Tuesday after shuttle diplomacy that officials hope could revive talks.",
])
def test_dev28_c3_the_envoy_going_home_is_no_planned_talks(text):
    assert [r for r in _recs(text) if r.status is S.planned] == []


def test_dev28_c3_near_miss_a_stop_for_talks_is_a_side():
    recs = _recs("On the way he will stop in Warsaw for talks with the Polish president on Friday.")
    assert recs and "Poland" in recs[0].participants


def test_dev28_c3_near_miss_a_next_visit_is_new():
    recs = _recs("The envoy's next visit to Moscow is set for 12 March.")
    assert [r.status for r in recs] == [S.planned]


# ---------------------------------------------------------------- dev28 C5: several counterparts, an offer to host
# two leaders, a co-mediator

@pytest.mark.parametrize("text, sides, day", [
    ("Hungary's foreign minister will meet his Slovak and Czech counterparts in Bratislava on Friday.",
     {"Hungary", "Slovakia", "Czech Republic"}, _d(3, 6)),
    ("The Polish foreign minister will meet his Lithuanian, Latvian and Estonian counterparts in Vilnius on "
     "10 March.", {"Poland", "Lithuania", "Latvia", "Estonia"}, _d(3, 10)),
    ("The Finnish defence minister met her Swedish, Norwegian and Danish counterparts in Oslo on Monday.",
     {"Finland", "Sweden", "Norway", "Denmark"}, _d(3, 2)),
])
def test_dev28_c5_a_list_of_counterparts_are_all_sides(text, sides, day):
    rec = _one(text)
    assert set(rec.participants) == sides and _day(rec) == day


@pytest.mark.parametrize("text", [
    "Austria wrote to both governments offering to host a meeting of their two leaders in Vienna.",
    "Norway has offered to host a meeting between the two presidents in Oslo.",
    "Kazakhstan offered to host the leaders of Armenia and Azerbaijan for a meeting in Astana.",
])
def test_dev28_c5_an_offer_to_host_two_leaders_is_a_proposed_summit(text):
    rec = _one(text)
    assert rec.kind is K.summit and rec.status is S.proposed


def test_dev28_c5_near_miss_ready_to_host_any_talks_is_no_summit():
    assert [r for r in _recs("Turkey is ready to host any talks, its foreign minister said.") if r.kind is K.summit] == []


@pytest.mark.parametrize("text, mediators", [
    ("Qatar, which mediates alongside Egypt, said the talks had been moved to 12 March.", {"Qatar", "Egypt"}),
    ("Oman, mediating with Switzerland, said the talks were moved to 11 March.", {"Oman", "Switzerland"}),
])
def test_dev28_c5_a_co_mediator_is_a_side(text, mediators):
    rec = _one(text)
    assert mediators <= set(rec.participants) and rec.status is S.planned


@pytest.mark.parametrize("text", [
    "Ukraine and Russia each released 95 soldiers on Tuesday. The returnees received medical care in Belarus "
    "before flying on to Moscow, the ministry said.",
    "Kyiv and Moscow swapped 120 servicemen each on Monday. The freed Russians were checked by doctors in Minsk "
    "and then flew on to Moscow.",
    "Ukraine and Russia swapped 95 soldiers each on Tuesday. The exchanged men rested in Belarus before flying "
    "home to Moscow.",
])
def test_dev27_c2_the_freed_people_flying_home_are_no_visit(text):
    assert [r.kind for r in _recs(text)] == [K.prisoner_exchange]


def test_dev27_c2_near_miss_a_minister_flying_on_is_a_visit():
    recs = _recs("The Belarusian foreign minister stopped in Minsk before flying on to Moscow on Tuesday.")
    assert [r.kind for r in recs] == [K.visit]


@pytest.mark.parametrize("text, sides, place, day", [
    ("Armenian and Azerbaijani negotiators were to meet in Doha on 5 March. Qatar, which mediates alongside "
     "Egypt, said the talks had been moved to 12 March.", {"Armenia", "Azerbaijan", "Qatar", "Egypt"}, "Doha", _d(3, 12)),
    ("Georgian and Armenian envoys will hold talks in Baku on 6 March. Oman, mediating with Switzerland, said on "
     "Tuesday that the talks had been pushed back to 13 March.", {"Georgia", "Armenia", "Azerbaijan", "Oman", "Switzerland"},
     "Baku", _d(3, 13)),
])
def test_dev28_c5_a_move_told_by_the_mediators_keeps_the_venue_told_before(text, sides, place, day):
    rec = _one(text)
    assert set(rec.participants) == sides and rec.location.name == place and _day(rec) == day
    assert rec.status is S.planned


def test_dev28_c5_near_miss_a_move_of_other_talks_stays_apart():
    recs = _recs("Serbian and Kosovar officials will meet in Brussels on 9 March. Qatar said the "
                 "Armenian-Azerbaijani talks had been moved to 12 March.")
    assert len(recs) == 2


@pytest.mark.parametrize("text, sides", [
    ("Relations between Armenia and Azerbaijan have thawed this year. Austria wrote to both governments offering "
     "to host a meeting of their two leaders in Vienna.", {"Armenia", "Azerbaijan", "Austria"}),
    ("Serbia and Kosovo remain far apart. Malta has offered to host a meeting between both countries' leaders in "
     "Valletta.", {"Serbia", "Kosovo", "Malta"}),
])
def test_dev28_c5_the_offered_summit_takes_the_two_states_told_before(text, sides):
    rec = _one(text)
    assert rec.kind is K.summit and rec.status is S.proposed and set(rec.participants) == sides


# dev27 C2b: energy kit given with no aid noun, to the defending state or one of its cities
@pytest.mark.parametrize("text, sides", [
    ("The European Commission said on Thursday it would send 40 generators to Ukraine.", {"European Union", "Ukraine"}),
    ("Lithuania would send 25 generators to Sumy, its minister said on Monday.", {"Lithuania", "Ukraine"}),
    ("Poland will ship 60 transformers and 200 boilers for Ukraine's grid, Warsaw said on Tuesday.", {"Poland", "Ukraine"}),
    ("Denmark will donate fifteen heating units to Kharkiv, the embassy said on Monday.", {"Denmark", "Ukraine"}),
])
def test_dev27_c2_energy_kit_given_is_aid(text, sides):
    rec = _one(text)
    assert rec.kind is K.military_aid and rec.status is S.held and set(rec.participants) == sides


@pytest.mark.parametrize("text", [
    "Local volunteers delivered 12 generators to Kherson on Monday.",   # no state gives it
    "The utility bought 30 generators for Kharkiv from a Polish firm.",  # trade
])
def test_dev27_c2_near_misses_kit_not_given_by_a_state(text):
    assert [r for r in _recs(text) if r.kind is K.military_aid] == []
