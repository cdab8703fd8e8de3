"""Round 22 count classes (dev41 L2/C1, dev41 L3/C2, dev42 L4), read in fresh sentences on both paths:

- a nil told of a struck site's own people by a copula (or a verb of coming through) and a nil
  adjective of one word class (cues/casualties.yaml unhurt_words): "the crew were unhurt", "its
  employees remained uninjured", "the staff are safe and unharmed" — an injured nil (codebook 6: a
  death word is needed for killed); grounding accepts a model's 0 for it as for "no one was hurt";
- a launch figure told as the predicate of a tally that names its weapons: "the missile count was
  38", "the number of Shaheds reached 96", "Total drones: 90" (one frame, `measure_frames`, read by
  grounding's launch cue and the rules' bare counts);
- weapons counted as the agent of an attack noun: "a raid by two helicopters", "an attack by four jets".

Near misses: soldiers (no site's people) unharmed, a building unharmed, a site nil whose sentence
counts someone hurt, a death toll, an interception tally, a running total since a month, troops as
the agent of an attack.
"""

from __future__ import annotations

import pytest

from probes import attacks_of, count_value as _v
from summariser.articles.site_people import site_nils
from summariser.backends.rules.site_nils import site_zero
from summariser.grounding.counts import count_support
from summariser.grounding.told_zeros import told_zero
from summariser.records import Span


def _read(value: int, field: str, text: str) -> list[str]:
    return [h.text for h in count_support(value, field, text, [(0, len(text))])]


# ------------------------------------------------------------------ L2 / C1: the site nil by a copula

@pytest.mark.parametrize("text", [
    "A drone hit the compressor station before dawn; the operator said the crew were unhurt.",
    "Shelling damaged the water works overnight. Its employees remained uninjured, the utility added.",
    "A missile struck the grain terminal. The night-shift staff are safe and unharmed, the port said.",
    "Debris fell on the depot at 3 a.m.; the workers at the depot had been unscathed, according to the railway.",
    "A glide bomb hit the mine's surface buildings. The miners' crew was reportedly unhurt.",
    "Drones struck the tanker off the coast. The crew of the tanker stayed all unharmed.",
])
def test_the_site_nil_by_a_copula_is_an_injured_nil(text: str) -> None:
    nils = site_nils(text, 0, len(text))
    assert [(n.killed, n.injured) for n in nils] == [(False, True)]
    span = [(0, len(text))]
    assert _v(site_zero("injured", text, span)) == 0 and site_zero("killed", text, span) is None
    assert _read(0, "injured", text) and _read(0, "killed", text)  # a model's 0 is grounded, as for "nobody was hurt"
    spans = [Span(text=text, start=0, end=len(text))]
    assert _v(told_zero("injured", text, spans)) == 0 and told_zero("killed", text, spans) is None


@pytest.mark.parametrize("text", [
    "The soldiers guarding the pumping station were unharmed, the army said.",
    "Workers said the control building was unharmed by the blast.",
    "A drone hit the depot; its workers were warned to stay inside.",
])
def test_no_site_nil_to_read(text: str) -> None:
    assert not list(site_nils(text, 0, len(text)))
    assert site_zero("injured", text, [(0, len(text))]) is None


def test_a_site_nil_whose_sentence_counts_the_hurt_grounds_no_zero() -> None:
    text = "The crew were unhurt, but two guards at the gate were injured, the operator said."
    assert not _read(0, "injured", text) and not _read(0, "killed", text)


def test_the_rules_give_the_site_nil_to_the_strike() -> None:
    text = ("Russian drones struck a gas compressor station in the Poltava region overnight, the regional governor "
            "said on Monday. The operator said its employees were unharmed.")
    attacks = attacks_of(text)
    assert [(_v(a.killed), _v(a.injured)) for a in attacks] == [(None, 0)]


# ------------------------------------------------------------------ L3 / C2: a tally naming its weapons

@pytest.mark.parametrize(("text", "value"), [
    ("The missile count was 38, of which 21 were downed, the air force said.", 38),
    ("The drone tally for the night stood at 112, the air force said.", 112),
    ("The number of Shaheds reached 96 before dawn, the air force said.", 96),
    ("Total missiles: 40, of which 33 destroyed.", 40),
    ("Overnight, the rocket total came to 27, according to the general staff.", 27),
])
def test_a_tally_naming_its_weapons_grounds_the_launch(text: str, value: int) -> None:
    assert _read(value, "weapons[0].launched", text)


@pytest.mark.parametrize(("text", "value", "field"), [
    ("The death toll was 12 after the missile strike on the market.", 12, "weapons[0].launched"),
    ("The interception count was 30, the air force said.", 30, "weapons[0].launched"),
    ("The number of drones since January stood at 9000, the ministry said.", 9000, "weapons[0].launched"),
    ("The missile count was 38, of which 21 were downed.", 38, "weapons[0].intercepted"),
])
def test_tally_near_misses(text: str, value: int, field: str) -> None:
    assert not _read(value, field, text)


def _weapons(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(w.type.value, _v(w.launched), _v(w.intercepted)) for a in attacks_of(text) for w in a.weapons]


@pytest.mark.parametrize(("text", "want"), [
    ("Russian forces struck energy sites in the Kharkiv region overnight. The missile count was 38, of which 21 were "
     "downed, the air force said.", ("missile", 38, 21)),
    ("Russia attacked Odesa overnight. The drone tally for the night stood at 112, and 90 were shot down, the air "
     "force said.", ("drone", 112, 90)),
    ("Russia attacked Kyiv overnight. The number of Shaheds launched reached 96, the air force said; 80 were "
     "destroyed.", ("drone", 96, 80)),
])
def test_the_rules_read_the_tally_as_the_launch(text: str, want: tuple[str, int, int]) -> None:
    assert want in _weapons(text)


# ------------------------------------------------------------------ dev42 L4: weapons as the agent of an attack noun

@pytest.mark.parametrize(("text", "value"), [
    ("The fuel depot burned after what officials called a raid by two Ukrainian helicopters.", 2),
    ("The dam was damaged in an attack by four Russian Su-34 jets on Tuesday.", 4),
    ("The bridge was closed after a night assault by 30 drones, the governor said.", 30),
    ("Residents described a bombardment by six rockets just after midnight.", 6),
])
def test_weapons_as_the_agent_of_an_attack_are_launched(text: str, value: int) -> None:
    assert _read(value, "weapons[0].launched", text)


@pytest.mark.parametrize(("text", "value"), [
    ("The village was overrun in an attack by 200 soldiers.", 200),
    ("The raid by police found four drones in a garage.", 4),
])
def test_agent_near_misses(text: str, value: int) -> None:
    assert not _read(value, "weapons[0].launched", text)


# ------------------------------------------------------------------ dev41 C3: a fronted whole, a dash apposition with decoys

@pytest.mark.parametrize(("text", "want"), [
    ("Russia attacked Ukraine overnight, the air force said. The raid involved 88 drones and 20 missiles. Of the "
     "drones, 51 were shot down, the force said.", ("drone", 88, 51)),
    ("Russia attacked Ukraine overnight, the air force said. It fired 60 drones and 14 cruise missiles. Of the cruise "
     "missiles, nine were destroyed over the south.", ("cruise_missile", 14, 9)),
    ("Russia attacked Ukraine overnight, the air force said. The attack involved 88 drones and 20 missiles. Among the "
     "drones, 51 were shot down while 30 more were jammed, the force said.", ("drone", 88, 81)),
])
def test_a_fronted_whole_names_the_weapon_of_its_parts(text: str, want: tuple[str, int, int]) -> None:
    assert want in _weapons(text)


@pytest.mark.parametrize(("text", "launched", "intercepted"), [
    ("Russia attacked Ukraine overnight, the air force said. The attack involved 88 drones — Geran strike drones "
     "together with decoys of several types — and 20 missiles. Of the drones, 51 were shot down while 30 more were "
     "neutralised by EW units, officials said.", 88, 81),
    ("Russia struck the Odesa region overnight, the governor said. It used 64 drones – attack drones as well as "
     "Gerbera decoys – and air defence downed 40 of them.", 64, 40),
])
def test_a_dash_apposition_with_decoys_makes_one_combined_entry(text: str, launched: int, intercepted: int) -> None:
    assert ("other", launched, intercepted) in _weapons(text)


def test_near_misses_of_the_fronted_whole_and_the_apposition() -> None:
    # the dash aside names two kinds with no decoy: no combined entry
    text = ("Russia attacked Ukraine overnight, the air force said. It launched 70 weapons — drones together with "
            "missiles — at the west.")
    assert not any("together" in (w.model or "") for a in attacks_of(text) for w in a.weapons)
    # a fronted whole of people is no weapon
    text = "A missile hit Sumy on Monday, the governor said. Of the wounded, 12 were taken to hospital."
    assert all(i is None for _, _, i in _weapons(text))


# ------------------------------------------------------------------ dev41 C4 / C6: a place's own defence, and its nil

def _records(text: str) -> list[tuple[list[str], int | None, list[tuple[str, int | None]]]]:
    return [([p.name for p in a.locations], _v(a.injured), [(w.type.value, _v(w.intercepted)) for w in a.weapons])
            for a in attacks_of(text, "2025-06-22")]


@pytest.mark.parametrize("text", [
    "Russian air defences shot down 25 Ukrainian drones overnight over the Belgorod and Kursk regions, the defence "
    "ministry said on Sunday.\n\nSeparately, the fleet repelled an attack by sea drones on Novorossiysk before dawn, "
    "the mayor wrote on Telegram. Marines and coastal crews destroyed four sea drones near the harbour, he said. "
    "Sirens sounded for an hour.\n\n\"Nobody was injured. A fence was damaged at the port,\" the mayor wrote.",
    "Moscow's defence ministry said 25 Ukrainian drones were destroyed overnight over the Bryansk region.\n\nIn a "
    "separate attack, naval drones tried to hit Novorossiysk before dawn, the mayor said. Sailors on patrol boats "
    "sank four of the sea drones outside the harbour, he added.",
])
def test_a_places_own_defence_joins_its_strike(text: str) -> None:
    records = _records(text)
    novo = [r for r in records if r[0] == ["Novorossiysk"]]
    assert novo and ("drone", 4) in novo[0][2]
    assert not any(("drone", 4) in r[2] for r in records if r[0] != ["Novorossiysk"])


def test_a_night_tally_after_a_place_stays_the_countrys() -> None:
    # a national body's figure over a wider scope after a strike told without a figure: the country's tally
    text = ("Drones attacked an oil depot in Novorossiysk before dawn, the mayor said. The defence ministry said air "
            "defences destroyed 40 drones over several regions.")
    records = _records(text)
    assert not any(("drone", 40) in r[2] for r in records if r[0] == ["Novorossiysk"])
