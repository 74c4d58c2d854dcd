import Foundation

/// Corpus-wide event identity for `chronicle events --jsonl` (`"cluster"`), in two steps, as
/// the cross-document coreference systems of Barhom et al. (2019) and Cattan et al. (2021) do:
///
/// 1. **Documents** are clustered first: TF-IDF vectors of their content lemmas (nouns,
///    proper nouns, numbers, verbs, adjectives of the parse), cosine similarity, single link
///    at `documentThreshold` (chosen on the ECB+ dev and train topics). Two articles about
///    the same happening share names, places and numbers; two earthquakes or two arrests of
///    the same kind mostly do not.
/// 2. **Event mentions** of one document cluster are linked when their trigger lemmas are the
///    same ("killed", "kill", "killing" → kill; a noun in -ment is its verb: "announcement"
///    → announce): the same-lemma rule, which Upadhyay et al. (2016) and Kenyon-Dean et al.
///    (2018) found hard to beat, inside the document cluster rather than across the corpus.
///    The date, place and participant checks are vetoes on a link, applied only where both
///    mentions have the argument: dates must be compatible, places must share a word, and
///    named participants of the same role must share one (last word of the actor's name:
///    "Lindsay Lohan" ~ "Lohan"). An event is a connected component of the links, so within
///    one article the mentions of one lemma are one event unless their arguments disagree.
///
/// Bounds: a document is compared only with the documents that share one of its `topTerms`
/// heaviest terms (at most `postingLimit` recent ones each); an event mention only with the
/// last `blockLimit` mentions of its (document cluster, lemma) block. So the cost stays
/// linear in the input. Every sum runs in a fixed order (term ids sorted by term, documents
/// in input order): the same input gives the same clusters for every `--jobs`.
public struct EventClusters: Sendable {
    public struct Item: Sendable {
        public var doc: String
        public var kind: String
        /// The crude stem of the trigger word (`stem`).
        public var trigger: String
        /// The lemma of the trigger's head word (from the parse), else the stem.
        public var lemma: String
        public var date: String?
        public var participants: Set<String>
        public var places: Set<String>

        public init(doc: String, kind: String, trigger: String, lemma: String? = nil, date: String?, participants: Set<String>, places: Set<String>) {
            self.doc = doc; self.kind = kind; self.trigger = trigger; self.lemma = lemma ?? trigger
            self.date = date; self.participants = participants; self.places = places
        }

        /// The item of an exported event (`EventExport`); `document` gives the trigger's lemma.
        public init(doc: String, event e: Event, document: Document? = nil) {
            let t = e.typing
            var people: Set<String> = []
            var places: Set<String> = []
            for a in t?.arguments ?? [] {
                if a.role == "place" {
                    places.formUnion(EventClusters.words(a.text))
                } else if let n = a.actor, let k = EventClusters.key(n) {
                    people.insert(a.role + ":" + k)
                }
            }
            let stem = EventClusters.stem(document.map { $0.text(e.triggerSpan) } ?? t?.trigger ?? e.text)
            let lemma = document.flatMap { EventClusters.lemma(e.triggerSpan, in: $0) }
            self.init(doc: doc, kind: t?.type ?? e.kind, trigger: stem, lemma: lemma, date: e.date, participants: people, places: places)
        }
    }

    /// The content words of one document (lowercased lemmas and their counts).
    public struct Profile: Sendable {
        public var doc: String
        public var terms: [String: Int]

        public init(doc: String, terms: [String: Int]) { self.doc = doc; self.terms = terms }

        /// Nouns, proper nouns, numbers, verbs and adjectives of the parse (by lemma), else
        /// the words of three letters or more that are no function words.
        public init(doc: String, document d: Document) {
            var terms: [String: Int] = [:]
            let s = d.syntax
            if s.count > 0 && s.lemma.count == s.count {
                for w in 0..<s.count {
                    switch s.upos[w] {
                    case .NOUN, .PROPN, .NUM, .VERB, .ADJ: break
                    default: continue
                    }
                    let l = s.lemma[w].lowercased()
                    guard l.unicodeScalars.count >= 3, !EventClusters.stop.contains(l), l.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else { continue }
                    terms[l, default: 0] += 1
                }
            } else {
                for t in d.tokens where t.kind == .word || t.kind == .number {
                    guard t.lower.unicodeScalars.count >= 3, !EventClusters.stop.contains(t.lower) else { continue }
                    terms[t.lower, default: 0] += 1
                }
            }
            self.init(doc: doc, terms: terms)
        }
    }

    /// At most this many recent mentions of a block are compared with a new one.
    public var blockLimit = 64
    /// The cosine similarity at which two documents join (single link).
    public var documentThreshold = 0.26
    /// The heaviest terms of a document that find its candidate documents.
    public var topTerms = 24
    /// At most this many recent documents per term are candidates.
    public var postingLimit = 64

    public init() {}

    /// The last word of a name or phrase, lowercased ("Lindsay Lohan" → "lohan"); nil for none.
    static func key(_ s: String) -> String? {
        let w = words(s)
        return w.last
    }

    static let stop: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "and", "to", "for", "his", "her", "its", "their", "he", "she",
                                    "it", "they", "him", "them", "who", "which", "that", "this", "by", "with", "from", "was", "were",
                                    "are", "has", "have", "had", "been", "will", "would", "not", "but", "also", "after", "before",
                                    "into", "over", "than", "about", "more", "there", "what", "when", "where", "while", "all", "one",
                                    "can", "could", "may", "did", "does", "just", "our", "you", "your", "being", "said", "says", "say"]

    static func words(_ s: String) -> [String] {
        s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !stop.contains($0) && $0.count > 1 }
    }

    /// A crude stem of a trigger word: lowercased, without "-ing", "-ed", "-s" endings.
    static func stem(_ s: String) -> String {
        var w = s.lowercased()
        for suffix in ["ing", "ed", "es", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return w
    }

    /// The lowercased lemma of the trigger at `span`: of its one word, or of the first verb or
    /// noun of a longer span; nil without a parse.
    static func lemma(_ span: Span, in d: Document) -> String? {
        let s = d.syntax
        guard s.count > 0, s.lemma.count == s.count, s.wordSpan.count == s.count else { return nil }
        var lo = 0, hi = s.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if s.wordSpan[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        var w = lo
        var chosen: Int?
        while w < s.count && s.wordSpan[w].start < span.end {
            if chosen == nil { chosen = w }
            if s.upos[w] == .VERB || s.upos[w] == .NOUN { chosen = w; break }
            w += 1
        }
        guard let c = chosen, !s.lemma[c].isEmpty else { return nil }
        return base(s.lemma[c].lowercased(), noun: s.upos[c] == .NOUN)
    }

    /// The key of a trigger lemma that a verb and its nominalizations share: a noun in -ment
    /// or -ing is its verb ("announcement" → announce, "killing" → kill), then a final "e" and
    /// a doubled last letter go, on verbs and nouns alike, so that the stripped forms meet
    /// ("fire"/"firing" → fir, "kidnap"/"kidnapping" → kidnap, "kill"/"killing" → kil).
    static func base(_ lemma: String, noun: Bool) -> String {
        var l = Array(lemma.unicodeScalars)
        if noun && l.count >= 8 && l.suffix(4).elementsEqual("ment".unicodeScalars) {
            l.removeLast(4)
        } else if noun && l.count >= 6 && l.suffix(3).elementsEqual("ing".unicodeScalars) {
            l.removeLast(3)
        }
        if l.count >= 4 && l.last == "e" { l.removeLast() }
        if l.count >= 4 && l[l.count - 1] == l[l.count - 2] && !"aeiou".unicodeScalars.contains(l[l.count - 1]) { l.removeLast() }
        var out = ""
        out.unicodeScalars.append(contentsOf: l)
        return out
    }

    /// No conflict between two mentions' arguments, where both have them: compatible dates,
    /// places that share a word, participants that share one.
    static func compatible(_ a: Item, _ b: Item) -> Bool {
        guard EventMatcher.compatible(a.date, b.date) else { return false }
        if !a.places.isEmpty && !b.places.isEmpty && a.places.isDisjoint(with: b.places) { return false }
        guard !a.participants.isEmpty && !b.participants.isEmpty else { return true }
        // named participants, role by role ("agent:lohan" against "agent:spears")
        var roles: Set<Substring> = []
        for p in a.participants { if let c = p.firstIndex(of: ":") { roles.insert(p[..<c]) } }
        for role in roles {
            let x = a.participants.filter { $0.hasPrefix(role + ":") }, y = b.participants.filter { $0.hasPrefix(role + ":") }
            if !y.isEmpty && x.isDisjoint(with: y) { return false }
        }
        return true
    }

    // MARK: documents

    /// The document cluster of each profile: the index of its cluster's first profile.
    public func documentClusters(_ profiles: [Profile]) -> [Int] {
        // term ids in order of first use, document frequencies
        var ids: [String: Int] = [:]
        var df: [Int] = []
        var docs: [[(Int, Int)]] = []
        docs.reserveCapacity(profiles.count)
        for p in profiles {
            var v: [(Int, Int)] = []
            v.reserveCapacity(p.terms.count)
            for (t, n) in p.terms {
                let id: Int
                if let x = ids[t] { id = x } else { id = df.count; ids[t] = id; df.append(0) }
                df[id] += 1
                v.append((id, n))
            }
            docs.append(v)
        }
        // ids were given in dictionary order, which varies between runs: renumber them by term
        let order = ids.sorted { $0.key < $1.key }.map(\.value)
        var renumber = [Int](repeating: 0, count: df.count)
        for (k, id) in order.enumerated() { renumber[id] = k }
        let dfSorted = order.map { df[$0] }
        let n = Double(max(profiles.count, 1))
        // unit TF-IDF vectors, sorted by term id; terms of one document carry no similarity
        let vectors: [[(Int, Double)]] = docs.map { v in
            var out: [(Int, Double)] = []
            for (id, count) in v {
                let t = renumber[id]
                guard dfSorted[t] > 1 else { continue }
                out.append((t, (1 + log(Double(count))) * log(n / Double(dfSorted[t]))))
            }
            out.sort { $0.0 < $1.0 }
            let norm = out.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            return norm > 0 ? out.map { ($0.0, $0.1 / norm) } : []
        }
        func cosine(_ a: [(Int, Double)], _ b: [(Int, Double)]) -> Double {
            var i = 0, j = 0, s = 0.0
            while i < a.count && j < b.count {
                if a[i].0 == b[j].0 { s += a[i].1 * b[j].1; i += 1; j += 1 } else if a[i].0 < b[j].0 { i += 1 } else { j += 1 }
            }
            return s
        }
        var parent = Array(profiles.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var postings: [Int: [Int]] = [:]
        for (i, v) in vectors.enumerated() {
            let top = v.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(topTerms).map(\.0)
            var candidates: Set<Int> = []
            for t in top { candidates.formUnion(postings[t] ?? []) }
            for j in candidates.sorted() where find(i) != find(j) && cosine(v, vectors[j]) >= documentThreshold {
                let (a, b) = (find(i), find(j))
                parent[max(a, b)] = min(a, b)
            }
            for t in top {
                postings[t, default: []].append(i)
                if postings[t]!.count > postingLimit { postings[t]!.removeFirst() }
            }
        }
        return profiles.indices.map(find)
    }

    // MARK: events

    /// The cluster of each item: the index of its cluster's first item. Items whose document
    /// has no profile are each their own document cluster.
    public func clusters(_ items: [Item], profiles: [Profile] = []) -> [Int] {
        let docCluster = documentClusters(profiles)
        var clusterOf: [String: Int] = [:]
        for (k, p) in profiles.enumerated() where clusterOf[p.doc] == nil { clusterOf[p.doc] = docCluster[k] }
        var parent = Array(items.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            parent[max(ra, rb)] = min(ra, rb)
        }
        var blocks: [String: [Int]] = [:]
        for (i, it) in items.enumerated() {
            let group = clusterOf[it.doc].map { "c\($0)" } ?? "d\(it.doc)"
            let key = group + "\u{0}" + it.lemma
            for j in blocks[key] ?? [] where find(i) != find(j) && EventClusters.compatible(it, items[j]) {
                union(i, j)
            }
            blocks[key, default: []].append(i)
            if blocks[key]!.count > blockLimit { blocks[key]!.removeFirst() }
        }
        return items.indices.map(find)
    }
}
