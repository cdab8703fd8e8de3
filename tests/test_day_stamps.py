"""The one reader of lines opened by a day (`articles.day_stamps`), which the rules' day heads and
timeline items and grounding's dated items all call. Fresh lines of our own."""

from __future__ import annotations

import pytest

from summariser.articles.day_stamps import day_stamp, day_stamps


@pytest.mark.parametrize("line,date,alone", [
    ("Thursday, 12 February", "Thursday, 12 February", True),  # a digest's day head
    ("12 February:", "12 February", True),
    ("## 12 February", "12 February", True),
    ("**February 12, 2026**", "February 12, 2026", True),
    ("Feb. 12 — A convoy was hit near the bridge.", "Feb. 12", False),
    ("- **Thursday, 12 February.** The envoys met in Bern.", "Thursday, 12 February", False),  # a timeline item
    ("2. **Saturday:** the foreign ministers spoke by phone", "Saturday", False),  # a weekday, in bold
    ("* **14 March** – the convoy reached the port", "14 March", False),
    ("ODESA, Ukraine – March 14, 2026: smoke over the harbour", "March 14, 2026", False),  # a caption's dateline
    ("Photo 3 · POLTAVA, 1 May 2026: a crater in a field", "1 May 2026", False),
    ("**4.** LVIV — 20 January 2026: firefighters at work", "20 January 2026", False),
    ("• 20 January: the sirens sounded twice", "20 January", False),
])
def test_lines_opened_by_a_day_are_stamps_with_the_days_words(line, date, alone):
    stamp = day_stamp(line)
    assert stamp is not None and stamp.date == date and stamp.alone is alone


@pytest.mark.parametrize("line", [
    "Saturday: the foreign ministers spoke by phone",  # a weekday alone, not in bold
    "On 12 February the envoys met in Bern.",  # a day inside a sentence
    "Thursday, 12 February. The envoys met in Bern.",  # a sentence end, not a stamp's mark
    "The envoys met in Bern on 12 February: a first.",
    "12 drones were shot down over the coast.",
])
def test_days_inside_sentences_are_no_stamps(line):
    assert day_stamp(line) is None


def test_every_stamped_line_of_a_text_is_found_with_its_line_span():
    text = ("The week in brief.\n\n- **3 March.** Talks opened.\nNothing on 4 March.\n"
            "- **5 March.** Talks closed. A statement followed.")
    stamps = day_stamps(text)
    assert [s.date for s in stamps] == ["3 March", "5 March"]
    last = stamps[-1]
    assert text[last.start:last.line_end] == "- **5 March.** Talks closed. A statement followed."


def test_a_bold_head_glued_to_its_items_text_is_inline_and_a_marked_head_is_not():
    inline = day_stamp("- **Friday, 6 March.** The ministers met in Vienna.")
    marked = day_stamp("- **Friday, 6 March:** the ministers met in Vienna.")
    heading = day_stamp("**Friday, 6 March**")
    assert inline is not None and inline.inline
    assert marked is not None and not marked.inline
    assert heading is not None and not heading.inline and heading.alone
