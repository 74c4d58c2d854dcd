/// Statements that the layout of an article attributes rather than a verb in their sentence:
/// - a turn of an interview transcript: a paragraph that opens (possibly after an opening
///   quotation mark) with a speaker label in capitals and a colon, "PENCE: Well, look, …",
///   "JAKE TAPPER: Donald Trump released a video …", is a statement of that speaker (rule
///   `statement.transcript.label`). A label is a transcript's only when it opens two turns or
///   more in the article (or stands among three labels or more of which one opens two turns),
///   so one "CLARIFICATION:" or "UPDATE:" note is none; one letter ("Q:", "A:") names nobody. The label's speaker is the person actor whose name ends in that word
///   ("PENCE" → Mike Pence) when exactly one does, else the label as written.
/// - a paragraph after a paragraph that ends in a verb of saying and a colon, "Limbaugh
///   added:" ¶ "And from a supposed front-runner, …" (a block quotation set off without
///   quotation marks): a statement of the subject of that verb (rule
///   `statement.reported.after-colon`; the quotation that opens such a paragraph is
///   `statement.quote.after-colon`).
/// Linear: each paragraph is looked at once, its label or the cue before its colon within a
/// bounded window.
extension StatementFinder {
    /// The longest speaker label, in words.
    static let maxLabelWords = 3
    /// How far before the colon a paragraph's cue may stand ("made the following comment:").
    static let cueWindowBeforeColon = 4

    /// The speaker label opening the paragraph at token `p`: its words and its colon.
    func transcriptLabel(_ tokens: [Token], at p: Int) -> (name: Range<Int>, colon: Int)? {
        var a = p
        if a < tokens.count && tokens[a].kind == .quote { a += 1 }
        var e = a
        while e < tokens.count && e - a < Self.maxLabelWords && (e == a || !tokens[e].paragraphStart) && cues.isCapitals(tokens[e]) { e += 1 }
        guard e > a, e + 1 < tokens.count, tokens[e].text == ":", !tokens[e + 1].paragraphStart else { return nil }
        return (a..<e, e)
    }

    func layoutStatements(_ doc: Document, actors: ActorLayer, known: [Statement], timeIndex: SpanIndex, times: [TimeExpression],
                          mentionIndex: SpanIndex, tally: inout Tally) -> [Statement] {
        let tokens = doc.tokens
        guard !tokens.isEmpty else { return [] }
        let starts = tokens.indices.filter { $0 == 0 || tokens[$0].paragraphStart }
        tally.work += tokens.count + known.count
        // the end (exclusive) of the paragraph at each start
        func paragraphEnd(_ k: Int) -> Int { k + 1 < starts.count ? starts[k + 1] : tokens.count }
        var out: [Statement] = []
        // the turns of a transcript: labels that open two paragraphs or more
        var labels: [(k: Int, name: Range<Int>, colon: Int, key: String)] = []
        var count: [String: Int] = [:]
        for (k, p) in starts.enumerated() {
            guard let (name, colon) = transcriptLabel(tokens, at: p) else { continue }
            // (by its last word: "JAKE TAPPER:" opens the first turn, "TAPPER:" the next ones)
            let key = tokens[name.upperBound - 1].lower
            labels.append((k, name, colon, key))
            count[key, default: 0] += 1
        }
        // the person actors by the last word of their name (nil when two share it)
        var byLastWord: [String: String?] = [:]
        if !labels.isEmpty {
            for name in actors.actors.keys.sorted() where actors.actors[name]!.kind == .person {
                guard let last = name.split(separator: " ").last.map({ Tokenizer.lowercase(String($0)) }) else { continue }
                tally.work += 1
                if byLastWord[last] != nil { byLastWord[last] = .some(nil) } else { byLastWord[last] = .some(name) }
            }
        }
        var labelled = Set<Int>()
        // in a transcript (a speaker with two turns and three turns or more in all) a speaker
        // with one turn is a label too ("TRUMP:" between two of the host's)
        let transcript = labels.count >= 3 && count.values.contains { $0 >= 2 }
        for l in labels where count[l.key, default: 0] >= 2 || transcript {
            labelled.insert(l.k)
            var end = paragraphEnd(l.k)
            if end - (l.colon + 1) > maxContentTokens {
                end = l.colon + 1 + maxContentTokens
                tally.truncated += 1
            }
            tally.work += end - l.colon
            guard let content = trimmed(doc, (l.colon + 1)..<end, tally: &tally) else { continue }
            let src = doc.span(tokens: l.name)
            let last = tokens[l.name.upperBound - 1].lower
            let speaker = (byLastWord[last] ?? nil) ?? Template.normalizeSpaces(doc.text(src))
            out.append(layoutStatement(doc, content: content, speaker: speaker, source: src, cue: l.colon, rule: "statement.transcript.label",
                                       actors: actors, timeIndex: timeIndex, times: times, mentionIndex: mentionIndex, tally: &tally))
        }
        // a paragraph after "X added:": the statements that already start there (a quotation) keep it
        let knownStarts = Set(known.map(\.provenance.span.start))
        var mentionAt: [Int: Int] = [:]
        for (k, m) in actors.mentions.enumerated() where !m.possessive && m.tokens.upperBound <= tokens.count { mentionAt[m.tokens.lowerBound] = k }
        tally.work += actors.mentions.count
        for (k, p) in starts.enumerated() where k > 0 && !labelled.contains(k) {
            guard p >= 2, tokens[p - 1].text == ":", !knownStarts.contains(tokens[p].span.start) else { continue }
            let r = doc.sentences[doc.sentence(containingToken: p - 1)].tokens
            let lo = max(r.lowerBound, p - 1 - Self.cueWindowBeforeColon)
            tally.work += p - lo
            guard let cue = (lo..<(p - 1)).last(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && verbs.starts(tokens[$0].lower) }),
                  let m = (r.lowerBound..<cue).reversed().lazy.compactMap({ mentionAt[$0] }).first,
                  actors.mentions[m].tokens.upperBound <= cue else { continue }
            tally.work += cue - r.lowerBound
            var end = paragraphEnd(k)
            if end - p > maxContentTokens {
                end = p + maxContentTokens
                tally.truncated += 1
            }
            tally.work += end - p
            guard end - p >= 3, let content = trimmed(doc, p..<end, tally: &tally) else { continue }
            let mention = actors.mentions[m]
            out.append(layoutStatement(doc, content: content, speaker: mention.actor, source: mention.provenance.span, cue: cue,
                                       rule: "statement.reported.after-colon", actors: actors, timeIndex: timeIndex, times: times,
                                       mentionIndex: mentionIndex, tally: &tally))
        }
        return out
    }

    func layoutStatement(_ doc: Document, content: Span, speaker: String, source: Span, cue: Int, rule: String, actors: ActorLayer,
                         timeIndex: SpanIndex, times: [TimeExpression], mentionIndex: SpanIndex, tally: inout Tally) -> Statement {
        let s = doc.sentence(containingToken: cue)
        let cueToken = doc.tokens[cue]
        var st = Statement(id: "s-\(content.start)-\(content.end)-\(cueToken.span.start)",
                           provenance: Provenance(document: doc.id, span: content, sentence: s, rule: rule),
                           text: doc.text(content), direct: doc.text(content).contains { $0 == "\"" || $0 == "“" || $0 == "”" },
                           speaker: speaker, sourceSpan: source, cueSpan: cueToken.span, cue: cueToken.text, date: nil, about: [], parts: [content])
        st.date = date(for: content, sentence: doc.sentences[s], times: times, index: timeIndex, doc: doc, work: &tally.work)
        st.about = about(content, speaker: speaker, actors: actors, index: mentionIndex, work: &tally.work)
        return st
    }
}
