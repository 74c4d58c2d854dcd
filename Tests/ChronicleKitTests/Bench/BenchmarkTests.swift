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
        // the whole is every stage as the analysis runs it, the syntax row (the tagger by default) included
        #expect(abs(r.analysisSeconds - r.stages.reduce(0) { $0 + $1.1 }) < 1e-9)
        #expect(r.stages.first { $0.0 == "syntax" }!.1 > 0)
        // the parser is timed apart, and costs more than the tagger alone
        #expect(r.syntaxWithParseSeconds > r.stages.first { $0.0 == "syntax" }!.1)
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

    @Test func withoutTheParserOnlyTheAnalysisIsTimed() throws {
        let r = try Benchmark(pipeline: Support.pipeline).run(texts: try seedTexts(), repeats: 1, jobs: 1, scales: [1],
                                                               analysisOnly: true, withParser: false)
        #expect(r.syntaxWithParseSeconds == 0)
        #expect(r.stages.first { $0.0 == "syntax" }!.1 > 0)
        #expect(!Benchmark.text(r).contains("with the parser"))
    }

    @Test func residentMemoryIsReadFromTheSystem() {
        // the models and the test process hold several MB; the peak is never below the present
        let now = Benchmark.currentRSS(), peak = Benchmark.peakRSS()
        #expect(now > 1)
        #expect(peak >= now - 1)
    }
}

/// The laps `chronicle bench` times come from the analysis's own code path.
@Suite struct PipelineLapTests {
    @Test func everyStageLapsOnceInOrderAndTheAnalysisIsTheSame() throws {
        let text = "date 2019-03-04\n\nMoscow, Monday. President Vladimir Putin met Recep Tayyip Erdogan on Monday. \"We agreed,\" Putin said.\n"
        var laps: [Pipeline.Stage] = []
        var work = StageWork(), plainWork = StageWork()
        let timed = Support.pipeline.analyze(id: "a", text: text, work: &work) { laps.append($0) }
        let plain = Support.pipeline.analyze(id: "a", text: text, work: &plainWork)
        #expect(laps == Pipeline.Stage.allCases)
        #expect(work == plainWork)
        #expect(timed.statements.map(\.text) == plain.statements.map(\.text) && !timed.statements.isEmpty)
        #expect(timed.events.count == plain.events.count && !timed.events.isEmpty)
        #expect(timed.actors.actors.keys.sorted() == plain.actors.actors.keys.sorted())
    }
}
