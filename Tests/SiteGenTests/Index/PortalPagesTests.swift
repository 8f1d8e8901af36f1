import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteGen

/// Topics, timelines, events, glossary and feeds on the fixture site.
@Suite struct PortalPagesTests {
    static func site() throws -> [String: String] {
        let (result, out) = try buildFixture()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return TestPaths.tree(out).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func everyWayInIsWrittenAndLinked() throws {
        let site = try Self.site()
        for path in ["timeline/index.html", "timeline/2022/index.html", "timeline/events/index.html", "glossary/index.html",
                     "timeline.json", "feed.json", "topics/sco/feed.xml", "topics/regional-bodies/feed.xml"] {
            #expect(site[path] != nil, "missing \(path)")
        }
        let home = try #require(site["index.html"])
        for href in ["/portal/timeline/", "/portal/timeline/events/", "/portal/glossary/"] { #expect(home.contains("href=\"\(href)\"")) }
        #expect(!home.contains("site-search"), "no search box when the build has no search")
        #expect(site["search/index.html"] == nil)
    }

    @Test func aChildTopicsBriefingAppearsOnItsParent() throws {
        let site = try Self.site()
        let parent = try #require(site["topics/regional-bodies/index.html"])
        #expect(parent.contains("/portal/articles/sco-membership/"))
        #expect(parent.contains("Within Regional bodies"))
        // The parent lists its child's events too.
        #expect(parent.contains("href=\"/portal/articles/sco-membership/#p-"))
    }

    @Test func topicPagesShowTheirEventsRelatedTopicsAndFeed() throws {
        let site = try Self.site()
        let sco = try #require(site["topics/sco/index.html"])
        #expect(sco.contains("<time datetime=\"2017-06-10\">10 June 2017</time>"))
        #expect(sco.contains("<h2 id=\"related-topics-title\">Related topics</h2>"))
        #expect(sco.contains("href=\"/portal/topics/russia/\">Russia</a> <span class=\"count\">(1)</span>"))
        #expect(sco.contains("href=\"/portal/topics/sco/feed.xml\""))
        let russia = try #require(site["topics/russia/index.html"])
        #expect(russia.contains("<time datetime=\"2021-08\">August 2021</time>"))
    }

    @Test func eventsLinkToTheirParagraphsNewestFirst() throws {
        let site = try Self.site()
        let page = try #require(site["timeline/events/index.html"])
        let dates = page.components(separatedBy: "<p class=\"event-date\"><time datetime=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(dates == ["2021-08", "2019", "2017-06-10", "2017", "2016", "2014"])
        #expect(page.contains("href=\"/portal/articles/sco-membership/#p-3\""))
        #expect(!page.contains("June 2017</time>") || page.contains("10 June 2017"), "the footnote's June 2017 is not an event")
    }

    @Test func timelineListsYearsAndMonthsWithJumpLinks() throws {
        let site = try Self.site()
        let page = try #require(site["timeline/index.html"])
        #expect(page.contains("<a href=\"#y-2023\">2023</a>"))
        #expect(page.contains("<h3 id=\"y-2022-06\">June</h3>"))
        let year = try #require(site["timeline/2022/index.html"])
        #expect(year.contains("<h1>Briefings of 2022</h1>"))
        #expect(year.contains("rel=\"next\">Newer: 2023</a>") && year.contains("rel=\"prev\">Older: 2021</a>"))
    }

    @Test func undatedBriefingsAreListedApartAndWarned() throws {
        let (result, out) = try buildFixture(load: LoadOptions(drafts: true, now: 1_900_000_000))
        #expect(result.wrote)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/articles/undated-draft.md:2: warning: briefing has no date")
        })
        let page = String(decoding: TestPaths.tree(out)["timeline/index.html"]!, as: UTF8.self)
        #expect(page.contains("<h2 id=\"undated\">Undated"))
        #expect(page.contains("/portal/articles/undated-draft/"))
    }

    @Test func glossaryHasTopicAndTextAcronymsAndArticlesMarkFirstUse() throws {
        let site = try Self.site()
        let glossary = try #require(site["glossary/index.html"])
        #expect(glossary.contains("<dt id=\"g-sco\"><abbr title=\"Shanghai Cooperation Organisation\">SCO</abbr></dt>"))
        #expect(glossary.contains("<dt id=\"g-rats\"><abbr title=\"Regional Anti-Terrorist Structure\">RATS</abbr></dt>"))
        #expect(glossary.contains("Topic: <a href=\"/portal/topics/sco/\">"))
        let article = try #require(site["articles/sco-membership/index.html"])
        #expect(article.components(separatedBy: "<abbr title=\"Regional Anti-Terrorist Structure\">RATS</abbr>").count == 2)
        let heading = try #require(article.components(separatedBy: "<h2 id=\"security\">").last?.components(separatedBy: "</h2>").first)
        #expect(heading.contains("Security") && !heading.contains("<abbr"), "headings stay unmarked")
    }

    @Test func topicFeedsAreWellFormedAtom() throws {
        let site = try Self.site()
        for slug in ["sco", "regional-bodies", "russia"] {
            let text = try #require(site["topics/\(slug)/feed.xml"])
            let doc = try XMLDocument(data: Data(text.utf8))
            let root = try #require(doc.rootElement())
            #expect(root.name == "feed")
            for name in ["id", "title", "updated", "author"] { #expect(root.elements(forName: name).count == 1, "\(slug) feed needs <\(name)>") }
            let entries = root.elements(forName: "entry")
            #expect(!entries.isEmpty)
            for entry in entries {
                for name in ["id", "title", "updated", "link"] { #expect(!entry.elements(forName: name).isEmpty) }
            }
        }
    }

    @Test func jsonFeedDecodesWithRequiredKeys() throws {
        let site = try Self.site()
        let text = try #require(site["feed.json"])
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "Fixture Briefings")
        #expect(feed["feed_url"] as? String == "https://example.org/portal/feed.json")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 3)
        for item in items {
            for key in ["id", "url", "title", "content_html", "date_published"] { #expect(item[key] != nil, "item needs \(key)") }
        }
    }

    @Test func timelineJSONFollowsTimelineJS() throws {
        let site = try Self.site()
        let text = try #require(site["timeline.json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["title"] is [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.count == 6)
        for e in events {
            let start = try #require(e["start_date"] as? [String: Any])
            #expect(start["year"] is Int)
            #expect((e["text"] as? [String: Any])?["headline"] is String)
            #expect(e["unique_id"] is String)
        }
        #expect(Set(events.compactMap { $0["unique_id"] as? String }).count == events.count)
    }
}
