/// The outermost quotation around a span: quotations inside another one (‘…’ within “…”)
/// are left out, and the rest, which do not overlap, are found by binary search.
struct QuoteMap {
    private let quotes: [Quote]

    init(_ doc: Document) {
        var top: [Quote] = []
        for q in doc.quotes.sorted(by: { $0.outer.start != $1.outer.start ? $0.outer.start < $1.outer.start : $0.outer.end > $1.outer.end }) {
            if let last = top.last, q.outer.start < last.outer.end { continue }
            top.append(q)
        }
        quotes = top
    }

    /// The quotation whose marks enclose `span`, if any.
    func quote(at span: Span) -> Quote? {
        var lo = 0, hi = quotes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotes[mid].outer.start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let q = quotes[lo - 1]
        return q.outer.start < span.start && span.end < q.outer.end ? q : nil
    }
}
