import Testing
@testable import ChronicleKit

/// Typed events read from the dependency parse: roles (passives, control, nominal events,
/// relative clauses, coordination), noun or verb, status and the clause's own date.
@Suite struct ParseRoleFinderTests {
    static let finder = try! TypedEventFinder()
    static let syntax = SyntaxAnalyzer(model: try! SyntaxModel.standard())

    func typed(_ body: String, date: String? = "2021-02-15") -> [Event] {
        var a = Support.analyze("Title\n\n" + body, date: date)
        a.document.syntax = Self.syntax.analyze(a.document)
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    func arg(_ e: Event?, _ role: String) -> EventTyping.Argument? { e?.typing?.arguments.first { $0.role == role } }
    func event(_ es: [Event], _ trigger: String) -> Event? { es.first { $0.text == trigger } }

    @Test func rolesComeFromTheParse() {
        let e = typed("Germany imposed new sanctions on Belarus.")
        let s = event(e, "imposed new sanctions") ?? e.first { $0.kind == "sanction" }
        #expect(arg(s, "agent")?.text == "Germany")
        #expect(arg(s, "target")?.text.contains("Belarus") == true)
    }

    /// No argument holds its own trigger (but a trigger that names its agent, "suicide bomber"):
    /// the parser reads "injured 20 others" as an adjective and its noun, and the noun (cut
    /// after the trigger) is who was hurt.
    @Test func anArgumentNeverHoldsItsTrigger() {
        let e = typed("Police said a suicide bomber killed five people and injured 20 others in Kabul on Monday.")
        for ev in e {
            for a in ev.typing?.arguments ?? [] where (a.role == "agent" || a.role == "target") && a.rule != "self" {
                #expect(!a.span.overlaps(ev.triggerSpan), "\(ev.text): \(a.role) \(a.text)")
            }
        }
        let injured = event(e, "injured")
        #expect(arg(injured, "target")?.text.hasPrefix("20 others") == true, "\(injured?.typing?.arguments ?? [])")
    }

    /// Read with the parse too: who condemns an attack does not do it, who launches an
    /// investigation does.
    @Test func aReactionToAnEventIsNotDoingIt() {
        let e = typed("President Ashraf Ghani condemned the bombing. The ministry launched an investigation.")
        #expect(arg(event(e, "bombing"), "agent") == nil, "\(e.map { ($0.text, $0.typing?.arguments ?? []) })")
        #expect(arg(event(e, "investigation"), "agent")?.text == "The ministry", "\(e.map { ($0.text, $0.typing?.arguments ?? []) })")
    }

    @Test func passiveSubjectIsTheTargetAndByTheAgent() {
        let e = typed("Two journalists were detained by security forces in Cairo.")
        let d = e.first { $0.kind == "arrest" }
        #expect(arg(d, "target")?.text == "Two journalists")
        #expect(arg(d, "agent")?.text.hasSuffix("security forces") == true)
    }

    @Test func anAppealsComplementIsDemanded() {
        let e = typed("The council urged Iran to release the sailors.")
        let r = e.first { $0.kind == "release" }
        #expect(r?.typing?.status == .demanded)
    }

    @Test func aRelativePronounIsTheNounItModifies() {
        let e = typed("The rebels who attacked the convoy fled into the hills.")
        let a = e.first { $0.text == "attacked" }
        #expect(arg(a, "agent")?.text == "The rebels")
    }

    @Test func nominalEventsTakePossessorAndOfPhrase() {
        let e = typed("Erdogan's visit to Moscow lasted two days. Kyiv condemned the arrest of 36 activists.")
        let v = e.first { $0.kind == "visit" }
        #expect(arg(v, "agent")?.text == "Erdogan")
        #expect(arg(v, "target")?.text == "Moscow")
        let a = e.first { $0.kind == "arrest" }
        // the "of" phrase stops at its own end, not at the next verb
        #expect(arg(a, "target")?.text == "36 activists")
    }

    /// Session 38: with the parse too, the "of" phrase is the target where the entry's frame
    /// says so or a "by" phrase names the doer.
    @Test func theOfPhraseIsTheTargetWhereTheFrameOrAByPhraseSaysSo() {
        let e = typed("Microsoft's acquisition of Activision was approved on Tuesday.")
        let a = e.first { $0.text == "acquisition" }
        #expect(arg(a, "target")?.text == "Activision")
        #expect(arg(a, "agent")?.text == "Microsoft")
    }

    @Test func symmetricEventsHaveTheirConjunctsAsParticipants() {
        let e = typed("Armenia and Azerbaijan signed a ceasefire agreement.")
        let s = e.first { $0.kind == "agreement" }
        #expect(s?.typing?.arguments.filter { $0.role == "participant" }.map(\.text) == ["Armenia", "Azerbaijan"])
    }

    @Test func aThreatIsAimedAtTheSubjectOfItsCondition() {
        let e = typed("Tehran threatened to launch a new offensive unless Baghdad accepted its terms.")
        let t = e.first { $0.kind == "threaten" }
        #expect(arg(t, "target")?.text == "Baghdad")
    }

    @Test func statusFromTheParse() {
        let e = typed("Moscow denied attacking the hospital. The minister plans to visit Kyiv.")
        #expect(e.first { $0.text == "attacking" }?.typing?.status == .negated)
        #expect(e.first { $0.kind == "visit" }?.typing?.status == .planned)
    }

    @Test func eachClauseKeepsItsOwnDate() {
        // two events, two dates: the time attached to each verb's clause
        let e = typed("Police arrested the suspect on Friday after he attacked a guard on Wednesday.")
        #expect(e.first { $0.kind == "arrest" }?.date == "2021-02-12")
        #expect(e.first { $0.text == "attacked" }?.date == "2021-02-10")
    }

    @Test func pastBackgroundIsNotDatedOnTheArticleDay() {
        // a pluperfect in the lede: no fallback to the article's day
        let e = typed("The activist, who had been arrested, spoke to reporters.")
        let a = e.first { $0.kind == "arrest" }
        #expect(a != nil)
        #expect(a?.typing?.dateSource != .article)
        #expect(a?.typing?.fallbackDate == nil)
    }

    @Test func statementsGetAKindFromTheirCue() throws {
        let lex = try TriggerLexicon.standard()
        #expect(lex.statementKind(cue: "urged") == "call")
        #expect(lex.statementKind(cue: "called on") == "call")
        #expect(lex.statementKind(cue: "accused") == "accuse")
        #expect(lex.statementKind(cue: "denied") == "deny")
        #expect(lex.statementKind(cue: "threatened") == "threaten")
        #expect(lex.statementKind(cue: "announced") == "declaration")
        #expect(lex.statementKind(cue: "said") == nil)
        #expect(lex.statementKind(cue: "told") == nil)
    }
}
