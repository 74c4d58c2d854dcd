import Foundation
import GRDB
import Testing
@testable import ChronicleKit

/// Multi-row inserts: every row once and in order, whatever the count; values as GRDB binds them.
@Suite struct RowInserterTests {
    static let insert = RowInserter("INSERT INTO t (n, s, b)", columns: 3)

    static func table() throws -> DatabaseQueue {
        let q = try DatabaseQueue()
        try q.write { try $0.execute(sql: "CREATE TABLE t (n INTEGER, s TEXT, b INTEGER, UNIQUE (n))") }
        return q
    }

    @Test func insertsEveryRowInOrder() throws {
        for count in [0, 1, 7, 8, 9, 31, 32, 33, 41, 75] {
            let q = try Self.table()
            let items = (0..<count).map { k in (n: k, s: k % 3 == 0 ? nil : "row \(k)", b: k % 2 == 0) }
            try q.write { db in
                try Self.insert.insert(items, db) { item, row in
                    row.int(item.n)
                    row.text(item.s)
                    row.bool(item.b)
                }
            }
            let rows = try q.read { try Row.fetchAll($0, sql: "SELECT rowid, n, s, b FROM t ORDER BY rowid") }
            #expect(rows.map { $0[1] as Int } == Array(0..<count))
            #expect(rows.map { $0[0] as Int } == Array(1..<(count + 1)))
            #expect(rows.map { $0[2] as String? } == items.map(\.s))
            #expect(rows.map { $0[3] as Bool } == items.map(\.b))
        }
    }

    @Test func bindsTextAsGRDBDoes() throws {
        let q = try Self.table()
        let texts = ["", "plain", "é “quoted” 🎉", "cut\u{0}here"]
        try q.write { db in
            try Self.insert.insert(Array(texts.enumerated()), db) { item, row in
                row.int(item.offset)
                row.text(item.element)
                row.int(nil)
            }
            for (k, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO t (n, s, b) VALUES (?, ?, NULL)", arguments: [k + 100, text])
            }
        }
        let mine = try q.read { try Row.fetchAll($0, sql: "SELECT s, typeof(s), b FROM t WHERE n < 100 ORDER BY n") }
        let grdb = try q.read { try Row.fetchAll($0, sql: "SELECT s, typeof(s), b FROM t WHERE n >= 100 ORDER BY n") }
        #expect(mine == grdb)
    }

    @Test func aFailingRowThrowsAndLeavesNothingOfItsStatement() throws {
        let q = try Self.table()
        try q.write { db in
            // nine rows: a statement of eight (with the duplicate), then one
            #expect(throws: DatabaseError.self) {
                try Self.insert.insert([1, 2, 3, 4, 5, 6, 7, 7, 8], db) { n, row in
                    row.int(n)
                    row.text("x")
                    row.bool(true)
                }
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
            // the statement is ready for the next rows
            try Self.insert.insert(Array(10..<18), db) { n, row in
                row.int(n)
                row.text("y")
                row.bool(false)
            }
        }
        #expect(try q.read { try Int.fetchAll($0, sql: "SELECT n FROM t ORDER BY rowid") } == Array(10..<18))
    }
}
