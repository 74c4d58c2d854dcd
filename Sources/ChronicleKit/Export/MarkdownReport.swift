import Foundation

/// Writes `report.md`: a chronology table (date, who, what, source sentence) with undated
/// facts apart, then the actors.
public struct MarkdownReport: Sendable {
    public init() {}

    /// One row of the chronology.
    public struct Row: Sendable {
        public var date: String?
        public var who: String
        public var what: String
        public var sentence: String
        public var doc: String
        public var span: Span
    }

    static func cell(_ s: String) -> String { Table.markdownCell(s) }

    /// The facts of a chronology as rows: dated ones in time order, then undated ones in document order.
    public static func rows(_ c: Chronology) -> (dated: [Row], undated: [Row]) {
        var rows: [Row] = []
        for s in c.statements {
            let cue = s.cue.map { $0.lowercased() } ?? "said"
            let what = s.direct ? "\(cue): \(s.quoted)" : "\(cue) that \(s.text)"
            rows.append(Row(date: s.date, who: s.speakerName ?? "(no source given)", what: what, sentence: s.sentenceText ?? "", doc: s.doc, span: s.span))
        }
        for e in c.events {
            let who = e.actors.compactMap { c.actor($0)?.name }.joined(separator: ", ")
            rows.append(Row(date: e.date, who: who, what: "\(e.kind): \(e.name ?? e.text)", sentence: e.sentenceText ?? "", doc: e.doc, span: e.span))
        }
        let dated = rows.filter { $0.date.flatMap(DateRange.init(value:)) != nil }
        let order = DateRange.sorted(Array(Set(dated.compactMap(\.date))))
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let undated = rows.filter { $0.date.flatMap(DateRange.init(value:)) == nil }.sorted { ($0.doc, $0.span) < ($1.doc, $1.span) }
        return (dated.sorted { (rank[$0.date!]!, $0.doc, $0.span) < (rank[$1.date!]!, $1.doc, $1.span) }, undated)
    }

    public func write(_ c: Chronology) -> String {
        var out = "# Chronicle report\n\n"
        out += "Documents: " + c.documents.map { d in
            MarkdownReport.cell(d.id) + (d.date.map { " (\(MarkdownReport.cell($0)))" } ?? " (undated)") + (d.source.map { ", \(MarkdownReport.cell($0))" } ?? "")
        }.joined(separator: "; ") + "\n\n"
        let (dated, undated) = MarkdownReport.rows(c)
        out += "## Chronology\n\n| Date | Who | What | Source sentence | Where |\n|---|---|---|---|---|\n"
        for r in dated {
            out += "| \(MarkdownReport.cell(DateLabel.human(r.date, undated: ""))) | \(MarkdownReport.cell(r.who)) | \(MarkdownReport.cell(r.what)) | \(MarkdownReport.cell(r.sentence)) | \(MarkdownReport.cell(r.doc)) \(r.span.start)–\(r.span.end) |\n"
        }
        if !undated.isEmpty {
            out += "\n## Undated\n\nThe text gives no date for these; they are not placed on the timeline.\n\n| Who | What | Source sentence | Where |\n|---|---|---|---|\n"
            for r in undated {
                out += "| \(MarkdownReport.cell(r.who)) | \(MarkdownReport.cell(r.what)) | \(MarkdownReport.cell(r.sentence)) | \(MarkdownReport.cell(r.doc)) \(r.span.start)–\(r.span.end) |\n"
            }
        }
        out += "\n## Actors\n\n| Actor | Kind | Also called | Mentions |\n|---|---|---|---|\n"
        for a in c.actors {
            out += "| \(MarkdownReport.cell(a.name)) | \(MarkdownReport.cell(a.kind.rawValue)) | \(MarkdownReport.cell(a.aliases.joined(separator: ", "))) | \(a.mentions.count) |\n"
        }
        return out
    }
}
