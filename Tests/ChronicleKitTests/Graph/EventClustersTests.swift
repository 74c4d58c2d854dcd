import Testing
@testable import ChronicleKit

/// Corpus-wide event identity (issue 19, item 4): documents are clustered first, then the
/// mentions of one document cluster with the same trigger lemma are one event unless their
/// dates, places or named participants disagree.
@Suite struct EventClustersTests {
    static func item(_ doc: String, _ kind: String, _ lemma: String, date: String? = nil, people: Set<String> = [], places: Set<String> = []) -> EventClusters.Item {
        EventClusters.Item(doc: doc, kind: kind, trigger: lemma, lemma: lemma, date: date, participants: people, places: places)
    }

    /// Profiles of documents that all share the words of one happening.
    static func profiles(_ docs: [String], words: [String: Int]) -> [EventClusters.Profile] {
        docs.map { EventClusters.Profile(doc: $0, terms: words) }
    }

    static let navalny = ["navalny": 3, "moscow": 2, "airport": 2, "police": 1, "detain": 1, "return": 1, "berlin": 1]
    static let lohan = ["lohan": 3, "rehab": 2, "actress": 2, "malibu": 1, "court": 1, "probation": 1]
    static let quake = ["earthquake": 3, "magnitude": 2, "indonesia": 2, "papua": 1, "tsunami": 1, "richter": 1]

    @Test func documentsAboutOneHappeningClusterAndOthersDoNot() {
        let profiles = Self.profiles(["a", "b", "c"], words: Self.navalny) + Self.profiles(["d", "e"], words: Self.lohan)
            + Self.profiles(["f", "g"], words: Self.quake)
        let c = EventClusters().documentClusters(profiles)
        #expect(c == [0, 0, 0, 3, 3, 5, 5])
    }

    @Test func oneArrestToldByThreeOutletsIsOneEvent() {
        let profiles = Self.profiles(["a", "b", "c"], words: Self.navalny) + Self.profiles(["d", "e"], words: Self.lohan)
        let items = [Self.item("a", "arrest", "arrest", date: "2021-01-17", people: ["target:navalny"]),
                     Self.item("b", "arrest", "arrest", date: "2021-01-17"),
                     Self.item("c", "arrest", "arrest", people: ["target:navalny"], places: ["moscow"]),
                     // the same lemma in another document cluster is another arrest
                     Self.item("d", "arrest", "arrest"),
                     // another lemma is another event
                     Self.item("b", "arrest", "detain")]
        let c = EventClusters().clusters(items, profiles: profiles)
        #expect(c == [0, 0, 0, 3, 4])
    }

    @Test func withoutProfilesEveryDocumentIsItsOwnCluster() {
        let c = EventClusters().clusters([Self.item("a", "violence", "attack"), Self.item("a", "violence", "attack"),
                                          Self.item("b", "violence", "attack")])
        #expect(c == [0, 0, 2])
    }

    @Test func dateParticipantsOrPlaceThatDisagreeKeepMentionsApart() {
        let docs = ["a", "b", "c", "d", "e", "f"]
        let items = [Self.item("a", "vote", "vote", date: "2019-12-18", people: ["agent:house"]),
                     Self.item("b", "vote", "vote", date: "2020-01-05", people: ["agent:house"]),   // another date
                     Self.item("c", "vote", "vote", date: "2019-12-18", people: ["agent:parliament"]),  // another agent
                     Self.item("d", "vote", "vote", date: "2019-12", people: ["target:impeachment"]),  // another role: no conflict
                     Self.item("e", "vote", "vote", date: "2019-12-18", places: ["baghdad"]),
                     Self.item("f", "vote", "vote", date: "2019-12-18", places: ["washington"])]
        let c = EventClusters().clusters(items, profiles: Self.profiles(docs, words: Self.navalny) + Self.profiles(["x", "y"], words: Self.quake))
        #expect(c[1] != c[0])
        #expect(!EventClusters.compatible(items[0], items[2]))
        #expect(EventClusters.compatible(items[0], items[3]))
        #expect(c[3] == c[0])
        #expect(!EventClusters.compatible(items[4], items[5]))
        #expect(EventClusters.compatible(items[0], items[4]))
    }

    @Test func lemmaKeysOfVerbsAndTheirNominalizations() {
        #expect(EventClusters.base("kill", noun: false) == EventClusters.base("killing", noun: true))
        #expect(EventClusters.base("announce", noun: false) == EventClusters.base("announcement", noun: true))
        #expect(EventClusters.base("fire", noun: false) == EventClusters.base("firing", noun: true))
        #expect(EventClusters.base("kidnap", noun: false) == EventClusters.base("kidnapping", noun: true))
        #expect(EventClusters.base("king", noun: true) != EventClusters.base("kill", noun: false))
        #expect(EventClusters.base("arrest", noun: true) == EventClusters.base("arrest", noun: false))
    }

    @Test func stems() {
        #expect(EventClusters.stem("arrested") == "arrest")
        #expect(EventClusters.stem("Arrests") == "arrest")
        #expect(EventClusters.stem("shooting") == "shoot")
        #expect(EventClusters.key("Lindsay Lohan") == "lohan")
    }

    /// Through the parse: "killed" and "killing" in two articles about one shooting are one
    /// event (the lemma), and the articles' profiles hold their content lemmas.
    @Test func lemmasAndProfilesFromTheParse() throws {
        let export = try EventExport()
        let a = export.analyzed(id: "a.txt", text: "Gunman kills teacher in Ohio school\n\nA gunman killed a teacher at Chardon High School in Ohio on Monday, police said.\n", date: "2012-02-27")
        let b = export.analyzed(id: "b.txt", text: "Ohio school shooting\n\nThe killing of a teacher at Chardon High School in Ohio shocked the town, police said.\n", date: "2012-02-28")
        let pa = EventClusters.Profile(doc: "a", document: a.0), pb = EventClusters.Profile(doc: "b", document: b.0)
        #expect(pa.terms["chardon"] != nil && pa.terms["teacher"] != nil && pa.terms["the"] == nil)
        let ia = a.1.map { EventClusters.Item(doc: "a", event: $0, document: a.0) }
        let ib = b.1.map { EventClusters.Item(doc: "b", event: $0, document: b.0) }
        let killed = ia.indices.filter { a.0.text(a.1[$0].triggerSpan) == "killed" }
        let killing = ib.indices.filter { b.0.text(b.1[$0].triggerSpan) == "killing" }
        try #require(killed.count == 1 && killing.count == 1)
        #expect(ia[killed[0]].lemma == ib[killing[0]].lemma)
        // a third article about something else makes the shared words informative
        let c3 = export.analyzed(id: "c.txt", text: "Flood in Jakarta\n\nHeavy rain flooded Jakarta on Sunday, officials said.\n", date: "2012-02-26")
        let pc = EventClusters.Profile(doc: "c", document: c3.0)
        let ic = c3.1.map { EventClusters.Item(doc: "c", event: $0, document: c3.0) }
        let items = ia + ib + ic
        let c = EventClusters().clusters(items, profiles: [pa, pb, pc])
        #expect(c[killed[0]] == c[ia.count + killing[0]])
        #expect(EventClusters().documentClusters([pa, pb, pc]) == [0, 0, 2])
    }
}
