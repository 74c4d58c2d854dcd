import Foundation

/// The event trigger lexicon (`Resources/events/en/triggers.tsv`): verbs, nouns and multiword
/// forms, each with its compact kind, PLOVER type, CAMEO root and target frame.
///
/// Entries are matched on lowercase forms. A lemma's regular forms are made here (-s, -ed,
/// -ing, with the spelling rules of English and both with and without a doubled final
/// consonant: an extra form that is no word costs nothing); irregular ones are listed. When a
/// syntax layer gives lemmas, `entries(lemma:)` is the seam: the same entries keyed by lemma.
public struct TriggerLexicon: Sendable {
    /// Part of speech of an entry.
    public enum POS: String, Sendable { case verb = "v", noun = "n", either = "vn", verbPhrase = "vp", nounPhrase = "np" }

    /// One lexicon line.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var lemma: String
        public var pos: POS
        public var kind: String
        public var plover: String?
        public var cameo: String?
        /// Where the target is: `obj` or prepositions.
        public var frame: [String] {
            didSet { framePrepositions = Set(frame.filter { !Entry.frameMarks.contains($0) }); targetPrepositions = framePrepositions.union(Entry.commonPrepositions) }
        }
        /// Frame values that are no prepositions: `obj` (the object is the target), `self` (the
        /// trigger names its agent: "demonstrators"), `patient` (the subject is what the event
        /// happens to: "three people died").
        static let frameMarks: Set<String> = ["obj", "self", "patient"]
        /// The frame's prepositions (made once, not for every trigger).
        public private(set) var framePrepositions: Set<String>
        /// The frame's prepositions and the common ones a target follows.
        public private(set) var targetPrepositions: Set<String>
        static let commonPrepositions: Set<String> = ["to", "of", "from", "on", "against", "with", "by", "for"]
        public var example: String
        /// The file line, for messages.
        public var line: Int

        public init(id: String, lemma: String, pos: POS, kind: String, plover: String?, cameo: String?, frame: [String], example: String, line: Int) {
            self.id = id
            self.lemma = lemma
            self.pos = pos
            self.kind = kind
            self.plover = plover
            self.cameo = cameo
            self.frame = frame
            self.framePrepositions = Set(frame.filter { !Entry.frameMarks.contains($0) })
            self.targetPrepositions = framePrepositions.union(Entry.commonPrepositions)
            self.example = example
            self.line = line
        }
    }

    /// One element of a form: a word, or a gap of up to three modifiers.
    enum Element: Hashable { case word(String), gap }

    /// A form of an entry: its elements, and whether the first word is an inflected verb form.
    struct Form: Sendable {
        var entry: Int
        var rest: [Element]
        /// The first word's role: a base/-s form (noun or verb), an -ed form (a verb), -ing.
        var shape: Shape
    }

    enum Shape: UInt8, Sendable { case base, past, gerund }

    public private(set) var entries: [Entry] = []
    /// Forms by their first word.
    var byFirst: [String: [Form]] = [:]
    var byLemma: [String: [Int]] = [:]
    /// The readings (forms `=`) by id: entries no form or lemma finds.
    var readings: [String: Int] = [:]
    /// The first words and the lemmas under a byte hash (`Vocabulary`): most tokens start no
    /// form, and a miss in this table costs a few byte operations instead of the dictionary's
    /// seeded string hash (it was the largest single cost of the events stage).
    let firstWords = Vocabulary()
    /// The forms of each first word, by its id in `firstWords`.
    var formsByFirst: [[Form]] = []
    let lemmas = Vocabulary()
    var entriesByLemma: [[Int]] = []

    /// The bundled English lexicon, loaded once.
    public static let english: Result<TriggerLexicon, ChronicleError> = RuleBook.bundled("events/en/triggers.tsv") { try TriggerLexicon(text: $0, file: $1) }

    /// Loads the bundled lexicon or throws the loading error.
    public static func standard() throws -> TriggerLexicon { try english.get() }

    /// Parses a lexicon file's text.
    public init(text: String, file: String) throws {
        let kinds = Set(EventKinds.compact)
        var ids = Set<String>()
        for (line, c) in try TabularFile.rows(text, file: file, columns: ["id", "lemma", "forms", "pos", "kind", "plover", "cameo", "frame", "example"]) {
            guard let pos = POS(rawValue: c[3]) else {
                throw ChronicleError.lexiconSyntax(file: file, line: line, message: "unknown part of speech '\(c[3])' (v, n, vn, vp, np)")
            }
            guard kinds.contains(c[4]) else {
                throw ChronicleError.lexiconSyntax(file: file, line: line, message: "unknown kind '\(c[4])' (\(EventKinds.compact.joined(separator: ", ")))")
            }
            guard ids.insert(c[0]).inserted else {
                throw ChronicleError.lexiconSyntax(file: file, line: line, message: "duplicate id '\(c[0])'")
            }
            let e = Entry(id: c[0], lemma: c[1], pos: pos, kind: c[4], plover: c[5] == "-" ? nil : c[5], cameo: c[6] == "-" ? nil : c[6],
                          frame: c[7] == "-" ? [] : c[7].split(separator: "|").map(String.init), example: c[8], line: line)
            let k = entries.count
            entries.append(e)
            // a reading (forms `=`): an entry no form finds, which a rule gives another entry's
            // trigger (`military.fire.v`: an active "fired" that dismisses no one); reached by its id
            if c[2] == "=" { readings[e.id] = k; continue }
            byLemma[e.lemma, default: []].append(k)
            let listed = c[2] == "-" ? [] : c[2].split(separator: "|").map(String.init)
            let excluded = Set(listed.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) })
            var seen = Set<String>()
            func add(_ words: [String], _ shape: Shape) {
                guard let first = words.first, !excluded.contains(words.joined(separator: " ")), seen.insert(words.joined(separator: " ")).inserted else { return }
                let rest = words.dropFirst().map { $0 == "_" ? Element.gap : .word($0) }
                byFirst[first, default: []].append(Form(entry: k, rest: Array(rest), shape: shape))
            }
            // listed forms first: one that a made form repeats ("put", "cut") keeps its past shape
            for f in listed where !f.hasPrefix("!") {
                let w = f.lowercased().split(separator: " ").map(String.init)
                let shape: Shape = w[0].hasSuffix("ing") ? .gerund : (pos == .noun || pos == .nounPhrase) ? .base : .past
                add(w, shape)
            }
            let words = e.lemma.lowercased().split(separator: " ").map(String.init)
            switch pos {
            case .verb, .either, .verbPhrase:
                for (f, shape) in TriggerLexicon.verbForms(words[0]) { add([f] + words.dropFirst(), shape) }
                if pos == .either { add([TriggerLexicon.plural(words[0])], .base) }
            case .noun, .nounPhrase:
                add(words, .base)
                var pl = words
                pl[pl.count - 1] = TriggerLexicon.plural(pl[pl.count - 1])
                add(pl, .base)
            }
        }
        // longest forms first, so that a phrase wins over its first word
        for (k, v) in byFirst { byFirst[k] = v.sorted { $0.rest.count > $1.rest.count } }
        for w in byFirst.keys.sorted() { firstWords.add(w); formsByFirst.append(byFirst[w]!) }
        firstWords.seal()
        for l in byLemma.keys.sorted() { lemmas.add(l); entriesByLemma.append(byLemma[l]!) }
        lemmas.seal()
    }

    /// The kinds a statement can have: what its cue says beyond "said".
    public static let statementKinds: Set<String> = ["call", "accuse", "reject", "threaten", "agreement", "declaration", "deny"]

    /// The kind of a statement from its cue ("urged" → call, "accused" → accuse, "denied" →
    /// deny, "announced" → declaration); nil for a plain "said", "told", "added". The cue's
    /// words are matched against the lexicon's verb forms (a phrase entry, "called on", first).
    public func statementKind(cue: String) -> String? {
        let words = cue.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard let first = words.first, let forms = byFirst[first] else { return nil }
        for f in forms {
            let e = entries[f.entry]
            guard e.pos != .noun && e.pos != .nounPhrase else { continue }
            // the rest of the form must follow in the cue (a gap matches nothing here)
            var k = 1
            var ok = true
            for el in f.rest {
                guard case .word(let w) = el else { continue }
                guard k < words.count, words[k] == w else { ok = false; break }
                k += 1
            }
            guard ok else { continue }
            if e.lemma == "deny" { return "deny" }
            if TriggerLexicon.statementKinds.contains(e.kind) { return e.kind }
        }
        return nil
    }

    /// A reading's entry (a line whose forms are `=`): one no form or lemma finds, which a rule
    /// gives another entry's trigger; nil for an id that is no reading.
    public func reading(_ id: String) -> Entry? { readings[id].map { entries[$0] } }

    /// The indices (into `entries`) of a lemma's entries.
    func entryIndices(lemma: String) -> [Int] {
        let k = lemmas.id(lemma)
        return k >= 0 ? entriesByLemma[Int(k)] : []
    }

    /// The entries of a lemma (the seam for a lemmatizing syntax layer).
    public func entries(lemma: String) -> [Entry] { (byLemma[lemma] ?? []).map { entries[$0] } }

    /// A verb's forms: base, 3rd person, past (with and without a doubled consonant), -ing.
    static func verbForms(_ w: String) -> [(String, Shape)] {
        var out: [(String, Shape)] = [(w, .base), (plural(w), .base)]
        let last = w.last ?? " "
        let vowels = TriggerLexicon.vowels
        if last == "e" {
            out += [(w + "d", .past), (String(w.dropLast()) + "ing", .gerund)]
        } else if last == "y", let p = w.dropLast().last, !vowels.contains(p) {
            out += [(String(w.dropLast()) + "ied", .past), (w + "ing", .gerund)]
        } else {
            out += [(w + "ed", .past), (w + "ing", .gerund)]
            let chars = Array(w)
            if chars.count >= 3, !vowels.contains(last), !"wxy".contains(last), vowels.contains(chars[chars.count - 2]) {
                out += [(w + String(last) + "ed", .past), (w + String(last) + "ing", .gerund)]
            }
        }
        return out
    }

    /// The vowels of the spelling rules (made once: a set literal in `plural` was built, its
    /// letters hashed, at every call).
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// A noun's plural (or a verb's 3rd person singular).
    static func plural(_ w: String) -> String {
        let vowels = TriggerLexicon.vowels
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
        if w.hasSuffix("y"), let p = w.dropLast().last, !vowels.contains(p) { return String(w.dropLast()) + "ies" }
        return w + "s"
    }

    /// Whether `t` is `plural(w)`; a plural is one or two UTF-8 bytes longer than its word, so
    /// most words are told apart without building the plural.
    @inline(__always)
    static func isPlural(_ t: String, of w: String) -> Bool {
        let d = t.utf8.count - w.utf8.count
        return (d == 1 || d == 2) && t == plural(w)
    }

    /// A match: the entry, the tokens it covers and the shape of its first word.
    public struct Match: Sendable {
        public var entry: Int
        public var tokens: Range<Int>
        var shape: Shape
    }

    /// Every form starting at token `i` (longest first), within `limit`.
    func matches(at i: Int, tokens: [Token], limit: Int) -> [Match] {
        let id = firstWords.id(lowerOf: tokens[i])
        guard id >= 0 else { return [] }
        let forms = formsByFirst[Int(id)]
        var out: [Match] = []
        for f in forms {
            if let end = TriggerLexicon.match(f.rest, from: i + 1, tokens: tokens, limit: limit) {
                out.append(Match(entry: f.entry, tokens: i..<end, shape: f.shape))
            }
        }
        return out
    }

    static let gapStops: Set<String> = [",", ".", ";", ":", "and", "or", "but", "that", "which", "who", "to", "said", "after", "before"]

    /// Matches the rest of a form (its elements from `first` on) from token `j`; returns the end
    /// token.
    static func match(_ rest: [Element], at first: Int = 0, from j: Int, tokens: [Token], limit: Int) -> Int? {
        var j = j
        var k = first
        while k < rest.count {
            switch rest[k] {
            case .word(let w):
                guard j < limit, tokens[j].lower == w || (k == rest.count - 1 && isPlural(tokens[j].lower, of: w)) else { return nil }
                j += 1
            case .gap:
                // up to three modifiers, then the rest must match
                guard k + 1 < rest.count else { return j }
                for skip in 0...3 {
                    if j + skip > limit { break }
                    if skip > 0 {
                        let t = tokens[j + skip - 1]
                        if (t.kind == .punct && t.lower != "'" && t.lower != "'s" && t.lower != "’s") || t.kind == .quote || gapStops.contains(t.lower) { break }
                    }
                    if let end = match(rest, at: k + 1, from: j + skip, tokens: tokens, limit: limit) { return end }
                }
                return nil
            }
            k += 1
        }
        return j
    }
}
