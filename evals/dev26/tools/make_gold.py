"""Write evals/dev26/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set. Explicit zeros the
articles state are coded 0 here (codebook rule 6), so the ideal answers carry them from gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV26 = ROOT / "evals" / "dev26"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


def span(a: str, b: str, text: str) -> dict:
    """A multi-day span that is not one night (a summit from Sunday to Tuesday)."""
    return {"start": a, "end": b, "precision": "range", "text": text}


KYIV = loc("Kyiv", "Kyiv", "Ukraine")
GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- ya01
N1008 = night("2026-10-07", "2026-10-08", "overnight")
GOLD["ya01_wire_odesa_port_ballistic"] = dict(
    notes="Wire story (Thursday 8 October 2026): drones and ballistic missiles on Odesa overnight ('at least two' "
          "dead in the lead, 14 hurt, 'three of them children'; the toll that 'climbed to three': evidence only, rule "
          "6); the air force's national figures (131 drones / 104 downed; seven Iskander-M with 'every one of the seven "
          "missiles got through': intercepted 0, an explicit zero, rule 6); the background drone on Odesa's port 'on "
          "Sept. 29' (four dock workers: count and place, rule 5); Russia's ministry's 38 drones 'during the same "
          "night' (country record Russia, rules 3-4); drone fragments on an oil pumping station near Tikhoretsk "
          "('Nobody was hurt': injured 0); the Zelensky-Frederiksen call 'late on Wednesday'. Not coded: Zelensky's "
          "plea for ballistic defence (a demand, rule 13), the undamaged bulk carriers, the unverifiable claims.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")], N1008,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("ODESA, Ukraine, Oct 8 (Norstar) - Russian drones and ballistic missiles rained down on Odesa overnight, leaving at least two people dead, 14 hurt, three of them children, in an attack that set port warehouses ablaze and left parts of the city's south without electricity, officials said on Thursday.",
                  "A missile slammed into a grain storage facility inside the port shortly before 4 a.m., Oleh Kiper, the region's governor, posted on Telegram, while drones hit a five-storey apartment block and a petrol station in the Kyivskyi district.",
                  "Serhiy Lysak, the head of Odesa's city military administration, later told reporters the toll had climbed to three after a man died of his wounds in hospital."),
               killed=cnt(2, "at least two people", "at_least"), injured=cnt(14, "14"),
               children_injured=cnt(3, "three of them children"),
               damage=["port warehouses", "grain storage facility", "apartment block", "petrol station"],
               reported_by=["Oleh Kiper", "Serhiy Lysak"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-07", "2026-10-08", "during the night"),
               [{"type": "drone", "launched": cnt(131, "131"), "intercepted": cnt(104, "104")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(7, "seven"),
                 "intercepted": cnt(0, "every one of the seven missiles got through")}],
               ev("Across Ukraine, 131 drones and seven Iskander-M ballistic missiles were fired during the night, according to the air force.",
                  "Its crews downed or jammed 104 drones, yet every one of the seven missiles got through, the morning update said."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine")], day("2026-09-29", "on Sept. 29"),
               [{"type": "drone"}],
               ev("Odesa's port was last hit on Sept. 29, when a drone wounded four dock workers, according to the regional authorities."),
               injured=cnt(4, "four dock workers"), damage=["port"], reported_by=["regional authorities"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-10-07", "2026-10-08", "during the same night"),
               [{"type": "drone", "intercepted": cnt(38, "38")}],
               ev("Moscow's defence ministry, for its part, said its air defences had destroyed 38 Ukrainian drones over six Russian regions during the same night."),
               reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tikhoretsk", "Krasnodar Krai", "Russia")],
               night("2026-10-07", "2026-10-08", "during the same night"), [{"type": "drone"}],
               ev("In the Krasnodar region, falling fragments of a downed drone started a fire at an oil pumping station near Tikhoretsk, the regional emergency headquarters reported.",
                  "Nobody was hurt, it added."),
               injured=cnt(0, "Nobody was hurt"), damage=["oil pumping station"],
               reported_by=["regional emergency headquarters"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-10-07", "late on Wednesday"), "held",
            "Zelensky and Danish PM Mette Frederiksen spoke by phone about joint weapons production",
            ev("President Volodymyr Zelensky, who had a phone conversation with Denmark's prime minister, Mette Frederiksen, late on Wednesday, said after the attack that Ukraine urgently needed more systems able to stop ballistic missiles.",
               "He did not say whether the subject had come up in the call, which his office said focused on joint weapons production.")),
    ])

# --------------------------------------------------------------------------- ya02
GOLD["ya02_britishpaper_kharkiv_oil_traders"] = dict(
    notes="British paper (Wednesday 20 May 2026): 'some 18 attack drones' on Kharkiv 'overnight into Wednesday' (the "
          "figure is the city's own: rule 3; four killed, 'a 12-year-old girl' among them, 27 injured); shelling "
          "of Velykyi Burluk 'on Tuesday evening' (two women injured); the background 'More than 40 glide bombs' on "
          "Kharkiv 'in April' (count and place, rule 5; launched more_than 40); UK sanctions on 20 tankers and two "
          "traders announced 'on Tuesday' (held); Healey's £200m 'expected' to be announced 'on Friday' and the "
          "Ukraine Defence Contact Group meeting in Brussels 'on Friday' (both planned: attributed to officials with a "
          "day, rule 16). Not coded: the embassy's dismissal (reaction), the MPs' letter (domestic demand), analysts' "
          "comments, Terekhov's appeal, 'heavy bombardment throughout the spring' (no count).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-05-19", "2026-05-20", "overnight into Wednesday"),
               [{"type": "drone", "launched": cnt(18, "some 18", "about")}],
               ev("Britain has imposed sanctions on 20 tankers and two Dubai-based commodity traders accused of moving Russian crude around the price cap, the government said, hours before a night of drone strikes on Kharkiv killed four people, a 12-year-old girl among the dead.",
                  "In Kharkiv, some 18 attack drones struck the city overnight into Wednesday, the mayor, Ihor Terekhov, said on Telegram.",
                  "Four people were killed and 27 were injured as drones tore into two residential blocks and a depot for the city's trams in the Shevchenkivskyi district."),
               killed=cnt(4, "four people"), children_killed=cnt(1, "a 12-year-old girl"), injured=cnt(27, "27"),
               damage=["residential blocks", "tram depot"], reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Velykyi Burluk", "Kharkiv", "Ukraine")],
               day("2026-05-19", "on Tuesday evening"), [{"type": "artillery"}],
               ev("Oleh Syniehubov, the regional governor, said Russian shelling had also injured two women in the village of Velykyi Burluk, close to the border, on Tuesday evening."),
               injured=cnt(2, "two women"), reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               month("2026-04-01", "2026-04-30", "in April"),
               [{"type": "glide_bomb", "launched": cnt(40, "More than 40", "more_than")}],
               ev("More than 40 glide bombs fell on the city and its suburbs on a single day in April, according to local officials."),
               reported_by=["local officials"]),
    ],
    diplomacy=[
        dip("sanctions", ["United Kingdom", "Russia"], day("2026-05-19", "on Tuesday"), "held",
            "UK sanctions on 20 tankers and two Dubai-based traders moving Russian crude around the price cap",
            ev("Britain has imposed sanctions on 20 tankers and two Dubai-based commodity traders accused of moving Russian crude around the price cap, the government said, hours before a night of drone strikes on Kharkiv killed four people, a 12-year-old girl among the dead.",
               "The measures, announced by the foreign secretary, Yvette Cooper, on Tuesday, freeze any UK assets of the two trading houses and bar the vessels from British ports and insurance markets.")),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-05-22", "on Friday"), "planned",
            "Defence Secretary John Healey expected to announce a further GBP 200m for interceptor drones",
            ev("The defence secretary, John Healey, is expected to announce a further £200m for interceptor drones when he chairs a meeting of the Ukraine Defence Contact Group in Brussels on Friday, two officials said.")),
        dip("meeting", ["Ukraine Defence Contact Group", "United Kingdom"], day("2026-05-22", "on Friday"), "planned",
            "Meeting of the Ukraine Defence Contact Group in Brussels chaired by John Healey",
            ev("The defence secretary, John Healey, is expected to announce a further £200m for interceptor drones when he chairs a meeting of the Ukraine Defence Contact Group in Brussels on Friday, two officials said."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- ya03
GOLD["ya03_ukrainianoutlet_sumy_minibus_border"] = dict(
    notes="Ukrainian outlet with timestamped updates (Saturday 14 March 2026): a drone on a minibus in Sumy 'on the "
          "morning of Saturday, 14 March' (one killed; 'six others' injured in the lead, 'eight' at 10:15: evidence "
          "only, rule 6); artillery fire from across the border on Velyka Pysarivka 'this morning' (a 57-year-old man "
          "wounded); drones on an energy facility in Shostka 'Overnight' ('There is no information about victims': no "
          "zero stated, counts null); the Air Force's '74 Shahed and Gerbera drones' / 58 (country record; a combined "
          "total of strike and decoy models, rule 9: type other plus drone and decoy_drone entries); the background "
          "guided bomb on Sumy 'On 9 March' (two killed: count and place, rule 5). Not coded: 'Drone hits were "
          "recorded in nine locations' (hits, not launches), 'shelled daily' (no count, no day), the day of mourning. "
          "No diplomacy.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2026-03-14", "on the morning of Saturday, 14 March"), [{"type": "drone"}],
               ev("A Russian drone struck a minibus in Sumy on the morning of Saturday, 14 March, killing one passenger and injuring six others, acting city mayor Artem Kobzar said.",
                  "Windows were blown out in two nearby houses and a shop.",
                  "Update: eight people are now counted as injured, the RMA reported."),
               killed=cnt(1, "one passenger"), injured=cnt(6, "six others"),
               damage=["minibus", "houses", "shop"], reported_by=["Artem Kobzar"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Velyka Pysarivka", "Sumy", "Ukraine")],
               day("2026-03-14", "this morning"), [{"type": "artillery"}],
               ev("In the Velyka Pysarivka community, a 57-year-old man was wounded this morning when Russian artillery opened fire from across the border on the village centre, according to the RMA.",
                  "The blasts damaged a house and a cowshed."),
               injured=cnt(1, "a 57-year-old man"), damage=["house", "cowshed"],
               reported_by=["Sumy Regional Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Shostka", "Sumy", "Ukraine")],
               night("2026-03-13", "2026-03-14", "Overnight"), [{"type": "drone"}],
               ev("Overnight, Russian drones also attacked Shostka.",
                  "An energy facility was hit, and about 30,000 customers in the town and surrounding villages were left without electricity, the regional energy company said."),
               damage=["energy facility"], reported_by=["regional energy company"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-03-13", "2026-03-14", "overnight"),
               [{"type": "other", "model": "Shahed and Gerbera drones", "launched": cnt(74, "74"), "intercepted": cnt(58, "58")},
                {"type": "drone", "model": "Shahed"}, {"type": "decoy_drone", "model": "Gerbera"}],
               ev("In total, Russia attacked Ukraine overnight with 74 Shahed and Gerbera drones, Ukraine's Air Force reported in its morning summary.",
                  "Air defence forces neutralised 58 of them."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Sumy", "Sumy", "Ukraine")], day("2026-03-09", "On 9 March"),
               [{"type": "glide_bomb"}],
               ev("On 9 March, a guided aerial bomb hit the outskirts of Sumy, killing two people and damaging a vehicle repair workshop."),
               killed=cnt(2, "two people"), damage=["vehicle repair workshop"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- ya04
GOLD["ya04_polishoutlet_summons_sikorski_kyiv"] = dict(
    notes="Polish outlet in English (Tuesday 6 October 2026): Poland's summons of Russia's charge d'affaires 'on "
          "Tuesday' (held); Sikorski 'due in Kyiv' 'On Thursday' (visit, planned: rule 16; his talks with Sybiha on the "
          "same trip optional, rule 14); the 48th aid package approved 'On Monday' (military aid, held); a drone on a "
          "warehouse near Lutsk 'overnight into Monday' (a security guard injured). Not coded: the two drones over "
          "Polish territory (an airspace violation, no strike on a place), the discussion of engaging drones over "
          "Ukraine ('No decision had been taken': no event), 'his third visit ... this year' (no dates), the "
          "embassy's silence, the warning-system review.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Lutsk", "Volyn", "Ukraine")],
               night("2026-10-04", "2026-10-05", "overnight into Monday"), [{"type": "drone"}],
               ev("Across the border, Volyn governor Ivan Rudnytskyi said a drone had struck a warehouse on the outskirts of Lutsk overnight into Monday, injuring a security guard."),
               injured=cnt(1, "a security guard"), damage=["warehouse"], reported_by=["Ivan Rudnytskyi"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-10-06", "on Tuesday"), "held",
            "Poland's foreign ministry summoned Russia's charge d'affaires over two drones in Polish airspace",
            ev("WARSAW - Poland's foreign ministry summoned Russia's chargé d'affaires on Tuesday over what officials described as a \"deliberate provocation\" after two Russian drones entered Polish airspace during a night attack on western Ukraine, spokesman Paweł Wroński said."),
            location=loc("Warsaw", None, "Poland")),
        dip("visit", ["Poland", "Ukraine"], day("2026-10-08", "On Thursday"), "planned",
            "Foreign Minister Radoslaw Sikorski due in Kyiv to meet Andrii Sybiha",
            ev("On Thursday Foreign Minister Radosław Sikorski is due in Kyiv to meet Andrii Sybiha, Ukraine's foreign minister, for talks on drone co-production and reconstruction contracts, the ministry said."),
            location=KYIV),
        dip("talks", ["Poland", "Ukraine"], day("2026-10-08", "On Thursday"), "planned",
            "Sikorski-Sybiha talks on drone co-production and reconstruction contracts",
            ev("On Thursday Foreign Minister Radosław Sikorski is due in Kyiv to meet Andrii Sybiha, Ukraine's foreign minister, for talks on drone co-production and reconstruction contracts, the ministry said."),
            location=KYIV, optional=True),
        dip("military_aid", ["Poland", "Ukraine"], day("2026-10-05", "On Monday"), "held",
            "Poland's 48th military aid package, about 300 million zloty: ammunition and spare parts",
            ev("On Monday, the government approved Poland's 48th military aid package for Ukraine, worth about 300 million zloty, according to Władysław Kosiniak-Kamysz, who is both deputy prime minister and defence minister.")),
    ])

# --------------------------------------------------------------------------- ya05
GOLD["ya05_russianindie_kursk_debris_shebekino"] = dict(
    notes="Exiled Russian outlet in English (Sunday 23 August 2026): Ukrainian drone fragments on a house and a "
          "kindergarten in Kursk 'overnight on Sunday' ('No one was injured': injured 0, rule 6); the ministry's 57 "
          "drones intercepted over four regions and the Sea of Azov 'overnight' (a tally over several regions: the "
          "country record, rule 3); artillery on the Shebekino district 'over the past day' (a man killed, four "
          "wounded); a drone-dropped grenade on a car in Graivoron 'on Saturday afternoon' (a woman injured); Russia's "
          "summons of Germany's ambassador 'On Friday' (held). Not coded: Peskov's 'nothing to announce' (no event), "
          "Berlin's reply, the evacuation estimates, the kindergarten repairs and petition.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia")],
               night("2026-08-22", "2026-08-23", "overnight on Sunday"), [{"type": "drone"}],
               ev("Fragments of Ukrainian drones brought down over Kursk overnight on Sunday landed on a family home in the Seymsky district and shattered the windows of a kindergarten, acting governor Alexander Khinshtein said on Telegram.",
                  "No one was injured, he wrote, adding that the owners of the house had been away visiting relatives."),
               injured=cnt(0, "No one was injured"), damage=["family home", "kindergarten windows"],
               reported_by=["Alexander Khinshtein"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-08-22", "2026-08-23", "overnight"),
               [{"type": "drone", "intercepted": cnt(57, "57")}],
               ev("The Russian Defence Ministry reported that 57 Ukrainian drones were intercepted overnight over the Kursk, Belgorod, Bryansk and Voronezh regions and over the Sea of Azov."),
               reported_by=["Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Shebekino district", "Belgorod Oblast", "Russia", "district")],
               night("2026-08-22", "2026-08-23", "over the past day"), [{"type": "artillery"}],
               ev("In the Belgorod region, Ukrainian artillery shelled the Shebekino district over the past day, killing a man and wounding four other people, Governor Vyacheslav Gladkov said.",
                  "Among the damaged buildings were a water pumping station and a block of flats."),
               killed=cnt(1, "a man"), injured=cnt(4, "four other people"),
               damage=["water pumping station", "block of flats"], reported_by=["Vyacheslav Gladkov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Graivoron", "Belgorod Oblast", "Russia")],
               day("2026-08-22", "on Saturday afternoon"), [{"type": "drone"}],
               ev("Separately, a drone-dropped grenade struck a car in Graivoron on Saturday afternoon and injured a woman, he said."),
               injured=cnt(1, "a woman"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Russia", "Germany"], day("2026-08-21", "On Friday"), "held",
            "Russia's foreign ministry called in German ambassador Alexander Graf Lambsdorff over long-range drones for Ukraine",
            ev("On Friday, Alexander Graf Lambsdorff, Berlin's ambassador, was called in to the Russian foreign ministry, which lodged a protest over the delivery to Ukraine of long-range drones built with German funding.")),
    ])

# --------------------------------------------------------------------------- ya06
GOLD["ya06_roundup_week_in_review_october"] = dict(
    notes="Weekly roundup (Saturday 10 October 2026, covering 5-9 October): glide bombs on Kharkiv 'on Tuesday "
          "afternoon' (one killed, nine injured); ballistic missiles and drones on Odesa 'in the early hours of "
          "Thursday' (a day, rule 11; three dead, 16 injured, three children); Ukrainian shelling of Krasnaya Yaruga "
          "'on Friday' (a man killed); Warsaw's summons of Russia's charge d'affaires 'on Tuesday'; the Commission's "
          "draft 22nd package put to member states 'On Wednesday' (sanctions, proposed: rule 13); Sikorski in Kyiv "
          "'on Thursday' (visit, held) and the memorandum signed with Sybiha (agreement, held: rule 14); the Istanbul "
          "humanitarian talks planned for Friday and 'called off' (cancelled, dated by the planned day: rule 11); "
          "Japan's $45 million 'on Monday' (aid, held). Optional: the EU ambassadors' meeting on the draft 'on "
          "Wednesday' (next week; an organisation's working meeting on the package, debatable). Not coded: the drones "
          "over Lublin province (airspace, no strike), 'the fourth such incursion this year', the embassy's and "
          "Hungary's and Kyiv's reactions, the heating-season warning.",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-10-06", "on Tuesday afternoon"), [{"type": "glide_bomb"}],
               ev("Russian aircraft dropped guided bombs on Kharkiv's Kholodnohirskyi district on Tuesday afternoon, killing one man and injuring nine people, Mayor Ihor Terekhov said.",
                  "A bakery and a row of garages burned for hours."),
               killed=cnt(1, "one man"), injured=cnt(9, "nine people"), damage=["bakery", "garages"],
               reported_by=["Ihor Terekhov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Odesa", "Odesa", "Ukraine")],
               day("2026-10-08", "in the early hours of Thursday"), [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("The heaviest blow of the week fell on Odesa in the early hours of Thursday, when ballistic missiles and drones hit the port and a residential area.",
                  "Three people died and 16 were injured, including three children, the regional administration said on Friday.",
                  "A grain storage facility was destroyed."),
               killed=cnt(3, "Three people"), injured=cnt(16, "16"), children_injured=cnt(3, "three children"),
               damage=["port", "residential area", "grain storage facility"], reported_by=["regional administration"]),
        attack("Ukraine", "Russia", "shelling_artillery", [loc("Krasnaya Yaruga", "Belgorod Oblast", "Russia")],
               day("2026-10-09", "on Friday"), [{"type": "artillery"}],
               ev("Governor Vyacheslav Gladkov said Ukrainian shelling hit the border settlement of Krasnaya Yaruga on Friday, killing a man and damaging a school gym and several houses."),
               killed=cnt(1, "a man"), damage=["school gym", "houses"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("diplomatic_protest", ["Poland", "Russia"], day("2026-10-06", "on Tuesday"), "held",
            "Warsaw summoned Russia's charge d'affaires after two drones crossed into Lublin province",
            ev("Warsaw summoned Russia's chargé d'affaires on Tuesday after two Russian drones spent around 20 minutes over the Lublin province in the early hours of Monday.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-10-07", "On Wednesday"), "proposed",
            "The Commission's draft 22nd sanctions package: about 40 more tankers, phase-out of Russian LNG",
            ev("On Wednesday the European Commission put a draft 22nd sanctions package to the member states.",
               "It would add about 40 tankers to the shadow-fleet list and phase out the remaining imports of Russian liquefied gas by next spring.")),
        dip("meeting", ["European Union"], day("2026-10-14", "on Wednesday"), "planned",
            "EU ambassadors to discuss the draft sanctions package",
            ev("Hungary signalled it wanted exemptions; ambassadors will discuss the text next week.",
               "EU ambassadors meet on the draft package on Wednesday."), optional=True),
        dip("visit", ["Poland", "Ukraine"], day("2026-10-08", "on Thursday"), "held",
            "Polish Foreign Minister Radoslaw Sikorski in Kyiv",
            ev("Polish Foreign Minister Radosław Sikorski was in Kyiv on Thursday, where he and Andrii Sybiha put their names to a memorandum on co-producing interceptor drones."),
            location=KYIV),
        dip("agreement", ["Poland", "Ukraine"], day("2026-10-08", "on Thursday"), "held",
            "Sikorski and Sybiha signed a memorandum on co-producing interceptor drones",
            ev("Polish Foreign Minister Radosław Sikorski was in Kyiv on Thursday, where he and Andrii Sybiha put their names to a memorandum on co-producing interceptor drones."),
            location=KYIV),
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-10-09", "on Friday"), "cancelled",
            "Humanitarian talks on prisoner lists in Istanbul, called off after Moscow withdrew its team",
            ev("Humanitarian talks between Russian and Ukrainian delegations on prisoner lists, which Turkey had planned to host on Friday, were called off on Thursday evening.",
               "A Turkish diplomatic source said Moscow had withdrawn its team without explanation; Kyiv called the move \"cynical\"."),
            location=loc("Istanbul", None, "Turkey")),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-10-05", "on Monday"), "held",
            "Japan's $45 million in emergency humanitarian assistance: generators and heating equipment",
            ev("Japan said on Monday it would provide $45 million in emergency humanitarian assistance to Ukraine, mostly generators and heating equipment for the winter, to be delivered through UN agencies.")),
    ])

# --------------------------------------------------------------------------- ya07
GOLD["ya07_analysis_grid_winter_campaign"] = dict(
    notes="Analysis piece (Thursday 12 November 2026) with background strikes: 'Last November' some 500 drones and "
          "more than 40 missiles in one night (a count: country record, rule 5; 'some 500' about, 'more than 40' "
          "more_than); a missile strike on the Burshtyn power plant 'In January' (a place: rule 5); the only current "
          "attack, 'overnight into Tuesday', leaving 600,000 households in the Chernihiv region without power "
          "(region record; kind other, no weapon given: rule 8). Optional: Kharkiv's heat and power plant 'reduced to "
          "a shell by missiles as far back as March 2024' (a place and a month, but possibly several strikes: "
          "debatable); the EU's EUR 2bn for energy equipment 'in October' and the Geneva talks 'in February' "
          "(background diplomacy, rule 17). Required diplomacy: the G7 energy ministers' meeting in Paris 'on 19 "
          "November' (planned). Not coded: Ukrainian drones on Russian refineries 'dozens of times this year' (no "
          "single event), the wells and plants that 'have become targets' (no place, no date), the moratorium "
          "that 'never took effect' (discussed inside the Geneva talks, never put forward as its own event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], month("2025-11-01", "2025-11-30", "Last November"),
               [{"type": "drone", "launched": cnt(500, "some 500", "about")},
                {"type": "missile", "launched": cnt(40, "more than 40", "more_than")}],
               ev("Last November, some 500 drones and more than 40 missiles were fired at the country in a single night, overwhelming air defences around several big cities.")),
        attack("Russia", "Ukraine", "missile_strike", [loc("Burshtyn", "Ivano-Frankivsk", "Ukraine")],
               month("2026-01-01", "2026-01-31", "In January"), [{"type": "missile"}],
               ev("In January, a missile strike on the thermal power plant in Burshtyn, in the west, took most of its units offline for weeks."),
               damage=["thermal power plant"]),
        opt(attack("Russia", "Ukraine", "missile_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
                   month("2024-03-01", "2024-03-31", "March 2024"), [{"type": "missile"}],
                   ev("Kharkiv's main combined heat and power plant had been reduced to a shell by missiles as far back as March 2024, and it has never been fully rebuilt."),
                   damage=["combined heat and power plant"])),
        attack("Russia", "Ukraine", "other", [loc("Chernihiv", "Chernihiv", "Ukraine", "region")],
               night("2026-11-09", "2026-11-10", "overnight into Tuesday"), [],
               ev("The latest attack, overnight into Tuesday, left about 600,000 households in the Chernihiv region without power, the grid operator Ukrenergo said.",
                  "The operator gave no details of the weapons involved."),
               reported_by=["Ukrenergo"]),
    ],
    diplomacy=[
        dip("military_aid", ["European Union", "Ukraine"], month("2026-10-01", "2026-10-31", "in October"), "held",
            "The EU pledged EUR 2bn for energy equipment",
            ev("The European Union pledged €2bn for energy equipment in October, and Ukrainian officials say much of it will go into such distributed capacity rather than large plants that make easy targets."),
            optional=True),
        dip("talks", ["Russia", "Ukraine", "Switzerland"], month("2026-02-01", "2026-02-28", "in February"), "held",
            "Russian and Ukrainian delegations met in Geneva; an energy-strike moratorium was discussed",
            ev("A moratorium on strikes against energy facilities was discussed when Russian and Ukrainian delegations met in Geneva in February, but it never took effect."),
            location=loc("Geneva", None, "Switzerland"), optional=True),
        dip("meeting", ["G7"], day("2026-11-19", "on 19 November"), "planned",
            "G7 energy ministers meet in Paris, winter support for Ukraine's grid on the agenda",
            ev("G7 energy ministers are due to meet in Paris on 19 November, with winter support for Ukraine's grid expected to top the agenda."),
            location=loc("Paris", None, "France")),
    ])

# --------------------------------------------------------------------------- ya08
GOLD["ya08_statement_mfa_kyiv_night_strike"] = dict(
    notes="Translated statement of Ukraine's foreign ministry (Wednesday 17 June 2026): the attack on Kyiv 'On the "
          "night of 17 June' (16-17 June, rule 11; '9 cruise missiles of the Kh-101 type' and '54 attack UAVs' at the "
          "capital: the city's own figures, rule 3; 6 killed, '1 child', 31 injured); Sybiha's call with NATO's "
          "Mark Rutte 'Today'; the Netherlands' EUR 250 million 'announced on 16 June' (aid, held); the 21st EU "
          "package whose approval 'was postponed' at the Council 'on 15 June' with no new date (stalled, dated by the "
          "day it was planned for: rules 11 and 16). Optional: the G7 summit that had just concluded (background, no "
          "date, rule 17). Not coded: the condemnation and calls on partners (rule 13), informing the diplomatic "
          "corps and notifying the UN, OSCE and Council of Europe (notifications, no counterpart event).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], night("2026-06-16", "2026-06-17", "On the night of 17 June"),
               [{"type": "cruise_missile", "model": "Kh-101", "launched": cnt(9, "9")},
                {"type": "drone", "launched": cnt(54, "54")}],
               ev("On the night of 17 June, the aggressor state launched 9 cruise missiles of the Kh-101 type and 54 attack UAVs at the capital of Ukraine.",
                  "According to the Kyiv City Military Administration, as a result of the attack 6 civilians were killed, among them 1 child, and 31 persons were injured.",
                  "Residential buildings in the Solomianskyi and Darnytskyi districts, a kindergarten, a polyclinic and a trolleybus depot sustained damage."),
               killed=cnt(6, "6 civilians"), children_killed=cnt(1, "1 child"), injured=cnt(31, "31 persons"),
               damage=["residential buildings", "kindergarten", "polyclinic", "trolleybus depot", "diplomatic mission premises"],
               reported_by=["Kyiv City Military Administration"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "NATO"], day("2026-06-17", "Today"), "held",
            "Foreign Minister Andrii Sybiha's call with NATO Secretary General Mark Rutte on air defence needs",
            ev("Today, Minister Andrii Sybiha held a telephone conversation with the Secretary General of NATO Mark Rutte.")),
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-06-16", "on 16 June"), "held",
            "The Netherlands allocates EUR 250 million for air defence systems and interceptors",
            ev("The Ministry expresses gratitude to the Government of the Kingdom of the Netherlands for the decision announced on 16 June to allocate EUR 250 million for the purchase of air defence systems and interceptors for Ukraine.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-06-15", "on 15 June"), "stalled",
            "Approval of the EU's 21st sanctions package postponed at the Foreign Affairs Council",
            ev("At the same time, Ukraine expresses regret that the approval of the 21st package of sanctions of the European Union against the Russian Federation was postponed at the meeting of the EU Council on Foreign Affairs on 15 June.")),
        dip("summit", ["G7"], None, "held", "The G7 summit that concluded hours before the strike",
            ev("This strike took place only hours after the conclusion of the summit of the Group of Seven, and it demonstrates once again that the Russian leadership responds to every peace initiative with new terror."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ya09
GOLD["ya09_turkishoutlet_istanbul_round_postponed"] = dict(
    notes="Turkish outlet in English (Thursday 19 February 2026): the Istanbul round Turkey 'was due to host' 'on "
          "Friday', postponed 'without setting a new date' (talks, stalled, dated by the planned day: rules 11 and "
          "16); Fidan's calls with Lavrov 'on Tuesday' and Sybiha 'on Wednesday' (two phone calls); Fidan 'due to "
          "travel to Kyiv next week' (visit, planned: firm intent with a place, rule 16); Witkoff 'expected to land in "
          "Moscow on Monday' to be received by Putin (visit, planned: sources with a day and a place); a drone on a "
          "bulk carrier at Izmail 'Overnight into Wednesday' (two crew members injured). Optional: the last "
          "exchange, 200 for 200, 'on 5 February' with Turkish and Emirati mediation (background, rule 17). Not "
          "coded: Erdogan's wish to bring the leaders together (a stance, rule 13), the embassy's contact with the "
          "owners, the Ukrainian official's position, shipping groups' route reviews.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")],
               night("2026-02-17", "2026-02-18", "Overnight into Wednesday"), [{"type": "drone"}],
               ev("Overnight into Wednesday, a Russian drone hit a Turkish-owned bulk carrier moored in the Danube port of Izmail, injuring two crew members, the Odesa regional administration said.",
                  "The ship, loaded with sunflower meal, suffered damage to its superstructure."),
               injured=cnt(2, "two crew members"), damage=["bulk carrier"], reported_by=["Odesa regional administration"]),
    ],
    diplomacy=[
        dip("talks", ["Russia", "Ukraine", "Turkey"], day("2026-02-20", "on Friday"), "stalled",
            "New round of Russian-Ukrainian negotiations in Istanbul postponed without a new date",
            ev("ANKARA - A new round of Russian-Ukrainian negotiations that Türkiye was due to host in Istanbul on Friday has been postponed, the Turkish Foreign Ministry announced on Wednesday evening, without setting a new date."),
            location=loc("Istanbul", None, "Turkey")),
        dip("phone_call", ["Turkey", "Russia"], day("2026-02-17", "on Tuesday"), "held",
            "Hakan Fidan discussed the talks by phone with Sergei Lavrov",
            ev("Foreign Minister Hakan Fidan has spent much of the week on the phone.",
               "He discussed the talks with Russia's Sergei Lavrov on Tuesday and with Ukraine's Andrii Sybiha on Wednesday, diplomatic sources said, and is due to travel to Kyiv next week.")),
        dip("phone_call", ["Turkey", "Ukraine"], day("2026-02-18", "on Wednesday"), "held",
            "Hakan Fidan discussed the talks by phone with Andrii Sybiha",
            ev("Foreign Minister Hakan Fidan has spent much of the week on the phone.",
               "He discussed the talks with Russia's Sergei Lavrov on Tuesday and with Ukraine's Andrii Sybiha on Wednesday, diplomatic sources said, and is due to travel to Kyiv next week.")),
        dip("visit", ["Turkey", "Ukraine"], week("2026-02-23", "2026-03-01", "next week"), "planned",
            "Hakan Fidan due to travel to Kyiv",
            ev("He discussed the talks with Russia's Sergei Lavrov on Tuesday and with Ukraine's Andrii Sybiha on Wednesday, diplomatic sources said, and is due to travel to Kyiv next week."),
            location=KYIV),
        dip("visit", ["United States", "Russia"], day("2026-02-23", "on Monday"), "planned",
            "US special envoy Steve Witkoff expected in Moscow, to be received by Vladimir Putin",
            ev("Witkoff is expected to land in Moscow on Monday and to be received by Vladimir Putin, two people familiar with the plans told the Observer."),
            location=loc("Moscow", None, "Russia")),
        dip("prisoner_exchange", ["Ukraine", "Russia", "Turkey", "United Arab Emirates"], day("2026-02-05", "on 5 February"), "held",
            "Exchange of prisoners, 200 for 200, with Turkish and Emirati mediation",
            ev("The last exchange of prisoners agreed there, 200 for 200, was carried out on 5 February with Turkish and Emirati mediation."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ya10
GOLD["ya10_germanoutlet_pistorius_kyiv_irist"] = dict(
    notes="German outlet in English (Thursday 22 January 2026): Pistorius's visit to Kyiv 'on Thursday' (visit, "
          "held; his meetings with his counterpart and Zelensky are part of it, rule 14); the two IRIS-T systems and "
          "interceptors Germany 'would deliver' (aid decision announced during the visit: held, rule 16); Merz's "
          "meeting of the leaders of France, the UK and Poland in Berlin 'on 3 February' (summit, planned: rule 14); "
          "a drone on a boiler house in Bila Tserkva 'Overnight' (three injured); the air force's 93 drones / 71 "
          "'overnight' (country record). Optional: the 2026 budget's EUR 11.5 billion for Ukraine (an aid decision "
          "with no date of its own, debatable). Not coded: the Taurus question (a stance), the briefing of the "
          "Bundestag committee (domestic), the Ukrainian minister's post, the heating outage (part of the strike's "
          "consequences, no separate attack).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")],
               night("2026-01-21", "2026-01-22", "Overnight"), [{"type": "drone"}],
               ev("Overnight, a drone hit a boiler house in Bila Tserkva, a city of 200,000 some 80 kilometres from Kyiv, injuring three people, regional governor Mykola Kalashnyk said."),
               injured=cnt(3, "three people"), damage=["boiler house"], reported_by=["Mykola Kalashnyk"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-01-21", "2026-01-22", "overnight"),
               [{"type": "drone", "launched": cnt(93, "93"), "intercepted": cnt(71, "71")}],
               ev("Across Ukraine, air defences shot down 71 of the 93 drones Russia sent overnight, the air force said."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("visit", ["Germany", "Ukraine"], day("2026-01-22", "on Thursday"), "held",
            "German Defence Minister Boris Pistorius's unannounced visit to Kyiv; he met Zelensky",
            ev("KYIV - German Defence Minister Boris Pistorius arrived in Kyiv on Thursday, his schedule withheld from the press until he stepped off the train, his second trip to Ukraine in less than a year."),
            location=KYIV),
        dip("military_aid", ["Germany", "Ukraine"], day("2026-01-22", "on Thursday"), "held",
            "Germany to deliver two more IRIS-T systems and several hundred interceptors before the end of March",
            ev("Speaking at a news conference with his Ukrainian counterpart, Pistorius said Germany would deliver two further IRIS-T air defence systems before the end of March, together with several hundred interceptor missiles, paid for from the 2026 federal budget.")),
        dip("summit", ["Germany", "France", "United Kingdom", "Poland"], day("2026-02-03", "on 3 February"), "planned",
            "Merz hosts the leaders of France, the UK and Poland in Berlin on a post-ceasefire reassurance force",
            ev("Chancellor Friedrich Merz will host a meeting of the leaders of France, the United Kingdom and Poland in Berlin on 3 February, the chancellery said on Wednesday, to coordinate plans for a post-ceasefire reassurance force."),
            location=loc("Berlin", None, "Germany")),
        dip("military_aid", ["Germany", "Ukraine"], None, "held",
            "Germany's 2026 budget sets aside about EUR 11.5 billion for support to Ukraine",
            ev("Its budget for 2026 sets aside about 11.5 billion euros for support to Ukraine, up from roughly 8 billion euros the year before, according to the finance ministry."),
            optional=True),
    ])

# --------------------------------------------------------------------------- ya11
GOLD["ya11_regionalpaper_lviv_prosthetics_workshop"] = dict(
    notes="Regional feature (Thursday 11 December 2025), the set's control: a Lviv workshop training amputee "
          "veterans as prosthetic technicians; a mine injury 'two summers ago', air-raid alerts, mobilised "
          "technicians, crowdfunding, a planned second workshop in Dnipro. No record at all: no strike on a place on "
          "a day (the mine is no attack, rule 5; the alerts are no strike), no diplomatic event (private donations "
          "and a charity are no state aid decision, rule 14).",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- ya12
GOLD["ya12_japaneseoutlet_evian_summit_takaichi"] = dict(
    notes="Japanese outlet in English (Wednesday 17 June 2026): the G7 summit at Evian 'from Sunday to Tuesday' "
          "(summit, held: the G7 with Ukraine, whose president joined on the final day; France, the chair, is a member, not a separate host: rule 15); Takaichi-Zelensky talks on the "
          "sidelines 'on Tuesday' (talks, held: the article calls them talks, rule 14); Japan's additional $300 "
          "million for grid repair (aid, held); Canadian and British sanctions on 30 vessels 'On Monday' (held); "
          "missiles and drones on Kyiv 'Early on Wednesday' (a day, rule 11; 'at least five' killed, 'more than 20' "
          "injured). Optional: the Japan-Ukraine economic recovery conference in Tokyo 'in March next year' (planned; "
          "a business conference, debatable as war diplomacy). Not coded: the closing statement's commitment on "
          "immobilised assets (part of the summit), Takaichi's offer of demining help (part of the talks), "
          "Zelensky's post, Japan's cumulative $12 billion since 2022 (no single decision).",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [KYIV], day("2026-06-17", "Early on Wednesday"),
               [{"type": "missile"}, {"type": "drone"}],
               ev("Early on Wednesday, Russia launched missiles and drones at Kyiv, killing at least five people and injuring more than 20, Mayor Vitali Klitschko said."),
               killed=cnt(5, "at least five people", "at_least"), injured=cnt(20, "more than 20", "more_than"),
               reported_by=["Vitali Klitschko"]),
    ],
    diplomacy=[
        dip("summit", ["G7", "Ukraine"], span("2026-06-14", "2026-06-16", "from Sunday to Tuesday"), "held",
            "G7 leaders' summit in Evian chaired by Emmanuel Macron; Zelensky joined the session on Ukraine",
            ev("The two leaders held talks for about 40 minutes on the sidelines of the summit, which ran from Sunday to Tuesday and was chaired by French President Emmanuel Macron.",
               "Zelensky joined the G7 leaders for a session on Ukraine on the final day."),
            location=loc("Evian-les-Bains", None, "France")),
        dip("talks", ["Japan", "Ukraine"], day("2026-06-16", "on Tuesday"), "held",
            "Sanae Takaichi and Volodymyr Zelensky held talks on the sidelines of the summit",
            ev("EVIAN-LES-BAINS, France - Prime Minister Sanae Takaichi told Ukrainian President Volodymyr Zelensky on Tuesday that Japan would provide an additional 300 million dollars for the repair of Ukraine's power grid, as leaders of the Group of Seven wrapped up three days of talks at this lakeside resort.",
               "The two leaders held talks for about 40 minutes on the sidelines of the summit, which ran from Sunday to Tuesday and was chaired by French President Emmanuel Macron."),
            location=loc("Evian-les-Bains", None, "France")),
        dip("military_aid", ["Japan", "Ukraine"], day("2026-06-16", "on Tuesday"), "held",
            "Japan to provide an additional 300 million dollars for repair of Ukraine's power grid",
            ev("EVIAN-LES-BAINS, France - Prime Minister Sanae Takaichi told Ukrainian President Volodymyr Zelensky on Tuesday that Japan would provide an additional 300 million dollars for the repair of Ukraine's power grid, as leaders of the Group of Seven wrapped up three days of talks at this lakeside resort.")),
        dip("sanctions", ["Canada", "United Kingdom", "Russia"], day("2026-06-15", "On Monday"), "held",
            "Coordinated Canadian and British sanctions on 30 ghost-fleet vessels and a Caribbean shipping registry",
            ev("On Monday, on the margins of the meeting, Canada and the United Kingdom announced coordinated sanctions against 30 vessels of Russia's so-called ghost fleet and a shipping registry in the Caribbean.")),
        dip("meeting", ["Japan", "Ukraine"], month("2027-03-01", "2027-03-31", "in March next year"), "planned",
            "Japan-Ukraine Conference on Economic Recovery in Tokyo",
            ev("Tokyo will host the Japan-Ukraine Conference on Economic Recovery in March next year, the government said."),
            location=loc("Tokyo", None, "Japan"), optional=True),
    ])


def main() -> None:
    write_gold(DEV26, GOLD)


if __name__ == "__main__":
    main()
