import Foundation
import Testing
@testable import ChronicleKit

/// What `chronicle bench` reports (its shape, not its speed: speed is never a test).
@Suite struct BenchmarkTests {
    func seedTexts() throws -> [(String, String)] {
        let dir = URL(fileURLWithPath: Support.seedDir)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func analysisOnlyReportsEveryStageAndTheParallelWhole() throws {
        let texts = try seedTexts()
        let r = try Benchmark(pipeline: Support.pipeline).run(texts: texts, repeats: 1, jobs: 2, scales: [], analysisOnly: true)
        #expect(r.documents == texts.count)
        #expect(r.words > 500)
        #expect(r.stages.map(\.0) == ["text", "syntax", "time", "actors", "statements", "events", "graph"])
        #expect(r.stages.allSatisfy { $0.1 >= 0 })
        // the whole counts the syntax stage only when the pipeline runs it (on by default)
        let counted = r.stages.filter { $0.0 != "syntax" || Support.pipeline.runsSyntax }.reduce(0) { $0 + $1.1 }
        #expect(abs(r.analysisSeconds - counted) < 1e-9)
        #expect(r.tokens > 500)
        let parallel = try #require(r.parallelSeconds)
        #expect(parallel > 0)
        let graph = try #require(r.parallelGraphSeconds)
        #expect(graph > 0 && graph <= parallel)
        #expect(Benchmark.text(r).contains("whole --jobs 2"))
        #expect(r.scaling.isEmpty)
    }

    @Test func oneJobMeasuresNoParallelRun() throws {
        let r = try Benchmark(pipeline: Support.pipeline).run(texts: try seedTexts(), repeats: 1, jobs: 1, scales: [1], analysisOnly: true)
        #expect(r.parallelSeconds == nil)
        #expect(r.parallelGraphSeconds == nil)
    }
}
