import Foundation
import Templates

/// `/timeline.json`: the events in TimelineJS3's JSON format, with sorted keys so two builds match byte for byte.
enum TimelineJSON {
    /// The TimelineJS data file.
    static func file(_ ctx: RenderContext) -> OutputFile {
        let events: [[String: Any]] = ctx.events.map { e in
            let a = ctx.site.articles[e.article]
            var start: [String: Any] = ["year": e.date.year]
            if let m = e.date.month { start["month"] = m }
            if let d = e.date.day { start["day"] = d }
            var event: [String: Any] = [
                "start_date": start,
                "text": ["headline": e.date.display,
                         "text": "<p>\(escapeHTML(e.sentence))</p><p><a href=\"\(escapeHTML(ctx.routes.absolute(ctx.routes.paragraph(a.slug, e.paragraph))))\">\(escapeHTML(a.title))</a></p>"],
                "unique_id": e.id,
            ]
            if let end = e.date.endYear { event["end_date"] = ["year": end] }
            if let first = e.topics.first.flatMap({ ctx.index.topicsBySlug[$0] }) { event["group"] = ctx.displayName(first) }
            return event
        }
        let root: [String: Any] = [
            "title": ["text": ["headline": ctx.site.config.title, "text": "Events mentioned in the briefings"]],
            "events": events,
        ]
        return OutputFile(path: ctx.routes.outputPath(ctx.routes.timelineJSON), text: jsonText(root))
    }
}

/// JSON with sorted keys and unescaped slashes, ending in a newline.
func jsonText(_ value: Any) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
}
