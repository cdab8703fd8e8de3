"""The one reader of section heading lines (`articles.section_headings`), which the rules'
sections and grounding's section place both call. Fresh text of our own."""

from __future__ import annotations

import pytest

from summariser.articles.section_headings import heading_above, heading_of, headings, plain_heading

_DIGEST = ("Strikes were reported across the south overnight, the agency said.\n\n"
           "MYKOLAIV\n\nThe port was hit twice before dawn.\n\n"
           "## Odesa region\n\nA warehouse burned near the coast.\n\n"
           "**Kherson**\n\nShelling went on through the afternoon.\n\n"
           "• Nikopol:\n\nA drone fell on a garage.\n\n"
           "What the agency said next was that the night was the longest of the month\n\n"
           "Reporting by our staff in the capital and two other towns of the region.")


def test_headings_in_capitals_markdown_bold_or_bulleted_are_read_without_their_marks():
    assert [h.words for h in headings(_DIGEST)] == ["MYKOLAIV", "Odesa region", "Kherson", "Nikopol"]


@pytest.mark.parametrize("line", [
    "The port was hit twice before dawn.",  # a sentence end
    "Six words make this line too long",  # more words than a heading has
    "Is it over? Nobody knows",  # a sentence inside the line
    "- (see below)",  # opens with neither a letter nor a digit
])
def test_lines_that_are_sentences_or_too_long_are_no_headings(line):
    assert headings(f"Intro line of the piece.\n\n{line}\n\nBody.") == ()


def test_the_heading_above_a_position_is_the_last_one_before_it():
    at = _DIGEST.index("A warehouse")
    above = heading_above(_DIGEST, at)
    assert above is not None and above.words == "Odesa region"
    assert heading_above(_DIGEST, _DIGEST.index("MYKOLAIV")) is None  # nothing above the first heading


def test_a_span_inside_a_heading_line_is_part_of_that_heading():
    start = _DIGEST.index("Kherson")
    heading = heading_of(_DIGEST, start, start + len("Kherson"))
    assert heading is not None and heading.words == "Kherson"
    body = _DIGEST.index("Shelling went")
    assert heading_of(_DIGEST, body, body + 8) is None


@pytest.mark.parametrize("line,plain", [
    ("POLTAVA REGION", "Poltava region"),
    ("## ZHYTOMYR", "   Zhytomyr"),
    ("**Chernihiv**", "  Chernihiv  "),
    ("Drones hit Sumy", "Drones hit Sumy"),  # not in capitals: as it is
])
def test_plain_heading_blanks_marks_folds_capitals_and_keeps_offsets(line, plain):
    assert plain_heading(line) == plain and len(plain_heading(line)) == len(line)
