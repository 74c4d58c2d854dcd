import Foundation
import Testing
@testable import ChronicleKit

/// Every input in `Fixtures/fuzz/TARGET/` (crashes the fuzzers found, once fixed, and hard
/// cases) runs through its fuzz target; a broken invariant traps and fails the run.
@Suite struct FuzzRegressionTests {
    static let cases: [String] = {
        let root = Support.fixtures.appendingPathComponent("fuzz")
        var out: [String] = []
        for target in FuzzTargets.names {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(target).path)) ?? []
            out += files.sorted().map { "\(target)/\($0)" }
        }
        return out
    }()

    @Test func corpusIsThere() { #expect(Self.cases.count >= 3) }

    @Test(arguments: cases) func regression(_ name: String) throws {
        let data = try Data(contentsOf: Support.fixtures.appendingPathComponent("fuzz/\(name)"))
        FuzzTargets.run(String(name.split(separator: "/")[0]), data)
        // and the seeds, through every target
        for target in FuzzTargets.names { FuzzTargets.run(target, Data("Title\n\n\"We will win,\" Foreign Minister John Smith said on Monday.".utf8)) }
    }
}
