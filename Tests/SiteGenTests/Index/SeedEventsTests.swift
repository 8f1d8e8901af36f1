import Testing
@testable import SiteGen

/// Precision on real text: every event extracted from the five seed briefings, each checked by hand.
/// A change that adds or drops an event fails here, so the list stays a measured one.
@Suite struct SeedEventsTests {
    static func events() -> [String] {
        SeedParagraphs.all.flatMap { seed in
            Events.extract(Markdown.render(seed.markdown).prose.dated, article: 0, slug: seed.seed, mentions: TopicMentions([]))
                .map { "\(seed.seed) \($0.date.display): \($0.sentence.prefix(60))" }
        }
    }

    /// 22 events, all true (an explicit date marking something that happened or a dated fact); none false.
    static let expected = [
        "000 8 July 2025: On July 8, 2025, Pakistan’s Foreign Minister Ishaq Dar atten",
        "002 2008: India received a waiver to conduct trade with Nuclear Suppli",
        "002 2001–2017: Pakistan lost $123.1 billion and more than 60,000 Pakistani ",
        "002 2001: Pakistan’s absence was conspicuous in the multilateral confe",
        "002 2011: Pakistan’s absence was conspicuous in the multilateral confe",
        "002 August 2021: Pakistan’s absence was conspicuous in the multilateral confe",
        "002 2019: The 2019 abrogation of Article 370A and subsequent suspensio",
        "002 2006: Pakistan is currently a member of the UN Human Rights Counci",
        "002 November 2021: As of November 2021, UN HRC has mandated 34 Commissions of I",
        "002 August 2019: Pakistan could not organize an emergency session of OIC or e",
        "002 1947: Since 1947, Pakistani decision-making elite in several state",
        "002 2010: Pakistan once tried to introduce new agenda items in the Con",
        "003 2017: Eyebrows in the western media were raised when a Russian mil",
        "003 2016: Both the countries have also conducted successful joint mili",
        "004 2014: Even while the state has achieved significant progress again",
        "004 2017: Even while the state has achieved significant progress again",
        "004 2024: Pakistan ranked second in the world according to the Global ",
        "004 2019: A significant freeze in relations with India has resulted fr",
        "004 2021: The number of cross-border assaults in Pakistan has increase",
        "004 2014: An organization that once held promise for promoting peace a",
        "004 2017: Pakistan joined the Shanghai Cooperation Organization (SCO) ",
        "004 2023: Only about 8% of Pakistan’s entire foreign commerce in 2023 ",
    ]

    @Test func everySeedEventIsATrueEvent() {
        let got = Self.events()
        #expect(got == Self.expected, "extracted:\n\(got.joined(separator: "\n"))")
    }

    @Test func falseCandidatesInTheSeedsAreNotEvents() {
        let all = Self.events().joined(separator: "\n")
        // Money, counts, names with numbers, decades, notes and publication lines.
        for absent in ["2022:", "2002:", "1980", "1992", "2005", "2018:", "1163", "1099"] {
            #expect(!all.contains(" \(absent)"), "\(absent) should not be an event")
        }
    }
}
