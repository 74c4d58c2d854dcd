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
        guard let gvc = gvContext() else { throw ChronicleError.graphviz(message: "cannot create a Graphviz context") }
        defer { gvFreeContext(gvc) }
        guard let g = GraphvizRenderer.read(dot) else {
            throw ChronicleError.graphviz(message: GraphvizRenderer.lastMessage(or: "the DOT text does not parse"))
        }
        defer { agclose(g) }
        guard gvLayout(gvc, g, layout) == 0 else {
            throw ChronicleError.graphviz(message: GraphvizRenderer.lastMessage(or: "layout '\(layout)' failed"))
        }
        defer { gvFreeLayout(gvc, g) }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, g, format, &result, &length) == 0, let bytes = result else {
            if let r = result { gvFreeRenderData(r) }
            throw ChronicleError.graphviz(message: GraphvizRenderer.lastMessage(or: "rendering to \(format) failed"))
        }
        defer { gvFreeRenderData(bytes) }
        return Data(bytes: bytes, count: Int(length))
    }

    // MARK: - Deterministic reading
    //
    // cgraph orders subgraphs (and so clusters in the output) by object id, and the default id
    // of a named object is the address of its interned name. Addresses depend on the state of
    // the heap, so two renders of the same DOT in one process could differ. Reading through a
    // memory discipline that bumps a pointer through one fresh mapping makes every address,
    // and so every order, follow creation order.

    nonisolated(unsafe) private static var arena: UnsafeMutableRawPointer?
    nonisolated(unsafe) private static var arenaUsed = 0
    nonisolated(unsafe) private static var arenaSize = 0
    nonisolated(unsafe) private static var input: [UInt8] = []
    nonisolated(unsafe) private static var inputPos = 0
    nonisolated(unsafe) private static var memDisc = Agmemdisc_t(
        open: { _ in
            GraphvizRenderer.arenaSize = 1 << 32
            let p = mmap(nil, GraphvizRenderer.arenaSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
            guard let p, p != MAP_FAILED else { return nil }
            GraphvizRenderer.arena = p
            GraphvizRenderer.arenaUsed = 0
            return p
        },
        alloc: { _, req in GraphvizRenderer.bump(req) },
        resize: { _, ptr, old, req in
            guard let fresh = GraphvizRenderer.bump(req) else { return nil }
            if let ptr { fresh.copyMemory(from: ptr, byteCount: Swift.min(old, req)) }
            return fresh
        },
        free: { _, _ in },
        close: { _ in
            if let a = GraphvizRenderer.arena { munmap(a, GraphvizRenderer.arenaSize) }
            GraphvizRenderer.arena = nil
        }
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

    /// Fresh zeroed memory from the arena, 16-byte aligned.
    private static func bump(_ req: Int) -> UnsafeMutableRawPointer? {
        guard let a = arena else { return nil }
        let size = (Swift.max(req, 1) + 15) & ~15
        guard arenaUsed + size <= arenaSize else { return nil }
        defer { arenaUsed += size }
        return a + arenaUsed
    }

    /// Parses DOT text with the deterministic disciplines.
    private static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        input = Array(dot.utf8)
        inputPos = 0
        defer { input = [] }
        // cgraph's own id discipline, found by name (Swift 6 forbids touching the C global directly)
        guard let ids = dlsym(nil, "AgIdDisc") else { return nil }
        var disc = Agdisc_t(mem: &memDisc, id: ids.assumingMemoryBound(to: Agiddisc_t.self), io: &ioDisc)
        return withUnsafeMutablePointer(to: &disc) { agread(nil, $0) }
    }

    static func lastMessage(or fallback: String) -> String {
        let m = messages.filter { !$0.isEmpty }.joined(separator: "; ")
        return m.isEmpty ? fallback : m
    }
}
