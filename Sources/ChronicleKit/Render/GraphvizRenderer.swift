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
        guard let g = agmemread(dot) else {
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

    static func lastMessage(or fallback: String) -> String {
        let m = messages.filter { !$0.isEmpty }.joined(separator: "; ")
        return m.isEmpty ? fallback : m
    }
}
