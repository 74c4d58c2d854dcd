import Testing
@testable import ChronicleKit

/// People in US political news have no title and often no listed given name.
@Suite struct SpeakerNameTests {
    @Test func nameBeforeASpeechVerbIsAPerson() {
        let a = Support.analyze("Title\n\nReince Priebus said the party would unite. Later, Priebus said it again.")
        #expect(a.actors.actors["Reince Priebus"]?.kind == .person)
        // the surname alone joins the full name, and the statement's speaker is the full name
        #expect(a.statements.allSatisfy { $0.speaker == "Reince Priebus" }, "\(a.statements.map { ($0.speaker, $0.text) })")
    }

    @Test func nameWithAppositiveRole() {
        let a = Support.analyze("Title\n\nBrian Fallon, a spokesman for the campaign, declined to comment. He said the report was false.")
        #expect(a.actors.actors["Brian Fallon"]?.kind == .person)
        #expect(a.statements.contains { $0.speaker == "Brian Fallon" && $0.text == "the report was false" })
    }

    @Test func articleBeforeCapitalsIsNotAPerson() {
        let a = Support.analyze("Title\n\nThe Border Patrol said the wall was needed.")
        #expect(a.actors.actors["Border Patrol"]?.kind != .person)
    }
}
