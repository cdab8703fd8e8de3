"""Boilerplate removal: furniture goes, every removal is accounted for, the article stays verbatim."""

from __future__ import annotations

import pytest

from summariser.articles.cleaning import appeal_score, clean

ARTICLE = (
    "Drones struck the city of Sumy overnight, killing at least three people, the regional governor said.\n"
    "Air defences shot down 40 of 52 drones launched, the air force reported on Tuesday.\n"
)


def assert_accounted(raw: str, text: str, removed) -> None:
    """Every removed span reproduces the raw text, and kept + removed cover all non-space raw text."""
    for span in removed:
        assert raw[span.start : span.end] == span.text
        assert span.reason
    kept_words = text.split()
    removed_words = [w for s in removed for w in s.text.split()]
    assert sorted(kept_words + removed_words) == sorted(raw.split())


@pytest.mark.parametrize(
    "furniture, reason",
    [
        ("Also read: Talks stall again in the capital", "related-article teaser"),
        ("READ MORE", "related-article teaser"),
        ("Read more: Ceasefire proposal rejected", "related-article teaser"),
        ("Others are reading now", "related-article teaser"),
        ("Related:", "related-article teaser"),
        ("Related stories", "related-article teaser"),
        ("You may also like", "related-article teaser"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Sponsored", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Sign up for our daily newsletter to get the headlines in your inbox", "newsletter prompt"),
        ("Subscribe now", "newsletter prompt"),
        ("Subscribe to our Telegram channel for updates", "newsletter prompt"),
        ("Follow us on Telegram", "newsletter prompt"),
        ("We use cookies to improve your experience. Accept all cookies", "cookie notice"),
        ("This site uses cookies. By continuing you agree to our cookie policy.", "cookie notice"),
        ("Share this article", "social share prompt"),
        ("Facebook Twitter WhatsApp Email", "social share prompt"),
        ("Share on Facebook", "social share prompt"),
        ("Be the first to comment", "reader-comment prompt"),
        ("Leave a comment", "reader-comment prompt"),
        ("No comments yet.", "reader-comment prompt"),
        ("Remind me later", "pop-up button"),
        ("Maybe later.", "pop-up button"),
        ("Support us", "donation appeal"),
        ("Please make a contribution today and help us keep our reporting free for everyone.", "donation appeal"),
        ("Your support keeps independent journalism alive. Donate now.", "donation appeal"),
    ],
)
def test_line_furniture_is_removed_with_reason(furniture, reason):
    raw = ARTICLE + furniture + "\n" + ARTICLE
    text, removed = clean(raw)
    assert furniture not in text
    assert text.count("Drones struck the city of Sumy") == 2
    assert [s.reason for s in removed] == [reason]
    assert removed[0].text == furniture
    assert_accounted(raw, text, removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Western allies pledged to support Ukraine's air defences through the winter.",
        "The minister said the country would support a ceasefire if prisoners were exchanged.",
        "Read the full statement, the ministry told reporters, before judging the proposal.",
        "Officials said they had read the intercepted messages and found no evidence of a deal.",
        "Military support from Europe has grown, while donations to the army fund fell.",
        "Ukraine's independent media rely on donations and foreign grants to keep working.",
        "\"Thank you for your support,\" the president told the visiting delegation in Kyiv.",
        "The comments drew a sharp reply from the Kremlin, which called them provocative.",
        "Related talks in Geneva ended without agreement, according to diplomats.",
        "Advertisements for army recruitment now cover billboards in the city, residents said.",
        "The newsletter of the think tank said strikes had intensified over the week.",
        "He urged Europeans to subscribe to a joint fund for rebuilding power plants, he said.",
    ],
)
def test_article_sentences_mentioning_support_or_read_are_kept(sentence):
    raw = ARTICLE + sentence + "\n"
    text, removed = clean(raw)
    assert sentence in text
    assert removed == []


def test_message_block_to_end_is_removed_when_appeal_like():
    appeal = (
        "A Message from The Daily Example:\n"
        "Dear readers,\n"
        "We are facing pressure from the authorities, and our newsroom works from exile.\n"
        "To keep going we need your help. Please support us with a monthly contribution.\n"
        "Every donation, however small, makes a difference. Thank you for standing with us.\n"
        "\n"
        "Remind me later.\n"
    )
    raw = ARTICLE + appeal
    text, removed = clean(raw)
    assert text == ARTICLE.rstrip("\n")
    assert {s.reason for s in removed} <= {"donation appeal", "pop-up button"}
    assert removed[0].start == len(ARTICLE)
    assert removed[-1].end == len(raw.rstrip("\n"))
    assert_accounted(raw, text, removed)


def test_message_header_without_an_appeal_is_kept():
    raw = ARTICLE + "A message from the front:\nSoldiers described the shelling as relentless, officers said.\n"
    text, removed = clean(raw)
    assert "A message from the front:" in text
    assert removed == []


def test_appeal_block_in_the_middle_stops_where_the_article_resumes():
    raw = (
        ARTICLE
        + "Dear readers,\nPlease support our journalism with a donation.\n"
        + "The governor said rescue work continued through the morning.\n"
    )
    text, removed = clean(raw)
    assert "The governor said rescue work continued" in text
    assert "Dear readers" not in text and "donation" not in text
    assert_accounted(raw, text, removed)


def test_comment_section_at_the_end_is_removed_to_the_end():
    raw = ARTICLE * 3 + "Comments (2)\nivan_k: terrible news\nolena: stay safe everyone\n"
    text, removed = clean(raw)
    assert text == (ARTICLE * 3).rstrip("\n")
    assert [s.reason for s in removed] == ["reader comments"]
    assert removed[0].text.startswith("Comments (2)")
    assert_accounted(raw, text, removed)


def test_line_endings_normalised_blank_runs_collapsed_offsets_into_raw():
    raw = "First paragraph.\r\n\r\n\r\n\r\nAdvertisement\r\nSecond paragraph.\rThird.\n\n\n"
    text, removed = clean(raw)
    assert text == "First paragraph.\n\nSecond paragraph.\nThird."
    assert "\r" not in text
    (span,) = removed
    assert raw[span.start : span.end] == "Advertisement"


def test_article_text_is_otherwise_verbatim():
    raw = "  Indented “quoted” line — with dashes…\nSecond\tline.\n"
    text, removed = clean(raw)
    assert removed == []
    assert text == "  Indented “quoted” line — with dashes…\nSecond\tline."


def test_markdown_emphasis_does_not_hide_furniture():
    raw = ARTICLE + "**Read more:** [Another story](https://example.org/x)\n"
    text, removed = clean(raw)
    assert "Read more" not in text
    assert removed[0].reason == "related-article teaser"


def test_all_boilerplate_leaves_empty_text_and_records_everything():
    raw = "Advertisement\nShare this article\n"
    text, removed = clean(raw)
    assert text == ""
    assert [s.text for s in removed] == ["Advertisement", "Share this article"]


def test_appeal_score_counts_distinct_cues():
    assert appeal_score("Please support us: every contribution matters.") >= 2
    assert appeal_score("Shelling hit the market on Tuesday.") == 0


def test_seed_furniture_removed_and_recorded(seed_paths):
    """On the real seeds: the known furniture goes, nothing else, and it is all accounted for."""
    removed_any = 0
    for path in seed_paths:
        raw = path.read_text(encoding="utf-8")
        text, removed = clean(raw)
        assert_accounted(raw, text, removed)
        for marker in ("Dear readers", "Remind me later", "Also read", "Others are reading now", "Be First to Comment"):
            assert marker not in text
        removed_any += len(removed)
        # the last sentence before any furniture is still there
        assert len(text) > 0.6 * len(raw)
    assert removed_any >= 4
    support = next(p for p in seed_paths if "ready to support a peace deal" in p.read_text(encoding="utf-8"))
    assert "ready to support a peace deal" in clean(support.read_text(encoding="utf-8"))[0]
