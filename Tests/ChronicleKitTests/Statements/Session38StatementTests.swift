import Testing
@testable import ChronicleKit

/// Session 38 (issue 19): the speaker of a source phrase "X of the Y".
@Suite struct Session38StatementTests {
    @Test func aPersonBeforeOfSpeaksNotTheOrganisationAfterIt() throws {
        // PolNeAR dev: "Mr. Morgan of the Sierra Club said" went to the Sierra Club
        let a = Support.analyze("Jens Stoltenberg of NATO said the alliance would act. Peter Morgan of the Sierra Club said the plan was wrong.")
        let s1 = try #require(a.statements.first { $0.text.contains("alliance would act") }, "\(a.statements.map(\.text))")
        #expect(s1.speaker == "Jens Stoltenberg", "\(s1.speaker ?? "-")")
        let s2 = try #require(a.statements.first { $0.text.contains("plan was wrong") }, "\(a.statements.map(\.text))")
        #expect(s2.speaker == "Peter Morgan", "\(s2.speaker ?? "-")")
    }

    @Test func noNameBeforeOfKeepsTheOuterPhrase() throws {
        // "Associates of X alleged": no person named before "of", the outer phrase speaks
        let a = Support.analyze("Associates of Alexei Navalny said he drank tea laced with poison.")
        let s = try #require(a.statements.first { $0.text.contains("drank tea") }, "\(a.statements.map(\.text))")
        #expect(s.speaker != "Alexei Navalny", "\(s.speaker ?? "-")")
    }
}
