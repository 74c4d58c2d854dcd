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
    }

    public struct Edge: Sendable, Hashable, Comparable {
        public var from: String
        public var to: String
        /// said, participant, about, on-date, called-on
        public var label: String

        public static func < (a: Edge, b: Edge) -> Bool { (a.from, a.to, a.label) < (b.from, b.to, b.label) }
    }

    public var nodes: [Node]
    public var edges: [Edge]

    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
