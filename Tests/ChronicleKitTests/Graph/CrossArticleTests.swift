import Testing
@testable import ChronicleKit

/// One graph across articles: the same actor or event reported in several articles is one
/// node; distinct events stay distinct.
@Suite struct CrossArticleTests {
    func corpus(_ texts: [String]) -> Corpus {
        EventGraphBuilder().build(texts.enumerated().map { k, t in Support.pipeline.analyze(id: "a\(k).txt", text: "Title\n\n" + t, date: "2021-03-10") })
    }

    @Test func sameSummitReportedTwiceIsOneEvent() {
        let c = corpus(["On March 3, Foreign Minister John Smith attended a summit in Paris with Chancellor Olaf Scholz.",
                        "Chancellor Olaf Scholz and Foreign Minister John Smith met at the summit on March 3."])
        let summits = c.events.filter { $0.kind == "meeting" }
        #expect(summits.count == 1)
        #expect(summits.first?.mentions.count == 2)
        #expect(Set(summits.first?.mentions.map(\.document) ?? []) == ["a0.txt", "a1.txt"])
    }

    @Test func summitsOnOtherDatesStayApart() {
        let c = corpus(["On March 3, Foreign Minister John Smith attended a summit in Paris.",
                        "On May 5, Foreign Minister John Smith attended a summit in Rome."])
        #expect(c.events.filter { $0.kind == "meeting" }.count == 2)
    }

    @Test func otherKindsOrOtherActorsStayApart() {
        let c = corpus(["On March 3, Foreign Minister John Smith attended a summit.",
                        "On March 3, President Jane Doe attended a summit.",
                        "On March 3, Foreign Minister John Smith signed a treaty."])
        #expect(c.events.filter { $0.kind == "meeting" }.count == 2)
        #expect(c.events.filter { $0.coarseKind == "declaration" }.count == 1)
    }

    /// A corpus of one actor's meetings, one article a day: each new meeting is compared with
    /// the earlier ones of its day and those of no single day, not with every earlier meeting of
    /// the actor, so four times the articles cost at most five times the comparisons (they cost
    /// about sixteen times when every earlier event of the actor was compared); the meetings of
    /// other days stay apart, and a second report of a day's meeting still joins it.
    @Test func oneActorsDailyMeetingsCostLinearly() {
        func build(_ days: Int) -> (Corpus, Int) {
            var analyses: [DocumentAnalysis] = []
            for k in 0..<days {
                let day = CalendarDate(year: 2021, month: 1, day: 1)!.adding(days: k)
                let said = "On \(["January", "February", "March"][day.month - 1]) \(day.day), 2021, Foreign Minister John Smith met Chancellor Olaf Scholz in Berlin."
                analyses.append(Support.pipeline.analyze(id: "m\(k).txt", text: "Title\n\n" + said, date: "2021-04-01"))
            }
            analyses.append(Support.pipeline.analyze(id: "z.txt", text: "Title\n\nOn January 3, 2021, Chancellor Olaf Scholz met Foreign Minister John Smith in Berlin.",
                                                     date: "2021-04-01"))
            var work = 0
            let c = EventGraphBuilder().build(analyses, jobs: 1, prior: nil, work: &work).corpus
            return (c, work)
        }
        let (c1, w1) = build(20), (c4, w4) = build(80)
        for (c, days) in [(c1, 20), (c4, 80)] {
            let meetings = c.events.filter { $0.kind == "meeting" }
            #expect(meetings.count == days)
            #expect(meetings.first { $0.date == "2021-01-03" }?.mentions.count == 2)
        }
        #expect(w4 <= 5 * w1, "20 days: \(w1), 80 days: \(w4)")
    }

    /// A corpus of one actor's undated accusations, one article each, each of another person:
    /// two unnamed events of which one is undated are the same only with two actors in common,
    /// so each new accusation is compared with the earlier ones of its pair of actors (none
    /// here), not with every earlier accusation of the actor: four times the articles cost at
    /// most five times the comparisons (about twelve times when they were compared pairwise).
    /// A second report of one accusation still joins it.
    @Test func oneActorsUndatedAccusationsCostLinearly() {
        let first = ["John", "Mary", "Peter", "Anna", "Carl", "Eve", "Oleg", "Ines", "Paul", "Rita"]
        let last = ["Smith", "Jones", "Weber", "Adams", "Novak", "Garcia", "Brown", "Miller"]
        func build(_ n: Int) -> (Corpus, Int) {
            var analyses: [DocumentAnalysis] = []
            for k in 0..<n {
                let name = first[k % first.count] + " " + last[k / first.count]
                analyses.append(Support.pipeline.analyze(id: "a\(k).txt", text: "Title\n\nPresident Donald Trump accused Governor \(name) of lying.",
                                                         date: "2021-03-10"))
            }
            analyses.append(Support.pipeline.analyze(id: "z.txt", text: "Title\n\nPresident Donald Trump accused Governor John Smith of lying.",
                                                     date: "2021-03-11"))
            var work = 0
            let c = EventGraphBuilder().build(analyses, jobs: 1, prior: nil, work: &work).corpus
            return (c, work)
        }
        let (c1, w1) = build(20), (c4, w4) = build(80)
        for (c, n) in [(c1, 20), (c4, 80)] {
            let accusations = c.events.filter { $0.kind == "accuse" }
            #expect(accusations.count == n)
            #expect(accusations.allSatisfy { $0.date == nil && $0.actors.count == 2 })
            #expect(accusations.first { $0.actors.contains("john-smith") }?.mentions.count == 2)
        }
        #expect(w4 <= 5 * w1, "20 articles: \(w1), 80 articles: \(w4)")
    }

    /// An undated event that a later mention dates is found, as a dated event, by the one actor
    /// a third mention of its day shares with it (it is listed again when it gets its date).
    @Test func anEventDatedByALaterMentionIsFoundByOneActor() {
        let c = corpus(["President Donald Trump accused Governor John Smith of lying.",
                        "On March 3, President Donald Trump accused Governor John Smith of lying.",
                        "On March 3, President Donald Trump accused Senator Anna Weber of lying."])
        let accusations = c.events.filter { $0.kind == "accuse" }
        #expect(accusations.count == 1)
        #expect(accusations.first?.date == "2021-03-03")
        #expect(accusations.first?.mentions.count == 3)
    }

    @Test func namedDeclarationAcrossArticlesKeepsTheFinerDate() {
        let c = corpus(["In 2020, Canada initiated the \"Declaration on Media Freedom\".",
                        "In October 2020, Canada initiated the \"Declaration on Media Freedom\"."])
        let d = c.events.filter { $0.coarseKind == "declaration" }
        #expect(d.count == 1)
        #expect(d.first?.date == "2020-10")
    }

    @Test func actorsUnderOtherNamesAreOneNode() {
        let c = corpus(["Moscow has called on Kyiv to stop. Foreign Minister Dmytro Kuleba refused.",
                        "The Russian Federation denied it, Minister Kuleba said."])
        let russia = c.actors.filter { $0.name == "Russia" }
        #expect(russia.count == 1)
        #expect(Set(russia.first?.mentions.map(\.provenance.document) ?? []) == ["a0.txt", "a1.txt"])
        // a surname alone that its own article does not resolve stays its own actor (which full
        // name it means depends on the other articles; queries resolve it: PersonNameTests)
        #expect(c.actors.filter { $0.kind == .person && $0.name.hasSuffix("Kuleba") }.map(\.name).sorted() == ["Dmytro Kuleba", "Kuleba"])
        #expect((c.actorIds["a1.txt"] ?? [:]).values.contains("kuleba"))
    }
}
