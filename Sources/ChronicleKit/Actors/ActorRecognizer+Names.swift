/// Where names end and what kind of actor they are: the candidates of the rules, adjusted by
/// the other candidates around them, by the head word of the name (`actor-heads` lexicon) and
/// by the parse (`Document.syntax`).
extension ActorRecognizer {
    /// Adjusts person candidates and drops products (docs/Actors.md, "Name spans and types"):
    /// - a person name that begins with a country or organisation another candidate found
    ///   ("Ukraine Volodymyr Zelenskyy", "Iran Brian Hook", "[United] Nations Nikki Haley") starts
    ///   after it, when two name words are left and the first of them is a given name or the
    ///   part cut off is not one ("Jordan Peterson" stays);
    /// - a descriptor before a given name and a surname is cut off ("Billionaire Donald Trump");
    /// - a person name whose last word is an organisation or media head ("Amnesty
    ///   International", "Cyprus Mail") is that kind of actor;
    /// - an organisation followed by a model number or a product noun ("Boeing 737-800 jet",
    ///   "an Airbus A320") is a product, not an actor.
    func refine(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        guard !cands.isEmpty else { return }
        let heads = book.lexicons.get("actor-heads")
        let given = book.lexicons.get("given-names")
        let tokens = doc.tokens
        // the non-person candidates, by the token they end before
        var endsAt: [Int: [Range<Int>]] = [:]
        for c in cands where (c.rule["kind"] ?? "") != ActorKind.person.rawValue {
            endsAt[c.match.upperBound, default: []].append(c.match)
        }
        work += cands.count
        for k in cands.indices {
            let kind = cands[k].rule["kind"] ?? ""
            let ext = cands[k].extent
            if kind == ActorKind.organization.rawValue || kind == ActorKind.media.rawValue {
                let next = ext.upperBound
                if next < tokens.count && isProductAfter(next, doc: doc, heads: heads) { cands[k].dropped = true }
                continue
            }
            guard kind == ActorKind.person.rawValue, ext.count >= 2,
                  let n = cands[k].captures.firstIndex(where: { $0.name == "name" }), cands[k].captures[n].tokens == ext else { continue }
            // a country or organisation ends inside the name, leaving two words or more
            work += ext.count
            var cut = ext.lowerBound
            for e in (ext.lowerBound + 1)..<(ext.upperBound - 1) {
                guard let ms = endsAt[e], ms.contains(where: { $0.lowerBound <= ext.lowerBound }) else { continue }
                if given.hasSingle(tokens[e]) || !given.hasSingle(tokens[ext.lowerBound]) { cut = e }
            }
            // a descriptor before a full name ("Billionaire Donald Trump", "Republican Mitt
            // Romney"): a first word that is no given name before one that is, three words or more
            if cut == ext.lowerBound && ext.count >= 3 && !given.hasSingle(tokens[ext.lowerBound])
                && given.hasSingle(tokens[ext.lowerBound + 1]) && tokens[ext.lowerBound + 1].isCapitalized {
                cut = ext.lowerBound + 1
            }
            if cut > ext.lowerBound {
                let r = cut..<ext.upperBound
                cands[k].extent = r
                cands[k].captures[n].tokens = r
            }
            // the head word of the name decides its kind, or that it is no actor
            let last = cands[k].extent.upperBound - 1
            if let hit = heads.longest(tokens, at: last, end: last + 1), tokens[last].isCapitalized,
               let kk = hit.entries.first?["kind"] {
                if kk == "none" { cands[k].dropped = true; continue }
                if let other = ActorKind(rawValue: kk) { cands[k].kind = other }
            } else if last + 1 < tokens.count, tokens[last + 1].isCapitalized, tokens[last + 1].spaceBefore,
                      let hit = heads.longest(tokens, at: last + 1, end: last + 2), let kk = hit.entries.first?["kind"],
                      let other = ActorKind(rawValue: kk), other != .person, doc.sentence(containingToken: last + 1) == cands[k].sentence {
                // a name right before an organisation head is that organisation's name ("Travis
                // County Republican Party", "Bill Gates Foundation")
                let r = cands[k].extent.lowerBound..<(last + 2)
                cands[k].extent = r
                cands[k].captures[n].tokens = r
                cands[k].kind = other
                cands[k].ruleId = "actor.organization.head-word"
            }
        }
    }

    /// Whether the token at `i` makes the name before it a product: a model number ("737",
    /// "A320", "737-800"), or a product noun of `actor-heads` ("jet").
    func isProductAfter(_ i: Int, doc: Document, heads: Lexicon) -> Bool {
        let t = doc.tokens[i]
        // (not a year: "Boeing 2019 results")
        if t.kind == .number { return !(t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20"))) }
        if t.kind == .word && t.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            && t.text.unicodeScalars.contains(where: { Tokenizer.isUpper($0) }) { return true }
        if t.kind == .word, let hit = heads.longest(doc.tokens, at: i, end: i + 1), hit.entries.first?["kind"] == "product" {
            // by the parse when there is one: the noun the name modifies
            if doc.syntax.count > 0 {
                let w = doc.syntax.words(ofToken: i)
                return w.isEmpty || doc.syntax.upos[w.lowerBound] == .NOUN
            }
            return true
        }
        return false
    }
}
