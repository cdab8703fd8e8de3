"""Round 41 (6 December 2026, evening). A table told in prose: rows led by the weapon ("Attack drones - 142
(118 of them downed)", "cruise missiles: 12, of which 9 were destroyed"), read alike by the rules and by the
LLM path's grounding; a breakdown label opening its own sentence ("By type:", "Of them:") after the total it
breaks down, its items taking that total's role even where an item names an "air-launched" missile; a label's
sum word and a dash before its figure ("Shot down in total - 98"). Fresh sentences, written for these tests,
with near misses beside them."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value, diplomacy_of
from summariser.grounding.counts import count_support

_PUBLISHED = "2026-04-14"
_attacks = AttackProbe(_PUBLISHED, grounded=True)
_LEAD = "Overnight the enemy attacked Ukraine with drones and missiles. "


def _grounds(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


def _figures(text: str) -> dict[str, tuple[int | None, int | None]]:
    """Each weapon type of the one record -> (launched, intercepted)."""
    attack = _attacks.one(text)
    return {w.type.value: (count_value(w.launched), count_value(w.intercepted)) for w in attack.weapons}


# --------------------------------------------------------------------------- rows led by the weapon
@pytest.mark.parametrize("rows", [
    "Attack drones - 142 (118 of them downed); cruise missiles - 12 (9 shot down).",
    "Attack drones: 142 (118 intercepted). Cruise missiles: 12 (9 destroyed).",
    "Attack drones \u2014 142, of which 118 were shot down; cruise missiles \u2014 12, of which 9 were destroyed.",
    "Results by weapon:\nAttack drones - 142 (118 downed)\nCruise missiles - 12 (9 downed)",
])
def test_a_row_led_by_the_weapon_gives_launched_and_downed(rows: str) -> None:
    figures = _figures(_LEAD + rows)
    assert figures["drone"] == (142, 118)
    assert figures["cruise_missile"] == (12, 9)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Attack drones - 142 (118 of them downed).", "launched", 142),
    ("Cruise missiles: 12, of which 9 were destroyed.", "launched", 12),
    ("Ballistic missiles \u2013 6 (2 intercepted).", "launched", 6),
])
def test_the_llm_path_grounds_a_row_figure_as_launched(text: str, field: str, value: int) -> None:
    assert _grounds(text, field, value)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Attack drones - 142 (118 of them downed).", "intercepted", 142),  # the row's figure is no downing
    ("Kharkiv region - 14 (3 of them destroyed).", "launched", 14),  # no weapon leads the row
    ("Attack drones - 142 (118 of them downed).", "launched", 118),  # the share is no launch
])
def test_a_row_figure_is_launched_only_after_a_weapon(text: str, field: str, value: int) -> None:
    assert not _grounds(text, field, value)


def test_a_row_without_a_weapon_counts_no_weapon() -> None:
    text = _LEAD + "Kharkiv region - 14 (3 of them destroyed)."
    assert all(count_value(w.launched) != 14 for a in _attacks(text) for w in a.weapons)


# --------------------------------------------------------------------------- a breakdown sentence
@pytest.mark.parametrize(("total", "breakdown", "field"), [
    ("Detected in all: 160 air attack weapons.", "By type: 140 Geran drones; 14 Kh-101 air-launched cruise missiles; "
     "6 Iskander-M ballistic missiles.", 0),
    ("Tracked overnight: 160 air attack weapons.", "Broken down by type: 140 Geran drones, 14 Kh-101 air-launched "
     "cruise missiles and 6 Iskander-M ballistic missiles.", 0),
    ("Shot down or jammed (interim, 08:00): 160 targets.", "Of these: 140 drones; 14 cruise missiles; "
     "6 ballistic missiles.", 1),
    ("Destroyed by air defence: 160 targets.", "Among them: 140 drones, 14 cruise missiles and 6 ballistic missiles.", 1),
])
def test_a_breakdown_sentence_takes_the_role_of_the_total_before_it(total: str, breakdown: str, field: int) -> None:
    figures = _figures("Overnight the enemy struck Ukraine's power plants. " + total + " " + breakdown)
    assert [figures[t][field] for t in ("drone", "cruise_missile", "ballistic_missile")] == [140, 14, 6]


def test_a_breakdown_after_no_total_gives_no_role() -> None:
    text = ("Overnight the enemy struck Ukraine's power plants. Engineers restored supply by noon. "
            "By type: 140 Geran drones; 14 cruise missiles.")
    assert all(w.launched is None and w.intercepted is None for a in _attacks(text) for w in a.weapons)


@pytest.mark.parametrize("kind", ["air-launched", "sea-launched", "ship-launched"])
def test_an_air_launched_item_takes_its_lists_downing(kind: str) -> None:
    figures = _figures(_LEAD + f"Air defence downed 80 targets: 70 Shahed drones, 7 {kind} cruise missiles and "
                       "3 Kinzhal missiles.")
    assert figures["cruise_missile"] == (None, 7)
    assert figures["ballistic_missile"] == (None, 3)


def test_a_launch_verb_still_launches_its_list() -> None:
    figures = _figures(_LEAD + "The enemy launched 80 weapons: 70 Shahed drones, 7 air-launched cruise missiles and "
                       "3 Kinzhal missiles.")
    assert figures["cruise_missile"] == (7, None)
    assert figures["ballistic_missile"] == (3, None)


# --------------------------------------------------------------------------- a label's sum word, a dash
@pytest.mark.parametrize("label", [
    "Shot down or suppressed in total: 98.",
    "Shot down in total - 98.",
    "Intercepted overall \u2014 98.",
    "Downed altogether: 98.",
])
def test_a_labels_sum_word_and_dash_keep_its_figure(label: str) -> None:
    figures = _figures("Overnight the enemy attacked Ukraine with 120 drones. " + label)
    assert figures["drone"] == (120, 98)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Shot down in total - 98.", "intercepted", 98),
    ("Launched overall \u2013 120 drones.", "launched", 120),
])
def test_the_llm_path_grounds_a_figure_after_a_labels_dash(text: str, field: str, value: int) -> None:
    assert _grounds(text, field, value)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Shot down in total - 98.", "launched", 98),
    ("Russia launched 120 drones at 3 regions - 98 hit the grid.", "intercepted", 98),  # a clause, no label
])
def test_a_dash_after_a_clause_is_no_label(text: str, field: str, value: int) -> None:
    assert not _grounds(text, field, value)


# --------------------------------------------------------------------------- the lead's night told again
@pytest.mark.parametrize("tally", [
    "The air force tracked 160 drones overnight.",
    "Overnight, air defence shot down 140 of the 160 drones.",
    "The air force said 160 drones were launched at the country during the night.",
])
def test_a_tally_retelling_the_leads_night_is_that_nights(tally: str) -> None:
    attack = _attacks.one("Overnight the enemy attacked Ukraine. " + tally)
    assert [p.name for p in attack.locations] == ["Ukraine"]
    assert count_value(attack.weapons[0].launched) == 160


def test_a_tally_of_another_night_is_not_the_leads() -> None:
    text = "On the night of 12 April the enemy attacked Ukraine. On the night of 9 April the air force tracked 160 drones."
    assert all(count_value(w.launched) != 160 or a.date.start.day == 8 for a in _attacks(text) for w in a.weapons)


# --------------------------------------------------------------------------- a life lost, a person perished
@pytest.mark.parametrize("death", [
    "A pensioner lost her life in the village.",
    "A man aged 58 lost his life on the spot.",
    "A woman, 71, lost her life.",
    "A guard perished in the fire.",
])
def test_one_person_who_lost_a_life_is_one_killed(death: str) -> None:
    attack = _attacks.one("Russian drones struck Fastiv overnight. " + death)
    assert count_value(attack.killed) == 1


@pytest.mark.parametrize("text", ["A pensioner lost her life in the village.", "Three people perished in the blaze."])
def test_the_llm_path_grounds_a_life_lost(text: str) -> None:
    assert _grounds(text, "killed", 3 if text.startswith("Three") else 1)


@pytest.mark.parametrize("text", [
    "Russian drones struck Fastiv overnight. A shopkeeper lost her life savings in the fire.",
    "Russian drones struck Fastiv overnight. The painter lost his life's work when the studio burned.",
])
def test_a_life_savings_lost_is_no_death(text: str) -> None:
    assert all(a.killed is None for a in _attacks(text))
    assert not _grounds(text, "killed", 1)


# --------------------------------------------------------------------------- a body named before its seat
@pytest.mark.parametrize("body", ["The Military Administration of Kyiv Oblast", "The City Council of Fastiv",
                                  "The Regional Military Administration of the Kyiv Oblast"])
def test_a_body_named_before_its_seat_is_no_place_hit(body: str) -> None:
    attack = _attacks.one(f"Russian drones struck Fastiv overnight. {body} reports that two residents were injured.")
    assert [p.name for p in attack.locations] == ["Fastiv"]
    assert count_value(attack.injured) == 2


def test_a_building_hit_keeps_its_city() -> None:
    attacks = _attacks("A drone hit the regional military administration of Kharkiv overnight, injuring two.")
    assert "Kharkiv" in {p.name for a in attacks for p in a.locations}


# --------------------------------------------------------------------------- a toll summed "in total"
@pytest.mark.parametrize("toll", [
    "The blast killed a woman and wounded eight residents in total, the regional administration said.",
    "In all, nine people were hurt, the governor said.",
])
def test_a_toll_summed_in_total_stays_with_its_strike(toll: str) -> None:
    attack = _attacks.one("This morning a Russian drone hit a school in Sumy. " + toll)
    assert [p.name for p in attack.locations] == ["Sumy"]


# --------------------------------------------------------------------------- a justification after a time word
@pytest.mark.parametrize("text", [
    "Overnight, in retaliation for attacks on civilian sites on Russian territory, the Russian armed forces delivered "
    "a massive strike with missiles and attack drones on energy facilities of Ukraine.",
    "Early on Tuesday, in response to strikes on Russian soil, Russian forces delivered a strike with missiles and "
    "drones on energy facilities of Ukraine.",
])
def test_a_justification_after_a_time_word_leaves_the_main_clause_its_strike(text: str) -> None:
    attack = _attacks.one(text)
    assert (attack.attacker, attack.target_country) == ("Russia", "Ukraine")
    assert {w.type.value for w in attack.weapons} >= {"drone"}


# --------------------------------------------------------------------------- a night glossed by its clock range
@pytest.mark.parametrize("gloss", ["(22:00 on 12 April to 06:00 on 13 April, Moscow time)",
                                   "(21:30 April 12 to 05:00 April 13)"])
def test_a_bracketed_clock_range_dates_the_night(gloss: str) -> None:
    attack = _attacks.one(f"During the night {gloss}, duty air defences destroyed 41 drones of the Kyiv regime above "
                          "the Kursk region.")
    assert (attack.date.start.isoformat(), attack.date.end.isoformat()) == ("2026-04-12", "2026-04-13")


# --------------------------------------------------------------------------- history is no record of this war
@pytest.mark.parametrize("text", [
    "Missiles struck Sevastopol on 3 March 1942, killing 40.",
    "Shells hit Odesa on 10 April 1944, the museum's captions say, wounding 12.",
])
def test_a_strike_before_the_war_is_no_record(text: str) -> None:
    assert _attacks(text) == []
    assert _attacks(text.replace("1942", "2022").replace("1944", "2024"))  # the same strike within the war stands


def test_a_conference_of_another_century_is_no_record() -> None:
    assert _diplomacy("The convoys were settled at the Yalta conference of February 1945, once the foreign ministers "
                      "had held long talks in Moscow.") == []


# --------------------------------------------------------------------------- diplomacy
def _diplomacy(text: str, published: str = _PUBLISHED):
    return diplomacy_of(text, published)


@pytest.mark.parametrize("text", [
    "The US Treasury on Tuesday put Russia's three largest banks, their leasing arms and dozens of subsidiaries in "
    "Cyprus and Dubai under sanctions.",
    "London on Tuesday placed two shipping firms, an insurer registered in the Emirates and eleven of their tankers "
    "under sanctions.",
])
def test_sanctions_over_a_long_list_of_targets(text: str) -> None:
    assert [d.kind.value for d in _diplomacy(text)] == ["sanctions"]


@pytest.mark.parametrize("verb", ["put their names to", "set their names to"])
def test_names_put_to_a_letter_of_intent_is_an_agreement(verb: str) -> None:
    records = _diplomacy(f"In Oslo on Tuesday, President Zelensky and the Norwegian prime minister {verb} a letter of "
                         "intent on air defence systems.")
    assert [(d.kind.value, d.status.value) for d in records] == [("agreement", "held")]


@pytest.mark.parametrize("text", [
    "An aide in Moscow says a summit of both presidents first needs thorough preparation, and that the Kremlin "
    "does not exclude it.",
    "A spokesman said a meeting of the two leaders still needs careful preparation.",
    "A summit between the presidents requires more groundwork, the aide said.",
])
def test_an_event_that_needs_preparing_is_no_event(text: str) -> None:
    assert _diplomacy(text) == []


def test_an_event_that_needs_preparing_keeps_its_day() -> None:
    records = _diplomacy("The leaders' meeting on Friday in Vienna still needs careful preparation, a spokesman said.")
    assert [d.kind.value for d in records] == ["meeting"]  # its day makes it one (its status is read elsewhere)


@pytest.mark.parametrize("text", [
    "A summit is a hard thing to explain at home while cities sit in the dark.",
    "Moscow keeps saying the way to a meeting remains open.",
])
def test_an_indefinite_event_with_nothing_of_its_own_is_no_event(text: str) -> None:
    assert _diplomacy(text) == []


@pytest.mark.parametrize("text", ["Zelensky had a meeting with Macron on Tuesday.",
                                  "Zelensky held a meeting with the Polish president in Warsaw."])
def test_an_indefinite_event_with_a_side_or_verb_stays(text: str) -> None:
    assert [d.kind.value for d in _diplomacy(text)] == ["meeting"]


@pytest.mark.parametrize("plan", ["which diplomats had been preparing for early May", "that officials were preparing for mid-May",
                                  "which had been set for early May"])
def test_a_called_off_event_keeps_the_time_it_was_prepared_for(plan: str) -> None:
    records = _diplomacy(f"On Tuesday the White House called off the summit with Putin in Budapest, {plan}.")
    assert [(d.status.value, d.date.start.month) for d in records] == [("cancelled", 5)]


# --------------------------------------------------------------------------- near misses of the round's diplomacy readings
@pytest.mark.parametrize(("text", "kind"), [
    ("The Polish and Ukrainian foreign ministers signed a memorandum on reburying the victims of the 1943-45 killings.", "agreement"),
    ("Norway will host defence chiefs in Oslo next Tuesday at a meeting about the alliance's ammunition needs.", "meeting"),
    ("The Dutch prime minister is now in Lviv on a visit kept secret until her overnight train arrived.", "visit"),
])
def test_the_rounds_diplomacy_readings_keep_these(text: str, kind: str) -> None:
    assert [d.kind.value for d in _diplomacy(text, "2026-10-10")] == [kind]


def test_a_round_that_never_took_place_gets_no_record_from_its_month() -> None:
    assert _diplomacy("A third round, pencilled in for late June, never took place; nobody has proposed another date.") == []


# --------------------------------------------------------------------------- a condition told by inversion
@pytest.mark.parametrize("text", [
    "Had the Vienna summit gone ahead, Europe would have been left outside the room.",
    "Were a summit in Rome to take place, Kyiv would send its foreign minister.",
    "Had their talks in Riyadh succeeded, the ceasefire would already be in force.",
])
def test_an_inverted_condition_tells_no_event(text: str) -> None:
    assert _diplomacy(text) == []


def test_a_plain_past_perfect_stays_an_event() -> None:
    records = _diplomacy("The summit in Vienna had gone ahead on Friday despite the protests.")
    assert [(d.kind.value, d.status.value) for d in records] == [("summit", "held")]


# --------------------------------------------------------------------------- "struck with N" launches its list
@pytest.mark.parametrize("verb", ["struck with", "attacked with"])
def test_a_strike_told_with_its_figure_launches_the_list_under_it(verb: str) -> None:
    text = (f"Air Force of Ukraine, morning report.\n\nIn the night of 13 April the enemy {verb} 96 means of air attack:"
            "\n\n- 80 Shahed drones;\n- 9 Kh-101 air-launched cruise missiles;\n- 7 Iskander-M ballistic missiles.")
    figures = _figures(text)
    assert [figures[t][0] for t in ("drone", "cruise_missile", "ballistic_missile")] == [80, 9, 7]


def test_struck_with_no_figure_is_no_launch_of_its_list() -> None:
    text = ("Overnight the enemy struck with drones. Later the air force reported hits in two regions:\n\n"
            "- 5 drones in Kyiv Oblast;\n- 3 drones in Sumy Oblast.")
    assert all(count_value(w.launched) not in (5, 3) for a in _attacks(text) for w in a.weapons)
