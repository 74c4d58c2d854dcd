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
        // another to be the same (`ActorPool`, the words of its prefix): a new event compares
        // only with the earlier events of its actors that share a word of its prefix and whose
        // date can match it. Without this each new statement of an actor quoted every day was
        // compared with every earlier one (a corpus's cost grew with its square).
        // - named events (`byNamed`), three lists: every event; the events whose date was one
        //   day when they were listed, by that day; the others (coarser dates, undated);
        // - unnamed events (`byUnnamed`), three lists too: the dated ones; those of one day, by
        //   that day, or of a coarser date (`other`); the undated ones (`undated`). An event
        //   listed undated is listed again when a mention gives it a date;
        // - unnamed events by pair of actors (`byPair`): every event, and the ones undated when
        //   listed. Two unnamed events of which one is undated are the same only with two actors
        //   in common (`EventMatcher.same`), so an unnamed undated event looks only here for
        //   unnamed events, and an unnamed dated one looks here for the undated ones: one actor
        //   in thousands of undated events ("Trump … accused") no longer makes each compare with
        //   all of them.
        var byNamed: [ActorPool: [Int]] = [:]
        var byUnnamed: [ActorPool: [Int]] = [:]
        var byPair: [ActorPool.Pair: [Int]] = [:]
        var bases: [String: Int32] = [:]
        func base(_ key: String) -> Int32 {
            if let known = bases[key] { return known }
            let b = Int32(bases.count)
            bases[key] = b
            return b
        }
        // event `k` under one of its actors (`key`: pool kind and corpus actor id), by its name
        // and its date now; with `dated`, only in the lists of dated unnamed events (an unnamed
        // event that a mention has just dated)
        func list(_ key: String, _ k: Int, dated: Bool = false) {
            let words = keys[k].words
            guard !words.isEmpty else { return }
            let b = base(key)
            let prefix = words[ActorPool.prefixStart(words.count)...]
            let day = ActorPool.day(keys[k].range) ?? ActorPool.other
            if keys[k].name != nil {
                for w in prefix {
                    byNamed[ActorPool(b, ActorPool.all, w), default: []].append(k)
                    byNamed[ActorPool(b, day, w), default: []].append(k)
                }
            } else if keys[k].date != nil {
                for w in prefix {
                    byUnnamed[ActorPool(b, ActorPool.all, w), default: []].append(k)
                    byUnnamed[ActorPool(b, day, w), default: []].append(k)
                }
            } else if !dated {
                for w in prefix { byUnnamed[ActorPool(b, ActorPool.undated, w), default: []].append(k) }
            }
        }
        // unnamed event `k` under a pair of its actors (keys as in `list`)
        func listPair(_ x: String, _ y: String, _ k: Int) {
            let words = keys[k].words
            guard !words.isEmpty, keys[k].name == nil else { return }
            let (a, b) = (base(x), base(y))
            let (lo, hi) = a < b ? (a, b) : (b, a)
            let undated = keys[k].date == nil
            for w in words[ActorPool.prefixStart(words.count)...] {
                byPair[ActorPool.Pair(lo, hi, ActorPool.all, w), default: []].append(k)
                if undated { byPair[ActorPool.Pair(lo, hi, ActorPool.undated, w), default: []].append(k) }
            }
        }
        // event `k` under its actors' keys (distinct), each actor and each pair
        func listAll(_ actorKeys: [String], _ k: Int) {
            for (i, a) in actorKeys.enumerated() {
                list(a, k)
                if keys[k].name == nil { for b in actorKeys[..<i] { listPair(b, a, k) } }
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
            events.append(e)
            listAll(Set(e.actors).sorted().map { kind + "\u{0}" + $0 }, events.count - 1)
        }
        var joined = Set<Int>()
        var newByName: [(String, Int)] = []
        var newByActor: [([String], Int)] = []
        for n in docs.indices {
            // (the document's id only: a copy of its whole analysis per document cost more)
            let docId = docs[n].document.id
            defer {
                for (key, k) in newByName { byName[key, default: []].append(k) }
                for (actorKeys, k) in newByActor { listAll(actorKeys, k) }
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
                        let prefix = key.words[ActorPool.prefixStart(key.words.count)...]
                        let named = key.name != nil, dated = key.date != nil
                        var found: [Int32] = []
                        for (j, a) in actorKeys.enumerated() where j == 0 || e.actors[j - 1] != e.actors[j] {
                            guard let b = bases[a] else { continue }
                            found.append(b)
                            for w in prefix {
                                if let day {
                                    pool += byNamed[ActorPool(b, day, w)] ?? []
                                    pool += byNamed[ActorPool(b, ActorPool.other, w)] ?? []
                                    pool += byUnnamed[ActorPool(b, day, w)] ?? []
                                    pool += byUnnamed[ActorPool(b, ActorPool.other, w)] ?? []
                                } else {
                                    pool += byNamed[ActorPool(b, ActorPool.all, w)] ?? []
                                    if dated || named { pool += byUnnamed[ActorPool(b, ActorPool.all, w)] ?? [] }
                                }
                                if named { pool += byUnnamed[ActorPool(b, ActorPool.undated, w)] ?? [] }
                            }
                        }
                        // unnamed: the unnamed events it can be with only two actors in common
                        if !named && found.count > 1 {
                            let which = dated ? ActorPool.undated : ActorPool.all
                            for (i, x) in found.enumerated() {
                                for y in found[..<i] {
                                    let (lo, hi) = x < y ? (x, y) : (y, x)
                                    for w in prefix { pool += byPair[ActorPool.Pair(lo, hi, which, w)] ?? [] }
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
                        if events[k].date != keys[k].date {
                            let wasUndated = keys[k].date == nil
                            keys[k].setDate(events[k].date)
                            // an unnamed event dated now: into the lists of dated events too
                            if wasUndated && keys[k].name == nil {
                                for (j, a) in events[k].actors.enumerated() where j == 0 || events[k].actors[j - 1] != a {
                                    list(kind + "\u{0}" + a, k, dated: true)
                                }
                            }
                        }
                        // both actor lists are sorted: merge them, each actor once
                        let old = events[k].actors
                        let (union, added) = EventGraphBuilder.mergeSorted(old, e.actors)
                        events[k].actors = union
                        if !added.isEmpty {
                            for (i, a) in added.enumerated() {
                                let ka = kind + "\u{0}" + a
                                list(ka, k)
                                guard keys[k].name == nil else { continue }
                                // its pairs with the actors it had and with the ones added before it
                                for (j, b) in old.enumerated() where j == 0 || old[j - 1] != b { listPair(kind + "\u{0}" + b, ka, k) }
                                for b in added[..<i] { listPair(kind + "\u{0}" + b, ka, k) }
                            }
                        }
                        // a free role, to an actor that has none yet (roles in key order): one role
                        // per actor, as the store keeps them, so a later batch joining the stored
                        // event gives it the roles one batch gives it
                        for (r, v) in e.roles.sorted(by: { $0.key < $1.key }) where events[k].roles[r] == nil && !events[k].roles.values.contains(v) {
                            events[k].roles[r] = v
                        }
                    } else {
                        if let nameKey { newByName.append((nameKey, events.count)) }
                        // (sorted, so equal actors are neighbours: each is listed once)
                        var distinct: [String] = []
                        distinct.reserveCapacity(actorKeys.count)
                        for (j, a) in actorKeys.enumerated() where j == 0 || e.actors[j - 1] != e.actors[j] { distinct.append(a) }
                        if !distinct.isEmpty { newByActor.append((distinct, events.count)) }
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
    static let all = Int.max, other = Int.min, undated = Int.min + 1
    /// A key of the merge's unnamed events by pair of actors: the two actors' pool keys
    /// (numbered, the lower first), which list (`all`, or `undated`: the events undated when
    /// listed), and a word of the event's prefix.
    struct Pair: Hashable {
        let lo: Int32
        let hi: Int32
        let word: Int32
        let list: Int
        init(_ lo: Int32, _ hi: Int32, _ list: Int, _ word: Int32) { self.lo = lo; self.hi = hi; self.list = list; self.word = word }
    }
    /// The day of a date range that is one day, else nil.
    static func day(_ r: DateRange?) -> Int? {
        guard let r, r.first == r.last, r.first != all, r.first != other else { return nil }
        return r.first
    }
    /// Where the prefix of `n` sorted word ids starts: the last ⌊n/2⌋ + 1.
    @inline(__always) static func prefixStart(_ n: Int) -> Int { n - (n / 2 + 1) }
}
