"""The reconciler's tunable numbers: the merge threshold, blocking limits and feature weights."""

from __future__ import annotations





DEFAULT_THRESHOLD = 4.0
MAX_SPAN_DAYS = 3  # longer ranges (a week, a month) are too vague to block on a day
WINDOW = 100  # most records compared with one record inside one oversized group
NEAR_MARGIN = 1.5  # explain: pairs this far under the threshold are reported as near-misses
UNDATED_PUB_DAYS = 2  # two undated records may match only if their articles appeared this close

WEIGHTS = {
    # nationwide tallies have no finer place: neither evidence for nor against a match (shown
    # in --explain so the reader sees why place added nothing)
    "same_city": 3.0, "city_in_region": 1.0, "same_country_only": 0.0,
    "same_day": 2.0, "overlapping_dates": 1.5, "vague_dates": 0.5, "both_undated": -0.5,
    "undated_published_then": -0.5,
    "same_attacker": 1.0, "same_kind": 1.0, "related_kind": 0.5, "different_kind": -1.0,
    "shared_weapons": 0.5, "different_weapons": -1.0,
    "same_count": 0.5, "close_count": 0.25, "far_count": -0.5,
    "participants": 3.0,  # times (1 + 2 * Jaccard) / 3 when one set holds the other: identical sets 3
    "participants_apart": -1.0,
    "same_place": 1.0, "same_meeting_kind": 1.5, "related_meeting_kind": 0.5,
}
