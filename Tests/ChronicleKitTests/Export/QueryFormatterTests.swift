import Testing
@testable import ChronicleKit

/// The JSON of query answers is written straight as bytes; it must be what the JSON values of
/// `QueryFormatter.json` serialize to.
@Suite struct QueryFormatterTests {
    static let rows: [QueryRow] = [
        QueryRow(kind: .statement, id: "a.txt:s-1-9", date: "2021-02-15", doc: "a.txt", span: Span(1, 9), text: "“We will win,” he said\n",
                 speaker: "Jane \"JD\" Doe", speakerId: "jane-doe", cue: "said", direct: true, actors: ["Canada", "Russia"],
                 sentence: "A \\ sentence\twith\u{2028}escapes", rule: "statement.quote", rank: nil),
        QueryRow(kind: .statement, id: "b:s-0-3", date: nil, doc: "b", span: Span(0, 3), text: "", speaker: nil, speakerId: nil, cue: nil,
                 direct: nil, actors: [], sentence: nil, rule: "r", rank: -1.5),
        QueryRow(kind: .event, id: "b:e-4-20", date: "2021", doc: "b", span: Span(4, 20), text: "the meeting", speaker: nil, speakerId: nil,
                 cue: "meeting", direct: nil, actors: ["Dmytro Kuleba"], sentence: "Then the meeting.", rule: "event.meeting", rank: nil),
        QueryRow(kind: .event, id: "c:e-1-2", date: nil, doc: "c", span: Span(1, 2), text: "x", speaker: nil, speakerId: nil,
                 cue: nil, direct: nil, actors: [], sentence: nil, rule: "event.other", rank: nil),
    ]

    @Test func jsonIsWhatTheValuesSerializeTo() {
        for rows in [[], Array(Self.rows.prefix(1)), Self.rows] {
            let expected = JSON.array(rows.map(QueryFormatter.json)).serialized(indent: 1) + "\n"
            #expect(QueryFormatter(format: .json).write(rows) == expected)
            #expect(QueryFormatter(format: .json).utf8(rows) == Array(expected.utf8))
        }
    }

    @Test func otherFormatsGiveTheirTextAsBytes() {
        for format in [QueryFormatter.Format.csv, .md, .table] {
            let f = QueryFormatter(format: format)
            #expect(f.utf8(Self.rows) == Array(f.write(Self.rows).utf8))
        }
    }
}
