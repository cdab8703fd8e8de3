"""Diplomacy failure classes found on an unseen set (issue 13, section C), in general terms: talks
told as consultations, sanctions and aid told without their canonical nouns, an event noun that is
only a topic or an attribution, a cancellation, a live-blog entry heading, the roles of mediators,
beneficiaries and sanctions targets, and a ministry readout's own state. Every sentence is written
fresh for these tests, in several phrasings, with negatives that must not change."""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K, DiplomacyStatus as S


# ---------------------------------------------------------------- C7: consultations are talks

@pytest.mark.parametrize("text, sides, status", [
    ("Intergovernmental consultations between Slovakia and Ukraine will be held in Bratislava on 9 April.",
     {"Slovakia", "Ukraine"}, S.planned),
    ("Political consultations between the foreign ministries of Poland and Moldova took place in Chisinau on Tuesday.",
     {"Poland", "Moldova"}, S.held),
    ("Romania and Ukraine held a round of consultations on border crossings in Suceava on Friday.",
     {"Romania", "Ukraine"}, S.held),
    ("Japan and Ukraine will open a strategic dialogue in Tokyo next month.", {"Japan", "Ukraine"}, S.planned),
])
def test_consultations_between_governments_are_talks(text, sides, status):
    rec = one_record(text)
    assert rec.kind is K.talks and sides <= set(rec.participants) and rec.status is status


@pytest.mark.parametrize("text", [
    "The ministry opened public consultations on the new draft law on Monday.",
    "Patients in Lviv waited weeks for medical consultations, the clinic said.",
])
def test_consultations_of_no_state_are_no_event(text):
    assert diplomacy_of(text) == []


# ---------------------------------------------------------------- C1: sanctions and aid without the canonical words

@pytest.mark.parametrize("text, imposer", [
    ("Australia widened its list on Thursday, sanctioning 30 shadow-fleet vessels.", "Australia"),
    ("Canada announced matching measures on Friday, sanctioning 18 tankers of the shadow fleet.", "Canada"),
])
def test_sanctioning_a_number_of_objects_is_sanctions(text, imposer):
    rec = one_record(text)
    assert rec.kind is K.sanctions and rec.status is S.held and {imposer, "Russia"} <= set(rec.participants)


@pytest.mark.parametrize("text, sides", [
    ("Poland and Lithuania tabled a proposal for a ban on Russian LNG imports.", {"Poland", "Lithuania"}),
    ("Norway and Iceland put forward a joint paper proposing to bar Russian fishing vessels from their ports.",
     {"Norway", "Iceland"}),
    ("Estonia and Latvia circulated a non-paper that would bar Russian-flagged tankers from EU ports.",
     {"Estonia", "Latvia"}),
])
def test_a_ban_on_the_targets_goods_put_forward_is_proposed_sanctions(text, sides):
    rec = one_record(text)
    assert rec.kind is K.sanctions and rec.status is S.proposed
    assert sides | {"Russia"} <= set(rec.participants)


@pytest.mark.parametrize("text, donor", [
    ("Dublin announced €30 million of humanitarian support for Ukraine on Tuesday.", "Ireland"),
    ("Oslo pledged NOK 400m in winter energy assistance for Ukraine.", "Norway"),
    ("The Netherlands will provide 120 million euros in energy assistance for Kyiv.", "Netherlands"),
    ("Britain announced £25 million of emergency repair support for Ukraine on Monday.", "United Kingdom"),
])
def test_an_amount_of_support_for_ukraine_is_aid(text, donor):
    rec = one_record(text)
    assert rec.kind is K.military_aid and {donor, "Ukraine"} <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Kyiv has called on partners to find €2 billion in energy support for Ukraine's grid.",
    "Ukraine has received €40bn in support since 2022.",
    "Ukraine has asked Brussels for €3 billion in energy assistance for the winter.",
    "The regional council backed a ban on Russian-made buses last year.",
    "Drones hit a depot storing Russian fuel overnight, the governor said.",
])
def test_demands_totals_and_background_stay_no_measure(text):
    assert diplomacy_of(text) == []


@pytest.mark.parametrize("text, status", [
    ("EU sanctions on Russian oil have cut Moscow's revenue, officials say. The European Commission is preparing "
     "the 24th package, which it intends to send to member states later this month.", S.planned),
    ("The EU adopted its 23rd round of sanctions against Russia in January. A fresh round of EU restrictions, "
     "the 24th, is due to reach ambassadors for approval next week, an official said.", S.planned),
    ("The bloc's ministers approved the 25th package on Monday. It adds 80 tankers to the sanctions list "
     "targeting Russia.", S.held),
])
def test_a_package_told_by_anaphora_in_a_sanctions_article_is_sanctions(text, status):
    recs = [r for r in diplomacy_of(text) if r.status is status]
    assert len(recs) == 1 and recs[0].kind is K.sanctions and "Russia" in recs[0].participants


def test_a_states_matching_measures_after_sanctions_are_its_own_sanctions():
    recs = diplomacy_of("The EU sanctioned 40 more tankers on Tuesday. Canada announced matching measures on Friday.")
    assert any(r.kind is K.sanctions and r.participants == ["Canada"] for r in recs)


@pytest.mark.parametrize("text", [
    "The ministry is preparing the next package of reforms, the prime minister said.",
    "EU sanctions on Moscow were renewed in January. Kyiv hopes the next package will come soon, the minister said.",
    "Brussels has promised the next package for Ukraine will include air defence. The EU sanctions regime expires in July.",
    "Britain announced new sanctions against Russian banks on Monday. The government is preparing a new package of military aid.",
    "Restrictions on Russian diplomats' travel have tightened. Tokyo adopted its own measures on Wednesday, freezing the assets of 12 firms.",
])
def test_a_package_of_aid_or_reforms_or_no_sanctions_article_makes_no_sanctions_anaphor(text):
    assert len([r for r in diplomacy_of(text) if r.kind is K.sanctions]) <= text.count("sanctions against")


# ---------------------------------------------------------------- C2: an event noun as a topic or an attribution

@pytest.mark.parametrize("text, sides", [
    ("In a Monday call, the Estonian and Finnish prime ministers covered energy security and a planned exchange of prisoners.",
     {"Estonia", "Finland"}),
    ("Zelensky spoke by phone with Erdogan on Tuesday about the next round of prisoner swaps.", {"Ukraine", "Turkey"}),
    ("During an hour-long video call, Macron and Zelensky went through grain exports and a possible swap of POWs.",
     {"France", "Ukraine"}),
])
def test_a_call_whose_topic_is_a_swap_is_the_call(text, sides):
    rec = one_record(text)
    assert rec.kind is K.phone_call and sides <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "The ministers of Latvia and Ukraine reviewed progress in the talks on Moldova's EU membership.",
    "Sandu and Tusk discussed the state of the accession negotiations, her office said.",
    "The foreign ministers of Poland and Ukraine went over where the EU membership talks stand.",
])
def test_the_state_of_talks_as_a_topic_is_no_talks(text):
    assert not [r for r in diplomacy_of(text) if r.kind is K.talks]


@pytest.mark.parametrize("text", [
    "The deal was confirmed by three officials familiar with the negotiations.",
    "The EU will adopt the package next week, according to diplomats familiar with the talks.",
    "A source close to the Russian-Ukrainian talks said the sides remain far apart.",
    "Two officials briefed on the negotiations between Kyiv and Moscow described the mood as tense.",
])
def test_a_source_familiar_with_talks_is_no_talks(text):
    assert not [r for r in diplomacy_of(text) if r.kind is K.talks]


@pytest.mark.parametrize("text, kind", [
    ("Russia and Ukraine exchanged 150 prisoners each on Saturday, the Ukrainian president said.", K.prisoner_exchange),
    ("Ukrainian and Russian negotiators held talks in Geneva on Thursday on a prisoner exchange.", K.talks),
    ("Officials of Poland and Ukraine held talks in Rzeszow on Wednesday on border crossings.", K.talks),
])
def test_events_told_in_full_stay_events(text, kind):
    assert any(r.kind is kind for r in diplomacy_of(text))


# ---------------------------------------------------------------- C3: a state body's readout speaks for its state

def _from_source(text: str, source: str) -> list[tuple[K, list[str]]]:
    from summariser.articles import make_article
    from summariser.backends.rules import RulesBackend
    recs = RulesBackend(None).extract(make_article(text, published="2026-03-02", source=source)).diplomacy
    return [(r.kind, r.participants) for r in recs]


@pytest.mark.parametrize("text, source, sides", [
    ("On Thursday the Minister received the ambassador of Georgia to discuss visa rules.",
     "Ministry of Foreign Affairs of Lithuania", {"Lithuania", "Georgia"}),
    ("The Ministry handed the Belarusian envoy a protest note about the balloon incursions.",
     "Ministry of Foreign Affairs of Lithuania", {"Lithuania", "Belarus"}),
    ("The chargé d'affaires of Belarus was summoned to the Ministry on Monday.",
     "Foreign Ministry of Latvia", {"Latvia", "Belarus"}),
    ("The Deputy Foreign Minister held talks with his Moldovan colleague in Riga on Tuesday.",
     "Foreign Ministry of Latvia", {"Latvia", "Moldova"}),
])
def test_a_readouts_bare_role_speaks_for_the_source_state(text, source, sides):
    recs = _from_source(text, source)
    assert len(recs) == 1 and sides <= set(recs[0][1])


@pytest.mark.parametrize("text, source, absent", [
    # a newspaper is no state body
    ("On Thursday the Minister received the ambassador of Georgia to discuss visa rules.", "Baltic Daily News", "Lithuania"),
    # a role that names its state or its holder keeps the text's state only
    ("Polish Foreign Minister Sikorski met his Ukrainian counterpart in Lviv on Monday.", "Foreign Ministry of Latvia", "Latvia"),
    ("The Minister of Finland spoke with the Estonian prime minister on Friday.", "Foreign Ministry of Latvia", "Latvia"),
])
def test_no_source_state_without_a_state_body_or_a_bare_role(text, source, absent):
    assert all(absent not in sides for _, sides in _from_source(text, source))


# ---------------------------------------------------------------- C4: mediators, beneficiaries and sanctions targets

@pytest.mark.parametrize("text, sides", [
    # CODEBOOK rule 15 (ruling of 1 December 2026): a broker, mediator or host is a participant too
    ("Russia and Ukraine held talks in Istanbul on Monday, with Turkey acting as go-between.", {"Russia", "Ukraine", "Turkey"}),
    ("Russian and Ukrainian delegations met in Riyadh on Tuesday in talks mediated by Saudi Arabia.",
     {"Russia", "Ukraine", "Saudi Arabia"}),
    ("Kyiv and Moscow exchanged 90 prisoners each on Sunday in a swap brokered by Qatar.", {"Ukraine", "Russia", "Qatar"}),
])
def test_a_mediator_is_a_side(text, sides):
    assert sides <= set(one_record(text).participants)


@pytest.mark.parametrize("text, sides", [
    ("NATO's defence ministers are due to gather in Brussels on Thursday to discuss winter air defence for Ukraine.", ["NATO"]),
    ("EU leaders agreed at their summit in Brussels on Thursday on financing for Ukraine.", ["European Union"]),
    ("At their summit on Thursday, EU heads of government are expected to agree on funding for Ukraine's military.",
     ["European Union"]),
    ("Leaders of the G7 agreed at their summit in Canada to keep backing Ukraine.", ["G7", "Canada"]),
])
def test_a_beneficiary_of_a_meetings_topic_is_no_side(text, sides):
    assert sorted(one_record(text).participants) == sorted(sides)


@pytest.mark.parametrize("text", [
    "Norway pledged NOK 300m in energy assistance for Ukraine on Friday.",
    "Sweden will send 40 armoured vehicles to Ukraine, its defence minister said on Monday.",
])
def test_the_recipient_of_aid_stays_a_side(text):
    assert "Ukraine" in one_record(text).participants


@pytest.mark.parametrize("text, sides", [
    ("EU ambassadors approved the 20th package of sanctions against Russia on Wednesday.", {"European Union", "Russia"}),
    ("The European Union on Wednesday extended its sectoral sanctions on Russia for six months.", {"European Union", "Russia"}),
    ("London imposed fresh sanctions on Iran over its drone deliveries.", {"United Kingdom", "Iran"}),
])
def test_the_target_of_sanctions_is_a_side(text, sides):
    assert sides <= set(one_record(text).participants)


# ---------------------------------------------------------------- C5: a cancellation (its host stays a participant: CODEBOOK 15)

@pytest.mark.parametrize("text, sides", [
    ("Jeddah will no longer host next month's peace talks between Russia and Ukraine, Saudi officials said.",
     {"Russia", "Ukraine"}),
    ("A planned meeting between the Russian and Ukrainian delegations in Geneva on Friday will not take place, "
     "Swiss diplomats said.", {"Russia", "Ukraine"}),
    ("Vienna said the talks between Russia and Ukraine it was due to host next week were scrapped.", {"Russia", "Ukraine"}),
    ("Talks between Armenian and Azerbaijani negotiators that Kazakh officials had planned for next Tuesday in "
     "Almaty are not going ahead.", {"Armenia", "Azerbaijan"}),
    ("The talks between Serbia and Kosovo in Brussels next week will not be held, Belgian diplomats said.",
     {"Serbia", "Kosovo"}),
])
def test_called_off_talks_are_cancelled(text, sides):
    # (the host that tells it stays a participant: CODEBOOK rule 15, ruling of 1 December 2026)
    rec = one_record(text)
    assert rec.status is S.cancelled and sides <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Oslo said the talks between Serbia and Kosovo it was due to host next week were scrapped.",
    "Next month's meeting of the Armenian and Azerbaijani foreign ministers in Almaty has been called off, Kazakh officials said.",
])
def test_a_cancelled_plan_keeps_the_day_it_was_planned_for(text):
    rec = one_record(text)
    assert rec.status is S.cancelled and rec.date is not None and rec.date.start is not None
    assert rec.date.start > dt.date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "EU sanctions against Russia were extended in January. A fresh round of EU restrictions, the 24th, "
    "should reach ambassadors for approval in early April, an official said.",
    "EU sanctions against Russia were extended in January. The 24th package goes to the bloc's envoys "
    "for adoption next week.",
])
def test_a_package_on_its_way_to_approval_is_planned(text):
    recs = [r for r in diplomacy_of(text) if r.status is S.planned]
    assert len(recs) == 1 and recs[0].kind is K.sanctions


@pytest.mark.parametrize("text, sides", [
    ("Zelensky and Macron held talks by video link on Monday.", {"Ukraine", "France"}),
    ("The deputy foreign ministers of Slovenia and Moldova held consultations by video link on Tuesday.",
     {"Slovenia", "Moldova"}),
    ("Negotiators from Georgia and Armenia continued their negotiations over a video conference on Friday.",
     {"Georgia", "Armenia"}),
])
def test_talks_held_by_video_link_are_talks(text, sides):
    # codebook 14: an event the article calls talks is talks, also when held by video call
    rec = one_record(text)
    assert rec.kind is K.talks and sides <= set(rec.participants)


@pytest.mark.parametrize("text", [
    "Sandu and Tusk held a video call on Monday.",
    "Zelensky spoke by phone with the Estonian prime minister on Friday.",
])
def test_a_call_stays_a_call(text):
    assert one_record(text).kind is K.phone_call


# ---------------------------------------------------------------- C6: a live blog's entry heading is no event sentence

_BLOG = "Live: war in Ukraine, day 1,200\n\nRussian drones hit Odesa overnight, officials said.\n\n"


@pytest.mark.parametrize("entry", [
    "**09:45 – Sikorski speaks to Moldovan counterpart**\n\nThe Polish foreign minister said the two discussed energy.",
    "18:20 | Finnish president speaks with Sandu\n\nStubb said Finland would back Moldova's EU path.",
    "**11:05 — Czech premier talks to Zelensky by phone**\n\nHe said Prague would keep sending shells.",
    "7:30 a.m. - Latvian minister spoke with Ukrainian counterpart\n\nShe said Riga would host a donor conference.",
])
def test_an_entry_heading_gives_no_record(entry):
    assert diplomacy_of(_BLOG + entry) == []


@pytest.mark.parametrize("entry", [
    "**09:45** Poland's top diplomat talked by phone to her Moldovan counterpart on Monday.",
    "09:45 – Poland's top diplomat talked by phone to her Moldovan counterpart.",
    # a stamped line with no body under it is the whole entry, not a heading
    "09:45 – Poland's top diplomat talked by phone to her Moldovan counterpart\n\n09:10 – Air raid alert ends in Kyiv\n\nThe alert lasted two hours.",
])
def test_an_entry_told_in_full_still_gives_its_record(entry):
    recs = diplomacy_of(_BLOG + entry)
    assert len(recs) == 1 and recs[0].kind is K.phone_call and {"Poland", "Moldova"} <= set(recs[0].participants)
