/// A briefing whose front matter changed, but for its title, summary and dates, in one list-making
/// field alone: its topics (`TopicEdit`) or its authors (`AuthorEdit`). Either moves its cards between
/// lists cut from the pages as they are, so `BodyEdit` puts it in place after every body, and only
/// when no other briefing's front matter changed.
enum FrontMatterEdit {
    case topics(TopicEdit)
    case authors(AuthorEdit)

    /// The edit of `article` at `entry`; why not, when more than its topics or its authors changed.
    static func make(_ article: Article, entry: EditBase.Entry, base: EditBase, root: String, routes: Routes,
                     config: SiteConfig, extraScripts: [String]) -> Result<FrontMatterEdit, BodyEdit.Declined> {
        guard article.title == entry.title, Summaries.explicit(article) == entry.summary,
              (article.date?.rfc3339 ?? "") == entry.date, (article.updated?.rfc3339 ?? "") == entry.updated else {
            return .failure(BodyEdit.Declined(reason: "the front matter of \(article.path) changed with its title, summary or dates"))
        }
        // Both edits read the topic table: the author edit for the briefings' slugs.
        let p = entry.position
        guard let table = base.topicTable(), table.slugs.indices.contains(p), table.slugs[p] == article.slug else {
            return .failure(BodyEdit.Declined(reason: "the front matter of \(article.path) changed besides its title, summary and "
                                                  + "dates, and the last build recorded no topics"))
        }
        if table.topics[p] != article.topics {
            return TopicEdit.make(article, entry: entry, table: table, base: base, root: root, routes: routes, config: config,
                                  extraScripts: extraScripts).map { .topics($0) }
        }
        return AuthorEdit.make(article, entry: entry, slugs: table.slugs, base: base, routes: routes, config: config, root: root,
                               extraScripts: extraScripts).map { .authors($0) }
    }

    /// Puts the edit in `pages` and records its table in `next`: the rows that come to show cards, or stop.
    /// An author table that gained a name is left in `namesLater`, and topic feeds that carry a first
    /// entry in `feedsLater`: recording them moves every entry, so they are recorded once the entries
    /// are (`EditBase.withAuthors`, `withFeeds`).
    func put(_ article: Article, entry: EditBase.Entry, base: EditBase, entriesAt: Int, pages: inout EditPages,
             next: inout EditBase, namesLater: inout EditBase.AuthorTable?,
             feedsLater: inout [EditBase.Feed]) -> Result<ShownChanges, BodyEdit.Declined> {
        switch self {
        case .topics(let edit):
            switch edit.put(article, entry: entry, base: base, entriesAt: entriesAt, pages: &pages) {
            case .failure(let why): return .failure(why)
            case .success(let outcome):
                edit.record(outcome, editing: entry.position, base: &next)
                feedsLater = outcome.feedsMade
                return .success(outcome.shown)
            }
        case .authors(let edit):
            switch edit.put(article, entry: entry, base: base, pages: &pages) {
            case .failure(let why): return .failure(why)
            case .success(let outcome):
                if outcome.table.names.count == edit.table.names.count {
                    next.setAuthors(outcome.table, at: entry.position)
                } else {
                    namesLater = outcome.table
                }
                return .success(outcome.shown)
            }
        }
    }

    /// How `-v` counts it.
    var isTopics: Bool {
        if case .topics = self { return true }
        return false
    }
}
