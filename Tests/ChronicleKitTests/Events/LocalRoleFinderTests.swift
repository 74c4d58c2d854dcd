import Testing
@testable import ChronicleKit

/// The subject read without the parse (`LocalRoleFinder.subjectPhrase`), session 26: an apposition
/// set off by commas between a subject and its verb (an age, or a phrase opened by an article).
@Suite struct LocalRoleFinderTests: TypedEventTesting {
    func agent(_ e: [Event], _ word: String) -> String? {
        e.first { $0.text.hasPrefix(word) }?.typing?.arguments.first { $0.role == "agent" || $0.role == "target" }?.text
    }

    @Test func theSubjectBeforeAnApposition() {
        let age = typed("Robert Buckley, 32, fell about 2,000 feet on Saturday while climbing the mountain.", date: "2013-09-16")
        #expect(agent(age, "fell") == "Robert Buckley", "\(seen(age))")
        let noun = typed("The climber, a 36-year-old man, fell 200 feet from a ridge on Friday.", date: "2013-09-16")
        #expect(agent(noun, "fell") == "The climber", "\(seen(noun))")
    }

    /// The passive's subject is its target: "Anthony LaCalamita III, 38, was arraigned".
    @Test func thePassiveSubjectBeforeAnAge() {
        let e = typed("Anthony LaCalamita, 38, was arraigned on Wednesday on murder charges.", date: "2007-04-11")
        #expect(agent(e, "arraigned") == "Anthony LaCalamita", "\(seen(e))")
    }
}
