import Testing
@testable import ChronicleKit

/// The trigger lexicon: every entry finds a trigger of its own in its example; forms are made
/// by the English spelling rules; bad lines are named.
@Suite struct TriggerLexiconTests {
    static let lexicon = try! TriggerLexicon.standard()
    static let finder = TypedEventFinder(lexicon: lexicon)

    @Test(arguments: TriggerLexiconTests.lexicon.entries.map(\.id))
    func entryFindsItsExample(id: String) throws {
        let e = try #require(Self.lexicon.entries.first { $0.id == id })
        let a = Support.analyze("Title\n\n" + e.example)
        let typed = Self.finder.find(a.document, actors: a.actors, times: a.times)
        #expect(typed.contains { $0.mentions.contains { $0.rule == "trigger." + id } }, "\(id) (triggers.tsv:\(e.line)) finds nothing in: \(e.example)")
    }

    /// Session 11: a headline in title case or capitals is read as in lower case ("Killed",
    /// "Charged" are triggers there); inside a sentence a capital still marks a name.
    @Test func titleCaseHeadlinesAreReadInLowerCase() {
        for title in ["Woman Killed In Queens Crash, Driver Charged", "WOMAN KILLED IN QUEENS CRASH, DRIVER CHARGED"] {
            let a = Support.analyze(title + "\n\nThe police said on Friday that the driver fled.")
            let typed = Self.finder.find(a.document, actors: a.actors, times: a.times)
            let triggers = Set(typed.flatMap { $0.mentions.map { a.document.text($0.span).lowercased() } })
            #expect(triggers.isSuperset(of: ["killed", "charged"]), "\(title): \(triggers.sorted())")
        }
        #expect(TypedEventFinder.isTitleCase(0..<0, []) == false)
        let sentence = Support.analyze("Title\n\nThe Commission on Arbitrary Detention met in Geneva.")
        let typed = Self.finder.find(sentence.document, actors: sentence.actors, times: sentence.times)
        #expect(!typed.contains { $0.mentions.contains { $0.rule == "trigger.legal.detention.n" || $0.rule == "trigger.arrest.detention.n" } })
    }

    @Test func everyKindHasEntriesAndEveryEntryAKnownKind() {
        let kinds = Set(Self.lexicon.entries.map(\.kind))
        #expect(kinds == Set(EventKinds.compact))
        #expect(Self.lexicon.entries.count >= 250)
    }

    @Test func regularFormsFollowSpelling() {
        let forms = Dictionary(TriggerLexicon.verbForms("ban"), uniquingKeysWith: { a, _ in a })
        #expect(forms["banned"] == .past && forms["banning"] == .gerund && forms["bans"] == .base)
        let deny = Set(TriggerLexicon.verbForms("deny").map(\.0))
        #expect(deny.isSuperset(of: ["denies", "denied", "denying"]))
        let seize = Set(TriggerLexicon.verbForms("seize").map(\.0))
        #expect(seize.isSuperset(of: ["seizes", "seized", "seizing"]))
        #expect(TriggerLexicon.plural("crash") == "crashes" && TriggerLexicon.plural("embassy") == "embassies")
    }

    /// Session 31: a line whose forms are `=` is a reading: no form or lemma finds it, a rule
    /// gives it by its id ("military.fire.v", an active "fired" that dismisses no one).
    @Test func aReadingIsFoundByItsIdOnly() throws {
        let shot = try #require(Self.lexicon.reading("military.fire.v"))
        #expect(shot.kind == "military" && shot.plover == "ASSAULT" && shot.cameo == "19" && shot.frame == ["at", "on"])
        #expect(!Self.lexicon.entries(lemma: "fire").contains { $0.id == "military.fire.v" })
        #expect(Self.lexicon.reading("election.fire.v") == nil)
        let t = try TriggerLexicon(text: "a.v\tmeet\t=\tv\tmeeting\t-\t-\t-\tThey met.", file: "t.tsv")
        #expect(t.reading("a.v")?.lemma == "meet" && t.entries(lemma: "meet").isEmpty && t.matches(at: 0, tokens: Tokenizer().tokenize(Array("met".unicodeScalars)), limit: 1).isEmpty)
    }

    @Test func lemmaSeamGivesTheEntries() {
        #expect(Self.lexicon.entries(lemma: "meet").map(\.kind) == ["meeting"])
        #expect(Self.lexicon.entries(lemma: "shoot down").first?.plover == "ASSAULT")
    }

    @Test func badLinesAreNamed() {
        #expect(throws: ChronicleError.self) { try TriggerLexicon(text: "a.v\tmeet\t-\tv\tnot-a-kind\t-\t-\t-\tThey met.", file: "t.tsv") }
        #expect(throws: ChronicleError.self) { try TriggerLexicon(text: "a.v\tmeet\t-\tq\tmeeting\t-\t-\t-\tThey met.", file: "t.tsv") }
        #expect(throws: ChronicleError.self) { try TriggerLexicon(text: "a.v\tmeet", file: "t.tsv") }
        #expect(throws: ChronicleError.self) {
            try TriggerLexicon(text: "a.v\tmeet\t-\tv\tmeeting\t-\t-\t-\tThey met.\na.v\tmeet\t-\tv\tmeeting\t-\t-\t-\tThey met.", file: "t.tsv")
        }
    }
}
