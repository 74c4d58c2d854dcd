/// Finds the items of a list whose spans lie inside a span, without scanning the whole list:
/// the positions are sorted by span start once, and a query takes the items whose start falls
/// in the span (binary search) and keeps those that `contains` accepts, in list order.
struct SpanIndex {
    private let starts: [Int]
    private let order: [Int]
    private let spans: [Span]

    init(_ spans: [Span]) {
        self.spans = spans
        let order = spans.indices.sorted { spans[$0].start != spans[$1].start ? spans[$0].start < spans[$1].start : $0 < $1 }
        self.order = order
        self.starts = order.map { spans[$0].start }
    }

    /// The first position whose start is >= `x`.
    private func lowerBound(_ x: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Positions (ascending) of the items with `outer.contains(span)`.
    func inside(_ outer: Span) -> [Int] {
        guard outer.start <= outer.end else { return [] }
        var out: [Int] = []
        var k = lowerBound(outer.start)
        while k < starts.count && starts[k] <= outer.end {
            let p = order[k]
            if outer.contains(spans[p]) { out.append(p) }
            k += 1
        }
        if out.count > 1 { out.sort() }
        return out
    }
}

/// Answers "does any of these spans overlap this one?" for a fixed list of spans.
struct OverlapIndex {
    private let starts: [Int]
    /// The largest end among the spans sorted by start up to each position.
    private let maxEnd: [Int]

    init(_ spans: [Span]) {
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var m = Int.min
        maxEnd = sorted.map { m = Swift.max(m, $0.end); return m }
    }

    /// Whether some span `u` has `u.overlaps(span)` (`u.start < span.end && span.start < u.end`).
    func overlapsAny(_ span: Span) -> Bool {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < span.end { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && maxEnd[lo - 1] > span.start
    }
}

/// A growing set of spans no two of which overlap, with a fast overlap test: sorted by
/// (start, end), such spans also have non-decreasing ends, so the last span starting before
/// a query's end is the only one that can reach past its start.
struct DisjointSpans {
    private var spans: [Span] = []

    /// Whether some span `u` of the set has `u.overlaps(span)`.
    func overlapsAny(_ span: Span) -> Bool {
        let k = insertionPoint(before: span.end)
        return k > 0 && spans[k - 1].end > span.start
    }

    /// The number of spans starting before `x`.
    private func insertionPoint(before x: Int) -> Int {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].start < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Adds a span that overlaps none of the set.
    mutating func insert(_ span: Span) {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid] < span || spans[mid] == span { lo = mid + 1 } else { hi = mid }
        }
        spans.insert(span, at: lo)
    }
}

/// `DisjointSpans` for spans that arrive in any order: the same answers (the set holds spans
/// no two of which overlap), each insert and query in O(log n) over the text's `length`
/// positions, where the sorted array moved its tail at every insert in the middle. A Fenwick
/// tree keeps, over span starts, the largest end of the spans starting at or before each
/// position; for disjoint spans that is the end of the last one.
struct SpanSet {
    private var tree: [Int]

    /// A set for spans whose starts lie in `0...length`.
    init(length: Int) { tree = [Int](repeating: Int.min, count: max(0, length) + 2) }

    /// Whether some span `u` of the set has `u.overlaps(span)`.
    func overlapsAny(_ span: Span) -> Bool {
        // the largest end among spans starting before span.end
        var i = min(span.end, tree.count - 1)
        var m = Int.min
        while i > 0 {
            m = Swift.max(m, tree[i])
            i -= i & -i
        }
        return m > span.start
    }

    /// Adds a span that overlaps none of the set.
    mutating func insert(_ span: Span) {
        var i = max(0, span.start) + 1
        while i < tree.count {
            tree[i] = Swift.max(tree[i], span.end)
            i += i & -i
        }
    }
}
