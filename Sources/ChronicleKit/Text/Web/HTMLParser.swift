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
    public static func parse(_ data: Data, path: String) throws -> HTMLTree {
        _ = initialised
        guard data.count < Int(Int32.max) else { throw ChronicleError.tooLarge(path: path, bytes: data.count, limit: Int(Int32.max)) }
        let utf8 = data.withUnsafeBytes { raw in String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), path, utf8 ? "UTF-8" : nil, options)
        }
        guard let doc else { throw ChronicleError.badInput(path: path, message: "is not HTML that can be parsed") }
        defer { xmlFreeDoc(doc) }
        return convert(doc)
    }

    /// Reads a file's bytes through libxml2's input layer, which decompresses gzip; stops with
    /// an error past `limit` bytes (a gzip bomb stays bounded).
    public static func readMaybeCompressed(path: String, limit: Int) throws -> Data {
        _ = initialised
        guard let buf = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE) else {
            throw ChronicleError.unreadable(path: path, reason: "cannot open")
        }
        defer { xmlFreeParserInputBuffer(buf) }
        while true {
            let got = xmlParserInputBufferGrow(buf, 1 << 16)
            if got < 0 { throw ChronicleError.unreadable(path: path, reason: "not readable gzip or text") }
            if got == 0 { break }
            if let b = buf.pointee.buffer, xmlBufUse(b) > limit {
                throw ChronicleError.tooLarge(path: path, bytes: Int(xmlBufUse(b)), limit: limit)
            }
        }
        guard let b = buf.pointee.buffer, let content = xmlBufContent(b) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufUse(b)))
    }

    static let keptAttributes: Set<String> = ["class", "id", "itemprop", "property", "name", "content", "datetime", "href", "rel", "type", "role", "title", "charset", "http-equiv", "hidden", "aria-hidden", "style"]

    static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// Copies the tree in document order (each node knows where its subtree ends), skipping
    /// comments and the content of scripts and styles (but keeping JSON-LD scripts' text).
    static func convert(_ doc: htmlDocPtr) -> HTMLTree {
        var tree = HTMLTree()
        guard let root = xmlDocGetRootElement(doc) else { return tree }
        // iterative walk: (node, index in tree) stack so deep nesting cannot overflow the stack
        var stack: [(UnsafeMutablePointer<xmlNode>, Int)] = []
        func add(_ n: UnsafeMutablePointer<xmlNode>) -> Int? {
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                var node = HTMLTree.Node(kind: .element, name: string(n.pointee.name).lowercased(), parent: -1)
                var a = n.pointee.properties
                while let attr = a {
                    let name = string(attr.pointee.name).lowercased()
                    if keptAttributes.contains(name) {
                        var value = ""
                        var c = attr.pointee.children
                        while let t = c {
                            value += string(t.pointee.content)
                            c = t.pointee.next
                        }
                        node.attributes.append((name, value))
                    }
                    a = attr.pointee.next
                }
                tree.nodes.append(node)
                return tree.nodes.count - 1
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let t = string(n.pointee.content)
                if t.isEmpty { return nil }
                tree.nodes.append(HTMLTree.Node(kind: .text, name: "", parent: -1, text: t))
                return tree.nodes.count - 1
            default:
                return nil
            }
        }
        func push(_ n: UnsafeMutablePointer<xmlNode>, parent: Int) {
            guard let i = add(n) else { return }
            tree.nodes[i].parent = parent
            stack.append((n, i))
        }
        push(root, parent: -1)
        // depth-first: children are visited before the next sibling; `end` is set when a node's
        // subtree is done
        var childCursor: [UnsafeMutablePointer<xmlNode>?] = [root.pointee.children]
        while let (n, i) = stack.last {
            _ = n
            let name = tree.nodes[i].name
            let skipChildren = tree.nodes[i].kind == .text
                || ((name == "script" || name == "style" || name == "noscript" || name == "template" || name == "svg")
                    && !(name == "script" && tree.nodes[i].attribute("type")?.lowercased().contains("ld+json") == true))
            if !skipChildren, let c = childCursor[childCursor.count - 1] {
                childCursor[childCursor.count - 1] = c.pointee.next
                if let k = add(c) {
                    tree.nodes[k].parent = i
                    stack.append((c, k))
                    childCursor.append(c.pointee.children)
                }
                continue
            }
            tree.nodes[i].end = tree.nodes.count
            stack.removeLast()
            childCursor.removeLast()
        }
        return tree
    }
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
