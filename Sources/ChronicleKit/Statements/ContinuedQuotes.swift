/// A quotation that goes on after its cue: "“Several crucial minutes were lost,” the official
/// said, visibly upset. “If we had intervened earlier, the loss of life could have been
/// prevented.”" The second quotation is a sentence of its own (or several) with no cue, right
/// after the sentence of a direct statement: the same speaker goes on saying it. It is a
/// statement of its own (rule `statement.quote.continued`: one statement per quotation, as the
/// judged gold counts them) with the speaker, source, cue and date of the statement before it.
///
/// A quotation left open at the end of its paragraph goes on in the next paragraph that opens
/// with a quotation mark (“… They have to face the consequences of their acts. ¶ “Other than
/// coming out to surrender, I don’t see …”): that quotation goes on with the speaker of the last
/// direct statement of the paragraph before, though sentences without a statement lie between.
///
/// Corpora that annotate attributions (PolNeAR) make such a quotation a second content span of
/// the attribution before it, not an attribution of its own: `folded` gives that form, which the
/// attribution export (`chronicle attributions`) writes.
extension StatementFinder {
    static let continuedRule = "statement.quote.continued"

    /// The continued quotations after the direct statements of `known` (sorted or not): a
    /// quotation that opens its sentence and ends one (only punctuation after it), that no
    /// statement overlaps, right after the sentence where a direct statement with a speaker ends
    /// (its content or its cue, whichever comes later), or after another continued quotation.
    /// One pass over the quotations and the statements: linear.
    func continued(_ doc: Document, known: [Statement], actors: ActorLayer, mentionIndex: SpanIndex, tally: inout Tally) -> [Statement] {
        guard !known.isEmpty, !doc.quotes.isEmpty else { return [] }
        let tokens = doc.tokens
        // the last direct statement with a speaker that ends in each sentence
        var lastDirect: [Int: Statement] = [:]
        tally.work += known.count + doc.quotes.count
        // (a third person's pronoun the pronoun pass resolves later counts: "“…,” they said in a statement. ¶ “In fact, …”")
        func pronounSource(_ st: Statement) -> Bool {
            guard let src = st.sourceSpan, let r = spanTokens(doc, src), r.count == 1 else { return false }
            return !cues.pronouns.lookup(tokens[r.lowerBound].lower).isEmpty
        }
        for st in known where st.direct && (st.speaker != nil || pronounSource(st)) {
            let end = max(st.provenance.span.end, st.cueSpan?.end ?? 0)
            guard end > 0, let s = doc.sentence(containing: end - 1) else { continue }
            if let other = lastDirect[s], max(other.provenance.span.end, other.cueSpan?.end ?? 0) >= end { continue }
            lastDirect[s] = st
        }
        // a reported statement with a speaker whose content opens a quotation no mark closes, by its
        // sentence ("Pompeo said the release of the hostages “give[s] us hope for … support. ¶ “We see
        // these developments as hopeful signs …”"): the quotation it opened goes on in the next
        // paragraph as a left-open direct one does
        var openedIn: [Int: Statement] = [:]
        for st in known where !st.direct && st.speaker != nil {
            guard st.provenance.span.end > st.provenance.span.start, let s = doc.sentence(containing: st.provenance.span.end - 1) else { continue }
            if let other = openedIn[s], other.provenance.span.end >= st.provenance.span.end { continue }
            openedIn[s] = st
        }
        guard !lastDirect.isEmpty || !openedIn.isEmpty else { return [] }
        // a quotation left open at the end of its paragraph goes on in the next paragraph that
        // opens with a quotation mark (the convention of quoting over paragraphs: “… acts. ¶ “Other
        // than …”): the last direct statement with a speaker of such a paragraph, by its last sentence
        var paired = Set<Int>()
        for q in doc.quotes { paired.insert(q.tokens.lowerBound); paired.insert(q.tokens.upperBound - 1) }
        var leftOpen: [Int: Statement] = [:]
        var openMark = false
        var lastInParagraph: Statement?
        tally.work += doc.sentences.count
        for (k, sentence) in doc.sentences.enumerated() {
            let r = sentence.tokens
            guard !r.isEmpty else { continue }
            if tokens[r.lowerBound].paragraphStart || k == 0 { openMark = false; lastInParagraph = nil }
            tally.work += r.count
            var opened: Int?
            for t in r where tokens[t].kind == .quote && !paired.contains(t) && QuotationMarker.role(quote: tokens[t].text) != .close { openMark = true; opened = t }
            if let st = lastDirect[k] { lastInParagraph = st }
            if let t = opened, let st = openedIn[k], st.provenance.span.start <= tokens[t].span.start, st.provenance.span.end > tokens[t].span.end,
               lastInParagraph.map({ $0.provenance.span.end < st.provenance.span.end }) ?? true {
                lastInParagraph = st
            }
            let paragraphEnds = r.upperBound >= tokens.count || tokens[r.upperBound].paragraphStart
            if paragraphEnds, openMark, let st = lastInParagraph { leftOpen[k] = st }
        }
        let taken = OverlapIndex(known.map(\.provenance.span))
        var out: [Statement] = []
        var lastEnd = Int.min
        for q in doc.quotes.sorted(by: { $0.outer.start < $1.outer.start }) where q.tokens.count > 3 && q.outer.start >= lastEnd {
            let s = doc.sentence(containingToken: q.tokens.lowerBound)
            guard s > 0, doc.sentences[s].tokens.lowerBound == q.tokens.lowerBound,
                  let prev = lastDirect[s - 1] ?? (tokens[q.tokens.lowerBound].paragraphStart ? leftOpen[s - 1] : nil) else { continue }
            let e = doc.sentence(containingToken: q.tokens.upperBound - 1)
            let rest = q.tokens.upperBound..<doc.sentences[e].tokens.upperBound
            tally.work += rest.count
            guard rest.allSatisfy({ tokens[$0].kind == .punct }), !taken.overlapsAny(q.outer) else { continue }
            let span = capped(doc, quote: q, tally: &tally)
            let st = Statement(id: "s-\(span.start)-\(span.end)", provenance: Provenance(document: doc.id, span: span, sentence: s, rule: Self.continuedRule),
                               text: doc.text(span), direct: true, speaker: prev.speaker, sourceSpan: prev.sourceSpan, cueSpan: prev.cueSpan, cue: prev.cue,
                               date: prev.date, about: about(span, speaker: prev.speaker, actors: actors, index: mentionIndex, work: &tally.work), parts: [span])
            out.append(st)
            lastDirect[e] = st
            lastEnd = q.outer.end
        }
        // a paragraph that opens with a quotation mark no mark closes, after a paragraph left open,
        // goes on with the quotation to its end (“… trophies. ¶ “He is renowned for … ¶ …): the
        // quotation over paragraphs whose last paragraph alone closes it, and which the Text stage
        // pairs only there
        let found = OverlapIndex(out.map(\.provenance.span))
        for (k, sentence) in doc.sentences.enumerated() where k > 0 {
            let r = sentence.tokens
            guard r.count > 3, tokens[r.lowerBound].paragraphStart, tokens[r.lowerBound].kind == .quote, !paired.contains(r.lowerBound),
                  QuotationMarker.role(quote: tokens[r.lowerBound].text) != .close, let prev = leftOpen[k - 1] else { continue }
            // the paragraph's last sentence and its last word
            var e = k
            while e + 1 < doc.sentences.count && !doc.sentences[e + 1].tokens.isEmpty && !tokens[doc.sentences[e + 1].tokens.lowerBound].paragraphStart { e += 1 }
            var last = doc.sentences[e].tokens.upperBound - 1
            tally.work += last - r.lowerBound
            if (r.lowerBound...last).contains(where: { paired.contains($0) }) { continue }
            while last > r.lowerBound && tokens[last].kind == .punct && !tokens[last].text.isByte(46) && !tokens[last].text.isByte(33) && !tokens[last].text.isByte(63) { last -= 1 }
            guard last > r.lowerBound + 2 else { continue }
            let first = r.lowerBound + 1
            let end = min(last, first + maxContentTokens - 1)
            let span = Span(tokens[first].span.start, tokens[end].span.end)
            guard !taken.overlapsAny(span), !found.overlapsAny(span) else { continue }
            let st = Statement(id: "s-\(span.start)-\(span.end)", provenance: Provenance(document: doc.id, span: span, sentence: k, rule: Self.continuedRule),
                               text: doc.text(span), direct: true, speaker: prev.speaker, sourceSpan: prev.sourceSpan, cueSpan: prev.cueSpan, cue: prev.cue,
                               date: prev.date, about: about(span, speaker: prev.speaker, actors: actors, index: mentionIndex, work: &tally.work), parts: [span])
            out.append(st)
            leftOpen[e] = prev
        }
        return out
    }

    /// The statements with each continued quotation folded into the statement before it with
    /// the same cue, as a further content part (the form of PolNeAR's attributions).
    public static func folded(_ statements: [Statement]) -> [Statement] {
        guard statements.contains(where: { $0.provenance.rule == continuedRule }) else { return statements }
        var out: [Statement] = []
        var byCue: [Span: Int] = [:]
        for st in statements.sorted(by: { $0.provenance.span < $1.provenance.span }) {
            if st.provenance.rule == continuedRule, let c = st.cueSpan, let k = byCue[c] {
                out[k].parts += st.parts
                continue
            }
            if let c = st.cueSpan { byCue[c] = out.count }
            out.append(st)
        }
        return out
    }
}
