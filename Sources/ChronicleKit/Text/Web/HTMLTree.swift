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
        /// What the reader makes of the tag name (set by the parser, once per name).
        public var tags: Tags = []

        public func attribute(_ n: String) -> String? {
            // names are short: the lengths first, the bytes only when they agree
            let count = n.utf8.count
            return attributes.first { $0.0.utf8.count == count && $0.0 == n }?.1
        }
    }

    public var nodes: [Node] = []

    /// Kinds of element, by tag name (`HTMLArticleExtractor`'s lists).
    public struct Tags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// never article text (`droppedTags`)
        public static let dropped = Tags(rawValue: 1)
        /// holds paragraphs or is one (`paragraphTags`)
        public static let paragraph = Tags(rawValue: 2)
        /// starts and ends a paragraph (`blockTags`)
        public static let block = Tags(rawValue: 4)
        /// read for the page's metadata whatever its attributes (html, meta, title, h1, link, script, time)
        public static let metadata = Tags(rawValue: 8)
        /// one in which libxml2 keeps blanks (`TreeBuilder.allowPCData`)
        public static let allowsText = Tags(rawValue: 16)

        public init(name: String) {
            self = []
            if HTMLArticleExtractor.droppedTags.contains(name) { insert(.dropped) }
            if HTMLArticleExtractor.paragraphTags.contains(name) { insert(.paragraph) }
            if HTMLArticleExtractor.blockTags.contains(name) { insert(.block) }
            if ["html", "meta", "title", "h1", "link", "script", "time"].contains(name) { insert(.metadata) }
            if TreeBuilder.allowPCData.contains(name) { insert(.allowsText) }
        }
    }

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

    /// Whether `text(i)` has fewer than `limit` scalars, found without making it (it stops at
    /// the limit).
    public func textIsShorter(_ i: Int, than limit: Int) -> Bool {
        var count = 0
        var gap = false, started = false
        for j in i..<max(nodes[i].end, i + 1) where nodes[j].kind == .text {
            for c in nodes[j].text.unicodeScalars {
                if HTMLTree.isSpace(c) {
                    gap = started
                } else {
                    count += gap ? 2 : 1
                    gap = false
                    started = true
                    if count >= limit { return false }
                }
            }
            gap = started
        }
        return true
    }

    /// Whether a scalar is white space (ASCII first: the Unicode property lookup is slow).
    @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        // Unicode's White_Space code points (a fixed list), and the zero-width space
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// White space runs become one space; the ends are trimmed. Works on the UTF-8 bytes
    /// (only a scalar beyond ASCII is decoded, to ask whether it is white space).
    public static func collapse(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u -> String in
            let n = u.count
            var out = [UInt8]()
            out.reserveCapacity(n)
            var space = false
            var i = 0
            while i < n {
                let b = u[i]
                var len = 1
                var isSpace: Bool
                if b < 0x80 {
                    isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                } else {
                    len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    if i + len > n { len = n - i }
                    var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                    for k in 1..<max(len, 1) { v = (v << 6) | (UInt32(u[i + k]) & 0x3F) }
                    isSpace = Unicode.Scalar(v).map { HTMLTree.isSpace($0) } ?? false
                }
                if isSpace {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20) }
                    space = false
                    for k in 0..<len { out.append(u[i + k]) }
                }
                i += len
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `s` holds `part`, compared as UTF-8 bytes (Foundation's `contains` goes through
    /// NSString and is slow on the reader's hot path).
    public static func has(_ s: String, _ part: String) -> Bool {
        let a = s.utf8, b = part.utf8
        guard let first = b.first else { return true }
        let n = a.count, m = b.count
        guard m <= n else { return false }
        return a.withContiguousStorageIfAvailable { ab -> Bool in
            b.withContiguousStorageIfAvailable { bb -> Bool in
                var i = 0
                while i + m <= n {
                    if ab[i] == first {
                        var k = 1
                        while k < m && ab[i + k] == bb[k] { k += 1 }
                        if k == m { return true }
                    }
                    i += 1
                }
                return false
            } ?? s.contains(part)
        } ?? s.contains(part)
    }

    /// The first element with this tag name.
    public func first(_ name: String) -> Int? { nodes.indices.first { nodes[$0].kind == .element && nodes[$0].name == name } }
}
