/// A small value-type model of a Graphviz graph, written to DOT text by pure Swift.
public struct DOTGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var attrs: [(String, String)]
        public static func == (a: Node, b: Node) -> Bool { a.id == b.id && a.attrs.elementsEqual(b.attrs, by: ==) }
        public init(_ id: String, _ attrs: [(String, String)] = []) { self.id = id; self.attrs = attrs }
    }
    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        public var attrs: [(String, String)]
        public static func == (a: Edge, b: Edge) -> Bool { a.from == b.from && a.to == b.to && a.attrs.elementsEqual(b.attrs, by: ==) }
        public init(_ from: String, _ to: String, _ attrs: [(String, String)] = []) { self.from = from; self.to = to; self.attrs = attrs }
    }

    public var name: String
    public var attrs: [(String, String)] = []
    public var nodeDefaults: [(String, String)] = []
    public var edgeDefaults: [(String, String)] = []
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    public var subgraphs: [DOTGraph] = []
    /// Writes `rank=same` inside a subgraph.
    public var sameRank = false

    /// The Graphviz layout engine (`dot`, `sfdp`, `neato`…), also written as the `layout` attribute.
    public var engine: String { attrs.first { $0.0 == "layout" }?.1 ?? "dot" }

    public init(name: String) { self.name = name }

    public static func == (a: DOTGraph, b: DOTGraph) -> Bool { a.dot() == b.dot() }

    /// DOT text. Ids and values are always quoted; `<…>` values are HTML-like labels.
    public func dot() -> String {
        var out = "digraph \(DOTGraph.quote(name)) {\n"
        body(&out, indent: "  ")
        out += "}\n"
        return out
    }

    private func body(_ out: inout String, indent: String) {
        if sameRank { out += indent + "rank=same;\n" }
        for (k, v) in attrs { out += indent + "\(k)=\(DOTGraph.value(v));\n" }
        if !nodeDefaults.isEmpty { out += indent + "node " + DOTGraph.attrList(nodeDefaults) + ";\n" }
        if !edgeDefaults.isEmpty { out += indent + "edge " + DOTGraph.attrList(edgeDefaults) + ";\n" }
        for s in subgraphs {
            out += indent + "subgraph \(DOTGraph.quote(s.name)) {\n"
            s.body(&out, indent: indent + "  ")
            out += indent + "}\n"
        }
        for n in nodes { out += indent + DOTGraph.quote(n.id) + (n.attrs.isEmpty ? "" : " " + DOTGraph.attrList(n.attrs)) + ";\n" }
        for e in edges {
            out += indent + DOTGraph.quote(e.from) + " -> " + DOTGraph.quote(e.to) + (e.attrs.isEmpty ? "" : " " + DOTGraph.attrList(e.attrs)) + ";\n"
        }
    }

    static func attrList(_ a: [(String, String)]) -> String {
        "[" + a.map { "\($0.0)=\(value($0.1))" }.joined(separator: ", ") + "]"
    }

    static func value(_ v: String) -> String {
        if v.hasPrefix("<") && v.hasSuffix(">") { return v }
        return quote(v)
    }

    /// A double-quoted DOT string; `\n`, `\l` and `\r` line breaks the caller wrote stay as they are.
    public static func quote(_ s: String) -> String {
        var out = "\""
        var chars = s.unicodeScalars.makeIterator()
        while let c = chars.next() {
            switch c {
            case "\"": out += "\\\""
            case "\\":
                out += "\\"
                if let n = chars.next() {
                    if n == "n" || n == "l" || n == "r" { out.unicodeScalars.append(n) } else { out += "\\"; out.unicodeScalars.append(n) }
                } else {
                    out += "\\"
                }
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// Escapes text for an HTML-like label.
    public static func html(_ s: String) -> String { Markup.escape(s) }

    /// Wraps text into lines of at most `width` characters (words are never split).
    public static func wrap(_ s: String, width: Int, maxLines: Int = 4) -> [String] {
        var lines: [String] = []
        var cur = ""
        for w in s.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if cur.isEmpty { cur = String(w) } else if cur.count + 1 + w.count <= width { cur += " " + w } else { lines.append(cur); cur = String(w) }
        }
        if !cur.isEmpty { lines.append(cur) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] += " …"
        }
        return lines
    }
}
