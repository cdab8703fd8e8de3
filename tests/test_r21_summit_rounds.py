"""r21 (dev40 D1): successive bilateral talks told in one sentence on one day (or with no day), the
second counterpart after a same-day sequence word, are two events of the subject, each with one
counterpart (codebook 13, 14). Fresh sentences; near-misses stay one event."""

from __future__ import annotations

import pytest
from diplomacy_probes import day_2026 as _d, start_day as _day, wednesday_record as _one, wednesday_records as _recs


@pytest.mark.parametrize("text, first, second, day", [
    ("Modi held talks with the Japanese prime minister on Tuesday afternoon, and earlier that day with Australia's "
     "prime minister, who praised the new trade pact.", {"India", "Japan"}, {"India", "Australia"}, _d(3, 3)),
    ("Sybiha held talks with the Finnish premier on Monday and, hours later, with his Estonian counterpart.",
     {"Ukraine", "Finland"}, {"Ukraine", "Estonia"}, _d(3, 2)),
    ("Sikorski met Rubio in Washington on Monday and then with Canada's Joly.",
     {"Poland", "United States"}, {"Poland", "Canada"}, _d(3, 2)),
    ("Scholz held talks with Duda in Berlin on Monday and afterwards met Macron.",
     {"Germany", "Poland"}, {"Germany", "France"}, _d(3, 2)),
    ("Macron spoke to Scholz first and afterwards to Italy's Meloni.", {"France", "Germany"}, {"France", "Italy"}, None),
    ("Rubio spoke by phone with Sybiha and, an hour later, called Lavrov.",
     {"United States", "Ukraine"}, {"United States", "Russia"}, None),
])
def test_same_day_round_is_one_event_per_counterpart(text, first, second, day):
    recs = _recs(text)
    assert [set(r.participants) for r in recs] == [first, second]
    assert all(_day(r) == day for r in recs)


@pytest.mark.parametrize("text, sides", [
    ("Fidan met Lavrov in Moscow on Tuesday and later with reporters.", {"Turkey", "Russia"}),
    ("Erdogan held talks with Putin and then the two leaders toured the plant.", {"Turkey", "Russia"}),
    ("Erdogan held talks with Putin and then met the press.", {"Turkey", "Russia"}),
    ("Sybiha held talks with Rubio and Lammy in London on Friday.", {"Ukraine", "United States", "United Kingdom"}),
    ("Erdogan spoke with Putin on Monday and with Zelensky on Monday evening.", {"Turkey", "Russia", "Ukraine"}),
])
def test_near_misses_no_second_counterpart_after_a_sequence_word_stays_one_event(text, sides):
    assert set(_one(text).participants) == sides
