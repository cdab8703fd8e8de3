"""Support: every value a model gives is accepted only with a reason the text gives (stated,
implied, inferred), and what no support reaches is rejected and listed.

All article text here is written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support, ground_actor
from summariser.records import Alignment, LocationLevel, Support

PUBLISHED = dt.date(2026, 3, 13)  # a Friday


def ground(text: str, **draft):
    return draft_to_records(ArticleDraft.model_validate(draft), text, published=PUBLISHED)


def attack_of(text: str, **fields):
    return ground(text, attacks=[fields])


def whole(text: str) -> tuple[int, int]:
    return (0, len(text))


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize("text, field, value, support", [
    ("A guided bomb struck a bus stop in Kupiansk, killing a pensioner and wounding her neighbour.", "killed", 1, Support.implied),
    ("A guided bomb struck a bus stop in Kupiansk, killing a pensioner and wounding her neighbour.", "injured", 1, Support.implied),
    ("The shell hit a minibus on the road to Nikopol; its driver died before medics arrived.", "killed", 1, Support.implied),
    ("Shrapnel hurt a cyclist on the embankment late on Thursday.", "injured", 1, Support.implied),
    ("A drone dropped explosives on a tractor near Beryslav, injuring two farmers.", "injured", 2, Support.stated),
    ("Debris from the interceptor fell on a garage; three residents were taken to hospital.", "injured", 3, Support.stated),
])
def test_a_counted_noun_phrase_grounds_its_count(text, field, value, support):
    hits = count_support(value, field, text, whole(text))
    assert hits and hits[0].support is support


@pytest.mark.parametrize("text, field", [
    ("Nobody was hurt when the drone fell on a warehouse in Brovary.", "injured"),
    ("Nobody was hurt when the drone fell on a warehouse in Brovary.", "killed"),
    ("The strike on the depot caused no casualties, the mayor said.", "killed"),
    ("The strike on the depot caused no casualties, the mayor said.", "injured"),
    ("No one was injured, local officials said after the missile hit a field.", "injured"),
    ("There were no deaths among the crew, the port authority said.", "killed"),
])
def test_an_explicit_nil_grounds_zero(text, field):
    hits = count_support(0, field, text, whole(text))
    assert hits and hits[0].value == 0 and hits[0].support is Support.implied


@pytest.mark.parametrize("text, field", [
    ("Nobody was killed in the raid, but four people were wounded.", "injured"),  # the nil is for the dead
    ("The drone crashed into a field; the harvest was lost.", "killed"),  # no nil at all
])
def test_zero_without_a_nil_for_that_field_is_refused(text, field):
    assert count_support(0, field, text, whole(text)) == []


@pytest.mark.parametrize("text, value", [
    ("Air defences downed 70 drones over nine regions overnight, 12 of them over the Kursk region.", 12),
    ("Overnight the military destroyed 55 drones in total, including 20 over the Bryansk region.", 20),
    ("Of the 40 drones, 31 were shot down over the Belgorod region, the ministry said.", 31),
])
def test_a_number_no_cue_governs_takes_its_clause(text, value):
    assert count_support(value, "weapons[0].intercepted", text, whole(text))


@pytest.mark.parametrize("text, wrong_field, value", [
    ("The missile killed 3 people and injured 11 in Chernihiv.", "injured", 3),
    ("The missile killed 3 people and injured 11 in Chernihiv.", "killed", 11),
    ("Russia launched 90 drones, and air defences downed 80 of them.", "weapons[0].intercepted", 90),
])
def test_a_count_governed_by_another_fields_cue_is_never_moved(text, wrong_field, value):
    assert count_support(value, wrong_field, text, whole(text)) == []


def test_counts_in_records_carry_their_support_and_unsupported_ones_are_listed():
    text = ("A drone hit a car near Bilopillia on Thursday night, killing its driver and injuring a passenger. "
            "Nobody else was hurt, the regional administration said.")
    out = attack_of(text, attacker="Russia", target_country="Ukraine", places=["Bilopillia"], killed=1, injured=1,
                    children_killed=4, evidence=["A drone hit a car near Bilopillia"])
    rec = out.attacks[0]
    assert (rec.killed.value, rec.killed.support, rec.killed.evidence.text) == (1, Support.implied, "its driver")
    assert rec.injured.support is Support.implied
    assert rec.children_killed is None
    assert [r.field for r in out.rejected] == ["attacks[0].children_killed"]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("text, written, actor, support", [
    ("Macron and Erdogan met in Ankara to discuss a ceasefire.", "France", "France", "inferred"),
    ("Macron and Erdogan met in Ankara to discuss a ceasefire.", "Turkey", "Turkey", "inferred"),
    ("The Kremlin said the talks would resume next month.", "Russia", "Russia", "inferred"),
    ("The Kremlin said the talks would resume next month.", "Moscow", "Russia", "inferred"),
    ("Officials in Washington confirmed the call.", "US", "United States", "inferred"),
    ("The US and the EU agreed a new sanctions package.", "United States", "United States", "stated"),
    ("The US and the EU agreed a new sanctions package.", "EU", "European Union", "stated"),
    ("British and French ministers met in Paris.", "UK", "United Kingdom", "stated"),
])
def test_participants_resolve_to_states_named_directly_or_through_leaders_and_capitals(text, written, actor, support):
    assert ground_actor(written, text) == (actor, support)


@pytest.mark.parametrize("text, written", [
    ("Macron and Erdogan met in Ankara to discuss a ceasefire.", "China"),
    ("The Kremlin said the talks would resume next month.", "Germany"),
])
def test_a_participant_the_text_never_names_is_refused(text, written):
    assert ground_actor(written, text) is None


def test_diplomacy_participants_are_canonical_and_carry_support():
    text = "President Trump told Zelensky by phone on Wednesday that more air defence systems would be sent."
    out = ground(text, diplomacy=[{"kind": "phone_call", "participants": ["Trump", "Ukraine", "Poland"],
                                   "when": "on Wednesday", "evidence": ["President Trump told Zelensky by phone"]}])
    rec = out.diplomacy[0]
    assert rec.participants == ["United States", "Ukraine"]
    assert rec.support["participants[0]"] is Support.inferred
    assert rec.date.start == dt.date(2026, 3, 11) and rec.date.precision.value == "day"
    assert [r.field for r in out.rejected] == ["diplomacy[0].participants[2]"]


@pytest.mark.parametrize("written, name, level, country", [
    ("Kharkiv, Ukraine", "Kharkiv", LocationLevel.city, "Ukraine"),
    ("Kharkiv Oblast", "Kharkiv Oblast", LocationLevel.region, "Ukraine"),
    ("the Kharkiv region", "Kharkiv Oblast", LocationLevel.region, "Ukraine"),
    ("Kharkov", "Kharkiv", LocationLevel.city, "Ukraine"),
])
def test_places_as_models_write_them_resolve_through_the_gazetteer(written, name, level, country):
    text = "Glide bombs hit the Kharkiv region on Friday; in Kharkiv itself a school was damaged."
    out = attack_of(text, places=[written], evidence=["Glide bombs hit the Kharkiv region on Friday"])
    loc = out.attacks[0].locations[0]
    assert (loc.name, loc.level, loc.country) == (name, level, country)
    assert loc.admin1


def test_an_unknown_place_keeps_its_name_and_says_so():
    text = "Shelling damaged two houses in Ostrovok Tykhyi on Friday morning."
    out = attack_of(text, places=["Ostrovok Tykhyi"], evidence=["Shelling damaged two houses in Ostrovok Tykhyi"])
    loc = out.attacks[0].locations[0]
    assert loc.name == "Ostrovok Tykhyi" and loc.admin1 is None
    assert any("not in the gazetteer" in w for w in out.warnings)


def test_when_resolves_against_the_publication_date():
    text = "Drones struck Odesa overnight, damaging a grain terminal."
    out = attack_of(text, places=["Odesa"], when="overnight", evidence=["Drones struck Odesa overnight"])
    date = out.attacks[0].date
    assert (date.start, date.end, date.precision.value) == (dt.date(2026, 3, 12), PUBLISHED, "range")


def test_a_leader_as_attacker_normalises_to_the_state():
    text = "Putin ordered the strike on Zaporizhzhia, officials in Kyiv said, after missiles hit an industrial site."
    out = attack_of(text, attacker="Putin", target_country="Ukraine", places=["Zaporizhzhia"],
                    evidence=["missiles hit an industrial site"])
    rec = out.attacks[0]
    assert (rec.attacker, rec.support["attacker"]) == ("Russia", Support.inferred)


@pytest.mark.parametrize("text, place", [
    ("Ukrainian drones struck an oil depot in Bryansk overnight, the governor said.", "Bryansk"),
    ("A Ukrainian missile hit a substation in Belgorod, cutting power to thousands.", "Belgorod"),
])
def test_swapped_attacker_and_target_on_a_cross_border_strike_are_rejected(text, place):
    out = attack_of(text, attacker="Russia", target_country="Ukraine", places=[place], evidence=[text[:40]])
    rec = out.attacks[0]
    assert rec.attacker is None and rec.target_country is None
    assert {r.field for r in out.rejected} == {"attacks[0].attacker", "attacks[0].target_country"}


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize("quote, kind", [
    ("Drones struck Odesa overnight, damaging a grain terminal.", Alignment.exact),
    ("drones struck odesa overnight,  damaging a grain terminal", Alignment.normalised),
    ("Drones struck Odesa … a grain terminal", Alignment.elided),
    ("Drones struck Odesa ... damaging a grain terminal", Alignment.elided),
    ("Drones hit Odesa overnight, damaging a grain terminal", Alignment.fuzzy),
])
def test_evidence_records_how_it_aligned(quote, kind):
    text = "Drones struck Odesa overnight, damaging a grain terminal. The port kept working."
    out = attack_of(text, places=["Odesa"], evidence=[quote])
    assert out.attacks[0].evidence[0].alignment is kind


def test_a_record_whose_quotes_fail_is_regrounded_from_its_values():
    text = ("The night was calm in the west. A missile hit a warehouse in Kremenchuk, injuring six workers, "
            "the city council said.")
    out = attack_of(text, places=["Kremenchuk"], injured=6,
                    evidence=["Missile attack on Kremenchuk warehouse leaves six injured"])
    rec = out.attacks[0]
    assert rec.evidence[0].alignment is Alignment.regrounded
    assert rec.injured.value == 6 and rec.locations[0].name == "Kremenchuk"


def test_a_record_nothing_in_the_text_supports_is_dropped_and_listed():
    text = "The night was calm in the west. A missile hit a warehouse in Kremenchuk, injuring six workers."
    out = attack_of(text, places=["Lutsk"], killed=40, evidence=["Forty people died in Lutsk"])
    assert out.attacks == []
    assert out.rejected[-1].field == "attacks[0]"


def test_a_diplomacy_record_whose_evidence_describes_no_event_is_dropped():
    text = ("A Kremlin spokesman told reporters that Moscow remained committed to its goals. "
            "Ukraine's foreign minister held talks with his Polish counterpart in Warsaw on Monday.")
    out = ground(text, diplomacy=[
        {"kind": "talks", "participants": ["Russia", "Ukraine"], "evidence": [text[:60]]},
        {"kind": "talks", "participants": ["Ukraine", "Poland"], "place": "Warsaw",
         "evidence": ["Ukraine's foreign minister held talks with his Polish counterpart in Warsaw"]},
    ])
    assert len(out.diplomacy) == 1 and out.diplomacy[0].participants == ["Ukraine", "Poland"]
    assert out.rejected[0].field == "diplomacy[0]"


def test_rules_records_get_support_too():
    from summariser.articles import Article
    from summariser.backends.rules import RulesBackend
    from summariser.config import load_config
    from summariser.grounding import enforce

    text = ("Russian drones struck Chernihiv overnight, killing a man and injuring four people, the governor said. "
            "Separately, French President Emmanuel Macron and German Chancellor Friedrich Merz held talks in Berlin "
            "on Thursday on air defence aid.")
    article = Article(text=text, published=PUBLISHED)
    out = enforce(RulesBackend(load_config(use_cache=False)).extract(article), article)
    rec = out.attacks[0]
    assert rec.injured.support is Support.stated and rec.killed.support is Support.implied
    assert rec.support["locations[0]"] is Support.stated
    dip = out.diplomacy[0]
    assert dip.participants == ["France", "Germany"]
    assert dip.support == {"participants[0]": Support.stated, "participants[1]": Support.stated,
                           "location": Support.stated, "date": Support.stated}


@pytest.mark.parametrize("text, written, city, country", [
    ("The Ukrainian leader was received in the White House late on Monday evening.", "White House", "Washington", "United States"),
    ("Envoys gathered at the Kremlin on Friday for talks on a prisoner swap.", "the Kremlin", "Moscow", "Russia"),
])
def test_a_seat_of_government_as_a_place_is_its_capital(text, written, city, country):
    out = ground(text, diplomacy=[{"kind": "talks", "participants": ["Ukraine"], "place": written,
                                   "evidence": [text[:40]]}])
    loc = out.diplomacy[0].location
    assert (loc.name, loc.country) == (city, country)
