import Testing
@testable import ChronicleKit

/// Verbs the trigger lexicon does not know, read from the tags of the default analysis
/// (`Document.tags`): a past tense, a participle after its auxiliary, a headline's present.
@Suite struct GenericVerbsTests {
    func generic(_ body: String, date: String = "2019-11-20") -> [(String, String?)] {
        Support.analyze("Title\n\n" + body, date: date).events
            .filter { $0.provenance.rule == "trigger.other.verb" }
            .map { ($0.text, $0.date) }
    }

    @Test func aPastTenseAParticipleAfterItsAuxiliaryAndAHeadlinesPresent() {
        // (2019 news pages of sample g)
        // (verbs of the 2019 news pages of sample g the trigger lexicon does not know)
        let dumped = generic("A storm system dumped heavy rain on the coast on Wednesday.")
        #expect(dumped.contains { $0.0 == "dumped" && $0.1 == "2019-11-20" }, "\(dumped)")
        let boarded = generic("The passengers of the special aircraft boarded the plane in Mexico.")
        #expect(boarded.contains { $0.0 == "boarded" }, "\(boarded)")
        let overrun = generic("The rebels have overrun the town.")
        #expect(overrun.contains { $0.0 == "overrun" }, "\(overrun)")
        let headline = Support.analyze("Airline trims its forecast\n\nThe news came on Monday.", date: "2019-11-20").events
        #expect(headline.contains { $0.provenance.rule == "trigger.other.verb" && $0.text == "trims" }, "\(headline.map(\.text))")
    }

    @Test func noEventVerbsSayingAdjectivesAndInfinitivesAreNone() {
        let none = generic("The minister seemed tired and wanted a rest. He said the plan was good. Police guarded the barricaded fuel plant to protect it. The company is headquartered in Delhi.")
        #expect(!none.contains { ["seemed", "wanted", "said", "barricaded", "protect", "headquartered", "was"].contains($0.0) }, "\(none)")
        // a verb before the event noun it takes leaves the event to the noun
        let attended = Support.analyze("Title\n\nThe minister attended a conference on Monday.", date: "2019-11-20").events
        #expect(attended.map(\.text) == ["conference"], "\(attended.map(\.text))")
        // nor what did not happen
        #expect(generic("\"We will not be silenced,\" the minister said. He could be charged. They had hoped to be rescued.").isEmpty)
        // a present tense outside a headline is no event either
        #expect(generic("Soldiers patrol the streets every night.").isEmpty)
    }

    @Test func withoutTypedEventsNothingIsTagged() throws {
        var p = try Pipeline()
        p.addsTypedEvents = false
        let a = p.analyze(id: "a.txt", text: "Title\n\nThe government ousted the president.", date: "2019-11-20")
        #expect(a.document.tags.count == 0)
        #expect(!a.events.contains { $0.provenance.rule == "trigger.other.verb" })
    }

    /// Session 27: a gerund after "after", "upon", "since", "before" or "by" is the verb's event
    /// ("one day after placing leading rusher Chris Ivory on injured reserve"), and a lexicon verb's
    /// gerund there is its entry's ("countered by asking for an eight-year contract"); not a verb of
    /// no event ("after being", "after having").
    @Test func aGerundAfterAPrepositionIsAnEvent() {
        let placing = generic("The Saints made that move only one day after placing leading rusher Chris Ivory on injured reserve.")
        #expect(placing.contains { $0.0 == "placing" }, "\(placing)")
        let asking = Support.analyze("Title\n\nIt was then that agent Scott Boras countered by asking for an eight-year contract worth $200 million.", date: "2008-12-19").events
        #expect(asking.contains { $0.text == "asking" && $0.kind == "call" }, "\(asking.map { ($0.text, $0.kind) })")
        let none = generic("After being questioned for hours and after having dinner, he went home.")
        #expect(!none.contains { ["being", "having"].contains($0.0) }, "\(none)")
    }
}
