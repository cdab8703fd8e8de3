"""Gold labels of dev27's articles yb07-yb12, as quotes (evals/CODEBOOK.md); tools/make_gold.py writes them."""

from __future__ import annotations

from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, week, opt  # noqa: F401

LABELS: dict[str, dict] = {}

# --------------------------------------------------------------------------- yb07
LABELS["yb07_businessdaily_dutch_air_defence_package"] = dict(
    notes="Business daily (Wednesday 16 September): the Dutch defence ministry's EUR 420m package announced 'on "
          "Wednesday' (military_aid, held: the decision is the event, rule 16); Brekelmans's call with his Ukrainian "
          "counterpart 'on Tuesday'; the Ukraine Defence Contact Group meeting in Brussels 'on 24 September' (meeting, "
          "planned; an organisation's meeting at NATO headquarters, so Belgium is not added as host: rule 15 names talks "
          "between other parties). Optional: the EUR 300m pledged 'in June' (background aid, rule 17). Not coded: share prices and "
          "orders, the opposition's call for a debate (domestic), the spring fund (domestic budget), the economist's "
          "quote.",
    attacks=[],
    diplomacy=[
        dip("military_aid", ["Netherlands", "Ukraine"], day("2026-09-16", "on Wednesday"), "held",
            "EUR 420m for air defence (interceptors bought jointly via NATO, radars, anti-aircraft guns) and long-range drones",
            ev("The Netherlands will send Ukraine a €420 million package of air defence equipment and drones, the Dutch Ministry of Defence announced on Wednesday, with roughly a third of the money earmarked for contracts with domestic manufacturers.",
               "According to the ministry, €150 million will go towards American-made interceptor missiles bought jointly with other NATO members, €130 million to radar systems and mobile anti-aircraft guns, and the remainder to long-range strike drones to be assembled partly in Ukraine under licence.")),
        dip("phone_call", ["Netherlands", "Ukraine"], day("2026-09-15", "on Tuesday"), "held",
            "Ruben Brekelmans discussed the package with his Ukrainian counterpart",
            ev("He had discussed its contents by telephone with his Ukrainian counterpart on Tuesday, the ministry said.")),
        dip("meeting", ["Ukraine Defence Contact Group", "Netherlands"], day("2026-09-24", "on 24 September"), "planned",
            "Brekelmans to present the package at the Ukraine Defence Contact Group at NATO headquarters",
            ev("The minister will present the package to allies when the Ukraine Defence Contact Group meets at NATO headquarters in Brussels on 24 September."),
            location=loc("Brussels", None, "Belgium")),
        dip("military_aid", ["Netherlands", "Ukraine"], month("2026-06-01", "2026-06-30", "in June"), "held",
            "EUR 300m for artillery ammunition pledged in June, mostly delivered",
            ev("The new commitment comes on top of the €300 million the Netherlands pledged in June for artillery ammunition, most of which has already been delivered, according to the ministry."),
            optional=True),
    ])

# --------------------------------------------------------------------------- yb08
LABELS["yb08_daythree_kharkiv_power_plant"] = dict(
    notes="'What we know' bullets (Wednesday 4 November): the strike on Kharkiv's plant 'In the early hours of Monday' "
          "with '11 missiles and about 30 drones' (figures for that one place: on the city record, rule 3; two killed, "
          "six injured, 'an 11-year-old boy'); a drone on a Kharkiv substation 'On Tuesday evening' (another day: its own "
          "record; 'No injuries were reported': injured 0); shelling of a pumping station in Chuhuiv 'on Monday "
          "afternoon'; the European Commission's generators and EUR 25m 'on Tuesday' (military_aid, held: aid of any "
          "cargo, rule 14); Zelensky's call with Frederiksen 'on Monday'. Not coded: Denmark's earlier funding (no "
          "date, no single event), outages, forecasts, school timetables.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-11-02", "In the early hours of Monday"),
               [{"type": "missile", "launched": cnt(11, "11")}, {"type": "drone", "launched": cnt(30, "about 30", "about")}],
               ev("In the early hours of Monday, Russia struck the plant with 11 missiles and about 30 drones, regional governor Oleh Syniehubov said.",
                  "Two power engineers on duty were killed.",
                  "Six other people were injured, including an 11-year-old boy hit by glass in a neighbouring apartment building."),
               killed=cnt(2, "Two power engineers"), injured=cnt(6, "Six other people"),
               children_injured=cnt(1, "an 11-year-old boy"),
               damage=["combined heat and power plant", "turbine halls", "switchyard"], reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               day("2026-11-03", "On Tuesday evening"), [{"type": "drone"}],
               ev("On Tuesday evening, a drone hit a substation in the Kholodnohirskyi district, cutting power to the area again.",
                  "No injuries were reported."),
               injured=cnt(0, "No injuries were reported"), damage=["substation"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Chuhuiv", "Kharkiv", "Ukraine")],
               day("2026-11-02", "on Monday afternoon"), [{"type": "artillery"}],
               ev("In Chuhuiv, east of the city, Russian shelling damaged a water pumping station on Monday afternoon, according to the local council."),
               damage=["water pumping station"], reported_by=["Chuhuiv local council"]),
    ],
    diplomacy=[
        dip("military_aid", ["European Union", "Ukraine"], day("2026-11-03", "on Tuesday"), "held",
            "The European Commission to send 60 industrial generators and EUR 25m for repairs to Kharkiv's grid",
            ev("The European Commission said on Tuesday it would send 60 industrial generators and €25 million for emergency repairs to Kharkiv's grid.")),
        dip("phone_call", ["Ukraine", "Denmark"], day("2026-11-02", "on Monday"), "held",
            "Zelensky and Mette Frederiksen discussed the strike on Kharkiv",
            ev("Zelensky and Mette Frederiksen, Denmark's prime minister, talked about the strike by phone on Monday, his office said.")),
    ])

# --------------------------------------------------------------------------- yb09
LABELS["yb09_interview_mykolaiv_mayor"] = dict(
    notes="Interview with Mykolaiv's mayor (Thursday 22 October), fresh and past events: drones on the port area 'last "
          "night' ('a night watchman' injured; 'most of them' shot down is no number); the missile on a school sports "
          "hall 'On the night of 3 August' (background with count and place: coded, rule 5; 'two people' killed); the "
          "Danish development minister's visit 'on Monday' (visit, held) and the agreement signed during it on a boiler "
          "house (agreement, held: an event of its own kind, rule 14; Denmark's paying for the boiler house is the agreement's content, not a second aid record). Not coded: the pipeline (no attack told), the "
          "mayor's view of ceasefire talks (no event), his needs.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               night("2026-10-21", "2026-10-22", "last night"), [{"type": "drone"}],
               ev("Drones came in from the direction of the sea at about midnight.",
                  "Our air defence shot most of them down over the estuary, but two got through and hit the port area.",
                  "A warehouse with fertiliser burned and a night watchman was injured, a man of 62."),
               injured=cnt(1, "a night watchman"), damage=["port area", "warehouse"], reported_by=["Oleksandr Senkevych"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Mykolaiv", "Mykolaiv", "Ukraine")],
               night("2026-08-02", "2026-08-03", "On the night of 3 August"), [{"type": "missile"}],
               ev("On the night of 3 August a missile hit the sports hall of school No. 7 and killed two people, a guard and a neighbour who had come to help."),
               killed=cnt(2, "two people"), damage=["school sports hall"], reported_by=["Oleksandr Senkevych"]),
    ],
    diplomacy=[
        dip("visit", ["Denmark", "Ukraine"], day("2026-10-19", "on Monday"), "held",
            "Denmark's development minister visited Mykolaiv (heating plant, hospital)",
            ev("The Danish development minister was here on Monday.",
               "He visited the heating plant and the hospital, and we signed an agreement under which Denmark will pay for a new boiler house in the Inhulskyi district."),
            location=loc("Mykolaiv", "Mykolaiv", "Ukraine")),
        dip("agreement", ["Denmark", "Ukraine"], day("2026-10-19", "on Monday"), "held",
            "Agreement signed in Mykolaiv: Denmark pays for a new boiler house in the Inhulskyi district",
            ev("The Danish development minister was here on Monday.",
               "He visited the heating plant and the hospital, and we signed an agreement under which Denmark will pay for a new boiler house in the Inhulskyi district."),
            location=loc("Mykolaiv", "Mykolaiv", "Ukraine")),
    ])

# --------------------------------------------------------------------------- yb10
N1128 = night("2026-11-27", "2026-11-28", "overnight")
YB10_RU = 'The Russian defence ministry says 52 Ukrainian drones were shot down overnight over Russian regions, 18 of them over the Rostov region.'
LABELS["yb10_liveblog_dnipro_swap_day"] = dict(
    notes="Live blog, oldest entry first (Saturday 28 November): drones and a ballistic missile on Dnipro 'overnight' "
          "(07:52: five injured, 'a 16-year-old girl': children_injured 1, rule 6; the 16:35 'risen to eight' is "
          "evidence only); the Air Force's 118 drones / 96 down and two Iskander-M ('Neither of the missiles was "
          "intercepted': intercepted 0) 'during the night' (country record); shelling of Stepnohirsk 'this morning' "
          "(a man killed); the exchange of 150 for 150 mediated by the UAE (12:40, 'today'; the same event as yb06's); Zelensky's call with Erdogan 'earlier today'; Russia's "
          "ministry's 52 drones 'overnight' (country record Russia) with 18 over the Rostov region (no struck locality "
          "named there: the region's own record, rule 3). Not coded: freed men's captivity 'since the spring of 2024'.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], N1128,
               [{"type": "drone"}, {"type": "ballistic_missile"}],
               ev("Dnipro came under a drone and ballistic missile attack overnight, according to the region's governor.",
                  "A high-rise building in the city centre was damaged, and five people were injured, a 16-year-old girl among them.",
                  "Update from Dnipro: the injured count in the city stands at eight."),
               injured=cnt(5, "five people"), children_injured=cnt(1, "a 16-year-old girl"),
               damage=["high-rise building"], reported_by=["Dnipropetrovsk regional governor"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-27", "2026-11-28", "during the night"),
               [{"type": "drone", "launched": cnt(118, "118"), "intercepted": cnt(96, "96")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(2, "two"),
                 "intercepted": cnt(0, "Neither of the missiles")}],
               ev("Air Force figures are out: during the night Russia launched 118 attack drones, plus two Iskander-M ballistic missiles.",
                  "Air defence destroyed or jammed 96 of the drones.",
                  "Neither of the missiles was intercepted."),
               reported_by=["Air Force"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Stepnohirsk", "Zaporizhzhia", "Ukraine")],
               day("2026-11-28", "this morning"), [{"type": "artillery"}],
               ev("In the Zaporizhzhia region, Russian shelling killed a man of 70 in Stepnohirsk this morning, regional governor Ivan Fedorov reports."),
               killed=cnt(1, "a man of 70"), damage=["houses"], reported_by=["Ivan Fedorov"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1128,
               [{"type": "drone", "intercepted": cnt(52, "52")}], ev(YB10_RU), reported_by=["Russian defence ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Rostov", "Rostov Oblast", "Russia", "region")], N1128,
               [{"type": "drone", "intercepted": cnt(18, "18")}], ev(YB10_RU), reported_by=["Russian defence ministry"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-28", "today"), "held",
            "150 Ukrainian defenders returned for 150 Russian servicemen, mediated by the UAE",
            ev("Breaking: a prisoner exchange took place today.",
               "Ukraine has brought home 150 of its defenders, Zelensky says; the same number of Russian servicemen were handed over.",
               "The United Arab Emirates mediated the exchange.")),
        dip("phone_call", ["Ukraine", "Turkey"], day("2026-11-28", "earlier today"), "held",
            "Zelensky and Erdogan spoke; thanks for Ankara's help on humanitarian issues and prisoners",
            ev("Zelensky reports a call earlier today with Turkey's Recep Tayyip Erdogan; he writes that he thanked the Turkish leader for Ankara's help in bringing prisoners home.")),
    ])

# --------------------------------------------------------------------------- yb11
LABELS["yb11_control_lviv_rowing_veterans"] = dict(
    notes="Control (Thursday 18 June): a veterans' rowing club near Lviv. War-adjacent words ('served at the front', "
          "'shrapnel', 'air-raid alerts', 'shelter', 'artillery position', 'returned to his unit', 'a trench') but no "
          "attack on a place and day and no diplomatic event (the boats bought from a Polish university club and the "
          "council's boat shed are not states' acts). No record at all.",
    attacks=[], diplomacy=[])

# --------------------------------------------------------------------------- yb12
LABELS["yb12_nordicbroadcaster_helsinki_sumy"] = dict(
    notes="Nordic broadcaster's English service (Wednesday 11 November), the same summit and truce as yb05: the "
          "Helsinki meeting 'on Wednesday' (summit, held: a meeting of leaders of several states, rule 14); the "
          "month-long energy ceasefire proposed and dismissed 'By evening' (proposal, cancelled); the Finland-Ukraine "
          "ten-year agreement signed on the margins (agreement, held); Finland's pledge 'on Wednesday' to pay for two "
          "boiler houses (military_aid, held: aid of any cargo); Valtonen's talks with Sybiha on the side of the summit "
          "(talks, held); her call with Fidan 'Last week'; a drone on a Sumy apartment building 'shortly before dawn' "
          "(a man of 71 killed, 'four other people' injured). Not coded: Stubb's and Orpo's remarks (statements), "
          "security measures, residents' quotes.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               day("2026-11-11", "shortly before dawn"), [{"type": "drone"}],
               ev("In the north-eastern city of Sumy, a Russian drone hit an apartment building shortly before dawn; a 71-year-old man died and four other people were hurt, the regional military administration said."),
               killed=cnt(1, "a 71-year-old man"), injured=cnt(4, "four other people"),
               damage=["apartment building"], reported_by=["Sumy regional military administration"]),
    ],
    diplomacy=[
        dip("summit", ["Finland", "Ukraine", "Germany", "France", "United Kingdom", "Poland", "Italy"],
            day("2026-11-11", "on Wednesday"), "held",
            "One-day meeting of European leaders on Ukraine in Helsinki, hosted by Alexander Stubb, with Zelensky",
            ev("Finland on Wednesday hosted a one-day meeting of European leaders on Ukraine, with President Alexander Stubb welcoming Volodymyr Zelensky and the leaders of Germany, France, the UK, Poland and Italy to Helsinki."),
            location=loc("Helsinki", None, "Finland")),
        dip("proposal", ["Finland", "Germany", "France", "United Kingdom", "Poland", "Italy", "Russia", "Ukraine"],
            day("2026-11-11", "By evening"), "cancelled",
            "A month-long ceasefire on energy facilities proposed in Helsinki, dismissed by the Kremlin (Peskov)",
            ev("The participants proposed a month-long ceasefire covering energy facilities in Russia and Ukraine.",
               "By evening the Kremlin had dismissed the idea.")),
        dip("agreement", ["Finland", "Ukraine"], day("2026-11-11", "on Wednesday"), "held",
            "Ten-year Finland-Ukraine agreement on civil protection and restoring heating systems",
            ev("On the margins of the meeting, Finland and Ukraine signed a ten-year agreement on cooperation in civil protection and the restoration of heating systems, Prime Minister Petteri Orpo's office said."),
            location=loc("Helsinki", None, "Finland")),
        dip("military_aid", ["Finland", "Ukraine"], day("2026-11-11", "on Wednesday"), "held",
            "Finland to pay for the repair of two boiler houses in the Chernihiv region",
            ev("Finland also pledged on Wednesday to pay for the repair of two boiler houses in the Chernihiv region this winter.")),
        dip("talks", ["Finland", "Ukraine"], day("2026-11-11", "on the side of the summit"), "held",
            "Elina Valtonen and Andrii Sybiha on energy reconstruction and EU membership",
            ev("Foreign Minister Elina Valtonen held talks with her Ukrainian counterpart Andrii Sybiha on the side of the summit."),
            location=loc("Helsinki", None, "Finland")),
        dip("phone_call", ["Finland", "Turkey"], week("2026-11-02", "2026-11-08", "Last week"), "held",
            "Elina Valtonen and Hakan Fidan discussed the Black Sea",
            ev("Last week, Valtonen discussed the Black Sea situation in a telephone call with Turkish Foreign Minister Hakan Fidan, the ministry said.")),
    ])
