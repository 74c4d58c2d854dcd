import ArgumentParser
import ChronicleKit
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the timeline or the event graph of a store or a chronicle.json.",
        discussion: "Rendering happens in process through the Graphviz library. DOT output needs no layout."
    )

    @Argument(help: "A store (.sqlite) or a chronicle.json.")
    var input: String

    @Option(help: "timeline or graph.")
    var view: String = "timeline"

    @Option(help: "svg, png, pdf or dot.")
    var format: String = "svg"

    @Option(name: [.short, .customLong("output")], help: "The file to write ('-' for stdout).")
    var output: String

    @Option(help: "Only what involves this actor (a name or alias).")
    var actor: String?

    @Option(help: "Only dated facts from this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only dated facts up to this date.")
    var to: String?

    @Option(help: "Kinds to show, comma-separated. Graph: actor,event,statement,date. Timeline: event, statement, an event kind (meeting, military…) or direct, reported.")
    var kinds: String?

    @Option(help: "At most this many graph nodes; the most connected are kept.")
    var maxNodes: Int = 150

    @Option(help: "At most this many actor lanes on the timeline.")
    var maxLanes: Int = 24

    @Option(help: "At most this many date columns per timeline figure; a longer timeline is split by period into several figures.")
    var maxColumns: Int = 8

    @Flag(help: "Timeline: write each figure (period) to its own file, NAME-1.svg, NAME-2.svg… instead of one drawing.")
    var split = false

    @Option(help: "Layout engine of the graph view: dot, sfdp, neato or fdp (default: dot up to 60 nodes, else sfdp).")
    var layout: String?

    @Option(help: "Lay out and render this many times (for leak checks and timing); prints the time per phase.")
    var `repeat`: Int = 1

    @Flag(help: "Only facts marked verified (chronicle facts verify, or serve --review).")
    var verifiedOnly = false

    @Option(help: "An aliases file (canonical name, variants, kind) applied on top of the stored decisions.")
    var aliases: String?

    func validate() throws {
        guard ["timeline", "graph"].contains(view) else { throw ValidationError("--view must be timeline or graph, not '\(view)'") }
        guard ["svg", "png", "pdf", "dot"].contains(format) else { throw ValidationError("--format must be svg, png, pdf or dot, not '\(format)'") }
        if let problem = DateArgument.windowProblem(from: from, to: to) { throw ValidationError(problem) }
        if let k = kinds {
            let known = view == "timeline" ? Diagrams.timelineKinds : ["actor", "event", "statement", "date"]
            for x in k.split(separator: ",") where !known.contains(String(x)) {
                throw ValidationError("unknown \(view == "timeline" ? "timeline" : "node") kind '\(x)' (\(known.joined(separator: ", ")))")
            }
        }
        if split && (view != "timeline" || output == "-") { throw ValidationError("--split needs --view timeline and an output file") }
        if let l = layout, !["dot", "sfdp", "neato", "fdp", "circo", "twopi"].contains(l) { throw ValidationError("unknown --layout '\(l)'") }
        guard maxNodes > 0, maxLanes > 0, maxColumns > 0 else { throw ValidationError("--max-nodes, --max-lanes and --max-columns must be positive") }
    }

    func run() throws {
        let store = try ChronologySource.openReviewed(input, aliases: aliases, verifiedOnly: verifiedOnly)
        // weak person names ("Trump" alone) drawn as the full name queries take them for
        let (chronology, joined) = WeakNames.resolve(try store.load(documents: nil))
        var options = Diagrams.Options()
        if let a = actor { options.actor = try Chronicler(store: store).resolve(a).first.map { joined[$0] ?? $0 } }
        options.from = from
        options.to = to
        options.kinds = Set((kinds ?? "").split(separator: ",").map(String.init))
        options.maxNodes = maxNodes
        options.maxLanes = maxLanes
        options.maxColumns = maxColumns
        options.graphLayout = layout
        let diagrams = Diagrams(options: options)
        if split {
            let figures = diagrams.timelineFigures(chronology)
            let ext = (output as NSString).pathExtension, stem = ext.isEmpty ? output : String(output.dropLast(ext.count + 1))
            for (k, figure) in figures.enumerated() {
                let path = "\(stem)-\(k + 1).\(format)"
                do {
                    let data = try format == "dot" ? Data(figure.dot().utf8) : GraphvizRenderer().render(figure, format: format)
                    try OutputFile.write(data, to: path)
                } catch ChronicleError.graphviz(let message) {
                    throw ChronicleError.cannotDraw(path: path, message: message)
                }
            }
            FileHandle.standardError.write(Data("\(figures.count) figure\(figures.count == 1 ? "" : "s"): \(stem)-1.\(format)…\n".utf8))
            return
        }
        let t0 = Date()
        let graph = view == "timeline" ? diagrams.timeline(chronology) : diagrams.graph(chronology)
        let dot = graph.dot()
        let t1 = Date()
        var data = Data(dot.utf8)
        if format != "dot" {
            do {
                for _ in 0..<max(1, `repeat`) { data = try GraphvizRenderer().render(dot: dot, format: format, layout: graph.engine) }
            } catch ChronicleError.graphviz(let message) {
                throw ChronicleError.cannotDraw(path: output == "-" ? "stdout" : output, message: message)
            }
        }
        if `repeat` > 1 || ProcessInfo.processInfo.environment["CHRONICLE_TIMING"] != nil {
            let t2 = Date()
            FileHandle.standardError.write(Data(String(format: "dot %.3f s, layout+render %.3f s per cycle (%d cycles)\n",
                                                       t1.timeIntervalSince(t0), t2.timeIntervalSince(t1) / Double(max(1, `repeat`)), max(1, `repeat`)).utf8))
        }
        if output == "-" { FileHandle.standardOutput.write(data) } else {
            try OutputFile.write(data, to: output)
        }
    }
}
