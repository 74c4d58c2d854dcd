/// Posts embedded in an article. A news page quotes a tweet as a block: the post's text, then a
/// signature line with the author's name, handle and date ("— Rep. Ilhan Omar (@Ilhan) November
/// 19, 2019"); the web reader keeps both as paragraphs (docs/Reading.md). The paragraph before
/// such a line is a direct statement of its author, dated by the line (rule
/// `statement.post.signature`).
extension StatementFinder {
    /// Dashes that open a signature line.
    static let signatureDashes: Set<String> = ["—", "–", "―"]

    /// The statements of the posts embedded in `doc`: linear, each paragraph is looked at once
    /// as a signature and once as the post before it. A post whose text already holds a
    /// statement is left to that one.
    func embeddedPosts(_ doc: Document, actors: ActorLayer, known: [Statement], timeIndex: SpanIndex, times: [TimeExpression],
                       mentionIndex: SpanIndex, tally: inout Tally) -> [Statement] {
        let tokens = doc.tokens
        var out: [Statement] = []
        // the known statements by start, walked once with the posts, which come in text order
        let knownSpans = known.map(\.provenance.span).filter { !$0.isEmpty }.sorted()
        var next = 0, largestEndBefore = Int.min
        func overlapsKnown(_ span: Span) -> Bool {
            while next < knownSpans.count && knownSpans[next].start < span.start {
                largestEndBefore = max(largestEndBefore, knownSpans[next].end)
                next += 1
                tally.work += 1
            }
            return largestEndBefore > span.start || (next < knownSpans.count && knownSpans[next].start < span.end)
        }
        var mentionAt: [Int: String] = [:]
        for m in actors.mentions where !m.possessive { mentionAt[m.tokens.lowerBound] = m.actor }
        let starts = tokens.indices.filter { $0 == 0 || tokens[$0].paragraphStart }
        tally.work += tokens.count
        for p in starts.indices.dropFirst() {
            let i = starts[p], post = starts[p - 1]
            guard Self.signatureDashes.contains(tokens[i].text), let (name, after) = signature(tokens, from: i + 1) else { continue }
            // the post: the paragraph before the signature line
            let content = doc.span(tokens: post..<i)
            guard !content.isEmpty, !overlapsKnown(content) else { continue }
            let src = doc.span(tokens: name)
            let speaker = name.lazy.compactMap { mentionAt[$0] }.first ?? Template.normalizeSpaces(doc.text(src))
            // the date the line gives, else the article's
            var end = after
            while end < tokens.count && !tokens[end].paragraphStart && end < after + 12 { end += 1 }
            var date = doc.date
            if end > after {
                let inside = timeIndex.inside(doc.span(tokens: after..<end))
                tally.work += inside.count
                if let t = inside.lazy.map({ times[$0] }).first(where: { $0.isCalendarValue && ($0.value?.count ?? 0) >= 10 }) { date = t.value.map(StatementFinder.day) }
            }
            var st = Statement(id: "s-\(content.start)-\(content.end)",
                               provenance: Provenance(document: doc.id, span: content, sentence: doc.sentence(containingToken: post), rule: "statement.post.signature"),
                               text: doc.text(content), direct: true, speaker: speaker, sourceSpan: src, cueSpan: tokens[i].span,
                               cue: tokens[i].text, date: date, about: [], parts: [content])
            st.about = about(content, speaker: speaker, actors: actors, index: mentionIndex, work: &tally.work)
            out.append(st)
        }
        return out
    }

    /// The name of a signature line after its dash, and the token after the handle: up to six
    /// capitalised words (titles and initials with their periods), then "(@handle)". nil when
    /// the line is no signature.
    func signature(_ tokens: [Token], from start: Int) -> (name: Range<Int>, after: Int)? {
        var e = start
        while e < tokens.count && e < start + 8 && !tokens[e].paragraphStart
                && (tokens[e].kind == .word && tokens[e].isCapitalized || tokens[e].text == ".") { e += 1 }
        guard e > start, e + 2 < tokens.count, tokens[e].text == "(" else { return nil }
        var h = e + 1
        if tokens[h].text == "@" { h += 1 } else if !tokens[h].text.hasPrefix("@") { return nil }
        guard h + 1 < tokens.count, tokens[h].kind == .word || tokens[h].kind == .number || tokens[h].text.hasPrefix("@") else { return nil }
        // a handle may hold underscores ("RobertMaguire_"): up to the closing parenthesis
        var c = h + 1
        while c < tokens.count && c < h + 4 && tokens[c].text != ")" && !tokens[c].spaceBefore { c += 1 }
        guard c < tokens.count, tokens[c].text == ")" else { return nil }
        return (start..<e, c + 1)
    }
}
