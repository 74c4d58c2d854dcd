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
        let keys = rows.indices.map { k -> (Int, Int, Int, Int, Int, Int) in
            let range = range(rows[k].date)
            return (range == nil ? 1 : 0, range.map { $0.first + $0.last } ?? 0, range.map { $0.last - $0.first } ?? 0,
                    docs[k], rows[k].span.start, rows[k].span.end * 2 + (rows[k].kind == .event ? 0 : 1))
        }
        rows.permute(to: rows.indices.sorted { keys[$0] < keys[$1] })
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
