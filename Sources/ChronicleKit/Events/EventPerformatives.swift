/// A first-person performative in a quotation (session 27, issue 18): "The United States firmly
/// opposes intimidation …, and we call for an end to the bullying and unlawful activities," Esper
/// said. The call is made by saying it: its day is the saying's, the time the attribution gives
/// ("… ," the minister said on Tuesday), else the article's day (date source `saying`). A verb of
/// the kinds that a speaker does by speaking (a call, an accusation, a rejection, a declaration, an
/// agreement, a threat) in the simple present, right after "we" or "I" (adverbs between: "we
/// strongly condemn"; `function-words.tsv`, set `performative-subject`), inside a quotation. Not a
/// past, a perfect, a modal or a gerund ("we called", "we will call", "we are calling").
extension TypedEventFinder {
    static let performativeSubjects = FunctionWords.standard.words("performative-subject")
    /// The kinds of events a speaker does by saying them.
    static let performativeKinds: Set<String> = ["call", "accuse", "reject", "declaration", "agreement", "threaten"]

    /// Whether event `x` is a first-person performative of a quotation.
    static func isPerformative(_ x: Site, _ c: SentenceContext) -> Bool {
        guard !x.site.isNoun, !x.site.isPast, x.status == .happened, performativeKinds.contains(x.site.entry.kind) else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        let a = x.site.tokens.lowerBound
        guard !tk[a].lower.hasSuffix("ing") else { return false }
        var j = a - 1
        while j >= s.lowerBound, j >= a - 3, tk[j].kind == .word, tk[j].lower.hasSuffix("ly") || GenericVerbs.adverbs.contains(tk[j].lower) { j -= 1 }
        guard j >= s.lowerBound, performativeSubjects.contains(tk[j].lower) else { return false }
        return inQuotation(c.doc.span(tokens: x.site.tokens), c.doc.quotes)
    }

    /// Whether span `sp` lies inside a quotation of `quotes` (in text order): a binary search for
    /// the last quotation opening before it, and the few before that (nested quotations).
    static func inQuotation(_ sp: Span, _ quotes: [Quote]) -> Bool {
        var lo = 0, hi = quotes.count
        while lo < hi {
            let m = (lo + hi) / 2
            if quotes[m].outer.start <= sp.start { lo = m + 1 } else { hi = m }
        }
        var k = lo - 1
        while k >= 0, k >= lo - 4 {
            if quotes[k].outer.end >= sp.end { return true }
            k -= 1
        }
        return false
    }
}
