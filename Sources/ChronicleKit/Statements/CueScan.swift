/// What `CueFinder.find` keeps while it reads one sentence: the sentence's bounds and quotation
/// marks, the statements found so far, the content ranges cut to the longest content, the work
/// count and whether the sentence is a headline in title case (counted once). Each kind of cue
/// (`CueFinder.colonCue`, `possessiveNounCue`, `accordingToCue`, `verbCue`) reads and extends it.
struct CueScan {
    let tokens: [Token]
    let sentence: Sentence
    let lo: Int, hi: Int
    let inQuote: [Bool]
    let quoteStarts: [Int: Int]
    var work: Int
    var out: [CueFinder.Found] = []
    /// The content ranges `trim` cut to `CueFinder.maxContent` tokens.
    var cutRanges = Set<Range<Int>>()
    private var titleCaseKnown: Bool?

    init(tokens: [Token], sentence: Sentence, inQuote: [Bool], quoteStarts: [Int: Int], work: Int) {
        self.tokens = tokens
        self.sentence = sentence
        lo = sentence.tokens.lowerBound
        hi = sentence.tokens.upperBound
        self.inQuote = inQuote
        self.quoteStarts = quoteStarts
        self.work = work
    }

    /// `CueFinder.trim`, remembering a range it cut.
    mutating func trim(_ r: Range<Int>, _ finder: CueFinder) -> Range<Int>? {
        var cut = false
        let x = finder.trim(r, tokens, cut: &cut, work: &work)
        if cut, let x { cutRanges.insert(x) }
        return x
    }

    func found(_ content: [Range<Int>], source: Range<Int>?, cue: Range<Int>, rule: String, speech: Bool = true) -> CueFinder.Found {
        CueFinder.Found(content: content, source: source, cue: cue, rule: rule, speech: speech, truncated: content.contains(where: cutRanges.contains))
    }

    /// A headline in title case ("Senator Slams Rival"): its capitalized verbs can be cues
    /// (counted once, when a capitalized word inside the sentence is a cue word).
    mutating func titleCase() -> Bool {
        if let known = titleCaseKnown { return known }
        var words = 0, capitals = 0
        work += hi - lo
        for k in lo..<hi where tokens[k].kind == .word && tokens[k].lower.utf8.count > 3 {
            words += 1
            if tokens[k].isCapitalized { capitals += 1 }
        }
        titleCaseKnown = words >= 3 && capitals * 10 >= words * 8
        return titleCaseKnown!
    }

    /// "--" written for a dash: two hyphen tokens, `k` the second.
    func doubleHyphen(_ k: Int) -> Bool {
        k - 1 >= lo && tokens[k].text == "-" && tokens[k - 1].text == "-" && !inQuote[k]
    }
}

/// A word of the `reporting-verbs` lexicon read as a verb of saying (`CueFinder.verbReading`).
struct VerbReading {
    let hit: (length: Int, entries: [LexiconEntry])
    let cue: Range<Int>
    /// The cue's first word in lower case.
    let form: String
    /// Whether the verb may put its subject after it ("…, said Trump").
    let inverts: Bool
    /// Whether the form is the lemma's base form, or its -s form.
    let baseForm: Bool, sForm: Bool
    /// Whether the parse read it as a verb.
    let parsedVerb: Bool
    /// Whether the form is also a common noun of the lexicon.
    let nounForm: Bool
    /// Whether it closes the sentence after a short phrase set off by a comma ("…, the newspaper reports.").
    let closesTail: Bool
}

/// What stands left of a cue (`CueFinder.leftOfVerb`): the token its subject ends at, whether the
/// verb is passive, whether words were skipped between them, whether the subject must be plural.
struct VerbLeft {
    let p: Int
    let passive: Bool
    let skipped: Bool
    let needPlural: Bool
}

/// The subject found for a cue (`CueFinder.verbSubject`).
struct VerbSubject {
    let source: Range<Int>?
    /// The head word of a subject the parse gave.
    let sourceHead: Int?
    /// Whether the subject follows the cue ("…, said Trump").
    let inverted: Bool
    let rule: String
    /// Where what was said must end.
    let contentEnd: Int
    /// Where what was said opens after "as saying" when a passive verb of quoting is the cue.
    let quotedAs: Int?
}

/// The outcome of `CueFinder.verbSubject`: a subject to read what was said for, or a statement
/// already made (the last token it read).
enum SubjectStep {
    case subject(VerbSubject)
    case said(Int)
}
