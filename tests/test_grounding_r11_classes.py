"""Round-11 loss classes, each in general form with fresh sentences: children told without a child
word (by an age, a school noun, a partitive after a clause with two casualty cues); a live
blog's update dated by its time stamp; a meeting told by a verb of gathering. Each kept value
has a refused invented one beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support
from summariser.records import DatePrecision

PUBLISHED = dt.date(2026, 11, 20)  # a Friday


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- C1: children by age

CHILD_BY_AGE = [
    ("Shelling hit the village overnight, killing three people, among them a boy of seven.", "children_killed", 1),
    ("A girl of 12 was wounded by shrapnel in the courtyard, the mayor said.", "children_injured", 1),
    ("Among the wounded was a girl of 12, medics said.", "children_injured", 1),
    ("A child of five was hurt when the roof fell in.", "children_injured", 1),
    ("Two people died in the strike, a grandmother and her grandson, aged 11.", "children_killed", 1),
    ("Two people, aged 15 and 16, were injured by debris near the station.", "children_injured", 2),
    ("A kindergartner was among the injured, the governor wrote.", "children_injured", 1),
    ("A woman and her daughter, a first-grader, were injured in the blast.", "children_injured", 1),
    ("A woman and her son, a pupil at the local school, were injured.", "children_injured", 1),
    ("A drone hit a car, injuring a woman and her son, who is nine.", "children_injured", 1),
    ("The drone wounded a man and his son, a nine-year-old pupil, who was taken to hospital.", "children_injured", 1),
]


@pytest.mark.parametrize("text, field, value", CHILD_BY_AGE)
def test_a_child_told_by_an_age_or_a_school_noun_is_a_child_count(text, field, value):
    assert _kept(value, field, text)
    assert not _kept(value + 2, field, text)  # an invented child count stays refused


CHILD_AFTER_TWO_CUES = [
    ("The strike killed two people and wounded eleven, four of them minors, the governor said.", 4),
    ("A glide bomb killed one man and injured nine, two of them children.", 2),
    ("A rocket killed a pensioner and hurt eight, three of whom were under 18.", 3),
    ("The drone killed one man and injured nine people, two of them under the age of 18.", 2),
    ("The missile killed a guard and wounded seven, two of them underage.", 2),
]


@pytest.mark.parametrize("text, value", CHILD_AFTER_TWO_CUES)
def test_a_partitive_after_two_casualty_cues_belongs_to_the_nearer_count(text, value):
    assert _kept(value, "children_injured", text)
    assert not _kept(value, "children_killed", text)  # the children are among the injured, not the dead


NOT_A_CHILD = [
    ("A 19-year-old was among the injured, the governor said.", "children_injured", 1),
    ("A man of 40 was among the wounded, medics said.", "children_injured", 1),
    ("A girl aged 19 was wounded by shrapnel.", "children_injured", 1),
    ("A mother of three was among the wounded.", "children_injured", 3),
    ("A father of two was killed in the shelling.", "children_killed", 2),
    ("The son of two teachers was injured in the blast.", "children_injured", 1),
    ("The drone injured nine people, three of them adults.", "children_injured", 3),
    ("The drone injured nine people, two of them over 60.", "children_injured", 2),
    ("Two people, aged 15 and 46, were injured by debris.", "children_injured", 2),
    ("A woman and her son, a soldier, were injured.", "children_injured", 1),
    ("A woman and her adult son were injured.", "children_injured", 1),
    ("A drone hit a car, injuring a woman and her son, who is 25.", "children_injured", 1),
    ("A drone killed a woman and her son, 12 were injured.", "children_killed", 1),  # 12 counts the injured
    ("Five people were killed, among them a boy of 14.", "children_injured", 1),
]


@pytest.mark.parametrize("text, field, value", NOT_A_CHILD)
def test_an_adult_a_parent_or_the_other_casualty_count_is_no_child_count(text, field, value):
    assert not _kept(value, field, text)


@pytest.mark.parametrize("text, age", [
    ("A girl of 12 was wounded by shrapnel.", 12),
    ("A boy of seven was killed and his mother injured.", 7),
    ("The strike wounded nine people, two of them under 18.", 18),
])
def test_an_age_is_never_a_casualty_count(text, age):
    assert not _kept(age, "injured", text)
    assert not _kept(age, "killed", text)


@pytest.mark.parametrize("text, value", [
    ("Three people were killed and 12 injured; a toddler and a teenager were among the injured.", 2),
    ("Shrapnel wounded two girls and a boy in the yard, the mayor said.", 3),
    ("Three people were killed and 12 injured, with a 16-year-old among the injured.", 1),
])
def test_children_told_as_a_list_or_an_age_among_the_injured_are_counted(text, value):
    assert _kept(value, "children_injured", text)
    assert not _kept(value, "children_killed", text)


def test_a_list_with_an_adult_in_it_is_no_child_count():
    text = "A man and a boy were killed when the shell hit the yard."
    assert _kept(1, "children_killed", text)  # the boy
    assert not _kept(2, "children_killed", text)  # the man is no child


def test_the_adults_and_the_children_of_one_list_keep_their_own_counts():
    text = "A boy of seven was killed and his mother injured, the governor said."
    assert _kept(1, "children_killed", text)
    assert _kept(1, "killed", text)
    assert not _kept(1, "children_injured", text)


# --------------------------------------------------------------------------- C2: live-blog updates


def _attack_date(text: str, evidence: str, when: str | None = None):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike",
              "evidence": [evidence], "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert got.attacks, got.rejected
    return got.attacks[0].date


EVIDENCE = "A missile strike on Poltava has killed one person"
STAMP_SHAPES = [
    ("**07:05 GMT** - {e}, the governor says.\n\n**08:20 GMT** - Talks resume in Geneva.", "07:05 GMT"),
    ("07:05 - {e}, the governor says.\n\n08:20 - Talks resume in Geneva.", "07:05"),
    ("9.35am: {e}, the governor says.\n\n10.10am: Talks resume in Geneva.", "9.35am"),
    ("[07:05] {e}, the governor says.\n\n[08:20] Talks resume in Geneva.", "07:05"),
    ("2:15pm ET: {e}, the governor says.\n\n3:40pm ET: Talks resume in Geneva.", "2:15pm ET"),
    ("07:05 GMT\n{e}, the governor says.\n\n08:20 GMT\nTalks resume in Geneva.", "07:05 GMT"),
    ("0705 GMT - {e}, the governor says.\n\n0820 GMT - Talks resume in Geneva.", "0705 GMT"),
    ("Updated: 07:05 - {e}, the governor says.\n\nUpdated: 08:20 - Talks resume in Geneva.", "07:05"),
]


@pytest.mark.parametrize("body, stamp", STAMP_SHAPES)
def test_an_undated_update_is_dated_by_its_stamp(body, stamp):
    text = "War in Ukraine: live\n\n" + body.format(e=EVIDENCE)
    date = _attack_date(text, EVIDENCE)
    assert date is not None
    assert (date.start, date.end, date.precision) == (PUBLISHED - dt.timedelta(days=1), PUBLISHED, DatePrecision.range)
    assert date.text == stamp


def test_a_day_heading_above_the_stamp_gives_the_updates_day():
    text = ("Live updates\n\nWednesday 18 November\n\n21:10 - Sirens sounded in Kyiv.\n\n"
            f"23:40 - {EVIDENCE}, the governor says.\n\nThursday 19 November\n\n08:00 - Talks resume.")
    date = _attack_date(text, EVIDENCE)
    assert (date.start, date.end) == (dt.date(2026, 11, 17), dt.date(2026, 11, 18))


def test_a_stamp_that_carries_its_own_day_dates_its_update():
    text = (f"Live\n\nThu 19 Nov 2026 23.55 GMT\n{EVIDENCE}, the governor says.\n\n"
            "Fri 20 Nov 2026 06.10 GMT\nTalks resume in Geneva.")
    date = _attack_date(text, EVIDENCE)
    assert (date.start, date.end) == (dt.date(2026, 11, 18), dt.date(2026, 11, 19))


def test_a_when_that_is_the_stamp_reads_as_the_updates_date():
    text = f"Live\n\n**07:05 GMT** - {EVIDENCE}, the governor says.\n\n**08:20 GMT** - Talks resume."
    date = _attack_date(text, EVIDENCE, when="07:05 GMT")
    assert (date.start, date.end, date.precision) == (PUBLISHED - dt.timedelta(days=1), PUBLISHED, DatePrecision.range)


def test_an_update_with_its_own_date_words_keeps_them():
    evidence = "A missile strike on Poltava on Tuesday killed one person"
    text = f"Live\n\n07:05 - {evidence}, the governor says.\n\n08:20 - Talks resume in Geneva."
    date = _attack_date(text, evidence)
    assert (date.start, date.precision) == (dt.date(2026, 11, 17), DatePrecision.day)


@pytest.mark.parametrize("text", [
    f"{EVIDENCE}, the governor says.\n\nThe city was hit at 07:05, officials said.",  # no live blog
    f"Live\n\n07:05 - {EVIDENCE}, the governor says.\n\nThe attack came amid talks.",  # one stamp only
    f"Analysis\n\n{EVIDENCE}, the governor says.\n\n07:05 - sirens.\n\n08:20 - all clear.",  # above every stamp
])
def test_an_article_that_is_no_live_blog_leaves_the_date_alone(text):
    assert _attack_date(text, EVIDENCE) is None


# --------------------------------------------------------------------------- C3: gathering verbs


def _diplomacy_kept(sentence: str) -> bool:
    record = {"kind": "meeting", "participants": ["NATO"], "evidence": [sentence], "description": "a meeting"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), sentence, published=PUBLISHED)
    return bool(got.diplomacy)


@pytest.mark.parametrize("sentence", [
    "Alliance foreign ministers gather in Vilnius on 3 December.",
    "NATO defence ministers are due to assemble at headquarters on Thursday.",
    "Defence chiefs of NATO member states will sit down in Paris on Friday.",
    "NATO defence chiefs huddled in Vilnius for a second day.",
    "The NATO contact group assembles at Ramstein on Tuesday.",
    "The NATO secretary general will sit down with Merz in Berlin on Friday.",
])
def test_a_meeting_told_by_a_gathering_verb_is_a_diplomatic_event(sentence):
    assert _diplomacy_kept(sentence)


@pytest.mark.parametrize("sentence", [
    "Crowds gathered outside the NATO embassy building on Monday.",
    "NATO drones were used for gathering intelligence over the Baltic.",
    "Storm clouds gathered over the NATO base on Monday.",
    "NATO officials gathered evidence of the incursion for investigators.",
    "A group of residents gathered near the NATO base in the evening.",
    "The NATO secretary general sat down with reporters in Brussels.",
    "The NATO secretary general sat down with a Sunday paper's interviewer.",
])
def test_a_gathering_of_no_officials_or_of_things_is_no_event(sentence):
    assert not _diplomacy_kept(sentence)
