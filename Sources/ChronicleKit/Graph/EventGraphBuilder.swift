/// Stage 6: merges the documents' actors and events into one corpus (see `EventGraph` for the graph).
public struct EventGraphBuilder: Sendable {
    public init() {}

    /// With `jobs` > 1, the work of each document or actor on its own (sorting names, content
    /// words of events, sorting mentions) runs on that many threads; the corpus is the same.
    public func build(_ analyses: [DocumentAnalysis], jobs: Int = 1) -> Corpus {
        var work = 0
        return build(analyses, jobs: jobs, prior: nil, work: &work).corpus
    }

    /// `build`, adding the events compared in the merge (and one per event) to `work`.
    public func build(_ analyses: [DocumentAnalysis], jobs: Int = 1, work: inout Int) -> Corpus {
        build(analyses, jobs: jobs, prior: nil, work: &work).corpus
    }

    /// Events merged before (a store's), that the events of new documents may join.
    public struct Prior {
        /// The earlier events that may be the same as one of these: of one of `actors` (corpus
        /// actor ids), or named; in the order they were made (document, then span). Their actors
        /// are sorted corpus ids.
        public var events: (_ actors: Set<String>) -> [Event]

        public init(events: @escaping (_ actors: Set<String>) -> [Event]) {
            self.events = events
        }
    }

    /// `build`, the new documents' events joining `prior` events as they would join the events of
    /// documents built with them (the documents are those before in id order): with them, the
    /// merge does not depend on how documents were batched. Returns the corpus of the new
    /// documents (their new events only) and the prior events that new mentions joined, as they
    /// are now.
    public func build(_ analyses: [DocumentAnalysis], jobs: Int = 1, prior: Prior?) -> (corpus: Corpus, joined: [Event]) {
        var work = 0
        return build(analyses, jobs: jobs, prior: prior, work: &work)
    }

    /// `build(_:jobs:prior:)`, adding the events compared in the merge (and one per event) to `work`.
    public func build(_ analyses: [DocumentAnalysis], jobs: Int = 1, prior: Prior?, work: inout Int) -> (corpus: Corpus, joined: [Event]) {
        work += analyses.reduce(0) { $0 + 1 + $1.actors.actors.count + $1.events.count }
        let docs = analyses.sorted { $0.document.id < $1.document.id }
        // 1. actors: one per canonical name. A person is one actor across documents by the key of
        // their name alone (`PersonName`: transliterations of one name are one key, a shared
        // surname with other first names is not), so which actor a name joins does not depend on
        // the other documents, on batching, or on order. A surname alone that its own document
        // did not resolve stays its own actor; queries resolve it (`Chronicler.withNameForms`).
        // each document's actors, sorted by name once
        let sortedActors = Parallel.map(docs.count, jobs: jobs) { n in docs[n].actors.actors.sorted { $0.key < $1.key } }
        // each document's names -> corpus ids
        let targets = Parallel.map(docs.count, jobs: jobs) { n in
            sortedActors[n].map { _, a in a.kind == .person ? PersonName.id(a.name) : a.id }
        }
        let docIds = Parallel.map(docs.count, jobs: jobs) { n in
            Dictionary(zip(sortedActors[n].lazy.map(\.key), targets[n]), uniquingKeysWith: { a, _ in a })
        }
        var ids: [String: [String: String]] = [:]
        ids.reserveCapacity(docs.count)
        // the documents' actors of each corpus actor, in document and name order
        var groups: [String: [(doc: Int32, actor: Int32)]] = [:]
        for n in docs.indices {
            for (k, t) in targets[n].enumerated() { groups[t, default: []].append((Int32(n), Int32(k))) }
            if !docIds[n].isEmpty { ids[docs[n].document.id] = docIds[n] }
        }
        // each corpus actor: the first document's actor, which the later ones join
        let members = groups.sorted { $0.key < $1.key }
        groups = [:]
        let actors = Parallel.map(members.count, jobs: jobs, minChunk: 64) { g -> Actor in
            let (id, list) = members[g]
            let first = list[0]
            var m = sortedActors[Int(first.doc)][Int(first.actor)].value
            m.id = id
            for p in list.dropFirst() {
                let a = sortedActors[Int(p.doc)][Int(p.actor)].value
                m.mentions += a.mentions
                for alias in a.aliases + [a.name] where alias != m.name && !m.aliases.contains(alias) { m.aliases.append(alias) }
                m.role = m.role ?? a.role
            }
            m.aliases.sort()
            m.mentions.sort { ($0.provenance.document, $0.provenance.span) < ($1.provenance.document, $1.provenance.span) }
            return m
        }
        // 2. events: the same event reported in several documents is one event
        var events: [Event] = []
        let matcher = EventMatcher()
        // Only these earlier events can be the same event (`EventMatcher.same`): named events of
        // the same coarse kind and name, and events of the same coarse kind sharing an actor and
        // a word of the new event's prefix, of its day or of no single day (`ActorPool`). The
        // first of them (in order of creation) that `same` accepts is the one, as a scan of all
        // earlier events of the kind would find.
        // each event with its actors and roles as corpus ids, its coarse kind, the pool keys of
        // its name and actors, its normalized name and content words, worked out per document
        let prepared = Parallel.map(docs.count, jobs: jobs) { n in
            let docIds = ids[docs[n].document.id] ?? [:]
            return docs[n].events.map { e0 in
                var e = e0
                e.actors = e.actors.compactMap { docIds[$0] }.sorted()
                e.roles = EventGraphBuilder.oneRolePerActor(e.roles.compactMapValues { docIds[$0] })
                if var t = e.typing {
                    for k in t.arguments.indices { t.arguments[k].actor = t.arguments[k].actor.flatMap { docIds[$0] } }
                    e.typing = t
                }
                // typed events of the coarse kind "other" (an arrest, an attack) match only their own kind
                let kind = e.coarseKind == "other" && EventKinds.compactSet.contains(e.kind) ? e.kind : e.coarseKind
                let normalized = e.name.map(EventDetector.normalize)
                return (event: e, kind: kind, normalized: normalized, nameKey: normalized.map { kind + "\u{0}" + $0 },
                        actorKeys: e.actors.map { kind + "\u{0}" + $0 }, words: EventMatcher.words(e))
            }
        }
        var keys: [EventMatcher.Key] = []
        var wordIds = EventMatcher.WordIds()
        // the events of earlier documents by name and by actor (an event never merges with one
        // of its own document, so the current document's events wait in `newByName` and
        // `newByActor` until it is done: an article of thousands of events on one actor
        // compares each with the earlier documents' only)
        var byName: [String: [Int]] = [:]
        // by actor, and within an actor by the words an event of the actor must share with
        // another to be the same (`ActorPool`, the words of its prefix), three lists: every
        // event; the events whose date was one day when they were listed, by that day; and the
        // others (coarser dates, undated). A new event compares only with the earlier events
        // of its actors that share a word of its prefix and, when it is of one day, are of its
        // day or of no single day: without this each new statement of an actor quoted every
        // day was compared with every earlier one (a corpus's cost grew with its square)
        var byActor: [ActorPool: [Int]] = [:]
        var bases: [String: Int32] = [:]
        func list(_ base: String, _ k: Int) {
            let words = keys[k].words
            guard !words.isEmpty else { return }
            let b: Int32
            if let known = bases[base] { b = known } else { b = Int32(bases.count); bases[base] = b }
            let day = ActorPool.day(keys[k].range) ?? ActorPool.other
            for w in words[ActorPool.prefixStart(words.count)...] {
                byActor[ActorPool(b, ActorPool.all, w), default: []].append(k)
                byActor[ActorPool(b, day, w), default: []].append(k)
            }
        }
        // the prior events these may join come first, as the events of earlier documents would
        let priorEvents: [Event]
        if let prior {
            let batchDocs = Set(docs.map(\.document.id))
            let actorIds = Set(prepared.flatMap { $0.flatMap(\.event.actors) })
            priorEvents = prior.events(actorIds).filter { !batchDocs.contains($0.provenance.document) }
        } else {
            priorEvents = []
        }
        for e in priorEvents {
            // the pool kind of the new events (a typed event of the coarse kind "other" is looked
            // for under its own kind: with the coarse kind here, a stored arrest or sanction was
            // never found, so events merged only within a batch)
            let kind = e.coarseKind == "other" && EventKinds.compactSet.contains(e.kind) ? e.kind : e.coarseKind
            let normalized = e.name.map(EventDetector.normalize)
            if let normalized { byName[kind + "\u{0}" + normalized, default: []].append(events.count) }
            keys.append(EventMatcher.Key(e, name: normalized, words: EventMatcher.words(e), ids: &wordIds))
            for a in Set(e.actors) { list(kind + "\u{0}" + a, events.count) }
            events.append(e)
        }
        var joined = Set<Int>()
        var newByName: [(String, Int)] = []
        var newByActor: [(String, Int)] = []
        for n in docs.indices {
            // (the document's id only: a copy of its whole analysis per document cost more)
            let docId = docs[n].document.id
            defer {
                for (key, k) in newByName { byName[key, default: []].append(k) }
                for (key, k) in newByActor { list(key, k) }
                newByName.removeAll(keepingCapacity: true)
                newByActor.removeAll(keepingCapacity: true)
            }
            // (each prepared event taken apart once: read field by field, even through a pointer,
            // the whole tuple was copied at each read, retaining its every string and array)
            prepared[n].withUnsafeBufferPointer { pb in
                for pi in pb.indices {
                    let (e, kind, normalized, nameKey, actorKeys, words) = pb[pi]
                    // the same event reported in an earlier article (each event's key is made once:
                    // its name and text do not change when later mentions join it)
                    let key = EventMatcher.Key(e, name: normalized, words: words, ids: &wordIds)
                    var pool: [Int] = []
                    if let nameKey { pool += byName[nameKey] ?? [] }
                    if !key.words.isEmpty {
                        let day = ActorPool.day(key.range)
                        for a in actorKeys {
                            guard let b = bases[a] else { continue }
                            for w in key.words[ActorPool.prefixStart(key.words.count)...] {
                                if let day {
                                    pool += byActor[ActorPool(b, day, w)] ?? []
                                    pool += byActor[ActorPool(b, ActorPool.other, w)] ?? []
                                } else {
                                    pool += byActor[ActorPool(b, ActorPool.all, w)] ?? []
                                }
                            }
                        }
                    }
                    if pool.count > 1 {
                        // sorted, each once
                        pool.sort()
                        var w = 1
                        for j in 1..<pool.count where pool[j] != pool[w - 1] { pool[w] = pool[j]; w += 1 }
                        pool.removeLast(pool.count - w)
                    }
                    let same = { (k: Int) -> Bool in
                        events[k].provenance.document != docId && matcher.same(keys[k], events[k].actors, key, e.actors)
                    }
                    work += 1 + pool.count
                    if let k = pool.first(where: same) {
                        if k < priorEvents.count { joined.insert(k) }
                        events[k].mentions += e.mentions
                        events[k].date = EventGraphBuilder.finer(events[k].date, e.date)
                        if events[k].date != keys[k].date { keys[k].setDate(events[k].date) }
                        // both actor lists are sorted: merge them, each actor once
                        let (union, added) = EventGraphBuilder.mergeSorted(events[k].actors, e.actors)
                        events[k].actors = union
                        for a in added { list(kind + "\u{0}" + a, k) }
                        // a free role, to an actor that has none yet (roles in key order): one role
                        // per actor, as the store keeps them, so a later batch joining the stored
                        // event gives it the roles one batch gives it
                        for (r, v) in e.roles.sorted(by: { $0.key < $1.key }) where events[k].roles[r] == nil && !events[k].roles.values.contains(v) {
                            events[k].roles[r] = v
                        }
                    } else {
                        if let nameKey { newByName.append((nameKey, events.count)) }
                        // (sorted, so equal actors are neighbours: each is listed once)
                        for (j, a) in actorKeys.enumerated() where j == 0 || e.actors[j - 1] != e.actors[j] {
                            newByActor.append((a, events.count))
                        }
                        events.append(e)
                        keys.append(key)
                    }
                }
            }
        }
        return (Corpus(documents: docs, actors: actors, events: Array(events[priorEvents.count...]), actorIds: ids),
                joined.sorted().map { events[$0] })
    }

    /// Roles with each actor in one role only, the first in key order ("agent" before "target"):
    /// the store keeps one role per actor of an event (`event_actor`), so an event read back
    /// from it has these roles.
    static func oneRolePerActor(_ roles: [String: String]) -> [String: String] {
        guard roles.count > 1 else { return roles }
        var out: [String: String] = [:]
        var taken = Set<String>()
        for (r, v) in roles.sorted(by: { $0.key < $1.key }) where taken.insert(v).inserted { out[r] = v }
        return out
    }

    /// The sorted union of two sorted lists, each element once (as `Array(Set(a).union(b)).sorted()`),
    /// and the elements of `b` that `a` lacks, sorted, each once.
    static func mergeSorted(_ a: [String], _ b: [String]) -> (union: [String], added: [String]) {
        var union: [String] = []
        union.reserveCapacity(a.count + b.count)
        var added: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let x: String
            if j >= b.count || (i < a.count && a[i] < b[j]) {
                x = a[i]; i += 1
            } else if i >= a.count || b[j] < a[i] {
                x = b[j]; j += 1
                if union.last != x { added.append(x) }
            } else {
                x = a[i]; i += 1; j += 1
            }
            if union.last != x { union.append(x) }
        }
        return (union, added)
    }

    /// The last space-separated word of a name (as `split(separator: " ").last`).
    static func lastWord(_ name: String) -> String {
        let u = name.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 32 { end = u.index(before: end) }
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != 32 { start = u.index(before: start) }
        return String(name[start..<end])
    }

    /// Of two compatible dates, the more precise one.
    static func finer(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b, let x = DateRange(value: a), let y = DateRange(value: b) else { return a }
        return (y.last - y.first) < (x.last - x.first) ? b : a
    }
}

/// A key of the merge's events by actor (`EventGraphBuilder.build`): the pool key (coarse kind
/// and actor, numbered), a word of the event's prefix, and which list: every event (`all`),
/// the events of one day (the day's number), or the others (`other`: coarser dates, undated).
///
/// Two events found by actor are the same only when their content words overlap by half
/// (`EventMatcher.same`: a Jaccard index of at least 0.5), so each has at least half of the
/// other's words and of its own: then the last ⌊n/2⌋ + 1 of each one's n sorted word ids share
/// one (the prefix filter of set-similarity joins: Chaudhuri, Ganti and Kaushik 2006; Bayardo,
/// Ma and Srikant 2007, "Scaling up all pairs similarity search"; the ids are one numbering for
/// the whole corpus, so any order of them serves). An event listed under a day keeps a date of
/// that day: dates only get finer when mentions join (`EventGraphBuilder.finer`), and nothing
/// is finer than a day. So the lists of its prefix words, of its day and of no single day hold
/// every earlier event that can be the same as a new event, and the first of them that
/// `EventMatcher.same` accepts is the first of all earlier events.
struct ActorPool: Hashable {
    let base: Int32
    let word: Int32
    let day: Int
    init(_ base: Int32, _ day: Int, _ word: Int32) { self.base = base; self.day = day; self.word = word }
    static let all = Int.max, other = Int.min
    /// The day of a date range that is one day, else nil.
    static func day(_ r: DateRange?) -> Int? {
        guard let r, r.first == r.last, r.first != all, r.first != other else { return nil }
        return r.first
    }
    /// Where the prefix of `n` sorted word ids starts: the last ⌊n/2⌋ + 1.
    @inline(__always) static func prefixStart(_ n: Int) -> Int { n - (n / 2 + 1) }
}
