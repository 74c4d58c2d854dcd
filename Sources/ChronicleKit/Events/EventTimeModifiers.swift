/// Times that belong to one noun of a sentence, not to its other events (session 23, issue 18):
/// a time that premodifies a noun ("the 2016 election", "Trump's July 25 call", "a July 10
///   meeting", "last year's deadly embassy blasts", "Monday's attack") dates that noun's phrase
///   only: "Sondland, a wealthy hotelier Trump tapped as his ambassador, … in the 2016 election"
///   does not date the tapping 2016, nor "… as U.S. military aid was being stalled" Trump's call's
///   day (`modifiesAnotherNoun` lists the verbs that keep it). A rule event dated by the
///   sentence's nearest time (`events.rules`, `date: near`) is left undated when that time
///   premodifies another noun.
extension TypedEventFinder {
    /// The tokens of the noun phrase time `t` premodifies, after it (and its "'s"): a determiner
    /// or a possessive before the time, or "'s" after it, then one to five nouns, names,
    /// adjectives or numbers (the tags of `Document.tags`, or of the parse). Nil for any other time.
    static func premodifiedPhrase(_ t: TimeExpression, _ c: SentenceContext) -> Range<Int>? {
        premodifiedPhrase(t.tokens, in: c.sentence.tokens, c.doc)
    }

    /// `premodifiedPhrase` of the time on tokens `time` of the sentence on tokens `s`.
    static func premodifiedPhrase(_ time: Range<Int>, in s: Range<Int>, _ doc: Document) -> Range<Int>? {
        let tk = doc.tokens
        let a = time.lowerBound
        var b = time.upperBound
        guard a >= s.lowerBound, b < s.upperBound else { return nil }
        if tk[b].lower == "'s" || tk[b].lower == "’s" {
            b += 1
        } else {
            guard a > s.lowerBound else { return nil }
            let p = tk[a - 1].lower
            guard (determiners.contains(p) && p != "that") || p == "'s" || p == "’s" else { return nil }
        }
        let syn = doc.wordClasses
        guard syn.count > 0 else { return nil }
        var e = b
        while e < s.upperBound, e < b + 5, tk[e].kind == .word, e + 1 < syn.tokenWord.count {
            let w = Int(syn.tokenWord[e])
            guard w < Int(syn.tokenWord[e + 1]), w < syn.upos.count else { break }
            let u = syn.upos[w]
            guard u == .NOUN || u == .PROPN || u == .ADJ || u == .NUM else { break }
            e += 1
        }
        return e > b ? b..<e : nil
    }

    /// Whether time `t` premodifies a noun phrase that is not event `x`'s trigger: `t` is then no
    /// date of `x`. The phrase's time stays that of a verb told of it: its predicate right after
    /// it ("your Oct. 23 Centennial Journal item recognized …", "The 2016 election was marred"), a
    /// verb of a "when", "that" or "which" clause on it ("Trump's July 25 call when he asked …",
    /// "the January 1998 bombing of a Birmingham abortion clinic that killed …"), and a verb of
    /// whose clause it is the object or a phrase after it ("received the 2000 National Caring
    /// Award", "critically injured in the 1998 abortion clinic bombing"; not a legal step or
    /// another verb whose content is another event: "charged with attempted murder in the 1995
    /// shooting").
    static func modifiesAnotherNoun(_ t: TimeExpression, _ x: TriggerSite, _ c: SentenceContext) -> Bool {
        guard let p = premodifiedPhrase(t, c) else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        let x0 = x.tokens.lowerBound
        if p.contains(x0) { return false }
        // (session 26: the phrase after "hours after" is of the event's day: "was detained a few
        // hours after the Monday morning shooting"; `EventTimeLinks.swift`)
        if sameDayLink(x, t, c) != nil { return false }
        // (a noun in apposition to the phrase is the same event: "Sunday's yahrtzeit service ---- a
        // Jewish ceremony that commemorates the dead")
        if x.isNoun {
            guard x0 > p.upperBound, x0 - p.upperBound <= 5 else { return true }
            return !(tk[p.upperBound].kind == .punct && tk[p.upperBound].lower != "."
                && (p.upperBound..<x0).contains { ["a", "an", "the"].contains(tk[$0].lower) })
        }
        if x0 >= p.upperBound, x0 - p.upperBound <= 2 { return false }
        if let j = (p.upperBound..<min(s.upperBound, p.upperBound + 10)).first(where: { ["when", "that", "which"].contains(tk[$0].lower) || tk[$0].lower == ";" }),
           tk[j].lower != ";", x0 > j, x0 - j <= 3 { return false }
        // (the phrase as the verb's object or in a phrase of its clause after it: "received the 2000
        // National Caring Award", "was selected in the second round of the 1978 NBA Draft", "will
        // be introduced as head coach at a Tuesday news conference", "critically injured in the
        // 1998 abortion clinic bombing"; not "with", "struck Chohan with his 2013 Toyota Camry", nor
        // a verb whose content is another event, "charged Kopp with attempted murder in the 1995
        // shooting")
        let start = p.lowerBound > t.tokens.upperBound ? t.tokens.lowerBound : t.tokens.lowerBound - 1
        let xe = x.tokens.upperBound
        guard !contentKinds.contains(x.entry.kind), start >= xe, start - xe <= 9 else { return true }
        if start == xe { return false }
        guard ["in", "at", "during", "for", "on", "of"].contains(tk[start - 1].lower) else { return true }
        // (session 27: the "of" phrase of the verb's object is that noun's: "Trump released the
        // transcript of his July 25th call" does not date the releasing; a phrase of the clause is
        // still the verb's, "was selected in the second round of the 1978 NBA Draft")
        if tk[start - 1].lower == "of", start - 1 > xe, objectNounPhrase(xe..<(start - 1), c) { return true }
        return (xe..<(start - 1)).contains { clauseBreaks.contains(tk[$0]) }
    }

    /// Whether tokens `r` are a noun phrase of their own, no preposition: determiners, adjectives,
    /// numbers and at least one noun (the tags of `Document.tags`, or of the parse).
    static func objectNounPhrase(_ r: Range<Int>, _ c: SentenceContext) -> Bool {
        let syn = c.doc.wordClasses
        guard !r.isEmpty, r.count <= 5, syn.count > 0 else { return false }
        var noun = false
        for k in r {
            guard k + 1 < syn.tokenWord.count, c.tokens[k].kind == .word else { return false }
            let w = Int(syn.tokenWord[k])
            guard w < Int(syn.tokenWord[k + 1]), w < syn.upos.count else { return false }
            switch syn.upos[w] {
            case .NOUN, .PROPN: noun = true
            case .DET, .ADJ, .NUM: break
            case .PRON: if !determiners.contains(c.tokens[k]) { return false }
            default: return false
            }
        }
        return noun
    }
}

extension TypedEventFinder {
    /// Whether time `t` is a quarter with no year of its own ("in the second quarter", "late in the
    /// fourth quarter"): in a story of sport it is a period of a game, not of the calendar, and
    /// dates no event (session 36: "Luck broke Newton's record … in the second quarter" is not
    /// 2012-Q2; the sentence or its headline reports sport, `reportsSport`).
    static func isQuarter(_ t: TimeExpression) -> Bool {
        guard let q = t.spec["quarter"], q != "ref" else { return false }
        return t.spec["year"] == nil && t.spec["yrel"] == nil
    }
}
