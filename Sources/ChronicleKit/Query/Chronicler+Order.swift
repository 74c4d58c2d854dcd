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
        var keys = rows.indices.map { k in
            let range = range(rows[k].date)
            return OrderKey(undated: range == nil, midpoint: range.map { $0.first + $0.last } ?? 0, width: range.map { $0.last - $0.first } ?? 0,
                            document: docs[k], start: rows[k].span.start, endAndKind: rows[k].span.end * 2 + (rows[k].kind == .event ? 0 : 1), row: k)
        }
        keys.sort()
        rows.permute(to: keys.map(\.row))
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
