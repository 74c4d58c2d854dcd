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

    /// Tables for people show the date as people write it ("15 Feb 2021", "1960s"); CSV and
    /// JSON keep the value.
    @Test func tablesShowHumanDatesMachineFormatsTheValue() {
        let rows = [Self.rows[0], Self.rows[2],
                    QueryRow(kind: .event, id: "d:e-0-1", date: "196", doc: "d", span: Span(0, 1), text: "y", speaker: nil, speakerId: nil,
                             cue: "visit", direct: nil, actors: [], sentence: nil, rule: "event.visit", rank: nil)]
        for format in [QueryFormatter.Format.table, .md] {
            let text = QueryFormatter(format: format).write(rows)
            #expect(text.contains(DateLabel.human("2021-02-15")) && DateLabel.human("2021-02-15") != "2021-02-15", "\(format)")
            #expect(text.contains("1960s") && !text.contains("2021-02-15"), "\(format)")
            #expect(QueryFormatter(format: format).utf8(rows) == Array(text.utf8))
        }
        for format in [QueryFormatter.Format.csv, .json] {
            let text = QueryFormatter(format: format).write(rows)
            #expect(text.contains("2021-02-15") && text.contains("196") && !text.contains("1960s"), "\(format)")
        }
    }

    /// Cells the byte writers write as bytes and those they leave to the string writers: quotes
    /// and bars next to composed characters, carriage returns, long and non-ASCII cells.
    static let trickyTexts = [
        "say \"\u{301}hi\" now", "é\"x\"", "a, b", "line\nbreak", "a\r\nb", "lone\rcr", "é|x", "a|b|c", "|\u{301}", "\n|\n",
        String(repeating: "x", count: 69), String(repeating: "y", count: 70), String(repeating: "z", count: 71),
        String(repeating: "long words ", count: 9) + "\nend", String(repeating: "é", count: 75), "🎉 party “quoted” \u{2028} end",
        "", "\"", "\"\"", "tab\there", "ends with quote\"", String(repeating: "ab\r\n", count: 40),
    ]

    static var trickyRows: [QueryRow] {
        trickyTexts.enumerated().map { n, t in
            QueryRow(kind: n % 3 == 0 ? .event : .statement, id: "d:\(n)", date: n % 2 == 0 ? nil : "2016-10-0\(n % 9)", doc: "doc\(n % 4).txt",
                     span: Span(n * 10, n * 10 + 1_234), text: t, speaker: n % 4 == 0 ? nil : trickyTexts[(n + 3) % trickyTexts.count],
                     speakerId: nil, cue: n % 5 == 0 ? nil : trickyTexts[(n + 7) % trickyTexts.count], direct: n % 2 == 0,
                     actors: n % 3 == 0 ? [] : [trickyTexts[(n + 1) % trickyTexts.count], "B, \"b\""], sentence: n % 6 == 0 ? nil : trickyTexts[(n + 5) % trickyTexts.count],
                     rule: "r", rank: nil)
        }
    }

    @Test func bytesAreWhatTheStringWritersWrite() throws {
        let store = DevStore.shared.store
        let q = Chronicler(store: store)
        let answers = [Self.trickyRows, try q.said(), try q.events(), try q.between("2016-10", "2016-10"), []]
        for rows in answers {
            for format in QueryFormatter.Format.allCases {
                let f = QueryFormatter(format: format)
                #expect(f.utf8(rows) == Array(f.write(rows).utf8), "\(format) \(rows.count) rows")
            }
        }
    }
}
