import Foundation
import Testing
import ChronicleKit

/// One person across articles on PostgreSQL as on SQLite (issues 15: 13 and 19: 4): the
/// spellings of one name are one actor, other first names with the same surname never are, and
/// a surname alone resolves to the most mentioned compatible full name, whatever the batch size.
@Suite(.serialized, .enabled(if: PG.enabled, "CHRONICLE_PG_TESTS=0: PostgreSQL tests skipped"))
struct PostgresNameTests {

    @Test func namesResolveTheSameOnPostgreSQLAndSQLiteForEveryBatchSize() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // the articles of PersonNameTests
        let articles = CLITests.root.appendingPathComponent("Tests/ChronicleKitTests/Fixtures/person-names")
        let pg1 = try PG.freshDatabase("names1"), pg7 = try PG.freshDatabase("names7")
        defer { PG.drop(pg1); PG.drop(pg7) }
        let sqlite1 = dir.appendingPathComponent("s1.sqlite").path, sqlite7 = dir.appendingPathComponent("s7.sqlite").path
        for (store, size) in [(sqlite1, "1"), (sqlite7, "7"), (pg1, "1"), (pg7, "7")] {
            let r = try CLITests.run(["ingest", articles.path, "--store", store, "--date", "2021-02-15", "--batch-size", size, "--jobs", "1"])
            #expect(r.status == 0, "\(r.err)")
        }
        let queries: [[String]] = [["said", "--by", "Bernie Sanders"], ["said", "--by", "Sarah Sanders"], ["said", "--by", "Sanders"],
                                   ["said", "--by", "Zelenskiy"], ["said", "--by", "Olena Zelenska"], ["actor", "Sanders"], ["actor", "Volodymyr Zelensky"]]
        for q in queries {
            let answers = try [sqlite1, sqlite7, pg1, pg7].map { try CLITests.run(["query"] + q + ["--store", $0, "--format", "csv"]) }
            #expect(answers.allSatisfy { $0.status == 0 }, "\(q): \(answers.map(\.err))")
            #expect(Set(answers.map(\.out)).count == 1, "\(q): answers differ")
        }
        func said(_ name: String) throws -> String { try CLITests.run(["query", "said", "--by", name, "--store", pg1, "--format", "csv"]).out }
        // "Sanders" alone (g.txt) is Bernie, the Sanders most mentioned; never Sarah
        #expect(try said("Bernie Sanders").contains("g.txt"))
        #expect(try !said("Sarah Sanders").contains("g.txt"))
        // the three spellings of Zelensky are one speaker; his wife is not him
        let z = try said("Zelenskiy")
        #expect(["a.txt", "b.txt", "c.txt"].allSatisfy { z.contains($0) } && !z.contains("d.txt"), "\(z)")
    }
}
