"""Actors: attacker adjectives and subjects, target territory, nationwide scope, a capital speaking
for its government, who reported, and states behind countries, organisations and titled people."""

from __future__ import annotations

import re

from ..knowledge import cues
from ..knowledge import views as _kv
from ..knowledge.sides import OPPONENT as OPPONENT  # re-exported as lx.OPPONENT: one table of the two sides
from ..knowledge.sides import WAR_SIDES as WAR_SIDES  # re-exported as lx.WAR_SIDES: the war's two sides by name


# Adjectives and possessives of states, from the actor dictionary (knowledge/data/actors.yaml).
COUNTRY_ADJECTIVES = _kv.country_adjectives()
_ADJ = r"Russian|Ukrainian|Israeli|Iranian|Belarusian|North\s+Korean"
_SUBJ = r"Russia|Ukraine|Moscow|Kyiv|Israel|Iran|Russian\s+forces|Ukrainian\s+forces|Russian\s+troops|" \
        r"Ukrainian\s+troops|the\s+Russian\s+(?:military|army)|the\s+Ukrainian\s+(?:military|army)|Russia's\s+army|" \
        r"Ukraine's\s+(?:army|military|forces)|(?:Ukraine|Russia)['’]s\s+(?:Defen[cs]e|Armed|armed)\s+[Ff]orces|" \
        + cues.alternation("anchoring", "side_framing")
ATTACKER_ADJ_RE = re.compile(
    rf"\b(?P<a>{_ADJ})\s+(?:[\w-]+\s+){{0,2}}?(?:drones?|UAVs?|missiles?|strikes?|attacks?|airstrikes?|"
    r"air\s+strikes?|shelling|bombardments?|barrages?|assaults?|rockets?|Shaheds?|glide\s+bombs?|artillery|"
    r"shells?|bombs?|aircraft|warplanes?)\b")
ATTACKER_SUBJ_RE = re.compile(
    rf"\b(?P<a>{_SUBJ})\s+(?:(?:had|has|have|also|again|then|reportedly|overnight|later)\s+){{0,3}}"
    r"(?:launched|fired|attacked|struck|pounded|shelled|hit|battered|targeted|sent|unleashed|bombarded|carried\s+out"
    r"|hurled|flung|lobbed|rained|pelted)\b")  # r20: the throwing verbs of strike.yaml launch
# r46: the strike chosen, in the infinitive ("Russia chose this morning to attack ..."), a time word or
# two before "to"; never in the perfect ("has decided to strike": an intent, no strike yet)
ATTACKER_CHOICE_RE = re.compile(
    rf"\b(?P<a>{_SUBJ})\s+(?:(?:also|again|then|reportedly|later)\s+)?(?:{cues.alternation('strike', 'chosen_strike')})"
    r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:launch|fire|attack|strike|pound|shell|hit|batter|target|send|unleash|bombard"
    r"|carry\s+out|hurl|rain)\b")
# r9: "Moscow's last massive raid", "Russia's previous attack on the grid": the possessor made the attack
ATTACKER_POSSESSIVE_RE = re.compile(
    r"\b(?P<a>Russia|Ukraine|Moscow|Kyiv)['’]s\s+(?:[\w-]+\s+){0,3}?(?:attacks?|raids?|strikes?|barrages?|assaults?"
    r"|bombardments?|onslaughts?|offensive)\b")
ATTACKER_BY_RE = re.compile(rf"\bby\s+(?P<a>Russia|Ukraine|Russian\s+forces|Ukrainian\s+forces|{_ADJ}\s+\w+)\b")
TARGET_TERRITORY_RE = re.compile(
    r"\b(?:(?:at|on|against|over|across|into|targeted|targeting|hit|struck|attacked)\s+(?P<t1>Russian|Ukrainian)\s+"
    r"(?:territory|regions|cities|soil|air\s*bases?|airfields?|refiner(?:y|ies)|oil\s+depots?|bases|positions|ports?)"
    r"|across\s+(?P<t2>Ukraine|Russia)|(?:throughout|all\s+over)\s+(?P<t3>Ukraine|Russia))\b")
# (r37: "Nationally, the Air Force's figure was 480 drones": the country's, not the town's)
NATIONWIDE_RE = re.compile(
    r"\b(?:nationwide|countrywide|nationally|across\s+the\s+country|throughout\s+the\s+country|across\s+(?:Ukraine|Russia)"
    r"|(?:at|on|against|over|into)\s+(?:Russian|Ukrainian)\s+(?:territory|regions|soil)|in\s+total|in\s+all"
    r"|(?:at|against|on|into|over)\s+(?:Ukraine|Russia)(?!['’])"  # r40: "downed over Russia", the country's
    r"|(?:at|against|on|into|over)\s+the\s+(?:whole\s+|entire\s+)?country(?!['’])"  # r49: "sent at the country overnight"
    r"|other\s+(?:regions|cities|oblasts)|several\s+regions|(?:\w+\s+)?regions\s+of\s+the\s+country)\b", re.I)


# A capital speaking for its government: "Moscow says", "Kyiv's defence ministry said".
SPEAKER_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:ministry|military|army|forces|government|officials|envoy|spokes\w+|office))?"
    rf"\s+(?:(?:has|have|had|also|later)\s+)?(?:{cues.alternation('eventhood', 'speaker_verbs')})\b", re.I)


def country_of(word: str) -> str | None:
    return COUNTRY_ADJECTIVES.get(re.sub(r"\s+", " ", word.strip().lower()))


# --------------------------------------------------------------------------- who reported

_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){1,2}"
REPORTER_RES = [
    re.compile(rf"\b(?:(?:[A-Z][\w'’-]+\s+)?(?:regional\s+|Regional\s+)?(?:Governor|Mayor|governor|mayor)\s+{_NAME})"),
    re.compile(rf"\b(?:[Gg]overnor|[Mm]ayor|[Hh]ead)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast|Oblast|"
               rf"Region|city))?,\s+{_NAME}"),
    re.compile(rf"\b(?:head\s+of\s+the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}|{_NAME},\s+head\s+of\s+the\s+"
               rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,4}})"),
    re.compile(r"\b[A-Z][\w'’-]+\s+(?:Regional|City|Oblast)\s+(?:Military\s+)?(?:State\s+)?(?:Administration|Council)"),
    re.compile(r"\b(?:the\s+)?(?:regional|local|Ukrainian|Russian|city|military|emergency)?\s*(?:governor|mayor)\b"),
    re.compile(r"\b(?:(?:Ukraine|Russia)['’]s\s+|Ukrainian\s+|Russian\s+|the\s+)?(?:[Aa]ir\s+[Ff]orce|[Dd]efen[cs]e\s+"
               r"[Mm]inistry|Ministry\s+of\s+Defen[cs]e|General\s+Staff|State\s+Emergency\s+Service|[Ee]mergency\s+"
               r"[Ss]ervices?|[Pp]rosecutor(?:['’]s|\s+[Gg]eneral['’]s)?\s+[Oo]ffice|[Nn]ational\s+[Pp]olice|"
               r"(?:local\s+|regional\s+)?police|(?:local\s+|regional\s+|Ukrainian\s+|Russian\s+)?(?:authorities|officials)"
               r"|(?:Ukraine|Russia)['’]s\s+military|the\s+military|(?:[Rr]egional\s+|[Cc]ity\s+)?[Mm]ilitary\s+[Aa]dministration)\b"),
    re.compile(r"\b(?:AFP|Reuters|Associated\s+Press|AP|TASS|RIA\s+Novosti|Interfax|Ukrinform|Suspilne|BBC|CNN"
               r"|[\w-]+\.(?:ro|ua|ru|com|net|org))\b"),
]
ATTRIBUTION = cues.pattern("strike", "attribution")
# r32: a speaker's aside between two items of one list ("fired 120 drones overnight, the air force says,
# and four missiles"; "…, according to the air force, and …"): the list goes on past it (rules and grounding)
ATTRIBUTION_ASIDE = re.compile(rf",\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
                                rf"(?:{cues.alternation('strike', 'attribution')})\b[^,;:]*(?=,)", re.I)


COUNTRY_NAMES = _kv.country_names()
ORGANISATIONS = _kv.organisations()
ACTOR_NOUNS = (r"(?:President|president|leaders?|officials?|delegations?|delegates|government|side|counterparts?|"
               r"Foreign\s+Minister|foreign\s+minister|Defen[cs]e\s+Minister|defen[cs]e\s+minister|negotiators|"
               r"diplomats|envoys?|military\s+chiefs|army\s+chiefs|chiefs|authorities|administration|"
               r"Prime\s+Minister|prime\s+minister|Chancellor|chancellor|Secretary\s+of\s+State|representatives?|[Aa]mbassadors?|charg[eé]\s+d['’]affaires|embassy|"
               # probedip (issue 13, concept 1): the other words wire copy uses for the same offices
               r"[Pp]remier|[Tt]aoiseach|[Ff]oreign\s+[Ss]ecretary|[Dd]efen[cs]e\s+[Ss]ecretary|top\s+diplomat|[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)|"
               r"[Cc]rown\s+[Pp]rince|[Kk]ing|[Ee]mir|[Pp]residency|[Ff]oreign\s+[Oo]ffice|"
               # dev14 class C7: any portfolio or rank of a minister ("Norway's energy minister", "the Ukrainian
               # deputy prime minister", "Italy's economy and finance minister")
               r"(?:(?:[Ff]irst\s+)?[Dd]eputy\s+|[Vv]ice[\s-]|[Aa]cting\s+)?(?:[a-z]+\s+(?:and\s+)?){0,3}?[Mm]inisters?|"
               # dev14 class C8: a state's rights officials ("the Ukrainian ombudsman", "Russia's human rights commissioner")
               r"[Oo]mbuds(?:man|men|woman|women|person|persons|people)|(?:[Hh]uman\s+[Rr]ights\s+)?[Cc]ommissioners?|"
               # dev18 class C1: the rest of the working-level family ("the Ukrainian negotiating team", "French
               # advisers", "the Italian sherpa")
               # (r19, dev36 D5: a bare "team" right after the state's name, "a Russian team")
               r"(?:(?:negotiating|technical|expert)\s+)?teams?|(?:security\s+)?advis[eo]rs?|sherpas?)")
_COUNTRY_ALT = "|".join(COUNTRY_NAMES)
# "French and German leaders", "Finland's defence minister": the states behind the officials.
ACTOR_ADJ_RE = re.compile(
    rf"\b(?P<chain>(?:{_COUNTRY_ALT})(?:\s*(?:,|and|,\s+and)\s*(?:{_COUNTRY_ALT}))*)(?:['’]s)?\s+{ACTOR_NOUNS}\b")
# A state named by a noun (name, alias, capital; not a demonym): "hands Moldova two systems".
COUNTRY_NOUN_ALT = _kv._alt(_kv.country_nouns())
COUNTRY_NOUN_RE = re.compile(r"(?<![\w-])(?:U\.S\.(?!\w)|(?:" + COUNTRY_NOUN_ALT + r")\b)")
ORG_RE = re.compile(r"\b(?:" + "|".join(ORGANISATIONS) + r")\b")
ORG_SEAT_CITIES = _kv.organisation_seats()  # "Brussels": a gathering there with the body is the body's own
ORG_SEATS = _kv.seats_by_organisation()  # r48: whose seat a city is ("The Hague" is the ICC's, not NATO's)
TITLES = (r"(?:President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Deputy\s+Foreign\s+Minister|"
          r"Chancellor|Secretary\s+of\s+State|Secretary-General|Secretary\s+General|[Ss]pecial\s+[Ee]nvoy|[Ee]nvoy|"
          r"[Ss]pokes(?:person|man|woman)|[Aa]dviser|[Aa]dvisor|Ambassador|Minister|King|Pope|Senator|[Ss]enator|"
          r"Premier|Chief\s+of\s+Staff)")
# "Turkish President X", "Ukraine's President X": `land` names the state the person speaks for.
TITLED_PERSON_RE = re.compile(
    rf"\b(?:(?P<land>{_COUNTRY_ALT}|[A-Z][a-z]+)(?:['’]s)?\s+)?(?:[Dd]eputy\s+)?(?:{TITLES}|president)\s+"
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})")
# "X, the Russian foreign minister": titles are often lower case in an apposition.
_APPOSITION_TITLES = (rf"(?:{TITLES}|(?:prime\s+|foreign\s+|defen[cs]e\s+|deputy\s+)?minister|president|chancellor"
                      r"|secretary\s+of\s+state|secretary-general|leader|ambassador|envoy|premier)")
# "Sweden's prime minister", "the Norwegian foreign minister": an office named by its state, with no
# person's name (r35: the antecedent of a "he" or "she" after it)
OFFICE_AFTER_STATE_RE = re.compile(rf"(?:['’]s)?\s+(?:(?:new|acting|deputy|visiting)\s+)?{_APPOSITION_TITLES}\b", re.I)
PERSON_APPOSITION_RE = re.compile(
    rf"\b(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+(?P<role>(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    rf"{_APPOSITION_TITLES})\b")
# "UK prime minister Keir Starmer", "French president Emmanuel Macron": a lower-case title after a
# country also ties the person to that state.
LOWER_TITLED_PERSON_RE = re.compile(
    rf"\b(?P<land>{'|'.join(COUNTRY_NAMES)})\s+(?:prime\s+minister|president|foreign\s+minister|"
    rf"defen[cs]e\s+minister|chancellor|premier|foreign\s+secretary|secretary\s+of\s+state)\s+"
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})")
# r26: "a Danish government delegation led by Minister X Y", "a delegation of the Swedish government,
# headed by aid minister X Y": the leader speaks for the delegation's state
DELEGATION_LEADER_RE = re.compile(
    rf"\b(?:(?P<land>{_COUNTRY_ALT}|[A-Z][a-z]+)(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?delegation"
    rf"|delegation\s+(?:of|from)\s+(?:the\s+)?(?P<land2>{_COUNTRY_ALT}|[A-Z][a-z]+)(?:\s+(?:government|parliament|ministry))?)"
    rf"\s*,?\s+(?:led|headed)\s+by\s+(?:(?:the\s+|its\s+)?(?:[a-z-]+\s+){{0,4}}?)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})")
# A country named only as what the talks are about: "to discuss Ukraine", "a ceasefire in Ukraine".

def canonical_country(word: str) -> str | None:
    w = re.sub(r"\s+", " ", word.strip())
    return _COUNTRY_FORMS.get(w) or next((n for pat, n in COUNTRY_NAMES.items() if re.fullmatch(pat, w)), None)


def canonical_org(word: str) -> str | None:
    w = re.sub(r"\s+", " ", word.strip())
    return _ORG_FORMS.get(w) or next((n for pat, n in ORGANISATIONS.items() if re.fullmatch(pat, w)), None)


_COUNTRY_FORMS = _kv.country_forms()
_ORG_FORMS = _kv.organisation_forms()
