import CGraphviz
import Foundation

/// The one place that calls the Graphviz C library: DOT text in, SVG/PNG/PDF bytes out.
///
/// Every allocation is paired with its free (`agclose`, `gvFreeLayout`, `gvFreeContext`,
/// `gvFreeRenderData`), and calls are serialised because libcgraph keeps global error state.
public struct GraphvizRenderer: Sendable {
    /// Output formats the renderer accepts.
    public static let formats: Set<String> = ["svg", "png", "pdf", "dot", "plain", "json"]

    public init() {}

    private static let lock = NSLock()
    nonisolated(unsafe) private static var messages: [String] = []

    /// Renders a graph with its own layout engine.
    public func render(_ graph: DOTGraph, format: String) throws -> Data {
        try render(dot: graph.dot(), format: format, layout: graph.engine)
    }

    /// Lays `dot` out with `layout` and renders it in `format`.
    public func render(dot: String, format: String, layout: String = "dot") throws -> Data {
        guard GraphvizRenderer.formats.contains(format) else {
            throw ChronicleError.graphviz(message: "unknown output format '\(format)'")
        }
        GraphvizRenderer.lock.lock()
        defer { GraphvizRenderer.lock.unlock() }
        GraphvizRenderer.messages = []
        _ = agseterr(AGWARN)
        let previous = agseterrf { msg in
            if let msg { GraphvizRenderer.messages.append(String(cString: msg).trimmingCharacters(in: .whitespacesAndNewlines)) }
            return 0
        }
        defer { _ = agseterrf(previous) }
        _ = agreseterrors()
        guard let gvc = GraphvizRenderer.context() else { throw ChronicleError.graphviz(message: "cannot create a Graphviz context") }
        guard let g = GraphvizRenderer.read(dot) else {
            throw ChronicleError.graphviz(message: GraphvizRenderer.lastMessage(or: "the DOT text does not parse"))
        }
        defer { agclose(g) }
        guard gvLayout(gvc, g, layout) == 0 else {
            throw ChronicleError.graphviz(message: GraphvizRenderer.lastMessage(or: "the layout '\(layout)' failed"))
        }
        defer { gvFreeLayout(gvc, g) }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, g, format, &result, &length) == 0, let bytes = result else {
            if let r = result { gvFreeRenderData(r) }
            throw ChronicleError.graphviz(message: GraphvizRenderer.lastMessage(or: "rendering to \(format) failed"))
        }
        defer { gvFreeRenderData(bytes) }
        var data = Data(bytes: bytes, count: Int(length))
        if format == "pdf" { GraphvizRenderer.fixCreationDate(&data) }
        return data
    }

    /// Cairo stamps a PDF with the time it was made (`/CreationDate (D:…)`), so two renders
    /// of the same graph differ. The date is overwritten in place with the same number of
    /// characters (the cross-reference table counts bytes) by 1970-01-01 00:00:00 UTC.
    static func fixCreationDate(_ data: inout Data) {
        let key = Array("/CreationDate (D:".utf8)
        let bytes = [UInt8](data.prefix(1 << 20))
        guard bytes.count >= key.count else { return }
        var i = 0
        while i + key.count <= bytes.count {
            if bytes[i] == key[0] && Array(bytes[i..<(i + key.count)]) == key {
                let fixed = Array("19700101000000".utf8)
                var k = i + key.count, n = 0
                while k < bytes.count, bytes[k] != UInt8(ascii: ")") {
                    if (0x30...0x39).contains(bytes[k]) {
                        data[data.startIndex + k] = n < fixed.count ? fixed[n] : UInt8(ascii: "0")
                        n += 1
                    }
                    k += 1
                }
                return
            }
            i += 1
        }
    }

    // MARK: - Deterministic reading
    //
    // cgraph orders subgraphs (and so clusters in the output) by object id, and its default id
    // of a named object is the address of its interned name. Addresses depend on the state of
    // the heap, so two renders of the same DOT in one process could differ. Reading through an
    // id discipline that numbers objects in creation order makes every order follow the text.

    /// Names and ids of one graph's objects: named objects get even ids, anonymous ones odd.
    final class IdTable {
        var ids: [String: UInt64] = [:]
        var names: [UInt64: UnsafeMutablePointer<CChar>] = [:]
        var nextNamed: UInt64 = 2
        var nextAnonymous: UInt64 = 1

        deinit { for (_, p) in names { free(p) } }
    }

    nonisolated(unsafe) private static var input: [UInt8] = []
    nonisolated(unsafe) private static var inputPos = 0
    nonisolated(unsafe) private static var idDisc = Agiddisc_t(
        open: { _, _ in Unmanaged.passRetained(IdTable()).toOpaque() },
        map: { state, _, str, id, create in
            let table = Unmanaged<IdTable>.fromOpaque(state!).takeUnretainedValue()
            guard let str else {
                id?.pointee = table.nextAnonymous
                table.nextAnonymous += 2
                return 1
            }
            let name = String(cString: str)
            if let known = table.ids[name] {
                id?.pointee = known
                return 1
            }
            guard create != 0 else { return 0 }
            let new = table.nextNamed
            table.nextNamed += 2
            table.ids[name] = new
            table.names[new] = strdup(str)
            id?.pointee = new
            return 1
        },
        alloc: { _, _, request in request & 1 == 1 ? 0 : 1 },
        free: { _, _, _ in },
        print: { state, _, id in
            let table = Unmanaged<IdTable>.fromOpaque(state!).takeUnretainedValue()
            return id & 1 == 0 ? table.names[id] : nil
        },
        close: { state in Unmanaged<IdTable>.fromOpaque(state!).release() },
        idregister: { _, _, _ in }
    )
    nonisolated(unsafe) private static var ioDisc = Agiodisc_t(
        afread: { _, buf, size in
            guard let buf, size > 0 else { return 0 }
            var n = 0
            while n < Int(size) - 1 && GraphvizRenderer.inputPos < GraphvizRenderer.input.count {
                let b = GraphvizRenderer.input[GraphvizRenderer.inputPos]
                buf[n] = CChar(bitPattern: b)
                n += 1
                GraphvizRenderer.inputPos += 1
                if b == 10 { break }
            }
            return Int32(n)
        },
        putstr: { _, _ in 0 },
        flush: { _ in 0 }
    )

    /// Parses DOT text with the deterministic id discipline.
    private static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        input = Array(dot.utf8)
        inputPos = 0
        defer { input = [] }
        // cgraph's own memory discipline, found by name (Swift 6 forbids touching the C global directly)
        guard let mem = dlsym(nil, "AgMemDisc") else { return nil }
        var disc = Agdisc_t(mem: mem.assumingMemoryBound(to: Agmemdisc_t.self), id: &idDisc, io: &ioDisc)
        return withUnsafeMutablePointer(to: &disc) { agread(nil, $0) }
    }

    // MARK: - The context

    // One context serves every render: libgvc 2.42 leaks a few kilobytes per gvContext /
    // gvFreeContext pair (its plugin tables), so a context per render would grow without bound.
    // It is freed when the process exits.
    nonisolated(unsafe) private static var shared: OpaquePointer?

    private static func context() -> OpaquePointer? {
        if let c = shared { return c }
        shared = gvContext()
        if shared != nil {
            atexit {
                if let c = GraphvizRenderer.shared { gvFreeContext(c) }
                GraphvizRenderer.shared = nil
            }
        }
        return shared
    }

    static func lastMessage(or fallback: String) -> String {
        clean(messages, or: fallback)
    }

    /// Graphviz's messages as one short line of ours: its own wording (`(null): graph is too
    /// large for cairo-renderer bitmaps`, `Error: …`, bare `Error; :;`) never reaches the user
    /// as it is. Known problems get a sentence that says what to do; others are trimmed of
    /// prefixes, control characters and punctuation-only pieces, and cut to one line.
    static func clean(_ messages: [String], or fallback: String) -> String {
        let all = messages.joined(separator: " ").lowercased()
        if all.contains("too large") || all.contains("cairo") && (all.contains("memory") || all.contains("size")) {
            return "the diagram is too large to draw in this format (use svg, or fewer nodes with --max-nodes)"
        }
        if let r = all.range(of: "syntax error in line ") {
            let line = all[r.upperBound...].prefix { $0.isNumber }
            return "the DOT text does not parse (syntax error in line \(line))"
        }
        if all.contains("out of memory") || all.contains("cannot allocate") {
            return "out of memory while drawing the diagram"
        }
        var parts: [String] = []
        for m in messages {
            var t = String(String.UnicodeScalarView(m.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
            for prefix in ["(null):", "Error:", "Error", "Warning:", "Warning"] {
                while t.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) {
                    t = String(t.trimmingCharacters(in: .whitespaces).dropFirst(prefix.count))
                }
            }
            t = t.trimmingCharacters(in: CharacterSet.whitespaces.union(.punctuationCharacters))
            guard t.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else { continue }
            if !parts.contains(t) { parts.append(t) }
        }
        guard !parts.isEmpty else { return fallback }
        let line = parts.joined(separator: "; ")
        return line.count > 160 ? String(line.prefix(159)) + "…" : line
    }
}
