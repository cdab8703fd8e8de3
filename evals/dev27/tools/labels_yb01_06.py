"""Gold labels of dev27's articles yb01-yb06, as quotes (evals/CODEBOOK.md); tools/make_gold.py writes them."""

from __future__ import annotations

from gold_helpers import ev, cnt, day, night, loc, UA, RU, attack, dip, week, opt  # noqa: F401

LABELS: dict[str, dict] = {}

# --------------------------------------------------------------------------- yb01
N1014 = night("2026-10-13", "2026-10-14", "overnight")
YB01_AF = "Moscow launched 410 drones and 52 missiles, among them 37 Kh-101 cruise and 15 Iskander-M ballistic missiles, Ukraine's air force said."
YB01_AD = 'Anti-aircraft crews brought down 362 drones, 34 of the cruise missiles and seven of the ballistic ones, the force said in its morning summary.'
LABELS["yb01_agency_kyiv_ternopil_barrage"] = dict(
    notes="International agency (Wednesday 14 October): the night's nationwide figures (410 drones / 362 down; '52 "
          "missiles' split into 37 Kh-101 and 15 Iskander-M: a combined figure of type other, with the cruise (34 "
          "down) and ballistic (seven down) entries, rule 9); Kyiv 'at least four' killed, 'A 12-year-old girl', "
          "'Nineteen people' wounded (rule 6; the 14 in hospital are not a count); a missile on an energy facility in "
          "Ternopil ('He reported no casualties': killed 0 / injured 0); drones on a depot in Fastiv ('Nobody was hurt "
          "there': injured 0); the Khmelnytskyi region's 23 downed drones (no struck locality named there: the "
          "region's own record, rule 3); the background missile attack on Kyiv 'on Oct. 5' (count and place: coded, "
          "rule 5). The city records take the lead's night (no date words of their own). Not coded: Poland's jets "
          "(no attack), the Russian ministry's claim of targets (no place, no count), Zelenskiy's appeal.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1014,
               [{"type": "drone", "launched": cnt(410, "410"), "intercepted": cnt(362, "362")},
                {"type": "other", "model": "missiles", "launched": cnt(52, "52")},
                {"type": "cruise_missile", "model": "Kh-101", "launched": cnt(37, "37"), "intercepted": cnt(34, "34")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(15, "15"),
                 "intercepted": cnt(7, "seven")}],
               ev(YB01_AF, YB01_AD), reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1014,
               [{"type": "drone"}, {"type": "missile"}],
               ev("KYIV, Oct 14 (Northgate) - Russia struck Kyiv and several western regions with missiles and drones overnight, killing at least four people in Kyiv itself and cutting heating supplies at a power plant in Ternopil, Ukrainian officials said on Wednesday.",
                  "A 12-year-old girl was among the dead, he said.",
                  "Nineteen people were wounded and 14 of them taken to hospital, the capital's military administration reported; its head, Tymur Tkachenko, warned that the toll could still rise."),
               killed=cnt(4, "at least four people", "at_least"), injured=cnt(19, "Nineteen people"),
               children_killed=cnt(1, "A 12-year-old girl"), damage=["nine-storey block"],
               reported_by=["Vitali Klitschko", "Kyiv city military administration"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Ternopil", "Ternopil", "Ukraine")], N1014,
               [{"type": "missile"}],
               ev("The western city of Ternopil lost power and hot water after a missile struck an energy facility on its outskirts, regional governor Vyacheslav Negoda said.",
                  "He reported no casualties."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               damage=["energy facility"], reported_by=["Vyacheslav Negoda"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Fastiv", "Kyiv", "Ukraine")], N1014,
               [{"type": "drone"}],
               ev("In Fastiv, southwest of the capital, drones damaged a railway depot and two electric trains, state rail operator Ukrzaliznytsia said, adding that suburban services would run with delays until the evening.",
                  "Nobody was hurt there, the company said."),
               injured=cnt(0, "Nobody was hurt"), damage=["railway depot", "electric trains"],
               reported_by=["Ukrzaliznytsia"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Khmelnytskyi", "Khmelnytskyi", "Ukraine", "region")], N1014,
               [{"type": "drone", "intercepted": cnt(23, "23")}],
               ev("Over the Khmelnytskyi region, 23 drones were downed, the regional administration reported, without giving details of any damage."),
               reported_by=["Khmelnytskyi regional administration"]),
        attack("Russia", "Ukraine", "missile_strike", [loc("Kyiv", "Kyiv", "Ukraine")], day("2026-10-05", "on Oct. 5"),
               [{"type": "missile"}],
               ev("The capital was last hit on a comparable scale on Oct. 5, when a missile attack killed two people in the Darnytskyi district."),
               killed=cnt(2, "two people")),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yb02
N1014B = night("2026-10-13", "2026-10-14", "during the night")
LABELS["yb02_broadcaster_kyiv_hospital_children"] = dict(
    notes="Ukrainian broadcaster (Wednesday 14 October), the same night as yb01: Kyiv 'killed four people' and 'at "
          "least 11 injured' in the lead (the first figure is the count; '19 people' by lunchtime is evidence only, "
          "rule 6), 'a 12-year-old girl' killed, 'Three of them are children' injured; the drone on the children's "
          "hospital grounds is part of the city record (damage; 'nobody inside the building was hurt' is a part, not "
          "the record's zero); a drone on a house in Bila Tserkva (a woman injured); the Air Force's '462 means of air "
          "attack' (a combined figure of type other with 403 neutralised; drone 410 and missile 52 entries, no split "
          "of the missiles); Sybiha's call with Sikorski 'on Wednesday morning'. Not coded: Warsaw's promise to raise "
          "it with partners (no event of its own), the nurse's quote, school closures.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Kyiv", "Kyiv", "Ukraine")], N1014B,
               [{"type": "drone"}, {"type": "missile"}],
               ev("Russia's massive missile and drone attack on the capital during the night killed four people and left at least 11 injured, the Kyiv City Military Administration reported in the morning.",
                  "Among those killed is a 12-year-old girl.",
                  "Three of them are children: a boy of six with shrapnel wounds and two teenage sisters who were cut by flying glass."),
               killed=cnt(4, "four people"), injured=cnt(11, "at least 11", "at_least"),
               children_killed=cnt(1, "a 12-year-old girl"), children_injured=cnt(3, "Three of them are children"),
               damage=["children's hospital", "ambulance"],
               reported_by=["Kyiv City Military Administration", "Tymur Tkachenko"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Bila Tserkva", "Kyiv", "Ukraine")], N1014B,
               [{"type": "drone"}],
               ev("In Bila Tserkva a drone struck a private house, and a woman aged 58 was injured, regional governor Mykola Kalashnyk reported."),
               injured=cnt(1, "a woman aged 58"), damage=["private house"], reported_by=["Mykola Kalashnyk"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], N1014B,
               [{"type": "other", "model": "means of air attack", "launched": cnt(462, "462"),
                 "intercepted": cnt(403, "403")},
                {"type": "drone", "launched": cnt(410, "410")}, {"type": "missile", "launched": cnt(52, "52")}],
               ev("In total, the enemy used 462 means of air attack against Ukraine, 410 attack drones and 52 missiles of different kinds, the Air Force said.",
                  "Of these, 403 were shot down or jammed."),
               reported_by=["Air Force"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Poland"], day("2026-10-14", "on Wednesday morning"), "held",
            "Andrii Sybiha and Radoslaw Sikorski discussed the attack and interceptor missiles for Kyiv",
            ev("Foreign Minister Andrii Sybiha said he had discussed the attack by phone with his Polish counterpart Radosław Sikorski on Wednesday morning and asked for help in finding more interceptor missiles for the capital.")),
    ])

# --------------------------------------------------------------------------- yb03
N1109 = night("2026-11-08", "2026-11-09", "overnight")
YB03_MOD = '"Between 23:00 on November 8 and 07:00 on November 9, Moscow time, on-duty air defence means destroyed 84 Ukrainian aircraft-type UAVs: 31 above the Bryansk region, 22 above the Kursk region, 17 above the Belgorod region and 14 above the Voronezh region," the statement reads.'
YB03_LEAD = 'MOSCOW, November 9. /Vostok/. Russian duty air defences shot down 84 Ukrainian drones of the aircraft type over four regions overnight, according to a Defence Ministry statement issued on Monday.'
MOD = ["Russian Defence Ministry"]
LABELS["yb03_stateagency_bryansk_voronezh_uavs"] = dict(
    notes="Russian state agency (Monday 9 November): Ukrainian drones on Russia (rule 4, attacker by rule 12). The "
          "ministry's 84 'during the night' (country record, intercepted 84) and its four regional shares (rule 3): "
          "Voronezh's 14 go on Liski (the one struck locality named there; 'No one was hurt': injured 0), Belgorod's 17 "
          "on Shebekino (the driver and 'his 15-year-old son' wounded: injured 2, children_injured 1, rule 6), Bryansk's "
          "31 and Kursk's 22 are the regions' own records (no struck locality; Bryansk 'no casualties': killed 0 / "
          "injured 0); the fuel terminal at Tuapse 'overnight' ('No casualties were reported': zeros); Sobyanin's 12 "
          "drones 'On Sunday afternoon' (Moscow, a separate day and place). Not coded: airport restrictions, the closing "
          "paragraph's 'stepped up attempts' and 'respond with strikes' (no place, no count, no date).",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1109,
               [{"type": "drone", "intercepted": cnt(84, "84")}], ev(YB03_LEAD, YB03_MOD), reported_by=MOD),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Liski", "Voronezh Oblast", "Russia")], N1109,
               [{"type": "drone", "intercepted": cnt(14, "14")}],
               ev(YB03_MOD, "Debris from a drone shot down over Liski damaged the roof of a residential house, Voronezh Region Governor Alexander Gusev said.",
                  "\"No one was hurt. The fire that broke out was quickly extinguished,\" the governor wrote on his Telegram channel."),
               injured=cnt(0, "No one was hurt"), damage=["private house"],
               reported_by=["Alexander Gusev", "Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Shebekino", "Belgorod Oblast", "Russia")], N1109,
               [{"type": "drone", "intercepted": cnt(17, "17")}],
               ev(YB03_MOD, "In the Belgorod region, a drone hit a car on the road near Shebekino, Governor Vyacheslav Gladkov said.",
                  "The driver, a man of 43, and his 15-year-old son were wounded and brought to the town hospital with shrapnel wounds."),
               injured=cnt(2, "The driver, a man of 43, and his 15-year-old son"),
               children_injured=cnt(1, "his 15-year-old son"), damage=["passenger car"],
               reported_by=["Vyacheslav Gladkov", "Russian Defence Ministry"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1109,
               [{"type": "drone", "intercepted": cnt(31, "31")}],
               ev(YB03_MOD, "Bryansk Region Governor Alexander Bogomaz said there were no casualties or damage on the ground in his region."),
               killed=cnt(0, "no casualties"), injured=cnt(0, "no casualties"),
               reported_by=["Russian Defence Ministry", "Alexander Bogomaz"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Kursk", "Kursk Oblast", "Russia", "region")], N1109,
               [{"type": "drone", "intercepted": cnt(22, "22")}], ev(YB03_MOD), reported_by=MOD),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Tuapse", "Krasnodar Krai", "Russia")],
               night("2026-11-08", "2026-11-09", "overnight"), [{"type": "drone"}],
               ev("In the Krasnodar Territory, fuel storage tanks at the Tuapse sea port caught fire after an overnight attack by Ukrainian drones, the regional operational headquarters reported.",
                  "No casualties were reported, the headquarters said, adding that the port was working as normal."),
               killed=cnt(0, "No casualties"), injured=cnt(0, "No casualties"), damage=["fuel terminal"],
               reported_by=["regional operational headquarters"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Moscow", "Moscow", "Russia")],
               day("2026-11-08", "On Sunday afternoon"), [{"type": "drone", "intercepted": cnt(12, "12")}],
               ev("On Sunday afternoon, Moscow Mayor Sergei Sobyanin reported that air defence forces had shot down 12 drones approaching the capital."),
               reported_by=["Sergei Sobyanin"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yb04
N1121 = night("2026-11-20", "2026-11-21", "overnight into Saturday")
LABELS["yb04_regionalpaper_izmail_port_rozdilna"] = dict(
    notes="Regional paper (Saturday 21 November): drones on Izmail port 'overnight into Saturday' (two dock workers "
          "injured, described one by one and as a number); a drone on a freight train near Rozdilna, 'The same wave' "
          "(the lead's night; 'no one was hurt': injured 0); the Southern Defence Forces' '27 of the 31 drones launched "
          "at the region' (two struck localities in the Odesa region: the region's own record, rule 3); background "
          "strikes on Izmail 'On November 6' (a truck driver killed) and 'on the night of November 14' (place, no "
          "count: coded, rule 5). Not coded: Odesa's alert ('without explosions': no attack), windows shaking in "
          "Plauru (no strike), the cashier's quote.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], N1121, [{"type": "drone"}],
               ev("Izmail's river port was struck by Russian attack drones overnight into Saturday, wrecking a grain store, damaging two gantry cranes and injuring two dock workers, the Odesa Regional Military Administration said.",
                  "Oleh Kiper, the head of the administration, wrote that a 41-year-old man and a 37-year-old woman were treated for shrapnel wounds."),
               injured=cnt(2, "two dock workers"), damage=["grain warehouse", "gantry cranes", "private houses"],
               reported_by=["Odesa Regional Military Administration", "Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Rozdilna", "Odesa", "Ukraine")], N1121, [{"type": "drone"}],
               ev("The same wave of drones reached the north of the region.",
                  "At about 3:40 a.m., a drone hit a freight train standing at a siding near Rozdilna, setting two tank wagons on fire, Ukrzaliznytsia reported.",
                  "The locomotive crew managed to take cover and no one was hurt, the rail company said."),
               injured=cnt(0, "no one was hurt"), damage=["freight train", "tank wagons"], reported_by=["Ukrzaliznytsia"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Odesa", "Odesa", "Ukraine", "region")],
               night("2026-11-20", "2026-11-21", "during the night"),
               [{"type": "drone", "launched": cnt(31, "31"), "intercepted": cnt(27, "27")}],
               ev("Air defence forces destroyed 27 of the 31 drones launched at the region during the night, the Southern Defence Forces said on Saturday morning."),
               reported_by=["Southern Defence Forces"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Izmail", "Odesa", "Ukraine")], day("2026-11-06", "On November 6"),
               [{"type": "drone"}],
               ev("On November 6, a drone strike on the port killed a truck driver who had been waiting to unload sunflower seeds, and on the night of November 14 two warehouses belonging to a Danube shipping company burned down."),
               killed=cnt(1, "a truck driver")),
        attack("Russia", "Ukraine", "other", [loc("Izmail", "Odesa", "Ukraine")],
               night("2026-11-13", "2026-11-14", "on the night of November 14"), [],
               ev("It was the third attack on Izmail this month.",
                  "On November 6, a drone strike on the port killed a truck driver who had been waiting to unload sunflower seeds, and on the night of November 14 two warehouses belonging to a Danube shipping company burned down."),
               damage=["warehouses"]),
    ],
    diplomacy=[])

# --------------------------------------------------------------------------- yb05
SUMMIT = ["Finland", "Germany", "France", "United Kingdom", "Poland", "Italy", "Ukraine"]
PROPOSERS = ["Finland", "Germany", "France", "United Kingdom", "Poland", "Italy"]
LABELS["yb05_record_helsinki_summit_truce"] = dict(
    notes="Newspaper of record (Thursday 12 November), attacks and diplomacy mixed: the Helsinki summit 'on Wednesday' "
          "(summit, held; six states, Ukraine and NATO; Finland hosts); the leaders' energy truce put to Russia and "
          "Ukraine and turned down by the Kremlin the same day (proposal, cancelled: rule 16); EU sanctions adopted 'On "
          "the same day' (held) and Britain's price-cap proposal to the G7 'on Tuesday' (sanctions, proposed); "
          "Zelensky 'is due in Oslo on Thursday' (visit, planned: a day and a place, rule 16); Russian drones on "
          "Kharkiv 'overnight' ('at least nine' injured, 'two of them children'). Optional: 'more than 1,500 drones' "
          "'in the past week' (a week's tally, not one night: debatable as a record, rule 1). Not coded: Zelensky's "
          "'would accept' and Stubb's 'remained willing to host' (stances, rule 13), 'spoken repeatedly with' Trump "
          "(no single dated event), the diplomat's quote.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kharkiv", "Kharkiv", "Ukraine")],
               night("2026-11-10", "2026-11-11", "overnight"), [{"type": "drone"}],
               ev("Hours before the leaders sat down, Russian drones struck Kharkiv overnight, injuring at least nine people, two of them children, when one hit a student dormitory, the city's mayor, Ihor Terekhov, said."),
               injured=cnt(9, "at least nine people", "at_least"), children_injured=cnt(2, "two of them children"),
               damage=["student dormitory"], reported_by=["Ihor Terekhov"]),
        opt(attack("Russia", "Ukraine", "air_drone_strike", [UA], week("2026-11-04", "2026-11-11", "in the past week"),
                   [{"type": "drone", "launched": cnt(1500, "more than 1,500", "more_than")}],
                   ev("Zelensky told the closing news conference that more than 1,500 Russian drones had been launched against Ukraine in the past week."),
                   reported_by=["Volodymyr Zelensky"])),
    ],
    diplomacy=[
        dip("summit", SUMMIT + ["NATO"], day("2026-11-11", "on Wednesday"), "held",
            "Leaders of six European countries, Zelensky and NATO's Mark Rutte met in Helsinki, hosted by Alexander Stubb",
            ev("HELSINKI — The leaders of six European countries met President Volodymyr Zelensky in the Finnish capital on Wednesday and put forward a 30-day halt to strikes on power infrastructure by either side, an offer the Kremlin turned down before the leaders had left the building.",
               "The gathering, hosted by President Alexander Stubb at the Presidential Palace, brought together the heads of government or state of Germany, France, Britain, Poland, Italy and Finland."),
            location=loc("Helsinki", None, "Finland")),
        dip("proposal", PROPOSERS + ["Russia", "Ukraine"], day("2026-11-11", "on Wednesday"), "cancelled",
            "A 30-day halt to strikes on energy infrastructure proposed by the Helsinki leaders, rejected by the Kremlin (Peskov)",
            ev("In a joint statement, the leaders proposed that Russia and Ukraine stop attacking power plants, substations and gas facilities for a month, starting as soon as both capitals agreed, with European monitors reporting breaches.",
               "Dmitry Peskov, the Kremlin spokesman, told reporters that the plan was \"a pause to rearm Kyiv\" and that Russia would not take it up.")),
        dip("sanctions", ["European Union", "Russia"], day("2026-11-11", "On the same day"), "held",
            "The EU's 22nd sanctions package: 60 more tankers listed, machine-tool export loopholes closed",
            ev("On the same day, EU ambassadors meeting in Brussels signed off on the bloc's twenty-second set of Russia sanctions, which adds 60 vessels to its list of banned tankers and closes loopholes in the export of machine tools."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["United Kingdom", "G7", "Russia"], day("2026-11-10", "on Tuesday"), "proposed",
            "Britain proposed that the G7 cut the Russian crude price cap to $40 a barrel",
            ev("Britain, for its part, proposed on Tuesday that the Group of Seven lower the cap on the price of Russian oil to $40 a barrel, in a letter to finance ministers that Washington has not yet answered.")),
        dip("visit", ["Ukraine", "Norway"], day("2026-11-12", "on Thursday"), "planned",
            "Zelensky is due in Oslo",
            ev("Zelensky is due in Oslo on Thursday."), location=loc("Oslo", None, "Norway")),
    ])

# --------------------------------------------------------------------------- yb06
SWAP = 'Ukraine and Russia each handed over 150 captured servicemen on Saturday after mediation by the Emirates, the UAE foreign ministry said in a statement carried by the state news agency WAM.'
LABELS["yb06_gulf_abudhabi_pow_swap"] = dict(
    notes="Gulf outlet (Saturday 28 November): the exchange of 150 for 150 'on Saturday' mediated by the UAE (held; the "
          "mediator is a participant, rule 15); the exchange of bodies 'On Friday' (909 received, 37 handed back: coded "
          "as prisoner_exchange, as dev10's gold codes an exchange of bodies); the UAE minister's calls with Lavrov 'on "
          "Thursday' and Sybiha 'on Wednesday' (two phone calls). Optional: the UAE's help returning children "
          "('according to earlier statements': background, no date, kind other). Not coded: the running total 'more "
          "than 4,900' (no single event), the official's 'prepared to keep working' (stance), lists for the next swap "
          "'gave no date' (no event put forward).",
    attacks=[],
    diplomacy=[
        dip("prisoner_exchange", ["Russia", "Ukraine", "United Arab Emirates"], day("2026-11-28", "on Saturday"), "held",
            "150 prisoners of war exchanged for 150, mediated by the UAE",
            ev(SWAP, "Russia's defence ministry confirmed that 150 Russian servicemen had been returned from territory controlled by Kyiv.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-11-27", "On Friday"), "held",
            "Repatriation of bodies: Ukraine received 909, returned 37 Russian soldiers' bodies",
            ev("On Friday, 909 bodies that the Russian side identified as Ukrainian servicemen were repatriated to Ukraine, and Kyiv handed back the bodies of 37 Russian soldiers, the Ukrainian coordination centre said.")),
        dip("phone_call", ["United Arab Emirates", "Russia"], day("2026-11-26", "on Thursday"), "held",
            "Sheikh Abdullah bin Zayed spoke with Sergei Lavrov on humanitarian files",
            ev("Sheikh Abdullah bin Zayed Al Nahyan, the UAE foreign minister, had spoken by phone with Russian Foreign Minister Sergei Lavrov on Thursday and with Andrii Sybiha of Ukraine on Wednesday, according to readouts issued by his ministry.")),
        dip("phone_call", ["United Arab Emirates", "Ukraine"], day("2026-11-25", "on Wednesday"), "held",
            "Sheikh Abdullah bin Zayed spoke with Andrii Sybiha on humanitarian files",
            ev("Sheikh Abdullah bin Zayed Al Nahyan, the UAE foreign minister, had spoken by phone with Russian Foreign Minister Sergei Lavrov on Thursday and with Andrii Sybiha of Ukraine on Wednesday, according to readouts issued by his ministry.")),
        dip("other", ["United Arab Emirates", "Russia", "Ukraine"], None, "held",
            "The UAE helped arrange the return of children separated from their families",
            ev("The UAE, which maintains working relations with Moscow as well as Kyiv, has also helped arrange the return of a number of children separated from their families, according to earlier statements."),
            optional=True),
    ])
