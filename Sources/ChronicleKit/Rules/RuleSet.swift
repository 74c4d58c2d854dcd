import Foundation

/// The rules of one `.rules` file, parsed and validated (`candidateIndex(book:)` indexes them by their first token).
///
/// File syntax:
/// ```
/// # comment
/// rule time.date.month-day
///   pattern: month=@months day=#day
///   value: month={month} day={day}
///   example: On February 15, Kuleba took part
///   not: It was a 15 February thing
/// ```
public struct RuleSet: Sendable {
    public var file: String
    public private(set) var rules: [Rule] = []

    public init(file: String, rules: [Rule]) {
        self.file = file
        self.rules = rules
    }

    enum First { case literals(Set<String>), lexicon(String), unknown }

    static func first(_ seq: [PatternNode]) -> First {
        guard let n = seq.first else { return .unknown }
        switch n {
        case .literal(let ws): return .literals(ws)
        case .lexicon(let name, _): return .lexicon(name)
        case .bind(_, let inner): return first([inner])
        case .group(let alts, let lo, _) where lo >= 1:
            var all = Set<String>()
            for a in alts {
                guard case .literals(let ws) = first(a) else { return .unknown }
                all.formUnion(ws)
            }
            return .literals(all)
        default: return .unknown
        }
    }

    /// One element that can match the first token of a pattern.
    public enum FirstElement: Hashable, Sendable { case literal(String), lexicon(String), tokenClass(String), layer(String) }

    /// The elements one of which must match a pattern's first token, or nil when that cannot
    /// be bounded (the pattern can match nothing, or starts with `...`, `!x` or a layer).
    public static func firstElements(_ seq: [PatternNode]) -> Set<FirstElement>? {
        guard let (set, nullable) = firstOf(seq[...]), !nullable else { return nil }
        return set
    }

    private static func firstOf(_ seq: ArraySlice<PatternNode>) -> (Set<FirstElement>, Bool)? {
        var out = Set<FirstElement>()
        for n in seq {
            guard let (f, nullable) = firstOf(n) else { return nil }
            out.formUnion(f)
            if !nullable { return (out, false) }
        }
        return (out, true)
    }

    private static func firstOf(_ n: PatternNode) -> (Set<FirstElement>, Bool)? {
        switch n {
        case .literal(let ws): return (Set(ws.map(FirstElement.literal)), false)
        case .lexicon(let name, _): return ([.lexicon(name)], false)
        case .tokenClass(let c): return ([.tokenClass(c)], false)
        case .sentenceStart, .sentenceEnd, .notAhead: return ([], true)
        case .layer(let l): return ([.layer(l)], false)
        case .any, .not: return nil
        case .bind(_, let inner): return firstOf(inner)
        case .group(let alts, let lo, _):
            var out = Set<FirstElement>()
            var nullable = lo == 0
            for a in alts {
                guard let (f, nl) = firstOf(a[...]) else { return nil }
                out.formUnion(f)
                nullable = nullable || nl
            }
            return (out, nullable)
        }
    }

    /// The rules worth trying at a token, keyed by vocabulary id (one array load per token)
    /// and by class: a rule is listed under every element that can match its first token
    /// (`firstElements`, which looks through optional and zero-width elements), and only a
    /// rule whose first token cannot be bounded so is tried everywhere.
    public func candidateIndex(book: RuleBook) -> CandidateIndex {
        var byKey: [String: [Int]] = [:]
        var always: [Int] = []
        var byClass: [String: [Int]] = [:]
        var byLayer: [Int: [Int]] = [:]
        var nearby: [(Int, CandidateIndex.ElementSet)] = []
        for (k, r) in rules.enumerated() {
            guard let first = RuleSet.firstElements(r.pattern) else {
                // `(^ | !the|a) name=(#name …)`: the first element takes at most one token, so
                // what follows it must match at this token or the next one
                if let w = RuleSet.maxWidth(r.pattern[0]), w <= 1, r.pattern.count > 1,
                   let next = RuleSet.firstElements(Array(r.pattern[1...])),
                   let set = CandidateIndex.ElementSet(next, book: book) {
                    nearby.append((k, set))
                } else {
                    always.append(k)
                }
                continue
            }
            var keys = Set<String>()
            for el in first {
                switch el {
                case .literal(let w): keys.insert(w)
                case .lexicon(let name): keys.formUnion(book.lexicons.get(name).firstKeys)
                case .tokenClass(let c):
                    if book.classNames.contains(c) { byClass[c, default: []].append(k) } else { always.append(k) }
                case .layer(let l):
                    if let x = Layers.index(l) { byLayer[x, default: []].append(k) } else { always.append(k) }
                }
            }
            for key in keys { byKey[key, default: []].append(k) }
        }
        // the classes that start rules, by their index in the book
        let classes = byClass.keys.sorted().map { book.classNames.firstIndex(of: $0)! }
        return CandidateIndex(vocabulary: book.vocabulary, always: always, byKey: byKey,
                              classes: classes.map { ($0, byClass[book.classNames[$0]]!) },
                              classKinds: classes.map { book.classKinds.count == book.classNames.count ? book.classKinds[$0] : TokenClasses.anyKind },
                              layers: byLayer.keys.sorted().map { ($0, byLayer[$0]!) }, nearby: nearby,
                              required: rules.map { RuleSet.requirements($0.pattern, book: book) })
    }

    /// Words that a match of the pattern needs somewhere in its sentence: for each later
    /// element that cannot be skipped, the elements one of which must match its first token
    /// ("quarter" in `(the)? #ordinal quarter`, "#int" in `#name #int`): literals, lexicons or
    /// classes of numbers (no layers); every such set must be met. Up to `maxRequirements` are
    /// kept, those most likely to fail first: a set with a form of one or two characters (","
    /// "a" "of" "in") is met by nearly every sentence, so it comes after the sets without one,
    /// and a set with a class after those; then the cheapest to check (fewest lexicons, then
    /// fewest words; each check is a lookup in the sentence's stamps). A slot, or a group matched
    /// exactly once with one alternative, is read as the sequence inside it ("office" in
    /// `name=( (#name)? @titles 's office )`). Empty when there is none.
    static func requirements(_ seq: [PatternNode], book: RuleBook) -> [CandidateIndex.ElementSet] {
        var found: [(Int, Int, CandidateIndex.ElementSet)] = []
        for (k, n) in mandatorySequence(seq).dropFirst().enumerated() {
            guard let (first, nullable) = firstOf(n), !nullable, !first.isEmpty else { continue }
            // (a class only when its members are numbers (`#int`, `#decade`, `#year` …): the words
            // of a sentence fail those at their kind, so looking for one costs little, and most
            // sentences have none; a class of words is looked for word by word)
            guard first.allSatisfy({
                switch $0 {
                case .layer: return false
                case .tokenClass(let c):
                    guard let x = book.classNames.firstIndex(of: c), book.classKinds.count == book.classNames.count else { return false }
                    return book.classKinds[x] == TokenClasses.mask(.number)
                default: return true
                }
            }),
                  let set = CandidateIndex.ElementSet(first, book: book), !found.contains(where: { $0.2 == set }) else { continue }
            // (a class is looked for token by token in the sentence, up to its first member: sets
            // with one come last)
            let common = set.ids.contains { book.vocabulary.forms[Int($0)].count <= 2 }
            found.append(((common ? 1_000_000 : 0) + (set.classes.isEmpty ? 0 : 2_000_000 * set.classes.count)
                          + set.ids.count + 1000 * set.lexicons.count, k, set))
        }
        return found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(maxRequirements).map(\.2)
    }

    /// At most this many required sets are checked for a rule (8 saved nothing more on PolNeAR
    /// dev).
    static let maxRequirements = 3

    /// `seq` with each slot and each group that is matched exactly once with one alternative
    /// replaced by the elements inside it, so that every element of the result is one a match
    /// goes through in this order.
    static func mandatorySequence(_ seq: [PatternNode]) -> [PatternNode] {
        var out: [PatternNode] = []
        for n in seq {
            switch n {
            case .bind(_, let inner): out += mandatorySequence([inner])
            case .group(let alts, let lo, let hi) where alts.count == 1 && lo == 1 && hi == 1: out += mandatorySequence(alts[0])
            default: out.append(n)
            }
        }
        return out
    }

    /// The most tokens an element can take (nil: unbounded or unknown).
    static func maxWidth(_ n: PatternNode) -> Int? {
        switch n {
        case .literal, .tokenClass, .not: return 1
        case .sentenceStart, .sentenceEnd, .notAhead: return 0
        case .lexicon, .layer, .any: return nil
        case .bind(_, let inner): return maxWidth(inner)
        case .group(let alts, _, let hi):
            var m = 0
            for a in alts {
                var w = 0
                for x in a { guard let v = maxWidth(x) else { return nil }; w += v }
                m = max(m, w)
            }
            return m == 0 ? 0 : (hi == 1 ? m : nil)
        }
    }

    /// Compiles every rule's pattern against `book`.
    mutating func compile(with book: RuleBook) {
        for k in rules.indices { rules[k].compiled = CompiledPattern.compile(rules[k].pattern, book: book) }
    }

    /// Parses a rule file. Errors name the file and line.
    public static func parse(file: String, text: String) throws -> RuleSet {
        var rules: [Rule] = []
        var current: Rule?
        var seen = Set<String>()
        func finish() throws {
            guard let r = current else { return }
            if r.patternText.isEmpty {
                throw ChronicleError.ruleSyntax(file: file, line: r.line, message: "rule \(r.id) has no pattern")
            }
            rules.append(r)
            current = nil
        }
        for (n, raw) in text.splitBytes(10).enumerated() {
            let line = (raw.utf8.last == 13 ? raw.dropLast() : raw).trimmedSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("rule ") {
                try finish()
                let id = String(line.dropFirst(5)).trimmedSpaces()
                guard !id.isEmpty, !id.contains(" ") else {
                    throw ChronicleError.ruleSyntax(file: file, line: n + 1, message: "a rule id is one word")
                }
                guard seen.insert(id).inserted else {
                    throw ChronicleError.ruleSyntax(file: file, line: n + 1, message: "duplicate rule id \(id)")
                }
                current = Rule(id: id, pattern: [], patternText: "", attrs: [:], examples: [], counterexamples: [],
                               file: file, line: n + 1, order: rules.count)
                continue
            }
            guard current != nil else {
                throw ChronicleError.ruleSyntax(file: file, line: n + 1, message: "text outside a rule: '\(line)'")
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ChronicleError.ruleSyntax(file: file, line: n + 1, message: "expected 'key: value' in rule \(current!.id)")
            }
            let key = String(line[..<colon])
            let value = String(line[line.index(after: colon)...]).trimmedSpaces()
            switch key {
            case "pattern":
                do {
                    var p = PatternParser(value)
                    current!.pattern = try p.parse()
                    current!.patternText = value
                } catch let e as PatternParser.Failure {
                    throw ChronicleError.ruleSyntax(file: file, line: n + 1, message: "rule \(current!.id): \(e.message)")
                }
            case "example": current!.examples.append(value)
            case "not": current!.counterexamples.append(value)
            default: current!.attrs[key] = value
            }
        }
        try finish()
        return RuleSet(file: file, rules: rules)
    }

    /// Checks that every lexicon, class and layer a rule names exists.
    public func validate(lexicons: LexiconStore, classes: TokenClasses, layers: Set<String>) throws {
        for r in rules {
            var problems: [String] = []
            func walk(_ n: PatternNode) {
                switch n {
                case .lexicon(let name, _): if lexicons[name] == nil { problems.append("unknown lexicon @\(name)") }
                case .tokenClass(let c): if classes[c] == nil { problems.append("unknown class #\(c)") }
                case .layer(let l): if !layers.contains(l) { problems.append("unknown layer <\(l)>") }
                case .not(let x), .notAhead(let x), .bind(_, let x): walk(x)
                case .group(let alts, _, _): alts.forEach { $0.forEach(walk) }
                default: break
                }
            }
            r.pattern.forEach(walk)
            if let p = problems.first {
                throw ChronicleError.ruleSyntax(file: file, line: r.line, message: "rule \(r.id): \(p)")
            }
        }
    }
}

/// The rules of a `RuleSet` worth trying at a token (built by `RuleSet.candidateIndex(book:)`),
/// in flat integer arrays, so that the lookup at every token reads them without retaining any.
public final class CandidateIndex: @unchecked Sendable {
    /// Elements one of which must match a token (literal ids, lexicons, classes, layers).
    struct ElementSet: Hashable {
        var ids: [Int32] = []
        var lexicons: [Int] = []
        var classes: [Int] = []
        var layers: [Int] = []

        init?(_ elements: Set<RuleSet.FirstElement>, book: RuleBook) {
            for el in elements {
                switch el {
                case .literal(let w):
                    let id = book.vocabulary.id(w)
                    guard id >= 0 else { return nil }
                    ids.append(id)
                case .lexicon(let name):
                    guard let k = book.lexiconNames.firstIndex(of: name) else { return nil }
                    lexicons.append(k)
                case .tokenClass(let c):
                    guard let k = book.classNames.firstIndex(of: c) else { return nil }
                    classes.append(k)
                case .layer(let l):
                    guard let k = Layers.index(l) else { return nil }
                    layers.append(k)
                }
            }
            ids.sort()
            lexicons.sort()
            classes.sort()
            layers.sort()
        }
    }

    /// For each vocabulary id, its list (list 0: the rules tried at every token); list `l` is
    /// `listFlat[listStart[l]..<listStart[l + 1]]`, and so on for the other flat arrays.
    let byId: IdTable
    /// This index's bit in `Vocabulary.lexiconBits` (0: none): a token without it has no list
    /// of its own, so the id table is not consulted.
    var vocabBit: UInt64 = 0
    let listStart: [Int32], listFlat: [Int]
    /// The classes and layers that start rules (their class or layer index).
    let classIdx: [Int]
    /// Per token kind (the matcher's kind bit's position; 8: none), which of `classIdx` (a bit
    /// each) can hold a token of that kind: a token tests only those (when there are at most
    /// 64 classes, `useClassMasks`; else it tests every one). Plain memory, read at every token.
    let classMasks: UnsafeMutablePointer<UInt64>
    let useClassMasks: Bool
    let layerIdx: [Int]
    /// The lists that many tokens share, each sorted: list 0 (the rules tried at every
    /// token), then the rules whose first element is a class (by `classIdx`), a layer (by
    /// `layerIdx`), and a nearby set: rules whose first element takes at most one token,
    /// grouped by the distinct set (≤ 32 of them, so that an id's sets are one Int32 of
    /// `nearbyIdBits`; beyond, their rules are tried at every token) of elements one of which
    /// must match at the token or the next one. Shared list `x` is
    /// `sharedFlat[sharedStart[x]..<sharedStart[x + 1]]`.
    let sharedStart: [Int32], sharedFlat: [Int]
    /// Whether there are nearby sets.
    let hasNearby: Bool
    /// The most candidates one token can have before duplicates are removed.
    let maxCandidates: Int
    /// Per vocabulary id, the nearby sets that list it (a bit each); the sets that have
    /// lexicons, classes or layers too.
    let nearbyIdBits: IdTable
    let nearbyOtherSets: [Int]
    let nLexStart: [Int32], nLex: [Int]
    let nClsStart: [Int32], nCls: [Int]
    let nLayStart: [Int32], nLay: [Int]

    /// Per rule, the sets of words its sentence must contain (`RuleSet.requirements`), each met
    /// by one of its ids or lexicons: rule `k`'s sets are `reqSetStart[k]..<reqSetStart[k + 1]`.
    let reqSetStart: [Int32]
    let reqIdStart: [Int32], reqIds: [Int32]
    let reqLexStart: [Int32], reqLex: [Int]
    let reqClsStart: [Int32], reqCls: [Int]
    let hasRequirements: Bool

    init(vocabulary: Vocabulary, always: [Int], byKey: [String: [Int]], classes: [(Int, [Int])], classKinds: [UInt8]? = nil,
         layers: [(Int, [Int])], nearby: [(Int, ElementSet)], required: [[ElementSet]] = []) {
        func flatten<T>(_ lists: [[T]]) -> ([Int32], [T]) {
            var start: [Int32] = [0]
            var flat: [T] = []
            for l in lists { flat += l; start.append(Int32(flat.count)) }
            return (start, flat)
        }
        var distinct: [ElementSet] = []
        var always = always
        var nearby = nearby
        var setOf: [Int] = []
        for (_, set) in nearby {
            if let x = distinct.firstIndex(of: set) { setOf.append(x) } else { distinct.append(set); setOf.append(distinct.count - 1) }
        }
        if distinct.count > 32 {
            // beyond the bit mask: such rules are tried everywhere
            always += nearby.map(\.0)
            nearby = []
            setOf = []
            distinct = []
        }
        // a rule listed under several elements of its first token is listed once
        always = Array(Set(always)).sorted()
        var lists = [always]
        var byId: [(Int32, Int32)] = []
        for key in byKey.keys.sorted() {
            let id = vocabulary.id(key)
            guard id >= 0 else { continue }
            lists.append(Array(Set(always + byKey[key]!)).sorted())
            byId.append((id, Int32(lists.count - 1)))
        }
        self.byId = IdTable(byId)
        (listStart, listFlat) = flatten(lists)
        classIdx = classes.map(\.0)
        classMasks = .allocate(capacity: 9)
        classMasks.initialize(repeating: 0, count: 9)
        useClassMasks = classes.count <= 64
        if useClassMasks {
            let kinds = classKinds ?? [UInt8](repeating: TokenClasses.anyKind, count: classes.count)
            for k in 0..<8 {
                for x in classes.indices where kinds[x] & (1 << UInt8(k)) != 0 { classMasks[k] |= 1 << UInt64(x) }
            }
        }
        layerIdx = layers.map(\.0)
        var bySet = [[Int]](repeating: [], count: distinct.count)
        for (x, set) in setOf.enumerated() { bySet[set].append(nearby[x].0) }
        hasNearby = !nearby.isEmpty
        let shared = [always] + classes.map(\.1) + layers.map(\.1) + bySet
        (sharedStart, sharedFlat) = flatten(shared)
        maxCandidates = (lists.map(\.count).max() ?? 0) + sharedFlat.count
        var idBits: [Int32: Int32] = [:]
        for (x, set) in distinct.enumerated() { for id in set.ids { idBits[id, default: 0] |= Int32(bitPattern: 1 << UInt32(x)) } }
        nearbyIdBits = IdTable(idBits.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        nearbyOtherSets = distinct.indices.filter { !distinct[$0].lexicons.isEmpty || !distinct[$0].classes.isEmpty || !distinct[$0].layers.isEmpty }
        (nLexStart, nLex) = flatten(distinct.map(\.lexicons))
        (nClsStart, nCls) = flatten(distinct.map(\.classes))
        (nLayStart, nLay) = flatten(distinct.map(\.layers))
        (reqSetStart, _) = flatten(required)
        let sets = required.flatMap { $0 }
        (reqIdStart, reqIds) = flatten(sets.map(\.ids))
        (reqLexStart, reqLex) = flatten(sets.map(\.lexicons))
        (reqClsStart, reqCls) = flatten(sets.map(\.classes))
        hasRequirements = !sets.isEmpty
    }

    deinit { classMasks.deallocate() }

    /// Whether the entered sentence has what rule `k` requires: something of each of its sets.
    @inline(__always)
    func meetsRequirement(_ k: Int, _ matcher: Matcher) -> Bool {
        var x = Int(reqSetStart[k])
        let end = Int(reqSetStart[k + 1])
        while x < end {
            if !meetsSet(x, matcher) { return false }
            x += 1
        }
        return true
    }

    /// Whether the entered sentence has one of the ids or lexicons of required set `x`.
    @inline(__always)
    func meetsSet(_ x: Int, _ matcher: Matcher) -> Bool {
        for j in Int(reqIdStart[x])..<Int(reqIdStart[x + 1]) where matcher.present(id: reqIds[j]) { return true }
        for j in Int(reqLexStart[x])..<Int(reqLexStart[x + 1]) where matcher.present(lexicon: reqLex[j]) { return true }
        for j in Int(reqClsStart[x])..<Int(reqClsStart[x + 1]) where matcher.present(class: reqCls[j]) { return true }
        return false
    }

    /// The distinct nearby element sets that token `i` can match, one bit each (kept by the
    /// matcher, so each token is tested once): the sets that list its id (one lookup), then
    /// those of the other sets whose lexicons, classes or layers it meets.
    @inline(__always)
    func nearbyBits(_ matcher: Matcher, _ i: Int) -> UInt64 {
        if let known = matcher.memo(owner: ObjectIdentifier(self), at: i) { return known }
        guard i < matcher.ids.count else { matcher.remember(0, at: i); return 0 }
        var bits = UInt64(UInt32(bitPattern: nearbyIdBits[matcher.ids[i]]))
        for x in nearbyOtherSets where bits & (1 << UInt64(x)) == 0 && admitsOther(x, matcher, i) { bits |= 1 << UInt64(x) }
        matcher.remember(bits, at: i)
        return bits
    }

    /// Whether token `i` can match a lexicon, class or layer of distinct set `x` (its ids are
    /// looked up in `nearbyIdBits`).
    func admitsOther(_ x: Int, _ matcher: Matcher, _ i: Int) -> Bool {
        for j in Int(nLexStart[x])..<Int(nLexStart[x + 1]) where matcher.startsLexicon(nLex[j], at: i) { return true }
        for j in Int(nClsStart[x])..<Int(nClsStart[x + 1]) where matcher.inClass(nCls[j], i) { return true }
        for j in Int(nLayStart[x])..<Int(nLayStart[x + 1]) where matcher.hasLayer(nLay[j], at: i) { return true }
        return false
    }

    /// Indices of the rules worth trying at token `i` of the matcher's tokens, in file order,
    /// into `out`: the token's id list, class and layer lists and nearby rules, each once,
    /// without the rules whose required words are not in `sentence`. Per sentence, the
    /// matcher's `CandidateScratch` for this index keeps which rules meet their requirements
    /// and the lists that the tokens of a class (or layer, or nearby set) share, already
    /// filtered, so a token copies them instead of testing each rule again. The list is reused
    /// from token to token (`makeList()`), so nothing is allocated per token.
    public func candidates(at i: Int, in sentence: Range<Int>, matcher: Matcher, into out: CandidateList) {
        out.count = 0
        var sc: UnsafeMutablePointer<CandidateScratch>?
        if hasRequirements {
            matcher.enter(sentence: sentence)
            sc = matcher.scratch(for: self)
        }
        var sources = 0
        let id = matcher.ids[i]
        let list = vocabBit != 0 && matcher.hasLexBits && matcher.tokenBits(i) & vocabBit == 0 ? 0 : Int(byId[id])
        if list == 0 {
            sources += appendShared(0, sc, matcher, out)
        } else {
            let before = out.count
            if let sc {
                for j in Int(listStart[list])..<Int(listStart[list + 1]) where CandidateScratch.met(sc, listFlat[j], self, matcher) {
                    out.append(listFlat[j])
                }
            } else {
                for j in Int(listStart[list])..<Int(listStart[list + 1]) { out.append(listFlat[j]) }
            }
            if out.count > before { sources += 1 }
        }
        if !useClassMasks {
            for x in 0..<classIdx.count where matcher.inClass(classIdx[x], i) { sources += appendShared(1 + x, sc, matcher, out) }
        } else {
            // only the classes that can hold a token of this one's kind, in order
            var m = classMasks[matcher.kindBits(i).trailingZeroBitCount]  // (8 entries and one for no kind)
            while m != 0 {
                let x = m.trailingZeroBitCount
                if matcher.inClass(classIdx[x], i) { sources += appendShared(1 + x, sc, matcher, out) }
                m &= m - 1
            }
        }
        for x in 0..<layerIdx.count where matcher.hasLayer(layerIdx[x], at: i) { sources += appendShared(1 + classIdx.count + x, sc, matcher, out) }
        if hasNearby {
            var b = nearbyBits(matcher, i) | nearbyBits(matcher, i + 1)
            while b != 0 {
                sources += appendShared(1 + classIdx.count + layerIdx.count + b.trailingZeroBitCount, sc, matcher, out)
                b &= b - 1
            }
        }
        // each source is sorted and holds a rule once: several are merged
        guard sources > 1 else { return }
        var sortable = UnsafeMutableBufferPointer(start: out.buf, count: out.count)
        sortable.sort()
        var w = 1
        for j in 1..<out.count where out.buf[j] != out.buf[w - 1] { out.buf[w] = out.buf[j]; w += 1 }
        out.count = w
    }

    /// Appends shared list `x` (filtered for the sentence when `sc` is given); 1 when it added any.
    @inline(__always)
    private func appendShared(_ x: Int, _ sc: UnsafeMutablePointer<CandidateScratch>?, _ matcher: Matcher, _ out: CandidateList) -> Int {
        if let sc {
            if sc.pointee.known[x] != sc.pointee.generation { CandidateScratch.filter(sc, x, self, matcher) }
            let from = Int(sc.pointee.from[x]), n = Int(sc.pointee.count[x])
            for j in 0..<n { out.append(sc.pointee.buf[from + j]) }
            return n > 0 ? 1 : 0
        }
        let lo = Int(sharedStart[x]), hi = Int(sharedStart[x + 1])
        for j in lo..<hi { out.append(sharedFlat[j]) }
        return hi > lo ? 1 : 0
    }

    /// A list for `candidates(at:in:matcher:into:)`, sized for any token.
    public func makeList() -> CandidateList { CandidateList(capacity: maxCandidates) }
}

/// What one candidate index keeps in a matcher for the entered sentence: which rules meet
/// their requirements (asked and met, a bit per rule) and the shared lists filtered by them
/// (computed on first use in the sentence). Plain memory owned by the matcher (`Matcher.scratch(for:)`),
/// so the lookup at every token retains nothing.
struct CandidateScratch {
    let owner: ObjectIdentifier
    /// The matcher's sentence stamp these answers are for, and a count of sentences entered
    /// (it never wraps, so a list's `known` mark cannot look current in a later sentence).
    var stamp: Int32 = -1
    var generation = 0
    let words: Int
    let asked: UnsafeMutablePointer<UInt64>, met: UnsafeMutablePointer<UInt64>
    /// Per shared list: the generation it was filtered in, and where it sits in `buf`.
    let known: UnsafeMutablePointer<Int>, from: UnsafeMutablePointer<Int32>, count: UnsafeMutablePointer<Int32>
    let buf: UnsafeMutablePointer<Int>

    init(owner: ObjectIdentifier, rules: Int, lists: Int, capacity: Int) {
        self.owner = owner
        words = max(1, (rules + 63) / 64)
        asked = .allocate(capacity: words)
        asked.initialize(repeating: 0, count: words)
        met = .allocate(capacity: words)
        met.initialize(repeating: 0, count: words)
        known = .allocate(capacity: max(1, lists))
        known.initialize(repeating: 0, count: max(1, lists))
        from = .allocate(capacity: max(1, lists))
        from.initialize(repeating: 0, count: max(1, lists))
        count = .allocate(capacity: max(1, lists))
        count.initialize(repeating: 0, count: max(1, lists))
        buf = .allocate(capacity: max(1, capacity))
    }

    func deallocate() {
        asked.deallocate()
        met.deallocate()
        known.deallocate()
        from.deallocate()
        count.deallocate()
        buf.deallocate()
    }

    /// Starts over when the matcher entered another sentence.
    @inline(__always)
    static func sync(_ sc: UnsafeMutablePointer<CandidateScratch>, _ sentenceStamp: Int32) {
        guard sentenceStamp != sc.pointee.stamp else { return }
        sc.pointee.stamp = sentenceStamp
        sc.pointee.generation += 1
        sc.pointee.asked.update(repeating: 0, count: sc.pointee.words)
    }

    /// Whether the entered sentence meets rule `k`'s requirements (asked once per sentence).
    @inline(__always)
    static func met(_ sc: UnsafeMutablePointer<CandidateScratch>, _ k: Int, _ index: CandidateIndex, _ matcher: Matcher) -> Bool {
        let w = k >> 6, bit: UInt64 = 1 << UInt64(k & 63)
        if sc.pointee.asked[w] & bit != 0 { return sc.pointee.met[w] & bit != 0 }
        let v = index.meetsRequirement(k, matcher)
        sc.pointee.asked[w] |= bit
        if v { sc.pointee.met[w] |= bit } else { sc.pointee.met[w] &= ~bit }
        return v
    }

    /// Filters shared list `x` of `index` for the entered sentence into `buf` (at the list's own offset).
    static func filter(_ sc: UnsafeMutablePointer<CandidateScratch>, _ x: Int, _ index: CandidateIndex, _ matcher: Matcher) {
        let lo = Int(index.sharedStart[x]), hi = Int(index.sharedStart[x + 1])
        var n = 0
        for j in lo..<hi where met(sc, index.sharedFlat[j], index, matcher) {
            sc.pointee.buf[lo + n] = index.sharedFlat[j]
            n += 1
        }
        sc.pointee.known[x] = sc.pointee.generation
        sc.pointee.from[x] = Int32(lo)
        sc.pointee.count[x] = Int32(n)
    }
}

/// Rule indices found by `CandidateIndex` at one token, in a buffer reused from token to token.
public final class CandidateList: RandomAccessCollection {
    fileprivate var buf: UnsafeMutablePointer<Int>
    private var capacity: Int
    /// How many indices the list holds.
    public fileprivate(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 8)
        buf = .allocate(capacity: self.capacity)
    }

    deinit { buf.deallocate() }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(k: Int) -> Int { buf[k] }

    @inline(__always)
    fileprivate func append(_ x: Int) {
        if count == capacity { grow() }
        buf[count] = x
        count += 1
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: buf, count: count)
        buf.deallocate()
        buf = bigger
        capacity *= 2
    }
}

/// A small map from vocabulary ids to values (0 when absent): open addressing over a table a
/// few times the number of keys, so it stays in cache (a vocabulary-sized array costs a cache
/// miss on nearly every token).
struct IdTable: Sendable {
    /// The slots' keys (-1: empty).
    let keys: [Int32]
    private let values: [Int32]
    private let mask: Int

    init(_ pairs: [(Int32, Int32)]) {
        var n = 8
        while n < pairs.count * 3 { n <<= 1 }
        var keys = [Int32](repeating: -1, count: n)
        var values = [Int32](repeating: 0, count: n)
        for (k, v) in pairs where k >= 0 {
            var x = IdTable.slot(k, n - 1)
            while keys[x] >= 0 && keys[x] != k { x = (x + 1) & (n - 1) }
            keys[x] = k
            values[x] = v
        }
        self.keys = keys
        self.values = values
        mask = n - 1
    }

    @inline(__always)
    static func slot(_ id: Int32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// The value of `id`, or 0.
    @inline(__always)
    subscript(id: Int32) -> Int32 {
        guard id >= 0 else { return 0 }
        var x = IdTable.slot(id, mask)
        while true {
            let k = keys[x]
            if k == id { return values[x] }
            if k < 0 { return 0 }
            x = (x + 1) & mask
        }
    }
}
