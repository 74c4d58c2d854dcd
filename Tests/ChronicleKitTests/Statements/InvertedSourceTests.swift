import Testing
@testable import ChronicleKit

/// The source after an inverted cue (session 24): a long description with a participle and an
/// acronym before the name, and a day after it.
@Suite struct InvertedSourceTests {
    func speakers(_ text: String) -> [String: String?] {
        let a = Support.analyze("Title\n\n" + text + "\n", date: "1998-09-11")
        var out: [String: String?] = [:]
        for s in a.statements { out[s.text] = s.speaker }
        return out
    }

    @Test func aDescriptionWithAParticipleBeforeTheNameSpeaks() {
        let s = speakers("\"He was the last of the old-school bosses,\" said ex-NYPD organized crime detective Joe Coffey. \"He was a tough boss,\" said former NYPD detective Jane Roe on Monday.")
        #expect(s.first { $0.key.contains("old-school") }?.value == "Joe Coffey", "\(s)")
        #expect(s.first { $0.key.contains("tough boss") }?.value == "Jane Roe", "\(s)")
    }

    @Test func aDayAfterTheNameEndsTheSource() {
        let a = Support.analyze("Title\n\n\"He was a good boss,\" said detective Joe Coffey Monday. \"The crowd was calm all night,\" said a reporter for USA Today.\n", date: "1998-09-11")
        let good = a.statements.first { $0.text.contains("good boss") }
        #expect(good?.speaker == "Joe Coffey", "\(a.statements)")
        #expect(good?.date == "1998-09-07", "\(a.statements)")
        // a capitalised "Today" in a name is no day
        let fine = a.statements.first { $0.text.contains("crowd was calm") }
        #expect(fine.flatMap { $0.sourceSpan.map { a.document.text($0) } }?.hasSuffix("USA Today") == true, "\(a.statements)")
    }

    /// Besides the verbs of saying and telling, "ask" and "continue" put their subject after them
    /// (`CueFinder.verbReading`'s `inverts`); "praised" does not.
    @Test func askAndContinueInvert() {
        let s = speakers("\"We will not stop here,\" continued Governor Ron DeSantis. \"Where is the money?\" asked Senator Jane Roe.")
        #expect(s.first { $0.key.contains("stop here") }?.value == "Ron DeSantis", "\(s)")
        #expect(s.first { $0.key.contains("the money") }?.value == "Jane Roe", "\(s)")
    }
}

/// A cue set off by commas inside its clause, and an age in the source (session 24).
@Suite struct ParentheticalCueTests {
    @Test func aCueInsideItsClauseReportsTheWholeClause() {
        let a = Support.analyze("Title\n\nThe decision, officials said, was final. The museum, the mayor said, would open in May.\n")
        let d = a.statements.first { $0.text.hasPrefix("The decision") }
        #expect(d?.parts.count == 2, "\(a.statements)")
        #expect(d.map { a.document.text($0.parts[1]) } == "was final", "\(a.statements)")
        // a cue that closes its sentence keeps the text before it only
        let b = Support.analyze("Title\n\nThe talks failed, officials said, adding that a new round was planned.\n")
        #expect(b.statements.first { $0.cue == "said" }.map { $0.parts.count } == 1, "\(b.statements)")
    }

    @Test func anAgeAfterTheDeterminerIsPartOfTheSource() {
        let a = Support.analyze("Title\n\nAndy Murray won. \"Thompson was not so easy to box,\" said the 36-year-old Murray.\n")
        #expect(a.statements.first { $0.text.contains("not so easy") }?.speaker == "Andy Murray", "\(a.statements)")
    }
}
