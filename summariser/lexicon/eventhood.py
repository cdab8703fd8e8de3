"""Whether a sentence tells a strike event: strike words, the article gate, background, tallies
over a period, toll updates, statistics, capabilities and threats, negated counts."""

from __future__ import annotations

import re

from ..calendar_days import MON
from ..date_patterns import PART_OF_DAY_OF
from ..knowledge import cues
from .milestones import head_before


# Words that make a sentence about a strike even when no weapon is named.
ATTACK_WORDS = cues.pattern("strike", "attack_words")
# After a strike word, words that make it no event: "air raid alert", "air strike sirens".
NOT_A_STRIKE_AFTER = re.compile(rf"\s+(?:{cues.alternation('strike', 'not_a_strike_after')})\b", re.I)
# r20 (dev38 A3): after a weapon noun, the same words name a warning of it, no weapon used:
# "a missile alarm sounded", "a drone-attack alert was declared", "ballistic missile sirens"
ALERT_AFTER_WEAPON = re.compile(
    rf"(?:[\s-]+(?:attack|strike|raid)s?)?\s+(?:{cues.alternation('strike', 'not_a_strike_after')})\b", re.I)
# r20 (dev37 A6): "attack" in words: "critics have attacked the plan", "MPs attacked the decision".
# The strike word then names no strike.
_POLITICAL_ATTACK_VERB = r"attack(?:ed|s|ing)?\b"
POLITICAL_ATTACK = re.compile(
    rf"\b(?:{cues.alternation('strike', 'political_attackers')})\s+"
    rf"(?:(?:{cues.alternation('strike', 'political_attack_adverbs')})\s+){{0,2}}{_POLITICAL_ATTACK_VERB}"
    rf"|\b{_POLITICAL_ATTACK_VERB}\s+(?:(?:the|a|an|this|that|his|her|its|their|our|Kyiv['’]s|Berlin['’]s|[A-Z]\w+['’]s)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{cues.alternation('strike', 'political_attack_objects')})\b"
    rf"(?!\s+(?:site|building|headquarters|offices?|premises|depot|facility|quarter|district)\b)", re.I)


def political_attack(text: str, at: int, end: int) -> bool:
    """The strike word at `at` is an attack in words: its attacker a critic or lawmaker, or its
    object a decision, plan or cut."""
    for m in POLITICAL_ATTACK.finditer(text, max(0, at - 80), min(len(text), end)):
        if m.start() <= at < m.end():
            return True
    return False


# One strike named as a singular event: "a strike on the city centre", "the missile".
SINGLE_STRIKE = re.compile(
    r"\b(?:a|an|one|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|airstrike|missile|drone|bomb|shell|explosion"
    r"|blast|raid)\b", re.I)
# Article gate: without one of these the article is not war reporting and yields no attacks.
WAR_GATE = cues.pattern("strike", "war_gate")

# "Lutsk among them", "one of several targets": a place named as one of many a barrage hit.
AMONG_TARGETS = cues.pattern("eventhood", "among_targets")

# Statements about the war in general, not one strike: never attached to an event.
BACKGROUND = cues.pattern("eventhood", "background")
TALLY_SENTENCE = cues.pattern("eventhood", "tally_sentences")
# r32: the time of a relative clause in the past perfect, up to its clause's end: "a shed whose tenants had
# gone abroad in the autumn", "a pensioner who had returned in May" (its time, not the strike's)
RELATIVE_PAST_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'relative_pluperfect')})\b(?:(?![,;:.!?]).)*$", re.I)


def is_background(text: str, start: int, end: int) -> bool:
    """The span tells the war in general (BACKGROUND), leaving out a "since" that measures the strike
    told as a milestone ("the third strike on the plant since the start of the month")."""
    if TALLY_SENTENCE.search(text, start, end):
        return True  # "That was the fourth strike on the port in ten days." (r26)
    for m in BACKGROUND.finditer(text, start, end):
        at = m.group(0).lower().find("since")
        # r19 (dev36 A1): an ordinal head up to ten words before it, no clause break between
        if at >= 0 and head_before(text, max(start, m.start() + at - 120), m.start() + at, heads="ordinals"):
            continue
        if RELATIVE_PAST_BEFORE.search(text, max(start, m.start() - 80), m.start()):
            continue  # "burning a shed whose tenants had gone abroad in the autumn": the tenants' past, not the war's
        if (ex := _EXAMPLE_AFTER.search(text, m.end(), end)) and _DAY_OF_MONTH.search(text, ex.end(), end):
            continue  # r37: "keeps targeting cities, such as in the strike on X on 3 May": that strike, dated
        return True
    return False



# Tallies over a period, not one strike: "600 civilians have been killed since 2022", "so far
# this month", "since the full-scale invasion began", "in total over the war" ("earlier this month"
# is a point in the month, as "earlier this year" is, r29).
# "the deadliest attack since 2022" is a superlative about tonight's strike: see SUPERLATIVE_BEFORE.
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:(?:late|early|mid-?)\s*)?(?:(?:" + _MONTHS + r")(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2})"
    r"|since\s+(?:the\s+|Russia['’]s\s+|Moscow['’]s\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+|"
    r"Russia['’]s\s+|Moscow['’]s\s+)?(?:full-scale\s+|large-scale\s+)?(?:war|invasion|conflict|aggression|year|month|hostilities)"
    r"|since\s+(?:the\s+)?(?:full-scale\s+|large-scale\s+)?(?:invasion|war\s+(?:began|started|broke\s+out))"
    r"|since\s+(?:Russia|Moscow)\s+(?:launched|began|started|invaded)"
    r"|since\s+(?:the\s+|its\s+)?(?:liberation|de-occupation|occupation|annexation|withdrawal|counter-?offensive)"
    r"|(?<!earlier\s)(?<!later\s)(?:so\s+far\s+)?this\s+year(?!['’]s)|so\s+far\s+(?:this|in)\s+\w+"
    r"|in\s+(?:" + _MONTHS + r")\s+(?:so\s+far|to\s+date|alone)|(?:month|year)\s+to\s+date"
    r"|so\s+far\s+this\s+month|(?<!earlier\s)(?<!later\s)this\s+month|(?:this|past|last)\s+(?:week|month)\s+alone"
    r"|(?:in\s+total|overall|altogether|in\s+all)\s+(?:over|during|since|throughout|in)\s+(?:the\s+)?(?:war|conflict|invasion|year)"
    r"|(?:over|during|throughout|in)\s+the\s+(?:course\s+of\s+the\s+)?(?:war|conflict|full-scale\s+invasion)\b(?!\s+(?:in|on)\b)"
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months|years)"
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|month|year|(?:seven|ten|\d+)\s+days)"
    r"|(?:over|in|during)\s+the\s+(?:first|past|last)\s+(?:half|quarter|\w+\s+months)\s+of"
    r"|on\s+average|per\s+(?:day|night|week|month)"
    r"|(?:monthly|daily|weekly|annual)\s+(?:toll|total|average|figures?|tally)"
    rf"|{cues.alternation('eventhood', 'period_tally')})\b", re.I)
# The subject of a "by <time>" clause: up to four words, or a few words and one aside in commas
# ("rescuers, who were still lifting slabs, had recovered ...": r22, dev42 A1)
_AS_OF_SUBJECT = r"(?:(?:[\w'’-]+\s+){0,4}?|(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,[^,;.!?]{1,100},\s*)"
_AS_OF_DAY = r"(?:\s+(?:on|of)\s+(?:\w+day|the\s+(?:same|next|following)\s+day))?"  # "by nightfall on Tuesday"
# A later figure for a toll already given: "by Wednesday the number of dead had climbed to seven",
# "one of the wounded later died in hospital". Same event as the lead; the first figure stays.
TOLL_UPDATE = re.compile(
    r"\b(?:(?:(?:death|casualty|injury)\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|casualties|injured"
    r"|wounded|injuries|people\s+(?:killed|injured|wounded|hurt)))\b[^.;!?]{0,80}?\b"
    rf"(?:{cues.alternation('eventhood', 'toll_update_verbs')})\b"
    rf"|\b(?:{cues.alternation('eventhood', 'toll_other_figure')})\b"
    rf"|\b(?:{cues.alternation('eventhood', 'toll_raised_to')})\b"
    r"|\b(?:later|subsequently|since)\s+died\b|\bdied\s+(?:later\s+)?(?:in|at)\s+(?:the\s+)?hospital\b"
    # r46 (dev68): a body's figure for the toll told ("On Monday the mayor's count was 12 dead", "the governor put the
    # number at 14 killed"): a later figure of the strike told before, never a strike of its own
    r"|\b(?:(?:figure|count|tally)\s+(?:was|is|stood\s+at|now\s+stands\s+at|had\s+reached)|(?:put|puts)\s+(?:the\s+)?"
    r"(?:number|figure|count|toll)\s+at)\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|injured|wounded)\b"
    r"|\bsuccumbed\s+to\s+(?:(?:his|her|their)\s+)?(?:injuries|wounds)\b"
    # B6: "By Wednesday evening, rescuers had brought out five bodies": the toll as of a later time
    r"|(?<![\w,;:] )(?<![\w,;:])\bBy\s+(?:(?:late|early)\s+)?(?:\w+day|this|that|the\s+(?:next|following))?\s*(?:morning|afternoon|evening|night|noon|midday)?"
    rf"(?<=\w)\s*,?\s+{_AS_OF_SUBJECT}(?:had|have|has)\b"
    # r46 (dev68): the part of a dated day ("By the morning of 15 March, nine people had been reported killed")
    rf"|(?<![\w,;:] )(?<![\w,;:])\bBy\s+{PART_OF_DAY_OF}(?:\d{{1,2}}\s+[a-z]+|[a-z]+\s+\d{{1,2}}|\w+day)\s*,?\s+"
    rf"{_AS_OF_SUBJECT}(?:had|have|has)\b"
    # r22 (dev42 A1): the same clause after a first figure ("at first put the dead at five; by nightfall
    # crews, still digging, had pulled out nine bodies"), where the verb must tell the later figure
    rf"|(?<=[;:—–])\s*by\s+(?:{cues.alternation('eventhood', 'toll_as_of_times')}){_AS_OF_DAY}\s*,?\s+{_AS_OF_SUBJECT}"
    rf"(?:had|have|has)\s+(?:been\s+)?(?:[\w-]+\s+)?(?:{cues.alternation('eventhood', 'toll_as_of_verbs')})\b"
    rf"|(?<=[;:—–]\s)by\s+(?:{cues.alternation('eventhood', 'toll_as_of_times')}){_AS_OF_DAY}\s*,?\s+{_AS_OF_SUBJECT}"
    rf"(?:had|have|has)\s+(?:been\s+)?(?:[\w-]+\s+)?(?:{cues.alternation('eventhood', 'toll_as_of_verbs')})\b"
    # r44 (dev66): a sentence opened by the time its figures hold at ("As of this morning the governor gives 18
    # dead", "As of 9 a.m., 14 people were confirmed killed"): a toll as of a later time, of the strike told
    rf"|(?<![\w,;:] )(?<![\w,;:])(?-i:As)\s+of\s+(?:{cues.alternation('eventhood', 'toll_as_of_times')}"
    r"|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}[:.]\d\d)\b(?=[^.;!?]{0,120}\b\d)", re.I)
# A sentence about a toll as a statistic: shares of it, totals by region, bulletins.
STATISTIC = re.compile(
    r"\baccount(?:s|ed|ing)?\s+for\b|\b(?:half|third|quarter|share|majority|proportion|per\s*cent|percent|two\s+in\s+\w+)"
    r"\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[\w-]+\s+)?(?:toll|casualties|deaths|victims|killed|injuries)\b"
    r"|\b(?:monthly|quarterly|annual)\s+(?:bulletin|report|update|casualty)|\btotals?\s+by\s+(?:region|month|oblast)\b"
    rf"|\b(?:{cues.alternation('eventhood', 'averages')})\b", re.I)
# Where most of a toll fell: "most casualties occurred in A and B oblasts" (no toll of its own).
AGGREGATE_TOLL = cues.pattern("eventhood", "aggregate_toll")
# UN monitors mostly publish tallies; such a sentence is one unless it dates a single strike.
UN_MONITORS = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:human\s+rights\s+)?monitor(?:s|ing)\b", re.I)
# "the largest attack since 2022", "the deadliest strike this year": the event itself, compared.
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:largest|biggest|worst|heaviest|deadliest|bloodiest|highest|strongest|fiercest|greatest|longest|most"
    r"|first|record|only)"
    r"\b(?:\s+[\w'’-]+){0,6}?\s*$", re.I)
# r37: the example a habit is told by ("such as", "as in", "most recently"), a dated strike of its own
_EXAMPLE_AFTER = re.compile(rf"\b(?:{cues.alternation('eventhood', 'example_markers')})\b", re.I)
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+{MON}\b|\b{MON}\.?\s+\d{{1,2}}\b", re.I)

# Capability, threat or condition: "missiles that put Moscow within reach", "could strike",
# "threatened to hit", "would be able to target". Places in that clause were not hit.
HYPOTHETICAL = re.compile(
    r"\b(?:(?:could|can|would|might|may|will|shall)(?:\s+(?:not|also|now|soon|potentially|even|then|be\s+able\s+to))*"
    r"\s+(?:strike|hit|target|reach|attack|destroy|bomb|threaten|be\s+used\s+(?:to|against)"
    # r12atk (dev22 B3): the threat's whole verb family: "could use its new missile against X",
    # "might aim its missiles at Y", "would turn the weapon on Z", "may fire at W"
    r"|use|aim|turn|fire|launch|deploy|retaliate|wipe|level|obliterate|raze)"
    r"|(?:able|capable|enough)\s+(?:to|of)\s+(?:strik|hit|target|reach|attack|destroy)\w*"
    r"|(?:threat(?:en(?:ed|s|ing)?)?|vow(?:ed|s|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed)?|promis(?:ed|es|ing)|want(?:s|ed)?)"
    r"\s+to\s+(?:strike|hit|attack|target|destroy|bomb|retaliate|use|aim|fire|launch|turn|wipe|level|obliterate|raze)"
    r"|within\s+(?:striking\s+)?(?:reach|range)|in(?:to)?\s+(?:striking\s+)?range|out\s+of\s+range|range\s+of\s+(?:up\s+to\s+)?\d"
    r"|if\s+(?:it|they|Russia|Ukraine|Moscow|Kyiv)\s+(?:were\s+to\s+)?(?:strike|strikes|attack|attacks|hit|hits|target))\w*"
    rf"|\b(?:{cues.alternation('eventhood', 'threats')})\b", re.I)
# r44 (dev66): a list item that is an infinitive clause ("2. to list the units responsible for the
# strikes on X", "- to demand an end to attacks on Y"): a demand, a goal or a task under its lead-in
# ("We call on you:", "The mission's aims:"), never a strike told as done.
INFINITIVE_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+to[ \t]+[a-z]+\b", re.M)
# A strike asked about ("asked whether Russia had hit X"): a question, not a report.
QUESTION = cues.pattern("eventhood", "questions")
# Deaths that are no strike's toll: remains repatriated, soldiers killed in action, prisoners swapped.
NOT_A_TOLL = cues.pattern("eventhood", "not_a_toll")
# A concrete strike told in quoted speech: the usual cues of a report, not a claim about a place.
STRIKE_REPORTED = cues.pattern("strike", "strike_reported")
# A strike on a place with its toll as a participle: "In May, Russian missiles struck the centre of X,
# killing 12": one strike even in the plural (a month's tally says "attacks killed 95 in May").
STRUCK_THEN_TOLL = re.compile(
    r"\b(?:hit|struck|slammed\s+into|smashed\s+into|destroyed|levelled|leveled|tore\s+through)\s+(?:the\s+|a\s+|an\s+)?"
    r"[^.;:]{0,80}?,\s+(?:killing|wounding|injuring)\b", re.I)
# A correction or editor's note about the article itself: no event, whatever toll it repeats.
EDITOR_NOTE = cues.pattern("eventhood", "editor_notes")
PAPER_CLAIM = cues.pattern("eventhood", "paper_claims")  # r42: "Our report that X would ... needs clarifying"
# "No one was hurt", "none of the 40 passengers", "not a single person": a negated count (r38: with an
# owner between, "none of the ship's 14 sailors", "none of the mine's 300 workers").
NEGATED_BEFORE = re.compile(
    r"\b(?:none|neither)\s+of\s+(?:the\s+|its\s+|their\s+)?[\w-]+['’]s\s+$"
    r"|\b(?:no|not|none\s+of|neither\s+of|without|nobody|zero)\s+(?:the\s+|its\s+|their\s+|a\s+single\s+|any\s+)?$", re.I)
# Making or holding weapons ("the plant makes 300 drones a day"): no strike without a strike word.
PRODUCTION = cues.pattern("eventhood", "production")
# A count of fighting on a front ("carried out 150 assaults", "180 combat clashes"): a tally.
FRONT_TALLY = re.compile(
    rf"\b(?:\d[\d,]*|\w+(?:ty|teen|dred)(?:-\w+)?|dozens\s+of)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('eventhood', 'front_tally')})\b", re.I)
# r4atk B1: ground fighting by its verb and a number of times or attacks, either voice: "attacked
# 23 times near X", "repelled 41 assaults", "7 enemy attacks were repulsed" (codebook rule 5).
_TIMES = r"(?:\d[\d,]*|\w+(?:ty|teen)(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|once|twice)"
GROUND_FIGHTING = re.compile(
    rf"\b(?:{cues.alternation('eventhood', 'ground_fighting_verbs')})\s+(?:[\w'’-]+\s+){{0,4}}?{_TIMES}\s+times\b"
    rf"|\b(?:{cues.alternation('eventhood', 'ground_fighting_repelled')})\s+(?:[\w'’-]+\s+){{0,3}}?{_TIMES}\s+"
    rf"(?:[\w-]+\s+)?(?:{cues.alternation('eventhood', 'ground_fighting_nouns')})\b"
    rf"|\b{_TIMES}\s+(?:[\w-]+\s+)?(?:{cues.alternation('eventhood', 'ground_fighting_nouns')})\s+(?:were|was|have\s+been|had\s+been)\s+"
    rf"(?:{cues.alternation('eventhood', 'ground_fighting_repelled')})\b", re.I)
# r4atk B1: a front-wide tally's target: "against our positions", "along the whole front".
FRONT_WIDE = re.compile(rf"\b(?:{cues.alternation('eventhood', 'front_wide')})", re.I)
# A share of weapons downed ("85% of the drones", "nine in ten missiles"): a rate, not a count.
SHARE_OF = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)(?=\s+of\b)|\b\w+\s+(?:in|out\s+of)\s+(?:ten|10)\b", re.I)
# "a day after a strike on the city killed four": the clause tells an earlier event.
AFTER_EVENT = re.compile(
    rf"\b(?:{cues.alternation('eventhood', 'after_event')})\s+(?:(?:a|an|the|its|last|Sunday['’]s|Monday['’]s|Tuesday['’]s"
    r"|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{cues.alternation('eventhood', 'after_event_nouns')})\b", re.I)
