import Testing
@testable import ChronicleKit

/// A capitalised word that speaks ("Okwudire said") and that the article gave earlier after
/// another capitalised word is a surname, and the two words are a full name, whatever the given
/// name (rule `actor.person.speaker-name`). Common words are not names.
@Suite struct SpeakerNameLearningTests {
    @Test func aSpeakersSurnameFindsTheFullNameGivenBefore() {
        let a = Support.analyze("Title\n\nChinedum Okwudire, a professor at the university, built the device. \"It is fine,\" Okwudire said. Okwudire said the printer works.")
        let p = a.actors.actors["Chinedum Okwudire"]
        #expect(p?.kind == .person, "\(a.actors.actors.keys.sorted())")
        #expect(p?.mentions.count == 3)
        #expect(a.statements.count == 2)
        #expect(a.statements.allSatisfy { $0.speaker == "Chinedum Okwudire" }, "\(a.statements.map { $0.speaker ?? "-" })")
        for m in a.actors.mentions { #expect(a.document.text(m.provenance.span) == m.text) }
    }

    @Test func commonWordsAreNoNames() {
        let a = Support.analyze("Title\n\nYesterday Okwudire said the test passed. Questioning Vindman, Castor said nothing. Officials said the plan works, and officials agreed. St. Martin said no.")
        let people = a.actors.actors.values.filter { $0.kind == .person }.map(\.name)
        #expect(!people.contains { $0.hasPrefix("Yesterday") || $0.hasPrefix("Questioning") || $0.hasPrefix("Officials") || $0.hasPrefix("St.") }, "\(people)")
    }
}
