"""dev14's LLM-path loss classes, each in general form with fresh sentences written for this file
(several phrasings, places and numbers per class, and negatives that must not change):

- A4: a day told as a count of days back, anywhere in the words, a weekday checking it;
- A3: a place given by the heading of the section a record is told in ("KHERSON", "## Odesa", "Sumy:");
- A7: aid told by who pays for it or buys it, active or passive ("will foot the bill for 18 howitzers");
- A2: the items of a list run into a sentence after a launch or flight predicate, and a generic
  total ("aerial weapons", "means of air attack") as a weapon count;
- A1: an exception whose downing verb comes before it, in the active ("shot down or suppressed all
  but 11 of them"), its whole before it or inside it ("all except seven of the 88 Shaheds");
- A5: children told by a plural kin noun and their ages, no numeral ("their daughters, aged 4 and 9");
- A6: the host state of a venue in the record's sentences kept by the shared participant check too;
- A8: talks told as contacts, a channel or a track between two sides, or brokered;
- A9: a site named through its city in another transliteration ("Zaporozhye NPP", "Nikolaev shipyard");
- A10: a deadline told by the end of a period ("before the end of November", "by year-end") dates a
  planned event to that period.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support
from summariser.records import DatePrecision

PUBLISHED = dt.date(2026, 11, 20)  # a Friday
D = dt.date


def _attack(text: str, published: dt.date = PUBLISHED, **fields):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
              "evidence": [fields.pop("evidence", text)], **fields}
    return draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=published)


def _date(text: str, when: str):
    got = _attack(text, when=when)
    assert got.attacks, got.rejected
    return got.attacks[0].date


# --------------------------------------------------------------------------- A4: N days ago

DAYS_AGO = [  # (sentence, the model's words, the day)
    ("Twenty-three days ago, on a Wednesday night, a missile hit the school in Bucha.",
     "Twenty-three days ago, on a Wednesday night", D(2026, 10, 28)),
    ("It happened 15 days ago, early on a Thursday, when a drone struck the market in Kherson.",
     "15 days ago, early on a Thursday", D(2026, 11, 5)),
    ("Nineteen days ago a glide bomb fell on the clinic in Kupiansk.", "Nineteen days ago", D(2026, 11, 1)),
    ("The drone that wrecked the boiler house in Sumy came 12 days ago, residents recalled.",
     "12 days ago", D(2026, 11, 8)),
    ("On Sunday evening, twenty-six days ago, shells set the granary in Nikopol alight.",
     "On Sunday evening, twenty-six days ago", D(2026, 10, 25)),
    ("Exactly forty-one days ago a missile destroyed the bridge near Zatoka.", "forty-one days ago",
     D(2026, 10, 10)),
    ("Eleven days ago, in the small hours, rockets struck the depot in Kramatorsk.",
     "Eleven days ago, in the small hours", D(2026, 11, 9)),
    ("The last strike on the Izium water tower was 17 days ago.", "17 days ago", D(2026, 11, 3)),
    ("Three days ago a drone hit the bakery in Sloviansk.", "Three days ago", D(2026, 11, 17)),
]


@pytest.mark.parametrize("text, when, day", DAYS_AGO)
def test_a_count_of_days_back_is_that_day(text, when, day):
    date = _date(text, when)
    assert date is not None and (date.start, date.end, date.precision) == (day, day, DatePrecision.day), date


# the weekday told with a count that is one off: the weekday is trusted (a count is rounded, not a weekday)
@pytest.mark.parametrize("text, when, day", [
    ("Twenty-one days ago, on a Saturday, a drone hit the stadium in Chernihiv.",
     "Twenty-one days ago, on a Saturday", D(2026, 10, 31)),
    ("A missile struck the port of Izmail on Monday, 16 days ago.", "on Monday, 16 days ago", D(2026, 11, 2)),
])
def test_a_weekday_told_with_the_count_decides_the_day(text, when, day):
    date = _date(text, when)
    assert date is not None and date.start == day, date


# the same day written as a calendar date, or as the weekday part of the phrase alone: the phrase's day
@pytest.mark.parametrize("text, when, day", [
    ("Nineteen days ago, on a Sunday night, a glide bomb fell on the clinic in Kupiansk.", "2026-11-01", D(2026, 11, 1)),
    ("Nineteen days ago, on a Sunday night, a glide bomb fell on the clinic in Kupiansk.", "Sunday night",
     D(2026, 11, 1)),
    ("A drone hit the stadium in Chernihiv 12 days ago, the mayor said.", "2026-11-08", D(2026, 11, 8)),
    ("On Monday, 18 days ago, a missile struck the port of Izmail.", "on Monday", D(2026, 11, 2)),
])
def test_a_count_of_days_back_is_that_day_in_any_form(text, when, day):
    date = _date(text, when)
    assert date is not None and date.start == day, date


@pytest.mark.parametrize("text, when", [
    ("Nineteen days ago, on a Sunday night, a glide bomb fell on the clinic in Kupiansk.", "2026-11-15"),  # last Sunday
    ("A drone hit the stadium in Chernihiv 12 days ago, the mayor said.", "2026-11-09"),
])
def test_a_calendar_date_off_the_count_is_refused(text, when):
    got = _attack(text, when=when)
    assert any(r.field.endswith("when") for r in got.rejected), got.attacks


VAGUE = [  # no day is told: the date stays unknown
    ("Drones struck the rail yard in Kovel some days ago, workers recalled.", "some days ago"),
    ("Drones struck the rail yard in Kovel about 25 days ago, workers recalled.", "about 25 days ago"),
    ("Drones struck the rail yard in Kovel 90 days ago, workers recalled.", "90 days ago"),
    ("Drones struck the rail yard in Kovel two weeks ago, workers recalled.", "two weeks ago"),
    ("Drones struck the rail yard in Kovel a few days ago, workers recalled.", "a few days ago"),
]


@pytest.mark.parametrize("text, when", VAGUE)
def test_a_vague_or_distant_count_tells_no_day(text, when):
    date = _date(text, when)
    assert date is None or date.start is None, date


# --------------------------------------------------------------------------- A3: a place heading a section

def _place(text: str, place: str, evidence: str):
    got = _attack(text, places=[place], evidence=evidence)
    assert got.attacks, got.rejected
    locations = got.attacks[0].locations
    return locations[0].name if locations else None


# the lead names no place (its place would be the article's subject: `place_from_context`), and a
# first section tells a strike elsewhere
LEAD = ("Russia launched a large combined attack overnight, the air force said. Power cuts followed in "
        "several regions. Rescue work went on into the morning.\n\nLVIV\n\nA drone hit a warehouse in Lviv.\n\n")

SECTIONED = [  # (the sections after LEAD, the model's place, the record's sentence, the place kept)
    ("KHERSON\n\nShelling damaged a school in Kherson on Tuesday.\n\nA day earlier, a guided bomb hit a "
     "bakery in the city, injuring two.",
     "Kherson", "A day earlier, a guided bomb hit a bakery in the city, injuring two."),
    ("## Zaporizhzhia\n\nSirens sounded for three hours.\n\nThe city was struck again before dawn, when a "
     "missile damaged a tram depot.", "Zaporizhzhia", "The city was struck again before dawn, when a missile "
     "damaged a tram depot."),
    ("Mykolaiv:\nThe regional governor posted a video of the fire.\n\nLate on Monday, debris fell on the "
     "port, he said.", "Mykolaiv", "Late on Monday, debris fell on the port, he said."),
    ("**Odesa**\n\nTrams stopped for the morning.\n\nTwo drones struck warehouses near the harbour; a fire "
     "broke out.", "Odesa", "Two drones struck warehouses near the harbour; a fire broke out."),
    ("KHARKIV\nA glide bomb hit an apartment block. Rescuers pulled three people from the rubble.",
     "Kharkiv", "Rescuers pulled three people from the rubble."),
    ("Dnipro\n\nThe mayor asked residents to stay in shelters.\n\nA missile wrecked a clinic in a central "
     "district of the city, officials said.", "Dnipro", "A missile wrecked a clinic in a central district of "
     "the city, officials said."),
    ("Sumy region\n\nThe governor urged calm.\n\nDrones hit a power substation overnight, leaving villages "
     "dark.", "Sumy Oblast", "Drones hit a power substation overnight, leaving villages dark."),
    ("- Chernihiv\nAir defence was active for hours. A drone hit a grain silo on the outskirts.",
     "Chernihiv", "A drone hit a grain silo on the outskirts."),
]


@pytest.mark.parametrize("sections, place, evidence", SECTIONED)
def test_a_record_under_a_place_heading_is_at_that_place(sections, place, evidence):
    assert _place(LEAD + sections, place, evidence) == (
        "Sumy Oblast" if place.startswith("Sumy") else place)


NOT_SECTIONED = [  # the model's place is refused: another place named, another section, no place heading
    ("KHARKIV\n\nShelling hit Kharkiv on Monday.\n\nSchools moved online. Trams ran late. Water came back "
     "by noon. Shops opened late.\n\nA glide bomb also hit Kupiansk.", "Kharkiv", "A glide bomb also hit Kupiansk."),
    ("KHERSON\n\nShelling hit Kherson on Monday.\n\nECONOMY\n\nA drone hit a depot, the owner said.",
     "Kherson", "A drone hit a depot, the owner said."),
    ("KHERSON\n\nShelling hit Kherson on Monday.\n\nPOLTAVA\n\nA drone hit a depot, the owner said.",
     "Kherson", "A drone hit a depot, the owner said."),
    ("Shelling hit Kherson on Monday, and later Odesa.\n\nA drone hit a depot in the city, the owner said.",
     "Mykolaiv", "A drone hit a depot in the city, the owner said."),
    ("KHERSON\n\nShelling hit Kherson on Monday.", "Lviv", "Shelling hit Kherson on Monday."),
]


@pytest.mark.parametrize("sections, place, evidence", NOT_SECTIONED)
def test_a_heading_does_not_lend_its_place_across_sections_or_over_a_named_one(sections, place, evidence):
    assert _place(LEAD + sections, place, evidence) is None


# --------------------------------------------------------------------------- A7: aid told by who pays

def _diplomacy(text: str, kind: str = "military_aid", participants=("Denmark", "Ukraine"), **extra):
    record = {"kind": kind, "participants": list(participants), "evidence": [text], "description": "an event",
              **extra}
    return draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)


def _no_event(got) -> bool:
    return any("describes no diplomatic event" in r.reason for r in got.rejected)


PAID_AID = [
    "Denmark will foot the bill for 18 Caesar howitzers destined for Ukraine.",
    "Denmark paid for a batch of radar systems that reached Ukraine this week.",
    "Denmark is buying four NASAMS units for Ukraine from a US maker.",
    "Denmark will pay for two IRIS-T launchers for Ukraine, which Berlin will sell to Kyiv.",
    "Denmark has agreed to cover the cost of 40,000 artillery shells for Ukraine.",
    "Denmark picked up the tab for the Ukrainian order of armoured vehicles.",
    "Denmark bought 30 tanks from a Czech firm and gave them to Ukraine.",
    "Denmark will bankroll air-defence interceptors for Ukraine over the winter.",
    "Ukraine's new drones will be paid for by Denmark, the ministers said.",
]


@pytest.mark.parametrize("sentence", PAID_AID)
def test_aid_told_by_who_pays_for_it_is_an_event(sentence):
    got = _diplomacy(sentence)
    assert got.diplomacy and not _no_event(got), got.rejected


NOT_PAID_AID = [
    "Ukraine paid for the gas from Denmark in euros, the ministers said.",
    "Households in Denmark and Ukraine will pay more for power this winter.",
    "Denmark's shoppers bought more bread than usual, unlike Ukraine's.",
    "Denmark and Ukraine will pay the price of a long war, the professor wrote.",
]


@pytest.mark.parametrize("sentence", NOT_PAID_AID)
def test_paying_for_anything_but_materiel_is_no_event(sentence):
    assert _no_event(_diplomacy(sentence))


# --------------------------------------------------------------------------- A2: a list after a launch predicate

def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


LAUNCH_LISTS = [  # (sentence, the counts launched)
    ("Overnight 96 means of air attack were directed at the country: 80 drones, 12 Kalibrs and four Kinzhals.",
     (96, 80, 12, 4)),
    ("The enemy aimed 57 weapons at the Lviv region - 50 Gerbera decoys and seven cruise missiles.", (57, 50, 7)),
    ("Air command listed what was fired at the south: 33 Shaheds and two Iskander-K.", (33, 2)),
    ("In total 212 aerial weapons were aimed at Ukraine on Sunday night: 190 attack drones, 18 cruise missiles "
     "and four ballistic missiles.", (212, 190, 18, 4)),
    ("Russia launched the following at Odesa overnight: 24 drones, 3 Iskander-M missiles and 2 Kh-59s.",
     (24, 3, 2)),
    ("Moscow sent a mixed wave against the west \u2014 61 Shahed drones plus nine Kalibr missiles.", (61, 9)),
    ("Towards Kharkiv flew 14 drones: 11 Gerans and three Lancets.", (11, 3)),
    ("The military said Russia had used 45 weapons against the grid: 40 drones and five missiles.", (45, 40, 5)),
]


@pytest.mark.parametrize("text, counts", LAUNCH_LISTS)
def test_the_items_of_a_list_after_a_launch_are_launched(text, counts):
    for n in counts:
        assert _kept(n, "launched", text), n


NOT_LAUNCH_LISTS = [  # (sentence, a count that is no launch)
    ("Repair costs: 3 million hryvnias for lines, 1 million for substations.", 3),
    ("Of the drones, 40 were downed: 25 over Kyiv and 15 over Chernihiv.", 25),
    ("Air defence destroyed 30 targets: 26 drones and four missiles.", 26),
    ("The toll rose overnight: 12 people dead and 30 hurt.", 12),
    ("Ukraine has received many weapons from allies: 40 tanks and 12 launchers.", 40),
]


@pytest.mark.parametrize("text, value", NOT_LAUNCH_LISTS)
def test_a_list_after_another_predicate_is_no_launch(text, value):
    assert not _kept(value, "launched", text)


def test_a_list_after_a_downing_predicate_is_intercepted():
    text = "Air defence destroyed 30 targets: 26 drones and four missiles."
    assert _kept(26, "intercepted", text) and _kept(4, "intercepted", text)


# --------------------------------------------------------------------------- A1: "downed all but N"

ALL_BUT_ACTIVE = [  # (sentence, intercepted)
    ("Air defence crews shot down or disabled all except seven of the 88 Shaheds sent over Sumy.", 81),
    ("Russia fired 40 missiles at the west; gunners destroyed all but three of them near Lviv.", 37),
    ("Russia launched 96 drones overnight, and the air force shot down or suppressed all but 11 of them.", 85),
    ("Of the 62 drones sent at Odesa, mobile fire groups intercepted all but five.", 57),
    ("The navy said its crews had destroyed every one save two of the 19 sea drones near Novorossiysk.", 17),
    ("Russia sent 75 Shaheds; the defenders neutralised all except nine, the air force said.", 66),
    ("Gunners near Dnipro shot down all but 4 of the 23 cruise missiles fired from the Caspian.", 19),
    ("Twelve missiles flew at Kyiv and air defence intercepted all but one of them.", 11),
]


@pytest.mark.parametrize("text, value", ALL_BUT_ACTIVE)
def test_a_downing_verb_before_its_exception_downs_the_rest(text, value):
    assert _kept(value, "intercepted", text)
    assert not _kept(value - 1, "intercepted", text)


NOT_ALL_BUT = [  # (sentence, a difference that is no interception)
    ("Gunners downed 16 drones, and all but 4 of the 9 missiles struck the port.", 5),  # a count between
    ("Crews intercepted 20 drones, and all but 2 missiles hit their targets.", 18),
    ("Russia launched 30 drones; all but six reached the border region, officials said.", 24),
    ("The mayor thanked all but 3 of the 50 rescuers who cleared the rubble.", 47),
]


@pytest.mark.parametrize("text, value", NOT_ALL_BUT)
def test_an_exception_of_another_act_downs_nothing(text, value):
    assert not _kept(value, "intercepted", text)


# --------------------------------------------------------------------------- A5: kin counted by ages

KIN_BY_AGES = [  # (sentence, children_injured)
    ("The blast wounded five residents, among them the family's daughters, aged 4 and 9.", 2),
    ("Three people were hurt in Bilhorod, including their grandsons, aged 6, 10 and 13.", 3),
    ("A missile injured seven people in Sumy, among them Olena's sons, aged 12 and 15.", 2),
    ("Shelling of Nikopol wounded four, among them their twin boys (aged 7 and 7), the governor said.", 2),
    ("Debris injured six people in Irpin, including his young nephews, aged five and eight.", 2),
    ("The strike on Kryvyi Rih hurt nine, among them the teacher's children, aged 3, 5 and 11.", 3),
    ("Drones wounded four villagers near Okhtyrka, including their granddaughters, aged 10 and 14.", 2),
    ("Six were injured in Kupiansk, including the Melnyks' boys, aged 9 and 16.", 2),
]


@pytest.mark.parametrize("text, value", KIN_BY_AGES)
def test_relatives_counted_by_their_ages_are_children_hurt(text, value):
    assert _kept(value, "children_injured", text)
    assert not _kept(value + 1, "children_injured", text)


NOT_KIN_CHILDREN = [  # (sentence, a count of children that is not told)
    ("Shelling wounded four in Kherson; their sons, aged 19 and 24, were unhurt.", 2),  # adults
    ("Her sons, now in Poland, called every day after the strike that injured five.", 2),  # no ages
    ("A drone injured five people in Sumy, among them her two daughters, aged 30 and 33.", 2),  # adults
]


@pytest.mark.parametrize("text, value", NOT_KIN_CHILDREN)
def test_relatives_who_are_adults_or_unaged_are_no_children_hurt(text, value):
    assert not _kept(value, "children_injured", text)


# --------------------------------------------------------------------------- A6: the host in the shared check

def _enforced_participants(text: str, participants: list[str]) -> list[str]:
    from summariser.articles import Article
    from summariser.backends.base import BackendResult
    from summariser.grounding import enforce
    from summariser.records import Diplomacy, Span

    record = Diplomacy(kind="talks", participants=participants, evidence=[Span(start=0, end=len(text), text=text)])
    out = enforce(BackendResult(attacks=[], diplomacy=[record]), Article(text=text))
    return out.diplomacy[0].participants if out.diplomacy else []


HOSTED = [  # (sentence, the participants, the host): venues that are no capital (a capital names its state)
    ("Kyiv and Moscow negotiators met in Jeddah on Sunday.", ["Ukraine", "Russia", "Saudi Arabia"], "Saudi Arabia"),
    ("The second round between Ukraine and Russia, held in Geneva, ended without a joint text.",
     ["Ukraine", "Russia", "Switzerland"], "Switzerland"),
    ("Ukrainian and Russian delegations sat down at a hotel in Antalya to discuss the return of children.",
     ["Ukraine", "Russia", "Turkey"], "Turkey"),
    ("Talks between Ukraine and Russia in Istanbul lasted barely an hour.", ["Ukraine", "Russia", "Turkey"], "Turkey"),
    ("Envoys of Ukraine and Russia met in the Emirati city of Dubai for a third round.",
     ["Ukraine", "Russia", "United Arab Emirates"], "United Arab Emirates"),
    ("Ukraine and Russia swapped lists at talks in Lausanne on Friday.",
     ["Ukraine", "Russia", "Switzerland"], "Switzerland"),
    ("American and Russian officials held talks in Munich on the war in Ukraine.",
     ["United States", "Russia", "Germany"], "Germany"),
    ("Ukraine and Russia agreed a prisoner swap at a meeting in Krakow.", ["Ukraine", "Russia", "Poland"], "Poland"),
]


@pytest.mark.parametrize("text, participants, host", HOSTED)
def test_the_host_of_a_venue_is_a_participant_in_the_shared_check(text, participants, host):
    assert host in _enforced_participants(text, participants)


@pytest.mark.parametrize("text, participants, refused", [
    ("Talks between Ukraine and Russia in Istanbul lasted barely an hour.", ["Ukraine", "Russia", "Greece"], "Greece"),
    ("The ministers of Ukraine and Russia spoke by phone on Monday.", ["Ukraine", "Russia", "Turkey"], "Turkey"),
    ("Ukraine and Russia met in Geneva; Qatar had offered Doha instead.", ["Ukraine", "Russia", "Oman"], "Oman"),
])
def test_a_state_of_no_venue_in_the_record_stays_refused(text, participants, refused):
    assert refused not in _enforced_participants(text, participants)


# --------------------------------------------------------------------------- A8: contacts and brokers

CONTACTS = [
    "Qatar-mediated contacts between Ukraine and Russia resumed in March.",
    "The back channel between Washington and Moscow has gone quiet since the summer, Russia said.",
    "A Vatican-brokered track on deported children produced a first list for Ukraine and Russia.",
    "Direct contacts with Kyiv are frozen, the Russian deputy foreign minister said.",
    "Turkey brokered the grain corridor for Ukraine and Russia in 2022.",
    "Contacts between the Ukrainian and Russian ombudsmen have stalled, officials in Kyiv said.",
    "The Saudi-brokered channel between Ukraine and Russia on prisoners remains open.",
    "Officials confirmed indirect contacts with Moscow through Ukraine's intelligence service.",
]


@pytest.mark.parametrize("sentence", CONTACTS)
def test_contacts_or_a_channel_between_sides_are_an_event(sentence):
    assert not _no_event(_diplomacy(sentence, kind="talks", participants=("Ukraine", "Russia")))


NO_CONTACTS = [
    "Ukraine said it was open to contacts with Russia at any level.",
    "Investigators in Ukraine traced the contacts of the Russian suspect.",
    "Ukraine's contact lenses maker moved to Russia years ago.",
]


@pytest.mark.parametrize("sentence", NO_CONTACTS)
def test_a_stance_or_a_suspect_s_contacts_are_no_event(sentence):
    assert _no_event(_diplomacy(sentence, kind="talks", participants=("Ukraine", "Russia")))


# --------------------------------------------------------------------------- A10: deadlines

DEADLINES = [  # (sentence, the model's words, start, end, precision); published Friday 20 November 2026
    ("Ukraine and Russia plan a further exchange of prisoners before the end of November, the ombudsman said.",
     "before the end of November", D(2026, 11, 1), D(2026, 11, 30), DatePrecision.month),
    ("Ukraine and Russia should hold the next round by the end of the month, the mediator said.",
     "by the end of the month", D(2026, 11, 1), D(2026, 11, 30), DatePrecision.month),
    ("A swap between Ukraine and Russia is expected by month's end.", "by month's end",
     D(2026, 11, 1), D(2026, 11, 30), DatePrecision.month),
    ("Ukraine and Russia hope to sign the grain memorandum by year-end.", "by year-end",
     D(2026, 1, 1), D(2026, 12, 31), DatePrecision.year),
    ("Ukraine and Russia aim to agree the list until the end of the year, officials said.",
     "until the end of the year", D(2026, 1, 1), D(2026, 12, 31), DatePrecision.year),
    ("Talks between Ukraine and Russia could resume before the end of January.", "before the end of January",
     D(2027, 1, 1), D(2027, 1, 31), DatePrecision.month),
    ("The Ukraine-Russia exchange should happen no later than the end of this month.",
     "no later than the end of this month", D(2026, 11, 1), D(2026, 11, 30), DatePrecision.month),
    ("A call between Ukraine and Russia is planned by the end of next week, diplomats said.",
     "by the end of next week", D(2026, 11, 23), D(2026, 11, 29), DatePrecision.week),
]


@pytest.mark.parametrize("text, when, start, end, precision", DEADLINES)
def test_a_deadline_dates_a_planned_event_to_its_period(text, when, start, end, precision):
    got = _diplomacy(text, kind="talks", participants=("Ukraine", "Russia"), when=when, status="planned")
    assert got.diplomacy, got.rejected
    date = got.diplomacy[0].date
    assert date is not None and (date.start, date.end, date.precision) == (start, end, precision), date


@pytest.mark.parametrize("text, when", [
    ("Ukraine and Russia will keep talking until the end of the war, the envoy said.", "until the end of the war"),
    ("Ukraine and Russia set no deadline before the end of the talks, the envoy said.", "before the end of the talks"),
])
def test_the_end_of_no_period_dates_nothing(text, when):
    got = _diplomacy(text, kind="talks", participants=("Ukraine", "Russia"), when=when, status="planned")
    date = got.diplomacy[0].date if got.diplomacy else None
    assert date is None or date.start is None, date


# --------------------------------------------------------------------------- A9: a site in another spelling

SITES = [  # (sentence, the model's site)
    ("Shelling cut a power line to the Zaporizhzhia nuclear plant on Sunday.", "Zaporozhye NPP"),
    ("A drone struck the Mykolaiv shipyard overnight, the governor said.", "Nikolaev shipyard"),
    ("Missiles damaged the Kharkiv power plant again on Tuesday.", "Kharkov thermal power plant"),
    ("Drones hit grain silos at the port of Odesa before dawn.", "Odessa port"),
    ("A missile struck the Kyiv thermal power plant in the early hours.", "Kiev TPP"),
    ("Drones set fire to the Zaporizhzhia nuclear power station's training centre.", "Zaporozhye nuclear power plant"),
    ("A glide bomb hit the Kramatorsk railway station at noon.", "Kramatorsk train station"),
    ("Russian drones struck the Dnipro hydroelectric plant overnight.", "Dnepr HPP"),
]


@pytest.mark.parametrize("text, site", SITES)
def test_a_site_in_another_spelling_of_its_city_is_the_article_s_site(text, site):
    assert _place(text, site, text) is not None


@pytest.mark.parametrize("text, site", [
    ("Shelling cut a power line to the Zaporizhzhia NPP on Sunday.", "Zaporozhye nuclear power station"),
    ("The plant lost its last power line again, the agency said.", "Zaporozhye NPP"),  # the article's subject
])
def test_a_gazetteer_site_in_another_spelling_is_read_as_that_site(text, site):
    article = "IAEA says the Zaporizhzhia nuclear power plant is on diesel again.\n\n" + text
    assert _place(article, site, text) == "Zaporizhzhia Nuclear Power Plant"


@pytest.mark.parametrize("text, site", [
    ("A drone struck the port of Mykolaiv overnight, the governor said.", "Kherson port"),  # another city
    ("Shelling hit the Kurakhove plant on Sunday.", "Kursk NPP"),  # another city
    ("A drone struck the Mykolaiv shipyard overnight, the governor said.", "Nikolaev airport"),  # another facility
])
def test_a_site_of_another_city_or_facility_is_refused(text, site):
    assert _place(text, site, text) is None
