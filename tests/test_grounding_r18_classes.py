"""dev18's LLM-path loss classes (round 18), each in general form with fresh sentences written
for this file (several phrasings, places and numbers per class, and negatives that must not change):

- A1: an age apposition between the people counted and their casualty verb (", aged 9 and 13,",
  ", 81 and 79,", ", who are 34 and 10,", "(aged 6)") is transparent, also when the sentence
  tells another casualty count in a second clause; the ages themselves are no counts; a family's
  first person may carry an age, and its kin may be joined by "with" or counted as a part;
- A2: a list after a colon or dash keeps its role past a bracket inside an item ("110 drones
  (mostly Geran-2) and 10 missiles") and past the joints plus / as well as / along with /
  together with / alongside / in addition to.
"""

from __future__ import annotations

import pytest

from summariser.grounding import count_support


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A1: age asides

AGE_ASIDES = [  # (sentence, field, the count it gives)
    ("A man was killed and a woman and her two sons, aged 9 and 13, were injured in Kupiansk.", "injured", 3),
    ("Shelling killed a pensioner, and a father and his three daughters, aged 4, 8 and 15, were wounded.",
     "injured", 4),
    ("A grandmother and her two grandsons, ages seven and twelve, were hurt while a neighbour died.", "injured", 3),
    ("A couple and their son, aged 16, were injured on Tuesday, and a passer-by was killed.", "injured", 3),
    ("Two pensioners, 81 and 79, were killed and three people were hurt in Orikhiv.", "killed", 2),
    ("A mother and her son, who are 34 and 10, were wounded, and one man died later in hospital.", "injured", 2),
    ("A woman, 52, and her two granddaughters, aged 5 and 12, were hurt as a drone hit Pavlohrad.",
     "injured", 3),
    ("A man (61) and his wife were killed and five more people were wounded in Kramatorsk.", "killed", 2),
    ("A young mother with her two children, aged 2 and 5, was hurt and her neighbour was killed.", "injured", 3),
    ("A teacher and two of her grandchildren, aged 14 and 15, were wounded in Nikopol, and a guard was killed.",
     "injured", 3),
    ("A man, 43, was killed, and his neighbours were hurt in the strike on Sumy.", "killed", 1),
    ("Three brothers, 7, 9 and 15 years old, were hurt and their grandfather was killed.", "injured", 3),
    ("In Balakliia, an elderly couple, both aged 80, died, and a woman was hurt.", "killed", 2),
]


@pytest.mark.parametrize("text, field, value", AGE_ASIDES)
def test_an_age_aside_is_transparent_between_the_people_and_their_cue(text, field, value):
    assert _kept(value, field, text)


AGES_ARE_NO_COUNTS = [  # (sentence, field, an age that must not be read as a count)
    ("A woman and her two sons, aged 9 and 13, were injured in Kupiansk.", "injured", 13),
    ("Two pensioners, 81 and 79, were killed in Orikhiv.", "killed", 79),
    ("A man, 43, was killed on the road to Izium.", "killed", 43),
    ("A father and his daughters, ages 6 and 10, were wounded in Kherson.", "injured", 10),
    ("Three brothers, 7, 9 and 15 years old, were hurt.", "injured", 15),
]


@pytest.mark.parametrize("text, field, age", AGES_ARE_NO_COUNTS)
def test_the_ages_of_an_aside_are_no_counts(text, field, age):
    assert not _kept(age, field, text)


NOT_AGE_ASIDES = [  # (sentence, field, a value that must stay unsupported, or a count that must stay)
    ("A mother with two sons, aged 40, 15 and 12, was evacuated from Vovchansk.", "injured", 3, False),
    ("Two teachers, aged 50 and 52, escaped unhurt.", "injured", 2, False),
    ("A woman and her two sons, aged 9 and 13, left the city before the raid.", "injured", 3, False),
    # numbers between commas that are no ages stay counts
    ("The strikes killed 2, 3 and 4, respectively, in the three villages.", "killed", 4, True),
    ("Rescuers said 12, including a boy, were hurt, and 3, all adults, were killed.", "killed", 3, True),
]


@pytest.mark.parametrize("text, field, value, kept", NOT_AGE_ASIDES)
def test_no_age_aside_changes_nothing(text, field, value, kept):
    assert _kept(value, field, text) is kept


# --------------------------------------------------------------------------- A2: brackets in a list

BRACKETED_LISTS = [  # (sentence, field, a count after the bracket that keeps the list's role)
    ("Russia hit Ukraine with 120 weapons overnight: 110 drones (mostly Geran-2) and 10 missiles.",
     "weapons[0].launched", 10),
    ("The barrage comprised: 64 Shaheds (some of them jet-powered) plus four Iskander-M.", "weapons[0].launched", 4),
    ("Moscow used 200 aerial weapons: 180 drones [including decoys], 14 cruise and six ballistic missiles.",
     "weapons[0].launched", 6),
    ("Russia attacked with 150 air weapons: 132 drones (Shahed, Gerbera and others), plus 18 missiles.",
     "weapons[0].launched", 18),
    ("Russian forces fired 87 drones (Shahed and Gerbera types) plus three Iskander-M missiles at Kharkiv.",
     "weapons[0].launched", 3),
    ("The enemy launched 95 attack drones (of the Shahed type) as well as seven Kalibr missiles from the sea.",
     "weapons[0].launched", 7),
    ("Overnight the army launched 40 drones (Geran-2), along with two Kinzhal missiles.", "weapons[0].launched", 2),
    ("Russia sent 63 drones (Shaheds and decoys) together with five cruise missiles towards Odesa.",
     "weapons[0].launched", 5),
    ("The attack involved 70 UAVs (Geran and Gerbera), 12 Kh-101 cruise missiles and 3 Kinzhals.",
     "weapons[0].launched", 3),
    ("Russia struck Lviv with 41 weapons: 21 drones [Shahed-136], in addition to 20 missiles.",
     "weapons[0].launched", 20),
    ("Air defence destroyed 80 targets: 72 drones (mostly over the north) and eight missiles.",
     "weapons[0].intercepted", 8),
    ("Air defence shot down 58 drones (of the Shahed type) and three Kalibr missiles.", "weapons[0].intercepted", 3),
    ("Defences neutralised 100 targets: 94 UAVs [incl. decoys] plus six cruise missiles.",
     "weapons[0].intercepted", 6),
]


@pytest.mark.parametrize("text, field, value", BRACKETED_LISTS)
def test_a_bracket_inside_a_list_item_does_not_end_the_list(text, field, value):
    assert _kept(value, field, text)


NOT_BRACKETED_LIST_ROLES = [  # (sentence, field, a value the list must not lend its role to)
    ("Air defence downed 70 targets: 60 drones (of 75) and ten missiles.", "weapons[0].launched", 10),
    ("Air defence downed 70 targets: 60 drones (of 75) and ten missiles.", "weapons[0].launched", 75),
    ("Air defence shot down 40 drones (12 more were jammed) and 3 missiles.", "weapons[0].launched", 3),
    ("Russia launched 30 drones (Geran-2). Separately, 7 missiles hit the port.", "weapons[0].intercepted", 7),
    ("Russia launched 48 drones (Shahed) and 4 people were killed.", "weapons[0].launched", 4),
]


@pytest.mark.parametrize("text, field, value", NOT_BRACKETED_LIST_ROLES)
def test_a_bracket_lends_no_role_across_another_verb(text, field, value):
    assert not _kept(value, field, text)


# --------------------------------------------------------------------------- A3: put forward, gather

def _diplomacy(text: str, kind: str, participants=("Finland", "Ukraine")):
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    record = {"kind": kind, "participants": list(participants), "evidence": [text], "description": "an event"}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=dt.date(2026, 5, 6))


def _no_event(got) -> bool:
    return any("describes no diplomatic event" in r.reason for r in got.rejected)


PUT_FORWARD = [  # a proposal told by the act of putting it forward, with no "proposal" word
    "Helsinki tabled a six-point roadmap with both capitals last week.",
    "The Finnish envoys presented a draft to the Ukrainian side on Monday.",
    "A framework was circulated to the Finnish and Ukrainian delegations overnight.",
    "Finland unveiled a 12-point blueprint for the Black Sea in Kyiv.",
    "Kyiv submitted its counter-proposal to the Finnish mediators on Friday.",
    "The Ukrainian side handed over a list of prisoners it wants back, Helsinki said.",
    "A new draft has been drawn up by Finnish lawyers and sent to Kyiv.",
    "Finland's foreign minister laid out a peace formula of her own in Kyiv.",
    "Ukraine passed on lists of civilians held in Russia to the Finnish mediator.",
]


@pytest.mark.parametrize("sentence", PUT_FORWARD)
def test_a_plan_put_forward_is_an_event(sentence):
    got = _diplomacy(sentence, "proposal")
    assert got.diplomacy, got.rejected


GATHERED_AIDES = [  # a meeting told by aides gathering, with no "meeting" word
    "Security advisors of Finland and Ukraine are to gather in Turku on Friday.",
    "Finnish and Ukrainian aides assembled in Helsinki on Sunday.",
    "The sherpas of Finland and Ukraine huddled in Tallinn ahead of the vote.",
    "Finnish and Ukrainian advisors came together in Oslo to be briefed by the US team.",
]


@pytest.mark.parametrize("sentence", GATHERED_AIDES)
def test_aides_gathering_is_an_event(sentence):
    got = _diplomacy(sentence, "talks")
    assert got.diplomacy, got.rejected


NO_PUT_FORWARD = [  # a put-forward verb or a plan noun alone, or a list of no people: no event
    "The Finnish director presented an award to the Ukrainian firefighters.",
    "The draft of Finland's budget was criticised by Ukrainian economists.",
    "Crowds of Finns and Ukrainians gathered in Lviv for a concert.",
    "Ukrainian residents handed over a list of damaged homes to the Finnish volunteers.",
    "A Finnish student tabled a question on Ukraine at the school debate.",
    "The roadmap of the Finnish railway was shown to Ukrainian engineers.",
]


@pytest.mark.parametrize("sentence", NO_PUT_FORWARD)
def test_no_put_forward_act_is_no_event(sentence):
    assert _no_event(_diplomacy(sentence, "proposal"))
