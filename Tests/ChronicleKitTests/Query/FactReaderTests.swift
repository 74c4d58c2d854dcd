import Foundation
import GRDB
import Testing
@testable import ChronicleKit

/// How queries read the store: rows as GRDB reads them, in the order of the plain definition;
/// the pieces (byte tables, UTF-8 check, calendar dates, row chunks, texts in a buffer) against
/// what they stand for.
@Suite struct FactReaderTests {
    static var store: Store { DevStore.shared.store }

    /// Every statement and event of the dev store, read with GRDB by column name, by id.
    static func readWithGRDB(_ db: Database) throws -> [String: QueryRow] {
        var names: [String: String] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT id, name FROM actor") { names[r["id"]] = r["name"] }
        var about: [String: [String]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT statement_id, actor_id FROM statement_about") { about[r[0], default: []].append(names[r[1] as String]!) }
        var actors: [String: [String]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT event_id, actor_id FROM event_actor") { actors[r[0], default: []].append(names[r[1] as String]!) }
        var rows: [String: QueryRow] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT * FROM statement") {
            let id: String = r["id"], speaker: String? = r["speaker_id"]
            rows[id] = QueryRow(kind: .statement, id: id, date: r["date"], doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"],
                                speaker: speaker.flatMap { names[$0] }, speakerId: speaker, cue: r["cue"], direct: r["direct"],
                                actors: (about[id] ?? []).sorted(), sentence: r["sentence"], rule: r["rule"], rank: nil)
        }
        for r in try Row.fetchAll(db, sql: "SELECT * FROM event") {
            let id: String = r["id"]
            rows[id] = QueryRow(kind: .event, id: id, date: r["date"], doc: r["doc"], span: Span(r["start"], r["end"]), text: (r["name"] as String?) ?? r["text"],
                                speaker: nil, speakerId: nil, cue: r["kind"], direct: nil, actors: (actors[id] ?? []).sorted(), sentence: r["sentence"],
                                rule: r["rule"], rank: nil)
        }
        return rows
    }

    @Test func rowsAreWhatGRDBReads() throws {
        let expected = try Self.store.db.read { try Self.readWithGRDB($0) }
        let q = Chronicler(store: Self.store)
        let all = try q.said() + q.events()
        #expect(all.count == expected.count)
        #expect(Set(all.map(\.id)).count == all.count)
        for row in all { #expect(row == expected[row.id], "\(row.id)") }
        // the texts in the answer's buffer, as bytes and as strings
        for row in all.prefix(200) {
            #expect(row.idText.withUTF8 { Array($0) } == Array(row.id.utf8))
            #expect(row.textText.withValidUTF8 { Array($0) } == Array(row.text.utf8))
            #expect(row.sentenceText?.withValidUTF8 { Array($0) } == row.sentence.map { Array($0.utf8) })
        }
    }

    /// The answers' order is the definition's (`ChronologicalOrderTests.reference`) applied to
    /// the rows in the order the store gives them.
    @Test func answersAreInTheDefinedOrder() throws {
        let windows: [(Int?, Int?)] = [(nil, nil), (try Chronicler.window("2016", "2016").0, try Chronicler.window("2016", "2016").1),
                                       (try Chronicler.window("2016-10", nil).0, nil)]
        for window in windows {
            let read = { (db: Database) throws -> (Facts, FactReader) in
                let reader = FactReader(db)
                var facts = try Chronicler.said(by: nil, about: nil, window: window, reader)
                facts += try Chronicler.events(kind: nil, actors: nil, window: window, reader)
                return (facts, reader)
            }
            let (asRead, sorted) = try Self.store.db.read { db in
                let (facts, _) = try read(db)
                let (again, reader) = try read(db)
                return (facts.take(0..<facts.count), Chronicler.chronological(again, reader))
            }
            #expect(asRead.count > 100)
            #expect(sorted == ChronologicalOrderTests.reference(asRead))
        }
    }

    @Test func invalidUTF8IsRepairedAsStringsRepairIt() throws {
        let store = try Store()
        try store.save(Support.seedChronology())
        // bytes no `String` holds: a lone continuation byte, a truncated sequence, a surrogate
        let bad: [UInt8] = Array("bad ".utf8) + [0x80, 0x41, 0xE2, 0x80, 0x20, 0xED, 0xA0, 0x80] + Array(" end".utf8)
        let hex = bad.map { String(format: "%02X", $0) }.joined()
        try store.db.write { db in
            try db.execute(sql: "UPDATE statement SET text = CAST(X'\(hex)' AS TEXT), sentence = CAST(X'\(hex)' AS TEXT)")
        }
        let rows = try Chronicler(store: store).said()
        let repaired = String(decoding: bad, as: UTF8.self)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.text == repaired && $0.sentence == repaired })
        let json = QueryFormatter(format: .json).write(rows)
        let expected = JSON.array(rows.map(QueryFormatter.json)).serialized(indent: 1) + "\n"
        #expect(json == expected)
        #expect(json.contains("bad \u{FFFD}A"))
    }

    @Test func byteTableFindsWhatADictionaryFinds() {
        var seed: UInt64 = 11
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        var table = ByteTable<Int>()
        var reference: [[UInt8]: Int] = [:]
        for k in 0..<3000 {
            // short and long keys, repeated often, some sharing their last eight bytes
            let key = (0..<next(40)).map { _ in UInt8(next(4) + 0x61) } + (next(2) == 0 ? Array("-common-suffix".utf8) : [])
            let found = key.withUnsafeBufferPointer { bytes in table.value(bytes) { k } }
            if let known = reference[key] { #expect(found == known) } else {
                #expect(found == k)
                reference[key] = k
            }
            #expect(table.count == reference.count)
        }
        for (key, value) in reference { #expect(key.withUnsafeBufferPointer { table.value($0) } == value) }
        #expect(Array("absent key of some length".utf8).withUnsafeBufferPointer { table.value($0) } == nil)
        var empty = ByteTable<String>()
        #expect(empty.value(UnsafeBufferPointer(start: nil, count: 0)) == nil)
        #expect(empty.value(UnsafeBufferPointer(start: nil, count: 0)) { "empty" } == "empty")
        #expect(empty.value(UnsafeBufferPointer(start: nil, count: 0)) == "empty")
    }

    @Test func utf8CheckAgreesWithStrings() {
        func isValid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } }
        func reference(_ bytes: [UInt8]) -> Bool { Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes }
        let cases: [[UInt8]] = [
            [], [0x41], [0x7F], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x80], [0xE2, 0x80, 0xA8],
            Array("“quoted” text of more than thirty-two bytes, with é and 🎉 in it".utf8),
        ]
        for c in cases {
            #expect(isValid(c) == reference(c), "\(c)")
            // at every offset of a long ASCII run (the 32- and 8-byte steps)
            for pad in [0, 5, 31, 40] {
                let padded = Array(repeating: UInt8(0x61), count: pad) + c + Array(repeating: 0x62, count: 37 - pad % 7)
                #expect(isValid(padded) == reference(padded), "\(pad) \(c)")
            }
        }
        var seed: UInt64 = 5
        for _ in 0..<2000 {
            let bytes = (0..<40).map { _ -> UInt8 in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let r = UInt8(truncatingIfNeeded: seed >> 33)
                return r % 4 == 0 ? r : r & 0x7F
            }
            #expect(isValid(bytes) == reference(bytes))
        }
    }

    @Test func calendarDatesAreWhatDateRangeReads() {
        var values = ["2016", "2016-10", "2016-10-03", "2016-02-29", "2015-02-29", "2016-02-30", "2016-00", "2016-13", "2016-10-00", "2016-10-32",
                      "0000", "0001-01-01", "9999-12-31", "1999-12", "2016-1", "2016-10-3", "2016-10-03T10:00", "2016-W40", "2016-Q4", "2016-SU",
                      "201", "20", "XXXX", "PRESENT_REF", "", "2016-1a", "2016/10", "2016-10-03-", "2016-10--3", "+016", "-016"]
        for y in stride(from: 1890, through: 2030, by: 7) {
            values.append("\(y)")
            for m in 0...13 {
                values.append(String(format: "%04d-%02d", y, m))
                for d in [0, 1, 15, 28, 29, 30, 31, 32] { values.append(String(format: "%04d-%02d-%02d", y, m, d)) }
            }
        }
        var fast = 0
        for v in values {
            var copy = v
            guard let range = copy.withUTF8({ DateRange.calendar($0) }) else { continue }
            fast += 1
            #expect(range == DateRange(value: v), "\(v)")
        }
        #expect(fast > values.count / 2)
    }

    @Test func firstTextIsWhatGRDBFetches() throws {
        let q = try DatabaseQueue()
        try q.write { db in
            try db.execute(sql: "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT)")
            try db.execute(sql: "INSERT INTO t VALUES ('a', 'Alpha'), ('é “b”', 'Bé'), ('n', NULL), ('', 'empty')")
        }
        try q.read { db in
            let statement = try db.makeStatement(sql: "SELECT name FROM t WHERE id = ?")
            for id in ["a", "é “b”", "n", "", "absent"] {
                var copy = id
                let fast = try copy.withUTF8 { try ColumnReader.firstText(statement, $0, db) }
                let row = try Row.fetchOne(db, sql: "SELECT name FROM t WHERE id = ?", arguments: [id])
                #expect(fast.map { $0 } == row.map { $0["name"] as String? }, "\(id)")
            }
        }
    }

    @Test func factsMoveEachRowOnce() {
        func row(_ n: Int) -> QueryRow { ChronologicalOrderTests.row(n, .statement, nil, "d", n, n + 1) }
        func key(_ n: Int) -> Facts.Key { Facts.Key(range: nil, document: 0, span: Span(n, n + 1), kind: .statement) }
        for count in [0, 1, Facts.chunkSize - 1, Facts.chunkSize, Facts.chunkSize + 1, 3 * Facts.chunkSize + 7] {
            var a = Facts()
            for n in 0..<count { a.append(key(n)) { row(n) } }
            let b = Facts()
            for n in count..<(count + 9) { b.append(key(n)) { row(n) } }
            a += b
            #expect(b.count == 0 && a.count == count + 9 && a.keys.count == count + 9)
            let order = Array((0..<(count + 9)).reversed())
            #expect(a.take(order).map(\.id) == order.map { row($0).id })
            #expect(a.count == 0)
        }
        // rows never taken are freed with their facts
        let kept = Facts()
        for n in 0..<(Facts.chunkSize + 3) { kept.append(key(n)) { row(n) } }
        kept.withLast { $0.rank = 1 }
        var ranks: [Double?] = []
        kept.forEach { ranks.append($0.rank) }
        #expect(ranks.last == 1 && ranks.dropLast().allSatisfy { $0 == nil })
    }

    /// Keys that do not fit in two words (spans past 2²¹, dates before year 0) are sorted as
    /// keys, in the same order.
    @Test func keysTooLargeToPackSortTheSame() {
        let dates: [String?] = [nil, "2016", "0001-01-01", "0000", "2016-10-03"]
        for (big, date) in [(3_000_000, "2016"), (10, "0000")] {
            var rows = (0..<60).map { n in
                ChronologicalOrderTests.row(n, n % 3 == 0 ? .event : .statement, dates[n % dates.count], ["b", "a"][n % 2], (n * 7) % 11, 12 + n % 3)
            }
            rows.append(ChronologicalOrderTests.row(60, .statement, date, "a", big, big + 5))
            var sorted = rows
            Chronicler.sortChronologically(&sorted)
            #expect(sorted == ChronologicalOrderTests.reference(rows))
        }
    }
}
