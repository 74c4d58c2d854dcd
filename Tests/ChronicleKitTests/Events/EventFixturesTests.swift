import Testing
@testable import ChronicleKit

/// Session 31 (issue 18): fixtures of sport (`EventFixtures.swift`, `sport-fixtures.tsv`).
@Suite struct EventFixturesTests: TypedEventTesting {
    /// Session 31: a fixture of sport (`sport-fixtures.tsv`: "takes on", "plays", "stopped") is a
    /// game in a story of sport (its sentence or the article's headline) with a named opponent as
    /// its object; elsewhere, or with no named object, none.
    @Test func aFixtureOfSportIsAGame() {
        let story = Support.analyze("Nadal keeps Spain alive against Russia in Davis Cup Finals\n\nSerbia takes on Japan and Britain plays the Netherlands.", date: "2019-11-19")
        let games = TypedEventSupport.finder.find(story.document, actors: story.actors, times: story.times)
        #expect(games.contains { $0.text == "takes on" && $0.kind == "other" } && games.contains { $0.text == "plays" && $0.kind == "other" },
                "\(games.map { ($0.text, $0.kind) })")
        let bout = typed("Wladimir Klitschko stopped Tony Thompson in the sixth round to keep his WBA, IBF and WBO heavyweight title belts on Saturday.", date: "2012-07-07")
        #expect(bout.contains { $0.text == "stopped" && $0.date == "2012-07-07" }, "\(bout.map { ($0.text, $0.date ?? "-") })")
        // (no story of sport, or no named opponent: none)
        for text in ["The company took on debt to buy the plant.", "Britain plays a key role in the alliance.", "Officers tried to stop the man at the border."] {
            let e = typed(text, date: "2019-11-19")
            #expect(!e.contains { ["took on", "plays", "stop"].contains($0.text) }, "\(text): \(e.map { ($0.text, $0.kind) })")
        }
        #expect(typed("Officers tried to stop the man at the border.", date: "2019-11-19").contains { $0.text == "tried" }, "the attempt stays")
        let alone = typed("Nadal will play in the Davis Cup tennis finals on Wednesday.", date: "2019-11-19")
        #expect(!alone.contains { $0.text == "play" }, "\(alone.map { ($0.text, $0.kind) })")
    }

    /// A fixture in the present with no time of its own is on the planned day the sentence before
    /// tells; not across paragraphs, and not a past result.
    @Test func aFixtureTakesThePlannedDayOfTheSentenceBefore() {
        let story = "Nadal keeps Spain alive against Russia in Davis Cup Finals\n\nDjokovic and Murray will make their first appearance on Wednesday. Serbia takes on Japan and Britain plays the Netherlands."
        let a = Support.analyze(story, date: "2019-11-19")
        let e = TypedEventSupport.finder.find(a.document, actors: a.actors, times: a.times)
        #expect(e.contains { $0.text == "takes on" && $0.date == "2019-11-20" && $0.typing?.dateSource == .occasion }
                && e.contains { $0.text == "plays" && $0.date == "2019-11-20" }, "\(seen(e))")
        let apart = Support.analyze("Nadal keeps Spain alive against Russia in Davis Cup Finals\n\nDjokovic and Murray will make their first appearance on Wednesday.\n\nSerbia takes on Japan.", date: "2019-11-19")
        let f = TypedEventSupport.finder.find(apart.document, actors: apart.actors, times: apart.times)
        #expect(f.contains { $0.text == "takes on" && $0.date == nil }, "\(seen(f))")
    }
}
