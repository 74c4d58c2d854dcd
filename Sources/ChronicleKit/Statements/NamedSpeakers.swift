/// Speakers the text names that the Actors stage did not find: a private person signing a
/// quotation ("“…” ― Beck Pimentel") or a name after a verb of saying that no name rule
/// knows. Such a statement kept the name only as text, so the stored view showed no speaker;
/// now the name becomes a person actor of the document with one mention (rule
/// `actor.statement-source`), so `query said`, the actor pages, the timelines and the exports
/// show it like any other speaker.
///
/// Only a name-shaped source becomes an actor: two or three capitalised words of letters that
/// `LowerCaseWords.namesNoPerson` does not rule out (a nationality first, a common word last), no
/// title ("President"), no head word of an organisation, medium, group or product ("Mail",
/// "Foundation"), no country or place ("Hong Kong"), and no word that is never part of a name ("The", "Fellow"); and
/// not the tail of a longer capitalised name or of a phrase ("Officials at …").
extension StatementFinder {
    /// `actors` with a person actor for each statement speaker that is a name and no actor.
    public func addingNamedSpeakers(_ doc: Document, actors: ActorLayer, statements: [Statement]) -> ActorLayer {
        var layer = actors
        var added: [Mention] = []
        // the unnamed sources the Actors stage found in the parse, by their last token
        var unnamedEnds = Set(actors.mentions.filter { $0.form == .unnamed }.map(\.tokens.upperBound))
        // the words the article writes in lower case, gathered when first needed
        var lowered = LowerCaseWords()
        var work = 0
        for s in statements {
            guard let name = s.speaker, let src = s.sourceSpan else { continue }
            var kind = ActorKind.person, form = Mention.Form.name, rule = "actor.statement-source", role: String?
            var range: Range<Int>
            if name == Actor.unnamedSource {
                // "officials said": one actor for every unnamed source, a mention each
                guard let r = spanTokens(doc, src), !unnamedEnds.contains(r.upperBound) else { continue }
                unnamedEnds.insert(r.upperBound)
                range = r
                kind = .group
                form = .unnamed
                rule = "actor.unnamed-source"
                role = Template.normalizeSpaces(doc.text(src))
            } else {
                guard layer.actors[name] == nil else { continue }
                if let r = nameTokens(doc, src), !lowered.namesNoPerson(r, doc: doc, lexicons: book.lexicons, work: &work) {
                    range = r
                } else if let r = spanTokens(doc, src),
                          let k = speakerKind(doc, r, cue: s.cue, reportsContent: s.provenance.span.end <= src.start
                                || s.cueSpan.map { c in c.end <= s.provenance.span.start && doc.text(Span(c.end, s.provenance.span.start)).contains("that") } ?? false) {
                    range = r
                    kind = k
                    rule = k == .media ? "actor.statement-source.media" : k == .organization ? "actor.statement-source.organization" : "actor.statement-source.lone-name"
                } else {
                    continue
                }
            }
            let m = Mention(provenance: Provenance(document: doc.id, span: src, sentence: s.provenance.sentence, rule: rule),
                            text: doc.text(src), tokens: range, actor: name, kind: kind, form: form, role: role, gender: nil)
            if var a = layer.actors[name] {
                a.mentions.append(m)
                layer.actors[name] = a
            } else {
                layer.actors[name] = Actor(id: Actor.slug(name), name: name, kind: kind, aliases: [], role: nil, mentions: [m])
            }
            added.append(m)
        }
        guard !added.isEmpty else { return actors }
        // (the mentions stay in text order)
        // (appended and sorted in place: a sum and a sorted copy copied every mention twice; the
        // same sort as `sorted`)
        layer.mentions.append(contentsOf: added)
        layer.mentions.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        return layer
    }

    /// The statements whose speaker is a phrase that names no actor once the named speakers are
    /// actors ("Tehran's seismologic center said", "a local TV said", "McKinnon's spokeswoman
    /// said", "Industry and business representatives said", "the embassy said"): such a phrase
    /// describes a source the text does not name, so the statement speaks as the unnamed source
    /// and its name is the description (`StatementRecord.speakerName`); before, the phrase was
    /// only text, and every view showed no speaker. A description holds a word in lower case of
    /// no class of `attribution-words` and ends in a word of no class; at most twelve tokens
    /// ("Golden", a place's name, or "broke the" describe nobody; nor does "people" alone). The second pass of
    /// `addingNamedSpeakers` then gives each such source its mention.
    public func describingSources(_ doc: Document, actors: ActorLayer, statements: [Statement]) -> [Statement] {
        var out = statements
        for k in out.indices {
            guard let name = out[k].speaker, name != Actor.unnamedSource, actors.actors[name] == nil,
                  let src = out[k].sourceSpan, var r = spanTokens(doc, src), r.count <= 12 else { continue }
            let tokens = doc.tokens
            // "A woman who admitted stealing …": the relative word is no part of the description
            let relative = r.count > 1 && tokens[r.upperBound - 1].lower == "who"
            if relative { r = r.lowerBound..<(r.upperBound - 1) }
            let last = tokens[r.upperBound - 1]
            // (a common noun in the plural that opens the sentence is lower case for the tagger:
            // "Traders cited the lingering uncertainty …")
            func openingNoun(_ k: Int) -> Bool {
                k == doc.sentences[doc.sentence(containingToken: k)].tokens.lowerBound && cues.tagged(doc, k) == .NOUN && cues.isPlural(tokens[k])
            }
            guard last.kind == .word, cues.cls(last) == nil, cues.pronouns.lookup(last.lower).isEmpty,
                  r.contains(where: { tokens[$0].kind == .word && (!tokens[$0].isCapitalized || (openingNoun($0) && !r.dropFirst().contains { tokens[$0].isCapitalized })) && cues.cls(tokens[$0]) == nil
                      && cues.pronouns.lookup(tokens[$0].lower).isEmpty }) else { continue }
            // ("people say": a noun of `source-nouns` that names a source only with a phrase after it)
            if r.count == 1, sourceNouns.lookup(last.lower).contains(where: { $0["alone"] == "no" }) { continue }
            // a phrase the cue finder took from the middle of a clause describes nobody: one that
            // opens with a preposition or a number ("for a pro-active", "miles north of …"), ends in
            // "-ing" ("imbibing"), or holds a time ("p.m. Police", "Monday's violence")
            let first = tokens[r.lowerBound]
            if cues.cls(first) == "stop" || first.kind == .number || cues.numbers.hasSingle(first) || last.lower.hasSuffix("ing")
                || r.contains(where: { cues.isTimeWord(tokens[$0]) || tokens[$0].lower == "p.m." || tokens[$0].lower == "a.m." }) { continue }
            out[k].speaker = Actor.unnamedSource
            if relative { out[k].sourceSpan = doc.span(tokens: r) }
        }
        return out
    }

    /// The tokens a span covers exactly (binary search, then the span's own tokens), or nil.
    func spanTokens(_ doc: Document, _ span: Span) -> Range<Int>? {
        let tokens = doc.tokens
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < tokens.count && tokens[end].span.start < span.end { end += 1 }
        guard lo < end, tokens[lo].span.start == span.start, tokens[end - 1].span.end == span.end else { return nil }
        return lo..<end
    }

    /// The kind of a speaker phrase that is no name of two or three words:
    /// - a medium: a phrase ending in a media head word ("Syrian state media", "the Kyiv
    ///   Independent"; `actor-heads` kind media), or one capitalised word that is no given name
    ///   and reports ("Rudaw reports", "Interfax reported");
    /// - an organisation: capitalised words ending in an organisation's head word ("the
    ///   Independent Transportation Trust");
    /// - a person: one capitalised word of the `given-names` lexicon that speaks ("Penny says").
    func speakerKind(_ doc: Document, _ r: Range<Int>, cue: String?, reportsContent: Bool) -> ActorKind? {
        let tokens = doc.tokens
        let lex = book.lexicons
        let last = tokens[r.upperBound - 1]
        guard last.kind == .word, r.count <= 5 else { return nil }
        // the kinds of the last word as a head word, and whether every word is capitalised (a
        // leading "the" aside)
        let headKinds = lex.get("actor-heads").lookup(last.lower).compactMap { $0["kind"] }
        let capitalised = r.allSatisfy { tokens[$0].kind == .word && (tokens[$0].isCapitalized || ($0 == r.lowerBound && tokens[$0].lower == "the")) }
        if headKinds.contains("media"),
           // "Syrian state media", "Russian media" (not "the media", "social media")
           last.lower == "media" && !last.isCapitalized && r.count >= 2
                && (tokens[r.upperBound - 2].lower == "state" || (tokens[r.upperBound - 2].isCapitalized && cues.cls(tokens[r.upperBound - 2]) == nil))
            || capitalised {
            return .media
        }
        // "The Citizens’ Independent Transportation Trust … complained": capitalised words
        // ending in an organisation's head word (`actor-heads` kind organization)
        if r.count >= 2, last.isCapitalized, headKinds.contains("organization"), capitalised { return .organization }
        guard r.count == 1, last.isCapitalized, last.text.unicodeScalars.count >= 3,
              last.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }),
              lex.get("name-stopwords").longest(tokens, at: r.lowerBound, end: r.upperBound) == nil,
              lex.get("titles").longest(tokens, at: r.lowerBound, end: r.upperBound) == nil,
              lex.get("countries").longest(tokens, at: r.lowerBound, end: r.upperBound) == nil,
              lex.get("role-nouns").longest(tokens, at: r.lowerBound, end: r.upperBound) == nil,
              lex.get("source-nouns").longest(tokens, at: r.lowerBound, end: r.upperBound) == nil,
              lex.get("attribution-words").longest(tokens, at: r.lowerBound, end: r.upperBound)?.entries.contains(where: { $0["class"] != nil }) != true else { return nil }
        // a word that is written in lower case elsewhere is no name ("Critics", "Democrats" aside)
        // (a place that is also a given name is no speaker: "Milan", "Florence")
        if lex.get("places").longest(tokens, at: r.lowerBound, end: r.upperBound) != nil { return nil }
        if lex.get("given-names").longest(tokens, at: r.lowerBound, end: r.upperBound) != nil { return .person }
        // "…, Rudaw reports", "Interfax reported that …" (not "Snap reported a loss")
        if let c = cue?.lowercased(), cues.words.reportForm.contains(c), reportsContent { return .media }
        return nil
    }

    /// The tokens of a name-shaped source span, or nil.
    func nameTokens(_ doc: Document, _ span: Span) -> Range<Int>? {
        let tokens = doc.tokens
        guard let range = spanTokens(doc, span), (2...3).contains(range.count) else { return nil }
        let lo = range.lowerBound, end = range.upperBound
        let lex = book.lexicons
        // the tail of a longer name ("… Citizenship and Immigration Services", "Vann R. Newkirk II")
        // or of a phrase ("Officials at Homeland Security Investigations") is no name of its own
        if lo > 0 && !tokens[lo].paragraphStart {
            let before = tokens[lo - 1]
            let cls = lex.get("attribution-words").longest(tokens, at: lo - 1, end: lo)?.entries.first?["class"]
            if (before.kind == .word && before.isCapitalized) || cls == "stop" || cls == "coord" || before.lower == "of" || before.text == "&"
                || (before.text.hasSuffix(".") && before.text.unicodeScalars.count <= 2) { return nil }
        }
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].paragraphStart { return nil }
        return lex.nameShaped(tokens, lo..<end) ? lo..<end : nil
    }
}
