/// Stage 2a: finds temporal expressions with the `time.rules` rules (extraction only).
///
/// The rules see a view of the tokens in which hyphenated compounds are split into their
/// parts ("third-quarter" → `third quarter`, "30-year" → `30 year`, "mid-1990s" → `mid 1990s`),
/// so one rule covers both spellings; an expression's extent is then widened back to whole
/// document tokens. At each token every candidate rule is tried; the longest match wins
/// (earlier rule on a tie), and an immediately preceding modifier ("about", "early",
/// "more than") joins it. Candidates come from one hash lookup of the token's lowercase
/// form (rules starting with a literal or a lexicon) plus the rules starting with a class.
public struct TimeTagger: Sendable {
    let book: RuleBook
    let rules: RuleSet
    let index: CandidateIndex
    let programs: [CompiledPattern]
    let mods: Lexicon
    /// `unless-after:` elements by rule index.
    let unlessAfter: [Int: CompiledPattern]
    /// `only-after:` patterns by rule index: the rule fires only right after a match of one
    /// (of at most `onlyAfterReach` tokens).
    let onlyAfter: [Int: CompiledPattern]
    /// `unless-before:` patterns by rule index: the rule does not fire when one matches right
    /// after its match ("1119" before "Eighth St." is a house number, not a year).
    let unlessBefore: [Int: CompiledPattern]
    static let onlyAfterReach = 4

    public init(book: RuleBook) {
        self.book = book
        self.rules = book.rules("time")
        self.index = book.candidateIndex("time")
        self.programs = rules.rules.map(book.program)
        self.mods = book.lexicons.get("time-modifiers")
        var ua: [Int: CompiledPattern] = [:], oa: [Int: CompiledPattern] = [:], ub: [Int: CompiledPattern] = [:]
        for (k, r) in rules.rules.enumerated() {
            if let text = r["unless-after"] {
                var p = PatternParser(text)
                if let nodes = try? p.parse() { ua[k] = book.compile(nodes) }
            }
            if let text = r["only-after"] {
                var p = PatternParser(text)
                if let nodes = try? p.parse() { oa[k] = book.compile(nodes) }
            }
            if let text = r["unless-before"] {
                var p = PatternParser(text)
                if let nodes = try? p.parse() { ub[k] = book.compile(nodes) }
            }
        }
        self.unlessAfter = ua
        self.onlyAfter = oa
        self.unlessBefore = ub
    }

    public func tag(_ doc: Document) -> [TimeExpression] {
        var work = 0
        return tag(doc, work: &work)
    }

    /// `tag`, adding the steps of its loops and of the pattern matcher to `work`.
    public func tag(_ doc: Document, work: inout Int) -> [TimeExpression] {
        let view = TokenView(doc.tokens)
        let toks = view.tokens
        var out: [TimeExpression] = []
        let matcher = Matcher(tokens: toks, book: book, layers: Layers())
        let candidates = index.makeList()
        for sentence in doc.sentences {
            let range = view.range(sentence.tokens)
            guard !range.isEmpty else { continue }
            var sentenceTense: TimeExpression.Tense?
            var i = range.lowerBound
            while i < range.upperBound {
                index.candidates(at: i, in: range, matcher: matcher, into: candidates)
                work += 1 + candidates.count
                if candidates.isEmpty { i += 1; continue }
                var bestK = -1
                var bestM: (end: Int, captures: [Capture])?
                for k in candidates {
                    guard let m = matcher.match(programs[k], at: i, in: range) else { continue }
                    if let ua = unlessAfter[k], i > range.lowerBound, matcher.match(ua, at: i - 1, in: range)?.end == i { continue }
                    if let oa = onlyAfter[k], !TimeTagger.follows(oa, before: i, in: range, matcher: matcher) { continue }
                    if let ub = unlessBefore[k], m.end < range.upperBound, matcher.match(ub, at: m.end, in: range) != nil { continue }
                    if bestM == nil || m.end > bestM!.end { bestK = k; bestM = m }
                }
                guard let bm = bestM else { i += 1; continue }
                let b = (rule: rules.rules[bestK], end: bm.end, caps: bm.captures)
                var extent = b.caps.first { $0.name == "extent" }?.tokens ?? i..<b.end
                var spec = TimeTagger.spec(b.rule["spec"] ?? "", captures: b.caps, tokens: toks)
                var type = b.rule["type"] ?? "DATE"
                if type == "from-lexicon" {
                    type = b.caps.first { $0.name == "w" }?.entry?["type"] ?? "DATE"
                }
                // a modifier just before the expression belongs to it
                if spec["mod"] == nil, b.rule["nomod"] == nil, type != "SET",
                   let (s, m) = modifier(toks, before: extent.lowerBound, floor: range.lowerBound, type: type, spec: spec) {
                    spec["mod"] = m
                    extent = s..<extent.upperBound
                }
                // an article before a hyphenated compound is not part of it ("the two-week trip"),
                // unless the expression goes on after the compound ("the year-ago quarter")
                if extent.count > 1, TimeTagger.articles.contains(toks[extent.lowerBound]), spec["mod"] == nil,
                   view.isCompound(extent.lowerBound + 1), !TimeTagger.prefixes.contains(toks[extent.lowerBound + 1].lower),
                   ((extent.lowerBound + 2)..<extent.upperBound).allSatisfy({ !toks[$0].spaceBefore }) {
                    extent = (extent.lowerBound + 1)..<extent.upperBound
                }
                if sentenceTense == nil { sentenceTense = TimeTagger.tense(toks, range); work += range.count }
                let tense = TimeTagger.deadline(toks, extent, in: range) ?? TimeTagger.localTense(toks, extent, in: range) ?? sentenceTense!
                let docTokens = view.docRange(extent)
                let span = doc.span(tokens: docTokens)
                out.append(TimeExpression(
                    id: "t-\(span.start)-\(span.end)", provenance: Provenance(document: doc.id, span: span, sentence: sentence.index, rule: b.rule.id),
                    text: doc.text(span), tokens: docTokens, type: type, spec: spec, tense: tense, value: nil, mod: spec["mod"]))
                // tokens the rule read after its extent ("at 1353 (1023 GMT)") are read again
                i = max(min(b.end, extent.upperBound), i + 1)
            }
        }
        // two matches inside one hyphenated word ("October-to-December") widen to the same
        // word: keep the first, so no two expressions share a span
        work += matcher.work + view.tokens.count + out.count
        var kept: [TimeExpression] = []
        kept.reserveCapacity(out.count)
        for t in out where !(kept.last.map { $0.provenance.span.overlaps(t.provenance.span) } ?? false) { kept.append(t) }
        return kept
    }

    /// Whether a match of `pattern` ends right before token `i` (starting at most
    /// `onlyAfterReach` tokens back, inside the sentence).
    static func follows(_ pattern: CompiledPattern, before i: Int, in range: Range<Int>, matcher: Matcher) -> Bool {
        var s = i - 1
        while s >= range.lowerBound && s >= i - onlyAfterReach {
            if matcher.match(pattern, at: s, in: range)?.end == i { return true }
            s -= 1
        }
        return false
    }

    static let articles: WordSet = ["the", "a", "an"]
    /// Compound parts that keep the article: "the mid-1980s".
    static let prefixes: Set<String> = ["mid", "early", "late"]

    /// The longest modifier ending right before token `start`: its first token and mod value.
    /// Modifiers marked `quantity` ("about", "nearly") only join amounts ("about two years").
    func modifier(_ toks: [Token], before start: Int, floor: Int, type: String, spec: [String: String]) -> (Int, String)? {
        var found: (Int, String)?
        for back in 1...3 where start - back >= floor {
            let s = start - back
            if let m = mods.longest(toks, at: s, end: start), m.length == back {
                let e = m.entries[0]
                if e["needs"] == "quantity" && !(type == "DURATION" || spec["rel"]?.hasPrefix("-") == true && spec["ago"] != nil || spec["quantity"] != nil) { continue }
                found = (s, e.value)
            }
        }
        return found
    }

    /// Fills `{slot}` references of a spec template and splits it into keys and values.
    static func spec(_ template: String, captures: [Capture], tokens: [Token]) -> [String: String] {
        // braces are searched in the UTF-8 view (a Character search runs grapheme breaking)
        var filled = ""
        let u = template.utf8
        var rest = u.startIndex
        while let open = u[rest...].firstIndex(of: 123), let close = u[open...].firstIndex(of: 125) {
            filled += template[rest..<open]
            let name = template[u.index(after: open)..<close]
            if let c = captures.first(where: { $0.name == name }) {
                filled += c.entry?.value ?? tokens[c.tokens].map(\.lower).joined(separator: "_")
            }
            rest = u.index(after: close)
        }
        filled += template[rest...]
        var spec: [String: String] = [:]
        for part in filled.splitBytes(32, omittingEmpty: true) {
            // key=value; a part with an empty key or value is left out
            guard let eq = part.utf8.firstIndex(of: 61) else { continue }
            let key = part[..<eq], value = part[part.index(after: eq)...]
            if !key.isEmpty && !value.isEmpty { spec[String(key)] = String(value) }
        }
        return spec
    }

    /// The tense of the nearest tense marker around an expression (up to 8 tokens before,
    /// 5 after, within the sentence): "will", "expected", "payable" → future; "was",
    /// "said", "ended", "ago" → past; "is", "has" → present. Nil when there is none.
    static func localTense(_ tokens: [Token], _ extent: Range<Int>, in range: Range<Int>) -> TimeExpression.Tense? {
        for d in 1...8 {
            let b = extent.lowerBound - d
            if b >= range.lowerBound, let t = marker(tokens, b, range) { return t }
            let f = extent.upperBound + d - 1
            if d <= 5 && f < range.upperBound, let t = marker(tokens, f, range) { return t }
        }
        return nil
    }

    /// A deadline: "by Friday", "by March 15" names a day still ahead, unless a past perfect
    /// ("had … by Friday") or a past passive ("was completed by Friday") puts it behind; a
    /// participle after "be" stays ahead ("expected to be approved by Friday").
    static func deadline(_ tokens: [Token], _ extent: Range<Int>, in range: Range<Int>) -> TimeExpression.Tense? {
        let b = extent.lowerBound - 1
        guard b >= range.lowerBound, tokens[b].lower == "by" else { return nil }
        for k in max(range.lowerBound, b - 8)..<b {
            let w = tokens[k].lower
            if w == "had" || w == "'d" || (k >= b - 3 && (w == "was" || w == "were")) { return nil }
        }
        return .future
    }

    /// Words that make a following "plan"/"plans" a noun ("announced plans Tuesday", "its plans"):
    /// a noun names no future of its own.
    static let nounMarkers: Set<String> = ["plan", "plans"]
    static let beforeNoun: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "new", "of", "no", "any", "these", "those", "such"]

    static func marker(_ tokens: [Token], _ i: Int, _ range: Range<Int>) -> TimeExpression.Tense? {
        let w = tokens[i].lower
        switch markerWords[w] {
        case .future? where nounMarkers.contains(w) && i > range.lowerBound
            && (beforeNoun.contains(tokens[i - 1].lower) || irregularPast.contains(tokens[i - 1].lower)
                || tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized && tokens[i - 1].lower.endsInED):
            return nil
        case .future?: return .future
        case .going?: return i + 1 < range.upperBound && tokens[i + 1].lower == "to" ? .future : nil
        case .setFor?:
            // "set for Friday", "is set to meet on Friday": planned; "set up", "set fire" say nothing
            return i + 1 < range.upperBound && (tokens[i + 1].lower == "for" || tokens[i + 1].lower == "to") ? .future : nil
        case .past?: return .past
        case .present?: return .present
        case nil:
            if w.utf8.count > 4 && !tokens[i].isCapitalized && tokens[i].kind == .word && w.endsInED { return .past }
            return nil
        }
    }

    enum MarkerWord { case future, going, setFor, past, present }

    /// The tense markers by word, one lookup per token (irregular past forms included; the
    /// listed words win over them).
    static let markerWords: [String: MarkerWord] = {
        var m: [String: MarkerWord] = [:]
        for w in irregularPast { m[w] = .past }
        for w in ["was", "were", "had", "did", "said", "ago", "told", "ended", "since"] { m[w] = .past }
        for w in ["is", "are", "has", "have", "says", "am"] { m[w] = .present }
        for w in ["will", "'ll", "shall", "wo", "expected", "expects", "expect", "scheduled", "planned", "plans", "plan",
                  "payable", "due", "effective", "upcoming", "slated", "poised"] { m[w] = .future }
        m["going"] = .going
        m["set"] = .setFor
        return m
    }()

    /// The words `tense` looks for: future auxiliaries, "going", past auxiliaries and the
    /// irregular past forms.
    static let sentenceTenseWords: [String: MarkerWord] = {
        var m: [String: MarkerWord] = [:]
        for w in irregularPast { m[w] = .past }
        for w in ["was", "were", "had", "did", "said", "ago"] { m[w] = .past }
        for w in ["will", "'ll", "shall", "wo"] { m[w] = .future }
        m["going"] = .going
        return m
    }()

    /// For each (length, first byte) of the `sentenceTenseWords`, bit `last byte & 63` is set: a
    /// word whose shape has no bit is no marker word, with no string hashed.
    static let markerShapes: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 16 * 256)
        for w in sentenceTenseWords.keys {
            let u = Array(w.utf8)
            precondition(u.count < 16, "marker word too long for the shape table: \(w)")
            t[u.count * 256 + Int(u[0])] |= 1 << (UInt64(u[u.count - 1]) & 63)
        }
        return t
    }()

    /// Whether `w` has the shape of a `sentenceTenseWords` key (a `false` is sure).
    @inline(__always)
    static func mayBeMarker(_ w: String) -> Bool {
        let u = w.utf8
        let n = u.count
        guard n > 0 && n < 16, let f = u.first, let l = u.last else { return false }
        return markerShapes[n * 256 + Int(f)] & (1 << (UInt64(l) & 63)) != 0
    }

    /// Irregular past-tense forms that are not also present or participle forms in common
    /// use ("brought", "fell", "began"; not "put", "set", "cut", "read").
    static let irregularPast: Set<String> = [
        "began", "became", "bought", "brought", "built", "came", "caught", "chose", "drew", "drove", "fell", "felt",
        "fled", "flew", "fought", "found", "gave", "got", "grew", "held", "heard", "kept", "knew", "led", "left",
        "lost", "made", "meant", "met", "paid", "ran", "rose", "sank", "saw", "sent", "shot", "sold", "sought",
        "spent", "spoke", "stood", "struck", "swept", "taught", "thought", "threw", "took", "went", "withdrew",
        "won", "wrote", "broke", "slid", "arose", "forgot", "overtook", "undertook",
    ]

    /// A rough tense for the sentence: future with will/shall/going to, past with past forms.
    static func tense(_ tokens: [Token], _ range: Range<Int>) -> TimeExpression.Tense {
        var past = false
        for i in range {
            let w = tokens[i].lower
            switch TimeTagger.mayBeMarker(w) ? sentenceTenseWords[w] : nil {
            case .future?: return .future
            case .going?: if i + 1 < range.upperBound && tokens[i + 1].lower == "to" { return .future }
            case .past?: past = true
            case .present?, .setFor?, nil:
                if !past && w.utf8.count > 4 && !tokens[i].isCapitalized && w.endsInED { past = true }
            }
        }
        return past ? .past : .present
    }
}

extension String {
    /// Whether the last two UTF-8 bytes are "ed" (`hasSuffix("ed")` without grapheme breaking).
    /// (Words in "-eed" are past forms only as "-ee" verbs + "d": agreed, freed, guaranteed,
    /// decreed; not succeed, proceed, exceed, speed, indeed.)
    var endsInED: Bool {
        let u = utf8
        guard u.count >= 2 else { return false }
        let e = u.index(before: u.endIndex)
        guard u[e] == 100 && u[u.index(before: e)] == 101 else { return false }
        guard u.count >= 3, u[u.index(e, offsetBy: -2)] == 101 else { return true }
        return hasSuffix("greed") && self != "greed" || self == "freed" || hasSuffix("teed") || hasSuffix("creed") && self != "creed"
            || hasSuffix("fereed")
    }
}

/// The tokens the time rules see: hyphenated compounds split into their parts, and a hyphen
/// glued between two tokens ("30-year") dropped. Each view token knows its document token.
struct TokenView {
    var tokens: [Token]
    /// The document token of each view token.
    var origin: [Int]
    /// The first view token of each document token (count + 1 entries).
    var first: [Int]

    init(_ doc: [Token]) {
        // (tokens are read field by field and copied in runs: a token copy retains two strings)
        var needs = false
        for k in doc.indices where doc[k].hasHyphen && (doc[k].text.isByte(45) || (doc[k].kind == .word && doc[k].text.utf8.count > 2))
            || (TokenView.opensWithDigit(doc[k].text) && TokenView.gluedClock(doc[k].text) != nil) {
            needs = true
            break
        }
        if !needs {
            tokens = doc
            origin = []
            first = []
            return
        }
        tokens = []
        tokens.reserveCapacity(doc.count + 16)
        origin = []
        origin.reserveCapacity(doc.count + 16)
        first = []
        first.reserveCapacity(doc.count + 1)
        // document tokens `run..<k` are copied unchanged when the run ends
        var run = 0
        func flush(_ k: Int, into tokens: inout [Token], _ origin: inout [Int]) {
            if run < k {
                tokens.append(contentsOf: doc[run..<k])
                for o in run..<k { origin.append(o) }
            }
        }
        for k in doc.indices {
            let kind = doc[k].kind
            let hyphen = doc[k].hasHyphen
            let isHyphen = hyphen && doc[k].text.isByte(45)
            let compound = kind == .word && !isHyphen && hyphen
            first.append(tokens.count + (k - run))
            // a clock time glued to its "am"/"pm" ("6am", "6:30pm") is read as "6 am"
            if !hyphen, TokenView.opensWithDigit(doc[k].text), let cut = TokenView.gluedClock(doc[k].text) {
                flush(k, into: &tokens, &origin)
                run = k + 1
                let t = doc[k]
                let u = Array(t.text.utf8)
                let number = String(decoding: u[..<cut], as: UTF8.self), half = String(decoding: u[cut...], as: UTF8.self)
                tokens.append(Token(span: Span(t.span.start, t.span.start + cut), kind: .number, text: number, lower: number,
                                    isCapitalized: false, spaceBefore: t.spaceBefore, paragraphStart: t.paragraphStart))
                tokens.append(Token(span: Span(t.span.start + cut, t.span.end), kind: .word, text: half, lower: Tokenizer.lowercase(half),
                                    isCapitalized: false, spaceBefore: false, paragraphStart: false))
                origin.append(k)
                origin.append(k)
                continue
            }
            guard isHyphen || compound else { continue }
            // a hyphen glued on both sides between alphanumeric tokens
            if isHyphen && !doc[k].spaceBefore && k > 0 && k + 1 < doc.count && !doc[k + 1].spaceBefore
                && doc[k - 1].kind != .punct && doc[k + 1].kind != .punct && doc[k - 1].kind != .quote && doc[k + 1].kind != .quote {
                flush(k, into: &tokens, &origin)
                run = k + 1
                continue
            }
            guard compound else { continue }
            flush(k, into: &tokens, &origin)
            run = k + 1
            let t = doc[k]
            let scalars = Array(t.text.unicodeScalars)
            var a = 0
            var part = 0
            for j in 0...scalars.count where j == scalars.count || scalars[j] == "-" {
                if j > a {
                    let s = String(scalars: scalars[a..<j])
                    let isNum = Tokenizer.isDigit(scalars[a])
                    tokens.append(Token(span: Span(t.span.start + a, t.span.start + j), kind: isNum ? .number : .word, text: s,
                                        lower: Tokenizer.lowercase(s), isCapitalized: scalars[a].properties.isUppercase,
                                        spaceBefore: part == 0 ? t.spaceBefore : false, paragraphStart: part == 0 ? t.paragraphStart : false))
                    origin.append(k)
                    part += 1
                }
                a = j + 1
            }
        }
        flush(doc.count, into: &tokens, &origin)
        first.append(tokens.count)
    }

    /// Whether a word opens with an ASCII digit (read in place: `gluedClock` asks only such a
    /// word, so the others are not passed, retained and released, at every token).
    @inline(__always)
    static func opensWithDigit(_ text: String) -> Bool {
        guard let f = text.utf8.first else { return false }
        return f >= 48 && f <= 57
    }

    /// Where the "am"/"pm" of a clock time glued to it starts ("6am", "11PM", "6:30pm": one or
    /// two digits, maybe ":mm"), else nil. (All ASCII, so UTF-8 offsets are scalar offsets.)
    static func gluedClock(_ text: String) -> Int? {
        let u = text.utf8
        guard u.count >= 3 && u.count <= 7, let f = u.first, f >= 48 && f <= 57 else { return nil }
        let b = Array(u)
        let n = b.count
        guard b[n - 1] | 0x20 == 109, b[n - 2] | 0x20 == 97 || b[n - 2] | 0x20 == 112 else { return nil }
        let digits = b[..<(n - 2)]
        guard digits.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 58 }) else { return nil }
        let parts = digits.split(separator: 58, omittingEmptySubsequences: false)
        guard parts[0].count <= 2, parts.count == 1 || (parts.count == 2 && parts[1].count == 2) else { return nil }
        return n - 2
    }

    /// Whether view token `k` is the first part of a hyphenated compound.
    func isCompound(_ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        if !origin.isEmpty && origin[k] == origin[k + 1] { return true }
        return !tokens[k + 1].spaceBefore && (tokens[k + 1].kind == .word || tokens[k + 1].kind == .number) && (tokens[k].kind == .word || tokens[k].kind == .number)
    }

    /// The view range of a document token range.
    func range(_ r: Range<Int>) -> Range<Int> {
        first.isEmpty ? r : first[r.lowerBound]..<first[r.upperBound]
    }

    /// The document tokens a view range covers (whole tokens).
    func docRange(_ r: Range<Int>) -> Range<Int> {
        guard !origin.isEmpty, !r.isEmpty else { return r }
        return origin[r.lowerBound]..<(origin[r.upperBound - 1] + 1)
    }
}
