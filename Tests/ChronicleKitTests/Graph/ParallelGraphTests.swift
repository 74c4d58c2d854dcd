import Foundation
import Testing
@testable import ChronicleKit

/// The graph and the chronology made on several threads are the ones made on one.
@Suite struct ParallelGraphTests {
    @Test func chunksCoverEveryIndexOnceInOrder() {
        for (count, jobs, minChunk) in [(0, 2, 1), (1, 2, 1), (7, 1, 1), (100, 2, 1), (1000, 3, 64), (5, 4, 64)] {
            let chunks = Parallel.chunks(count, jobs: jobs, minChunk: minChunk)
            #expect(chunks.flatMap { Array($0) } == Array(0..<count))
            #expect(chunks.allSatisfy { !$0.isEmpty })
            if jobs == 1 { #expect(chunks.count <= 1) }
            if count >= 100 && jobs > 1 { #expect(chunks.count > 1) }
        }
        for jobs in [1, 2, 4] {
            // strings: the results are written in place, each once (a leak or a double free
            // shows as a wrong value or a crash under the sanitizers)
            let words = Parallel.map(1000, jobs: jobs) { "word \($0) " + String(repeating: "x", count: $0 % 40) }
            #expect(words == (0..<1000).map { "word \($0) " + String(repeating: "x", count: $0 % 40) })
            // each index writes its own count of elements; the lists join in index order
            let counts = (0..<300).map { $0 % 5 }
            let (flat, sums) = Parallel.flatMap(counts: counts, jobs: jobs) { i, out -> Int in
                for k in 0..<counts[i] { out.initializeElement(at: k, to: "\(i).\(k)") }
                return i * 10
            }
            #expect(flat == counts.enumerated().flatMap { i, n in (0..<n).map { "\(i).\($0)" } })
            #expect(sums == (0..<300).map { $0 * 10 })
            #expect(Parallel.flatMap(counts: [0, 0], jobs: jobs) { (_, _: UnsafeMutableBufferPointer<Int>) in 1 } == ([], [1, 1]))
        }
    }

    @Test func devFixturesGiveTheSameChronologyOnEveryJobCount() throws {
        let dir = Support.fixtures.appendingPathComponent("polnear-dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        // the seeds too (named events, declarations), in an order the builder has to sort
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Support.seedDir).sorted().map { Support.seedDir + "/" + $0 }
        let paths = (files.map { dir.appendingPathComponent($0).path } + seeds).reversed()
        let analyses = try paths.map { try Support.pipeline.analyze(path: $0) }
        #expect(analyses.count == 86)
        let one = Chronology(corpus: EventGraphBuilder().build(analyses))
        #expect(one.events.count > 100 && one.statements.count > 500)
        let json = ChronicleJSONWriter().write(one)
        for jobs in [2, 3, 8] {
            let many = Chronology(corpus: EventGraphBuilder().build(analyses, jobs: jobs), jobs: jobs)
            #expect(many == one)
            #expect(ChronicleJSONWriter().write(many) == json)
        }
    }
}
