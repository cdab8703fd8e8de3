"""Write evals/dev10/gold/*.json from the compact labels below (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md. Re-running this script overwrites the gold files: edit labels here, not there.
The helpers come through evals/tools/gold_helpers.py, shared by every set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV10 = ROOT / "evals" / "dev10"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
from gold_helpers import ev, cnt, day, night, month, loc, UA, RU, attack, dip, write_gold, week, opt  # noqa: E402


GOLD: dict[str, dict] = {}

# --------------------------------------------------------------------------- q01
N1015 = night("2026-10-14", "2026-10-15", "overnight")
Q01_MOD = ("Russia's defence ministry, for its part, claimed that 47 Ukrainian drones were brought down over six "
           "Russian regions overnight, 19 of them above the Bryansk region.")
GOLD["q01_wire_zaporizhzhia_substation_toll"] = dict(
    notes="Wire story (Thursday 15 October): missiles and drones on Zaporizhzhia overnight ('at least three' killed in "
          "the lead; 'five' by evening: evidence only; 12 wounded, 'a boy aged 9'); the night's nationwide figures "
          "(186 drones / 151 down; '14 missiles' / 'six of the missiles' as a combined figure of type other, 'nine of "
          "them Iskander-M ballistic missiles' as its own entry); a drone on railway track in Kropyvnytskyi (no date "
          "words of its own: the lead's night; 'No one was hurt there'); Russia's ministry's 47 drones overnight "
          "(country record Russia); a drone on a fuel depot near Suzemka 'Late on Wednesday evening' (one worker "
          "injured); the glide bomb on Zaporizhzhia 'On Oct. 10' (background with count and place: coded); the "
          "Zelenskiy-Stubb call 'on Wednesday evening'. Optional: the Bryansk region share (19). Not coded: Peskov's "
          "'remained open to contacts' (stance), repair hopes.",
    attacks=[
        attack("Russia", "Ukraine", "drone_and_missile", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")], N1015,
               [{"type": "drone"}, {"type": "missile"}],
               ev("ZAPORIZHZHIA, Oct 15 (Compass) - A Russian missile and drone attack on the southern Ukrainian city of Zaporizhzhia killed at least three people overnight and cut electricity to tens of thousands of homes, regional governor Ivan Fedorov said on Thursday.",
                  "A missile hit a substation at the eastern edge of the city a little after 3 a.m., Fedorov wrote on Telegram, while drones slammed into a warehouse and two apartment blocks in the Komunarskyi district. Twelve people were wounded; one of them is a boy aged 9.",
                  "By evening, emergency crews had recovered two more bodies from a collapsed stairwell, and Fedorov said five people were now confirmed dead."),
               killed=cnt(3, "at least three people", "at_least"), injured=cnt(12, "Twelve people"),
               children_injured=cnt(1, "a boy aged 9"),
               damage=["substation", "warehouse", "apartment blocks"], reported_by=["Ivan Fedorov"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-10-14", "2026-10-15", "during the night"),
               [{"type": "drone", "launched": cnt(186, "186"), "intercepted": cnt(151, "151")},
                {"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(9, "nine")},
                {"type": "other", "model": "missiles", "launched": cnt(14, "14"), "intercepted": cnt(6, "six")}],
               ev("Moscow fired 186 drones and 14 missiles at Ukraine during the night, nine of them Iskander-M ballistic missiles, according to Ukraine's air force.",
                  "Its crews shot down or electronically suppressed 151 drones and six of the missiles, the statement added."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kropyvnytskyi", "Kirovohrad", "Ukraine")], N1015,
               [{"type": "drone"}],
               ev("In the central city of Kropyvnytskyi, a drone damaged a section of railway track and a signal box, forcing state operator Ukrzaliznytsia to divert three passenger trains.",
                  "No one was hurt there, the company said."),
               damage=["railway track", "signal box"], reported_by=["Ukrzaliznytsia"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], N1015,
               [{"type": "drone", "intercepted": cnt(47, "47")}],
               ev(Q01_MOD), reported_by=["Russian defence ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Bryansk", "Bryansk Oblast", "Russia", "region")], N1015,
                   [{"type": "drone", "intercepted": cnt(19, "19")}], ev(Q01_MOD),
                   reported_by=["Russian defence ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Suzemka", "Bryansk Oblast", "Russia")],
               day("2026-10-14", "Late on Wednesday evening"), [{"type": "drone"}],
               ev("Late on Wednesday evening, a drone set fire to a fuel depot near the village of Suzemka in the same region, injuring one worker, Bryansk governor Alexander Bogomaz said."),
               injured=cnt(1, "one worker"), damage=["fuel depot"], reported_by=["Alexander Bogomaz"]),
        attack("Russia", "Ukraine", "glide_bomb", [loc("Zaporizhzhia", "Zaporizhzhia", "Ukraine")],
               day("2026-10-10", "On Oct. 10"), [{"type": "glide_bomb"}],
               ev("On Oct. 10, a glide bomb attack on an industrial zone of Zaporizhzhia killed two people, officials said at the time."),
               killed=cnt(2, "two people"), reported_by=["officials"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Finland"], day("2026-10-14", "on Wednesday evening"), "held",
            "Zelenskiy and Alexander Stubb discussed transformers and grid equipment for the winter",
            ev("Zelenskiy spoke by telephone with Finnish President Alexander Stubb on Wednesday evening, and the pair discussed transformers and other equipment Ukraine needs to get its grid through the winter, the Ukrainian presidency said.")),
    ])

# --------------------------------------------------------------------------- q02
GOLD["q02_broadcaster_kharkiv_playground_geneva"] = dict(
    notes="US broadcaster's website (Saturday 19 September): 'at least four glide bombs' on Kharkiv 'on Friday' (23 "
          "wounded, 'seven of them children'; 'One woman' killed, in the next paragraph); artillery on the village of "
          "Pisochyn 'Late Friday' (a man killed, his wife wounded); the air force's 92 drones / 71 down 'overnight "
          "into Saturday' (country record); Kellogg's Geneva talks 'on Monday' with four national security advisers "
          "(planned); Treasury sanctions 'On Thursday' (held). Optional: the Senate bill that 'remains stuck' "
          "(sanctions, stalled: domestic legislation, debatable). Not coded: Trump's 'very disappointed' and "
          "Zelenskyy's appeal (statements), the glide-bomb explainer, 'hit by them repeatedly this year' (no count).",
    attacks=[
        attack("Russia", "Ukraine", "glide_bomb", [loc("Kharkiv", "Kharkiv", "Ukraine")], day("2026-09-18", "on Friday"),
               [{"type": "glide_bomb", "launched": cnt(4, "at least four", "at_least")}],
               ev("Russian warplanes dropped at least four glide bombs on Kharkiv on Friday, striking an apartment building and a children's playground in the city's Saltivskyi district and wounding 23 people, seven of them children, Ukrainian officials said.",
                  "One woman was killed, Kharkiv Mayor Ihor Terekhov told ABN on Saturday, describing shattered windows across several blocks."),
               killed=cnt(1, "One woman"), injured=cnt(23, "23 people"), children_injured=cnt(7, "seven of them children"),
               damage=["apartment building", "children's playground"], reported_by=["Ihor Terekhov", "Ukrainian officials"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Pisochyn", "Kharkiv", "Ukraine")], day("2026-09-18", "Late Friday"),
               [{"type": "artillery"}],
               ev("Late Friday, Russian artillery also pounded the village of Pisochyn on the western edge of the city, killing a 64-year-old man and wounding his wife, Kharkiv regional Gov. Oleh Syniehubov said."),
               killed=cnt(1, "a 64-year-old man"), injured=cnt(1, "his wife"), reported_by=["Oleh Syniehubov"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], night("2026-09-18", "2026-09-19", "overnight into Saturday"),
               [{"type": "drone", "launched": cnt(92, "92"), "intercepted": cnt(71, "71")}],
               ev("Across the country, Russia sent 92 drones into Ukraine overnight into Saturday, of which 71 were downed or electronically diverted, Ukraine's air force reported."),
               reported_by=["Ukraine's air force"]),
    ],
    diplomacy=[
        dip("talks", ["United States", "Ukraine", "United Kingdom", "France", "Germany"], day("2026-09-21", "on Monday"), "planned",
            "US envoy Keith Kellogg to meet the national security advisers of Ukraine, Britain, France and Germany in Geneva",
            ev("He is scheduled to sit down in Geneva on Monday with the national security advisers of Ukraine, Britain, France and Germany, according to two officials familiar with the plans who were not authorized to speak publicly."),
            location=loc("Geneva", None, "Switzerland")),
        dip("sanctions", ["United States", "Russia"], day("2026-09-17", "On Thursday"), "held",
            "Treasury sanctions on 14 companies in China and the UAE supplying drone engines and chips to Russian arms makers",
            ev("On Thursday, the Treasury Department imposed sanctions on 14 companies in China and the United Arab Emirates that it accused of shipping drone engines and navigation chips to Russian arms makers.")),
        dip("sanctions", ["United States", "Russia"], None, "stalled",
            "A bipartisan Senate bill on tariffs for buyers of Russian oil, with no vote scheduled",
            ev("A separate bipartisan bill that would slap steep tariffs on countries buying Russian oil remains stuck in the Senate, where leaders have yet to schedule a vote."),
            optional=True),
    ])

# --------------------------------------------------------------------------- q03
GOLD["q03_britishpaper_pivdennyi_grain_cooper"] = dict(
    notes="British paper (Wednesday 4 November): a ballistic missile on a grain terminal at Pivdennyi 'on Tuesday "
          "evening' (four killed, nine injured; 'a fifth worker had died' later: evidence only); drones on a "
          "locomotive depot in the Shostka district 'Overnight' ('Nobody was injured'); Cooper's visit to Kyiv on "
          "Tuesday (visit, held; her talks with Sybiha optional); the '£150m for air defence' she announced "
          "(military aid, held); Raven launchers that 'reached Ukraine last week' (military aid delivered, held); "
          "Russia's summons of the British ambassador 'on Tuesday'. Not coded: Cooper's quote, the MPs' urging on "
          "frozen assets (demand), 'struck dozens of times' (no count of one event, no date).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Pivdennyi", "Odesa", "Ukraine")], day("2026-11-03", "on Tuesday evening"),
               [{"type": "ballistic_missile"}],
               ev("A Russian ballistic missile struck a grain terminal at the port of Pivdennyi, east of Odesa, on Tuesday evening, killing four dock workers and injuring nine, hours after the foreign secretary, Yvette Cooper, left Kyiv promising fresh help with air defence.",
                  "Oleh Kiper, who runs the Odesa region's military administration, said the missile set two storage silos and a loading gantry alight.",
                  "On Wednesday morning he reported that a fifth worker had died in hospital overnight."),
               killed=cnt(4, "four dock workers"), injured=cnt(9, "nine"),
               damage=["grain terminal", "storage silos", "loading gantry", "bulk carriers"], reported_by=["Oleh Kiper"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Shostka district", "Sumy", "Ukraine", "district")],
               night("2026-11-03", "2026-11-04", "Overnight"), [{"type": "drone"}],
               ev("Overnight, drones also hit a locomotive depot in the Shostka district of the Sumy region, Ukrainian Railways said, damaging two diesel engines and a maintenance hall.",
                  "Nobody was injured."),
               damage=["locomotive depot", "diesel engines", "maintenance hall"], reported_by=["Ukrainian Railways"]),
    ],
    diplomacy=[
        dip("visit", ["United Kingdom", "Ukraine"], day("2026-11-03", "Tuesday"), "held",
            "Foreign Secretary Yvette Cooper's first visit to Kyiv in the post",
            ev("Cooper spent Tuesday in the Ukrainian capital, her first trip there since taking up the post."),
            location=loc("Kyiv", "Kyiv", "Ukraine")),
        dip("talks", ["United Kingdom", "Ukraine"], day("2026-11-03", "Tuesday"), "held",
            "Cooper held talks with Foreign Minister Andrii Sybiha in Kyiv",
            ev("She held talks with her counterpart, Andrii Sybiha, and laid flowers at a memorial wall for fallen soldiers."),
            location=loc("Kyiv", "Kyiv", "Ukraine"), optional=True),
        dip("military_aid", ["United Kingdom", "Ukraine"], day("2026-11-03", "Tuesday"), "held",
            "GBP 150m for air defence (short-range interceptors, radar spares) announced by Cooper in Kyiv",
            ev("During the visit she announced £150m for air defence, to be spent largely on short-range interceptor missiles and radar spares.")),
        dip("military_aid", ["United Kingdom", "Ukraine"], week("2026-10-26", "2026-11-01", "last week"), "held",
            "The first British-funded Raven launchers reached Ukraine",
            ev("The first of the Raven launchers paid for by an earlier British package reached Ukraine last week, the Foreign Office said.")),
        dip("diplomatic_protest", ["Russia", "United Kingdom"], day("2026-11-03", "on Tuesday"), "held",
            "Russia's foreign ministry summoned British ambassador Nigel Casey over 'direct involvement' in attacks",
            ev("Russia's foreign ministry summoned Britain's ambassador, Nigel Casey, on Tuesday to protest against what it called London's \"direct involvement\" in attacks on Russian territory, and warned of unspecified countermeasures.")),
    ])

# --------------------------------------------------------------------------- q04
N1120 = night("2026-11-19", "2026-11-20", "overnight into Friday")
GOLD["q04_baltic_sanctions_lithuania_envoy"] = dict(
    notes="Baltic outlet in English (Friday 20 November): the EU's 21st sanctions package approved in Brussels 'on "
          "Thursday' (held); the Baltic LNG proposal 'dropped from the text' (sanctions, cancelled); Lithuania's "
          "summons of Russia's charge d'affaires 'On Wednesday'; Estonia's aid 'handed over ... this week' (military "
          "aid delivered, held); a Nordic-Baltic Eight ministers' meeting in Riga 'on December 3' (planned); the air "
          "force's '212 attack drones and decoys' / 178 'overnight into Friday' (country record: combined figure of "
          "type other plus drone and decoy entries); a drone on an energy site in the Stryi district (the lead "
          "night's wave, no date words of its own; 'There were no casualties'). Not coded: the drone that crashed "
          "near Varena (an airspace violation, no attack on a place), Budrys's 'would continue to press' and "
          "Szijjarto's threat (statements), October's border closures (not war diplomacy of the parties).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N1120,
               [{"type": "other", "model": "attack drones and decoys", "launched": cnt(212, "212"), "intercepted": cnt(178, "178")},
                {"type": "drone"}, {"type": "decoy_drone"}],
               ev("Ukraine's air force said Moscow had sent 212 attack drones and decoys overnight into Friday, of which 178 were neutralised."),
               reported_by=["Ukraine's air force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Stryi district", "Lviv", "Ukraine", "district")], N1120,
               [{"type": "drone"}],
               ev("In the western Lviv region, an energy site in the Stryi district was struck by a drone, regional governor Maksym Kozytskyi said, leaving several villages without power.",
                  "There were no casualties, he added."),
               damage=["energy site"], reported_by=["Maksym Kozytskyi"]),
    ],
    diplomacy=[
        dip("sanctions", ["European Union", "Russia"], day("2026-11-19", "on Thursday"), "held",
            "The EU's 21st sanctions package: 84 shadow-fleet tankers and three Russian banks",
            ev("European Union foreign ministers formally approved the bloc's 21st round of Russia sanctions at their meeting in Brussels on Thursday, listing 84 more tankers from Moscow's shadow fleet and barring transactions with three more Russian banks."),
            location=loc("Brussels", None, "Belgium")),
        dip("sanctions", ["Lithuania", "Latvia", "Estonia", "European Union"], None, "cancelled",
            "A Baltic proposal to stop Russian LNG purchases from January, dropped after Hungary and Slovakia objected",
            ev("A proposal to stop Russian LNG purchases from January, tabled by Lithuania, Latvia and Estonia, was dropped from the text after Hungary and Slovakia objected, diplomats told Baltic Ledger.")),
        dip("diplomatic_protest", ["Lithuania", "Russia"], day("2026-11-18", "On Wednesday"), "held",
            "Lithuania's foreign ministry summoned Russia's charge d'affaires over a drone entering its airspace",
            ev("On Wednesday, the Lithuanian Ministry of Foreign Affairs summoned Russia's charge d'affaires in Vilnius to protest after a Russian drone crossed into Lithuanian airspace from Belarus on Tuesday night and crashed in a field near the town of Varena."),
            location=loc("Vilnius", None, "Lithuania")),
        dip("military_aid", ["Estonia", "Ukraine"], week("2026-11-16", "2026-11-20", "this week"), "held",
            "Estonia delivered a batch of 155mm shells and anti-tank weapons, Hanno Pevkur said",
            ev("Estonia, meanwhile, handed over a new batch of military aid to Ukraine this week, including 155mm artillery shells and anti-tank weapons, Defence Minister Hanno Pevkur said on Thursday.")),
        dip("meeting", ["Nordic-Baltic Eight"], day("2026-12-03", "on December 3"), "planned",
            "Nordic-Baltic Eight foreign ministers to meet in Riga on support for Kyiv",
            ev("The Nordic-Baltic Eight group's foreign ministers are due to gather in Riga on December 3 to coordinate further support for Kyiv, the Latvian foreign ministry announced."),
            location=loc("Riga", None, "Latvia")),
    ])

# --------------------------------------------------------------------------- q05
GOLD["q05_ukrainianoutlet_dnipro_ballistic_exchange"] = dict(
    notes="Ukrainian outlet with timestamped updates (Monday 16 November): ballistic missiles on Dnipro 'on the morning "
          "of Monday, 16 November' ('at least six' killed, 'a child', 34 injured in the lead; 'seven' at 11:40 (not quoted) and "
          "'nine, among them two children' at 14:05: evidence only); drones on the Synelnykove district 'On the night "
          "of 15-16 November' (a 15-year-old girl injured); the Air Force's figures 'since 18:00 on Sunday' (country "
          "record: four Iskander-M, 97 Shahed-type / 63 down); the background drone on Dnipro 'On 3 November' (11 "
          "injured: count and place, coded); the prisoner exchange 'On Saturday' (185 for 185, UAE mediation); the "
          "exchange of bodies 'On Friday' (1,000 / 31; coded as prisoner_exchange, debatable kind). Not coded: "
          "Zelensky's appeal, 'work on the next exchange was already under way' (no date, no event yet).",
    attacks=[
        attack("Russia", "Ukraine", "missile_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")],
               day("2026-11-16", "on the morning of Monday, 16 November"), [{"type": "ballistic_missile"}],
               ev("Russian forces hit Dnipro with ballistic missiles on the morning of Monday, 16 November, killing at least six people, including a child, and injuring 34, the Dnipropetrovsk Oblast Military Administration reported.",
                  "A missile landed near a tram stop in the Sobornyi district, and another damaged a college building and a row of shops, according to the OMA.",
                  "Update at 14:05: The death toll has risen to nine, among them two children, the regional administration said."),
               killed=cnt(6, "at least six people", "at_least"), children_killed=cnt(1, "a child"), injured=cnt(34, "34"),
               damage=["college building", "shops"], reported_by=["Dnipropetrovsk Oblast Military Administration"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Synelnykove district", "Dnipropetrovsk", "Ukraine", "district")],
               night("2026-11-15", "2026-11-16", "On the night of 15-16 November"), [{"type": "drone"}],
               ev("On the night of 15-16 November, Russian drones also attacked the Synelnykove district of the region.",
                  "A 15-year-old girl was injured, and fire broke out in a home and a barn."),
               injured=cnt(1, "A 15-year-old girl"), children_injured=cnt(1, "A 15-year-old girl"),
               damage=["home", "barn"]),
        attack("Russia", "Ukraine", "drone_and_missile", [UA], night("2026-11-15", "2026-11-16", "since 18:00 on Sunday"),
               [{"type": "ballistic_missile", "model": "Iskander-M", "launched": cnt(4, "four")},
                {"type": "drone", "model": "Shahed", "launched": cnt(97, "97"), "intercepted": cnt(63, "63")}],
               ev("In total, since 18:00 on Sunday, the Russians attacked Ukraine with four Iskander-M ballistic missiles from the Rostov region and 97 Shahed-type strike drones, Ukraine's Air Force reported.",
                  "Defenders managed to down 63 drones."),
               reported_by=["Ukraine's Air Force"]),
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Dnipro", "Dnipropetrovsk", "Ukraine")], day("2026-11-03", "On 3 November"),
               [{"type": "drone"}],
               ev("On 3 November, a Russian drone hit a high-rise in Dnipro's Shevchenkivskyi district, injuring 11 people."),
               injured=cnt(11, "11 people"), damage=["high-rise"]),
    ],
    diplomacy=[
        dip("prisoner_exchange", ["Ukraine", "Russia", "United Arab Emirates"], day("2026-11-14", "On Saturday"), "held",
            "185 Ukrainian prisoners exchanged for 185 Russian soldiers, mediated by the UAE",
            ev("On Saturday, 185 Ukrainian defenders returned home from Russian captivity in exchange for the same number of Russian soldiers, Ukraine's POW coordination centre said.",
               "The exchange was mediated by the United Arab Emirates.")),
        dip("prisoner_exchange", ["Ukraine", "Russia"], day("2026-11-13", "On Friday"), "held",
            "Exchange of bodies: 1,000 returned to Ukraine, 31 handed to Russia",
            ev("On Friday, Ukraine took back 1,000 bodies that Moscow says belong to Ukrainian soldiers, and handed over 31 bodies of Russian servicemen.")),
    ])

# --------------------------------------------------------------------------- q06
N0927 = night("2026-09-26", "2026-09-27", "overnight on Sunday")
Q06_MOD = ("The Russian Defence Ministry reported \"intercepting and destroying\" 96 Ukrainian drones during the night, "
           "22 of them above the Saratov region.")
GOLD["q06_russianindie_saratov_refinery_szijjarto"] = dict(
    notes="Russian independent outlet in English (Sunday 27 September): drones on the Saratov refinery 'overnight on "
          "Sunday' (debris killed 'a woman' in the Zavodskoy district: the city's record); the ministry's 96 drones "
          "(country record Russia); a drone on a car in Nikolskoye 'on Saturday afternoon' ('two men' injured); "
          "Szijjarto's Moscow visit 'scheduled for Monday' and 'called off' (visit, cancelled); Lavrov-Jaishankar "
          "talks in New York 'on Friday'. Optional: the Saratov region share (22). Not coded: 'targeted at least four "
          "times since the spring' (no single event), Peskov's 'always been ready' (stance), Medvedev's threat, fuel "
          "shortages.",
    attacks=[
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov Oblast", "Russia")], N0927,
               [{"type": "drone"}],
               ev("Ukrainian drones attacked the oil refinery in Saratov overnight on Sunday, setting a fuel storage unit on fire, regional governor Roman Busargin said.",
                  "Debris also fell on a residential street in the Zavodskoy district, where a woman was killed and three houses were damaged."),
               killed=cnt(1, "a woman"), damage=["oil refinery", "fuel storage unit", "houses"], reported_by=["Roman Busargin"]),
        attack("Ukraine", "Russia", "air_drone_strike", [RU], night("2026-09-26", "2026-09-27", "during the night"),
               [{"type": "drone", "intercepted": cnt(96, "96")}], ev(Q06_MOD), reported_by=["Russian Defence Ministry"]),
        opt(attack("Ukraine", "Russia", "air_drone_strike", [loc("Saratov", "Saratov Oblast", "Russia", "region")],
                   night("2026-09-26", "2026-09-27", "during the night"),
                   [{"type": "drone", "intercepted": cnt(22, "22")}], ev(Q06_MOD), reported_by=["Russian Defence Ministry"])),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Nikolskoye", "Belgorod Oblast", "Russia")],
               day("2026-09-26", "on Saturday afternoon"), [{"type": "drone"}],
               ev("In the Belgorod region, a drone dropped an explosive device on a car in the village of Nikolskoye on Saturday afternoon, injuring two men, Governor Vyacheslav Gladkov said."),
               injured=cnt(2, "two men"), damage=["car"], reported_by=["Vyacheslav Gladkov"]),
    ],
    diplomacy=[
        dip("visit", ["Hungary", "Russia"], day("2026-09-28", "scheduled for Monday"), "cancelled",
            "Hungarian Foreign Minister Peter Szijjarto's visit to Moscow, called off",
            ev("Meanwhile, a visit to Moscow by Hungarian Foreign Minister Peter Szijjarto, scheduled for Monday, was called off at the last minute, the Hungarian foreign ministry confirmed without giving a reason."),
            location=loc("Moscow", None, "Russia")),
        dip("talks", ["Russia", "India"], day("2026-09-25", "on Friday"), "held",
            "Lavrov met Subrahmanyam Jaishankar at the UN General Assembly on oil trade and payments",
            ev("Foreign Minister Sergei Lavrov met Indian External Affairs Minister Subrahmanyam Jaishankar on Friday on the sidelines of the UN General Assembly in New York.",
               "The two discussed oil trade and payments in national currencies, the Russian Foreign Ministry said."),
            location=loc("New York", None, "United States")),
    ])

# --------------------------------------------------------------------------- q07
GOLD["q07_gulf_doha_children_talks"] = dict(
    notes="Gulf outlet on mediation (Tuesday 24 November): Ukrainian-Russian talks in Doha 'on Monday' mediated by "
          "Qatar (held); a second round 'planned in Doha in mid-December' (planned); the Fidan-Lavrov call 'on "
          "Sunday'; the Istanbul talks 'frozen since then' (stalled, no date); Saudi Arabia's offer to host the "
          "foreign ministers in Riyadh, conveyed 'last week' (proposed: an offer made to both sides, rule 13); a "
          "drone on a bus in Kherson 'on Monday morning' (one killed, five injured). Optional: the return of 17 "
          "children 'on Sunday' (kind other: a return under an arrangement, debatable), the Istanbul round 'in July' "
          "(background). Not coded: Qatar's hope, Sybiha's 'open to any format' (stance), the 20,000 figure, "
          "Qatar's mediation since 2023.",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Kherson", "Kherson", "Ukraine")], day("2026-11-23", "on Monday morning"),
               [{"type": "drone"}],
               ev("A Russian drone struck a city bus in Kherson on Monday morning, killing one passenger and injuring five, the regional military administration said."),
               killed=cnt(1, "one passenger"), injured=cnt(5, "five"), damage=["city bus"],
               reported_by=["regional military administration"]),
    ],
    diplomacy=[
        dip("talks", ["Ukraine", "Russia", "Qatar"], day("2026-11-23", "on Monday"), "held",
            "Ukrainian and Russian officials' talks in Doha on the return of children, mediated by Qatar",
            ev("DOHA - Ukrainian and Russian officials met in Doha on Monday for talks mediated by Qatar on the return of children separated from their families by the war, Qatar's Ministry of Foreign Affairs said on Tuesday."),
            location=loc("Doha", None, "Qatar")),
        dip("other", ["Ukraine", "Russia", "Qatar"], day("2026-11-22", "on Sunday"), "held",
            "17 Ukrainian children reunited with their relatives under a Qatar-brokered arrangement",
            ev("Its spokesperson, Majed Al-Ansari, told a weekly briefing that 17 Ukrainian children had been reunited with their relatives in Ukraine on Sunday under an earlier arrangement brokered by Doha."),
            optional=True),
        dip("talks", ["Ukraine", "Russia", "Qatar"], month("2026-12-01", "2026-12-31", "in mid-December"), "planned",
            "A second round of the Doha talks on children",
            ev("A second round of the talks is planned in Doha in mid-December, he said."),
            location=loc("Doha", None, "Qatar")),
        dip("phone_call", ["Turkey", "Russia"], day("2026-11-22", "on Sunday"), "held",
            "Hakan Fidan and Sergei Lavrov discussed mediation by phone",
            ev("The Turkish Foreign Minister, Hakan Fidan, also discussed mediation in a telephone call with his Russian counterpart, Sergei Lavrov, on Sunday, according to diplomatic sources in Ankara.")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], None, "stalled",
            "The direct Russian-Ukrainian negotiations in Istanbul, frozen since July",
            ev("Turkey has hosted the direct Russian-Ukrainian negotiations in Istanbul, whose last round took place in July; the talks have been frozen since then, with both sides blaming each other."),
            location=loc("Istanbul", None, "Turkey")),
        dip("talks", ["Russia", "Ukraine", "Turkey"], month("2026-07-01", "2026-07-31", "in July"), "held",
            "The last round of the Istanbul negotiations",
            ev("Turkey has hosted the direct Russian-Ukrainian negotiations in Istanbul, whose last round took place in July; the talks have been frozen since then, with both sides blaming each other."),
            location=loc("Istanbul", None, "Turkey"), optional=True),
        dip("talks", ["Saudi Arabia", "Russia", "Ukraine"], week("2026-11-16", "2026-11-22", "last week"), "proposed",
            "Saudi Arabia offered to host a meeting of the Russian and Ukrainian foreign ministers in Riyadh",
            ev("Saudi Arabia, for its part, has formally offered to host a meeting of the Russian and Ukrainian foreign ministers in Riyadh, a Saudi official told Gulf Ledger, adding that the proposal had been conveyed to both capitals last week."),
            location=loc("Riyadh", None, "Saudi Arabia")),
    ])

# --------------------------------------------------------------------------- q08
N0930 = night("2026-09-30", "2026-10-01", "overnight")
GOLD["q08_newsletter_morning_briefing"] = dict(
    notes="Morning newsletter of short items (Thursday 1 October): drones on Sumy 'on the night of Sept. 30' (two "
          "injured, 'a 14-year-old boy'); shelling in the Kherson region 'over the past day' (region record: two "
          "killed, seven injured); the Air Force's 143 / 118 'overnight' (country record); a Ukrainian drone at "
          "Ust-Luga 'overnight' ('no one was hurt'); the Zelensky-Carney call 'on Wednesday'; Norway's NOK 7 billion "
          "'announced on Tuesday' (military aid, held); Japan's sanctions 'expected' 'on Friday' (planned); NATO "
          "defence ministers 'on Oct. 14' (meeting, planned). Not coded: 'Hits were recorded in 31 settlements' "
          "(hits, inside the region record), Svyrydenko's hope, the long read, last October's blackouts (no count, "
          "no place).",
    attacks=[
        attack("Russia", "Ukraine", "air_drone_strike", [loc("Sumy", "Sumy", "Ukraine")],
               night("2026-09-29", "2026-09-30", "on the night of Sept. 30"), [{"type": "drone"}],
               ev("Russian drones struck Sumy on the night of Sept. 30, damaging a power substation and a bus depot.",
                  "Two people were injured, including a 14-year-old boy, acting mayor Artem Kobzar said."),
               injured=cnt(2, "Two people"), children_injured=cnt(1, "a 14-year-old boy"),
               damage=["power substation", "bus depot"], reported_by=["Artem Kobzar"]),
        attack("Russia", "Ukraine", "shelling_artillery", [loc("Kherson", "Kherson", "Ukraine", "region")],
               night("2026-09-30", "2026-10-01", "over the past day"), [{"type": "artillery"}],
               ev("Russian shelling killed two people and injured seven in the Kherson region over the past day, Governor Oleksandr Prokudin reported this morning.",
                  "Hits were recorded in 31 settlements, including the city of Kherson."),
               killed=cnt(2, "two people"), injured=cnt(7, "seven"), reported_by=["Oleksandr Prokudin"]),
        attack("Russia", "Ukraine", "air_drone_strike", [UA], N0930,
               [{"type": "drone", "launched": cnt(143, "143"), "intercepted": cnt(118, "118")}],
               ev("Russia launched 143 drones overnight, Ukraine's Air Force said; 118 of them were downed or lost on the way."),
               reported_by=["Ukraine's Air Force"]),
        attack("Ukraine", "Russia", "air_drone_strike", [loc("Ust-Luga", "Leningrad Oblast", "Russia")], N0930,
               [{"type": "drone"}],
               ev("Debris from a Ukrainian drone sparked a fire at a fuel terminal in the port of Ust-Luga in Leningrad Oblast overnight, Governor Alexander Drozdenko said.",
                  "According to him, no one was hurt."),
               damage=["fuel terminal"], reported_by=["Alexander Drozdenko"]),
    ],
    diplomacy=[
        dip("phone_call", ["Ukraine", "Canada"], day("2026-09-30", "on Wednesday"), "held",
            "Zelensky and Mark Carney discussed joint drone production and purchases of US weapons",
            ev("President Volodymyr Zelensky spoke with Canadian Prime Minister Mark Carney on Wednesday.",
               "According to the President's Office, they discussed joint drone production and Canada's contribution to the purchase of American weapons for Ukraine.")),
        dip("military_aid", ["Norway", "Ukraine"], day("2026-09-29", "on Tuesday"), "held",
            "Norway allocates NOK 7 billion to Ukraine's air defence and long-range capabilities",
            ev("The Norwegian government announced on Tuesday that it will allocate NOK 7 billion (roughly $650 million) to Ukraine's air defence and long-range capabilities, Defence Minister Tore Sandvik said.")),
        dip("sanctions", ["Japan", "Russia"], day("2026-10-02", "on Friday"), "planned",
            "Japan's cabinet expected to approve sanctions on Russian oil traders and shipping firms",
            ev("Japan's cabinet is expected to approve new sanctions on Russian oil traders and shipping firms on Friday, Kyodo reported, citing government sources.")),
        dip("meeting", ["NATO"], day("2026-10-14", "on Oct. 14"), "planned",
            "NATO defence ministers meet in Brussels, Ukraine's air defence on the agenda",
            ev("NATO defence ministers will meet in Brussels on Oct. 14, with Ukraine's air defence needs at the top of the agenda."),
            location=loc("Brussels", None, "Belgium")),
    ])

# --------------------------------------------------------------------------- q09, q10
GOLD["q09_shipping_blacksea_war_risk_premiums"] = dict(
    notes="Shipping and insurance piece (Tuesday 10 November): war-risk premiums, cargo tonnages, a reinsurance "
          "facility's cover, freight rates, the World Bank's damage and reconstruction estimates. No record at all: "
          "no attack on a place on a day or night ('Every heavy night' is generic), no dated diplomatic event (the "
          "facility has no date or state participants; a pricing review is commercial).",
    attacks=[], diplomacy=[])

GOLD["q10_chess_olympiad_attack_exchange"] = dict(
    notes="Chess Olympiad report (Monday 14 September): a 'kingside attack', 'struck first', a 'queen exchange', "
          "'counterattack', 'traded blows', captains' 'talks' with arbiters, a 'proposal' rejected, the federation's "
          "'sanctions' on a player, a workers' 'strike' and union 'talks', a 'fire alarm', a 'decisive clash'. No "
          "record at all (not war-adjacent).",
    attacks=[], diplomacy=[])


def main() -> None:
    write_gold(DEV10, GOLD)


if __name__ == "__main__":
    main()
