"""The date expressions `dates` recognises, as patterns: each with the kind that
`dates._resolve_match` turns into days ("night_into", "wd", "dmy", "month", "overnight", ...), in
the order they are tried (at one position the first wins), and the cheap checks that let a span
skip them: `TRIGGER` (no date word at all) and `NEEDS`/`PRESENT` (no weekday, month name or digit
for the patterns that need one).
"""

from __future__ import annotations

import re

from .calendar_days import MON, WD
from .knowledge import cues, holidays

# r46 (dev68): a part of a day told before the words that name the day ("the evening of 3 May", "the small hours
# of that same day", "the end of Friday"): read by dates (a figure "as of" it), grounding ("the same day") and the
# rules' toll updates ("By the afternoon of 15 March, ...")
PART_OF_DAY_OF = (r"the\s+(?:(?:early|small|late|first)\s+hours|(?:early\s+|late\s+)?(?:morning|afternoon|evening|end|close))"
                  r"\s+of\s+")

# never the minutes of a clock time ("06:00 on 4 May" is no "00 May")
_DAY = r"(?<!\d[:.])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DAY2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
# a clock time of a ministry's reporting window: "22:00", "6.30", "10 p.m.", "23:00 Moscow time"
_CLOCK = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)"
          r"(?:\s*(?:hrs|hours|\(?(?:Moscow|Kyiv|local)\s+time\)?))?")
# the day's light as a time (knowledge/data/cues/anchoring.yaml, r15 D2)
_MORNING_LIGHT = cues.alternation("anchoring", "light_times_morning")
_EVENING_LIGHT = cues.alternation("anchoring", "light_times_evening")
_LIGHT_AT = cues.alternation("anchoring", "light_time_at")
_LIGHT_UNTIL = cues.alternation("anchoring", "light_time_until")
# ... never where the light's own day follows ("before dawn on Monday", "at daybreak, 4 May"): that
# day tells it, as it did before r15
_OWN_DAY = rf"(?!,?\s+(?:on\s+|of\s+)?(?:{WD}|{MON}|[0-3]?\d\b|yesterday|today|the\s+(?:next|following)))"
# the strike noun of "an overnight drone attack on Saturday"
_NIGHT_STRIKE = r"(?:(?:drone|missile|air|rocket|combined|massive|mass|large-scale|major)\s+)*(?:attacks?|strikes?|raids?|barrages?|assaults?|bombardments?)"

# r21 (dev39 L6): a strike named by its part of the day alone ("Morning shelling hit the district",
# "Evening drone strikes killed two"): the part of the day the report is about
_DAY_PART_STRIKE = rf"(?:{_NIGHT_STRIKE}|(?:(?:artillery|mortar|heavy|renewed)\s+)?shelling)"

# a month by its full name (and "Sept"), for words where an abbreviation would be a word ("last mar")
_FULL_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
             r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\.))")

# r22 (classes_dev41 A1): a holiday is a day, in any position ("on Christmas Day", "a Christmas Day
# salvo", "the Easter Sunday strike", "New Year's Eve drones"): the names of `knowledge/data/holidays.yaml`,
# those that also name a season ("Christmas", "Easter") only after "on" or "at". Never the edge of a
# period or a deadline ("since Christmas", "until Easter Sunday", "before New Year's Eve", "the eve of
# Christmas Day", "the week after Easter Monday", "plans for Christmas Day").
_NOT_AN_EDGE = "".join(rf"(?<!\b{w}\s)" for w in ("since", "until", "till", "before", "after", "by", "for", "of", "from",
                                                  "to", "into", "through", "towards", "toward"))
_HOLIDAY_YEAR = r"(?:(?:this|last)\s+(?:year['’]s\s+)?)?"

# Each pattern has a kind that `dates._resolve_match` knows how to turn into dates. Order matters:
# at one position the first (longest, most specific) pattern wins.
PATTERNS: list[tuple[str, str]] = [
    ("holiday", rf"{_NOT_AN_EDGE}(?:on|at)\s+{_HOLIDAY_YEAR}(?P<hol>{holidays.pattern()})"),
    ("holiday", rf"{_NOT_AN_EDGE}{_HOLIDAY_YEAR}(?P<hol>{holidays.day_pattern()})"),
    # "overnight into Friday", "on Saturday night into Sunday": the night that ends on that day
    ("night_into", rf"(?:(?:on\s+)?{WD}\s+)?(?:overnight|(?:the\s+)?night)\s+(?:into|to)\s+(?P<wd>{WD})"),
    ("between", rf"(?:overnight\s+|night\s+)?between\s+(?P<wd1>{WD})\s+and\s+(?P<wd2>{WD})"),
    # "on the night from Saturday to Sunday", "overnight from Monday into Tuesday"
    ("between", rf"(?:overnight\s+|(?:(?:on|during|in)\s+)?the\s+night\s+)?from\s+(?P<wd1>{WD})\s+(?:to|into)\s+(?P<wd2>{WD})"),
    ("night_of", rf"(?:on\s+)?the\s+night\s+of\s+(?P<wd>{WD})"),
    # "on the night of 16 March", "the night of March 16-17", "the night of 16 to 17 March": one night
    # (r37: a heading's bare "Night of 16 to 17 March", "the night from 16 to 17 March")
    ("night_of", rf"(?:(?:(?:on|during)\s+)?the\s+)?night\s+(?:of|from)\s+{_DAY}(?:\s*(?:to|into|-|–|/)\s*{_DAY2})?\s+(?:of\s+)?"
                 rf"(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("night_of", rf"(?:(?:(?:on|during)\s+)?the\s+)?night\s+(?:of|from)\s+(?P<mon>{MON})\.?\s+{_DAY}(?:\s*(?:to|into|-|–|/)\s*{_DAY2})?"
                 rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    # US style "overnight on October 8 to 9", "overnight Oct. 8-9", "overnight on 8-9 October": that night
    ("night_of", rf"overnight\s+(?:on\s+|of\s+|from\s+)?(?P<mon>{MON})\.?\s+{_DAY}\s*(?:to|into|-|–|/)\s*{_DAY2}"
                 rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    ("night_of", rf"overnight\s+(?:on\s+|of\s+|from\s+)?{_DAY}\s*(?:to|into|-|–|/)\s*{_DAY2}\s+(?:of\s+)?(?P<mon>{MON})\.?"
                 rf"(?:,?\s+{_YEAR})?"),
    # "overnight into 16 March", "the night to March 16": the night that ends on that date
    ("night_into", rf"(?:overnight|(?:the\s+)?night)\s+(?:into|to)\s+(?:{_DAY}\s+(?P<mon>{MON})|(?P<mon2>{MON})\s+{_DAY2})"
                   rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    # "overnight on Tuesday", "in an overnight drone attack on Saturday": the night that ends on it (r14)
    ("night_into", rf"overnight\s+(?:(?:{_NIGHT_STRIKE})\s+)?on\s+(?P<wd>{WD})(?!\s+(?:night|evening|afternoon|morning|,?\s*{_DAY}\s+{MON}))"),
    # "on Friday, 30 October", "Sunday, March 8": the printed day; the weekday only confirms it (r14)
    ("dmy", rf"(?:on\s+)?{WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("mdy", rf"(?:on\s+)?{WD},?\s+(?P<mon>{MON})\.?\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])"),
    ("wd_night", rf"(?:on\s+|late\s+|last\s+|this\s+past\s+|next\s+)?(?P<wd>{WD})\s+night"),
    ("wd", rf"(?:(?:in\s+the\s+)?early\s+hours\s+of\s+|early\s+(?:on\s+)?|late\s+(?:on\s+)?|on\s+|last\s+|this\s+|next\s+|this\s+coming\s+|this\s+past\s+)?"
           rf"(?P<wd>{WD})(?:\s+(?:morning|afternoon|evening))?"),
    # a ministry's clock range "between 22:00 on 3 May and 06:00 on 4 May", "from 21:30 May 3 to
    # 05:00 May 4": the two printed days (r15; before, "May 3 and 06" read as 3-6 May); in a bracket
    # glossing a night ("during the night (22:00 on 3 May to 06:00 on 4 May)") the range needs no "from"
    ("month_range", rf"(?:(?:between|from)\s+|(?<=\()){_CLOCK}\s+(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{MON})\.?,?\s+"
                    rf"(?:and|to|until|till|through)\s+{_CLOCK}\s+(?:on\s+)?(?:the\s+)?{_DAY2}\s+(?:of\s+)?(?P<mon2>{MON})\.?"
                    rf"(?:,?\s+{_YEAR})?"),
    ("month_range", rf"(?:(?:between|from)\s+|(?<=\()){_CLOCK}\s+(?:on\s+)?(?P<mon>{MON})\.?\s+{_DAY},?\s+"
                    rf"(?:and|to|until|till|through)\s+{_CLOCK}\s+(?:on\s+)?(?P<mon2>{MON})\.?\s+{_DAY2}"
                    rf"(?:,?\s+{_YEAR})?(?![\d:])"),
    # "28 November to 1 December", "Nov. 30-Dec. 1": a range across two months
    ("month_range", rf"(?:from\s+|between\s+)?{_DAY}\s+(?P<mon>{MON})\.?\s*(?:-|–|to|and|until|till)\s*{_DAY2}\s+"
                    rf"(?P<mon2>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("month_range", rf"(?:from\s+|between\s+)?(?P<mon>{MON})\.?\s+{_DAY}\s*(?:-|–|to|and|until|till)\s*(?P<mon2>{MON})\.?\s+"
                    rf"{_DAY2}(?:,?\s+{_YEAR})?(?![\d:])"),
    # "Nov 28-29", "28-29 November", "November 28 to 30", "1 and 2 December": the first to the last day
    ("day_range", rf"(?P<mon>{MON})\.?\s+{_DAY}\s*(?:-|–|to|/)\s*{_DAY2}(?:,?\s+{_YEAR})?(?![\d:])"),
    # (never "on December 1 and 2 drones hit ...": the 2 counts drones)
    # (nor "May 3 and 06:00 on May 4": the 06 is an hour)
    ("day_range", rf"(?P<mon>{MON})\.?\s+{_DAY}\s+and\s+{_DAY2}(?:,?\s+{_YEAR})?(?![:.]\d)"
                  rf"(?=\s*[,.;:)]|\s*$|\s+(?:in|at|on|when|as|the)\b)"),
    ("day_range", rf"{_DAY}\s*(?:-|–|/|and)\s*{_DAY2}\s+(?:of\s+)?(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    ("dmy", rf"{_DAY}\s+(?:of\s+)?(?P<mon>{MON})\.?(?:,?\s+{_YEAR})?"),
    # dates in figures, as Ukrainian and Russian sources write them ("01.12.2026") and ISO ("2026-12-01")
    ("numeric", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})(?![\d.])"),
    ("numeric", r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    # "on the 1st", "on the 28th of this month": a day of the month alone (never "on the 3rd floor")
    ("ordinal_day", r"on\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|$)|\s+of\s+(?:this|last|the)\s+month\b"
                    r"|\s+(?:at|when|as|after|before|during|in|and|with|amid)\b)"),
    ("mdy", rf"(?P<mon>{MON})\.?\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])"),
    # r28 (dev50): "during the second week of June", "the last week of March 2025": a week of a month (never
    # "last week" alone; a half of a month is the rules' diplomacy_month_parts reading)
    ("week_of_month", rf"(?:(?:in|during|by)\s+)?the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
                      rf"(?P<mon>{MON})(?:\s+{_YEAR})?"),
    ("month_year", rf"(?:in\s+(?:early\s+|late\s+|mid-)?)?(?P<mon>{MON})\s+{_YEAR}"),
    # "last July", "in last November": CODEBOOK rule 11 (ruling of 3 December 2026), resolved by
    # `dates._last_named_month`; never "the last May Day" ("the/its last ..." is an ordinal)
    # (nor "since last November": a start, not the month itself)
    ("last_named_month", rf"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bbefore\s)"
                         rf"(?<!\bafter\s)(?<!\bfrom\s)(?:in\s+|during\s+)?last\s+(?P<mon>{_FULL_MON})"
                         rf"(?!\s*(?:[0-3]?\d\b|{_YEAR}))"),
    # "in March last year", "in October of last year": that month of the year before publication
    # (r28: with no "in" too, "since May last year": "last year" makes "May" the month)
    ("month_last_year", rf"(?:in\s+)?(?:early\s+|late\s+|mid-)?(?P<mon>{MON})\s+(?:of\s+)?last\s+year"),
    ("month", rf"in\s+(?:early\s+|late\s+|mid-)?(?P<mon>{MON})"),
    # r47 (dev70): a part of a month needs no "in" ("Except in early June, when a piece of a drone cracked a roof"), save
    # as a start, an end or a slot ("since late May", "by early June", "until mid-July", "set for early May")
    ("month", rf"(?<!\bsince\s)(?<!\bby\s)(?<!\bfor\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bbefore\s)(?<!\bafter\s)"
              rf"(?<!(?<!\bapart\s)\bfrom\s)(?<![\w-])(?:early|late|mid-)\s*(?P<mon>{MON})(?!\s+\d)"),
    ("previous_night", r"the\s+(?:previous|preceding)\s+night|the\s+night\s+before|a\s+night\s+earlier"),
    # "over the past day", "in the last 24 hours": a daily report's period, the day up to the report
    ("overnight", r"overnight|last\s+night|(?:during|through(?:out)?)\s+the\s+night|tonight"
                  r"|(?:over|during|in|for|within)\s+the\s+(?:past|last)\s+(?:day|night|24\s+hours)"
                  # r15 (D2): "just before first light", "shortly before dawn": the night's tail
                  rf"|(?:{_LIGHT_UNTIL})\s+(?:the\s+)?(?:{_MORNING_LIGHT}){_OWN_DAY}"
                  # r21 (dev39 L6): "between dusk and dawn", "from sunset to sunrise", "from nightfall till
                  # daybreak": the night, as "overnight" (never where the light's own day follows)
                  rf"|(?:between|from)\s+(?:{_EVENING_LIGHT})\s+(?:and|to|till|until|through)\s+(?:the\s+)?"
                  rf"(?:{_MORNING_LIGHT}){_OWN_DAY}"),
    ("day_before_yesterday", r"the\s+day\s+before\s+yesterday"),
    ("yesterday", r"yesterday"),
    ("today", r"today|earlier\s+today|this\s+(?:morning|afternoon|evening)"),
    # A time of day with no day of its own: the day the surrounding report is about (resolved here
    # as the publication day; the rules backend re-anchors it to the day or night told before).
    # ("3 a.m." ends on its "m": the pattern's closing word boundary cannot follow the final dot;
    # "in the early hours" alone, never "of Monday", which names its own day)
    # r17 (dev31-N4): "throughout the morning", "all afternoon long" too (never "throughout the war")
    ("part_of_day", r"(?:in|during|throughout|through|all\s+through)\s+the\s+(?:morning|afternoon|evening)"
                    r"|all\s+(?:morning|afternoon|evening)(?:\s+long)?|(?:later|earlier)\s+in\s+the\s+day"
                    r"|in\s+the\s+early\s+hours(?!\s+of\b)"
                    r"|(?:at|shortly\s+(?:after|before)|just\s+(?:after|before)|around|about)\s+"
                    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?"
                    r"|(?:at|around|about)\s+(?:1[0-2]|[1-9])\s*(?:a\.m|p\.m|am|pm)"
                    # r15 (D2): "at daybreak", "soon after dawn", "just before dusk"
                    rf"|(?:{_LIGHT_AT})\s+(?:the\s+)?(?:{_MORNING_LIGHT}|{_EVENING_LIGHT}){_OWN_DAY}"
                    rf"|(?:{_LIGHT_UNTIL})\s+(?:the\s+)?(?:{_EVENING_LIGHT}){_OWN_DAY}"
                    # r21 (dev39 L6): "Morning shelling hit ...", "Evening drone strikes ...": the word alone
                    rf"|(?:morning|afternoon|evening)(?=\s+{_DAY_PART_STRIKE}\b)"),
    # "later this week / month / year": from the day after publication to the period's end
    ("later_week", r"later\s+(?:in\s+the|this)\s+week"),
    ("later_month", r"later\s+(?:in\s+the|this)\s+month"),
    ("later_year", r"later\s+(?:in\s+the|this)\s+year"),
    ("earlier_week", r"earlier\s+(?:in\s+the|this)\s+week"),
    ("last_week", r"last\s+week"),
    ("this_week", r"this\s+week"),
    ("earlier_month", r"earlier\s+this\s+month"),
    ("last_month", r"last\s+month"),
    ("last_year", r"last\s+year"),
    ("vague_past", r"(?:just\s+)?(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|a\s+day|a\s+week)"
                   r"\s+(?:ago|earlier|before|after)"),
    ("year", rf"in\s+{_YEAR}"),
]
COMPILED = [(kind, re.compile(rf"\b(?:{pat})\b", re.I)) for kind, pat in PATTERNS]


def _needs(kind: str, pat: str) -> tuple[str, ...]:
    """What every match of a pattern contains: a weekday or a month name as a whole word (in
    each pattern one of them is bounded by the pattern's own edges, spaces, a dot or a comma),
    or a digit."""
    return tuple(need for need, holds in (("weekday", "(?P<wd" in pat), ("month", "(?P<mon" in pat),
                                          ("digit", kind in ("numeric", "ordinal_day", "year"))) if holds)


# A span with no weekday, month name or digit skips the patterns that need one: each pattern is
# a scan of the span, and most spans hold a weekday or a digit but no month. The same matches.
NEEDS = [_needs(kind, pat) for kind, pat in PATTERNS]
PRESENT = {"weekday": re.compile(rf"\b{WD}\b", re.I), "month": re.compile(rf"\b{MON}\b", re.I),
           "digit": re.compile(r"\d")}

# r19 (dev35 A9/L3): "the governor told reporters on Friday, one day after the strike": right after a report day,
# "a day after" the event a sentence tells (a strike, talks, a visit: the event nouns of
# anchoring.yaml) dates that event the day before the report. Shared by dates.find_dates (rules and
# grounding) and grounding/when_forms (an answer's `when` written as those words).
_EVENT_NOUNS = "|".join(sorted({re.escape(n).replace(r"\ ", r"\s+") for n in cues.phrases("anchoring", "anchor_attack_nouns")}
                               | {n for name, _ in cues.patterns("anchoring", "anchor_event_nouns")
                                  for n in cues.phrases("anchoring", "anchor_event_nouns", name)}, key=len, reverse=True))
DAY_AFTER_EVENT = re.compile(
    r"(?:just\s+|only\s+)?(?:a|one)\s+day\s+after\s+(?:the|this|that|its|their|Monday['’]s|Tuesday['’]s|Wednesday['’]s"
    r"|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_EVENT_NOUNS})\b(?!['’]s)", re.I)

# Any date word at all: most sentences hold none, and skip every pattern.
TRIGGER = re.compile(rf"\b(?:{WD}|{MON}|{holidays.pattern()}|night|overnight|tonight|yesterday|today|week|month|year|days|ago|earlier|"
                     r"morning|afternoon|evening|day|hours|[ap]\.?m|(?:19|20)\d\d|"
                     rf"{_MORNING_LIGHT}|{_EVENING_LIGHT})\b|\d[:.][0-5]\d|\d(?:st|nd|rd|th)\b", re.I)
