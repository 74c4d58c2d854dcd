/// A self-contained HTML report: the timeline as inline SVG, a chronology table, and every
/// statement with its sentence and the quoted span highlighted. All article text is escaped.
public struct HTMLReport: Sendable {
    public init() {}

    public static func escape(_ s: String) -> String { Markup.escape(s) }

    /// The sentence with the part at `span` (document offsets) inside `<mark>`.
    static func highlighted(sentence: String?, sentenceSpan: Span?, span: Span) -> String {
        guard let sentence, let ss = sentenceSpan else { return "" }
        let sc = Array(sentence.unicodeScalars)
        let a = max(0, min(sc.count, span.start - ss.start)), b = max(a, min(sc.count, span.end - ss.start))
        func str(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(sc[r])) }
        return escape(str(0..<a)) + "<mark>" + escape(str(a..<b)) + "</mark>" + escape(str(b..<sc.count))
    }

    /// `timelineSVG` is the rendered timeline (or nil to leave it out).
    public func write(_ c: Chronology, timelineSVG: String?) -> String {
        write(c, timelineSVGs: timelineSVG.map { [$0] } ?? [])
    }

    /// `timelineSVGs` are the timeline's figures (one per period), each embedded at its own
    /// size in a box that scrolls sideways, so that its text stays readable.
    public func write(_ c: Chronology, timelineSVGs: [String]) -> String {
        var h = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Chronicle report</title>
            <style>
            body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222;max-width:1400px}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
            th{background:#f3f3f3}mark{background:#fff0a0;padding:0 1px}.muted{color:#777}.svg{overflow:auto;border:1px solid #eee;padding:.5em}
            .svg svg{max-width:none;height:auto}.kind{font-size:.8em;color:#555;text-transform:uppercase}
            </style></head><body>
            <h1>Chronicle report</h1>

            """
        h += "<p>\(c.documents.count) article(s), \(c.actors.count) actors, \(c.statements.count) statements, \(c.events.count) events.</p>\n<ul>\n"
        for d in c.documents {
            h += "<li><code>\(HTMLReport.escape(d.id))</code>: \(HTMLReport.escape(d.title ?? "(no title)"))"
            h += " <span class=\"muted\">(\(HTMLReport.escape(d.date ?? "undated"))\(d.source.map { ", " + HTMLReport.escape($0) } ?? ""))</span></li>\n"
        }
        h += "</ul>\n"
        let figures = timelineSVGs.compactMap { svg in svg.range(of: "<svg").map { svg[$0.lowerBound...] } }
        if !figures.isEmpty {
            h += "<h2>Timeline</h2>\n"
            if figures.count > 1 { h += "<p class=\"muted\">\(figures.count) figures, one per period; each scrolls sideways.</p>\n" }
            for svg in figures { h += "<div class=\"svg\">" + svg + "</div>\n" }
        }
        let (dated, undated) = MarkdownReport.rows(c)
        h += "<h2>Chronology</h2>\n<table><tr><th>Date</th><th>Who</th><th>What</th><th>Source sentence</th><th>Where</th></tr>\n"
        for r in dated { h += HTMLReport.row(r, date: true) }
        h += "</table>\n"
        if !undated.isEmpty {
            h += "<h2>Undated</h2>\n<p class=\"muted\">The text gives no date for these; they are not placed on the timeline.</p>\n"
            h += "<table><tr><th>Who</th><th>What</th><th>Source sentence</th><th>Where</th></tr>\n"
            for r in undated { h += HTMLReport.row(r, date: false) }
            h += "</table>\n"
        }
        h += "<h2>Statements</h2>\n<table><tr><th>Speaker</th><th>Date</th><th>Sentence (statement highlighted)</th><th>Rule</th></tr>\n"
        for s in c.statements {
            h += "<tr><td>\(HTMLReport.escape(s.speakerName ?? "(no source given)"))<br><span class=\"kind\">\(s.direct ? "direct" : "reported")\(s.cue.map { ", " + HTMLReport.escape($0) } ?? "")</span></td>"
            h += "<td>\(HTMLReport.escape(DateLabel.human(s.date, undated: "undated")))</td>"
            h += "<td>\(HTMLReport.highlighted(sentence: s.sentenceText, sentenceSpan: s.sentence, span: s.span))</td>"
            h += "<td class=\"muted\">\(HTMLReport.escape(s.doc)) \(s.span.start)–\(s.span.end)<br>\(HTMLReport.escape(s.rule))</td></tr>\n"
        }
        h += "</table>\n<h2>Actors</h2>\n<table><tr><th>Actor</th><th>Kind</th><th>Role</th><th>Also called</th><th>Mentions</th></tr>\n"
        for a in c.actors {
            h += "<tr><td>\(HTMLReport.escape(a.name))</td><td>\(a.kind.rawValue)</td><td>\(HTMLReport.escape(a.role ?? ""))</td>"
            h += "<td>\(HTMLReport.escape(a.aliases.joined(separator: ", ")))</td><td>\(a.mentions.count)</td></tr>\n"
        }
        h += "</table>\n</body></html>\n"
        return h
    }

    static func row(_ r: MarkdownReport.Row, date: Bool) -> String {
        (date ? "<tr><td>\(escape(DateLabel.human(r.date, undated: "")))</td>" : "<tr>") + "<td>\(escape(r.who))</td><td>\(escape(r.what))</td><td>\(escape(r.sentence))</td>"
            + "<td class=\"muted\">\(escape(r.doc)) \(r.span.start)–\(r.span.end)</td></tr>\n"
    }
}
