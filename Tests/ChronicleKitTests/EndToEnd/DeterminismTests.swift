import Foundation
import Testing
@testable import ChronicleKit

/// The same input gives byte-identical outputs.
@Suite struct DeterminismTests {
    @Test func twoRunsWriteIdenticalFiles() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-det-\(getpid())")
        print("DETDIR", base.path)
        let analyzer = Analyzer(pipeline: Support.pipeline)
        var outputs: [[String: Data]] = []
        for run in 0..<2 {
            let dir = base.appendingPathComponent("run\(run)").path
            let r = try analyzer.run(inputs: [Support.seedDir], outDir: dir)
            #expect(r.problems.isEmpty)
            var files: [String: Data] = [:]
            for name in ["chronicle.json", "timeline.dot", "timeline.svg", "graph.dot", "graph.svg", "report.md"] {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            }
            outputs.append(files)
        }
        for (name, data) in outputs[0] {
            #expect(!data.isEmpty, "\(name) is empty")
            #expect(outputs[1][name] == data, "\(name) differs between runs")
        }
    }
}
