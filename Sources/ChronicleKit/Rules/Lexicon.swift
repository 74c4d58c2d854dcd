/// One lexicon entry: the canonical value a surface form maps to, and its attributes.
public struct LexiconEntry: Sendable, Hashable {
    public var value: String
    /// The attributes' names, sorted, and their values: an entry has a few, and the stages ask
    /// for them token after token, so a scan that compares short strings replaces hashing one.
    private var names: [String]
    private var values: [String]
    /// The surface as written in the file, token by token (used for the case check).
    public var surface: [String]

    public init(value: String, attrs: [String: String], surface: [String]) {
        self.value = value
        self.surface = surface
        let sorted = attrs.sorted { $0.key < $1.key }
        names = sorted.map(\.key)
        values = sorted.map(\.value)
    }

    /// The attributes by name.
    public var attrs: [String: String] {
        get { Dictionary(uniqueKeysWithValues: zip(names, values)) }
        set { self = LexiconEntry(value: value, attrs: newValue, surface: surface) }
    }

    /// (not inlined: its loop grew the stages' large functions, whose copies then cost more)
    @inline(never)
    public subscript(attr: String) -> String? {
        for k in names.indices where names[k] == attr { return values[k] }
        return nil
    }
}

/// One lexicon match found by `Lexicon.hits`: its length in tokens and the entry index.
public struct LexiconHit: Sendable {
    public var length: Int32
    public var entry: Int32
}

/// A set of surface forms (one or more tokens each) mapped to entries, matched with a trie
/// over lowercase token keys.
///
/// Case: a surface token written in lowercase matches any case; one written with a capital
/// first letter needs a capitalised (or all-caps) token; one with two or more capitals
/// ("UN", "OSCE", "U.S.") needs exactly that spelling.
public final class Lexicon: @unchecked Sendable {
    public let name: String
    private struct Node {
        var next: [String: Int] = [:]
        var entries: [Int] = []
    }
    private var nodes: [Node] = [Node()]
    @exclusivity(unchecked) public private(set) var entries: [LexiconEntry] = []
    /// What each entry's surface tokens need of a token's case (see `caseMatches`).
    @exclusivity(unchecked) private var caseRules: [[CaseRule]] = []
    /// Whether an entry's surface is all lowercase (matches any case).
    @exclusivity(unchecked) private var anyCase: [Bool] = []

    enum CaseRule { case any, capital, exact(String) }
    /// The longest surface, in tokens.
    public private(set) var maxLength = 0

    public init(name: String) { self.name = name }

    /// Adds a surface (already split into tokens) for an entry.
    public func add(surfaceTokens: [String], entry: LexiconEntry) {
        guard !surfaceTokens.isEmpty else { return }
        var node = 0
        for t in surfaceTokens {
            let key = Tokenizer.lowercase(t)
            if let n = nodes[node].next[key] {
                node = n
            } else {
                nodes.append(Node())
                nodes[node].next[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        var e = entry
        e.surface = surfaceTokens
        if nodes[node].entries.contains(where: { entries[$0] == e }) { return }
        entries.append(e)
        let rules = surfaceTokens.map(Lexicon.caseRule)
        caseRules.append(rules)
        anyCase.append(rules.allSatisfy { if case .any = $0 { return true } else { return false } })
        nodes[node].entries.append(entries.count - 1)
        maxLength = max(maxLength, surfaceTokens.count)
    }

    /// The lowercase keys that can begin a surface (for indexing rules by their first token).
    public var firstKeys: [String] { Array(nodes[0].next.keys) }

    /// Every lowercase key at any depth of the trie, in insertion order (for the vocabulary).
    var allKeys: [String] { nodes.flatMap { $0.next.keys.sorted() } }

    /// Whether the single lowercase key starts any surface (cheap pre-check).
    public func starts(_ key: String) -> Bool { nodes[0].next[key] != nil }

    /// All matches starting at token `i` (not past `end`), longest first: (length, entries).
    public func matches(_ tokens: [Token], at i: Int, end: Int) -> [(length: Int, entries: [LexiconEntry])] {
        var out: [(Int, [LexiconEntry])] = []
        var node = 0
        var j = i
        while j < end, let n = nodes[node].next[tokens[j].lower] {
            node = n
            j += 1
            if !nodes[node].entries.isEmpty {
                var ok: [LexiconEntry] = []
                for k in nodes[node].entries where anyCase[k] || Lexicon.caseMatches(caseRules[k], tokens, i) { ok.append(entries[k]) }
                if !ok.isEmpty { out.append((j - i, ok)) }
            }
        }
        return out.reversed()
    }

    // The frozen trie, keyed by vocabulary id (built once by `freeze`).
    @exclusivity(unchecked) private var rootById: [Int32] = []
    @exclusivity(unchecked) private var edgeStart: [Int32] = [0]
    @exclusivity(unchecked) private var edgeIds: [Int32] = []
    @exclusivity(unchecked) private var edgeNodes: [Int32] = []
    @exclusivity(unchecked) private var entryStart: [Int32] = [0]
    @exclusivity(unchecked) private var nodeEntries: [Int32] = []

    /// Builds the id-keyed trie that `hits` walks; every key must be in `vocab`.
    func freeze(_ vocab: Vocabulary) {
        rootById = [Int32](repeating: -1, count: vocab.count)
        edgeStart = [0]
        edgeIds = []
        edgeNodes = []
        entryStart = [0]
        nodeEntries = []
        for (n, node) in nodes.enumerated() {
            let edges = node.next.map { (vocab.id($0.key), Int32($0.value)) }.sorted { $0.0 < $1.0 }
            if n == 0 {
                for (id, to) in edges where id >= 0 { rootById[Int(id)] = to }
            } else {
                for (id, to) in edges { edgeIds.append(id); edgeNodes.append(to) }
            }
            edgeStart.append(Int32(edgeIds.count))
            nodeEntries += node.entries.map(Int32.init)
            entryStart.append(Int32(nodeEntries.count))
        }
    }

    /// The vocabulary ids that start a surface (after `freeze`), in increasing order.
    var startIds: [Int32] {
        var out: [Int32] = []
        for id in rootById.indices where rootById[id] >= 0 { out.append(Int32(id)) }
        return out
    }

    /// Whether a token id starts any surface.
    @inline(__always)
    public func starts(id: Int32) -> Bool { id >= 0 && Int(id) < rootById.count && rootById[Int(id)] >= 0 }

    /// Whether the token alone is a surface (as `!lookup(token.lower).isEmpty`, by id when it has one).
    @inline(__always)
    public func hasSingle(_ t: Token) -> Bool {
        guard t.id != Vocabulary.unassigned, !rootById.isEmpty else { return !lookup(t.lower).isEmpty }
        return hasSingle(id: t.id)
    }

    /// Whether the token with vocabulary id `id` (assigned) alone is a surface.
    @inline(__always)
    public func hasSingle(id: Int32) -> Bool {
        guard id >= 0, Int(id) < rootById.count else { return false }
        let n = Int(rootById[Int(id)])
        return n >= 0 && entryStart[n] < entryStart[n + 1]
    }

    /// Whether the lexicon is frozen (keyed by vocabulary id).
    var isFrozen: Bool { !rootById.isEmpty }

    /// The first entry of the token alone as a surface (as `lookup(token.lower).first`, without allocating).
    public func firstSingle(_ t: Token) -> LexiconEntry? {
        guard t.id != Vocabulary.unassigned, !rootById.isEmpty else { return lookup(t.lower).first }
        guard t.id >= 0, Int(t.id) < rootById.count else { return nil }
        let n = Int(rootById[Int(t.id)])
        guard n >= 0, entryStart[n] < entryStart[n + 1] else { return nil }
        return entries[Int(nodeEntries[Int(entryStart[n])])]
    }

    /// Appends the matches at token `i` (not past `end`) to `out`, longest first: for each
    /// length, the first entry that passes the case check and `allow` (an entry mask).
    func hits(_ ids: [Int32], _ tokens: [Token], at i: Int, end: Int, allow: [Bool]?, into out: inout [LexiconHit]) {
        guard i < end, starts(id: ids[i]) else { return }
        let base = out.count
        var node = Int(rootById[Int(ids[i])])
        var j = i + 1
        while true {
            let es = Int(entryStart[node]), ee = Int(entryStart[node + 1])
            if es < ee {
                for x in es..<ee {
                    let k = Int(nodeEntries[x])
                    if let allow, !allow[k] { continue }
                    if anyCase[k] || Lexicon.caseMatches(caseRules[k], tokens, i) {
                        out.append(LexiconHit(length: Int32(j - i), entry: Int32(k)))
                        break
                    }
                }
            }
            guard j < end else { break }
            let id = ids[j]
            var lo = Int(edgeStart[node]), hi = Int(edgeStart[node + 1])
            var next = -1
            while lo < hi {
                let mid = (lo + hi) >> 1
                let v = edgeIds[mid]
                if v == id { next = Int(edgeNodes[mid]); break }
                if v < id { lo = mid + 1 } else { hi = mid }
            }
            if next < 0 { break }
            node = next
            j += 1
        }
        if out.count - base > 1 { out[base...].reverse() }
    }

    /// The longest match at `i`, if any.
    public func longest(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, entries: [LexiconEntry])? {
        guard !rootById.isEmpty, i < end, tokens[i].id != Vocabulary.unassigned else { return matches(tokens, at: i, end: end).first }
        // walk the id trie; remember the deepest node with an entry that passes the case check
        guard starts(id: tokens[i].id) else { return nil }
        var node = Int(rootById[Int(tokens[i].id)])
        var j = i + 1
        var best = -1, bestLength = 0
        while true {
            for x in Int(entryStart[node])..<Int(entryStart[node + 1]) {
                let k = Int(nodeEntries[x])
                if anyCase[k] || Lexicon.caseMatches(caseRules[k], tokens, i) { best = node; bestLength = j - i; break }
            }
            guard j < end else { break }
            // a token made without a vocabulary (a split compound): the string walk decides
            if tokens[j].id == Vocabulary.unassigned { return matches(tokens, at: i, end: end).first }
            let next = child(node, tokens[j].id)
            if next < 0 { break }
            node = next
            j += 1
        }
        guard best >= 0 else { return nil }
        var ok: [LexiconEntry] = []
        for x in Int(entryStart[best])..<Int(entryStart[best + 1]) {
            let k = Int(nodeEntries[x])
            if anyCase[k] || Lexicon.caseMatches(caseRules[k], tokens, i) { ok.append(entries[k]) }
        }
        return (bestLength, ok)
    }

    /// The child of frozen trie node `node` under token id `id`, or -1.
    @inline(__always)
    private func child(_ node: Int, _ id: Int32) -> Int {
        var lo = Int(edgeStart[node]), hi = Int(edgeStart[node + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = edgeIds[mid]
            if v == id { return Int(edgeNodes[mid]) }
            if v < id { lo = mid + 1 } else { hi = mid }
        }
        return -1
    }

    /// Looks up a single lowercase key (no case check): the entries of that one-token surface.
    public func lookup(_ key: String) -> [LexiconEntry] {
        guard let n = nodes[0].next[key] else { return [] }
        return nodes[n].entries.map { entries[$0] }
    }

    static func caseRule(_ s: String) -> CaseRule {
        var caps = 0
        var firstUpper = false
        for (idx, ch) in s.unicodeScalars.enumerated() where Tokenizer.isUpper(ch) {
            caps += 1
            if idx == 0 { firstUpper = true }
        }
        if caps >= 2 { return .exact(s.replacingApostrophes()) }
        return firstUpper ? .capital : .any
    }

    /// `caseMatches` with the surface's case rules computed once.
    static func caseMatches(_ rules: [CaseRule], _ tokens: [Token], _ i: Int) -> Bool {
        for (k, r) in rules.enumerated() {
            switch r {
            case .any: continue
            case .capital:
                guard let f = tokens[i + k].text.unicodeScalars.first, Tokenizer.isUpper(f) else { return false }
            case .exact(let s):
                if tokens[i + k].text.replacingApostrophes() != s { return false }
            }
        }
        return true
    }

    static func caseMatches(_ surface: [String], _ tokens: [Token], _ i: Int) -> Bool {
        for (k, s) in surface.enumerated() {
            let t = tokens[i + k].text
            var caps = 0
            var firstUpper = false
            for (idx, ch) in s.unicodeScalars.enumerated() where ch.properties.isUppercase {
                caps += 1
                if idx == 0 { firstUpper = true }
            }
            if caps >= 2 {
                if t.replacingApostrophes() != s.replacingApostrophes() { return false }
            } else if firstUpper {
                guard let f = t.unicodeScalars.first, f.properties.isUppercase else { return false }
            }
        }
        return true
    }
}

extension String {
    func replacingApostrophes() -> String {
        unicodeScalars.contains("\u{2019}") ? String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })) : self
    }
}
