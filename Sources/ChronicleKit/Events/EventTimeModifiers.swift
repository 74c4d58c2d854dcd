/// Times that belong to one noun of a sentence, not to its other events (session 23, issue 18).
///
/// - A time that premodifies a noun ("the 2016 election", "Trump's July 25 call", "a July 10
///   meeting", "last year's deadly embassy blasts", "Monday's attack") dates that noun's phrase
///   only: "Sondland, a wealthy hotelier Trump tapped as his ambassador, … in the 2016 election"
///   does not date the tapping 2016, nor "… as U.S. military aid was being stalled" Trump's call's
///   day (`modifiesAnotherNoun` lists the verbs that keep it). A rule event dated by the
///   sentence's nearest time (`events.rules`, `date: near`) is left undated when that time
///   premodifies another noun.
/// - After a verb of a legal step or an arrest, a time that follows its content noun ("charged
///   with murder for the shooting deaths of two co-workers in September 2010", "arrested in
///   connection with the bombings of U.S. embassies … last year") is the content's, not the
///   verb's: the charge and the arrest come after the crime.
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
        let syn = doc.syntax.count > 0 ? doc.syntax : doc.tags
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
    /// "the January 1998 bombing of a Birmingham abortion clinic that killed …"), and a verb that
    /// happened in it ("critically injured in the 1998 abortion clinic bombing"; not a legal step
    /// or another verb whose content is another event: "charged with attempted murder in the 1995
    /// shooting").
    static func modifiesAnotherNoun(_ t: TimeExpression, _ x: TriggerSite, _ c: SentenceContext) -> Bool {
        guard let p = premodifiedPhrase(t, c) else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        let x0 = x.tokens.lowerBound
        if p.contains(x0) { return false }
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
        let start = p.lowerBound > t.tokens.upperBound ? t.tokens.lowerBound : t.tokens.lowerBound - 1
        if start - 1 >= s.lowerBound, ["in", "during"].contains(tk[start - 1].lower), x.tokens.upperBound == start - 1,
           !contentKinds.contains(x.entry.kind) { return false }
        return true
    }

    /// The kinds of verb whose content noun, told before a time, takes the time: a legal step
    /// and an arrest come after the deed they are for.
    static let stepKinds: Set<String> = ["legal", "arrest"]

    /// Whether time `t`, after verb trigger `x` of a legal step or an arrest, ends the "of" phrase
    /// of a noun trigger of the sentence between them (`SentenceContext.nounTriggers`), the noun
    /// after a preposition ("charged with murder for the shooting deaths of two co-workers in
    /// September 2010"): then it dates that noun, not `x` ("was charged with murder Thursday in
    /// the slaying of a doctor" keeps Thursday).
    static func datesTheContent(_ t: TimeExpression, _ x: TriggerSite, _ c: SentenceContext) -> Bool {
        guard !x.isNoun, stepKinds.contains(x.entry.kind), t.tokens.lowerBound >= x.tokens.upperBound else { return false }
        let tk = c.tokens
        let prepositions: Set<String> = ["for", "with", "of", "in", "over"]
        for n in c.nounTriggers {
            let ofPhrase: Range<Int>? = n.lowerBound > x.tokens.upperBound && n.upperBound < t.tokens.lowerBound ? n.upperBound..<t.tokens.lowerBound : nil
            guard let phrase = ofPhrase, phrase.count <= 10, tk[phrase.lowerBound].lower == "of" else { continue }
            let before: Range<Int> = x.tokens.upperBound..<n.lowerBound
            guard before.contains(where: { prepositions.contains(tk[$0].lower) }) else { continue }
            if !phrase.contains(where: { clauseBreaks.contains(tk[$0].lower) }) { return true }
        }
        return false
    }
}
