import Testing
import ChronicleKit

/// The README's library example, as written there.
@Suite struct LibraryExampleTests {
    @Test func readmeExampleRuns() throws {
        let pipeline = try Pipeline()
        let analysis = pipeline.analyze(id: "a.txt", text: "Title\n\n\"We will win,\" Foreign Minister John Smith said on Monday.", date: "2021-02-15")
        var lines: [String] = []
        for s in analysis.statements { lines.append("\(s.speaker ?? "?") \(s.text) \(s.date ?? "undated")") }
        #expect(lines == ["John Smith We will win 2021-02-15"])
    }
}
