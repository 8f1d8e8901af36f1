import Testing
@testable import SiteGen

/// Which dates in a sentence are events: one line per case.
@Suite struct EventExtractorTests {
    func dates(_ s: String) -> [String] { EventExtractor.dates(in: s).map(\.display) }

    @Test(arguments: [
        ("On July 8, 2025, the minister attended the 32nd ASEAN Regional Forum.", ["8 July 2025"]),
        ("The meeting was held on 19 January 2010 in Geneva.", ["19 January 2010"]),
        ("It met on 8th July, 2025.", ["8 July 2025"]),
        ("The council met in August 2021.", ["August 2021"]),
        ("Talks resumed in Sept. 2019.", ["September 2019"]),
        ("Pakistan joined the SCO as a full member in 2017.", ["2017"]),
        ("Summits have been stalled since 2014.", ["2014"]),
        ("Since 1947, leaders have said so.", ["1947"]),
        ("Tensions rose since Article 370 was repealed in 2019.", ["2019"]),
        ("Conferences in Bonn (2001 and 2011) left Pakistan out.", ["2001", "2011"]),
        ("Pakistan lost citizens since 2001 until 2017.", ["2001–2017"]),
        ("Prices rose between 2008 and 2012.", ["2008–2012"]),
        ("Operations in 2014, 2015 and 2017 cleared the area.", ["2014", "2015", "2017"]),
        ("The 2019 abrogation of Article 370A changed the status.", ["2019"]),
        ("Exercises began in mid-2016.", ["2016"]),
        ("2019 was a turning point.", ["2019"]),
        ("Published on 2025-07-11 in print.", ["11 July 2025"]),
    ] as [(String, [String])])
    func events(_ sentence: String, _ expected: [String]) {
        #expect(dates(sentence) == expected, "\(sentence)")
    }

    @Test(arguments: [
        "With trade exceeding $3.6 trillion, the region matters.",
        "The 10-member Association of Southeast Asian Nations met.",
        "Resolution 1267 lists the groups.",
        "Pakistan lost $123.1 billion in the war.",
        "The abrogation of Article 370A was a shock.",
        "It mediated in the Iran-Iraq War during 1980s.",
        "India was invited to the 46th meeting of OIC Foreign Ministers.",
        "Pakistan ranked second on the Global Terrorism Index 2025.",
        "Under the Prevention of Terrorism Act, 2002 (POTA), forces acted.",
        "Smith (2016) argues the opposite.",
        "Over 1099 people were killed.",
        "In 2000 cases the court agreed.",
        "The document CD/PV.1163 records it.",
        "The meeting was on JAN 22 in Islamabad.",
        "The 2025 Global Terrorism Index ranks it second.",
        "A 2019-style crisis could return.",
        "It has a 70 year imbalance.",
    ])
    func notEvents(_ sentence: String) {
        #expect(dates(sentence).isEmpty, "\(sentence) gave \(dates(sentence))")
    }

    @Test func sentencesSplitAtFullStopsButNotAtAbbreviations() {
        let s = SentenceText.sentences("H.E. Mr. Asif met the U.S. envoy. Talks began in 2017. Dr. Khan said “yes.” Then it ended.")
        #expect(s == ["H.E. Mr. Asif met the U.S. envoy.", "Talks began in 2017.", "Dr. Khan said “yes.”", "Then it ended."])
    }

    @Test(arguments: [
        "date 2025-07-11 By Shaheen Khan",
        "Feb 27, 2022 | Essays",
        "3 Israr Khan, “Pakistan Suffers Losses,” The News, May 26, 2017, https://www.thenews.com.pk/print/1.",
        "1 Waqas Waheed, “Pakistan’s Foreign Policy,” in Routledge Handbook (New York: Routledge, 2022).",
    ])
    func bylinesAndNotesAreNotProse(_ paragraph: String) {
        #expect(!SentenceText.isProse(paragraph))
    }

    @Test func footnoteDefinitionsAndBylinesYieldNoEvents() {
        let doc = Markdown.render("""
        By Amina Qureshi, 2 May 2024

        Pakistan joined the SCO in 2017.[^1]

        [^1]: Astana summit, June 2017.
        """)
        let events = Events.extract(doc.prose.dated, article: 0, slug: "x", mentions: TopicMentions([]))
        #expect(events.map(\.date.display) == ["2017"])
        #expect(events.map(\.paragraph) == ["p-2"])
        #expect(events.map(\.id) == ["x-p-2-1"])
    }

    @Test func eventsCarryTheTopicsTheirSentenceNames() {
        let topics = [Topic(slug: "sco", name: "Shanghai Cooperation Organisation", kind: .body, acronym: "SCO"),
                      Topic(slug: "us", name: "United States", kind: .country, aliases: ["US", "Washington"]),
                      Topic(slug: "trade", name: "Trade", kind: .theme, aliases: ["exports"])]
        let m = TopicMentions(topics)
        #expect(m.topics(in: "Pakistan joined the SCO and Washington noticed.") == ["sco", "us"])
        #expect(m.topics(in: "Let us trade with the SCOs of the world; EXPORTS grew.") == ["trade"])
    }

    @Test func datesOrderChronologicallyAndPrintAsTimeValues() {
        let day = EventDate(year: 2025, month: 7, day: 8)
        let month = EventDate(year: 2025, month: 7)
        let year = EventDate(year: 2025)
        #expect(year < month && month < day)
        #expect([day.iso, month.iso, year.iso] == ["2025-07-08", "2025-07", "2025"])
        #expect([day.precision, month.precision, year.precision] == [.day, .month, .year])
    }
}
