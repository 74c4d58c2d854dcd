import CLibXML2
import Foundation

/// Parses HTML with libxml2's HTML parser (the one under lxml, which readability and
/// trafilatura use) and copies what the reader needs into an `HTMLTree`, a plain Swift value.
/// This is the only Swift file that imports CLibXML2. The parser recovers from malformed
/// markup, never touches the network, and reads the encoding from the page (`<meta charset>`,
/// a BOM) when the bytes are not UTF-8.
public enum HTMLParser {
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue
        | XML_PARSE_HUGE.rawValue)
    /// Serialises calls to libxml2's one-time global initialisation.
    nonisolated(unsafe) static var initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses bytes of HTML. Bytes that are valid UTF-8 are read as UTF-8 (libxml2 would
    /// take a page without a declared charset for Latin-1); others by the page's own declaration.
    ///
    /// libxml2 runs as a SAX parser: its events build the `HTMLTree` directly, so no libxml2
    /// tree is made, copied and freed. The tree is the one libxml2's own tree builder makes
    /// (the same implied and auto-closed elements, the same dropped blanks), minus comments
    /// and the content of scripts and styles (JSON-LD scripts keep theirs).
    public static func parse(_ data: Data, path: String) throws -> HTMLTree {
        _ = initialised
        guard data.count < Int(Int32.max) else { throw ChronicleError.tooLarge(path: path, bytes: data.count, limit: Int(Int32.max)) }
        let builder = TreeBuilder()
        // script and style contents and comments are cut before the parse (HTMLPrefilter)
        let ok: Bool = data.withUnsafeBytes { original -> Bool in
            if let filtered = HTMLPrefilter.filter(original) {
                // about one node in 35 bytes of filtered news pages: the tree rarely grows
                builder.tree.nodes.reserveCapacity(filtered.count / 32)
                return filtered.withUnsafeBytes { parse($0, into: builder) }
            }
            builder.tree.nodes.reserveCapacity(original.count / 32)
            return parse(original, into: builder)
        }
        guard ok else { throw ChronicleError.badInput(path: path, message: "is not HTML that can be parsed") }
        builder.finish()
        return builder.tree
    }

    /// Runs libxml2's SAX parser over the bytes, building into `builder`.
    static func parse(_ raw: UnsafeRawBufferPointer, into builder: TreeBuilder) -> Bool {
        guard let base = raw.baseAddress, raw.count > 0 else { return false }
        let utf8 = isUTF8(raw.bindMemory(to: UInt8.self))
        guard let ctxt = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(raw.count)) else { return false }
        defer { htmlFreeParserCtxt(ctxt) }
        _ = htmlCtxtUseOptions(ctxt, options)
        ctxt.pointee.html = 1
        if utf8, let handler = xmlFindCharEncodingHandler("UTF-8") {
            // as htmlReadMemory does with an encoding: the page's own declaration is then ignored
            _ = xmlSwitchToEncoding(ctxt, handler)
            if let input = ctxt.pointee.input, input.pointee.encoding == nil {
                input.pointee.encoding = UnsafePointer(xmlCharStrdup("UTF-8"))
            }
        }
        guard let sax = ctxt.pointee.sax else { return false }
        sax.pointee = TreeBuilder.handler
        ctxt.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        _ = htmlParseDocument(ctxt)
        return true
    }

    /// Whether bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), as `String(validating:as:)` decides, without making
    /// the string: ASCII is stepped over eight bytes at a time.
    static func isUTF8(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return true }
        let n = u.count
        var i = 0
        while i < n {
            if i + 8 <= n && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            var len = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF  // the second byte's range
            switch b {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F
            default: return false
            }
            guard i + len <= n, base[i + 1] >= lo, base[i + 1] <= hi else { return false }
            var k = 2
            while k < len {
                if base[i + k] & 0xC0 != 0x80 { return false }
                k += 1
            }
            i += len
        }
        return true
    }

    /// The attributes the extraction reads (`href` only on `<link>`, for the canonical URL;
    /// `lang` only on `<html>`, the page's declared language; `pubdate` only on `<time>`).
    static let keptAttributes: Set<String> = ["class", "id", "itemprop", "property", "name", "content", "datetime", "href", "rel", "type", "role", "hidden", "aria-hidden", "style", "lang", "pubdate"]

    /// Whether a kept attribute name is kept on this tag.
    @inline(__always) static func keeps(_ k: String, on tag: String) -> Bool {
        switch k {
        case "href": return tag == "link"
        case "lang": return tag == "html"
        case "pubdate": return tag == "time"
        default: return true
        }
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }
}

/// Builds an `HTMLTree` from libxml2's SAX events (see `HTMLParser.parse`).
final class TreeBuilder {
    var tree = HTMLTree()
    /// The open elements, innermost last.
    var open: [Int] = []
    /// The last child of each open element (-1: none yet).
    var lastChild: [Int] = []
    /// Inside a skipped subtree (a script, a style): how many elements deep below its root.
    var skipping = false
    var skipDepth = 0
    /// The root element is closed: what follows is not in the tree.
    var done = false
    /// Text not yet made a node (libxml2 hands text over in pieces).
    var pending: [UInt8] = []
    var pendingIsCDATA = false
    /// Whether the document type is HTML 4 strict (libxml2 then drops blanks right in `<body>`).
    var strictDoctype = false
    /// Names by libxml2's pointer (names come from the parser's dictionary).
    var names: [UnsafeRawPointer: Name] = [:]
    /// A tag name and what is known of it.
    struct Name {
        var name: String
        var tags: HTMLTree.Tags
        /// a script, style, noscript, template or svg (`skippedTags`)
        var skipped: Bool
        /// in libxml2's `allowPCData` list
        var allowsText: Bool
    }
    var attributeNames: [UnsafeRawPointer: String?] = [:]

    static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg"]
    /// Elements in which libxml2 keeps blanks (its `allowPCData` list).
    static let allowPCData: Set<String> = ["a", "abbr", "acronym", "address", "applet", "b", "bdo", "big", "blockquote", "body", "button", "caption",
                                           "center", "cite", "code", "dd", "del", "dfn", "div", "dt", "em", "font", "form", "h1", "h2", "h3", "h4",
                                           "h5", "h6", "i", "iframe", "ins", "kbd", "label", "legend", "li", "map", "menu", "object", "ol", "p",
                                           "pre", "q", "s", "samp", "small", "span", "strike", "strong", "td", "th", "tt", "u", "ul", "var"]

    /// A direct-mapped cache in front of `names`: a page uses few tag names, and a pointer
    /// hashes by one multiplication (the dictionary hashes it with SipHash).
    var cacheKeys = [UnsafeRawPointer?](repeating: nil, count: 64)
    var cacheNames = [Name](repeating: Name(name: "", tags: [], skipped: false, allowsText: false), count: 64)

    func name(_ p: UnsafePointer<xmlChar>) -> Name {
        let key = UnsafeRawPointer(p)
        let slot = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if cacheKeys[slot] == key { return cacheNames[slot] }
        let n: Name
        if let known = names[key] {
            n = known
        } else {
            let s = String(cString: p).lowercased()
            n = Name(name: s, tags: HTMLTree.Tags(name: s), skipped: TreeBuilder.skippedTags.contains(s), allowsText: TreeBuilder.allowPCData.contains(s))
            names[key] = n
        }
        cacheKeys[slot] = key
        cacheNames[slot] = n
        return n
    }

    func keptAttribute(_ p: UnsafePointer<xmlChar>) -> String? {
        let key = UnsafeRawPointer(p)
        if let n = attributeNames[key] { return n }
        let n = String(cString: p).lowercased()
        let kept: String? = HTMLParser.keptAttributes.contains(n) ? n : nil
        attributeNames[key] = kept
        return kept
    }

    func flush() {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        guard let parent = open.last else { return }
        let t = String(decoding: pending, as: UTF8.self)
        lastChild[lastChild.count - 1] = tree.nodes.count
        tree.nodes.append(HTMLTree.Node(kind: .text, name: "", parent: parent, text: t, end: tree.nodes.count + 1))
    }

    func start(_ namePointer: UnsafePointer<xmlChar>?, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if done { return }
        if skipping { skipDepth += 1; return }
        flush()
        guard let namePointer else { return }
        let info = name(namePointer)
        let tag = info.name
        var attributes: [(String, String)] = []
        if var a = attrs {
            while let n = a.pointee {
                let v = a.advanced(by: 1).pointee
                if let k = keptAttribute(n), HTMLParser.keeps(k, on: tag) { attributes.append((k, v.map { String(cString: $0) } ?? "")) }
                a = a.advanced(by: 2)
            }
        }
        if info.skipped && !(tag == "script" && attributes.first(where: { $0.0 == "type" }).map { HTMLTree.has($0.1.lowercased(), "ld+json") } == true) {
            skipping = true
            skipDepth = 0
        }
        if !lastChild.isEmpty { lastChild[lastChild.count - 1] = tree.nodes.count }
        tree.nodes.append(HTMLTree.Node(kind: .element, name: tag, parent: open.last ?? -1, attributes: attributes, tags: info.tags))
        open.append(tree.nodes.count - 1)
        lastChild.append(-1)
    }

    func end() {
        if done { return }
        if skipping && skipDepth > 0 { skipDepth -= 1; return }
        skipping = false
        flush()
        guard let i = open.popLast() else { return }
        lastChild.removeLast()
        tree.nodes[i].end = tree.nodes.count
        if open.isEmpty { done = true }
    }

    func characters(_ p: UnsafePointer<xmlChar>?, _ len: Int32, cdata: Bool, ctxt: UnsafeMutableRawPointer?) {
        guard !done, !skipping, !open.isEmpty, let p, len > 0 else { return }
        let bytes = UnsafeBufferPointer(start: p, count: Int(len))
        if !cdata, pending.isEmpty, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }),
           blanksDropped(ctxt?.assumingMemoryBound(to: htmlParserCtxt.self)) {
            return
        }
        if pendingIsCDATA != cdata { flush(); pendingIsCDATA = cdata }
        pending.append(contentsOf: bytes)
    }

    /// libxml2's tree builder drops some runs of blanks (its `areBlanks`); its SAX mode keeps
    /// them all because it looks at a tree it does not have. The same test on this tree.
    func blanksDropped(_ ctxt: UnsafeMutablePointer<htmlParserCtxt>?) -> Bool {
        guard let ctxt, let input = ctxt.pointee.input, let cur = input.pointee.cur else { return false }
        if cur.pointee == 0 { return true }
        if cur.pointee != UInt8(ascii: "<") { return false }
        guard let current = ctxt.pointee.name else { return true }
        let currentName = name(current)
        let cname = currentName.name
        if cname == "html" || cname == "head" { return true }
        if cname == "body" && strictDoctype { return true }
        guard let last = lastChild.last else { return false }
        if last < 0 { return !currentName.allowsText }
        if tree.nodes[last].kind == .text { return false }
        return !tree.nodes[last].tags.contains(.allowsText)
    }

    func finish() {
        flush()
        while let i = open.popLast() { tree.nodes[i].end = tree.nodes.count }
        lastChild.removeAll()
    }

    static func of(_ ctx: UnsafeMutableRawPointer?) -> TreeBuilder? {
        guard let ctx, let p = ctx.assumingMemoryBound(to: htmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<TreeBuilder>.fromOpaque(p).takeUnretainedValue()
    }

    nonisolated(unsafe) static let handler: htmlSAXHandler = {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, attrs in TreeBuilder.of(ctx)?.start(name, attrs) }
        h.endElement = { ctx, _ in TreeBuilder.of(ctx)?.end() }
        h.characters = { ctx, p, len in TreeBuilder.of(ctx)?.characters(p, len, cdata: false, ctxt: ctx) }
        h.cdataBlock = { ctx, p, len in TreeBuilder.of(ctx)?.characters(p, len, cdata: true, ctxt: ctx) }
        h.ignorableWhitespace = { _, _, _ in }
        // a comment or processing instruction is a node in libxml2's tree: texts on its two sides stay apart
        h.comment = { ctx, _ in TreeBuilder.of(ctx)?.flush() }
        h.processingInstruction = { ctx, _, _ in TreeBuilder.of(ctx)?.flush() }
        h.internalSubset = { ctx, _, externalID, _ in
            guard let b = TreeBuilder.of(ctx), let externalID else { return }
            let id = String(cString: externalID).lowercased()
            b.strictDoctype = id == "-//w3c//dtd html 4.01//en" || id == "-//w3c//dtd html 4//en"
        }
        return h
    }()
}

/// A strict XML reader on libxml2 (no recovery, no network, no entity expansion from outside):
/// what our XML writers produce (TimeML, GraphML, GEXF, the XLSX parts, SVG) is read back by it
/// in tests and in the `exports` fuzz target. A document that is not well-formed is an error
/// naming the line and libxml2's message.
public enum XMLReader {
    /// An element read back: its local name, attributes, children and the text directly
    /// inside it (character data and CDATA, entities decoded).
    public struct Element: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String] = [:]
        public var children: [Element] = []
        public var text: String = ""
        /// All the text inside it, its children's too, in document order.
        public var allText: String = ""

        /// The children named `name`.
        public func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
        /// The first child named `name`.
        public func first(_ name: String) -> Element? { children.first { $0.name == name } }
        /// Every element below this one (itself first), in document order.
        public var descendants: [Element] {
            var out: [Element] = [], stack = [self]
            while let e = stack.popLast() {
                out.append(e)
                stack.append(contentsOf: e.children.reversed())
            }
            return out
        }
    }

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)

    public static func parse(_ data: Data, path: String) throws -> Element {
        _ = HTMLParser.initialised
        guard data.count < Int(Int32.max) else { throw ChronicleError.tooLarge(path: path, bytes: data.count, limit: Int(Int32.max)) }
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), path, "UTF-8", options)
        }
        guard let doc else {
            var message = "is not well-formed XML"
            if let e = xmlGetLastError() {
                let m = e.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                message += " (line \(e.pointee.line): \(m))"
            }
            throw ChronicleError.badInput(path: path, message: message)
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw ChronicleError.badInput(path: path, message: "has no root element") }
        return element(root, depth: 0)
    }

    /// Our writers nest a few levels; past 256 the rest is left out rather than the stack.
    static func element(_ n: UnsafeMutablePointer<xmlNode>, depth: Int) -> Element {
        var e = Element(name: HTMLParser.string(n.pointee.name))
        if let content = xmlNodeGetContent(n) {
            e.allText = String(cString: content)
            free(content)  // libxml2 allocates with malloc (xmlFree is a macro Swift cannot call)
        }
        var a = n.pointee.properties
        while let attr = a {
            var value = ""
            var c = attr.pointee.children
            while let t = c {
                value += HTMLParser.string(t.pointee.content)
                c = t.pointee.next
            }
            e.attributes[HTMLParser.string(attr.pointee.name)] = value
            a = attr.pointee.next
        }
        var c = n.pointee.children
        while let child = c {
            switch child.pointee.type {
            case XML_ELEMENT_NODE: if depth < 256 { e.children.append(element(child, depth: depth + 1)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: e.text += HTMLParser.string(child.pointee.content)
            default: break
            }
            c = child.pointee.next
        }
        return e
    }
}
