"""The enum questions the local model may be asked about one sentence, as answer schemas.

Each answer is one field whose values are a closed list, so llama.cpp's schema-constrained
decoding can only produce an allowed answer; the question's wording is the prompt template
`question_<name>` (prompts/<version>/). Which of them the `local` backend asks, and what it does
with the answer, is decided per question by measurement (docs/backends.md, "What the local model
is asked").
"""

from __future__ import annotations

from typing import Literal

from .llm import Draft


# no docstrings or descriptions: they land in the schema the tiny model reads and it copies them
class StatusAnswer(Draft):
    answer: Literal["held", "planned", "ongoing", "proposed", "stalled", "cancelled"]


class KindAnswer(Draft):
    answer: Literal["talks", "summit", "meeting", "visit", "phone_call", "statement", "proposal", "agreement",
                    "prisoner_exchange", "sanctions", "military_aid", "diplomatic_protest", "peacekeeping", "other"]


class AttackerAnswer(Draft):
    answer: Literal["Russia", "Ukraine"]


class BackgroundAnswer(Draft):
    answer: Literal["new", "background"]


QUESTIONS: dict[str, type[StatusAnswer | KindAnswer | AttackerAnswer | BackgroundAnswer]] = {
    "status": StatusAnswer, "kind": KindAnswer, "attacker": AttackerAnswer, "background": BackgroundAnswer}
