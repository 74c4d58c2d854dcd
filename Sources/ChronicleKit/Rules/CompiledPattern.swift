/// A pattern compiled against one rule book: nodes in flat arrays, literals as vocabulary
/// ids, lexicons, classes and layers by index, so that matching hashes no strings and
/// allocates nothing. `Matcher` runs it; `RuleBook.compile` makes it.
public final class CompiledPattern: @unchecked Sendable {
    enum Op: UInt8 { case literal, literalSet, literalText, lexicon, tokenClass, layer, any, start, end, not, notAhead, bind, group }

    struct Node {
        var op: Op
        /// literal: the id; literalSet/literalText: the set index; lexicon: the lexicon index;
        /// tokenClass: the class index; layer: the layer index; not/notAhead: the inner node;
        /// bind: the name index; group: the first alternative's sequence.
        var a: Int32 = 0
        /// lexicon: the entry mask index (-1: none); bind: the inner node; group: the number of alternatives.
        var b: Int32 = 0
        /// group: the minimum count.
        var c: Int32 = 0
        /// group: the maximum count.
        var d: Int32 = 0
    }

    let nodes: [Node]
    /// Sequence `s` is `items[seqLo[s]..<seqHi[s]]` (node indices).
    let seqLo: [Int32]
    let seqHi: [Int32]
    let items: [Int32]
    /// Sorted id lists of literal alternatives.
    let idSets: [[Int32]]
    let textSets: [Set<String>]
    let names: [String]
    let masks: [[Bool]]
    /// The sequence of the whole pattern.
    let top: Int32
    /// The pattern as parsed.
    public let source: [PatternNode]
    /// `nodes`, `seqLo`, `seqHi` and `items` as raw memory for the matcher's hot loop.
    let nodePtr: UnsafeMutablePointer<Node>
    let seqLoPtr: UnsafeMutablePointer<Int32>
    let seqHiPtr: UnsafeMutablePointer<Int32>
    let itemPtr: UnsafeMutablePointer<Int32>

    /// A pattern that matches nothing (the matcher's initial state).
    static let empty = CompiledPattern(nodes: [], seqLo: [0], seqHi: [0], items: [], idSets: [], textSets: [],
                                       names: [], masks: [], top: 0, source: [])

    private static func copy<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, a.count))
        _ = UnsafeMutableBufferPointer(start: p, count: a.count).initialize(from: a)
        return p
    }

    init(nodes: [Node], seqLo: [Int32], seqHi: [Int32], items: [Int32], idSets: [[Int32]], textSets: [Set<String>],
         names: [String], masks: [[Bool]], top: Int32, source: [PatternNode]) {
        self.nodes = nodes
        self.seqLo = seqLo
        self.seqHi = seqHi
        self.items = items
        self.idSets = idSets
        self.textSets = textSets
        self.names = names
        self.masks = masks
        self.top = top
        self.source = source
        nodePtr = CompiledPattern.copy(nodes)
        seqLoPtr = CompiledPattern.copy(seqLo)
        seqHiPtr = CompiledPattern.copy(seqHi)
        itemPtr = CompiledPattern.copy(items)
    }

    deinit {
        nodePtr.deallocate()
        seqLoPtr.deallocate()
        seqHiPtr.deallocate()
        itemPtr.deallocate()
    }

    /// Whether the sorted id list `k` holds `id`.
    @inline(__always)
    func setContains(_ k: Int32, _ id: Int32) -> Bool {
        let a = idSets[Int(k)]
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = a[mid]
            if v == id { return true }
            if v < id { lo = mid + 1 } else { hi = mid }
        }
        return false
    }

    /// Compiles `pattern` against `book` (its vocabulary, lexicons, classes and layers).
    /// Unknown lexicons, classes and layers compile to elements that never match
    /// (`RuleSet.validate` reports them at load time).
    static func compile(_ pattern: [PatternNode], book: RuleBook) -> CompiledPattern {
        var b = Builder(book: book)
        let top = b.sequence(pattern)
        return CompiledPattern(nodes: b.nodes, seqLo: b.seqLo, seqHi: b.seqHi, items: b.items, idSets: b.idSets,
                               textSets: b.textSets, names: b.names, masks: b.masks, top: top, source: pattern)
    }

    private struct Builder {
        let book: RuleBook
        var nodes: [Node] = []
        var seqLo: [Int32] = []
        var seqHi: [Int32] = []
        var items: [Int32] = []
        var idSets: [[Int32]] = []
        var textSets: [Set<String>] = []
        var names: [String] = []
        var masks: [[Bool]] = []

        init(book: RuleBook) { self.book = book }

        mutating func add(_ n: Node) -> Int32 {
            nodes.append(n)
            return Int32(nodes.count - 1)
        }

        /// Registers a sequence of already compiled nodes.
        mutating func register(_ seq: [Int32]) -> Int32 {
            seqLo.append(Int32(items.count))
            items += seq
            seqHi.append(Int32(items.count))
            return Int32(seqLo.count - 1)
        }

        mutating func sequence(_ seq: [PatternNode]) -> Int32 {
            let compiled = seq.map { node($0) }
            return register(compiled)
        }

        mutating func node(_ n: PatternNode) -> Int32 {
            switch n {
            case .literal(let words):
                let ids = words.map { book.vocabulary.id($0) }
                if ids.contains(Vocabulary.unknown) {
                    textSets.append(words)
                    return add(Node(op: .literalText, a: Int32(textSets.count - 1)))
                }
                if ids.count == 1 { return add(Node(op: .literal, a: ids[0])) }
                idSets.append(Set(ids).sorted())
                return add(Node(op: .literalSet, a: Int32(idSets.count - 1)))
            case .lexicon(let name, let filter):
                guard let k = book.lexiconNames.firstIndex(of: name) else { return add(Node(op: .literal, a: -2)) }
                var mask: Int32 = -1
                if !filter.isEmpty {
                    let lex = book.lexiconList[k]
                    masks.append(lex.entries.map { e in
                        filter.allSatisfy { ($0.key == "value" ? e.value : e[$0.key]).map($0.value.contains) ?? false }
                    })
                    mask = Int32(masks.count - 1)
                }
                return add(Node(op: .lexicon, a: Int32(k), b: mask))
            case .tokenClass(let name):
                guard let k = book.classNames.firstIndex(of: name) else { return add(Node(op: .literal, a: -2)) }
                return add(Node(op: .tokenClass, a: Int32(k)))
            case .layer(let name):
                guard let k = Layers.index(name) else { return add(Node(op: .literal, a: -2)) }
                return add(Node(op: .layer, a: Int32(k)))
            case .any: return add(Node(op: .any))
            case .sentenceStart: return add(Node(op: .start))
            case .sentenceEnd: return add(Node(op: .end))
            case .not(let inner):
                let x = node(inner)
                return add(Node(op: .not, a: x))
            case .notAhead(let inner):
                let x = node(inner)
                return add(Node(op: .notAhead, a: x))
            case .bind(let name, let inner):
                let x = node(inner)
                names.append(name)
                return add(Node(op: .bind, a: Int32(names.count - 1), b: x))
            case .group(let alts, let lo, let hi):
                let compiled = alts.map { $0.map { node($0) } }
                var first: Int32 = -1
                for c in compiled {
                    let s = register(c)
                    if first < 0 { first = s }
                }
                return add(Node(op: .group, a: first, b: Int32(alts.count), c: Int32(lo), d: Int32(hi)))
            }
        }
    }
}
