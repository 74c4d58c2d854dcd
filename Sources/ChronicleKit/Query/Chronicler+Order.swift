extension Chronicler {
    /// Sorts facts chronologically: dated facts by the midpoint of their date (the finer first on
    /// a tie), then the undated; then document, span and kind.
    ///
    /// Each row's key is computed once, with each date parsed once and each document ranked once
    /// (a row's document and date are most often the row before's); the rows are then moved
    /// into place, never copied.
    static func sortChronologically(_ rows: inout [QueryRow]) {
        let docs = documentRanks(rows)
        var ranges: [String: DateRange?] = [:]
        var lastDate: (value: String, range: DateRange?)?
        func range(_ date: String?) -> DateRange? {
            guard let date else { return nil }
            if let last = lastDate, last.value == date { return last.range }
            let r: DateRange?
            if let known = ranges[date] {
                r = known
            } else {
                r = DateRange(value: date)
                ranges[date] = r
            }
            lastDate = (date, r)
            return r
        }
        let keys = rows.indices.map { k in OrderKey(rows[k].span, rows[k].kind, range: range(rows[k].date), document: docs[k], row: k) }
        let ordered = order(keys) { rows[$0].id }
        rows.permute(to: ordered)
    }

    /// Facts read by `reader`, sorted as `sortChronologically(_:)` sorts their rows, with the
    /// date ranges and documents found while reading (no date parsed or document looked up again).
    static func chronological(_ facts: Facts, _ reader: FactReader) -> [QueryRow] {
        let ranks = documentRanks(reader.documents)
        let keys = facts.keys.indices.map { k in
            OrderKey(facts.keys[k].span, facts.keys[k].kind, range: facts.keys[k].range, document: ranks[Int(facts.keys[k].document)], row: k)
        }
        return facts.take(order(keys) { facts.id(at: $0) })
    }

    /// The rows (`OrderKey.row`) in the order of their keys: keys packed into two words each
    /// when their fields fit (always, short of dates before year 0 or documents of millions of
    /// characters), else the keys themselves.
    ///
    /// Facts with equal keys (two statements of one span, one per cue) follow their ids, not the
    /// order the store gave them: SQLite gives the rows of a query with OR in the order of its
    /// index scans, PostgreSQL in the order they were written, and both must answer the same.
    static func order(_ keys: [OrderKey], id: (Int) -> String) -> [Int] {
        var packed: [PackedKey] = []
        packed.reserveCapacity(keys.count)
        for key in keys {
            guard let p = PackedKey(key) else { packed = []; break }
            packed.append(p)
        }
        var rows: [Int]
        var same: (Int, Int) -> Bool
        if packed.count == keys.count {
            packed.sort()
            rows = packed.map(\.row)
            same = { packed[$0].date == packed[$1].date && packed[$0].place == packed[$1].place }
        } else {
            let sorted = keys.sorted()
            rows = sorted.map(\.row)
            same = { sorted[$0].sameKey(sorted[$1]) }
        }
        // runs of equal keys (rare, and short) in the order of their ids
        var a = 0
        while a < rows.count {
            var b = a + 1
            while b < rows.count && same(a, b) { b += 1 }
            if b - a > 1 { rows[a..<b].sort { id($0).utf8.lexicographicallyPrecedes(id($1).utf8) } }
            a = b
        }
        return rows
    }

    /// An `OrderKey` in two words, compared as the key is, and the row's place.
    struct PackedKey: Comparable {
        /// undated (1 bit), midpoint + 2³⁸ (39 bits), width + 2²³ (24 bits)
        var date: UInt64
        /// document rank (20 bits), start (21 bits), end × 2 + kind (23 bits)
        var place: UInt64
        var row: Int

        init?(_ k: OrderKey) {
            let midpoint = k.midpoint + (1 << 38), width = k.width + (1 << 23)
            guard (0..<(1 << 39)).contains(midpoint), (0..<(1 << 24)).contains(width), (0..<(1 << 20)).contains(k.document),
                  (0..<(1 << 21)).contains(k.start), (0..<(1 << 23)).contains(k.endAndKind) else { return nil }
            date = (k.undated ? 1 << 63 : 0) | UInt64(midpoint) << 24 | UInt64(width)
            place = UInt64(k.document) << 44 | UInt64(k.start) << 23 | UInt64(k.endAndKind)
            row = k.row
        }

        static func < (a: PackedKey, b: PackedKey) -> Bool {
            a.date != b.date ? a.date < b.date : a.place != b.place ? a.place < b.place : a.row < b.row
        }
    }

    /// Where a fact goes in chronological order; the last field, its place before, keeps facts
    /// that are otherwise equal in the order they came in.
    struct OrderKey: Comparable {
        var undated: Bool
        var midpoint: Int
        var width: Int
        var document: Int
        var start: Int
        var endAndKind: Int
        var row: Int

        init(_ span: Span, _ kind: QueryRow.Kind, range: DateRange?, document: Int, row: Int) {
            undated = range == nil
            midpoint = range.map { $0.first + $0.last } ?? 0
            width = range.map { $0.last - $0.first } ?? 0
            self.document = document
            start = span.start
            endAndKind = span.end * 2 + (kind == .event ? 0 : 1)
            self.row = row
        }

        /// Equal but for `row`.
        func sameKey(_ b: OrderKey) -> Bool {
            undated == b.undated && midpoint == b.midpoint && width == b.width && document == b.document && start == b.start && endAndKind == b.endAndKind
        }

        static func < (a: OrderKey, b: OrderKey) -> Bool {
            if a.undated != b.undated { return !a.undated }
            if a.midpoint != b.midpoint { return a.midpoint < b.midpoint }
            if a.width != b.width { return a.width < b.width }
            if a.document != b.document { return a.document < b.document }
            if a.start != b.start { return a.start < b.start }
            if a.endAndKind != b.endAndKind { return a.endAndKind < b.endAndKind }
            return a.row < b.row
        }
    }

    /// The rank of each document among the documents in order (equal names, equal ranks).
    static func documentRanks(_ documents: [String]) -> [Int] {
        var rank = [Int](repeating: 0, count: documents.count)
        var n = -1
        var before: String?
        for k in documents.indices.sorted(by: { documents[$0] < documents[$1] }) {
            if before != documents[k] { n += 1 }
            rank[k] = n
            before = documents[k]
        }
        return rank
    }

    /// Each row's document's rank among the rows' documents in order.
    static func documentRanks(_ rows: [QueryRow]) -> [Int] {
        var first: [String: Int] = [:]  // a document → the index of its first row
        var firstRow: [Int] = []
        firstRow.reserveCapacity(rows.count)
        for k in rows.indices {
            if k > 0, rows[k].doc == rows[k - 1].doc {
                firstRow.append(firstRow[k - 1])
            } else if let known = first[rows[k].doc] {
                firstRow.append(known)
            } else {
                first[rows[k].doc] = k
                firstRow.append(k)
            }
        }
        var rank = [Int](repeating: 0, count: rows.count)
        for (n, doc) in first.keys.sorted().enumerated() { rank[first[doc]!] = n }
        return firstRow.map { rank[$0] }
    }
}

extension Array {
    /// Reorders the elements so that the element at `order[k]` comes `k`th (`order` holds each
    /// index once), by swaps along the permutation's cycles: elements are moved, never copied.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count)
        withUnsafeMutableBufferPointer { elements in
            var placed = [Bool](repeating: false, count: elements.count)
            for start in elements.indices where !placed[start] {
                var k = start
                placed[k] = true
                while order[k] != start {
                    elements.swapAt(k, order[k])
                    k = order[k]
                    placed[k] = true
                }
            }
        }
    }
}
