/// An HTML document as the reader sees it: elements and texts in document order, each node
/// knowing its parent and where its subtree ends (its descendants are the nodes
/// `i+1 ..< end`). Made by `HTMLParser`; plain Swift, so the extraction never touches C.
public struct HTMLTree: Sendable {
    public struct Node: Sendable {
        public enum Kind: Sendable { case element, text }
        public var kind: Kind
        /// The lowercased tag name (empty for text).
        public var name: String
        public var parent: Int
        /// The text of a text node.
        public var text: String = ""
        /// The attributes the reader uses (class, id, itemprop, property, name, content, …).
        public var attributes: [(String, String)] = []
        /// One past the last node of the subtree.
        public var end: Int = 0

        public func attribute(_ n: String) -> String? { attributes.first { $0.0 == n }?.1 }
    }

    public var nodes: [Node] = []

    /// The children of node `i`.
    public func children(_ i: Int) -> [Int] {
        var out: [Int] = []
        var j = i + 1
        while j < nodes[i].end { out.append(j); j = max(nodes[j].end, j + 1) }
        return out
    }

    /// All text under node `i`, white space collapsed.
    public func text(_ i: Int) -> String {
        var s = ""
        for j in i..<max(nodes[i].end, i + 1) where nodes[j].kind == .text { s += nodes[j].text; s += " " }
        return HTMLTree.collapse(s)
    }

    /// Whether a scalar is white space (ASCII first: the Unicode property lookup is slow).
    @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0xA0 || v == 0x200B || c.properties.isWhitespace
    }

    /// White space runs become one space; the ends are trimmed.
    public static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return String(out)
    }

    /// The first element with this tag name.
    public func first(_ name: String) -> Int? { nodes.indices.first { nodes[$0].kind == .element && nodes[$0].name == name } }
}
