import Foundation
import Testing
@testable import ChronicleKit

/// A reported statement's cell in the timeline reads with its own verb when what was said
/// follows it ("called on Moscow to release …"), else "said that …" (session 20: the seed's
/// "Vilnius has called on Moscow to release …" read "said that Moscow to release …").
@Suite struct StatementCellTests {
    @Test func aReportedStatementReadsWithItsVerb() throws {
        let c = try Support.chronology(["a.txt": "date 2021-02-15\n\nLithuania calls for release\n\nVilnius has called on Moscow to release all Ukrainian prisoners. Foreign Minister Gabrielius Landsbergis said that the talks had failed."])
        let dot = Diagrams().timeline(c).dot()
        #expect(dot.contains("called on Moscow to release"), "\(dot)")
        #expect(!dot.contains("said that Moscow"), "\(dot)")
        // "said that …" keeps its "that"
        #expect(dot.contains("said that the talks had"), "\(dot)")
    }
}
