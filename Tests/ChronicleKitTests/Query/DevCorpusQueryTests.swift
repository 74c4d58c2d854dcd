import Foundation
import Testing
@testable import ChronicleKit

/// Every query over a store of the two seeds plus PolNeAR dev (86 articles), against answers
/// checked by hand in the article texts (the quoted sentences are in the fixtures).
@Suite struct DevCorpusQueryTests {
    var q: Chronicler { DevStore.shared.chronicler }

    static let oct3 = "breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt"
    static let vets = "usa-today_2016-09-08_candidates-vie-for-vets-support-.txt"
    static let debate = "wash-post_2016-09-29_the-real-trump-showed-up-at-deba.txt"
    static let returns = "nyt_2016-09-30_keep-the-returns-trump-just-give.txt"

    func has(_ rows: [QueryRow], _ doc: String, _ text: String) -> Bool {
        rows.contains { $0.doc == doc && $0.text.contains(text) }
    }

    /// Whether a fact's date overlaps the window of partial dates `from`…`to`.
    func overlaps(_ row: QueryRow, _ from: String, _ to: String) -> Bool {
        guard let d = row.date.flatMap(DateRange.init(value:)), let f = DateRange(value: from), let t = DateRange(value: to) else { return false }
        return d.last >= f.first && d.first <= t.last
    }

    func isChronological(_ rows: [QueryRow]) -> Bool {
        let dated = rows.map { $0.date.flatMap(DateRange.init(value:)) }
        // dated facts first, in order of their date; then the undated
        guard let firstUndated = dated.firstIndex(where: { $0 == nil }) else { return zip(dated, dated.dropFirst()).allSatisfy { !($1! < $0!) } }
        return dated[firstUndated...].allSatisfy { $0 == nil } && isChronological(Array(rows[..<firstUndated]))
    }

    @Test func everyArticleIsStoredOnce() throws {
        let built = DevStore.shared
        #expect(built.summary.added == 86)
        #expect(built.summary.problems.isEmpty)
        let ids = try built.store.documentIds()
        #expect(ids.count == 86)
        // the date of a PolNeAR article comes from its file name
        let dates = try built.store.rows("SELECT date FROM document WHERE id = ?", [Self.oct3])
        #expect(dates.first?["date"] == "2016-10-03")
    }

    // MARK: said

    @Test func saidByTrumpInOctober() throws {
        let rows = try q.said(by: "Trump", from: "2016-10", to: "2016-10")
        // "Trump" alone in an article that never names him in full is its own actor, which the
        // query takes for Donald Trump (the Trump most mentioned)
        #expect(rows.allSatisfy { ($0.speaker == "Donald Trump" && $0.speakerId == "donald-trump") || ($0.speaker == "Trump" && $0.speakerId == "trump") })
        #expect(rows.contains { $0.speakerId == "donald-trump" })
        #expect(rows.allSatisfy { overlaps($0, "2016-10", "2016-10") })
        #expect(isChronological(rows))
        // Monday 3 October 2016, Herndon, Virginia: `Trump said, “When people come back from war…”`
        #expect(has(rows, Self.oct3, "When people come back from war and combat"))
        // `He says, “We are losing so many great people…”` (he = Trump)
        #expect(has(rows, Self.oct3, "We are losing so many great people"))
        // `He said the nation has become “more interested in protecting the criminals…”`
        #expect(has(rows, Self.oct3, "more interested in protecting the criminals"))
        // out: what Trump said in September (the debate, 29 September) ...
        #expect(!has(rows, Self.debate, "paying no income taxes was smart"))
        #expect(try has(q.said(by: "Trump"), Self.debate, "paying no income taxes was smart"))
        // ... and what Clinton said on 3 October: `Clinton says there needs to be a law …`
        #expect(!has(rows, Self.oct3, "there needs to be a law"))
        #expect(try has(q.said(by: "Hillary Clinton", from: "2016-10", to: "2016-10"), Self.oct3, "there needs to be a law"))
    }

    @Test func saidByFullNameSurnameAndFirstNameAgree() throws {
        let full = try q.said(by: "Donald Trump").map(\.id)
        #expect(full.count > 100)
        #expect(try q.said(by: "Trump").map(\.id) == full)
        #expect(try q.said(by: "Mr. Trump").map(\.id) == full)
        // "Hillary" is Hillary Clinton only, not the headline fragments that begin with her name
        let hillary = try q.said(by: "Hillary")
        #expect(!hillary.isEmpty)
        #expect(hillary.allSatisfy { $0.speaker == "Hillary Clinton" })
        #expect(try q.resolve("Hillary") == ["hillary-clinton"])
    }

    @Test func saidAboutResolvesAliases() throws {
        // "Moscow" is Russia: statements about Russia in the seeds and in dev
        let russia = try q.said(about: "Moscow")
        #expect(russia.allSatisfy { $0.actors.contains("Russia") })
        #expect(try q.said(about: "Russia").map(\.id) == russia.map(\.id))
        // `Trump said praise from Russian President Vladimir Putin would not affect his policy toward Russia.`
        let putin = try #require(russia.first { $0.doc == Self.vets && $0.text.contains("would not affect his policy toward Russia") })
        #expect(putin.speaker == "Donald Trump")
        #expect(putin.actors.contains("Vladimir Putin"))
        // seed 004: Kuleba on Ukrainians held in Russia
        #expect(russia.contains { $0.doc == "004_960878f8a4acc796.txt" && $0.speaker == "Dmytro Kuleba" })
        // by and about together: Trump about Russia
        let trumpOnRussia = try q.said(by: "Trump", about: "Moscow")
        #expect(trumpOnRussia.contains { $0.id == putin.id })
        // (a lone "Trump" its article does not resolve is its own actor, which the query takes for Donald Trump)
        #expect(trumpOnRussia.allSatisfy { ($0.speaker == "Donald Trump" || $0.speaker == "Trump") && $0.actors.contains("Russia") })
        // "Kuleba" (a surname) is Dmytro Kuleba: his five statements of 15 February 2021
        let kuleba = try q.said(by: "Kuleba")
        #expect(kuleba.count == 5)
        #expect(kuleba.allSatisfy { $0.date == "2021-02-15" })
    }

    @Test func saidContainsIsCaseInsensitiveAndCombines() throws {
        let rows = try q.said(contains: "TAX RETURNS")
        #expect(rows.allSatisfy { $0.text.lowercased().contains("tax returns") })
        // `Clinton says there needs to be a law that requires the nominee … to release their tax returns.`
        #expect(has(rows, Self.oct3, "there needs to be a law"))
        // `A Quinnipiac University poll … found that 74 percent of likely voters said Mr. Trump should release his tax returns.`
        #expect(has(rows, Self.returns, "Mr. Trump should release his tax returns"))
        let byClinton = try q.said(by: "Clinton", from: "2016-10-03", to: "2016-10-03", contains: "tax returns")
        #expect(byClinton.map(\.text) == ["there needs to be a law that requires the nominee of the two major parties to release their tax returns"])
        #expect(try q.said(contains: "no statement says this").isEmpty)
    }

    @Test func partialDateWindows() throws {
        // a whole day, a month, a year: each row's date overlaps the window; the windows nest
        let day = try q.said(from: "2016-10-03", to: "2016-10-03")
        let month = try q.said(from: "2016-10", to: "2016-10")
        let year = try q.said(from: "2016", to: "2016")
        #expect(day.allSatisfy { overlaps($0, "2016-10-03", "2016-10-03") })
        #expect(month.allSatisfy { overlaps($0, "2016-10", "2016-10") })
        #expect(Set(day.map(\.id)).isSubset(of: Set(month.map(\.id))))
        #expect(Set(month.map(\.id)).isSubset(of: Set(year.map(\.id))))
        #expect(has(day, Self.oct3, "When people come back from war"))
        // facts dated by the month only fall in the month, not in a window before it
        let monthOnly = year.filter { $0.date == "2016-08" }
        #expect(!monthOnly.isEmpty)
        let august = try q.said(from: "2016-08", to: "2016-08")
        #expect(Set(monthOnly.map(\.id)).isSubset(of: Set(august.map(\.id))))
        #expect(try q.said(from: "2016-09", to: "2016-09").allSatisfy { $0.date != "2016-08" })
        // open-ended windows
        let sinceOct = try q.said(from: "2016-10")
        #expect(sinceOct.allSatisfy { $0.date.flatMap(DateRange.init(value:)).map { $0.last >= DateRange(value: "2016-10-01")!.first } ?? false })
        #expect(sinceOct.contains { $0.doc == "004_960878f8a4acc796.txt" })  // 2021
        let untilSep = try q.said(to: "2016-09")
        #expect(Set(untilSep.map(\.id)).isDisjoint(with: Set(sinceOct.map(\.id)).subtracting(month.map(\.id))))
        // undated statements (the seed 000) never fall in a window
        #expect(try q.said(from: "1000", to: "3000").allSatisfy { $0.date != nil })
        #expect(try q.said(by: "Landsbergis", from: "1000", to: "3000").isEmpty)
    }

    // MARK: events

    @Test func eventsByKindActorAndWindow() throws {
        let meetings = try q.events(kind: "meeting", from: "2016-10", to: "2016-10")
        #expect(meetings.allSatisfy { $0.cue == "meeting" && overlaps($0, "2016-10", "2016-10") })
        // `Trump made the pledge at a Retired American Warriors conference in Herndon, Virginia on Monday.`
        let conference = try #require(meetings.first { $0.doc == Self.oct3 && $0.text == "conference" })
        #expect(conference.date == "2016-10-03")
        #expect(conference.actors.contains("Donald Trump"))
        #expect(try q.events(actor: "Trump", from: "2016-10", to: "2016-10").contains { $0.id == conference.id })
        // a coarse kind covers its finer kinds ("meeting" includes "visit"); a finer kind is only itself
        let all = try q.events()
        #expect(all.count > 300)
        #expect(isChronological(all))
        for kind in Set(all.compactMap(\.cue)) + ["meeting", "declaration", "other"] {
            let expected = all.filter { EventKinds.expand(kind).contains($0.cue ?? "") }.map(\.id)
            #expect(try q.events(kind: kind).map(\.id) == expected, "\(kind)")
        }
        #expect(try q.events(kind: "meeting").contains { $0.cue == "visit" })
        #expect(try q.events(kind: "visit").allSatisfy { $0.cue == "visit" })
        // the seed events are still there: the declaration of October 2020 and Canada's events
        // (the Declaration, the conference, "initiated by Canada")
        #expect(try q.events(kind: "declaration", from: "2020-10", to: "2020-10").count == 1)
        // (Cruz "was born in Canada", PolNeAR dev, is an event of the kind other: Canada is a
        // place there, no actor of it)
        #expect(try q.events(actor: "Canada").compactMap(\.cue).sorted() == ["declaration", "declaration", "meeting"])
        // an actor filter keeps only events the actor takes part in
        let trump = try q.events(actor: "Donald Trump")
        #expect(!trump.isEmpty)
        #expect(trump.allSatisfy { $0.actors.contains("Donald Trump") || $0.actors.contains("Trump") })
    }

    // MARK: actor

    @Test func actorReportOrdersFactsAndCountsCoActors() throws {
        let r = try q.actor("Trump")
        #expect(r.name == "Donald Trump")
        #expect(r.ids == ["donald-trump", "trump"])
        #expect(r.aliases.contains("Trump"))
        #expect(isChronological(r.facts))
        // statements by him, statements about him and his events, each once
        #expect(Set(r.facts.map(\.id)).count == r.facts.count)
        let by = try q.said(by: "Trump"), about = try q.said(about: "Trump"), evs = try q.events(actor: "Trump")
        #expect(Set(r.facts.map(\.id)) == Set(by.map(\.id) + about.map(\.id) + evs.map(\.id)))
        #expect(r.facts.contains { $0.doc == Self.oct3 && $0.text.contains("When people come back from war") })
        // the candidates appear together more than with anyone else
        #expect(r.coActors.first?.name == "Hillary Clinton")
        #expect(!r.coActors.contains { $0.name == "Donald Trump" })
        #expect(zip(r.coActors, r.coActors.dropFirst()).allSatisfy { $0.count > $1.count || ($0.count == $1.count && $0.name < $1.name) })
        // the count of a co-actor is the number of facts that name both
        let clinton = try #require(r.coActors.first { $0.name == "Hillary Clinton" })
        #expect(clinton.count == r.facts.filter { $0.actors.contains("Hillary Clinton") || $0.speaker == "Hillary Clinton" }.count)
        // the first article that names him (breitbart, 21 September) says only "Sanders"; later
        // ones say "Bernie Sanders": the actor goes by the full name, the surname is an alias
        let sanders = try q.actor("Sanders")
        #expect(sanders.name == "Bernie Sanders")
        #expect(sanders.aliases.contains("Sanders"))
        // an alias gives the same report: "Moscow" is Russia
        let russia = try q.actor("Moscow")
        #expect(russia.name == "Russia")
        #expect(russia.aliases.contains("Moscow"))
        #expect(russia.facts.contains { $0.doc == Self.vets && $0.text.contains("would not affect his policy toward Russia") })
    }

    // MARK: between

    @Test func betweenGivesDatedFactsInTheWindowInOrder() throws {
        let rows = try q.between("2016-10-01", "2016-10-31")
        #expect(rows.allSatisfy { $0.date != nil && overlaps($0, "2016-10-01", "2016-10-31") })
        #expect(isChronological(rows))
        #expect(rows.count == (try q.said(from: "2016-10-01", to: "2016-10-31")).count + (try q.events(from: "2016-10-01", to: "2016-10-31")).count)
        #expect(has(rows, Self.oct3, "When people come back from war"))
        #expect(rows.contains { $0.kind == .event && $0.doc == Self.oct3 && $0.text == "conference" })
        // not the debate of 26 September, nor the seeds (2020–2021)
        #expect(!has(rows, Self.debate, "paying no income taxes was smart"))
        #expect(!rows.contains { $0.doc.hasPrefix("00") })
        // a partial-date window is the same as its days
        #expect(try q.between("2016-10", "2016-10").map(\.id) == rows.map(\.id))
    }

    // MARK: search

    @Test func searchIsRankedFullText() throws {
        let rows = try q.search("tax returns", limit: 20)
        #expect(!rows.isEmpty && rows.count <= 20)
        // every hit has both words, in the statement or its sentence
        #expect(rows.allSatisfy { r in ["tax", "returns"].allSatisfy { (r.text + " " + (r.sentence ?? "")).lowercased().contains($0) } })
        // best first (bm25: lower is better)
        let ranks = rows.compactMap(\.rank)
        #expect(ranks.count == rows.count && ranks == ranks.sorted())
        // the short, on-topic statement of the column on Trump's returns ranks high
        #expect(rows.prefix(5).contains { $0.doc == Self.returns && $0.text == "without seeing his tax returns" })
        #expect(try q.search("tax returns", limit: 3).map(\.id) == rows.prefix(3).map(\.id))
        // words, not substrings; punctuation is ignored
        #expect(try q.search("Kuleba's").contains { $0.speaker == "Dmytro Kuleba" })
        #expect(try q.search("zzzunknownword").isEmpty)
        #expect(try q.search("?!").isEmpty)
    }

    // MARK: unknown actors

    @Test func unknownActorSuggestsClosestNames() {
        #expect {
            try q.said(by: "Trunp")
        } throws: { e in
            guard case ChronicleError.unknownActor(let n, let s) = e else { return false }
            return n == "Trunp" && s.first == "Trump"
        }
        #expect {
            try q.actor("Hilary Clintn")
        } throws: { e in
            guard case ChronicleError.unknownActor(_, let s) = e else { return false }
            return s.first == "Hillary Clinton" && !s.contains("HIllary Clinton")  // the text's typo, an alias, is the same name
        }
    }
}
