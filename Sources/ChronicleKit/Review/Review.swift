import Foundation

/// A chronology with the user's decisions applied: actors merged, renamed, split and retyped,
/// statements given another speaker, facts re-dated, re-kinded, verified or rejected.
///
/// `chronology` keeps every fact, rejected ones too (the review pages show them); `view` is
/// what queries, diagrams and exports read: rejected facts left out, and with `verifiedOnly`
/// only verified ones kept. Cost: linear in the chronology and the decisions.
public struct Review: Sendable {
    /// The corrected chronology, rejected facts included.
    public private(set) var chronology: Chronology
    /// Each reviewed fact's status, by fact id (facts not in it are unreviewed).
    public private(set) var status: [String: FactStatus] = [:]
    /// The decisions applied to each fact and each actor, by id, in the order they were made.
    public private(set) var applied: [String: [Decision]] = [:]
    /// Decisions that found nothing to apply to (their fact or actor is gone), in order.
    public private(set) var unapplied: [Decision] = []
    /// Where each merged-away actor id went.
    public private(set) var redirects: [String: String] = [:]

    /// Applies `decisions` (in their order) on top of `chronology`, after joining each weak
    /// person name ("Sanders" alone) to the full name it stands for (`WeakNames`): a decision
    /// about a joined name applies to that full name.
    public init(_ chronology: Chronology, decisions: [Decision]) {
        let (resolved, joined) = WeakNames.resolve(chronology)
        self.chronology = resolved
        redirects = joined
        guard !decisions.isEmpty else { return }
        var w = Work(resolved)
        w.redirects = joined
        for d in decisions {
            if w.apply(d) {
                for id in w.touched { applied[id, default: []].append(d) }
            } else {
                unapplied.append(d)
            }
            w.touched.removeAll()
        }
        status = w.status
        redirects = w.redirects
        self.chronology = w.result()
    }

    /// The status of a fact.
    public func status(of id: String) -> FactStatus { status[id] ?? .unreviewed }

    /// What queries, diagrams and exports read: without rejected facts, and with `verifiedOnly`,
    /// with verified facts only (actors and times stay; documents too).
    public func view(verifiedOnly: Bool = false) -> Chronology {
        if status.isEmpty && !verifiedOnly { return chronology }
        let keep: (String) -> Bool = verifiedOnly ? { status[$0] == .verified } : { status[$0] != .rejected }
        // actors keep their mentions, so they all stay, as do the times and documents
        return Chronology(documents: chronology.documents, actors: chronology.actors, times: chronology.times,
                          statements: chronology.statements.filter { keep($0.id) }, events: chronology.events.filter { keep($0.id) })
    }

    /// The current id of an actor id (after merges).
    public func actorId(_ id: String) -> String {
        var id = id
        var seen = Set<String>()
        while let next = redirects[id], seen.insert(id).inserted { id = next }
        return id
    }

    /// Mutable working copy: lists indexed by id, applied decision by decision.
    private struct Work {
        var documents: [DocumentRecord]
        var actors: [ActorRecord?]
        var actorAt: [String: Int] = [:]
        var times: [TimeRecord]
        var statements: [StatementRecord]
        var events: [EventRecord]
        /// Facts by "doc\u{1F}start\u{1F}end" (statements and events apart), and by id.
        var statementAt: [String: Int] = [:]
        var eventAt: [String: Int] = [:]
        var statementById: [String: Int] = [:]
        var eventById: [String: Int] = [:]
        var status: [String: FactStatus] = [:]
        var redirects: [String: String] = [:]
        /// The fact and actor ids the decision being applied touched.
        var touched: [String] = []

        init(_ c: Chronology) {
            documents = c.documents
            actors = c.actors
            times = c.times
            statements = c.statements
            events = c.events
            for (k, a) in c.actors.enumerated() where actorAt[a.id] == nil { actorAt[a.id] = k }
            for (k, s) in statements.enumerated() {
                statementAt[Work.key(s.doc, s.span)] = statementAt[Work.key(s.doc, s.span)] ?? k
                statementById[s.id] = statementById[s.id] ?? k
            }
            for (k, e) in events.enumerated() {
                eventAt[Work.key(e.doc, e.span)] = eventAt[Work.key(e.doc, e.span)] ?? k
                eventById[e.id] = eventById[e.id] ?? k
            }
        }

        static func key(_ doc: String, _ span: Span) -> String { "\(doc)\u{1F}\(span.start)\u{1F}\(span.end)" }

        /// The live id of an actor id, following merges. An id a person had before person ids
        /// became the slug of the name's key (`volodymyr-zelenskyy`, now `volodymyr-zelensky`)
        /// finds the person by that key, so decisions stored before go on applying.
        func live(_ id: String) -> String? {
            var id = id
            var seen = Set<String>()
            while let next = redirects[id], seen.insert(id).inserted { id = next }
            if actorAt[id] == nil {
                let keyed = PersonName.id(id.replacingOccurrences(of: "-", with: " "))
                if keyed != id, let k = actorAt[keyed], actors[k]?.kind == .person { return live(keyed) }
            }
            guard let k = actorAt[id], actors[k] != nil else { return nil }
            return id
        }

        /// The live actor called `name` (its name, an alias, or its id), case-insensitively.
        func actor(named name: String) -> String? {
            if let id = live(name) { return id }
            let key = name.lowercased()
            if let id = live(Actor.slug(name)) { return id }
            for a in actors.compactMap({ $0 }) where a.name.lowercased() == key || a.aliases.contains(where: { $0.lowercased() == key }) {
                return a.id
            }
            return nil
        }

        /// The statement or event a fact decision is about: by document and span, else (no
        /// span given) by id.
        func fact(_ d: Decision) -> (statement: Int?, event: Int?) {
            let wantEvent = d.extra == "event", wantStatement = d.extra == "statement"
            if let doc = d.doc, let span = d.span {
                let key = Work.key(doc, span)
                if !wantEvent, let k = statementAt[key] { return (k, nil) }
                if !wantStatement, let k = eventAt[key] { return (nil, k) }
                return (nil, nil)
            }
            if !wantEvent, let k = statementById[d.target] { return (k, nil) }
            if !wantStatement, let k = eventById[d.target] { return (nil, k) }
            return (nil, nil)
        }

        mutating func apply(_ d: Decision) -> Bool {
            switch d.verb {
            case .actorMerge:
                guard let into = live(d.target), let from = live(d.value), into != from else { return false }
                merge(from, into: into)
                return true
            case .actorRename:
                let name = d.value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let id = live(d.target), !name.isEmpty, var a = actors[actorAt[id]!] else { return false }
                if a.name != name {
                    if !a.aliases.contains(a.name) { a.aliases.append(a.name) }
                    a.aliases.removeAll { $0 == name }
                    a.name = name
                    actors[actorAt[id]!] = a
                    renamed(id, name)
                }
                touched.append(id)
                return true
            case .actorType:
                guard let id = live(d.target), let kind = ActorKindName.parse(d.value) else { return false }
                actors[actorAt[id]!]!.kind = kind
                touched.append(id)
                return true
            case .actorSplit:
                return split(d)
            case .actorAlias:
                var ids: [String] = []
                for n in [d.target] + d.variants {
                    if let id = actor(named: n), !ids.contains(id) { ids.append(id) }
                }
                guard let into = ids.first else { return false }
                for other in ids.dropFirst() { merge(other, into: into) }
                let name = d.target.trimmingCharacters(in: .whitespaces)
                if var a = actors[actorAt[into]!], !name.isEmpty, a.name != name {
                    if !a.aliases.contains(a.name) { a.aliases.append(a.name) }
                    a.aliases.removeAll { $0 == name }
                    a.name = name
                    actors[actorAt[into]!] = a
                    renamed(into, name)
                }
                if let kind = ActorKindName.parse(d.value) { actors[actorAt[into]!]!.kind = kind }
                touched.append(into)
                return true
            case .factStatus:
                guard let s = FactStatus(rawValue: d.value) else { return false }
                let (st, ev) = fact(d)
                guard let id = st.map({ statements[$0].id }) ?? ev.map({ events[$0].id }) else { return false }
                status[id] = s == .unreviewed ? nil : s
                touched.append(id)
                return true
            case .factSpeaker:
                guard let k = fact(d).statement else { return false }
                if d.value.isEmpty {
                    statements[k].speaker = nil
                    statements[k].speakerName = nil
                } else {
                    guard let id = live(d.value) ?? actor(named: d.value) else { return false }
                    statements[k].speaker = id
                    statements[k].speakerName = actors[actorAt[id]!]!.name
                }
                touched.append(statements[k].id)
                return true
            case .factKind:
                guard let k = fact(d).event, !d.value.isEmpty else { return false }
                events[k].kind = d.value
                touched.append(events[k].id)
                return true
            case .factDate:
                guard d.value.isEmpty || DateRange(value: d.value) != nil else { return false }
                let (st, ev) = fact(d)
                let date = d.value.isEmpty ? nil : d.value
                if let k = st {
                    statements[k].date = date
                    touched.append(statements[k].id)
                } else if let k = ev {
                    events[k].date = date
                    touched.append(events[k].id)
                } else {
                    return false
                }
                return true
            }
        }

        /// Moves everything of actor `from` to `into`; `from`'s names become aliases.
        mutating func merge(_ from: String, into: String) {
            guard let kf = actorAt[from], let ki = actorAt[into], let f = actors[kf], var a = actors[ki] else { return }
            for n in [f.name] + f.aliases where n != a.name && !a.aliases.contains(n) { a.aliases.append(n) }
            a.mentions += f.mentions
            a.mentions.sort { ($0.doc, $0.span.start, $0.span.end) < ($1.doc, $1.span.start, $1.span.end) }
            if a.role == nil { a.role = f.role }
            actors[ki] = a
            actors[kf] = nil
            redirects[from] = into
            relink(from, to: into, name: a.name)
            touched.append(into)
        }

        /// Every fact that named actor `from` names `to` instead.
        mutating func relink(_ from: String, to: String, name: String) {
            for k in statements.indices {
                if statements[k].speaker == from {
                    statements[k].speaker = to
                    statements[k].speakerName = name
                }
                if statements[k].about.contains(from) {
                    statements[k].about = uniqued(statements[k].about.map { $0 == from ? to : $0 })
                }
            }
            for k in events.indices where events[k].actors.contains(from) || events[k].roles.values.contains(from) {
                events[k].actors = uniqued(events[k].actors.map { $0 == from ? to : $0 })
                for (role, id) in events[k].roles where id == from { events[k].roles[role] = to }
            }
        }

        /// Statements by a renamed actor carry its new name.
        mutating func renamed(_ id: String, _ name: String) {
            for k in statements.indices where statements[k].speaker == id { statements[k].speakerName = name }
        }

        mutating func split(_ d: Decision) -> Bool {
            guard let id = live(d.target), let doc = d.doc, let span = d.span, var a = actors[actorAt[id]!],
                  let m = a.mentions.firstIndex(where: { $0.doc == doc && $0.span == span }) else { return false }
            let mention = a.mentions.remove(at: m)
            let name = d.value.isEmpty ? mention.text : d.value
            // a new id: the name's slug, numbered when that is taken
            var newId = Actor.slug(name), n = 2
            while actorAt[newId] != nil { newId = Actor.slug(name) + "-\(n)"; n += 1 }
            actors[actorAt[id]!] = a
            actors.append(ActorRecord(id: newId, name: name, kind: a.kind, aliases: [], role: nil, mentions: [mention]))
            actorAt[newId] = actors.count - 1
            for k in statements.indices where statements[k].doc == doc && statements[k].speaker == id {
                if let src = statements[k].sourceSpan, src.start < span.end && span.start < src.end {
                    statements[k].speaker = newId
                    statements[k].speakerName = name
                    touched.append(statements[k].id)
                }
            }
            touched += [id, newId]
            return true
        }

        func uniqued(_ ids: [String]) -> [String] {
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }
        }

        func result() -> Chronology {
            var c = Chronology(documents: documents, actors: actors.compactMap { $0 }, times: times, statements: statements, events: events)
            c.sort()
            return c
        }
    }
}
