import Foundation

/// Writes `report.md`: a chronology table (date, who, what, source sentence) with undated
/// facts apart, then the actors.
public struct MarkdownReport: Sendable {
    public init() {}

    struct Row {
        var date: String?
        var who: String
        var what: String
        var sentence: String
        var doc: String
        var span: Span
    }

    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    func rows(_ c: Corpus) -> [Row] {
        var rows: [Row] = []
        let byDoc = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.document.id, $0) })
        for d in c.documents {
            let doc = d.document
            for s in d.statements {
                let who = c.actorId(doc: doc.id, name: s.speaker).flatMap { c.actor(id: $0)?.name } ?? "(no source)"
                let sent = s.provenance.sentence < doc.sentences.count ? doc.text(doc.sentences[s.provenance.sentence].span) : ""
                rows.append(Row(date: s.date, who: who, what: (s.direct ? "said: “" : "said that ") + s.text + (s.direct ? "”" : ""),
                                sentence: sent, doc: doc.id, span: s.provenance.span))
            }
        }
        for e in c.events {
            guard let d = byDoc[e.provenance.document] else { continue }
            let who = e.actors.compactMap { c.actor(id: $0)?.name }.joined(separator: ", ")
            let sent = e.provenance.sentence < d.document.sentences.count ? d.document.text(d.document.sentences[e.provenance.sentence].span) : ""
            rows.append(Row(date: e.date, who: who, what: "\(e.kind): \(e.name ?? e.text)", sentence: sent, doc: e.provenance.document, span: e.provenance.span))
        }
        return rows
    }

    public func write(_ c: Corpus) -> String {
        var out = "# Chronicle report\n\n"
        out += "Documents: " + c.documents.map { d in
            "`\(d.document.id)`" + (d.document.date.map { " (\($0))" } ?? " (undated)") + (d.source.map { ", \($0)" } ?? "")
        }.joined(separator: "; ") + "\n\n"
        let all = rows(c)
        let dated = all.filter { $0.date.flatMap(DateRange.init(value:)) != nil }
        let order = DateRange.sorted(Array(Set(dated.compactMap(\.date))))
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        out += "## Chronology\n\n| Date | Who | What | Source sentence | Where |\n|---|---|---|---|---|\n"
        for r in dated.sorted(by: { (rank[$0.date!]!, $0.doc, $0.span) < (rank[$1.date!]!, $1.doc, $1.span) }) {
            out += "| \(r.date!) | \(MarkdownReport.cell(r.who)) | \(MarkdownReport.cell(r.what)) | \(MarkdownReport.cell(r.sentence)) | \(r.doc) \(r.span.start)–\(r.span.end) |\n"
        }
        let undated = all.filter { $0.date.flatMap(DateRange.init(value:)) == nil }.sorted { ($0.doc, $0.span) < ($1.doc, $1.span) }
        if !undated.isEmpty {
            out += "\n## Undated\n\nThe text gives no date for these; they are not placed on the timeline.\n\n| Who | What | Source sentence | Where |\n|---|---|---|---|\n"
            for r in undated {
                out += "| \(MarkdownReport.cell(r.who)) | \(MarkdownReport.cell(r.what)) | \(MarkdownReport.cell(r.sentence)) | \(r.doc) \(r.span.start)–\(r.span.end) |\n"
            }
        }
        out += "\n## Actors\n\n| Actor | Kind | Also called | Mentions |\n|---|---|---|---|\n"
        for a in c.actors {
            out += "| \(MarkdownReport.cell(a.name)) | \(a.kind.rawValue) | \(MarkdownReport.cell(a.aliases.joined(separator: ", "))) | \(a.mentions.count) |\n"
        }
        return out
    }
}
