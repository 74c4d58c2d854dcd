import Testing
@testable import ChronicleKit

/// The function words of `events/en/function-words.tsv` (session 20: they were sets in
/// TypedEventFinder and LocalRoleFinder): every line's example holds a word of the line and gives
/// what the line expects, read by the default (local) analysis.
@Suite struct FunctionWordsTests {
    static let finder = try! TypedEventFinder()
    static let table = FunctionWords.standard

    @Test func theFileNamesTheThreeSets() throws {
        #expect(Set(Self.table.lines.map(\.set)) == ["headline-passive-next", "gerund-opener", "noun-follower", "anniversary-opener", "capacity-noun", "occurrence-verb",
                                                          "perfect-present", "present-passive", "perfect-past", "clause-subject", "when-relative",
                                                          "coordinated-predicate", "coordinate-stop", "cleft-verb", "cleft-filler",
                                                          "time-relative", "time-relative-preposition", "same-day-interval", "simultaneous-gerund",
                                                          "period-end", "period-end-filler", "gerund-verb-opener", "gerund-entry-opener", "main-clause-follower", "performative-subject",
                                                          "attempt-word", "past-progressive", "schedule-verb",
                                                          "body-hearing", "court-hearing", "economic-conflict", "fronted-phrase-opener", "fronted-step-opener", "simultaneous-clause",
                                                          "passive-auxiliary", "passive-adverb", "bid-word", "same-day-sequel", "same-day-sequel-end", "offset-step", "offset-unit", "offset-span", "time-comparison",
                                                          "offset-antecedent", "offset-demonstrative", "traveller-pronoun", "invitation-call",
                                                          "demand-modal", "demand-need", "demand-subject", "demand-noun", "demand-belief", "attendance-verb",
                                                          "arrangement-verb", "complement-opener", "locative-opener", "prospective-modifier"])
        #expect(TypedEventFinder.gerundOpeners.contains("after") && TypedEventFinder.nounFollowers.contains("was"))
        #expect(LocalRoleFinder.headlinePassiveNext.contains("of"))
        // a line's words go to its set only
        let t = try FunctionWords(text: "# c\nnoun-follower.x\tOn|upon\tAn example.\tevent=x\n")
        #expect(t.words("noun-follower") == ["on", "upon"] && t.words("gerund-opener").isEmpty && t.lines.first?.line == 2)
    }

    @Test(arguments: FunctionWordsTests.table.lines.map(\.line))
    func lineGivesWhatItSays(line: Int) throws {
        let l = try #require(Self.table.lines.first { $0.line == line })
        let words = Set(l.example.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
        #expect(!words.isDisjoint(with: l.words), "function-words.tsv:\(line): no word of the line in \(l.example)")
        let parts = l.expect.split(separator: "=", maxSplits: 1).map(String.init)
        try #require(parts.count == 2, "function-words.tsv:\(line): expect is \(l.expect)")
        // a headline is the title of an article with a body of no event
        let a = l.set == "headline-passive-next" ? Support.analyze(l.example + "\n\nThe report came on Tuesday.", date: "2023-11-08")
            : Support.analyze("Title\n\n" + l.example, date: "2023-11-08")
        let e = Self.finder.find(a.document, actors: a.actors, times: a.times)
        func arg(_ x: Event, _ role: String) -> String? { x.typing?.arguments.first { $0.role == role }?.text }
        let seen = e.map { ($0.text, $0.kind, $0.typing?.arguments.map { "\($0.role)=\($0.text)" } ?? []) }
        switch parts[0] {
        case "target": #expect(e.contains { arg($0, "target") == parts[1] && arg($0, "agent") == nil }, "function-words.tsv:\(line): \(seen)")
        case "none": #expect(!e.contains { $0.text == parts[1] }, "function-words.tsv:\(line): \(seen)")
        case "event": #expect(e.contains { $0.text == parts[1] }, "function-words.tsv:\(line): \(seen)")
        case "kind":
            // (session 31: the event on WORD has the kind KIND)
            let wk = parts[1].split(separator: "@").map(String.init)
            #expect(wk.count == 2 && e.contains { $0.text == wk[0] && $0.kind == wk[1] }, "function-words.tsv:\(line): \(seen)")
        case "undated":
            // (session 24: the event is found, and the time the line's word sets apart does not date it)
            #expect(e.contains { $0.text == parts[1] } && !e.contains { $0.text == parts[1] && $0.date != nil },
                    "function-words.tsv:\(line): \(e.map { ($0.text, $0.date ?? "-") })")
        case "dated":
            let wd = parts[1].split(separator: "@").map(String.init)
            #expect(wd.count == 2 && e.contains { $0.text == wd[0] && $0.date == wd[1] && $0.typing?.dateSource == (l.set == "anniversary-opener" ? .anniversary : l.set == "performative-subject" ? .saying : l.set.hasPrefix("same-day-sequel") ? .occasion : l.set.hasPrefix("offset-") ? .offset : l.set.hasPrefix("fronted-") ? .sentence : ["coordinated-predicate", "cleft-verb", "cleft-filler", "time-relative", "time-relative-preposition", "same-day-interval", "simultaneous-gerund", "simultaneous-clause", "time-comparison", "locative-opener"].contains(l.set) ? .clause : .relative) },
                    "function-words.tsv:\(line): \(e.map { ($0.text, $0.date ?? "-") })")
        case "status":
            // (session 35: the event on WORD has the status STATUS)
            let ws = parts[1].split(separator: "@").map(String.init)
            #expect(ws.count == 2 && e.contains { $0.text == ws[0] && $0.typing?.status.rawValue == ws[1] }, "function-words.tsv:\(line): \(e.map { ($0.text, $0.typing?.status.rawValue ?? "-") })")
        default: Issue.record("function-words.tsv:\(line): unknown expect \(l.expect)")
        }
    }
}
