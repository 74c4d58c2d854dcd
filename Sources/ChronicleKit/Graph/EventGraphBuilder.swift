/// Stage 6: merges the documents' actors and events into one corpus (see `EventGraph` for the graph).
public struct EventGraphBuilder: Sendable {
    public init() {}

    public func build(_ analyses: [DocumentAnalysis]) -> Corpus {
        let docs = analyses.sorted { $0.document.id < $1.document.id }
        // 1. actors: one per canonical name; a one-word person name joins the full name it ends
        var merged: [String: Actor] = [:]  // by id
        var ids: [String: [String: String]] = [:]
        var fullNames: [String: String] = [:]  // surname -> id of a person with a full name
        for d in docs {
            for a in d.actors.actors.values where a.kind == .person && a.name.contains(" ") {
                let surname = String(a.name.split(separator: " ").last!).lowercased()
                fullNames[surname] = fullNames[surname] ?? Actor.slug(a.name)
            }
        }
        for d in docs {
            for name in d.actors.actors.keys.sorted() {
                let a = d.actors.actors[name]!
                var id = a.id
                if a.kind == .person && !a.name.contains(" "), let full = fullNames[a.name.lowercased()] { id = full }
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
        // 2. events: the same named event in several documents is one event
        var events: [Event] = []
        // the first event of each kind and normalized name (names and kinds do not change below)
        var named: [String: [String: Int]] = [:]
        for d in docs {
            for var e in d.events {
                e.actors = e.actors.compactMap { ids[d.document.id]?[$0] }.sorted()
                let key = e.name.map(EventDetector.normalize)
                if let key, let k = named[e.kind]?[key] {
                    events[k].mentions += e.mentions
                    events[k].date = events[k].date ?? e.date
                    events[k].actors = Array(Set(events[k].actors + e.actors)).sorted()
                } else {
                    if let key, named[e.kind]?[key] == nil { named[e.kind, default: [:]][key] = events.count }
                    events.append(e)
                }
            }
        }
        return Corpus(documents: docs, actors: merged.values.sorted { $0.id < $1.id }, events: events, actorIds: ids)
    }
}
