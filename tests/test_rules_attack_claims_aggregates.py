"""Attack rules for two precision classes found on unseen wire copy (issue 13): a side's own claim
or confirmation of a strike already reported by the other side is no second record (dev16 B2), and
a war-long or multi-month aggregate is no record (dev17 B9). Sentences written for these tests
(none from seeds/ or evals/), several phrasings each, with negatives that must not change.
Published Tuesday 1 December 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

PUBLISHED = "2026-12-01"


_attacks = AttackProbe(PUBLISHED, grounded=True)


# --------------------------------------------------------------------------- B2: own-side claims


@pytest.mark.parametrize("text", [
    "A drone hit an oil depot in Novoshakhtinsk overnight, the regional governor said. Later on Tuesday, "
    "Ukraine's General Staff said its drones had struck the depot in Novoshakhtinsk.",
    "Russian missiles hit port infrastructure in Mykolaiv overnight, injuring four, the mayor said. "
    "The Russian defence ministry claimed strikes on military sites in the Mykolaiv region.",
    "Drones set fire to a refinery in Syzran early on Monday, the governor of the Samara region said. "
    "Hours later, Kyiv's military confirmed hitting the Syzran refinery.",
    "A missile struck a rail depot in Kovel overnight, officials said. Russia's defence ministry said its "
    "forces had hit a rail hub in Kovel used by Ukrainian troops.",
    "A Ukrainian drone attack damaged a fuel terminal in Tuapse overnight, local authorities said. "
    "The Ukrainian navy later said it had struck the terminal in Tuapse.",
    "Shelling killed two people in Kherson on Sunday, the regional governor said. Moscow's defence "
    "ministry said on Monday it had targeted Ukrainian army positions in Kherson.",
    "Drones hit an ammunition depot near Toropets overnight, the Tver governor said. The Ukrainian "
    "military reported striking the arsenal near Toropets later in the day.",
    "A guided bomb wrecked a warehouse in Zaporizhzhia on Saturday, wounding five, regional officials said. "
    "The Russian military said its aircraft had destroyed a Ukrainian depot in Zaporizhzhia.",
    "Missiles hit an energy facility in Kryvyi Rih overnight, the governor said. Russia's defence ministry "
    "claimed hits on energy infrastructure in the Dnipropetrovsk region.",
    "Ukrainian drones hit a refinery in Volgograd on Saturday night, the governor said. On Sunday, the "
    "General Staff in Kyiv confirmed hitting the Volgograd refinery.",
    "A drone struck a power substation in Belgorod overnight, the regional governor said. Ukraine's SBU "
    "security service said on Monday its drones had hit the substation in Belgorod.",
    "A missile hit a grain terminal in Izmail overnight, regional officials said. Moscow said on Tuesday "
    "it had struck port facilities in the Odesa region.",
    "Ukrainian drones damaged an oil pumping station near Tikhoretsk on Sunday night, the Krasnodar "
    "authorities said. On Monday Kyiv claimed hits on the fuel site in Tikhoretsk.",
])
def test_a_sides_claim_of_the_same_strike_joins_it(text: str) -> None:
    assert len(_attacks(text)) == 1


@pytest.mark.parametrize("text, n", [
    # a claim of a different strike (a new place) is a record of its own
    ("A drone hit a depot in Bryansk overnight, the governor said. Kyiv's General Staff added that its forces "
     "also struck an oil refinery in Saratov.", 2),
    # a claim that is the only report of a strike stays a record
    ("Ukraine's General Staff said its drones had struck an oil refinery in Ryazan overnight.", 1),
    ("The Russian defence ministry stated its missiles had hit a fuel depot in Kremenchuk on Monday.", 1),
    # a dated single strike with a toll
    ("A missile killed three people in Odesa on Sunday, the governor said.", 1),
])
def test_claims_of_other_strikes_stay_records(text: str, n: int) -> None:
    assert len(_attacks(text)) == n


def test_the_claims_statement_day_does_not_date_the_strike() -> None:
    (attack,) = _attacks("Drones set fire to a refinery in Syzran early on Sunday, the governor said. "
                         "On Monday, Kyiv's General Staff confirmed its drones had hit the Syzran refinery.")
    assert attack.date is not None and str(attack.date.start) == "2026-11-29"


# --------------------------------------------------------------------------- B9: period aggregates


@pytest.mark.parametrize("text", [
    "The UN has recorded more than 14,800 civilians killed in Ukraine since the invasion.",
    "Russia launched more than 48,000 drones at Ukraine in 2025 alone, according to an air force tally.",
    "Since the start of the year, Russian strikes have killed 310 civilians in the Kharkiv region.",
    "Nearly four years into the war, drone attacks on Dnipro have wounded more than 900 people.",
    "UN monitors said 212 civilians were killed and 1,040 injured across Ukraine in October.",
    "During the first ten months of 2026, shelling killed 86 people in Kherson, officials said.",
    "So far this year Ukraine has fired around 1,200 drones at Russian refineries, analysts estimate.",
    "Over the past three years, missile strikes have killed 140 people in Odesa, the city council said.",
    "In almost three years of full-scale war, shelling has killed 470 residents of Nikopol, the mayor said.",
    "Eighteen months into the invasion, Russian rockets had wounded 2,300 people in the Zaporizhzhia region.",
    "Ukrainian forces struck Russian oil facilities 160 times in 2026 so far, a think tank counted.",
    "The United Nations has documented 689 children killed by Russian attacks across the country.",
    "Throughout 2025, Russian glide bombs struck Kharkiv more than 2,000 times, the regional administration said.",
    "Over the whole of 2024 artillery hit Kupiansk 3,100 times, local officials counted.",
])
def test_a_multi_month_aggregate_is_no_record(text: str) -> None:
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "A missile killed four people in Sumy on Monday, the deadliest strike on the city this year.",
    "Drones injured six people in Kharkiv overnight, the largest attack since the start of the year.",
    "Shelling killed two civilians in Nikopol on Sunday, the governor said.",
])
def test_a_dated_strike_compared_with_a_period_stays(text: str) -> None:
    assert len(_attacks(text)) == 1
