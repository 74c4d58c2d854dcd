import Foundation
import Testing
@testable import ChronicleKit

/// User decisions (issue 19, item 6): applied on top of a chronology, stored in their own table,
/// kept through re-ingest and reanalyze.
@Suite struct ReviewTests {
    static let seeds = Support.seedChronology()

    /// The actor with most statements, and another actor with statements.
    static func twoSpeakers(_ c: Chronology) -> (ActorRecord, ActorRecord) {
        var counts: [String: Int] = [:]
        for s in c.statements { if let id = s.speaker { counts[id, default: 0] += 1 } }
        let ids = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        return (c.actor(ids[0])!, c.actor(ids[1])!)
    }

    static func fact(_ verb: Decision.Verb, _ s: StatementRecord, _ value: String) -> Decision {
        Decision(verb: verb, target: s.id, doc: s.doc, span: s.span, value: value, extra: "statement")
    }

    @Test func noDecisionsChangeNothing() {
        let r = Review(Self.seeds, decisions: [])
        #expect(r.chronology == Self.seeds)
        #expect(r.view() == Self.seeds)
        #expect(r.view(verifiedOnly: true).statements.isEmpty)
    }

    @Test func mergeMovesStatementsMentionsAndNames() {
        let (a, b) = Self.twoSpeakers(Self.seeds)
        let r = Review(Self.seeds, decisions: [Decision(seq: 1, verb: .actorMerge, target: a.id, value: b.id)])
        let c = r.chronology
        #expect(c.actor(b.id) == nil)
        let merged = c.actor(a.id)!
        #expect(merged.name == a.name)
        #expect(merged.aliases.contains(b.name))
        #expect(merged.mentions.count == a.mentions.count + b.mentions.count)
        let before = Self.seeds.statements.filter { $0.speaker == a.id || $0.speaker == b.id }.count
        #expect(c.statements.filter { $0.speaker == a.id }.count == before)
        #expect(c.statements.allSatisfy { $0.speaker != b.id && !$0.about.contains(b.id) })
        #expect(c.events.allSatisfy { !$0.actors.contains(b.id) })
        #expect(c.statements.filter { $0.speaker == a.id }.allSatisfy { $0.speakerName == a.name })
        #expect(r.actorId(b.id) == a.id)
        #expect(r.applied[a.id]?.count == 1)
    }

    @Test func renameKeepsTheOldNameAsAlias() {
        let (a, _) = Self.twoSpeakers(Self.seeds)
        let r = Review(Self.seeds, decisions: [Decision(seq: 1, verb: .actorRename, target: a.id, value: "New Name")])
        #expect(r.chronology.actor(a.id)?.name == "New Name")
        #expect(r.chronology.actor(a.id)?.aliases.contains(a.name) == true)
        #expect(r.chronology.statements.filter { $0.speaker == a.id }.allSatisfy { $0.speakerName == "New Name" })
        #expect((try? r.actor(named: "new name"))?.id == a.id)
    }

    @Test func typeAcceptsBritishSpellingAndGovernment() {
        let (a, b) = Self.twoSpeakers(Self.seeds)
        let r = Review(Self.seeds, decisions: [Decision(seq: 1, verb: .actorType, target: a.id, value: "organisation"),
                                               Decision(seq: 2, verb: .actorType, target: b.id, value: "government"),
                                               Decision(seq: 3, verb: .actorType, target: b.id, value: "planet")])
        #expect(r.chronology.actor(a.id)?.kind == .organization)
        #expect(r.chronology.actor(b.id)?.kind == .country)
        #expect(r.unapplied.map(\.seq) == [3])
    }

    @Test func splitMovesTheMentionAndTheStatementsItIsTheSourceOf() throws {
        // a statement whose source span is one of its speaker's mentions
        let c = Self.seeds
        let s = try #require(c.statements.first { st in
            guard let id = st.speaker, let src = st.sourceSpan else { return false }
            return (c.actor(id)?.mentions.count ?? 0) > 1 && c.actor(id)!.mentions.contains { $0.doc == st.doc && $0.span == src }
        })
        let actor = c.actor(s.speaker!)!
        let r = Review(c, decisions: [Decision(seq: 1, verb: .actorSplit, target: actor.id, doc: s.doc, span: s.sourceSpan!, value: "Someone Else")])
        let now = r.chronology.statements.first { $0.id == s.id }!
        #expect(now.speakerName == "Someone Else")
        let other = r.chronology.actor(now.speaker!)!
        #expect(other.id != actor.id)
        #expect(other.mentions.map(\.span) == [s.sourceSpan!])
        #expect(r.chronology.actor(actor.id)!.mentions.count == actor.mentions.count - 1)
    }

    @Test func factDecisionsRejectVerifyRespeakRedate() throws {
        let c = Self.seeds
        let (a, b) = Self.twoSpeakers(c)
        let s1 = c.statements.first { $0.speaker == a.id }!, s2 = c.statements.first { $0.speaker == b.id }!
        let e = try #require(c.events.first)
        let r = Review(c, decisions: [
            Self.fact(.factStatus, s1, "rejected"),
            Self.fact(.factStatus, s2, "verified"),
            Self.fact(.factSpeaker, s2, a.id),
            Self.fact(.factDate, s2, "2020-05"),
            Decision(verb: .factKind, target: e.id, doc: e.doc, span: e.span, value: "visit", extra: "event"),
            Decision(verb: .factStatus, target: e.id, doc: e.doc, span: e.span, value: "verified", extra: "event"),
        ])
        #expect(r.status(of: s1.id) == .rejected)
        #expect(r.chronology.statements.contains { $0.id == s1.id })
        #expect(!r.view().statements.contains { $0.id == s1.id })
        #expect(r.view().statements.count == c.statements.count - 1)
        let fixed = r.chronology.statements.first { $0.id == s2.id }!
        #expect(fixed.speaker == a.id && fixed.speakerName == a.name && fixed.date == "2020-05")
        #expect(r.chronology.events.first { $0.id == e.id }?.kind == "visit")
        let verified = r.view(verifiedOnly: true)
        #expect(verified.statements.map(\.id) == [s2.id])
        #expect(verified.events.map(\.id) == [e.id])
        #expect(r.applied[s2.id]?.count == 3)
        #expect(r.dateOrigin(of: s2.id) == .decision)
        // unmarking makes it unreviewed again
        let again = Review(c, decisions: [Self.fact(.factStatus, s1, "rejected"), Self.fact(.factStatus, s1, "unreviewed")])
        #expect(again.status(of: s1.id) == .unreviewed)
        #expect(again.view().statements.count == c.statements.count)
    }

    @Test func factsAreFoundBySpanNotById() {
        let c = Self.seeds
        let s = c.statements[0]
        // the id changed (e.g. numbered differently after re-analysis): the span still finds it
        var moved = Self.fact(.factStatus, s, "rejected")
        moved.target = "renamed-id"
        #expect(Review(c, decisions: [moved]).status(of: s.id) == .rejected)
        // a span no fact has any more: not applied, and said so
        var gone = Self.fact(.factStatus, s, "rejected")
        gone.span = Span(s.span.start + 1, s.span.end)
        let r = Review(c, decisions: [gone])
        #expect(r.status(of: s.id) == .unreviewed)
        #expect(r.unapplied.count == 1)
    }

    @Test func aliasesFileMergesVariantsAndSetsTheKind() throws {
        let (a, b) = Self.twoSpeakers(Self.seeds)
        let table = try AliasTable(text: "# canonical\tvariants\tkind\n\(a.name)\t\(b.name.uppercased()); nobody at all\torganisation\n\nNo Such One\tNobody\n")
        #expect(table.decisions.count == 2)
        let r = Review(Self.seeds, decisions: table.decisions)
        #expect(r.chronology.actor(b.id) == nil)
        #expect(r.chronology.actor(a.id)?.kind == .organization)
        #expect(r.unapplied.map(\.target) == ["No Such One"])
        #expect(throws: ChronicleError.self) { try AliasTable(text: "A\tB\tplanet\n", path: "x.tsv") }
        do {
            _ = try AliasTable(text: "ok\n\tno name\n", path: "x.tsv")
            Issue.record("no error")
        } catch {
            #expect("\(error.localizedDescription)".contains("x.tsv:2"))
        }
    }

    @Test func explainShowsSpansRuleDateOriginAndDecisions() throws {
        let c = Self.seeds
        let s = try #require(c.statements.first { $0.speaker != nil && $0.sourceSpan != nil && $0.date != nil })
        let r = Review(c, decisions: [Decision(seq: 9, verb: .factStatus, target: s.id, doc: s.doc, span: s.span, value: "verified", extra: "statement")])
        let lines = try #require(r.explain(s.id))
        let text = lines.joined(separator: "\n")
        #expect(text.contains("[\(s.span.start), \(s.span.end))"))
        #expect(text.contains(s.rule))
        #expect(text.contains("status:    verified"))
        #expect(text.contains("#9 fact.status"))
        #expect(text.contains("date:      \(s.date!) — from"))
        #expect(r.explain("no-such-fact") == nil)
    }

    @Test func confidenceOrdersRulesAndPenalizesMissingSpeaker() {
        #expect(Confidence.prior(rule: "statement.quote.source-cue") > Confidence.prior(rule: "statement.cue.subject"))
        #expect(Confidence.prior(rule: "statement.quote.dash") < Confidence.prior(rule: "statement.quote.split"))
        let s = Self.seeds.statements.first { $0.speaker != nil }!
        var none = s
        none.speaker = nil
        #expect(Confidence.of(none, speakerForm: nil) < Confidence.of(s, speakerForm: "name"))
        #expect(Confidence.of(s, speakerForm: "pronoun") < Confidence.of(s, speakerForm: "name"))
    }

    @Test func decisionsAreStoredInOrderAndSurviveReingestAndReanalyze() throws {
        let store = try Store()
        store.pipelineVersion = "old-rules"
        try store.save(Self.seeds)
        #expect(try store.appliedMigrations().contains("review-decisions"))
        let (a, b) = Self.twoSpeakers(Self.seeds)
        let s = Self.seeds.statements.first { $0.speaker == a.id }!
        let stored = try store.record([Decision(verb: .actorMerge, target: a.id, value: b.id), Self.fact(.factStatus, s, "rejected")])
        #expect(stored.map(\.seq) == [1, 2])
        #expect(try store.decisions().map(\.verb) == [.actorMerge, .factStatus])
        #expect(try store.hasDecisions())
        // re-ingest: the same documents saved again replace their facts; the decisions stay
        try store.save(Self.seeds)
        // reanalyze: every document was made by other rules, so each is analyzed again
        let summary = try Ingestor(pipeline: Support.pipeline, store: store).reanalyze()
        #expect(summary.replaced == Self.seeds.documents.count)
        let r = try store.review()
        #expect(r.unapplied.isEmpty)
        #expect(r.chronology.actor(b.id) == nil)
        #expect(r.status(of: s.id) == .rejected)
        #expect(!r.view().statements.contains { $0.id == s.id })
    }

    @Test func reviewedStoreAnswersQueriesWithTheCorrections() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.sqlite").path
        let store = try Store(path: path)
        try store.save(Self.seeds)
        // no decisions: the store itself answers
        #expect(try ChronologySource.openReviewed(path).name == path)
        let (a, b) = Self.twoSpeakers(Self.seeds)
        try store.record([Decision(verb: .actorRename, target: b.id, value: "Renamed Speaker")])
        let reviewed = try ChronologySource.openReviewed(path)
        #expect(reviewed.name == ":memory:")
        let rows = try Chronicler(store: reviewed).said(by: "Renamed Speaker")
        #expect(!rows.isEmpty && rows.allSatisfy { $0.speaker == "Renamed Speaker" })
        #expect(try ChronologySource.loadReviewed(path).actor(b.id)?.name == "Renamed Speaker")
        #expect(try ChronologySource.loadReviewed(path, verifiedOnly: true).statements.isEmpty)
        _ = a
    }
}
