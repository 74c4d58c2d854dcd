/// The event graph: actors, events, statements and dates as nodes, with labelled edges.
public struct EventGraph: Sendable {
    public enum NodeKind: String, Sendable, CaseIterable { case actor, event, statement, date }

    public struct Node: Sendable, Hashable {
        public var id: String
        public var kind: NodeKind
        public var label: String
        /// The finer kind: actor kind, event kind, "direct"/"reported".
        public var subkind: String
        /// The TIMEX3 date value, for dated events, statements and date nodes.
        public var date: String?
        /// A typed event's finer type when it differs from `subkind` ("visit" under "meeting").
        public var type: String? = nil
        /// A typed event's PLOVER type ("CONSULT", "ACCUSE").
        public var plover: String? = nil
        /// A typed event's status when it is not `happened` ("planned", "negated", …).
        public var status: String? = nil
    }

    public struct Edge: Sendable, Hashable, Comparable {
        public var from: String
        public var to: String
        /// said, about, on-date (statements and dates); agent, target, participant, place (an
        /// event's roles); involved (an actor named with an event, in no role)
        public var label: String

        public static func < (a: Edge, b: Edge) -> Bool { (a.from, a.to, a.label) < (b.from, b.to, b.label) }
    }

    public var nodes: [Node]
    public var edges: [Edge]

    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The graph of a chronology: actors that take part in something, events, statements and
    /// the dates they fall on.
    public init(_ c: Chronology) {
        var nodes: [String: Node] = [:]
        var edges = Set<Edge>()
        let actors = Dictionary(c.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func dateNode(_ v: String?) -> String? {
            guard let v, DateRange(value: v) != nil else { return nil }
            nodes["date:\(v)"] = Node(id: "date:\(v)", kind: .date, label: v, subkind: "date", date: v)
            return "date:\(v)"
        }
        func actorNode(_ id: String) -> String? {
            guard let a = actors[id] else { return nil }
            nodes["actor:\(id)"] = Node(id: "actor:\(id)", kind: .actor, label: a.name, subkind: a.kind.rawValue, date: nil)
            return "actor:\(id)"
        }
        for e in c.events {
            let nid = "event:\(e.id)"
            let t = e.typing
            nodes[nid] = Node(id: nid, kind: .event, label: e.name ?? e.text, subkind: e.kind, date: e.date,
                              type: t.flatMap { $0.type == e.kind ? nil : $0.type }, plover: t?.plover,
                              status: t.flatMap { $0.status == .happened ? nil : $0.status.rawValue })
            // the roles: agent and target (the event's own, else its typing's), participants of
            // symmetric events; the other actors named with it are only involved
            let agent = e.roles["agent"] ?? t?.arguments.first { $0.role == "agent" && $0.actor != nil }?.actor
            let target = e.roles["target"] ?? t?.arguments.first { $0.role == "target" && $0.actor != nil }?.actor
            let participants = Set((t?.arguments ?? []).filter { $0.role == "participant" }.compactMap(\.actor))
            // a place that is an actor (a country, a capital): where it happened
            let places = Set((t?.arguments ?? []).filter { $0.role == "place" }.compactMap(\.actor)).subtracting([agent, target].compactMap { $0 })
            if let a = agent, a != target, let an = actorNode(a) { edges.insert(Edge(from: an, to: nid, label: "agent")) }
            if let tg = target, let an = actorNode(tg) { edges.insert(Edge(from: nid, to: an, label: "target")) }
            for p in places { if let an = actorNode(p) { edges.insert(Edge(from: nid, to: an, label: "place")) } }
            for a in Set(e.actors).union(participants).subtracting(places) where a != agent && a != target {
                if let an = actorNode(a) { edges.insert(Edge(from: an, to: nid, label: participants.contains(a) ? "participant" : "involved")) }
            }
            if let dn = dateNode(e.date) { edges.insert(Edge(from: nid, to: dn, label: "on-date")) }
        }
        for s in c.statements {
            let nid = "statement:\(s.id)"
            nodes[nid] = Node(id: nid, kind: .statement, label: s.quoted, subkind: s.direct ? "direct" : "reported", date: s.date)
            if let sp = s.speaker, let an = actorNode(sp) { edges.insert(Edge(from: an, to: nid, label: "said")) }
            for ab in s.about { if let an = actorNode(ab) { edges.insert(Edge(from: nid, to: an, label: "about")) } }
            if let dn = dateNode(s.date) { edges.insert(Edge(from: nid, to: dn, label: "on-date")) }
        }
        self.nodes = nodes.values.sorted { $0.id < $1.id }
        self.edges = edges.sorted()
    }
}
