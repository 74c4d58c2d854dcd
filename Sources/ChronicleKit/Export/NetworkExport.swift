/// The actor–event network as the graph tools journalists use read it: GraphML (yEd, Cytoscape,
/// NetworkX, igraph) and GEXF 1.3 (Gephi). Nodes are the actors (kind, mentions as weight) and
/// the events (kind, date, document, sentence); edges go from an actor to each event it takes
/// part in (its role; weight 1) and from a speaker to each actor its statements are about
/// (weight: the number of statements). Node ids are our own (`a1`, `e1`), the chronicle ids are
/// data; ids that name no actor (a hand-edited chronicle.json) make no edge. Same chronology,
/// same bytes.
public struct NetworkExport: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var chronicleID: String
        public var label: String
        /// "actor" or "event".
        public var type: String
        public var kind: String
        public var date: String?
        public var document: String?
        public var text: String?
        public var weight: Int
    }

    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        /// An event role (agent, target, …, participant) or "said about".
        public var relation: String
        public var weight: Int
    }

    public init() {}

    /// The nodes and edges, in a fixed order: actors, then events, as the chronology lists them;
    /// actor–event edges in event order, then speaker edges by (speaker, actor).
    public func network(_ c: Chronology) -> (nodes: [Node], edges: [Edge]) {
        var nodes: [Node] = [], edges: [Edge] = []
        var actorNode: [String: String] = [:]
        for a in c.actors where actorNode[a.id] == nil {
            let id = "a\(actorNode.count + 1)"
            actorNode[a.id] = id
            nodes.append(Node(id: id, chronicleID: a.id, label: a.name, type: "actor", kind: a.kind.rawValue, date: nil, document: nil, text: a.role, weight: a.mentions.count))
        }
        var seenEvents = Set<String>()
        for (k, e) in c.events.enumerated() where seenEvents.insert(e.id).inserted {
            let id = "e\(k + 1)"
            nodes.append(Node(id: id, chronicleID: e.id, label: e.name ?? e.text, type: "event", kind: e.kind, date: e.date, document: e.doc,
                              text: e.sentenceText ?? e.text, weight: max(1, e.mentions.count)))
            // each actor once per role; an actor with no role is a participant
            var roleOf: [String: [String]] = [:]
            for (role, actor) in e.roles { roleOf[actor, default: []].append(role) }
            var done = Set<String>()
            for actor in e.actors + e.roles.values.sorted() where done.insert(actor).inserted {
                guard let from = actorNode[actor] else { continue }
                for role in (roleOf[actor] ?? ["participant"]).sorted() { edges.append(Edge(source: from, target: id, relation: role, weight: 1)) }
            }
        }
        var said: [String: [String: Int]] = [:]
        for s in c.statements {
            guard let sp = s.speaker, let from = actorNode[sp] else { continue }
            for about in Set(s.about) where about != sp {
                guard let to = actorNode[about] else { continue }
                said[from, default: [:]][to, default: 0] += 1
            }
        }
        func order(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
        for from in said.keys.sorted(by: { order($0) < order($1) }) {
            for (to, n) in said[from]!.sorted(by: { order($0.key) < order($1.key) }) { edges.append(Edge(source: from, target: to, relation: "said about", weight: n)) }
        }
        return (nodes, edges)
    }

    static func x(_ s: String) -> String { TimeMLExport.escape(s, attribute: true) }

    /// GraphML: one key per node and edge attribute, typed; a directed graph.
    public func graphML(_ c: Chronology) -> String {
        let (nodes, edges) = network(c)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="date" for="node" attr.name="date" attr.type="string"/>
              <key id="document" for="node" attr.name="document" attr.type="string"/>
              <key id="text" for="node" attr.name="text" attr.type="string"/>
              <key id="chronicle_id" for="node" attr.name="chronicle_id" attr.type="string"/>
              <key id="mentions" for="node" attr.name="weight" attr.type="int"/>
              <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="chronicle" edgedefault="directed">

            """
        for n in nodes {
            out += "    <node id=\"\(n.id)\">"
            out += "<data key=\"label\">\(Self.x(n.label))</data><data key=\"type\">\(n.type)</data><data key=\"kind\">\(Self.x(n.kind))</data>"
            if let d = n.date { out += "<data key=\"date\">\(Self.x(d))</data>" }
            if let d = n.document { out += "<data key=\"document\">\(Self.x(d))</data>" }
            if let t = n.text { out += "<data key=\"text\">\(Self.x(t))</data>" }
            out += "<data key=\"chronicle_id\">\(Self.x(n.chronicleID))</data><data key=\"mentions\">\(n.weight)</data></node>\n"
        }
        for (k, e) in edges.enumerated() {
            out += "    <edge id=\"r\(k + 1)\" source=\"\(e.source)\" target=\"\(e.target)\"><data key=\"relation\">\(Self.x(e.relation))</data>"
            out += "<data key=\"weight\">\(e.weight)</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Whether a TIMEX value is a calendar day GEXF can hold as an `xs:date`.
    static func day(_ value: String?) -> String? {
        guard let v = value, v.utf8.count == 10, let d = CalendarDate(iso: v), d.year >= 1 else { return nil }
        return d.description
    }

    /// GEXF 1.3: attributes declared per class; events with a calendar day get `start` and
    /// `end` (Gephi's timeline), so the graph is dynamic, with dates as `xs:date`.
    public func gexf(_ c: Chronology) -> String {
        let (nodes, edges) = network(c)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>Chronicle</creator>
                <description>Actors and events of \(c.documents.count) article(s)</description>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                <attributes class="node">
                  <attribute id="type" title="type" type="string"/>
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="date" title="date" type="string"/>
                  <attribute id="document" title="document" type="string"/>
                  <attribute id="text" title="text" type="string"/>
                  <attribute id="chronicle_id" title="chronicle_id" type="string"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="relation" title="relation" type="string"/>
                </attributes>
                <nodes>

            """
        func value(_ key: String, _ v: String) -> String { "<attvalue for=\"\(key)\" value=\"\(Self.x(v))\"/>" }
        for n in nodes {
            out += "      <node id=\"\(n.id)\" label=\"\(Self.x(n.label))\""
            if let d = Self.day(n.date) { out += " start=\"\(d)\" end=\"\(d)\"" }
            out += "><attvalues>" + value("type", n.type) + value("kind", n.kind)
            if let d = n.date { out += value("date", d) }
            if let d = n.document { out += value("document", d) }
            if let t = n.text { out += value("text", t) }
            out += value("chronicle_id", n.chronicleID) + value("mentions", "\(n.weight)") + "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, e) in edges.enumerated() {
            out += "      <edge id=\"r\(k + 1)\" source=\"\(e.source)\" target=\"\(e.target)\" weight=\"\(e.weight)\"><attvalues>"
            out += value("relation", e.relation) + "</attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
