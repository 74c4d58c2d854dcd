import Testing
@testable import ChronicleKit

/// The cue finder reads the case of personal pronouns from the `case` and `verb` columns of the
/// `attribution-words` lexicon (session 32: no pronoun lists in code). Each reading with the
/// example its comment in the lexicon gives.
@Suite struct PronounCaseTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func theCasesComeFromTheLexicon() throws {
        let cues = CueFinder(book: try RuleBook.standard())
        for w in ["he", "she", "they", "we", "i"] { #expect(cues.subjectPronouns.contains(w), "\(w)") }
        for w in ["him", "her", "them", "us", "me"] { #expect(cues.objectPronouns.contains(w), "\(w)") }
        for w in ["it", "you"] { #expect(cues.caselessPronouns.contains(w), "\(w)") }
        for w in ["they", "we", "i", "you"] { #expect(cues.pluralSubjects.contains(w), "\(w)") }
        // no pronoun is of two cases, and "he", "it" take a verb in -s
        #expect(cues.subjectPronouns.words.isDisjoint(with: cues.objectPronouns.words))
        #expect(cues.subjectPronouns.words.isDisjoint(with: cues.caselessPronouns.words))
        #expect(!cues.pluralSubjects.contains("he") && !cues.pluralSubjects.contains("it"))
    }

    @Test func aSubjectPronounOpensTheReportedClause() {
        // case subject: "show" before "he" is a verb whose clause "he" opens
        let d = found("But that gap has taken on new urgency after leaked documents from his 1995 tax return show he took a massive $916 million loss.")
        #expect(d.contains { $0.cue == "show" && $0.content.hasPrefix("he took") }, "\(d)")
        // and a verb in -ed after it ends a relative clause without "that"
        let e = found("In Mrs. Clinton's favor, all the experts I interviewed said her proposals were more detailed and transparent.")
        #expect(e.first { $0.cue == "said" }?.source == "all the experts I interviewed", "\(e)")
    }

    @Test func anObjectPronounMakesTheFormAVerb() {
        let a = Support.analyze("Title\n\nVideo of the incident shows him with his hands in the air. The shows were cancelled.\n")
        #expect(a.statements.contains { $0.cue == "shows" && $0.text.hasPrefix("him") })
        #expect(a.statements.count == 1)
    }

    @Test func aPluralPronounTakesAVerbWithoutS() {
        // verb plural: "they" before the base form "say" is its subject
        let f = found("The two officials met on Monday. They say the talks will go on.")
        #expect(f.contains { $0.cue == "say" && $0.source == "They" && $0.content == "the talks will go on" }, "\(f)")
    }
}
