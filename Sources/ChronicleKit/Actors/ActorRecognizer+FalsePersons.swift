/// Capitalised words that the person rules read as a name but that name no person
/// (docs/Events.md, "Session 11: false persons"; issue 18). Each check is about where the name stands,
/// never about one name:
/// - a title that goes on into the name is the title ("former Miss Universe Alicia Machado":
///   the title is "Miss Universe"; "a former Miss Universe, saying" names no one);
/// - a title of several words that begins inside the name ends it ("Dr. Sanjay Gupta Surgeon
///   General"), a title in capitals that the lexicon writes otherwise is none ("the liner MS
///   Columbus"), and a time zone is no name ("3:23 PM ET");
/// - a sentence's first word ending in "-ly" (no given name) before two name words is an
///   adverb, not a part of the name ("Certainly Saddam Hussein continues");
/// - a name that fills a quotation is a nickname or a title of a work ("called her “Miss
///   Piggy”", "“Annie Hall”");
/// - a name followed by a capitalised head word of `actor-heads` is part of a longer name
///   ("the Robert Wood Johnson Foundation", "Wayne State University", "The Steve Harvey
///   Morning Show"), and one ending in a head of kind `none` names a prize, law, survey, show
///   or place ("a Tony Award", "the Fifth Amendment", "Bruce Township");
/// - a name that a place name began before it is that place ("San Diego County");
/// - a name found only by the speech-verb rule that begins with a nationality or ends in a word
///   the article also writes in lower case names no person ("Cuban Americans said", "Valley
///   Federal said" beside "federal");
/// - a name found only by the speech-verb rule that comes right after a capitalised word of
///   the same sentence is the end of a longer name ("the Washington Post Trump said", "the
///   Committee for a Responsible Federal Budget reported");
/// - a name of three words or more said once, a part of which (two words or more, at its
///   start or its end, the rest no given name) the article names as a person elsewhere, is that part: headlines in
///   title case run the name into the verb ("Chris Christie Calls …", "Nominates Regina
///   Benjamin …").
extension ActorRecognizer {
    func dropFalsePersons(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        guard !cands.isEmpty else { return }
        let heads = book.lexicons.get("actor-heads")
        let titles = book.lexicons.get("titles")
        let places = book.lexicons.get("places")
        let stop = book.lexicons.get("name-stopwords")
        let given = book.lexicons.get("given-names")
        let zones = book.lexicons.get("time-zones")
        var lowered = LowerCaseWords()
        let tokens = doc.tokens
        // the token ranges of the quotations, marks included
        let quotations = Set(doc.quotes.map(\.tokens))
        func isPerson(_ c: Candidate) -> Bool {
            !c.dropped && (c.kind ?? ActorKind(rawValue: c.rule.kind ?? "")) == .person
        }
        func key(_ r: Range<Int>) -> String { r.map { tokens[$0].text }.joined(separator: " ") }
        work += cands.count
        for k in cands.indices where isPerson(cands[k]) {
            let c = cands[k]
            guard let n = c.captures.firstIndex(where: { $0.name == "name" }) else { continue }
            var name = c.captures[n].tokens
            guard !name.isEmpty else { continue }
            work += name.count
            // a title that goes on into the name
            if let t = c.captures.first(where: { $0.name == "title" }), t.tokens.upperBound == name.lowerBound,
               let hit = titles.longest(tokens, at: t.tokens.lowerBound, end: name.upperBound), t.tokens.lowerBound + hit.length > name.lowerBound {
                name = (t.tokens.lowerBound + hit.length)..<name.upperBound
                if name.isEmpty { cands[k].dropped = true; continue }
                if c.extent == c.captures[n].tokens { cands[k].extent = name }
                cands[k].captures[n].tokens = name
                // the title is what came before the cut
                if let ti = cands[k].captures.firstIndex(where: { $0.name == "title" }) {
                    cands[k].captures[ti].tokens = t.tokens.lowerBound..<name.lowerBound
                }
            }
            // a title of several words that starts inside the name and goes on past it
            // ("Dr. Sanjay Gupta Surgeon General"): the name ends before it
            for j in name.lowerBound..<name.upperBound {
                if let hit = titles.longest(tokens, at: j, end: min(tokens.count, j + 4)), hit.length >= 2, j + hit.length > name.upperBound {
                    name = name.lowerBound..<j
                    if name.isEmpty { break }
                    if cands[k].extent == cands[k].captures[n].tokens { cands[k].extent = name }
                    cands[k].captures[n].tokens = name
                    break
                }
            }
            if name.isEmpty { cands[k].dropped = true; continue }
            // a one-word title written in capitals that the lexicon writes otherwise ("the cruise
            // liner MS Columbus": a ship, not "Ms")
            if let t = c.captures.first(where: { $0.name == "title" }), t.tokens.count == 1 {
                let w = tokens[t.tokens.lowerBound].text
                if w.count >= 2, !w.unicodeScalars.contains(where: Tokenizer.isLower),
                   let hit = titles.longest(tokens, at: t.tokens.lowerBound, end: t.tokens.upperBound),
                   hit.entries.allSatisfy({ $0.surface.joined().unicodeScalars.contains(where: Tokenizer.isLower) }) {
                    cands[k].dropped = true
                    continue
                }
            }
            // a sentence's first word ending in "-ly" that is no given name, before two name
            // words: an adverb ("Certainly Saddam Hussein continues to implore")
            if name.count >= 3, doc.sentences.indices.contains(c.sentence) {
                let f = name.lowerBound, start = doc.sentences[c.sentence].tokens.lowerBound
                if f == start || (f == start + 1 && tokens[start].kind == .quote),
                   tokens[f].lower.hasSuffix("ly"), tokens[f].lower.unicodeScalars.count > 4, !given.hasSingle(tokens[f]) {
                    name = (f + 1)..<name.upperBound
                    if cands[k].extent == cands[k].captures[n].tokens { cands[k].extent = name }
                    cands[k].captures[n].tokens = name
                }
            }
            // a time zone after a clock time ("3:23 PM ET") is no name
            if name.count == 1, zones.hasSingle(tokens[name.lowerBound]) {
                cands[k].dropped = true
                continue
            }
            // a name (with a title or not) filling a quotation: a nickname, or the title of a film,
            // book or song ("“Annie Hall” and “Hannah and Her Sisters”")
            let before = c.match.lowerBound - 1, after = c.match.upperBound
            if before >= 0, quotations.contains(before..<(after + 1)) || quotations.contains(before..<(after + 2)) {
                cands[k].dropped = true
                continue
            }
            // a capitalised head word after the name: part of a longer name
            let next = name.upperBound
            if next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized,
               let hit = heads.longest(tokens, at: next, end: next + 1), let kk = hit.entries.first?["kind"], kk != "product" {
                cands[k].dropped = true
                continue
            }
            // (a last word of kind `none`, a thing or a place, was dropped by `refine`)
            // a place name, the whole of it ("With Hong Kong protests exploding")
            if let hit = places.longest(tokens, at: name.lowerBound, end: name.upperBound), hit.length == name.count {
                cands[k].dropped = true
                continue
            }
            // a place name that began before the name ("San Diego County")
            if name.lowerBound > 0, tokens[name.lowerBound - 1].isCapitalized,
               let hit = places.longest(tokens, at: name.lowerBound - 1, end: name.upperBound), hit.length >= 2 {
                cands[k].dropped = true
                continue
            }
            // the speech-verb rule after a capitalised word of the sentence: the end of a longer name
            if c.rule.id == "actor.person.name-before-cue", name.lowerBound > 0 {
                let p = name.lowerBound - 1
                let start = doc.sentences.indices.contains(c.sentence) ? doc.sentences[c.sentence].tokens.lowerBound : p
                if p > start, tokens[p].kind == .word, tokens[p].isCapitalized, !stop.hasSingle(tokens[p]), !titles.hasSingle(tokens[p]) {
                    cands[k].dropped = true
                    continue
                }
            }
            // the speech-verb rule (no given name): a first word that is a nationality ("Cuban
            // Americans said", "American Medical said") or a last word the article also writes
            // in lower case ("Valley Federal said" beside "federal") names no person
            if c.rule.id == "actor.person.name-before-cue", !given.hasSingle(tokens[name.lowerBound]),
               lowered.namesNoPerson(name, doc: doc, lexicons: book.lexicons, work: &work) {
                cands[k].dropped = true
                continue
            }
        }
        // a long name said once, a part of which is a person named elsewhere
        var seen: [String: Set<Int>] = [:]
        for c in cands where isPerson(c) {
            if let n = c.captures.first(where: { $0.name == "name" }), n.tokens.count >= 2 { seen[key(n.tokens), default: []].insert(n.tokens.lowerBound) }
        }
        for k in cands.indices where isPerson(cands[k]) {
            guard let n = cands[k].captures.firstIndex(where: { $0.name == "name" }) else { continue }
            let name = cands[k].captures[n].tokens
            guard name.count >= 3, (seen[key(name)]?.count ?? 0) <= 1 else { continue }
            work += name.count * name.count
            var best: Range<Int>?
            for len in stride(from: name.count - 1, through: 2, by: -1) {
                for r in [name.lowerBound..<(name.lowerBound + len), (name.upperBound - len)..<name.upperBound] {
                    // (never cutting off a given name: "Enrique Peña Nieto" stays whole)
                    let cut = r.lowerBound == name.lowerBound ? r.upperBound..<name.upperBound : name.lowerBound..<r.lowerBound
                    if cut.contains(where: { given.hasSingle(tokens[$0]) }) { continue }
                    if let at = seen[key(r)], at.contains(where: { $0 != r.lowerBound }) { best = r; break }
                }
                if best != nil { break }
            }
            guard let r = best else { continue }
            if cands[k].extent == name { cands[k].extent = r }
            cands[k].captures[n].tokens = r
        }
    }
}
