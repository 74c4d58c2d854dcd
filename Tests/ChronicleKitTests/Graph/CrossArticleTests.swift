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
