import Foundation
import Testing
@testable import ChronicleKit

/// Per-entity timelines (issue 19, item 5): mentions by name variants and pronouns, events as
/// the predicates the mentions are arguments of, dates from the sentence or the article.
@Suite struct EntityTimelineTests {
    static let pipeline: Pipeline = {
        var p = try! Pipeline()
        p.runsSyntax = true
        return p
    }()

    static func analyze(_ text: String, date: String = "2006-03-28") -> DocumentAnalysis {
        pipeline.analyze(id: "t1", text: text, date: date)
    }

    @Test func variantsOfAName() {
        let e = EntityTimeline(name: "Beatles Apple Corps")
        #expect(e.variants.contains(["apple", "corps"]))
        #expect(!e.variants.contains(["apple"]))
        let s = EntityTimeline(name: "iTunes store")
        #expect(s.variants.contains(["itunes"]))
        #expect(!s.variants.contains(["store"]))
        let p = EntityTimeline(name: "Steve Jobs")
        #expect(p.isPerson)
        #expect(p.variants.contains(["jobs"]))
        #expect(!EntityTimeline(name: "iPhone 4").isPerson)
        #expect(!EntityTimeline(name: "iPhone 4").variants.contains(["4"]))
    }

    @Test func mentionsWithPluralsPossessivesAndAnInnerWord() {
        let a = Self.analyze("The iTunes Music Store sold songs. Apple sold ten million iPods. The Beatles' Apple Corps sued Apple.")
        let doc = a.document
        let store = EntityTimeline(name: "iTunes store").mentions(in: doc).map { doc.text(doc.span(tokens: $0)) }
        #expect(store.contains { $0.hasPrefix("iTunes") })
        let ipod = EntityTimeline(name: "iPod").mentions(in: doc).map { doc.text(doc.span(tokens: $0)) }
        #expect(ipod == ["iPods"])
        let corps = EntityTimeline(name: "Beatles Apple Corps").mentions(in: doc).map { doc.text(doc.span(tokens: $0)) }
        #expect(corps.count == 1 && corps[0].hasSuffix("Apple Corps"))
    }

    @Test func eventsAreThePredicatesOfTheMention() {
        let a = Self.analyze("Apple launched the iPod in October 2001. The weather was fine. Analysts praised the iPod.")
        let entries = EntityTimeline(name: "iPod").entries(a)
        let words = entries.map(\.text)
        #expect(words.contains("launched"))
        #expect(words.contains("praised"))
        #expect(!words.contains("was"))
        let launched = entries.first { $0.text == "launched" }!
        #expect(launched.date == "2001-10")
        #expect(launched.dateSource == "time")
        // no time in the sentence: the article's date
        let praised = entries.first { $0.text == "praised" }!
        #expect(praised.date == "2006-03-28")
        #expect(praised.dateSource == "document")
    }

    @Test func theHeadlineIsNotAnEventOfItsOwn() {
        let a = Self.analyze("Apple introduces new iPod with video\n\nOn Wednesday, Apple introduced an iPod that plays video.")
        let entries = EntityTimeline(name: "iPod").entries(a)
        #expect(a.document.title != nil)
        #expect(!entries.contains { $0.text == "introduces" }, "\(entries.map(\.text))")
        #expect(entries.contains { $0.text == "introduced" })
    }

    @Test func aJoinedVerbSharesOnlyTheSubject() {
        // Jobs is the subject of "founded" and of "left", not of "praised", which has its own subject
        let a = Self.analyze("Steve Jobs founded Apple in 1976 and left it in 1985. Apple sued Apple Corps and analysts praised the deal.")
        let jobs = EntityTimeline(name: "Steve Jobs").entries(a).map(\.text)
        #expect(jobs.contains("founded") && jobs.contains("left"), "\(jobs)")
        let corps = EntityTimeline(name: "Beatles Apple Corps").entries(a).map(\.text)
        #expect(corps.contains("sued"))
        #expect(!corps.contains("praised"), "\(corps)")
    }

    @Test func aMentionQualifyingAThingHasNotThatThingsEvents() {
        let a = Self.analyze("The maker of the iPod hired new engineers in 2005. Apple launched the iPod in 2001.")
        let words = EntityTimeline(name: "iPod").entries(a).map(\.text)
        #expect(!words.contains("hired"), "\(words)")
        #expect(words.contains("launched"))
        // a possessor too: "Jobs's health worsened" is an event of his health
        let b = Self.analyze("Steve Jobs's health worsened in 2009. Steve Jobs returned to Apple in 1996.")
        let jobs = EntityTimeline(name: "Steve Jobs").entries(b).map(\.text)
        #expect(!jobs.contains("worsened"), "\(jobs)")
        #expect(jobs.contains("returned"))
    }

    @Test func aFutureEventWithoutTimeIsUndated() {
        let a = Self.analyze("Apple will release the iPod in Europe.")
        let e = EntityTimeline(name: "iPod").entries(a).first { $0.text == "release" }
        #expect(e != nil)
        #expect(e?.date == nil)
    }

    @Test func pronounsContinueAPersonUntilAnotherPersonComes() {
        let a = Self.analyze("Steve Jobs founded Apple in 1976. He left the company in 1985. Bill Gates met reporters. He smiled.")
        let doc = a.document
        let m = EntityTimeline(name: "Steve Jobs").mentions(in: doc, actors: a.actors).map { doc.text(doc.span(tokens: $0)) }
        #expect(m.filter { $0 == "He" }.count == 1)
        let entries = EntityTimeline(name: "Steve Jobs").entries(a)
        #expect(entries.contains { $0.text == "left" && $0.date == "1985" })
        #expect(!entries.contains { $0.text == "smiled" })
    }

    @Test func noParseNoEvents() {
        var p = try! Pipeline()
        p.runsSyntax = false
        let a = p.analyze(id: "t", text: "Apple launched the iPod in 2001.", date: "2006-01-01")
        #expect(EntityTimeline(name: "iPod").entries(a).isEmpty)
        #expect(!EntityTimeline(name: "iPod").mentions(in: a.document).isEmpty)
    }

    @Test func scorerDates() {
        #expect(ActorTimeline.calendarDate("2007-Q1") == "2007")
        #expect(ActorTimeline.calendarDate("2010-W22") == "2010")
        #expect(ActorTimeline.calendarDate("2006-03-28T10:00") == "2006-03-28")
        #expect(ActorTimeline.calendarDate("2006-03") == "2006-03")
        #expect(ActorTimeline.calendarDate("PRESENT_REF") == nil)
    }

    @Test func orderGroupsOneDateAndPutsUndatedLast() {
        func item(_ d: String?, _ s: Int) -> ActorTimeline.Item {
            ActorTimeline.Item(kind: "mention", id: nil, document: "d", span: Span(s, s + 1), trigger: Span(s, s + 1), text: "x", date: d,
                               dateSource: nil, speaker: nil, actors: [], rule: "r", order: 0)
        }
        let o = ActorTimeline.ordered([item("2006-03-28", 1), item(nil, 2), item("2001", 3), item("2006-03-28", 4), item("2006-03", 5)])
        #expect(o.map(\.date) == ["2001", "2006-03", "2006-03-28", "2006-03-28", nil])
        #expect(o.map(\.order) == [1, 2, 3, 3, 0])
        let t = ActorTimeline(name: "X", asked: nil, kind: nil, aliases: [], items: o)
        #expect(t.groups.count == 3)
        #expect(t.groups[2].items.count == 2)
        #expect(t.undated.count == 1)
        let lines = t.jsonl().split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].contains("\"entity\":\"X\"") || lines[0].contains("\"entity\": \"X\""))
    }

    /// The lead's day: "Yesterday, … Jobs unveiled …" in an article of 2010-06-08 tells a story
    /// of 2010-06-07, and the story's later past events without a time of their own are of
    /// that day; an article whose lead gives no day keeps its own date.
    @Test func pastEventsOfTheStoryTakeTheLeadsDay() {
        let text = "Apple unveils iPhone 4\n\nYesterday, at the developers conference, Steve Jobs unveiled the iPhone 4. During the keynote, Jobs demoed the new gyroscope. Jobs will present the phone in Europe next month.\n"
        let a = Self.analyze(text, date: "2010-06-08")
        #expect(EntityTimeline.leadDate(a) == "2010-06-07")
        let entries = EntityTimeline(name: "Steve Jobs").entries(a)
        let demoed = entries.first { $0.text == "demoed" }
        #expect(demoed?.date == "2010-06-07")
        #expect(demoed?.dateSource == "lead")
        // a future event takes no day from the lead
        #expect(entries.first { $0.text == "present" }?.date != "2010-06-07")
        let plain = Self.analyze("Apple news\n\nSteve Jobs unveiled the iPhone 4 at a conference. Jobs demoed the new gyroscope.\n", date: "2010-06-08")
        #expect(EntityTimeline.leadDate(plain) == nil)
        #expect(EntityTimeline(name: "Steve Jobs").entries(plain).first { $0.text == "demoed" }?.date == "2010-06-08")
        // a day long before the article is no lead's day (a background date)
        let old = Self.analyze("Apple news\n\nOn March 3, 2009, Steve Jobs unveiled a phone. Jobs demoed the new gyroscope.\n", date: "2010-06-08")
        #expect(EntityTimeline.leadDate(old) == nil)
    }
}
