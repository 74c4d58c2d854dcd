import Foundation
import Testing
@testable import ChronicleKit

/// Weak person names in diagrams, exports and review pages (issue 15): a surname alone that its
/// article did not resolve joins the full name queries take it for.
@Suite struct WeakNamesTests {
    static func person(_ id: String, _ name: String, mentions n: Int, doc: String = "a.txt") -> ActorRecord {
        ActorRecord(id: id, name: name, kind: .person, aliases: [], role: nil,
                    mentions: (0..<n).map { MentionRecord(doc: doc, span: Span(id.count * 100 + $0 * 10, id.count * 100 + $0 * 10 + 5), text: name, form: "name", rule: "test") })
    }

    static func statement(_ id: String, speaker: String?, about: [String] = []) -> StatementRecord {
        StatementRecord(id: id, doc: "a.txt", span: Span(0, 1), text: "x", direct: true, speaker: speaker, speakerName: speaker,
                        sourceSpan: nil, cueSpan: nil, cue: nil, date: nil, about: about, parts: [], sentence: nil, sentenceText: nil, rule: "test")
    }

    static var sample: Chronology {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "a.txt", title: nil, date: "2021-02-15", source: nil, text: nil, notBody: [])]
        c.actors = [
            person("donald-trump", "Donald Trump", mentions: 3),
            person("ivanka-trump", "Ivanka Trump", mentions: 1),
            person("trump", "Trump", mentions: 2, doc: "b.txt"),
            person("i-trump", "I. Trump", mentions: 1, doc: "b.txt"),
            person("bernie-sanders", "Bernie Sanders", mentions: 2),
            person("sarah-sanders", "Sarah Sanders", mentions: 2),
            person("sanders", "Sanders", mentions: 1, doc: "b.txt"),
            person("smith", "Smith", mentions: 1, doc: "b.txt"),
            person("volodymyr-zelensky", "Volodymyr Zelensky", mentions: 1),
            person("zelenskyy", "Zelenskyy", mentions: 1, doc: "b.txt"),
            ActorRecord(id: "trump-organization", name: "Trump", kind: .organization, aliases: [], role: nil, mentions: []),
        ]
        c.statements = [statement("s1", speaker: "trump", about: ["sanders", "bernie-sanders"]), statement("s2", speaker: "smith")]
        var e = EventRecord(id: "e1", kind: "meeting", doc: "b.txt", span: Span(0, 5), text: "met", name: nil, triggerSpan: nil, date: nil,
                            actors: ["trump", "zelenskyy"], roles: ["source": "trump"], mentions: [], sentence: nil, sentenceText: nil, rule: "test")
        e.typing = EventTyping(type: "meeting", plover: nil, cameo: nil, status: .happened, dateSource: .none, fallbackDate: nil,
                               arguments: [.init(role: "source", span: Span(0, 5), text: "Trump", actor: "trump", rule: "test")], trigger: "met", main: true, mentionTriggers: [Span(0, 3)])
        c.events = [e]
        return c
    }

    @Test func aWeakNameJoinsTheMostMentionedCompatibleFullName() {
        let (c, redirects) = WeakNames.resolve(Self.sample)
        // "Trump" → Donald (3 mentions beats Ivanka's 1); "I. Trump" → Ivanka (initials)
        #expect(redirects["trump"] == "donald-trump")
        #expect(redirects["i-trump"] == "ivanka-trump")
        // a tie: the smaller id; a transliteration: the same surname key
        #expect(redirects["sanders"] == "bernie-sanders")
        #expect(redirects["zelenskyy"] == "volodymyr-zelensky")
        // no full name: stays; full names and organisations never join
        #expect(redirects["smith"] == nil)
        #expect(c.actor("smith") != nil)
        #expect(redirects["sarah-sanders"] == nil)
        #expect(redirects["trump-organization"] == nil)
        #expect(c.actor("trump-organization")?.kind == .organization)
        let donald = c.actor("donald-trump")!
        #expect(donald.mentions.count == 5)
        #expect(donald.aliases.contains("Trump"))
        #expect(c.actors.count == Self.sample.actors.count - 4)
        #expect(c.statements[0].speaker == "donald-trump")
        #expect(c.statements[0].speakerName == "Donald Trump")
        #expect(c.statements[0].about == ["bernie-sanders"])
        #expect(c.statements[1].speaker == "smith")
        #expect(c.events[0].actors == ["donald-trump", "volodymyr-zelensky"])
        #expect(c.events[0].roles["source"] == "donald-trump")
        #expect(c.events[0].typing?.arguments.first?.actor == "donald-trump")
        // once is enough: resolving again changes nothing
        #expect(WeakNames.resolve(c).chronology == c)
    }

    @Test func reviewShowsTheJoinedViewAndDecisionsFollowTheJoin() {
        let rename = Decision(seq: 1, verb: .actorRename, target: "trump", value: "Donald J. Trump")
        let r = Review(Self.sample, decisions: [rename])
        #expect(r.chronology.actor("trump") == nil)
        #expect(r.actorId("trump") == "donald-trump")
        #expect(r.chronology.actor("donald-trump")?.name == "Donald J. Trump")
        #expect(r.unapplied.isEmpty)
    }

    /// A decision stored on a person's id of an older Chronicle (the id was the slug of the name
    /// as spelt, now of its key) still applies.
    @Test func aDecisionOnAnOldSpellingsIdStillApplies() {
        let d = Decision(seq: 1, verb: .actorRename, target: "volodymyr-zelenskyy", value: "Volodymyr Oleksandrovych Zelensky")
        let r = Review(Self.sample, decisions: [d])
        #expect(r.unapplied.isEmpty)
        #expect(r.chronology.actor("volodymyr-zelensky")?.name == "Volodymyr Oleksandrovych Zelensky")
        // an id that is no person's, in any spelling, finds nothing
        let none = Review(Self.sample, decisions: [Decision(seq: 1, verb: .actorRename, target: "olena-zelenska", value: "X")])
        #expect(none.unapplied.count == 1)
    }

    /// On the dev store, the view joins a weak name exactly where queries take it for a full name.
    @Test func theViewAgreesWithQueries() throws {
        let built = DevStore.shared
        let stored = try built.store.load()
        let weak = stored.actors.filter { $0.kind == .person && PersonName.isWeak($0.name) }
        let (view, redirects) = WeakNames.resolve(stored)
        #expect(!redirects.isEmpty, "the dev store has lone surnames that its articles did not resolve")
        for a in weak {
            let forms = try built.store.withQuerySource { try Chronicler.withNameForms([a.id], $0) }
            if let target = redirects[a.id] {
                #expect(forms.contains(target), "\(a.name) joins \(target) in the view but not in queries")
            } else {
                #expect(forms == [a.id], "\(a.name) stays apart in the view but queries join it to \(forms)")
            }
        }
        // nothing lost: every mention and statement is still there, each span still its text
        let mentionsBefore: Int = stored.actors.reduce(0) { $0 + $1.mentions.count }
        let mentionsAfter: Int = view.actors.reduce(0) { $0 + $1.mentions.count }
        #expect(mentionsAfter == mentionsBefore)
        #expect(view.statements.count == stored.statements.count)
        let ids = Set(view.actors.map(\.id))
        #expect(view.statements.allSatisfy { s in s.speaker.map { ids.contains($0) } ?? true })
        #expect(view.events.allSatisfy { e in e.actors.allSatisfy { ids.contains($0) } })
    }
}
