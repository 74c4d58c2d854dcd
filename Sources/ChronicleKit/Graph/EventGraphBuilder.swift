/// Stage 6: merges the documents' actors and events into one corpus (see `EventGraph` for the graph).
public struct EventGraphBuilder: Sendable {
    public init() {}

    public func build(_ analyses: [DocumentAnalysis]) -> Corpus {
        let docs = analyses.sorted { $0.document.id < $1.document.id }
        // 1. actors: one per canonical name; a one-word person name joins the full name it ends
        var merged: [String: Actor] = [:]  // by id
        var ids: [String: [String: String]] = [:]
        // surname -> the person with a full name it most likely means: the most mentioned one
        // (deterministic: ties go to the smaller id)
        var candidates: [String: [String: (name: String, mentions: Int)]] = [:]
        // each document's actor names, sorted once
        let sortedNames = docs.map { $0.actors.actors.keys.sorted() }
        for (n, d) in docs.enumerated() {
            for name in sortedNames[n] {
                let a = d.actors.actors[name]!
                guard a.kind == .person && a.name.utf8.contains(32) else { continue }
                let surname = EventGraphBuilder.lastWord(a.name).lowercased()
                let id = Actor.slug(a.name)
                let seen = candidates[surname]?[id]
                candidates[surname, default: [:]][id] = (seen?.name ?? a.name, (seen?.mentions ?? 0) + a.mentions.count)
            }
        }
        var fullNames: [String: (id: String, name: String)] = [:]
        for (surname, people) in candidates {
            let best = people.min { ($1.value.mentions, $0.key) < ($0.value.mentions, $1.key) }!
            fullNames[surname] = (best.key, best.value.name)
        }
        for (n, d) in docs.enumerated() {
            for name in sortedNames[n] {
                let a = d.actors.actors[name]!
                var id = a.id
                var fullName: String?
                if a.kind == .person && !a.name.utf8.contains(32), let full = fullNames[a.name.lowercased()] { (id, fullName) = full }
                if merged[id] != nil {
                    // in place: copying the actor out and back would copy its mentions each time
                    func join(_ m: inout Actor) {
                        m.mentions += a.mentions
                        for alias in a.aliases + [a.name] where alias != m.name && !m.aliases.contains(alias) { m.aliases.append(alias) }
                        m.role = m.role ?? a.role
                    }
                    join(&merged[id]!)
                } else {
                    var n = a
                    n.id = id
                    // a surname met before the full name: the actor still goes by the full name
                    if let fullName, fullName != n.name {
                        if !n.aliases.contains(n.name) { n.aliases.append(n.name) }
                        n.aliases.removeAll { $0 == fullName }
                        n.name = fullName
                    }
                    merged[id] = n
                }
                ids[d.document.id, default: [:]][name] = id
            }
        }
        for (k, var a) in merged {
            a.aliases.sort()
            a.mentions.sort { ($0.provenance.document, $0.provenance.span) < ($1.provenance.document, $1.provenance.span) }
            merged[k] = a
        }
        // 2. events: the same event reported in several documents is one event
        var events: [Event] = []
        let matcher = EventMatcher()
        // Only these earlier events can be the same event (`EventMatcher.same`): named events of
        // the same coarse kind and name, and events of the same coarse kind sharing an actor.
        // The first of them (in order of creation) that `same` accepts is the one, as a scan
        // of all earlier events of the kind would find.
        var keys: [EventMatcher.Key] = []
        var wordIds = EventMatcher.WordIds()
        var byName: [String: [Int]] = [:]
        var byActor: [String: [Int]] = [:]
        for d in docs {
            let docIds = ids[d.document.id] ?? [:]
            for var e in d.events {
                e.actors = e.actors.compactMap { docIds[$0] }.sorted()
                e.roles = e.roles.compactMapValues { docIds[$0] }
                let kind = e.coarseKind
                let normalized = e.name.map(EventDetector.normalize)
                let nameKey = normalized.map { kind + "\u{0}" + $0 }
                var pool: [Int] = []
                if let nameKey { pool += byName[nameKey] ?? [] }
                for a in e.actors { pool += byActor[kind + "\u{0}" + a] ?? [] }
                if pool.count > 1 {
                    // sorted, each once
                    pool.sort()
                    var w = 1
                    for j in 1..<pool.count where pool[j] != pool[w - 1] { pool[w] = pool[j]; w += 1 }
                    pool.removeLast(pool.count - w)
                }
                // the same event reported in an earlier article (each event's key is made once:
                // its name and text do not change when later mentions join it)
                let key = EventMatcher.Key(e, name: normalized, words: &wordIds)
                let same = { (k: Int) -> Bool in
                    events[k].provenance.document != d.document.id && matcher.same(keys[k], events[k].actors, key, e.actors)
                }
                if let k = pool.first(where: same) {
                    events[k].mentions += e.mentions
                    events[k].date = EventGraphBuilder.finer(events[k].date, e.date)
                    if events[k].date != keys[k].date { keys[k].setDate(events[k].date) }
                    // both actor lists are sorted: merge them, each actor once
                    let (union, added) = EventGraphBuilder.mergeSorted(events[k].actors, e.actors)
                    events[k].actors = union
                    for a in added { byActor[kind + "\u{0}" + a, default: []].append(k) }
                    for (r, v) in e.roles where events[k].roles[r] == nil { events[k].roles[r] = v }
                } else {
                    if let nameKey { byName[nameKey, default: []].append(events.count) }
                    // (sorted, so equal actors are neighbours: each is listed once)
                    for (j, a) in e.actors.enumerated() where j == 0 || e.actors[j - 1] != a {
                        byActor[kind + "\u{0}" + a, default: []].append(events.count)
                    }
                    events.append(e)
                    keys.append(key)
                }
            }
        }
        return Corpus(documents: docs, actors: merged.values.sorted { $0.id < $1.id }, events: events, actorIds: ids)
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
