import Testing
@testable import ChronicleKit

/// The chronological order of query answers, against its plain definition.
@Suite struct ChronologicalOrderTests {
    /// The definition: dated facts by the midpoint of their date (the finer first on a tie), then
    /// the undated; then document, span and kind (events first); equal keys by their ids (byte
    /// order), whatever order the store gave them in.
    static func reference(_ rows: [QueryRow]) -> [QueryRow] {
        func key(_ r: QueryRow) -> (Int, Int, Int, String, Int, Int) {
            let range = r.date.flatMap(DateRange.init(value:))
            return (range == nil ? 1 : 0, range.map { $0.first + $0.last } ?? 0, range.map { $0.last - $0.first } ?? 0,
                    r.doc, r.span.start, r.span.end * 2 + (r.kind == .event ? 0 : 1))
        }
        return rows.enumerated().sorted { a, b in
            let (x, y) = (key(a.element), key(b.element))
            return x != y ? x < y : a.element.id.utf8.lexicographicallyPrecedes(b.element.id.utf8)
        }.map(\.element)
    }

    static func row(_ n: Int, _ kind: QueryRow.Kind, _ date: String?, _ doc: String, _ start: Int, _ end: Int) -> QueryRow {
        QueryRow(kind: kind, id: "\(doc):\(n)", date: date, doc: doc, span: Span(start, end), text: "t\(n)", speaker: nil, speakerId: nil,
                 cue: nil, direct: nil, actors: [], sentence: nil, rule: "r", rank: nil)
    }

    @Test func ordersAsTheDefinitionSays() {
        let dates: [String?] = [nil, "2016", "2016-10", "2016-10-03", "2016-W40", "2016-Q4", "2016-10-04", "2015", "XXXX", "PRESENT_REF"]
        let docs = ["b.txt", "a.txt", "c.txt", "a.txt"]
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for size in [0, 1, 2, 5, 50, 400] {
            // few spans and documents: many rows tie on everything but their order
            let rows = (0..<size).map { n in
                Self.row(n, next(3) == 0 ? .event : .statement, dates[next(dates.count)], docs[next(docs.count)], next(5), 5 + next(3))
            }
            var sorted = rows
            Chronicler.sortChronologically(&sorted)
            #expect(sorted == Self.reference(rows))
            // the order the rows came in does not matter
            var reversed = Array(rows.reversed())
            Chronicler.sortChronologically(&reversed)
            #expect(reversed == sorted)
        }
    }

    @Test func permuteMovesEachElementToItsPlace() {
        let letters = ["a", "b", "c", "d", "e", "f", "g"]
        for order in [[0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [1, 2, 0, 4, 3, 6, 5], [3, 0, 6, 1, 5, 2, 4]] {
            var moved = letters
            moved.permute(to: order)
            #expect(moved == order.map { letters[$0] })
        }
    }
}
