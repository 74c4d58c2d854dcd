import Foundation
import Testing
@testable import ChronicleKit

/// `TabularFile.rows` reads on the UTF-8 bytes (session 20: it was the largest cost of loading
/// the trigger lexicon); these are the rules it keeps.
@Suite struct TabularFileTests {
    @Test func commentsAndBlankLinesAreSkippedAndCellsTrimmed() throws {
        let text = "# c\n\nid\tlemma\n  a.b \t  meet \n \t \nc.d\t’s\u{00A0}\r\ne.f\t\n"
        let rows = try TabularFile.rows(text, file: "t.tsv", columns: ["id", "lemma"])
        #expect(rows.map(\.line) == [3, 4, 6, 7])
        #expect(rows.map(\.cells) == [["id", "lemma"], ["a.b", "meet"], ["c.d", "’s"], ["e.f", ""]])
    }

    @Test func aLineWithAnotherNumberOfCellsNamesItsLine() {
        #expect(throws: ChronicleError.lexiconSyntax(file: "t.tsv", line: 2, message: "3 columns, expected 2 (id lemma)")) {
            try TabularFile.rows("a\tb\nc\td\te\n", file: "t.tsv", columns: ["id", "lemma"])
        }
    }
}
