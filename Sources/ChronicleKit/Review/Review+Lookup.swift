import Foundation

extension Review {
    /// The actor a user means by `name`: an id, an actor's name, an alias, or the last word of
    /// a name when one actor has it ("Kuleba"), case-insensitively, after the decisions. Unknown
    /// or ambiguous names throw with the closest names.
    public func actor(named name: String) throws -> ActorRecord {
        let c = chronology
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let a = c.actor(actorId(name)) ?? c.actor(actorId(key)) { return a }
        let own = c.actors.filter { $0.name.lowercased() == key }
        if own.count == 1 { return own[0] }
        let aliased = c.actors.filter { $0.aliases.contains { $0.lowercased() == key } }
        if aliased.count == 1 { return aliased[0] }
        let part = c.actors.filter { $0.name.lowercased().split(separator: " ").contains { $0 == key } }
        if part.count == 1 { return part[0] }
        // several: the most mentioned when it has most of the mentions
        let many = !own.isEmpty ? own : !aliased.isEmpty ? aliased : part
        if let top = many.max(by: { ($0.mentions.count, $1.id) < ($1.mentions.count, $0.id) }),
           many.allSatisfy({ $0.id == top.id || $0.mentions.count * 10 <= top.mentions.count }) {
            return top
        }
        let names = many.isEmpty ? c.actors.map(\.name) : many.map(\.name)
        let close = Array(Set(names)).map { ($0, Chronicler.distance($0.lowercased(), key)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
        throw ChronicleError.unknownActor(name: name, suggestions: close)
    }

    /// A fact by id: (statement, event), one of them set.
    public func fact(_ id: String) -> (statement: StatementRecord?, event: EventRecord?) {
        if let s = chronology.statements.first(where: { $0.id == id }) { return (s, nil) }
        return (nil, chronology.events.first { $0.id == id })
    }

    /// A decision about the fact `id` (doc and span filled in), or nil when there is no such fact.
    public func decision(_ verb: Decision.Verb, fact id: String, value: String) -> Decision? {
        let (s, e) = fact(id)
        if let s { return Decision(verb: verb, target: s.id, doc: s.doc, span: s.span, value: value, extra: "statement") }
        if let e { return Decision(verb: verb, target: e.id, doc: e.doc, span: e.span, value: value, extra: "event") }
        return nil
    }
}
