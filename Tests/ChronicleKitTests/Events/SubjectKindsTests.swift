import Testing
@testable import ChronicleKit

/// Verbs whose kind depends on what does them (`events/en/subject-kinds.tsv`): every line's
/// example gives an event of its entry with the line's kind (or none for `-`), read with the
/// parse as `chronicle events` reads.
@Suite struct SubjectKindsTests {
    static let finder = try! TypedEventFinder()
    static let table = SubjectKinds.standard

    func typed(_ body: String) -> [Event] {
        let a = Support.analyzeParsed("Title\n\n" + body)
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    @Test func theFileLoadsAndNamesLexiconEntries() throws {
        #expect(Self.table.lines.count >= 6)
        let lexicon = try TriggerLexicon.standard()
        for l in Self.table.lines { #expect(lexicon.entries.contains { $0.id == l.entry }, "subject-kinds.tsv:\(l.line) names no entry: \(l.entry)") }
        #expect(throws: ChronicleError.self) { try SubjectKinds(text: "other.hit.v\tquake\tnot-a-kind\t-\t-\tA quake hit.", file: "t.tsv") }
        #expect(throws: ChronicleError.self) { try SubjectKinds(text: "other.hit.v\tquake", file: "t.tsv") }
    }

    @Test(arguments: SubjectKindsTests.table.lines.map(\.line))
    func lineDecidesItsExample(line: Int) throws {
        let l = try #require(Self.table.lines.first { $0.line == line })
        let of = typed(l.example).filter { $0.typing?.trigger == l.entry }
        if let kind = l.kind {
            #expect(of.count == 1 && of.first?.kind == kind, "subject-kinds.tsv:\(line): \(l.example) gives \(of.map { ($0.text, $0.kind) })")
        } else {
            #expect(of.isEmpty, "subject-kinds.tsv:\(line): \(l.example) gives \(of.map { ($0.text, $0.kind) })")
        }
    }

    /// The same verb, three doers: a disaster, an attack, no event; "hit and killed" is the harm.
    @Test func theDoerDecidesTheKind() {
        let e = typed("A strong earthquake hit the island on Sunday. A rocket hit a school in the town. The index hit a new high. A man hit and killed a woman in the parking lot.")
        let hits = e.filter { $0.typing?.trigger == "other.hit.v" }
        #expect(hits.map(\.kind) == ["other", "military", "violence"], "\(e.map { ($0.text, $0.kind) })")
        #expect(hits.first?.typing?.plover == nil && hits.dropFirst().first?.typing?.cameo == "19")
    }

    @Test func headWordOfAPhrase() {
        #expect(SubjectKinds.headWord("A 7.1-magnitude earthquake in Chile") == "earthquake")
        #expect(SubjectKinds.headWord("the missiles that were fired") == "missiles")
        #expect(SubjectKinds.headWord("") == nil)
    }
}
