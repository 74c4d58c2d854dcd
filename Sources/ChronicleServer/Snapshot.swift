import ChronicleKit
import Foundation

/// One fact as the pages list it: a statement or an event of the reviewed chronology.
struct FactItem: Sendable {
    enum Kind: String, Sendable { case statement, event }
    var id: String
    var type: Kind
    /// `statement`, or the event's kind.
    var kind: String
    var date: String?
    /// Day numbers (days since 1970-01-01) of the date's first and last day.
    var first: Int?
    var last: Int?
    var speakerId: String?
    var speaker: String?
    /// The actors a statement is about, or an event's actors.
    var actorIds: [String]
    var text: String
    var doc: String
    var direct: Bool?
    var rule: String
    var confidence: Double
    var status: FactStatus
    /// Lowercased text, sentence and names (UTF-8), for the text filter and search.
    var haystack: [UInt8]

    /// How often `word` (lowercased UTF-8) occurs in the haystack; at most `upTo`.
    func occurrences(of word: [UInt8], upTo: Int = Int.max) -> Int {
        guard !word.isEmpty, word.count <= haystack.count else { return 0 }
        var n = 0
        haystack.withUnsafeBufferPointer { h in
            word.withUnsafeBufferPointer { w in
                // the first byte by memchr, then the rest compared
                let first = Int32(w[0]), last = h.count - w.count
                var at = 0
                while n < upTo && at <= last {
                    guard let p = memchr(h.baseAddress! + at, first, last - at + 1) else { break }
                    let k = h.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if memcmp(h.baseAddress! + k, w.baseAddress!, w.count) == 0 {
                        n += 1
                        at = k + w.count
                    } else {
                        at = k + 1
                    }
                }
            }
        }
        return n
    }
    /// The lanes it is drawn in: its speaker, else its actors.
    var laneIds: [String] { type == .statement ? (speakerId.map { [$0] } ?? actorIds.prefix(1).map { $0 }) : actorIds }
}

/// An immutable view of the reviewed store that requests read: the facts in date order with
/// their JSON written once, indexes by id, document and actor. Rebuilt after each decision.
final class Snapshot: Sendable {
    let version: Int
    let review: Review
    /// Dated facts in date order, then undated facts in document order.
    let facts: [FactItem]
    let json: [[UInt8]]
    let index: [String: Int]
    let actorFacts: [String: [Int]]
    let timesByDoc: [String: [TimeRecord]]
    let actorById: [String: ActorRecord]
    let documentById: [String: DocumentRecord]
    /// The timeline JSON of no filter, written once: every fact, and the first `defaultLimit`.
    let allTimeline: [UInt8]
    let defaultTimeline: [UInt8]
    /// How many dated (and undated) facts a timeline answer holds unless asked for more.
    static let defaultLimit = 5000
    /// Answers already made from this snapshot, by route and query.
    let answers = AnswerCache()

    /// A bounded cache of answers (bytes) by key: at most 256 answers and 64 MB, the oldest
    /// dropped first. It belongs to one snapshot, so a decision (a new snapshot) empties it.
    final class AnswerCache: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [String: [UInt8]] = [:]
        private var order: [String] = []
        private var bytes = 0
        static let maxAnswers = 256, maxBytes = 64 << 20

        func get(_ key: String) -> [UInt8]? {
            lock.lock()
            defer { lock.unlock() }
            return answers[key]
        }

        func put(_ key: String, _ value: [UInt8]) {
            guard value.count <= AnswerCache.maxBytes / 4 else { return }
            lock.lock()
            defer { lock.unlock() }
            guard answers[key] == nil else { return }
            answers[key] = value
            order.append(key)
            bytes += value.count
            while order.count > AnswerCache.maxAnswers || bytes > AnswerCache.maxBytes {
                let old = order.removeFirst()
                bytes -= answers.removeValue(forKey: old)?.count ?? 0
            }
        }
    }
    /// Names already resolved to actor ids (nil: no such actor).
    private let names = NameCache()

    final class NameCache: @unchecked Sendable {
        let lock = NSLock()
        var ids: [String: String?] = [:]
    }

    /// The actor id a name, alias or id means (as `Review.actor(named:)`), remembered.
    func actorId(named name: String) -> String? {
        if actorById[name] != nil { return name }
        names.lock.lock()
        if let known = names.ids[name] { names.lock.unlock(); return known }
        names.lock.unlock()
        let id = try? review.actor(named: name).id
        names.lock.lock()
        if names.ids.count > 10_000 { names.ids.removeAll() }
        names.ids[name] = id
        names.lock.unlock()
        return id
    }

    init(review: Review, version: Int) {
        self.version = version
        self.review = review
        let c = review.chronology
        var actorById: [String: ActorRecord] = [:]
        for a in c.actors { actorById[a.id] = a }
        var documentById: [String: DocumentRecord] = [:]
        for d in c.documents { documentById[d.id] = d }
        var timesByDoc: [String: [TimeRecord]] = [:]
        for t in c.times { timesByDoc[t.doc, default: []].append(t) }
        // the form of the mention each statement's speaker is named by (pronoun, role noun…)
        var formAt: [String: String] = [:]
        for a in c.actors { for m in a.mentions { formAt["\(m.doc)\u{1F}\(m.span.start)"] = m.form } }
        var items: [FactItem] = []
        items.reserveCapacity(c.statements.count + c.events.count)
        func range(_ d: String?) -> (Int?, Int?) {
            guard let d, let r = DateRange(value: d) else { return (nil, nil) }
            return (r.first, r.last)
        }
        func hay(_ parts: [String?]) -> [UInt8] { Array(parts.compactMap { $0 }.joined(separator: " \u{1F} ").lowercased().utf8) }
        for s in c.statements {
            let (f, l) = range(s.date)
            let form = s.sourceSpan.flatMap { formAt["\(s.doc)\u{1F}\($0.start)"] }
            items.append(FactItem(id: s.id, type: .statement, kind: "statement", date: s.date, first: f, last: l, speakerId: s.speaker,
                                  speaker: s.speakerName, actorIds: s.about, text: s.quoted, doc: s.doc, direct: s.direct, rule: s.rule,
                                  confidence: Confidence.of(s, speakerForm: form), status: review.status(of: s.id),
                                  haystack: hay([s.text, s.sentenceText, s.speakerName] + s.about.map { actorById[$0]?.name })))
        }
        for e in c.events {
            let (f, l) = range(e.date)
            items.append(FactItem(id: e.id, type: .event, kind: e.kind, date: e.date, first: f, last: l, speakerId: nil, speaker: nil,
                                  actorIds: e.actors, text: e.name ?? e.text, doc: e.doc, direct: nil, rule: e.rule,
                                  confidence: Confidence.of(e), status: review.status(of: e.id),
                                  haystack: hay([e.name, e.text, e.sentenceText, e.kind] + e.actors.map { actorById[$0]?.name })))
        }
        // dated by midpoint (finer first on a tie), then document and id; undated after, in document order
        let docOrder = Dictionary(uniqueKeysWithValues: c.documents.enumerated().map { ($1.id, $0) })
        items.sort { a, b in
            switch (a.first, b.first) {
            case (nil, nil): break
            case (nil, _): return false
            case (_, nil): return true
            default:
                let ma = a.first! + a.last!, mb = b.first! + b.last!
                if ma != mb { return ma < mb }
                if a.last! - a.first! != b.last! - b.first! { return a.last! - a.first! < b.last! - b.first! }
            }
            let da = docOrder[a.doc] ?? 0, db = docOrder[b.doc] ?? 0
            return da != db ? da < db : a.id < b.id
        }
        var index: [String: Int] = [:]
        var actorFacts: [String: [Int]] = [:]
        for (k, f) in items.enumerated() {
            index[f.id] = k
            var seen = Set<String>()
            for a in (f.speakerId.map { [$0] } ?? []) + f.actorIds where seen.insert(a).inserted { actorFacts[a, default: []].append(k) }
        }
        let json = items.map { Snapshot.itemJSON($0, actorById, documentById) }
        self.facts = items
        self.json = json
        self.index = index
        self.actorFacts = actorFacts
        self.timesByDoc = timesByDoc
        self.actorById = actorById
        self.documentById = documentById
        // what no filter selects: every fact but the rejected ones
        let shown = items.indices.filter { items[$0].status != .rejected }
        self.allTimeline = Snapshot.timelineJSON(shown, items: items, json: json, actorById: actorById, total: items.count, version: version)
        self.defaultTimeline = Snapshot.timelineJSON(shown, items: items, json: json, actorById: actorById, total: items.count, version: version,
                                                     limit: Snapshot.defaultLimit)
    }

    /// A fact as the timeline and lists show it.
    static func itemJSON(_ f: FactItem, _ actors: [String: ActorRecord], _ docs: [String: DocumentRecord]) -> [UInt8] {
        var o = JSONOut(capacity: 256 + f.text.utf8.count)
        o.objectStart()
        o.field("id", f.id)
        o.field("type", f.type.rawValue)
        o.field("kind", f.kind)
        o.field("date", f.date)
        // the date as people write it ("1960s", "week 12, 2016"), for the pages (DateLabel)
        o.field("dateLabel", f.date.map { DateLabel.human($0) })
        o.field("first", f.first)
        o.field("last", f.last)
        o.field("speakerId", f.speakerId)
        o.field("speaker", f.speaker)
        o.key("actors")
        o.arrayStart()
        for a in f.actorIds {
            o.objectStart()
            o.field("id", a)
            o.field("name", actors[a]?.name ?? a)
            o.objectEnd()
        }
        o.arrayEnd()
        // long texts are cut for the cards; the fact page has the whole text
        let scalars = f.text.unicodeScalars
        let text = scalars.count > 280 ? String(String.UnicodeScalarView(scalars.prefix(277))) + "…" : f.text
        o.field("text", text)
        o.field("doc", f.doc)
        o.field("title", docs[f.doc]?.title)
        o.field("direct", f.direct)
        o.field("rule", f.rule)
        o.field("confidence", f.confidence)
        o.field("status", f.status.rawValue)
        o.objectEnd()
        return o.bytes
    }

    /// The timeline answer for the selected facts (indexes into `items`, in order).
    static func timelineJSON(_ selected: [Int], items: [FactItem], json: [[UInt8]], actorById: [String: ActorRecord], total: Int, version: Int,
                             limit: Int = Int.max, undatedLimit: Int? = nil) -> [UInt8] {
        let undatedLimit = min(limit, undatedLimit ?? limit)
        var o = JSONOut(capacity: selected.count * 400 + 256)
        o.objectStart()
        o.field("version", version)
        o.field("total", total)
        o.field("selected", selected.count)
        var laneCount: [String: Int] = [:]
        var kinds: [String: Int] = [:]
        var lo = Int.max, hi = Int.min
        // (each fact read in place: copying a FactItem retains every field)
        func count(_ f: FactItem) {
            if f.type == .statement {
                if let s = f.speakerId { laneCount[s, default: 0] += 1 } else if let a = f.actorIds.first { laneCount[a, default: 0] += 1 }
            } else {
                for a in f.actorIds { laneCount[a, default: 0] += 1 }
            }
            kinds[f.kind, default: 0] += 1
            if let a = f.first, let b = f.last { lo = min(lo, a); hi = max(hi, b) }
        }
        items.withUnsafeBufferPointer { items in
            for k in selected { count(items[k]) }
        }
        o.field("first", lo == Int.max ? nil : lo)
        o.field("last", hi == Int.min ? nil : hi)
        o.key("lanes")
        o.arrayStart()
        for (id, n) in laneCount.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            o.objectStart()
            o.field("id", id)
            o.field("name", actorById[id]?.name ?? id)
            o.field("kind", actorById[id]?.kind.rawValue)
            o.field("count", n)
            o.objectEnd()
        }
        o.arrayEnd()
        o.key("kinds")
        o.arrayStart()
        for (k, n) in kinds.sorted(by: { $0.key < $1.key }) {
            o.objectStart()
            o.field("kind", k)
            o.field("count", n)
            o.objectEnd()
        }
        o.arrayEnd()
        var dated: [Int] = [], undated: [Int] = []
        items.withUnsafeBufferPointer { items in
            for k in selected { if items[k].first != nil { dated.append(k) } else { undated.append(k) } }
        }
        o.field("truncated", dated.count > limit || undated.count > undatedLimit)
        o.field("datedCount", dated.count)
        o.field("undatedCount", undated.count)
        o.key("dated")
        o.arrayStart()
        for k in dated.prefix(limit) { o.raw(json[k]) }
        o.arrayEnd()
        o.key("undated")
        o.arrayStart()
        for k in undated.prefix(undatedLimit) { o.raw(json[k]) }
        o.arrayEnd()
        o.objectEnd()
        return o.bytes
    }
}
