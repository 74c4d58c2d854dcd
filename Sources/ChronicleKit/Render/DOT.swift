/// A small value-type model of a Graphviz graph, written to DOT text by pure Swift.
///
/// Every id and every attribute value is written as an escaped, double-quoted DOT string: no
/// value is ever an HTML-like label (`<…>`), so text from articles can neither close a string
/// nor add attributes (`URL`, `image`…), and Graphviz's escapes (`\N`, `\G`, `&…;`) in it are
/// shown as written. In a value, a line feed is a centred line break and U+2028 (LINE
/// SEPARATOR) a left-justified one; `DOTGraph.text` turns both into spaces in text from data.
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

    /// The Graphviz layout engine (`dot`, `sfdp`, `neato`, `nop`…), also written as the `layout` attribute.
    public var engine: String { attrs.first { $0.0 == "layout" }?.1 ?? "dot" }

    /// The left-justified line break inside a value (written as `\l`).
    public static let leftBreak = "\u{2028}"

    public init(name: String) { self.name = name }

    public static func == (a: DOTGraph, b: DOTGraph) -> Bool { a.dot() == b.dot() }

    /// DOT text. Ids and values are always quoted and escaped.
    public func dot() -> String {
        var out = "digraph \(DOTGraph.id(name)) {\n"
        body(&out, indent: "  ")
        out += "}\n"
        return out
    }

    private func body(_ out: inout String, indent: String) {
        if sameRank { out += indent + "rank=same;\n" }
        for (k, v) in attrs { out += indent + "\(DOTGraph.attributeName(k))=\(DOTGraph.quote(v));\n" }
        if !nodeDefaults.isEmpty { out += indent + "node " + DOTGraph.attrList(nodeDefaults) + ";\n" }
        if !edgeDefaults.isEmpty { out += indent + "edge " + DOTGraph.attrList(edgeDefaults) + ";\n" }
        for s in subgraphs {
            out += indent + "subgraph \(DOTGraph.id(s.name)) {\n"
            s.body(&out, indent: indent + "  ")
            out += indent + "}\n"
        }
        for n in nodes { out += indent + DOTGraph.id(n.id) + (n.attrs.isEmpty ? "" : " " + DOTGraph.attrList(n.attrs)) + ";\n" }
        for e in edges {
            out += indent + DOTGraph.id(e.from) + " -> " + DOTGraph.id(e.to) + (e.attrs.isEmpty ? "" : " " + DOTGraph.attrList(e.attrs)) + ";\n"
        }
    }

    static func attrList(_ a: [(String, String)]) -> String {
        "[" + a.map { "\(attributeName($0.0))=\(quote($0.1))" }.joined(separator: ", ") + "]"
    }

    /// Attribute names are ours, but a name that is not a plain identifier is quoted too.
    static func attributeName(_ k: String) -> String {
        k.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" } && !k.isEmpty
            ? k : quote(k)
    }

    /// Whether Graphviz or an XML reader of its SVG would choke on `c`: C0 and C1 controls,
    /// DEL, the noncharacters, and the private surrogate range (never in a Swift string).
    @inline(__always)
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }

    /// A double-quoted DOT string that Graphviz shows exactly as `s` reads: `"` and `\` are
    /// escaped (so `\N`, `\"` or `\l` in text stay text), `&` is written `&amp;` (Graphviz
    /// decodes entities in labels, and a decoded `&#1;` would put a control character into
    /// the SVG), a line feed becomes `\n` and U+2028 `\l`; other control characters and
    /// noncharacters become spaces (they are not allowed in XML, so not in SVG).
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\u{2028}": out += "\\l"
            case "\r": break
            default:
                if isControl(c) { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    /// A quoted DOT id. Ids are written one to one, and Graphviz copies node names into SVG
    /// titles and comments without decoding entities: `&` is written `&amp;`, and a control
    /// character or noncharacter as `%` and its hex code (`%` itself as `%25`).
    public static func id(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "%": out += "%25"
            default:
                if isControl(c) || c == "\u{2028}" || c == "\u{2029}" { out += "%" + String(c.value, radix: 16, uppercase: true) + ";" } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    /// Text from data as one line: every kind of line break, tab and control character is a
    /// space, so only the diagram's own breaks break a label.
    public static func text(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value >= 0x7F }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            if isControl(c) || c == "\u{2028}" || c == "\u{2029}" || c == "\u{85}" { out += " " } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// Cuts `s` to at most `max` characters, with an ellipsis when something was cut.
    public static func clip(_ s: String, _ max: Int) -> String {
        let t = text(s)
        guard t.count > max else { return t }
        return String(t.prefix(max - 1)) + "…"
    }

    /// Wraps text into lines of at most `width` characters: words break at spaces, and a
    /// word longer than a line is cut into pieces (so no label grows with one long token).
    public static func wrap(_ s: String, width: Int, maxLines: Int = 4) -> [String] {
        var lines: [String] = []
        var cur = ""
        var curCount = 0
        let width = max(width, 1)
        // only as much text as can be shown is looked at: labels stay small whatever the input
        let limit = width * (maxLines + 1) + 1
        var seen = 0
        var truncated = false
        var word = ""
        var wordCount = 0
        func flushWord() {
            guard wordCount > 0 else { return }
            if curCount == 0 {
                cur = word; curCount = wordCount
            } else if curCount + 1 + wordCount <= width {
                cur += " " + word; curCount += 1 + wordCount
            } else {
                lines.append(cur); cur = word; curCount = wordCount
            }
            word = ""; wordCount = 0
        }
        for ch in text(s) {
            seen += 1
            if seen > limit { truncated = true; break }
            if ch == " " || ch == "\u{3000}" {
                flushWord()
                continue
            }
            if wordCount == width {
                // a word as long as a line: the part so far takes a line of its own
                flushWord()
            }
            word.append(ch)
            wordCount += 1
        }
        flushWord()
        if curCount > 0 { lines.append(cur) }
        if lines.count > maxLines || (truncated && !lines.isEmpty) {
            lines = Array(lines.prefix(maxLines))
            if lines[lines.count - 1].count + 2 > width + 2 { lines[lines.count - 1] = String(lines[lines.count - 1].prefix(width - 1)) }
            lines[lines.count - 1] += " …"
        }
        return lines
    }
}
