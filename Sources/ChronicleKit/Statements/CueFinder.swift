/// The general attribution finder: every speech or attitude verb of the `reporting-verbs`
/// lexicon outside a quotation is a cue when a source can be found for it, and the clause it
/// governs is its content.
///
/// It works on the phenomenon, not on a fixed word order:
/// - the source is the subject left of the cue, found by skipping auxiliaries and adverbs
///   ("has also said", "declined to say"), appositions and relative clauses ("Pence, Trump's
///   running mate, said", "Clinton, who said"), or coordination ("… and said"); or the noun
///   phrase right of the cue when the content comes first ("…, said Trump");
/// - the content is the clause after the cue (after "that", ":" or an opening quote, past an
///   addressee), or the text before the source when the cue closes the sentence ("…, he said"),
///   or both halves of a split quote (`"A," he said, "B."`);
/// - "according to X", passive cues ("it was announced that …", no source) and "by X".
///
/// The word classes it needs (auxiliaries, determiners, prepositions, pronouns) come from the
/// `attribution-words` lexicon.
struct CueFinder: Sendable {
    let verbs: Lexicon
    let classOf: [String: String]
    /// `classOf` by vocabulary id (an index into `classNames`, 0: none), so that `cls` reads
    /// an array instead of hashing the word; `classOutside`: whether a word with a class has no
    /// vocabulary id (then a token without one is looked up by its form).
    let classById: [UInt8]
    let classNames: [String?]
    let classOutside: Bool
    /// Words that open a phrase dating the saying after it (`opens` of `attribution-words`:
    /// "clause" or "document").
    let opens: [String: String]
    let weekdays: Lexicon
    let months: Lexicon
    let partsOfDay: Lexicon
    /// What a source issues ("a tweet", "a statement"): after "according to", its issuer speaks.
    let documents: Lexicon
    /// Nouns that name people a source does not name ("officials", "users").
    let people: Lexicon
    /// Participles after such a noun whose agent did not issue it ("records obtained by The
    /// Associated Press").
    let readers: Lexicon
    /// Nouns of saying that report a clause after a possessor ("Trump's claim that …").
    let nouns: Lexicon
    /// Pronouns (possessive ones name the possessor: "his claim that …").
    let pronouns: Lexicon
    /// Personal pronouns by their case (`case` of `attribution-words`): subject ("he", "they"),
    /// object ("him", "them") and either ("it", "you").
    let subjectPronouns: WordSet
    let objectPronouns: WordSet
    let caselessPronouns: WordSet
    /// Subjects that take a verb without -s (`verb` of `attribution-words`): pronouns ("they",
    /// "I"), quantifiers and numbers ("many", "two"), collective nouns ("police", "people").
    let pluralSubjects: WordSet
    /// Prepositions after a noun that a subject goes on past to its head (`tail` of
    /// `attribution-words`): all of them ("in", "at", "from", "to"), and those of a place only
    /// ("in", "at", "from": "owners in Milan").
    let tailPrepositions: WordSet
    let placePrepositions: WordSet
    /// Numbers written as words: a source may open with one ("said one Democratic source").
    let numbers: Lexicon
    /// Words that name what someone is ("spokesman", "coach", "Lt."): `titles`, `role-nouns`,
    /// `sport-roles`.
    let roleWords: [Lexicon]
    /// A content part is cut to its first `maxContent` tokens (`Limits.maxStatementTokens`).
    let maxContent: Int
    /// The word sets of the lexicon's `set` column.
    let words: CueWords

    init(book: RuleBook, maxContent: Int = Limits.standard.maxStatementTokens) {
        self.maxContent = max(1, maxContent)
        verbs = book.lexicons.get("reporting-verbs")
        var c: [String: String] = [:], o: [String: String] = [:]
        var cases: [String: Set<String>] = [:], plural: Set<String> = [], tails: [String: Set<String>] = [:], sets: [String: Set<String>] = [:]
        for e in book.lexicons.get("attribution-words").entries where e.surface.count == 1 {
            let w = Tokenizer.lowercase(e.surface[0])
            // (a line with no class is read for its other columns only: "police", "two")
            if let k = e["class"] { c[w] = k }
            if let v = e["opens"] { o[w] = v }
            if let v = e["case"] { cases[v, default: []].insert(w) }
            if e["verb"] == "plural" { plural.insert(w) }
            if let v = e["tail"] { tails[v, default: []].insert(w) }
        }
        // (a set's word may be more than one token of the lexicon's tokenizer, "'s", "isn't"; and
        // a word with an apostrophe stands for both apostrophes, as the lexicon reads them alike)
        for e in book.lexicons.get("attribution-words").entries {
            let w = Tokenizer.lowercase(e.surface.joined())
            for name in e["set"]?.split(separator: "/") ?? [] {
                sets[String(name), default: []].insert(w)
                if w.contains("'") { sets[String(name), default: []].insert(w.replacingOccurrences(of: "'", with: "’")) }
            }
        }
        words = CueWords(sets)
        opens = o
        subjectPronouns = WordSet(cases["subject"] ?? [])
        objectPronouns = WordSet(cases["object"] ?? [])
        caselessPronouns = WordSet(cases["both"] ?? [])
        pluralSubjects = WordSet(plural)
        tailPrepositions = WordSet(tails.values.reduce(into: Set<String>()) { $0.formUnion($1) })
        placePrepositions = WordSet(tails["place"] ?? [])
        c["'s"] = "aux"
        c["’s"] = "aux"
        classOf = c
        var names: [String?] = [nil]
        var byId = [UInt8](repeating: 0, count: book.vocabulary.count)
        var outside = false
        for (w, k) in c.sorted(by: { $0.key < $1.key }) {
            let id = book.vocabulary.id(w)
            guard id >= 0 else { outside = true; continue }
            if !names.contains(k) { names.append(k) }
            byId[Int(id)] = UInt8(names.firstIndex(of: k)!)
        }
        classById = byId
        classNames = names
        classOutside = outside
        weekdays = book.lexicons.get("weekdays")
        months = book.lexicons.get("months")
        partsOfDay = book.lexicons.get("parts-of-day")
        documents = book.lexicons.get("source-documents")
        readers = book.lexicons.get("document-readers")
        people = book.lexicons.get("source-nouns")
        nouns = book.lexicons.get("reporting-nouns")
        pronouns = book.lexicons.get("pronouns")
        numbers = book.lexicons.get("numbers")
        roleWords = ["titles", "role-nouns", "sport-roles"].map { book.lexicons.get($0) }
    }

    /// Whether a source phrase opens with a number and names someone after it: "one Democratic
    /// source on the panel", "9/11 widow Terry Strada", "two senior officials" (not "2010").
    /// Whether a source after an inverted cue is a name after its lower-case title: "…, says
    /// certified personal trainer Sergio Pedemonte", "said registered dietitian Amanda A. Kostro
    /// Miller". One to four lower-case words of no class, then capitalised words (or initials)
    /// to the phrase's end.
    func titledName(_ src: Range<Int>, _ tokens: [Token]) -> Bool {
        func plain(_ k: Int) -> Bool { tokens[k].kind == .word && cls(tokens[k]) == nil && !tokens[k].lower.contains("'") && !tokens[k].lower.contains("’") }
        if src.count >= 2, let f = src.first(where: { tokens[$0].isCapitalized }), f > src.lowerBound, f - src.lowerBound <= 4,
           (src.lowerBound..<f).allSatisfy(plain), (f..<src.upperBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && cls(tokens[$0]) == nil }) {
            return true
        }
        // a description in lower case with an organisation's acronym or name in it, then a name of
        // two words or more: "former NYPD detective Joe Coffey", "ex-FBI agent John Smith"
        guard src.count >= 4, !tokens[src.lowerBound].isCapitalized, src.count <= 9 else { return false }
        var n = src.upperBound
        while n > src.lowerBound && tokens[n - 1].kind == .word && tokens[n - 1].isCapitalized && cls(tokens[n - 1]) == nil { n -= 1 }
        guard src.upperBound - n >= 2, n - 1 > src.lowerBound, !tokens[n - 1].isCapitalized else { return false }
        return (src.lowerBound..<n).allSatisfy(plain)
    }

    func countedSource(_ src: Range<Int>, _ tokens: [Token]) -> Bool {
        guard src.count >= 2, tokens[src.upperBound - 1].kind == .word else { return false }
        return isNumber(tokens[src.lowerBound])
    }

    /// A number in figures or a lowercase number word ("151,000", "three").
    func isNumber(_ t: Token) -> Bool {
        t.kind == .number || (t.kind == .word && !t.isCapitalized && numbers.hasSingle(t))
    }

    /// Whether a clause with its own subject starts at token `k` (after "that"), not a relative
    /// clause's verb: with the parse, the word is no verb, auxiliary or adverb; without it, a
    /// name, a number, a determiner or a pronoun, or a lowercase word before an auxiliary
    /// ("that people would …"; not "that were debunked", "that drew criticism").
    func clauseFollows(_ doc: Document, _ k: Int, hi: Int) -> Bool {
        guard k < hi else { return false }
        if let p = upos(doc, k) { return [.DET, .PRON, .PROPN, .NOUN, .NUM, .ADJ].contains(p) }
        let t = doc.tokens[k]
        if t.kind == .number || (t.kind == .word && t.isCapitalized) { return true }
        guard t.kind == .word else { return false }
        if let c = cls(t) { return c == "det" || c == "pron" }
        return k + 1 < hi && cls(doc.tokens[k + 1]) == "aux"
    }

    /// The possessor of the noun of saying at token `i`: "Trump's claim", "Tulsa police's earlier
    /// claim" (one word may stand between), "his claim". nil without one.
    func possessor(before i: Int, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> Range<Int>? {
        var k = i - 1
        // one modifier: "earlier", "repeated", "latest"
        if k > lo, tokens[k].kind == .word, !tokens[k].isCapitalized, cls(tokens[k]) == nil { k -= 1 }
        guard k >= lo, !inQuote[k] else { return nil }
        if tokens[k].lower == "'s" || tokens[k].lower == "’s" {
            guard k - 1 >= lo, let src = phrase(endingAt: k - 1, lo: lo, tokens, inQuote),
                  tokens[src.lowerBound].isCapitalized || cls(tokens[src.lowerBound]) == "det" else { return nil }
            return src
        }
        if let e = pronouns.lookup(tokens[k].lower).first, e["possessive"] == "yes", tokens[k].kind == .word { return k..<(k + 1) }
        return nil
    }

    /// One attribution found: token ranges of content parts, source and cue.
    struct Found {
        var content: [Range<Int>]
        var source: Range<Int>?
        var cue: Range<Int>
        var rule: String
        /// Whether the cue is a verb of saying (frame `say` of the lexicon, or a colon or "according to").
        var speech = true
        /// Whether a content part was cut to `maxContent` tokens.
        var truncated = false
        /// The token of the subject's head when the parse gave the subject (`parseSubject`):
        /// "Employees" in "Employees who worked at the plant".
        var sourceHead: Int?
    }

    /// The subject of two noun phrases joined by "and" or "or", ending with the phrase `src`
    /// before the cue, when the first opens its clause (the sentence start, a comma, a colon, a
    /// quotation mark, "but" or "that"; not a verb's object: "Trump attacked Clinton and Obama
    /// said"): "The mayor and the police chief said", "Trump and Clinton point out", "Political
    /// observers in Virginia and around the country say" (one preposition may follow "and").
    /// Constant steps. nil when none.
    func coordinatedSubject(_ src: Range<Int>, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> Range<Int>? {
        var k = src.lowerBound - 1
        if k > lo, cls(tokens[k]) == "stop", !inQuote[k], tokens[k - 1].lower == "and" || tokens[k - 1].lower == "or" { k -= 1 }
        guard k - 1 >= lo, !inQuote[k], tokens[k].lower == "and" || tokens[k].lower == "or",
              let first = phrase(endingAt: k - 1, lo: lo, tokens, inQuote) else { return nil }
        let a = first.lowerBound
        // (or a plural noun after words in lower case: "hospital officials and family members said")
        guard tokens[a].isCapitalized || cls(tokens[a]) == "det" || isPlural(tokens[a])
                || (isPlural(tokens[first.upperBound - 1]) && first.allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized && cls(tokens[$0]) == nil }) else { return nil }
        let opens = a == lo || [",", ";", ":"].contains(tokens[a - 1].text) || tokens[a - 1].kind == .quote
            || words.subjectOpener.contains(tokens[a - 1])
        return opens ? a..<src.upperBound : nil
    }

    /// A subject that a relative clause or a participle phrase modifies, ending with the phrase
    /// `src` found before the cue, and the token of its head (`src` alone is the end of the
    /// clause): "[Employees] who worked at [the plant for decades] said", "[Protesters] marching
    /// through [the streets] chanted", "[all the experts] I [interviewed] said" (a relative clause
    /// without "that": a pronoun and a verb in -ed), "[A Quinnipiac University poll] [released]
    /// in late August found" (a participle after its noun, a time skipped before the cue). The
    /// noun before the clause is a plural common noun, a capitalised name or the head of a phrase
    /// that opens with a determiner. Constant steps. nil when none.
    func modifiedSubject(_ src: Range<Int>, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> (range: Range<Int>, head: Int)? {
        func lowerWord(_ k: Int) -> Bool { k >= lo && !inQuote[k] && tokens[k].kind == .word && !tokens[k].isCapitalized }
        // the noun phrase that ends at `n`, the head of the whole subject
        func subject(endingAt n: Int) -> (range: Range<Int>, head: Int)? {
            guard n >= lo, !inQuote[n], tokens[n].kind == .word, cls(tokens[n]) == nil, !isAdverb(tokens[n]),
                  !verbs.starts(tokens[n].lower) || tokens[n].isCapitalized,
                  let ph = phrase(endingAt: n, lo: lo, tokens, inQuote),
                  isPlural(tokens[n]) || tokens[n].isCapitalized || cls(tokens[ph.lowerBound]) == "det" else { return nil }
            return (ph.lowerBound..<src.upperBound, n)
        }
        let a = src.lowerBound
        // "the experts I interviewed": the phrase is the clause's verb after a pronoun
        if src.count == 1, lowerWord(a), tokens[a].lower.hasSuffix("ed"), a - 2 >= lo, cls(tokens[a - 1]) == "pron",
           !caselessPronouns.contains(tokens[a - 1]),
           let s = subject(endingAt: a - 2) {
            return s
        }
        // "A Quinnipiac University poll released [in late August] found": the phrase is a participle
        // after its noun (a time may stand before the cue)
        if src.count == 1, lowerWord(a), tokens[a].lower.hasSuffix("ed"), !verbs.starts(tokens[a].lower),
           let s = subject(endingAt: a - 1), s.head == a - 1 {
            return s
        }
        // past a preposition to the clause's verb or participle
        var m = a - 1
        if lowerWord(m), cls(tokens[m]) == "stop" { m -= 1 }
        guard lowerWord(m), cls(tokens[m]) == nil else { return nil }
        let w = tokens[m].lower
        // "who worked at", "that came out"
        if m - 1 >= lo, cls(tokens[m - 1]) == "rel", tokens[m - 1].lower == "who", let s = subject(endingAt: m - 2) { return s }
        // "marching through", "gathered outside"
        if (w.hasSuffix("ing") || w.hasSuffix("ed")) && !verbs.starts(w), let s = subject(endingAt: m - 1), s.head == m - 1, isPlural(tokens[m - 1]) || tokens[m - 1].isCapitalized {
            return s
        }
        return nil
    }

    /// The subject the parse gives the verb at token `cue` (its `nsubj` or `nsubj:pass` and the
    /// words under it, among the 40 words before the verb): its tokens, which must end at token
    /// `end` (only auxiliaries, adverbs or a time stand between it and the cue), start in the
    /// sentence (`lo`), lie outside quotations, hold no comma and at most 20 tokens, and the
    /// token of its head. nil without a parse or such a subject.
    func parseSubject(_ doc: Document, cue: Int, end: Int, lo: Int, _ inQuote: [Bool], work: inout Int) -> (range: Range<Int>, head: Int)? {
        let syn = doc.syntax
        guard end >= lo, let tables = syn.tables, syn.wordToken.count == syn.count else { return nil }
        let vw = syn.words(ofToken: cue), first = syn.words(ofToken: lo)
        guard let v = vw.first, let w0 = first.first, syn.upos[v] == .VERB || syn.upos[v] == .AUX else { return nil }
        let window = max(w0, v - 40)..<v
        work += window.count
        guard let s = window.last(where: { d in
            syn.head[d] == Int32(v) && ["nsubj", "nsubj:pass"].contains(tables.labels[Int(syn.deprel[d])])
        }) else { return nil }
        let sub = ParseSources.subtree(syn, s, in: window)
        work += window.count * 2
        let a = Int(syn.wordToken[sub.lowerBound]), b = Int(syn.wordToken[sub.upperBound - 1]) + 1
        let head = Int(syn.wordToken[s])
        guard a >= lo, b - 1 == end, b - a <= 20, b > a else { return nil }
        let tokens = doc.tokens
        guard (a..<b).allSatisfy({ !inQuote[$0] && tokens[$0].kind != .quote && tokens[$0].text != "," }) else { return nil }
        return (a..<b, head)
    }

    /// The class of a word in `attribution-words` ("aux", "det", "coord" …), by its vocabulary id.
    @inline(__always)
    func cls(_ t: Token) -> String? {
        let id = t.id
        if id >= 0 && Int(id) < classById.count { return classNames[Int(classById[Int(id)])] }
        if id == Vocabulary.unknown && !classOutside { return nil }
        return classOf[t.lower]
    }

    /// Whether the words before the comma `p` are a name and an apposition after it, the
    /// subject of the cue after `p` and not what was said: "James Kennedy, the prosecutor,
    /// said the case matters", "Roxanne Delgado, founder of the civic association Friends of
    /// Pelham Parkway, said …", "Throgs Neck resident Dennise Laboy, 55, said …". The name runs
    /// from the clause's start (`lo` or a comma) to the comma that opens the apposition: two
    /// to eight tokens, two capitalised words or more, none of them a function word, at most two
    /// words in lower case ("resident"), none quoted; the apposition (at most 25 tokens) has no
    /// quotation and no mark that ends a clause. Bounded: at most 35 tokens looked at.
    func nameAndApposition(before p: Int, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> Bool {
        guard p - 2 > lo, tokens[p].text == "," else { return false }
        var q = p - 1
        while q > lo && p - q <= 25 && tokens[q].text != "," {
            if inQuote[q] || tokens[q].kind == .quote || [";", ":", ".", "!", "?", "—", "–"].contains(tokens[q].text) { return false }
            q -= 1
        }
        // (an apposition opens with no preposition or conjunction: in "escorted the Libyan, Atif Issa
        // Enhamed, to the airport …, said Uhuru" the name is the object and "to …" goes on the clause)
        guard q > lo, tokens[q].text == ",", q + 1 < p, cls(tokens[q + 1]) != "stop" else { return false }
        return nameBefore(comma: q, lo: lo, tokens, inQuote) != nil
    }

    /// The comma that opens a long apposition before the comma `p` that closes it, the comma `q`
    /// nearest to `p` being one inside it (a place's: "Greenbelt, Maryland,"): a comma before `q`
    /// (at most 40 tokens before `p`, no quotation or sentence mark between) right after a name
    /// (two capitalised words or more ending it, opening at the clause's start, a comma or a
    /// quotation mark, at most eight tokens, no word of a class but "the"), and before a
    /// determiner in lower case ("a planetary scientist") or an age set off by commas (", 59,");
    /// nil when there is none.
    func appositionOpening(before q: Int, p: Int, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> Int? {
        var c = q - 1
        while c > lo && p - c <= 40 {
            if inQuote[c] || tokens[c].kind == .quote || [";", ":", ".", "!", "?"].contains(tokens[c].text) { return nil }
            // (or before an age set off by commas, "Donna Sampson Rawlings, 59, of Ashton, Md., who
            // watched the ceremony …, said")
            let age = c + 2 < q && tokens[c + 1].kind == .number && tokens[c + 2].text == ","
            if tokens[c].text == ",", c + 1 < q, age || (tokens[c + 1].kind == .word && !tokens[c + 1].isCapitalized && cls(tokens[c + 1]) == "det") {
                var b = c
                while b > lo && c - b < 8 && tokens[b - 1].kind == .word && !inQuote[b - 1] { b -= 1 }
                let opens = b == lo || tokens[b - 1].text == "," || tokens[b - 1].kind == .quote
                if opens, c - b >= 2, tokens[c - 1].isCapitalized, tokens[c - 2].isCapitalized,
                   (b..<c).allSatisfy({ cls(tokens[$0]) == nil || tokens[$0].lower == "the" }) { return c }
                return nil
            }
            c -= 1
        }
        return nil
    }

    /// The start of a name that runs from the clause's start (`lo` or a comma) to the comma `q`
    /// (`nameChunk`), or nil: "Joy Baker" of "Joy Baker, an OBGYN …". At most eight tokens.
    /// (or from the quotation mark that closes a quotation before it: "“…,” Captain Manohar Nambiar,
    /// Chief Public Relations Officer, Defence, said")
    func nameBefore(comma q: Int, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> Int? {
        var b = q
        while b > lo && q - b < 8 && tokens[b - 1].text != "," && tokens[b - 1].kind != .quote { b -= 1 }
        guard b == lo || tokens[b - 1].text == "," || tokens[b - 1].kind == .quote, q - b >= 2, nameChunk(b..<q, tokens, inQuote) else { return nil }
        return b
    }

    /// Whether tokens `r` read as a name, perhaps with a role noun before it ("Throgs Neck
    /// resident Dennise Laboy", "Dr. Marie E. Thoma", "Housing Executive Chief Executive"):
    /// see `nameAndApposition`.
    func nameChunk(_ r: Range<Int>, _ tokens: [Token], _ inQuote: [Bool]) -> Bool {
        var capitals = 0, lower = 0
        for k in r {
            let t = tokens[k]
            guard !inQuote[k], t.kind == .word || (t.text == "." && k > r.lowerBound) else { return false }
            if t.kind != .word { continue }
            // (a capitalised word of a class only inside the name: "Grainia Long", not "In Washington")
            if cls(t) != nil && (k == r.lowerBound || !t.isCapitalized) { return false }
            if t.isCapitalized { capitals += 1 } else { lower += 1 }
        }
        return capitals >= 2 && lower <= 2 && tokens[r.upperBound - 1].isCapitalized
    }

    /// The UPOS of the first word of token `t` in the parse, else in the tags of the default
    /// analysis; nil without either.
    func wordClass(_ doc: Document, _ t: Int) -> UPOS? {
        let syn = doc.wordClasses
        let w = syn.words(ofToken: t)
        return w.isEmpty ? nil : syn.upos[w.lowerBound]
    }

    /// Whether tokens `r` open with a preposition, or an adverb and a preposition ("in a statement
    /// released by the team", "side-by-side before the committee"), in the word classes the
    /// analysis has.
    func opensWithPreposition(_ doc: Document, _ r: Range<Int>) -> Bool {
        guard let first = wordClass(doc, r.lowerBound) else { return false }
        // ("announced on Monday to offer a reward": a day, then what was said)
        if first == .ADP { return !(r.count > 1 && isTimeWord(doc.tokens[r.lowerBound + 1])) }
        return first == .ADV && r.count > 1 && wordClass(doc, r.lowerBound + 1) == .ADP
    }

    /// The UPOS of the first word of token `t` in the parse, nil without one.
    func upos(_ doc: Document, _ t: Int) -> UPOS? {
        let w = doc.syntax.words(ofToken: t)
        return w.isEmpty ? nil : doc.syntax.upos[w.lowerBound]
    }

    /// Whether tokens `r` hold a finite verb or a modal (Penn VBD, VBZ, VBP, MD) in the parse, else
    /// in the tags of the default analysis; nil without either.
    func hasFiniteVerb(_ doc: Document, _ r: Range<Int>) -> Bool? {
        let syn = doc.wordClasses
        guard syn.count > 0, syn.tables != nil else { return nil }
        for t in r {
            for w in syn.words(ofToken: t) where ["VBD", "VBZ", "VBP", "MD"].contains(syn.xpos(w)) { return true }
        }
        return false
    }

    /// Words that join the capitalised words of a long name ("Office for the Western District of New York").
    static let nameJoiners: WordSet = ["of", "for", "the", "'s", "’s", "and", "&", "on"]

    /// The UPOS of the first word of token `t` in the parse, else in the tags of the default
    /// analysis (`Document.tags`: the tagger without the parser); nil without either.
    func tagged(_ doc: Document, _ t: Int) -> UPOS? {
        let syn = doc.wordClasses
        let w = syn.words(ofToken: t)
        return w.isEmpty ? nil : syn.upos[w.lowerBound]
    }

    /// Whether a source after an inverted cue is people the text describes without a determiner:
    /// "…, say experts.", "…, said local residents": one to three lower-case words of no class, the
    /// last a plural noun of `source-nouns` that names a source alone ("analysts", "officials";
    /// not "people").
    func describedPeople(_ src: Range<Int>, _ tokens: [Token]) -> Bool {
        guard src.count <= 3, src.allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && cls(tokens[$0]) == nil }) else { return false }
        let head = tokens[src.upperBound - 1]
        return isPlural(head) && ActorRecognizer.namesUnnamedAlone(head, people)
    }

    /// A quotation after a colon that a noun of `source-documents` introduces (at most three tokens
    /// before the colon) is the text of that document, issued by the subject of the clause's
    /// finite verb (the tagger's VBD, VBZ or VBP, at most 30 tokens before the noun, no quotation
    /// or sentence mark between): "McDermott sent out the following message on Twitter: “I will be
    /// returning …”", "Tottenham posted an image of Mourinho …, with the caption: “Welcome Jose”".
    /// Returns the subject and the verb (the cue), or nil.
    func issuedQuote(_ doc: Document, colon i: Int, lo: Int, _ inQuote: [Bool], work: inout Int) -> (source: Range<Int>, verb: Int)? {
        let tokens = doc.tokens
        guard let noun = stride(from: i - 1, through: max(lo, i - 4), by: -1).first(where: {
            tokens[$0].kind == .word && !tokens[$0].isCapitalized && documents.hasSingle(tokens[$0]) }) else { return nil }
        let syn = doc.wordClasses
        guard syn.count > 0, syn.tables != nil else { return nil }
        var v = noun - 1
        var verb: Int?
        while v > lo && noun - v <= 30 {
            work += 1
            if inQuote[v] || tokens[v].kind == .quote || [";", ".", "!", "?", ":"].contains(tokens[v].text) { return nil }
            let w = syn.words(ofToken: v)
            if tokens[v].kind == .word, !tokens[v].isCapitalized, !w.isEmpty, ["VBD", "VBZ", "VBP"].contains(syn.xpos(w.lowerBound)) { verb = v; break }
            v -= 1
        }
        guard let v = verb else { return nil }
        var p = v - 1
        while p >= lo && (cls(tokens[p]) == "aux" || isAdverb(tokens[p]) || taggedAdverb(doc, p, lo: lo)) { p -= 1 }
        guard p >= lo, let src = phrase(endingAt: p, lo: lo, tokens, inQuote),
              tokens[src.lowerBound].isCapitalized || cls(tokens[src.lowerBound]) == "det" || cls(tokens[src.lowerBound]) == "pron" else { return nil }
        return (src, v)
    }

    /// A lower-case word of no class of `attribution-words` that the tagger (the parse, else the
    /// default analysis's tags) reads as an adverb, with a word before it in the sentence: "twice",
    /// "never", "there" between a subject and its verb.
    func taggedAdverb(_ doc: Document, _ p: Int, lo: Int) -> Bool {
        let t = doc.tokens[p]
        guard p > lo, t.kind == .word, !t.isCapitalized, cls(t) == nil, !verbs.starts(t.lower) else { return false }
        return tagged(doc, p) == .ADV
    }

    func isAdverb(_ t: Token) -> Bool {
        t.kind == .word && !t.isCapitalized && t.lower.hasSuffix("ly") && t.lower.utf8.count > 3 && !Self.lyNouns.contains(t)
    }

    /// Common nouns in -ly, no adverbs: "hospital officials and family members said".
    static let lyNouns: WordSet = ["family", "ally", "assembly", "supply", "rally", "reply", "anomaly", "monopoly", "bully", "belly",
                                       "jelly", "butterfly", "homily", "lily", "folly", "tally", "gully", "melancholy"]

    /// A capitalised modal that can be a name ("May", "Will"): read as one before a cue form
    /// that is not the base form, where a modal cannot stand ("May told reporters").
    func isNameModal(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && cls(t) == "aux" && words.nameModal.contains(t)
    }

    /// A token that can be part of a subject noun phrase.
    func isNominal(_ t: Token) -> Bool {
        if t.kind == .number { return true }
        guard t.kind == .word else { return false }
        if let c = cls(t) { return c == "det" || c == "pron" }
        return true
    }

    /// A word in capitals of two letters or more ("AROS", "PENCE").
    func isCapitals(_ t: Token) -> Bool {
        guard t.kind == .word, t.text.unicodeScalars.count >= 2 else { return false }
        var letters = 0
        for u in t.text.unicodeScalars {
            if u.properties.isLowercase { return false }
            if u.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }

    /// A subject that takes a plural verb: "officials", "many", "they", "police" (`verb` of
    /// `attribution-words`).
    func isPlural(_ h: Token) -> Bool {
        // (an acronym in capitals is a name: "AROS argues")
        (h.kind == .word && h.lower.hasSuffix("s") && !h.lower.hasSuffix("ss") && cls(h) == nil && !isCapitals(h))
            || pluralSubjects.contains(h)
            || (h.kind == .number && h.text != "1")
    }

    /// Whether token `k` is the "to" or "with" of "close to", "familiar with" after a noun:
    /// "a source close to the ministry", "people familiar with the talks".
    func closeTo(_ tokens: [Token], _ k: Int, lo: Int) -> Bool {
        k - 2 >= lo && (tokens[k].lower == "to" || tokens[k].lower == "with")
            && words.closeness.contains(tokens[k - 1])
            && tokens[k - 2].kind == .word && cls(tokens[k - 2]) == nil
    }

    /// Whether token `k` is "in", "at", "from" or "to" after a noun that the subject goes on
    /// to: "Restaurant owners in Milan", "The Briar in Douglas", "The U.S. Geological Survey in
    /// Golden, Colo.,", "an adviser to the president" (not after a verb, a gerund or a participle:
    /// "said to", "speaking in").
    func prepositionAfterNoun(_ tokens: [Token], _ k: Int, lo: Int, _ inQuote: [Bool]) -> Bool {
        guard k - 1 >= lo, tailPrepositions.contains(tokens[k]) else { return false }
        let n = tokens[k - 1]
        return n.kind == .word && cls(n) == nil && !inQuote[k - 1] && !verbs.starts(n.lower) && !n.lower.hasSuffix("ing") && !n.lower.hasSuffix("ed")
            && (!n.isCapitalized || detBeforeName(tokens, k - 1, lo: lo, inQuote) || (k - 1 == lo && isPlural(n)))
    }

    /// Whether the capitalised word `n` ends a name of at most four words (an initialism's
    /// periods among them) right after a determiner: "The Briar", "the U.S. Geological Survey".
    func detBeforeName(_ tokens: [Token], _ n: Int, lo: Int, _ inQuote: [Bool]) -> Bool {
        var b = n
        while b > lo && n - b < 4 && !inQuote[b - 1] && (tokens[b - 1].kind == .word && tokens[b - 1].isCapitalized && cls(tokens[b - 1]) == nil || tokens[b - 1].text == ".") { b -= 1 }
        return b - 1 >= lo && !inQuote[b - 1] && cls(tokens[b - 1]) == "det"
    }

    /// Prepositions that open a phrase of time, place or manner between a subject and its verb.
    static let adjunctPrepositions: WordSet = ["at", "in", "on", "over", "during", "since", "under", "throughout", "across",
                                                   "after", "before", "within", "via", "through"]

    /// Where the subject ends (the token before the phrase) when the tokens ending at `p` are a
    /// phrase of time, place or manner between a subject and its verb: a preposition (tagged ADP,
    /// `adjunctPrepositions`) and at most three words in lower case (a determiner and nouns, no
    /// verb), after a name, a pronoun, a relative word, an auxiliary or an adverb: "Trump at the
    /// time said", "Beck, who has in the past described", "He in turn said". The object of the
    /// preposition is never the subject. Not after a common noun, which the phrase may qualify
    /// ("residents in the area said": `phrase(endingAt:)` keeps it), nor with capitalised words
    /// ("the Council on Foreign Relations said"). nil otherwise.
    func adjunctBefore(_ p: Int, lo: Int, _ doc: Document, _ inQuote: [Bool]) -> Int? {
        let tokens = doc.tokens
        guard p - 2 >= lo else { return nil }
        func plain(_ k: Int) -> Bool {
            let t = tokens[k]
            return !inQuote[k] && t.kind == .word && !t.isCapitalized && (cls(t) == nil || cls(t) == "det") && !verbs.starts(t.lower)
        }
        guard plain(p), cls(tokens[p]) == nil else { return nil }
        var k = p - 1
        while k >= lo && p - k <= 3 && !Self.adjunctPrepositions.contains(tokens[k]) {
            guard plain(k) else { return nil }
            k -= 1
        }
        guard k - 1 >= lo, Self.adjunctPrepositions.contains(tokens[k]), !inQuote[k], tagged(doc, k) == .ADP else { return nil }
        let b = tokens[k - 1]
        guard !inQuote[k - 1], b.kind == .word else { return nil }
        let c = cls(b)
        return b.isCapitalized && c == nil || c == "pron" || c == "rel" || c == "aux" || isAdverb(b) ? k - 1 : nil
    }

    /// The tokens of the sentence before `s`, in its paragraph, when `s` opens with a demonstrative
    /// and a form of "be" right before the cue at token `cue` ("That's according to a new survey
    /// …", "This is according to the agency's figures"): what the source says is that sentence
    /// (without its closing punctuation). nil otherwise.
    func backReference(_ doc: Document, _ s: Sentence, cue: Int) -> Range<Int>? {
        let tokens = doc.tokens
        let lo = s.tokens.lowerBound
        guard s.index > 0, cue - lo == 2, doc.sentences[s.index - 1].paragraph == s.paragraph, words.backReference.contains(tokens[lo]),
              words.backReferenceVerb.contains(tokens[lo + 1]) else { return nil }
        let prev = doc.sentences[s.index - 1].tokens
        var e = prev.upperBound
        while e > prev.lowerBound && tokens[e - 1].kind == .punct { e -= 1 }
        return e - prev.lowerBound >= 3 ? prev.lowerBound..<e : nil
    }

    /// The noun phrase ending at token `p` (inclusive), scanning left no further than `lo`.
    func phrase(endingAt p: Int, lo: Int, _ tokens: [Token], _ inQuote: [Bool]) -> Range<Int>? {
        guard p >= lo, !inQuote[p] else { return nil }
        let head = tokens[p]
        // "47% say", "33 percent said": the share is the subject
        if (head.text == "%" || head.lower == "percent") && p > lo && tokens[p - 1].kind == .number { return (p - 1)..<(p + 1) }
        // "most of them said", "some of us believe"
        if (head.lower == "them" || head.lower == "us") && p - 2 >= lo && tokens[p - 1].lower == "of"
            && (cls(tokens[p - 2]) == "det" || cls(tokens[p - 2]) == "aux" || tokens[p - 2].kind == .number || tokens[p - 2].lower == "none" || tokens[p - 2].lower == "one" || tokens[p - 2].lower == "few") {
            return (p - 2)..<(p + 1)
        }
        guard head.kind == .word || head.kind == .number else { return nil }
        // (a capitalised modal that is also a month is a name here: "May told reporters")
        if isTimeHead(tokens, p, lo: lo) && !isNameModal(head) { return nil }
        if let c = cls(head), !isNameModal(head) {
            if c == "pron" { return p..<(p + 1) }
            if c != "det" { return nil }
        }
        if isAdverb(head) { return nil }
        var q = p
        // a long name goes on past eight tokens while its words are capitalised or join a name
        // ("the U.S. Attorney’s Office for the Western District of New York announced"), up to 16
        var named = head.isCapitalized
        while q > lo && (p - q < 8 || named && p - q < 16) {
            let t = tokens[q - 1]
            if inQuote[q - 1] { break }
            let nameWord = t.kind == .word && (t.isCapitalized || CueFinder.nameJoiners.contains(t)) || t.text == "." || t.text == "-"
            if p - q >= 8 && !nameWord { break }
            named = named && nameWord
            // "a source close to the ministry", "people familiar with the talks": the phrase goes on left
            if closeTo(tokens, q - 1, lo: lo) { q -= 2; continue }
            // "Restaurant owners in Milan protested", "The Briar in Douglas say", "advisers to Mr.
            // Obama say": the place or the person after the preposition is not the subject
            if prepositionAfterNoun(tokens, q - 1, lo: lo, inQuote) { q -= 1; continue }
            if let c = cls(t) {
                if c == "det" {
                    q -= 1
                    // a predeterminer: "all the experts", "both the mayor and …"
                    if q > lo && words.predeterminer.contains(tokens[q - 1]) && !inQuote[q - 1] { q -= 1; break }
                    if q > lo && (tokens[q - 1].lower == "of" || tokens[q - 1].lower == "for") { q -= 1; continue }
                    if closeTo(tokens, q - 1, lo: lo) { q -= 2; continue }
                    if q > lo && prepositionAfterNoun(tokens, q - 1, lo: lo, inQuote) { q -= 1; continue }
                    break
                }
                if c == "aux" && (t.lower == "'s" || t.lower == "’s") { q -= 1; continue }
                // "Elected officials in and around Miami warned": two prepositions joined by "and"
                if c == "stop", q - 3 >= lo, !inQuote[q - 2], cls(tokens[q - 2]) == "coord", prepositionAfterNoun(tokens, q - 3, lo: lo, inQuote) { q -= 3; continue }
                break
            }
            if (t.lower == "of" || t.lower == "for") && q - 1 > lo && tokens[q - 2].kind == .word && cls(tokens[q - 2]) == nil { q -= 1; continue }
            // a number after a determiner: "the 2014 American Community Survey"
            if t.kind == .number && q - 2 >= lo && cls(tokens[q - 2]) == "det" && !inQuote[q - 2] { q -= 1; continue }
            // (a lower-case word right before one capitalised word that modifies the head, a
            // common noun: "a viral Weibo post that said", "two Democratic speechwriters said"; no
            // participle: "contradicting Tulsa police’s earlier claim")
            if t.kind == .word && !isAdverb(t) && (t.isCapitalized || !tokens[q].isCapitalized || q == p
                || (q == p - 1 && !head.isCapitalized && !t.lower.hasSuffix("ing") && !t.lower.hasSuffix("ed"))) {
                if verbs.starts(t.lower) && !t.isCapitalized { break }
                q -= 1
                continue
            }
            break
        }
        return q..<(p + 1)
    }

    /// The noun phrase starting at token `r`, up to a comma, a stop word or the sentence end.
    /// After a cue (`afterCue`, "…, said ex-NYPD organized crime detective Joe Coffey") a word in
    /// "-ed" before a lower-case word describes the next noun and does not end the phrase. A day
    /// after the first word ends it ("said detective Joe Coffey Monday").
    func phrase(startingAt r: Int, hi: Int, _ tokens: [Token], _ inQuote: [Bool], subject: Bool = false, afterCue: Bool = false) -> Range<Int>? {
        guard r < hi, !inQuote[r], tokens[r].kind == .word || tokens[r].kind == .number else { return nil }
        if let c = cls(tokens[r]), c != "det" && c != "pron" { return nil }
        if cls(tokens[r]) == "pron" { return r..<(r + 1) }
        var e = r
        // a number opens a counted source ("9/11 widow Terry Strada"); the words after it must follow
        // ("9/11" may be three tokens: a number, "/" and a number)
        if tokens[r].kind == .number {
            e += 1
            if e + 1 < hi && (tokens[e].text == "/" || tokens[e].text == "-") && tokens[e + 1].kind == .number { e += 2 }
            guard e < hi, tokens[e].kind == .word, cls(tokens[e]) == nil, !inQuote[e] else { return nil }
        }
        while e < hi && e - r < 10 {
            let t = tokens[e]
            if inQuote[e] { break }
            // an age after the determiner: "said the 36-year-old Klitschko", "the 71-year-old president"
            if t.kind == .number && e > r && cls(tokens[e - 1]) == "det" && e + 2 < hi && tokens[e + 1].text == "-"
                && tokens[e + 2].kind == .word && tokens[e + 2].lower.hasPrefix("year") && !inQuote[e + 2] {
                e += 3
                continue
            }
            if t.kind == .word, cls(t) == nil || cls(t) == "det" || (t.lower == "'s" || t.lower == "’s") {
                if cls(t) == "det" && e > r { break }
                // a lowercase verb ends the phrase: "Clinton spoke", "The campaign released"
                // (a document right after a determiner is a noun: "a tweet", "the report")
                let describing = afterCue && t.lower.hasSuffix("ed") && !verbs.starts(t.lower) && e + 1 < hi && tokens[e + 1].kind == .word
                    && !tokens[e + 1].isCapitalized && cls(tokens[e + 1]) == nil && !inQuote[e + 1]
                if e > r && !t.isCapitalized && cls(t) == nil && !(cls(tokens[e - 1]) == "det" && documents.hasSingle(t)) && ((t.lower.hasSuffix("ed") && !describing) || verbs.starts(t.lower)
                    || (subject && tokens[e - 1].isCapitalized && cls(tokens[e - 1]) == nil && t.lower != "'s" && t.lower != "’s")) { break }
                // ("USA Today" is a name: the words for a day in lower case only)
                if e > r && (weekdays.hasSingle(t) || (!t.isCapitalized && words.sayingDay.contains(t))) { break }
                e += 1
                continue
            }
            if (t.lower == "of" || t.lower == "for") && e > r { e += 1; continue }
            break
        }
        while e > r && (tokens[e - 1].lower == "of" || tokens[e - 1].lower == "for") { e -= 1 }
        // a time right after the cue is no source: "said Thursday morning on Fox News"
        if e > r && (isTimeHead(tokens, r, lo: r) || (e > r + 1 && isTimeHead(tokens, r + 1, lo: r))) { return nil }
        return e > r ? r..<e : nil
    }

    /// Whether what follows a verb of saying is "this" standing for what was said ("said this.",
    /// "said this at a news conference"), not a clause that opens with it ("said this city could
    /// erupt", "said this is the end"): "this" alone, or before punctuation, a preposition (class
    /// `stop`) or a time word ("said this week" is read as a time elsewhere), or before words with
    /// no finite verb (the tagger's) among the next five.
    func demonstrativeOnly(_ a: Range<Int>, _ doc: Document) -> Bool {
        let tokens = doc.tokens
        guard tokens[a.lowerBound].lower == "this" else { return false }
        guard a.count >= 2 else { return true }
        let n = tokens[a.lowerBound + 1]
        // (and a noun phrase with no verb after it: "emphasized this experience in his remarks")
        return n.kind != .word || cls(n) == "stop" || isTimeHead(tokens, a.lowerBound + 1, lo: a.lowerBound)
            || hasFiniteVerb(doc, (a.lowerBound + 1)..<min(a.upperBound, a.lowerBound + 6)) == false
    }

    /// Whether token `p` ends a time expression, which is never a source: "Friday", "Thursday
    /// morning", "this month", "late August", "today" ("said Friday afternoon that …", "Flynn
    /// said Thursday morning on Fox News"). A month after a capitalised word is a name ("Theresa May").
    func isTimeHead(_ tokens: [Token], _ p: Int, lo: Int) -> Bool {
        let t = tokens[p]
        guard t.kind == .word else { return false }
        let prev = p > lo ? tokens[p - 1] : nil
        if weekdays.hasSingle(t) || words.deicticDay.contains(t) { return true }
        if months.hasSingle(t) { return !(prev.map { $0.kind == .word && $0.isCapitalized && !weekdays.hasSingle($0) } ?? false) || p == lo }
        guard let prev, partsOfDay.hasSingle(t) || words.timeUnit.contains(t) else { return false }
        return weekdays.hasSingle(prev) || words.timeDeterminer.contains(prev)
    }

    func isTimeWord(_ t: Token) -> Bool {
        weekdays.hasSingle(t) || months.hasSingle(t)
            || t.lower == "today" || t.lower == "yesterday" || t.lower == "tonight" || t.lower == "earlier" || t.lower == "last" || t.lower == "this"
    }

    /// The start of a time phrase ending at `p` ("on Wednesday", "last month", "this week", "in March")
    /// minus one, when a word that can end a subject stands before it; else nil.
    func timePhrase(endingAt p: Int, lo: Int, _ tokens: [Token]) -> Int? {
        guard p > lo else { return nil }
        let t = tokens[p]
        var q = p
        // a year after "in": "McConnell, who in 2010 said …"
        if t.kind == .number && t.text.utf8.count == 4 && tokens[p - 1].lower == "in" {
            q = p - 1
        } else if t.kind != .word {
            return nil
        } else if weekdays.hasSingle(t) || months.hasSingle(t) || t.lower == "today" || t.lower == "yesterday" || t.lower == "tonight" {
            // (a month after a capitalised word is a name: "Prime Minister Theresa May said")
            if months.hasSingle(t) && tokens[p - 1].kind == .word && tokens[p - 1].isCapitalized && !weekdays.hasSingle(tokens[p - 1]) { return nil }
            q = p - 1
        } else if words.timeSpan.contains(t),
                  words.relativeTimeDeterminer.contains(tokens[p - 1]) {
            q = p - 2
        } else {
            return nil
        }
        // (two may stand before it: "released in late August found")
        for _ in 0..<2 where q >= lo && words.timeOpener.contains(tokens[q]) { q -= 1 }
        guard q >= lo, tokens[q].kind == .word, cls(tokens[q]) == nil || cls(tokens[q]) == "pron" || cls(tokens[q]) == "rel" else { return nil }
        return q
    }

    /// A word that opens an adverbial phrase before the main clause: "In", "Even", "On Monday", "Speaking".
    func isOpener(_ t: Token) -> Bool {
        t.kind == .word && (cls(t) == "stop" || isAdverb(t) || isTimeWord(t) || t.lower.hasSuffix("ing") || t.lower.hasSuffix("ed") || t.lower == "even")
    }

    /// The subject of a clause of contrast that a coordinated cue at `p` ("and" at `p`) goes on:
    /// ", while the city’s police deny accusations of brutality and say …" gives "the city’s
    /// police". The clause opens with a comma and "while", "whereas", "although" or "though" at
    /// most 25 tokens before `p`, none quoted; its subject is a noun phrase that opens with a
    /// determiner, a capitalised word or a pronoun, and a word of its verb stands between the
    /// subject and `p`. nil when none. Bounded: at most 25 tokens looked at.
    func subordinateSubject(before p: Int, lo: Int, _ tokens: [Token], _ inQuote: [Bool], work: inout Int) -> Range<Int>? {
        var k = p - 1
        while k > lo && k >= p - 25 {
            work += 1
            if inQuote[k] || tokens[k].kind == .quote { return nil }
            if words.contrast.contains(tokens[k]) && tokens[k - 1].text == "," { break }
            k -= 1
        }
        guard k > lo, k >= p - 25, words.contrast.contains(tokens[k]), k + 1 < p else { return nil }
        guard let src = phrase(startingAt: k + 1, hi: p, tokens, inQuote, subject: true), src.upperBound < p,
              tokens[src.lowerBound].isCapitalized || cls(tokens[src.lowerBound]) == "pron" || cls(tokens[src.lowerBound]) == "det",
              src.count > 1 || cls(tokens[src.lowerBound]) == "pron" else { return nil }
        // (the subject's verb follows it: a word in lower case, no comma between)
        guard (src.upperBound..<p).allSatisfy({ tokens[$0].text != "," }), tokens[src.upperBound].kind == .word, !tokens[src.upperBound].isCapitalized else { return nil }
        return src
    }

    /// Where the main clause of a sentence starts: after an opening phrase that ends in a comma
    /// ("Speaking in Salem, Trump went after Bush, calling him …"; "On Monday, …"; "Still, …").
    func clauseStart(_ lo: Int, _ hi: Int, _ tokens: [Token], _ inQuote: [Bool], work: inout Int) -> Int {
        guard lo < hi, tokens[lo].kind == .word else { return lo }
        work += hi - lo
        guard isOpener(tokens[lo]), let comma = (lo..<hi).first(where: { tokens[$0].text == "," && !inQuote[$0] }) else { return lo }
        return comma + 1
    }

    /// Trims punctuation (not quotation marks) from both ends of a token range, and cuts it to
    /// its first `maxContent` tokens (`cut` tells whether it did); its steps are added to `work`.
    func trim(_ r: Range<Int>, _ tokens: [Token], cut: inout Bool, work: inout Int) -> Range<Int>? {
        var a = r.lowerBound, b = r.upperBound
        while a < b && (tokens[a].kind == .punct || tokens[a].lower == "that") && !tokens[a].text.isByte(40) { a += 1; work += 1 }
        cut = b - a > maxContent
        if cut { b = a + maxContent }
        work += b - a
        while b > a && tokens[b - 1].kind == .punct { b -= 1 }
        // an unpaired leading or trailing quotation mark stays only when its partner is inside
        var words = 0
        for k in a..<b where tokens[k].kind == .word || tokens[k].kind == .number { words += 1 }
        return words >= 2 ? a..<b : nil
    }

    /// The first attribution with a source found before token `p` whose content reaches `p` (runs
    /// over it or ends at most one token before it): the outermost cue that a coordinated or
    /// participle cue at `p` continues ("Key said that … and suggested …").
    func outerCue(_ out: [Found], reaching p: Int) -> Found? {
        out.first { f in f.source != nil && f.cue.upperBound <= p && f.content.contains { $0.contains(p) || ($0.upperBound <= p && $0.upperBound >= p - 1) } }
    }

    /// Where a content after its cue ends when it runs into another attribution (else
    /// `r.upperBound`; one pass over `r`, each step bounded):
    /// - at a comma followed by a pronoun, a name of at most three words or a noun phrase of a
    ///   determiner and at most three words (after "though", "while", "but" too), and a verb of
    ///   saying that is no parenthesis: "announced the exchange last week, he said Kabul …" ends
    ///   after "week", "… overruled that request, the source added." after "request", "…
    ///   barriers, though she noted clients …" after "barriers"; not "the economy, he believed,
    ///   was strong";
    /// - before "and", "but" or "or" and a verb of saying or telling that shares the subject:
    ///   "He claimed vast wealth and said it ensured …" ends after "wealth"; after a cue that is
    ///   no verb of saying or telling (`attitude`), or in the inflection of the `outer` cue (-s,
    ///   -ed), any cue that shares the subject: "He proposes doing away with the mandate, and plans
    ///   to reduce …" ends after "mandate";
    /// - at a comma followed by a participle cue, at most two words after it: "complained about
    ///   his mic, even suggesting he may have been sabotaged" ends after "mic".
    /// The frames of the cues `endBeforeAttribution` looks for (made once: set literals at the
    /// calls were built, their words hashed, at each).
    static let sayOnly: Set<String> = ["say"], sayTell: Set<String> = ["say", "tell"]
    static let coordinatedFrames: Set<String> = ["say", "tell", "call", "other", "accuse"]
    static let participleFrames: Set<String> = ["say", "tell", "call", "other", "accuse", "quoted"]

    func endBeforeAttribution(_ r: Range<Int>, _ tokens: [Token], _ inQuote: [Bool], attitude: Bool = false, outer: String? = nil, work: inout Int) -> Int {
        // the same inflection as the outer cue's, -s or -ed: "proposes … and plans", "denied … and accused"
        func sameInflection(_ w: String) -> Bool {
            guard let o = outer else { return false }
            return (o.hasSuffix("ed") && w.hasSuffix("ed")) || (o.hasSuffix("s") && !o.hasSuffix("ss") && w.hasSuffix("s") && !w.hasSuffix("ss"))
        }
        work += r.count
        func quoted(_ k: Int) -> Bool { k < inQuote.count && inQuote[k] }
        func sayAt(_ j: Int, frames: Set<String>) -> Bool {
            guard j < r.upperBound, !quoted(j), let f = verbs.longest(tokens, at: j, end: r.upperBound)?.entries[0]["frame"] else { return false }
            return frames.contains(f)
        }
        var k = r.lowerBound + 2
        while k < r.upperBound - 2 {
            defer { k += 1 }
            // "… a “dinner table conversation,” adding “we need everyone on it.”": a participle cue
            // after the comma that closes a quotation
            if tokens[k].kind == .quote, quoted(k), tokens[k - 1].text == ",", quoted(k - 1), !quoted(k + 1), tokens[k + 1].kind == .word,
               !tokens[k + 1].isCapitalized, tokens[k + 1].lower.hasSuffix("ing"), sayAt(k + 1, frames: CueFinder.sayTell), tokens[k + 2].text != "," { return k + 1 }
            if quoted(k) { continue }
            // "… and said …": a coordinated verb of saying (an adverb or an auxiliary may stand between)
            if cls(tokens[k]) == "coord" || tokens[k].lower == "or" {
                var j = k + 1
                while j < min(r.upperBound, k + 3) && (cls(tokens[j]) == "aux" || isAdverb(tokens[j])) { j += 1 }
                let any = attitude || sameInflection(tokens[j].lower)
                if sayAt(j, frames: any ? CueFinder.coordinatedFrames : CueFinder.sayTell) && tokens[j].kind == .word && !tokens[j].isCapitalized
                    && j + 1 < r.upperBound && tokens[j + 1].text != "," && !tokens[j].lower.hasSuffix("ing") {
                    var e = k
                    while e > r.lowerBound && tokens[e - 1].kind == .punct && !quoted(e - 1) { e -= 1 }
                    if e - r.lowerBound >= 2 { return e }
                }
                continue
            }
            guard tokens[k].text == ",", tokens[k + 1].kind == .word else { continue }
            // ", even suggesting …", ", citing …": a participle cue
            var g = k + 1
            while g < min(r.upperBound, k + 3) && tokens[g].kind == .word && !tokens[g].isCapitalized && !tokens[g].lower.hasSuffix("ing")
                    && cls(tokens[g]) != "det" && cls(tokens[g]) != "pron" && !verbs.starts(tokens[g].lower) { g += 1 }
            if g < r.upperBound - 1, tokens[g].kind == .word, !tokens[g].isCapitalized, tokens[g].lower.hasSuffix("ing"),
               sayAt(g, frames: CueFinder.participleFrames), tokens[g + 1].text != "," { return k }
            // ", though she noted …", ", and the officials said …"
            var a = k + 1
            if a + 1 < r.upperBound && (cls(tokens[a]) == "stop" || cls(tokens[a]) == "coord") && tokens[a + 1].kind == .word
                && (tokens[a + 1].isCapitalized || cls(tokens[a + 1]) == "pron" || cls(tokens[a + 1]) == "det") { a += 1 }
            guard tokens[a].isCapitalized || cls(tokens[a]) == "pron" || cls(tokens[a]) == "det" else { continue }
            let det = cls(tokens[a]) == "det"
            var j = det ? a + 1 : a
            while j < min(r.upperBound, a + (det ? 4 : 3)) && tokens[j].kind == .word && !verbs.starts(tokens[j].lower) { j += 1 }
            // (the verb may close the content: "…, the source added.")
            guard j < r.upperBound, sayAt(j, frames: CueFinder.sayOnly), j + 1 >= r.upperBound || tokens[j + 1].text != "," else { continue }
            return k
        }
        return r.upperBound
    }

    /// The statements whose cue is in sentence `s`, in the order of their cues: the sentence is read
    /// token by token, and each kind of cue is its own step (`colonCue`, `possessiveNounCue`,
    /// `accordingToCue`, `verbCue`); what they share is a `CueScan`.
    func find(_ doc: Document, sentence s: Sentence, inQuote: [Bool], quoteStarts: [Int: Int], work: inout Int) -> [Found] {
        let tokens = doc.tokens
        let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        var sc = CueScan(tokens: tokens, sentence: s, inQuote: inQuote, quoteStarts: quoteStarts, work: work + hi - lo)
        // most words start no cue: they are passed over, read in place once per sentence (a copy
        // of each token would retain its strings); the tests below make the same choice again
        let verbs = self.verbs
        let passedOver: [Bool] = tokens.withUnsafeBufferPointer { tb in
            (lo..<hi).map { i in
                tb[i].kind == .word && verbs.isFrozen && tb[i].id != Vocabulary.unassigned && !verbs.starts(id: tb[i].id)
                    && !(i + 2 < hi && tb[i + 1].lower == "that") && tb[i].lower != "according"
            }
        }
        tokens.withUnsafeBufferPointer { tb in
            var i = lo
            while i < hi {
                defer { i += 1 }
                if inQuote[i] || passedOver[i - lo] { continue }
                // (the token is read in place, through the buffer: a copy of it would retain its two strings)
                if tb[i].kind != .word {
                    if tb[i].text.isByte(58) { colonCue(doc, at: i, tb, &sc) }
                    continue
                }
                if possessiveNounCue(doc, at: i, tb, &sc) {
                    i += 1
                    continue
                }
                // a word that starts no cue (and is not "according") is passed over before anything else
                if verbs.isFrozen && tb[i].id != Vocabulary.unassigned && !verbs.starts(id: tb[i].id) && tb[i].lower != "according" { continue }
                if tb[i].isCapitalized && i > lo && tb[i - 1].kind != .quote && !(verbs.starts(id: tb[i].id) && sc.titleCase()) { continue }
                // "according to X"
                if tb[i].lower == "according" && i + 1 < hi && tb[i + 1].lower == "to" {
                    if let last = accordingToCue(doc, at: i, tb, &sc) { i = last }
                    continue
                }
                if let last = verbCue(doc, at: i, tb, &sc) { i = last }
            }
        }
        work = sc.work
        return sc.out
    }

    /// A colon that opens what was said: "Trump: “…”", "Said Ellis: “…”", "The sign reads: “…”",
    /// a headline "Kuleba: Russia Must Free …", "sent out the following message on Twitter: “…”".
    private func colonCue(_ doc: Document, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote
        func trim(_ r: Range<Int>, _ tokens: [Token]) -> Range<Int>? { sc.trim(r, self) }
        func found(_ content: [Range<Int>], source: Range<Int>?, cue: Range<Int>, rule: String, speech: Bool = true) -> Found {
            sc.found(content, source: source, cue: cue, rule: rule, speech: speech)
        }
        // "Trump: “…”": a speaker, a colon and a quotation (a colon is punctuation)
        if tb[i].text.isByte(58) && i > lo && i + 1 < hi && inQuote[i + 1] && tb[i + 1].kind == .quote,
           let src = phrase(endingAt: i - 1, lo: lo, tokens, inQuote), src.lowerBound == lo || (src.lowerBound == lo + 1 && tb[lo].kind == .punct),
           tb[src.lowerBound].isCapitalized || cls(tb[src.lowerBound]) == "pron",
           let c = trim((i + 1)..<hi, tokens) {
            // "Said Ellis: “…”": a verb of saying that opens the sentence is the cue, the name after it speaks
            if src.count >= 2, src.lowerBound == lo, tb[lo].isCapitalized, let v = verbs.longest(tokens, at: lo, end: lo + 1), v.entries[0]["frame"] == "say" {
                sc.out.append(found([c], source: (lo + 1)..<src.upperBound, cue: lo..<(lo + 1), rule: "statement.cue.colon"))
                return
            }
            // "The summary of the decision read in part: “…”", "The sign reads: “…”": what a text
            // reads is its words; the verb (past "read" is no cue of the lexicon) and "in part" are
            // no part of the source
            var rd = i - 1
            if rd - 2 > src.lowerBound, tb[rd].lower == "part", tb[rd - 1].lower == "in" { rd -= 2 }
            if rd - 1 > src.lowerBound, tb[rd].text == "," { rd -= 1 }
            if rd - 1 > src.lowerBound, tb[rd].kind == .word, !tb[rd].isCapitalized, tb[rd].lower == "read" || tb[rd].lower == "reads" {
                if sc.out.contains(where: { $0.cue == rd..<(rd + 1) }) { return }
                sc.out.append(found([c], source: src.lowerBound..<rd, cue: rd..<(rd + 1), rule: "statement.cue.colon"))
                return
            }
            // "Mr Shapps said: “…”", "Dr Holohan wrote: “…”": the verb before the colon is the cue
            // (unless the verb already made the statement: "Limbaugh continued: “…”")
            if src.count >= 2, !tb[i - 1].isCapitalized, verbs.longest(tokens, at: i - 1, end: i) != nil {
                if sc.out.contains(where: { $0.cue == (i - 1)..<i }) { return }
                sc.out.append(found([c], source: src.lowerBound..<(i - 1), cue: (i - 1)..<i, rule: "statement.cue.colon"))
                return
            }
            sc.out.append(found([c], source: src, cue: i..<(i + 1), rule: "statement.cue.colon"))
        } else if tb[i].text.isByte(58) && i > lo && i - lo <= 3 && tb[lo].paragraphStart && i + 3 < hi,
                  (lo..<i).allSatisfy({ tb[$0].kind == .word && tb[$0].isCapitalized && cls(tb[$0]) == nil }),
                  // "NEW DELHI: Their American dream …" is a dateline (an acronym may speak: "NATO: …")
                  !(lo..<i).allSatisfy({ k in tb[k].text.utf8.allSatisfy { !(97...122).contains($0) } }) || (i - lo == 1 && tb[lo].text.utf8.count <= 4),
                  tb[i + 1].kind == .word && tb[i + 1].isCapitalized || tb[i + 1].kind == .quote,
                  let c = trim((i + 1)..<hi, tokens) {
            // a headline "Kuleba: Russia Must Free …", "Pat Caddell: Democrat Voters Worried …"
            // (the caller keeps it when the source is an actor)
            // (a list of what a person was charged with is no saying: "Christopher L. Tays: Two
            // warrants, possession of marijuana, held in jail with no bond" has no finite verb)
            // (the tagger misreads a headline in title case: "Russia Must Free …" keeps its cue)
            let lowerWords = c.filter { tb[$0].kind == .word && !tb[$0].isCapitalized && cls(tb[$0]) == nil }.count
            let upperWords = c.filter { tb[$0].kind == .word && tb[$0].isCapitalized }.count
            guard upperWords > lowerWords || hasFiniteVerb(doc, c) != false else { return }
            sc.out.append(found([c], source: lo..<i, cue: i..<(i + 1), rule: "statement.cue.colon-headline"))
        } else if tb[i].text.isByte(58) && i > lo && i + 1 < hi && inQuote[i + 1] && tb[i + 1].kind == .quote,
                  !sc.out.contains(where: { f in f.content.contains { $0.contains(i + 1) } }),
                  let issued = issuedQuote(doc, colon: i, lo: lo, inQuote, work: &sc.work), let c = trim((i + 1)..<hi, tokens) {
            // "McDermott sent out the following message on Twitter: “…”"
            sc.out.append(found([c], source: issued.source, cue: issued.verb..<(issued.verb + 1), rule: "statement.cue.colon-document"))
        }
    }

    /// "Trump's claim that …": a noun of saying after its possessor; true when it made a statement.
    private func possessiveNounCue(_ doc: Document, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> Bool {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote
        func trim(_ r: Range<Int>, _ tokens: [Token]) -> Range<Int>? { sc.trim(r, self) }
        func found(_ content: [Range<Int>], source: Range<Int>?, cue: Range<Int>, rule: String, speech: Bool = true) -> Found {
            sc.found(content, source: source, cue: cue, rule: rule, speech: speech)
        }
        // "Trump's claim that …", "his repeated insistence that …": the possessor speaks
        // (not a relative clause: "his claims that were debunked" – a verb follows "that")
        if !tb[i].isCapitalized, i + 2 < hi, tb[i + 1].lower == "that", !inQuote[i + 1], nouns.hasSingle(tb[i]),
           upos(doc, i) != .VERB, clauseFollows(doc, i + 2, hi: hi), let src = possessor(before: i, lo: lo, tokens, inQuote) {
            sc.work += i - src.lowerBound
            if let c = trim((i + 2)..<hi, tokens) {
                sc.out.append(found([c], source: src, cue: i..<(i + 1), rule: "statement.cue.possessive-noun"))
                return true
            }
        }
        return false
    }

    /// "according to X" at token `i`: the last token it read, nil when it made no statement.
    private func accordingToCue(_ doc: Document, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> Int? {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote
        func trim(_ r: Range<Int>, _ tokens: [Token]) -> Range<Int>? { sc.trim(r, self) }
        func found(_ content: [Range<Int>], source: Range<Int>?, cue: Range<Int>, rule: String, speech: Bool = true) -> Found {
            sc.found(content, source: source, cue: cue, rule: rule, speech: speech)
        }
        let cue = i..<(i + 2)
        guard var src = phrase(startingAt: i + 2, hi: hi, tokens, inQuote) else { return nil }
        // "according to credible reports": a document the phrase took for a verb of saying
        if src.upperBound < hi, !inQuote[src.upperBound], !tb[src.upperBound].isCapitalized, documents.hasSingle(tb[src.upperBound]) {
            src = src.lowerBound..<(src.upperBound + 1)
        } else if src.upperBound < hi, !inQuote[src.upperBound], tb[src.upperBound].kind == .word, !tb[src.upperBound].isCapitalized,
                  cls(tb[src.upperBound]) == nil, verbs.starts(tb[src.upperBound].lower), tagged(doc, src.upperBound) == .NOUN,
                  src.upperBound + 1 == hi || tagged(doc, src.upperBound + 1) != .NOUN {
            // "according to the criminal charges": a noun the phrase took for a verb of saying
            // (the tagger's NOUN, no noun after it) ends the phrase
            src = src.lowerBound..<(src.upperBound + 1)
        }
        // "according to a tweet by Dmytro Kuleba", "a statement from the Foreign Ministry":
        // the one who issued it speaks (`source-documents`)
        // (a time or a participle of issuing may stand between: "according to a statement
        // today by U.S. Attorney Mary Jo White", "a report released Monday by the agency")
        var noun = src.upperBound - 1
        while noun > src.lowerBound && isTimeWord(tb[noun]) { noun -= 1 }
        var by = src.upperBound
        while by < min(hi, src.upperBound + 3) && !inQuote[by] && (isTimeWord(tb[by]) || (tb[by].kind == .word && !tb[by].isCapitalized && tb[by].lower.hasSuffix("ed") && cls(tb[by]) == nil && !readers.hasSingle(tb[by])) || (tb[by].lower == "on" && by + 1 < hi && weekdays.hasSingle(tb[by + 1]))) { by += 1 }
        if by + 1 < hi, words.issuerPreposition.contains(tb[by]), documents.hasSingle(tb[noun]),
           let issuer = phrase(startingAt: by + 1, hi: hi, tokens, inQuote) {
            src = src.lowerBound..<issuer.upperBound
        }
        var content: Range<Int>?
        var second: Range<Int>?
        if i <= lo + 1 {
            // ("According to data released by MOTIE in August, newly installed capacity …": a
            // phrase of the source, with no verb of its own, runs to the comma; what was said
            // follows it)
            var start = src.upperBound
            if let c = (src.upperBound..<min(hi, src.upperBound + 6)).first(where: { tb[$0].text == "," || inQuote[$0] }),
               c > src.upperBound, tb[c].text == ",", !inQuote[c],
               (src.upperBound..<c).allSatisfy({ tb[$0].kind == .word || tb[$0].kind == .number }),
               hasFiniteVerb(doc, src.upperBound..<c) == false {
                start = c + 1
            }
            content = trim(start..<hi, tokens)
        } else if let prev = backReference(doc, sc.sentence, cue: i) {
            // "Teens love Apple's AirPods, and …. That's according to a new survey from Piper
            // Jaffray.": the sentence before is what the source says
            content = trim(prev, tokens)
        } else {
            content = trim(lo..<i, tokens)
            if content == nil { content = trim(src.upperBound..<hi, tokens) }
            // "A further 17 manufacturers, according to the report, had production operations …":
            // an aside inside the clause, whose verb follows it, reports the whole clause
            var v = src.upperBound
            if v < hi, tb[v].text == ",", !inQuote[v] { v += 1 }
            if content != nil, i - 1 > lo, tb[i - 1].text == ",", !inQuote[i - 1], v < hi, !inQuote[v],
               tb[v].kind == .word, !tb[v].isCapitalized, hasFiniteVerb(doc, v..<(v + 1)) == true {
                second = trim(v..<hi, tokens)
            }
        }
        if let c = content { sc.out.append(found(second.map { [c, $0] } ?? [c], source: src, cue: cue, rule: "statement.cue.according-to")) }
        return src.upperBound - 1
    }

    /// A verb of the `reporting-verbs` lexicon at token `i`: its reading as a cue
    /// (`verbReading`), what stands left of it (`leftOfVerb`), its subject (`verbSubject`) and what
    /// was said (`verbContent`); the last token it read when it made a statement, else nil.
    private func verbCue(_ doc: Document, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> Int? {
        guard let v = verbReading(doc, at: i, tb, &sc), let left = leftOfVerb(doc, v, at: i, tb, &sc),
              let step = verbSubject(doc, v, left, at: i, tb, &sc) else { return nil }
        switch step {
        case .said(let last): return last
        case .subject(let subject): return verbContent(doc, v, left, subject, at: i, tb, &sc)
        }
    }

    /// The lexicon's entry at token `i` read as a verb of saying (not a noun, an adjective or a
    /// possessed form), or nil.
    private func verbReading(_ doc: Document, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> VerbReading? {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote, quoteStarts = sc.quoteStarts
        guard let hit = verbs.longest(tokens, at: i, end: hi) else { return nil }
        // "pleaded guilty": no cue before the words of the lexicon's `unless` column
        // ("#number": a number, in figures or words: "added three assists", "adding 151,000 jobs")
        if let unless = hit.entries[0]["unless"], i + hit.length < hi,
           unless.split(separator: "/").contains(where: { $0 == tb[i + hit.length].lower || $0 == "#number" && isNumber(tb[i + hit.length]) }) { return nil }
        let cue = i..<(i + hit.length)
        // the parse's reading of the word: a noun or an adjective is no cue ("attacks on",
        // "the alleged plot"); a verb needs none of the guesses below
        // (a headline's capitalised verbs are tagged as names, and "Many fear …" as a noun
        // after an adjective: those keep the guesses below)
        // (the tagger's reading serves without the parse: "peaceful protests in 100 cities",
        // "Abortion protests in seven states", "Embassy blasts in Kenya")
        // (the tagger alone is overruled where the words around the form make it a verb, and the
        // guesses below decide: a colon or a quotation after it ("…, warning: “They are …”"), an
        // object pronoun or a name after it ("The average shows Clinton leading"), or a name
        // before it that does not open the sentence ("Hillary Clinton plans to call on …"))
        let verbContext: Bool = {
            let a = i + hit.length
            // (a name that opens a noun phrase is no object: "calm market fears Greece's debt crisis …")
            let possessive = a + 1 < hi && (tb[a + 1].lower == "'s" || tb[a + 1].lower == "’s")
            if a < hi {
                let n = tb[a]
                if n.text == ":" || n.kind == .quote
                    || objectPronouns.contains(n) || n.kind == .word && n.isCapitalized && cls(n) == nil && !possessive { return true }
                // (a subject pronoun after it opens the clause it reports: "tax return show he took a
                // loss"; a noun before a relative clause without "that", "the show he hosted", has a
                // determiner, which the guesses below read)
                if subjectPronouns.contains(n) && n.kind == .word && !inQuote[a], i - 1 >= lo,
                   tb[i - 1].kind == .word && cls(tb[i - 1]) == nil && !inQuote[i - 1] { return true }
            }
            // (a base form that is no noun of the lexicon after a plural subject is its verb:
            // "Participating states denounce detentions …")
            // (a noun of the lexicon too before "that" and a clause: "environmentalists worry that the cost …")
            if i - 1 >= lo && !inQuote[i - 1] && isPlural(tb[i - 1]) && tb[i].lower == hit.entries[0]["lemma"]
                && (hit.entries[0]["noun"] != "yes" || a + 1 < hi && tb[a].lower == "that" && !inQuote[a] && clauseFollows(doc, a + 1, hi: hi)) { return true }
            // (a name before the form, and no preposition after it but "to": "Embassy blasts in Kenya" is a noun)
            return i - 1 > lo && tb[i - 1].kind == .word && tb[i - 1].isCapitalized && cls(tb[i - 1]) == nil && !inQuote[i - 1]
                && !isCapitals(tb[i - 1]) && a < hi && (tb[a].lower == "to" || cls(tb[a]) != "stop")
        }()
        let pos = doc.syntax.count == 0 && verbContext ? nil : tagged(doc, i)
        let quantified = i > lo && words.quantifier.contains(tb[i - 1]) && tb[i].lower == hit.entries[0]["lemma"]
        // (but a verb of saying between a name and "that" is a verb the parse took for a
        // plural noun: "AROS argues that families …")
        let nameThat = i > lo && i + 1 < hi && tb[i + 1].lower == "that" && tb[i - 1].kind == .word && tb[i - 1].isCapitalized
            && cls(tb[i - 1]) == nil && !inQuote[i - 1] && hit.entries[0]["frame"] == "say" && pos == .NOUN
        // (nor a form that closes the sentence after a short phrase in lower case set off by a comma,
        // the tail of an attribution: "…, a new study reports.", "…, the newspaper reports.")
        let closesTail: Bool = {
            guard !tb[i].isCapitalized, i + hit.length >= hi || (i + hit.length == hi - 1 && [".", "!", "?"].contains(tb[hi - 1].text)) else { return false }
            var k = i - 1
            while k >= lo && i - k <= 5 && tb[k].kind == .word && !tb[k].isCapitalized && (cls(tb[k]) == nil || cls(tb[k]) == "det") && !inQuote[k] { k -= 1 }
            return k >= lo && k < i - 1 && (tb[k].text == "," && !inQuote[k] || tb[k].kind == .quote && inQuote[k] && quoteStarts[k] != nil)
        }()
        // (nor an -s or -ed form that is no noun of the lexicon before "that" and a clause: "The company
        // that runs the AMAs, Dick Clark Productions, denies that anything has been sorted")
        // (a noun of the lexicon too after a noun of no class that is no verb's object: "Video shows that
        // Crutcher had his hands in the air", "A new poll shows that …"; not "tried to calm market fears
        // that …"; after a determiner, "the claims that he made", it stays a noun below)
        // (or a form of several words: "It also points out that …")
        let verbThat = !tb[i].isCapitalized && (tb[i].lower.hasSuffix("s") || tb[i].lower.hasSuffix("ed"))
            && (hit.entries[0]["noun"] != "yes" || i - 1 >= lo && tb[i - 1].kind == .word && cls(tb[i - 1]) == nil && !inQuote[i - 1]
                && (i - 2 < lo || tagged(doc, i - 2) != .VERB))
            && !(hit.entries[0]["lemma"] ?? "").hasPrefix(tb[i].lower) && i + hit.length + 1 < hi && tb[i + hit.length].lower == "that"
            && !inQuote[i + hit.length] && clauseFollows(doc, i + hit.length + 1, hi: hi)
        // (nor an -ing form right after a noun of `source-documents` and before "that", a colon or a
        // quotation, a participle whose subject issued the document: "issued a statement warning
        // that voters …", "posted a message urging: “…”")
        let issuedGerund = !tb[i].isCapitalized && hit.length == 1 && tb[i].lower.hasSuffix("ing") && i > lo && i + 1 < hi
            && tb[i - 1].kind == .word && !tb[i - 1].isCapitalized && documents.hasSingle(tb[i - 1])
            && (tb[i + 1].lower == "that" || tb[i + 1].text == ":" || tb[i + 1].kind == .quote)
        // (nor one after people and before a quotation: "showed protesters chanting “Macron resign”")
        let quotedGerund = !tb[i].isCapitalized && hit.length == 1 && tb[i].lower.hasSuffix("ing") && i > lo && i + 1 < hi
            && tb[i + 1].kind == .quote && inQuote[i + 1] && tb[i - 1].kind == .word && !tb[i - 1].isCapitalized
            && cls(tb[i - 1]) == nil && (isPlural(tb[i - 1]) || people.hasSingle(tb[i - 1]))
        if !tb[i].isCapitalized && !quantified && !nameThat && !closesTail && !verbThat && !issuedGerund && !quotedGerund && (pos == .NOUN || pos == .PROPN || pos == .ADJ) { return nil }
        let parsedVerb = pos == .VERB && doc.syntax.count > 0
        // a noun, not a verb: "the press", "his home state", "fabricated charges", "Trump's comments"
        if i > lo && !parsedVerb {
            let prev = tb[i - 1]
            // … but a quantifier that is the whole subject takes a verb: "Many fear …", "Some say …"
            // ("Some said they felt dejected", "Another wondered why …": a form that is no noun takes one too)
            // (not "the FBI's most wanted list": "most" only before a base form)
            let quantifierSubject = ((words.quantifier.contains(prev) && tb[i].lower == hit.entries[0]["lemma"])
                || (words.otherQuantifier.contains(prev) && hit.entries[0]["noun"] != "yes" && tb[i].lower != hit.entries[0]["lemma"]))
                && (i - 1 == lo || tb[i - 2].text == "," || tb[i - 2].kind == .quote || (cls(tb[i - 2]) == "coord" && (i - 2 == lo || tb[i - 3].text == ",")))
            if let c = cls(prev), c == "det" && !quantifierSubject || prev.lower == "'s" || prev.lower == "’s" { return nil }
            // … and a number is a poll's share before a verb of saying or thinking: "43 said", "one in 10 say"
            let shareSubject = prev.kind == .number && ["say", "tell", "think", "believe"].contains(hit.entries[0]["lemma"] ?? "")
            if prev.lower == "of" || prev.kind == .number && !shareSubject || (prev.kind == .word && !prev.isCapitalized && prev.lower.hasSuffix("ed") && cls(prev) == nil
                // (but a verb in -ed after a pronoun ends a relative clause without "that": "the experts I interviewed said")
                && !(i - 2 >= lo && cls(tb[i - 2]) == "pron" && !caselessPronouns.contains(tb[i - 2]))) { return nil }
        }
        let lemma = hit.entries[0]["lemma"] ?? ""
        // only verbs of saying put their subject after them ("…, said Trump"; never "…, praised Trump")
        let inverts = ["say", "tell"].contains(hit.entries[0]["frame"] ?? "") || ["ask", "continue"].contains(lemma)
        let form = tb[i].lower
        let baseForm = form == lemma || (hit.length > 1 && lemma.hasPrefix(form + " "))
        let sForm = !baseForm && form.hasSuffix("s") && (lemma + "s" == form || lemma + "es" == form || String(lemma.dropLast()) + "ies" == form || lemma.hasPrefix(String(form.dropLast()) + " ") || lemma.hasPrefix(String(form.dropLast(2)) + " "))
        // "Trump's promises", "he's says": no verb but a participle follows 's
        if (baseForm || sForm) && i > lo && (tb[i - 1].lower == "'s" || tb[i - 1].lower == "’s") { return nil }
        // a form that is also a common noun ("five states", "his harsh attacks on") is a verb
        // when what was said follows it or its subject is a name or a pronoun
        let nounForm = hit.entries[0]["noun"] == "yes"
        if nounForm && tb[i].isCapitalized && i > lo && !parsedVerb { return nil }
        return VerbReading(hit: hit, cue: cue, form: form, inverts: inverts, baseForm: baseForm, sForm: sForm,
                           parsedVerb: parsedVerb, nounForm: nounForm, closesTail: closesTail)
    }

    /// Left of the cue: auxiliaries, adverbs, "declined to" chains and times between it and its
    /// subject, and whether the form agrees with the subject; nil when it does not.
    private func leftOfVerb(_ doc: Document, _ v: VerbReading, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> VerbLeft? {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote
        let hit = v.hit, form = v.form, baseForm = v.baseForm, sForm = v.sForm, parsedVerb = v.parsedVerb,
            nounForm = v.nounForm, closesTail = v.closesTail
        // left of the cue: auxiliaries, adverbs and "declined to" chains
        var p = i - 1
        var passive = false
        var chains = 0
        var timeSkipped = 0
        while p >= lo {
            let c = cls(tb[p])
            // "May told reporters", "May said": a capitalised modal before a form that is not the
            // base form is a name (a modal takes the base form: "may tell")
            if c == "aux" && !baseForm && isNameModal(tb[p]) { break }
            // (an adverb the tagger knows that has no -ly: "Big Machine have twice denied", "officials
            // there said", "He has never said")
            if c == "aux" || isAdverb(tb[p]) || taggedAdverb(doc, p, lo: lo) {
                // "was announced" is passive; "is criticizing" is progressive
                // ("is widely expected", "isn't expected", "is not thought to": adverbs and a
                // negation, tagged PART, may stand between; not "was first reported by X")
                if !form.hasSuffix("ing"),
                   words.beForm.contains(tb[p]),
                   (p + 1..<i).allSatisfy({ isAdverb(tb[$0]) || tagged(doc, $0) == .PART }) { passive = true }
                p -= 1
                continue
            }
            // "Trump took to Twitter overnight to accuse …": a verb of the `verb` class, "to", a place
            // or a medium of at most three words and "to" stand between the subject and the cue
            if tb[p].lower == "to" && chains < 2,
               let t = stride(from: p - 2, through: max(lo + 1, p - 4), by: -1).first(where: { tb[$0].lower == "to" && cls(tb[$0 - 1]) == "verb" }),
               (t + 1..<p).allSatisfy({ tb[$0].kind == .word && (cls(tb[$0]) == nil || cls(tb[$0]) == "det") }) {
                chains += 1
                p = t - 2
                continue
            }
            // "prompted some Twitter users to argue that …": people (`source-nouns`) before "to" are
            // the subject of a verb of saying with a "that" clause, not a verb of a "declined to" chain
            if tb[p].lower == "to" && hit.entries[0]["frame"] == "say" && i + hit.length < hi && tb[i + hit.length].lower == "that" && p - 1 >= lo && tb[p - 1].kind == .word && !tb[p - 1].isCapitalized && people.hasSingle(tb[p - 1]) {
                p -= 1
                break
            }
            if tb[p].lower == "to" && chains < 2 && p - 1 >= lo && tb[p - 1].kind == .word && (cls(tb[p - 1]) == nil || cls(tb[p - 1]) == "verb") && !tb[p - 1].isCapitalized {
                chains += 1
                p -= 2
                continue
            }
            // a time between subject and verb: "Cruz on Wednesday announced", "the committee this week said"
            if let q = timePhrase(endingAt: p, lo: lo, tokens) {
                timeSkipped = p - q
                p = q
                continue
            }
            // a phrase of time or manner in lower case between subject and verb: "Trump at the time
            // said", "Beck, who has in the past described", "Sanders in turn argued"
            if let q = adjunctBefore(p, lo: lo, doc, inQuote) {
                timeSkipped += p - q
                p = q
                continue
            }
            break
        }
        let skipped = p + timeSkipped < i - 1
        // a base form ("say", "call") needs an auxiliary or a plural subject; an -s form a singular one
        var needPlural = false
        if (baseForm || sForm) && !parsedVerb {
            guard p >= lo else { return nil }
            let h = tb[p]
            var plural = isPlural(h) || (h.text == "%" && p > lo && tb[p - 1].kind == .number)
            // the head before a prepositional phrase agrees: "advisers to Mr. Obama say",
            // "Restaurant owners in Milan say" (the phrase is at most 8 tokens)
            if !plural && baseForm && h.kind == .word, let ph = phrase(endingAt: p, lo: lo, tokens, inQuote),
               let j = ph.dropFirst().first(where: { prepositionAfterNoun(tokens, $0, lo: lo, inQuote) || tb[$0].lower == "of" }) {
                plural = isPlural(tb[j - 1]) && !tb[j - 1].isCapitalized
            }
            // "Trump and Clinton point out", "observers in Virginia and around the country say": a coordinated subject is plural
            if !plural && baseForm && h.kind == .word, let ph = phrase(endingAt: p, lo: lo, tokens, inQuote),
               let c = coordinatedSubject(ph, lo: lo, tokens, inQuote), (c.lowerBound..<ph.lowerBound).contains(where: { tb[$0].lower == "and" }) {
                plural = true
            }
            // "Executives for the firm, which …, say": the apposition's head must be plural
            // ("…, say, Ohio" is "for example")
            if baseForm && !skipped && h.text == "," && !(form == "say" && i + 1 < hi && tb[i + 1].text == ",") { needPlural = true }
            else if baseForm && !skipped && !plural && cls(h) != "coord" && cls(h) != "rel" { return nil }
            // (a capitalised word in -s before an -s form and "that" is a name: "Wines believes that …")
            let nameInS = sForm && h.kind == .word && h.isCapitalized && cls(h) == nil && !isCapitals(h) && i + 1 < hi && tb[i + 1].lower == "that"
            if sForm && !skipped && (plural && !nameInS || h.lower.hasSuffix("ing") || (h.kind == .word && cls(h) == nil && !h.isCapitalized && h.lower.hasSuffix("al"))) { return nil }
            // ("Video of the incident shows him with …", "The average shows Clinton leading": an
            // object name or pronoun makes it a verb)
            // (after "and" that ends a cue's content, a verb: "proposes lower taxes and plans to …")
            let coordinatedAfterCue = cls(h) == "coord" && sc.out.contains { f in f.content.contains { $0.upperBound <= p && $0.upperBound >= p - 1 } }
            // (a form that closes the sentence after a short phrase set off by a comma is the verb of a
            // tail attribution: "…, a new study reports.", "…, the newspaper reports.")
            let tailSubject = closesTail
            if sForm && nounForm && !skipped && !h.isCapitalized && cls(h) != "pron" && cls(h) != "rel" && !coordinatedAfterCue && !tailSubject
                && !(i + 1 < hi && (tb[i + 1].lower == "that" || tb[i + 1].text == ":" || tb[i + 1].kind == .quote
                    || (tb[i + 1].kind == .word && tb[i + 1].isCapitalized && cls(tb[i + 1]) == nil)
                    || objectPronouns.contains(tb[i + 1]))) { return nil }
        }
        if p > lo && tb[p].text == ")" {
            var q = p - 1
            while q > lo && q > p - 8 && tb[q].text != "(" { q -= 1 }
            if tb[q].text == "(" { p = q - 1 }
        }
        return VerbLeft(p: p, passive: passive, skipped: skipped, needPlural: needPlural)
    }

    /// The subject of the cue: the phrase left of it (past appositions, relative clauses and
    /// coordination), right of it when inverted ("…, said Trump"), the agent of a passive, or
    /// the subject of a participle's clause; `.said` when a verb of quoting made the statement
    /// itself ("quoted X as saying …"), nil when there is none.
    private func verbSubject(_ doc: Document, _ v: VerbReading, _ left: VerbLeft, at i: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> SubjectStep? {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote, quoteStarts = sc.quoteStarts
        func trim(_ r: Range<Int>, _ tokens: [Token]) -> Range<Int>? { sc.trim(r, self) }
        func found(_ content: [Range<Int>], source: Range<Int>?, cue: Range<Int>, rule: String, speech: Bool = true) -> Found {
            sc.found(content, source: source, cue: cue, rule: rule, speech: speech)
        }
        let hit = v.hit, cue = v.cue, form = v.form
        let p = left.p, skipped = left.skipped, needPlural = left.needPlural
        var passive = left.passive
        var source: Range<Int>?
        // the head word of a subject the parse gave (`parseSubject`)
        var sourceHead: Int?
        var inverted = false
        var rule = "statement.cue.subject"
        let after = cue.upperBound
        // "was first reported by The Washington Post", "(Reporting by Valerie Volcovici; …)", "the
        // monitor maintained by the embassy": a participle with its agent after it is no verb of
        // its subject's saying; only a passive of saying takes the agent as its source (below).
        // ("responded by using …" and "said by phone" go on.)
        if !passive && after + 1 < hi && tb[after].lower == "by" && !inQuote[after + 1] && tb[after + 1].kind == .word
            && (tb[after + 1].isCapitalized || cls(tb[after + 1]) == "det") { return nil }
        // "Heidar Alishvandi, the governor of Qeshm, was quoted by state-run television as saying
        // rescue teams were deployed": the passive subject of a verb of quoting speaks (frame
        // `quoted`), through the verb of saying after "as"; what was said follows that verb
        // (the agent, "state-run television", only reported it)
        var quotedAs: Int?
        if passive, hit.entries[0]["frame"] == "quoted",
           let a = (after..<min(hi, after + 10)).first(where: { tb[$0].lower == "as" && !inQuote[$0] }), a + 1 < hi,
           let v = verbs.longest(tokens, at: a + 1, end: hi), ["say", "tell"].contains(v.entries[0]["frame"] ?? "") {
            passive = false
            let c = a + 1 + v.length
            // (not "was quoted as saying in a statement": what was said is the quotation before)
            if c < hi, tb[c].kind == .word || tb[c].kind == .quote, cls(tb[c]) != "stop" { quotedAs = c }
        }
        // "The Argus quoted immigration official Jurie de Wet as saying the arrests …": the
        // object of an active verb of quoting speaks, through the verb of saying after "as";
        // the subject only reported it
        if !passive, hit.entries[0]["frame"] == "quoted", after < hi, !inQuote[after],
           let obj = phrase(startingAt: after, hi: hi, tokens, inQuote), obj.upperBound + 1 < hi, tb[obj.upperBound].lower == "as",
           let v = verbs.longest(tokens, at: obj.upperBound + 1, end: hi), ["say", "tell"].contains(v.entries[0]["frame"] ?? "") {
            let c0 = obj.upperBound + 1 + v.length
            if c0 < hi, tb[c0].kind == .word || tb[c0].kind == .quote, cls(tb[c0]) != "stop",
               let c = trim(c0..<endBeforeAttribution(c0..<hi, tokens, inQuote, work: &sc.work), tokens) {
                sc.out.append(found([c], source: obj, cue: cue, rule: "statement.cue.quoted-as-saying"))
                return .said(c0 - 1)
            }
        }
        // a gerund after a preposition: "by denouncing …", "In describing X, Cuban said"
        let gerundAfter = form.hasSuffix("ing") && !skipped && p >= lo && words.gerundPreposition.contains(tb[p])
        // (an adverb may follow the comma: "…, even suggesting he may have been sabotaged")
        let adverbsOnly = p >= lo && tb[p].text == "," && (p + 1..<i).allSatisfy { isAdverb(tb[$0]) || words.asideAdverb.contains(tb[$0]) }
        let participle = form.hasSuffix("ing") && (!skipped || adverbsOnly) && p >= lo && (tb[p].text == "," || (tb[p].kind == .word && cls(tb[p]) == nil && !tb[p].isCapitalized) || gerundAfter
            // (after the comma that closes a quotation: "“… conversation,” adding “we need …”")
            || (tb[p].kind == .quote && inQuote[p] && p - 1 >= lo && tb[p - 1].text == "," && quoteStarts[p] != nil))
        var contentEnd = hi
        sc.work += i - p
        if gerundAfter && p == lo {
            // the clause opens the sentence: its subject follows the comma that closes it
            sc.work += hi - after
            guard let comma = (after..<hi).first(where: { tb[$0].text == "," && !inQuote[$0] }),
                  let src = phrase(startingAt: comma + 1, hi: hi, tokens, inQuote, subject: true),
                  tb[src.lowerBound].isCapitalized || cls(tb[src.lowerBound]) == "pron" || cls(tb[src.lowerBound]) == "det" else { return nil }
            source = src
            contentEnd = comma
            rule = "statement.cue.participle"
        } else if form.hasSuffix("ing"), !skipped, p >= lo, p == i - 1, tb[p].kind == .word, !inQuote[p], cls(tb[p]) == nil,
                  let src = phrase(endingAt: p, lo: lo, tokens, inQuote), src.count <= 6, src.lowerBound - 1 >= lo,
                  tb[src.lowerBound - 1].lower == "with", !inQuote[src.lowerBound - 1],
                  src.lowerBound - 1 == lo || tb[src.lowerBound - 2].text == "," {
            // "Stocks fell, with some analysts saying …", "…, with traders citing …": the noun phrase
            // between "with" (opening the sentence or after a comma) and the participle is its
            // subject, not the clause's (not "replacing it with softer language calling for …")
            source = src
            rule = "statement.cue.participle"
        } else if participle {
            // "…, saying …" / "released a statement calling …": the subject of the clause
            sc.work += 1
            // (the outermost cue whose content reaches the comma: `endBeforeAttribution`)
            // ("showed protesters chanting “Macron resign”", "crowds shouting “…”": people right
            // before the participle, a plural or a noun of `source-nouns`, say the quotation after it)
            if p == i - 1, after < hi, tb[after].kind == .quote, inQuote[after], tb[p].kind == .word, !tb[p].isCapitalized, cls(tb[p]) == nil,
               !documents.hasSingle(tb[p]), isPlural(tb[p]) || people.hasSingle(tb[p]),
               let src = phrase(endingAt: p, lo: lo, tokens, inQuote) {
                source = src
            } else if let prev = outerCue(sc.out, reaching: p) ?? sc.out.last(where: { $0.source != nil }) {
                source = prev.source
            } else if let src = phrase(startingAt: clauseStart(lo, p, tokens, inQuote, work: &sc.work), hi: p, tokens, inQuote, subject: true), tb[src.lowerBound].isCapitalized || cls(tb[src.lowerBound]) == "pron" || cls(tb[src.lowerBound]) == "det" {
                source = src
            } else {
                return nil
            }
            rule = "statement.cue.participle"
        } else if passive {
            // "it was announced that …"; "… was reported by X"
            if after < hi && tb[after].lower == "by", let src = phrase(startingAt: after + 1, hi: hi, tokens, inQuote) {
                source = src
                rule = "statement.cue.passive-by"
            } else {
                // (a cue of blame or naming takes "of", "for" or "as": "he was accused of …", "the plan
                // has been criticized as …", "the claim was rated as mostly true")
                let blame = ["accuse", "call", "other"].contains(hit.entries[0]["frame"] ?? "") && after < hi && words.blamePreposition.contains(tb[after])
                guard after < hi, tb[after].lower == "that" || tb[after].lower == "to" || blame else { return nil }
                rule = "statement.cue.passive"
                // "… criticized as reckless by Senator John Smith": the agent a few words on speaks
                if blame, let by = (after + 1..<min(hi, after + 8)).first(where: { tb[$0].lower == "by" && !inQuote[$0] }),
                   let src = phrase(startingAt: by + 1, hi: hi, tokens, inQuote) {
                    source = src
                    contentEnd = by
                    rule = "statement.cue.passive-agent"
                }
            }
        } else if p < lo || tb[p].text == "," || tb[p].kind == .quote || tb[p].text == ":" || tb[p].text == "—" || tb[p].text == "–" || sc.doubleHyphen(p) {
            guard let s = subjectAroundComma(v, p: p, needPlural: needPlural, at: i, tb, &sc) else { return nil }
            (source, inverted, rule) = (s.source, s.inverted, s.rule)
        } else if let c = cls(tb[p]), c == "rel" {
            // "the author of that boast": after a preposition "that" is a determiner, the "cue" a noun
            var q = p - 1
            // "family members of 9/11 victims, many of whom say": the phrase before the comma
            if tb[p].lower != "that" && q - 1 > lo && tb[q].lower == "of"
                && (words.partitive.contains(tb[q - 1]) || tb[q - 1].kind == .number) {
                q -= 2
            } else if p - 1 >= lo && (cls(tb[p - 1]) == "stop" || tb[p - 1].lower == "of") { return nil }
            if q >= lo && tb[q].text == "," { q -= 1 }
            guard let src = phrase(endingAt: q, lo: lo, tokens, inQuote) else { return nil }
            source = src.lowerBound..<(p + 1)
            rule = "statement.cue.relative"
        } else if let c = cls(tb[p]), c == "coord" {
            guard let s = coordinatedSubjectOfCue(p: p, tb, &sc) else { return nil }
            source = s
            rule = "statement.cue.coordinated"
        } else if let src = phrase(endingAt: p, lo: lo, tokens, inQuote) {
            source = src
            // a clause or participle that modifies the subject: "Employees who worked at the plant
            // said", "Protesters marching through the streets chanted", "the experts I interviewed said"
            if let m = modifiedSubject(src, lo: lo, tokens, inQuote) {
                source = m.range
                sourceHead = m.head
            } else if let c = coordinatedSubject(src, lo: lo, tokens, inQuote) {
                source = c
            }
            // the parse's subject when it goes on left of the phrase: "Employees who worked at the
            // plant said", "Protesters marching through the streets chanted", "Officials at the State
            // Department and the Pentagon said"
            if let ps = parseSubject(doc, cue: i, end: p, lo: lo, inQuote, work: &sc.work), ps.range.lowerBound < src.lowerBound {
                source = ps.range
                sourceHead = ps.head
            }
            // an apposition without its closing comma: "Joy Baker, an OBGYN based in Georgia told",
            // "Sandy Ching, president of the American Academy of Pediatrics (AAP) said": the name
            // before it is part of the source (the apposition opens with a word in lower case)
            if let s = source, s.lowerBound - 1 > lo, tb[s.lowerBound - 1].text == ",",
               tb[s.lowerBound].kind == .word, !tb[s.lowerBound].isCapitalized, cls(tb[s.lowerBound]) == nil || cls(tb[s.lowerBound]) == "det" {
                if let b = nameBefore(comma: s.lowerBound - 1, lo: lo, tokens, inQuote) { source = b..<s.upperBound }
            }
        } else if let ps = parseSubject(doc, cue: i, end: p, lo: lo, inQuote, work: &sc.work) {
            // "all the experts I interviewed said": a relative clause without "that" ends the subject
            source = ps.range
            sourceHead = ps.head
        } else {
            return nil
        }
        // a capitalised word of the auxiliary class right before the source opens it where a
        // sentence, a quotation or a clause begins: "Both sides said …", "“…,’’ Will Moy,
        // chief executive of Full Fact, told the BBC" (not "has" or "will" inside a clause)
        if !inverted, let src = source, src.lowerBound - 1 >= lo, tb[src.lowerBound - 1].kind == .word,
           tb[src.lowerBound - 1].isCapitalized, !inQuote[src.lowerBound - 1], cls(tb[src.lowerBound - 1]) == "aux",
           src.lowerBound - 1 == lo || tb[src.lowerBound - 2].kind == .quote || tb[src.lowerBound - 2].text == "," {
            source = (src.lowerBound - 1)..<src.upperBound
        }
        return .subject(VerbSubject(source: source, sourceHead: sourceHead, inverted: inverted, rule: rule,
                                    contentEnd: contentEnd, quotedAs: quotedAs))
    }

    /// The subject of a cue after a comma, a quotation, a colon or a dash (`verbSubject`): the phrase
    /// after a cue that inverts ("…, said Trump"), or the phrase before an apposition or a participle
    /// between subject and cue ("Pence, Trump's running mate, said"); nil when there is none.
    private func subjectAroundComma(_ v: VerbReading, p: Int, needPlural: Bool, at i: Int, _ tb: UnsafeBufferPointer<Token>,
                                    _ sc: inout CueScan) -> (source: Range<Int>, inverted: Bool, rule: String)? {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote, quoteStarts = sc.quoteStarts
        let hit = v.hit, inverts = v.inverts, after = v.cue.upperBound
        var source: Range<Int>?
        var inverted = false
        var rule = ""
        // "…, said Trump" / "“…” said the spokesman"
        // (no auxiliary between: "Clinton, a Democrat, did not mention Trump" is not inverted)
        // (not after a name and its apposition: "James Kennedy, the prosecutor, said the case …")
        if inverts, p == i - 1, !nameAndApposition(before: p, lo: lo, tokens, inQuote), let src = phrase(startingAt: after, hi: hi, tokens, inQuote, afterCue: true), p >= lo,
           tb[src.lowerBound].isCapitalized || cls(tb[src.lowerBound]) == "det" || cls(tb[src.lowerBound]) == "pron" || countedSource(src, tokens)
            || titledName(src, tokens) || describedPeople(src, tokens),
           src.upperBound >= hi || [",", ".", "!", "?", ":", ";", "(", "—"].contains(tb[src.upperBound].text)
            // (a day after it: "said detective Joe Coffey Monday")
            || weekdays.hasSingle(tb[src.upperBound]) || (!tb[src.upperBound].isCapitalized && words.sayingDay.contains(tb[src.upperBound]))
            // (not before an opening quotation: in "Ayrault, a member of the council, said North Korea's latest
            // “provocation …”" the words after the cue open what was said)
            || (tb[src.upperBound].kind == .quote && !(inQuote[src.upperBound] && quoteStarts[src.upperBound] == nil))
            || (cls(tb[src.upperBound]) == "rel" && cls(tb[src.lowerBound]) != "pron") || cls(tb[src.upperBound]) == "stop" && cls(tb[src.lowerBound]) != "pron",
           // "Another provincial official, Ghasem Karami, told The Associated Press that …", "“…,”
           // Commodore Nirad Sinha, a navy spokesman, told CNN.": what follows "told" is the
           // addressee, never the speaker
           hit.entries[0]["frame"] != "tell" {
            source = src
            inverted = true
            rule = "statement.cue.inverted"
            // "…,” said a report from Kotak Institutional Equities.": what a source issues
            // (`source-documents`) and its issuer after "from", "by" or "of" (`StatementFinder.speaker`)
            if src.upperBound + 1 < hi, documents.hasSingle(tb[src.upperBound - 1]), words.issuerPreposition.contains(tb[src.upperBound]),
               let issuer = phrase(startingAt: src.upperBound + 1, hi: hi, tokens, inQuote), tb[issuer.lowerBound].isCapitalized || cls(tb[issuer.lowerBound]) == "det" {
                source = src.lowerBound..<issuer.upperBound
            }
            // "…, said another witness in the impeachment probe, former White House Russia adviser
            // Fiona Hill.": an apposition that closes the sentence is part of the source (its name
            // speaks: `StatementFinder.speaker`), past a prepositional phrase of the description
            var e = source!.upperBound
            if e < hi && cls(tb[e]) == "stop" {
                while e < min(hi, src.upperBound + 7) && tb[e].kind == .word && !inQuote[e] && !verbs.starts(tb[e].lower) { e += 1 }
            }
            if e + 1 < hi, tb[e].text == ",", !inQuote[e], let app = phrase(startingAt: e + 1, hi: hi, tokens, inQuote),
               tb[app.upperBound - 1].isCapitalized, (app.upperBound..<hi).allSatisfy({ tb[$0].kind == .punct }) {
                source = src.lowerBound..<app.upperBound
            }
        } else if p >= lo && (tb[p].text == "," || tb[p].text == "—" || tb[p].text == "–" || sc.doubleHyphen(p)) {
            // apposition or participle between subject and cue: "Pence, Trump's running mate, said",
            // "Sims — a teacher from Ohio — says", "Kall -- co-editor of …, a book … -- said"
            let mark = tb[p].text
            // (a double hyphen is two tokens: the apposition opens at the pair before)
            let double = sc.doubleHyphen(p)
            var q = double ? p - 2 : p - 1
            while q > lo && q > p - 30 && (double ? !sc.doubleHyphen(q) : tb[q].text != mark) && !inQuote[q] { q -= 1 }
            if double && q > lo && sc.doubleHyphen(q) { q -= 1 }
            // "study lead author Lucas Paganini, a planetary scientist at … in Greenbelt, Maryland,
            // and American University in Washington, D.C., said": an apposition with commas of its own
            // opens at the comma after the name
            // (also a relative clause after a place's name: "…, 59, of Ashton, Md., who watched …, said")
            if !double, q > lo, tb[q].text == ",", nameBefore(comma: q, lo: lo, tokens, inQuote) == nil || (q + 1 < p && tb[q + 1].lower == "who"),
               let c = appositionOpening(before: q, p: p, lo: lo, tokens, inQuote) { q = c }
            // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": past a parenthesis
            var e = q - 1
            if q > lo && tb[e].text == ")" {
                var b = e - 1
                while b > lo && b > e - 8 && tb[b].text != "(" { b -= 1 }
                if tb[b].text == "(" { e = b - 1 }
            }
            guard q > lo, tb[q].text == mark, e >= lo, let src = phrase(endingAt: e, lo: lo, tokens, inQuote) else { return nil }
            // "A third of voters, 33%, say": a share in the apposition is plural too
            if needPlural && !isPlural(tb[src.upperBound - 1]) && !(q..<p).contains(where: { tb[$0].kind == .number }) { return nil }
            // the apposition is part of the source: "A lawyer for the news outlets, David Schulz,"
            // (the speaker is the name of either part: `StatementFinder.speaker`)
            // (a name's last word may be a word of a class too: "Grainia Long")
            source = mark == "," && p - q <= 7 && tb[p - 1].kind == .word && tb[p - 1].isCapitalized && (cls(tb[p - 1]) == nil || p - 1 > q + 1)
                && q + 1 < p && tb[q + 1].isCapitalized && cls(tb[q + 1]) == nil ? src.lowerBound..<p : src
            // a name before the phrase, and the apposition was a second one: "David Chang, CEO
            // of Gradifi — which consults for … — said", "Former Rep. Will Hurd, R-Texas, a
            // onetime rival who has endorsed Haley, said"
            if src.lowerBound - 1 > lo, tb[src.lowerBound - 1].text == ",", !inQuote[src.lowerBound - 1],
               let b = nameBefore(comma: src.lowerBound - 1, lo: lo, tokens, inQuote) {
                source = b..<source!.upperBound
            }
            rule = "statement.cue.apposition"
        } else {
            return nil
        }
        return source.map { ($0, inverted, rule) }
    }

    /// The subject of a cue after "and" or "but" (`verbSubject`): that of a clause before it, of the
    /// outermost cue whose content reaches it or of the last cue ("May said …, and suggested …");
    /// the content of the cue before then ends before the "and". Nil when there is none; `.some(nil)`
    /// when the cue whose subject it takes had none (a passive).
    private func coordinatedSubjectOfCue(p: Int, _ tb: UnsafeBufferPointer<Token>, _ sc: inout CueScan) -> Range<Int>?? {
        let tokens = sc.tokens, lo = sc.lo, inQuote = sc.inQuote
        var source: Range<Int>?
        sc.work += 1
        // the subject of the outermost cue whose content goes on to the "and" (or ends right
        // before it: `endBeforeAttribution`): "May said that the country would declare …, and
        // suggested that …": May suggested; else of the last cue
        // (but a clause after ", while" has its own subject, which the "and" goes on with:
        // "China said it is committed to …, while the city’s police deny accusations … and say
        // they show utmost restraint": the police say)
        if let sub = subordinateSubject(before: p, lo: lo, tokens, inQuote, work: &sc.work) {
            source = sub
        } else if let prev = outerCue(sc.out, reaching: p) ?? sc.out.last(where: { $0.source != nil && $0.cue.upperBound <= p }) {
            source = prev.source
        } else if let src = phrase(startingAt: clauseStart(lo, p, tokens, inQuote, work: &sc.work), hi: p, tokens, inQuote, subject: true),
                  tb[src.lowerBound].isCapitalized || cls(tb[src.lowerBound]) == "pron",
                  // (a determiner alone is no subject: "The unreleased video …, who have … and called for")
                  src.count > 1 || cls(tb[src.lowerBound]) != "det" {
            source = src
        } else {
            return nil
        }
        // "Ryan said he was not ready, and suggested that …": the first content ends before "and"
        if let k = sc.out.indices.last, let last = sc.out[k].content.last, last.contains(p) {
            var e = p
            while e > last.lowerBound && tb[e - 1].kind == .punct { e -= 1 }
            if e - last.lowerBound >= 2 { sc.out[k].content[sc.out[k].content.count - 1] = last.lowerBound..<e }
        }
        return .some(source)
    }

    /// What was said: the clause after the cue ("that", ":", an opening quotation), the text before
    /// its subject when the cue closes the sentence, or both halves of a split quotation; the last
    /// token read when it made a statement, else nil.
    private func verbContent(_ doc: Document, _ v: VerbReading, _ left: VerbLeft, _ s: VerbSubject, at i: Int, _ tb: UnsafeBufferPointer<Token>,
                             _ sc: inout CueScan) -> Int? {
        let tokens = sc.tokens, lo = sc.lo, hi = sc.hi, inQuote = sc.inQuote, quoteStarts = sc.quoteStarts
        func trim(_ r: Range<Int>, _ tokens: [Token]) -> Range<Int>? { sc.trim(r, self) }
        func found(_ content: [Range<Int>], source: Range<Int>?, cue: Range<Int>, rule: String, speech: Bool = true) -> Found {
            sc.found(content, source: source, cue: cue, rule: rule, speech: speech)
        }
        let hit = v.hit, cue = v.cue, after = cue.upperBound, p = left.p
        let source = s.source, sourceHead = s.sourceHead, inverted = s.inverted, contentEnd = s.contentEnd, quotedAs = s.quotedAs
        var rule = s.rule
        // the content
        var subjectStart = inverted ? cue.lowerBound : (source?.lowerBound ?? cue.lowerBound)
        // "“We are glad,” spokesman Bob Smith said", "“…,” team general manager A.J. Smith said",
        // "“…,” Lakers coach Frank Vogel said": up to three words between a quotation and the
        // source are its title, not part of what was said
        // (and where the words before the source and its title end)
        var titleStart = subjectStart
        if !inverted, source != nil {
            var k = subjectStart
            while k > lo, subjectStart - k < 3, tb[k - 1].kind == .word, !inQuote[k - 1],
                  cls(tb[k - 1]) == nil || cls(tb[k - 1]) == "det" { k -= 1 }
            titleStart = k
            // (a quotation that opens the sentence: not a title of a work in it, "On this
            // weekend’s broadcast of “Fox News Sunday,” Republican vice-presidential nominee Gov.
            // Mike Pence said"; after a comma, when the word before the name says what the
            // source is: "Jameis Winston threw for 300 yards, coach Bruce Arians said", not
            // "…, yet Donald Trump continually brags")
            func names(_ role: Int) -> Bool {
                tb[role].isCapitalized || roleWords.contains { $0.hasSingle(tb[role]) } || wordClass(doc, role) == .NOUN
            }
            if k < subjectStart, k - 1 >= lo, quoteStarts[k - 1].map({ $0 <= lo }) == true || (tb[k - 1].text == "," && names(subjectStart - 1)) {
                subjectStart = k
            }
        }
        // "was pressed by the host about …": what was said follows the agent
        let passiveBy = rule == "statement.cue.passive-by"
        let afterCue = inverted || passiveBy ? (source?.upperBound ?? after) : after
        var contentStart: Int?
        var k = afterCue
        var openingQuote = false
        while k < min(contentEnd, afterCue + 8) {
            // an opening quote close to the cue is what was said; one further on, after a
            // noun, is a name or a title ("during a panel discussion “Human Rights in …”")
            if inQuote[k] && tb[k].kind == .quote {
                // "said he was “not ready”": a quotation after words of the clause is part of it
                if k <= afterCue + 1 || tb[k - 1].text == ":" || tb[k - 1].text == "," { contentStart = k; openingQuote = true }
                break
            }
            if inQuote[k] { break }
            let l = tb[k].lower
            // "said he thought that …": what was said is the whole clause, its own verb of saying included
            if l == "that" && k > afterCue + 1 && cls(tb[afterCue]) == "pron"
                && (afterCue + 1..<k).contains(where: { verbs.starts(tb[$0].lower) }) { contentStart = afterCue; break }
            if l == "that" || l == ":" { contentStart = k + 1; break }
            // "…,” Anderson said, adding that …": the "that" belongs to the next cue
            if tb[k].text == "," && k + 1 < hi && tb[k + 1].kind == .word && (tb[k + 1].lower.hasSuffix("ing") || verbs.starts(tb[k + 1].lower)) { break }
            if tb[k].text == "." { break }
            k += 1
        }
        if contentStart == nil, let c = quotedAs { contentStart = c }
        // "“…,” he said" / "“…”, he said": a quotation that ends in punctuation right before the subject
        // (not a name in quotation marks: "an unaligned “Wyoming first” push, which proposed")
        let quoteBefore = subjectStart > lo && (quoteStarts[subjectStart - 1] != nil && subjectStart - 2 >= lo && tb[subjectStart - 2].kind == .punct
            || (subjectStart - 2 >= lo && tb[subjectStart - 1].text == "," && quoteStarts[subjectStart - 2] != nil))
        // ("HP, as Gizmodo very recently explained, is a complex and rare condition": an aside "as X
        // said" between commas is one too)
        let asAside = !inverted && subjectStart - 2 > lo && tb[subjectStart - 1].lower == "as" && tb[subjectStart - 2].text == "," && !inQuote[subjectStart - 1]
            && afterCue < contentEnd && tb[afterCue].text == ","
        let before: Range<Int>? = {
            // "Striker Harry Kane scored twice, and manager Jose Mourinho praised him": a clause
            // joined by "and" or "but" is no part of what the next one's subject says
            // (after a comma: "producers Craig Zadan and Neil Meron said", "team president and
            // general manager Ed Stefanski said" have one subject)
            if titleStart - 1 > lo, cls(tb[titleStart - 1]) == "coord", tb[titleStart - 2].text == "," { return nil }
            var b = subjectStart
            if asAside { b -= 1 }
            while b > lo && (tb[b - 1].text == "," || tb[b - 1].text == "—" || tb[b - 1].text == "-") { b -= 1 }
            // a quotation the sentence splitter cut ("… urban areas? Absolutely,” Woolson said") is whole
            var a = lo
            if quoteBefore, let qs = quoteStarts[subjectStart - 1] ?? quoteStarts[subjectStart - 2], qs < lo { a = qs }
            return b > a ? trim(a..<b, tokens) : nil
        }()
        let next = afterCue < contentEnd ? tb[afterCue] : nil
        // "…, he said in a statement": the cue closes the sentence; without a comma (or a quote)
        // before the subject, the text before it is not what was said ("There are reasons Israel refuses to …")
        let commaBefore = subjectStart > lo && [",", "—", "-", ":", ";"].contains(tb[subjectStart - 1].text) || subjectStart > lo && tb[subjectStart - 1].kind == .quote || asAside
        // "…, an insurgent source told Agence France-Presse.": after "told", only the addressee
        // (a short phrase, no "that", no "to", no quotation) closes the sentence
        // (or ends at a comma before a participle of saying, which reports on: "…, officials told
        // state media, adding that …")
        var addresseeEnd = contentEnd
        if commaBefore && hit.entries[0]["frame"] == "tell",
           let c = (afterCue..<min(contentEnd, afterCue + 7)).first(where: { tb[$0].text == "," && !inQuote[$0] }), c > afterCue,
           c + 1 < contentEnd, tb[c + 1].kind == .word, !tb[c + 1].isCapitalized, tb[c + 1].lower.hasSuffix("ing"),
           let v = verbs.longest(tokens, at: c + 1, end: hi), ["say", "tell"].contains(v.entries[0]["frame"] ?? "") {
            addresseeEnd = c
        }
        let addresseeOnly = commaBefore && hit.entries[0]["frame"] == "tell" && afterCue < addresseeEnd && addresseeEnd - afterCue <= 6
            && (afterCue..<addresseeEnd).allSatisfy { k in !inQuote[k] && tb[k].kind != .quote && tb[k].lower != "that" && tb[k].lower != "to" && tb[k].text != ":" }
        let tailCue = next == nil || next!.kind == .punct || addresseeOnly || (commaBefore && (next.map { cls($0) == "stop" || isTimeWord($0) } ?? false))
        // a participle's content follows it ("…, he said, recalling the thinking …")
        let participleCue = rule == "statement.cue.participle"
        // "… and ordered X": a coordinated cue's content follows it, never the text before its
        // shared subject ("… is a dose of law and order.")
        // (nor a relative clause's cue: in "“…,” said Hill, who will testify Thursday." the
        // quotation is Hill's saying, not her testifying)
        let noBefore = participleCue || rule == "statement.cue.coordinated" || rule == "statement.cue.relative"
        // "“… NOW!” Trump said on Twitter.": the quotation ended the sentence before
        let quoteAbove = subjectStart == lo && lo > 0 && !participleCue && !tb[lo].paragraphStart && (next == nil || next!.kind == .punct || next.map { cls($0) == "stop" || isTimeWord($0) } ?? false)
            ? quoteStarts[lo - 1] : nil
        var parts: [Range<Int>] = []
        // "testified side-by-side before the House Intelligence Committee Tuesday about
        // the events …": a verb of saying followed by a phrase with no verb of its own
        // tells where and about what, not what was said (a noun phrase stays: "denied
        // the charges")
        // (but a preposition the verb takes for its object, the lexicon's `object` column: "agreed
        // with the analysis")
        func prepositionOnly(_ a: Range<Int>) -> Bool {
            let object = hit.entries[0]["object"].map { $0.split(separator: "/").contains { $0 == tb[a.lowerBound].lower } } ?? false
            return hit.entries[0]["frame"] == "say" && !object && opensWithPreposition(doc, a) && hasFiniteVerb(doc, a) == false
        }
        // "who said and did the same things", "users know and love": a second verb follows the
        // cue, and nothing was said (unless a quotation before the subject was)
        let secondVerb = contentStart == nil && afterCue < contentEnd && (cls(tb[afterCue]) == "coord" || tb[afterCue].lower == "or")
        if passiveBy && contentStart == nil, let src = source, src.upperBound < contentEnd, words.passiveComplement.contains(tb[src.upperBound]),
           let a = trim(src.upperBound..<contentEnd, tokens) {
            // "were told by police to stay inside", "was described by police as a 5 foot …"
            parts = [a]
        } else if passiveBy && contentStart == nil {
            // "Donald Trump, meanwhile, is supported by far fewer publications": without "that" or a
            // quotation, what the agent says or backs is the passive's subject, never the words
            // after the agent ("were rejected by the council in 2015"); a lone pronoun says nothing
            var e = p
            while e >= lo && isAdverb(tb[e]) { e -= 1 }
            // ("Donald Trump, meanwhile, is …": an aside between commas)
            if e >= lo && tb[e].text == "," {
                e = stride(from: e - 1, through: max(lo, e - 5), by: -1).first(where: { tb[$0].text == "," }).map { $0 - 1 } ?? e - 1
            }
            if e >= lo, let subject = phrase(endingAt: e, lo: lo, tokens, inQuote), let a = trim(subject, tokens) { parts = [a] }
        } else if !participleCue, let b = before, quoteBefore, openingQuote, let cs = contentStart, let a = trim(cs..<contentEnd, tokens) {
            parts = [b, a]  // split quote
            rule += "+split"
        } else if let cs = contentStart, let a = trim(cs..<contentEnd, tokens) {
            parts = [a]
        } else if !participleCue && !inverted && !quoteBefore, let b = before, let n = next, n.text == ",", b.count <= 6,
                  isOpener(tb[b.lowerBound]) || cls(tb[b.lowerBound]) == "coord",
                  let a = trim((afterCue + 1)..<contentEnd, tokens), a.count >= 3 {
            // "But in recent days, advisers to Mr. Obama say, the president has grown …": a cue
            // set off by commas after an opening phrase reports the clause after it
            parts = [a]
        } else if !noBefore && !participleCue && !inverted && !quoteBefore, let b = before, let n = next, n.text == ",", commaBefore,
                  afterCue + 1 < contentEnd, hasFiniteVerb(doc, (afterCue + 1)..<(afterCue + 2)) == true,
                  let a = trim((afterCue + 1)..<contentEnd, tokens), a.count >= 2,
                  !(a.lowerBound..<a.upperBound).contains(where: { tb[$0].kind == .quote }) {
            // "A major part of the reason, McKinley said, is the flow of drugs": a cue set off by
            // commas inside the clause, whose verb follows it, reports the whole clause
            parts = [b, a]
            rule += "+split"
        } else if !noBefore, let b = before, inverted || quoteBefore || tailCue,
                  // "In Philadelphia, Schultz refused to speak": an opening phrase is not what was said
                  inverted || quoteBefore || !isOpener(tb[b.lowerBound]) || b.contains(where: { tb[$0].text == "," })
                    || trim(afterCue..<contentEnd, tokens) == nil {
            parts = [b]
        } else if let q = quoteAbove {
            parts = [q..<lo]
            rule += "+quote-before"
        } else if let a = trim(afterCue..<contentEnd, tokens), !words.nonContent.contains(tb[a.lowerBound]),
                  !demonstrativeOnly(a, doc), !secondVerb,
                  !prepositionOnly(a),
                  // "said no to the deal", "said yes." (but "said no decision had been made")
                  !(words.answer.contains(tb[a.lowerBound]) && (a.count < 2 || tb[a.lowerBound + 1].kind != .word || tb[a.lowerBound + 1].lower == "to")) {
            parts = [a]
        } else if !noBefore && !secondVerb, let b = before,
                  // ("…, yet Donald Trump continually brags about his prowess": the clause
                  // before is no part of it either)
                  trim(afterCue..<contentEnd, tokens).map(prepositionOnly) != true || b.contains(where: { tb[$0].kind == .quote }) {
            parts = [b]
        }
        guard !parts.isEmpty else { return nil }
        if let last = parts.last, last.lowerBound >= cue.upperBound, let cut = trim(last.lowerBound..<endBeforeAttribution(last, tokens, inQuote, attitude: !["say", "tell"].contains(hit.entries[0]["frame"] ?? ""), outer: tb[cue.lowerBound].lower, work: &sc.work), tokens) {
            parts[parts.count - 1] = cut
        }
        // "the trek, which kicks off June 9th …, and concludes October 10th in Houston, Texas": a
        // date after the cue, with no clause, "to" or quotation after it, says when, not what
        if parts.count == 1, let a = parts.first, a.lowerBound >= cue.upperBound, a.count >= 2, months.hasSingle(tb[a.lowerBound]),
           tb[a.lowerBound + 1].text.first?.isNumber == true, hasFiniteVerb(doc, a) == false,
           !a.contains(where: { tb[$0].lower == "to" || tb[$0].lower == "that" || tb[$0].kind == .quote }) { return nil }
        var f = found(parts, source: source, cue: cue, rule: rule, speech: hit.entries[0]["frame"] == "say")
        f.sourceHead = sourceHead
        // "was quoted by state-run television as saying …" (`verbSubject`)
        if quotedAs != nil { f.rule = "statement.cue.quoted-as-saying" }
        sc.out.append(f)
        return cue.upperBound - 1
    }
}
