import Foundation
import Testing
@testable import ChronicleKit

/// Queries over a store of the two seeds, against hand-checked answers.
@Suite struct ChroniclerTests {
    let q: Chronicler

    init() throws {
        let store = try Store()
        try store.save(Support.seedChronology())
        q = Chronicler(store: store)
    }

    @Test func saidByResolvesSurnamesAndAliases() throws {
        // two quotes, "noting that…", "highlighted…" and "invited…"
        let kuleba = try q.said(by: "Kuleba")
        #expect(kuleba.count == 5)
        #expect(kuleba.allSatisfy { $0.speaker == "Dmytro Kuleba" && $0.date == "2021-02-15" && $0.doc == "004_960878f8a4acc796.txt" })
        #expect(try q.said(by: "Minister Kuleba").count == 5)
        // Landsbergis: nine statements in 000, all undated
        let landsbergis = try q.said(by: "Landsbergis")
        #expect(landsbergis.count == 9)
        #expect(landsbergis.allSatisfy { $0.date == nil })
        #expect(landsbergis.map(\.span.start) == landsbergis.map(\.span.start).sorted())
    }

    @Test func saidAboutAndContains() throws {
        let aboutRussia = try q.said(about: "Moscow")
        #expect(aboutRussia.count >= 8)
        #expect(aboutRussia.allSatisfy { $0.actors.contains("Russia") })
        let released = try q.said(contains: "political prisoners")
        #expect(released.count == 1)
        #expect(released.first?.direct == true)
    }

    @Test func partialDateBounds() throws {
        // the seven statements of 004, all dated 2021-02-15
        #expect(try q.said(from: "2021-02", to: "2021-02").count == 7)
        #expect(try q.said(from: "2021-03").isEmpty)
        #expect(try q.said(to: "2020").isEmpty)
        // undated statements never fall in a window
        #expect(try q.said(from: "1900", to: "2100").count == 7)
    }

    @Test func eventsByKindActorAndWindow() throws {
        let meetings = try q.events(kind: "meeting")
        #expect(meetings.map(\.date) == ["2021-02-15", "2021", nil])
        #expect(try q.events(kind: "declaration").first?.date == "2020-10")
        // the Declaration, the conference, and the typed event "initiated by Canada" (agent)
        #expect(try q.events(actor: "Canada").compactMap(\.cue).sorted() == ["declaration", "declaration", "meeting"])
        #expect(try q.events(from: "2020-10-01", to: "2020-10-31").map(\.cue) == ["declaration"])
    }

    @Test func betweenGivesDatedFactsInOrder() throws {
        let rows = try q.between("2020", "2021-12-31")
        #expect(rows.first?.date == "2020-10")
        #expect(rows.last?.date == "2021")
        #expect(rows.allSatisfy { $0.date != nil })
        // 7 statements, the Declaration, the conference, "initiated", "invited" (a request, session
        // 34) and the Summit
        #expect(rows.count == 12)
    }

    @Test func actorReportHasFactsAndCoActors() throws {
        let r = try q.actor("Vilnius")
        #expect(r.name == "Lithuania")
        #expect(r.aliases.contains("Vilnius"))
        #expect(!r.facts.isEmpty)
        #expect(r.coActors.contains { $0.name == "Russia" })
    }

    @Test func fullTextSearchIsRanked() throws {
        let rows = try q.search("persecution")
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.text.lowercased().contains("persecution") })
        #expect(try q.search("nonexistentword").isEmpty)
    }

    @Test func unknownActorSuggestsClosestNames() {
        #expect {
            try q.said(by: "Kulbea")
        } throws: { e in
            guard case ChronicleError.unknownActor(let n, let s) = e else { return false }
            return n == "Kulbea" && s.contains("Kuleba")
        }
    }

    @Test func outputFormats() throws {
        let rows = try q.said(by: "Kuleba")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(QueryFormatter(format: .json).write(rows).utf8)) as? [[String: Any]])
        #expect(json.count == 5)
        for key in ["date", "doc", "span", "text", "speaker"] { #expect(json.allSatisfy { $0[key] != nil }, "\(key)") }
        let csv = Table.parseCSV(QueryFormatter(format: .csv).write(rows))
        #expect(csv.count == 6)
        #expect(csv[0] == QueryFormatter.header)
        #expect(QueryFormatter(format: .md).write(rows).hasPrefix("| date | kind |"))
        #expect(QueryFormatter(format: .table).write(rows).contains("Dmytro Kuleba"))
    }

    /// `said(contains:)` finds the statements whose text, with ASCII letters lowercased (as
    /// SQLite's `lower()` does), contains the lowercased words byte for byte; LIKE's wildcards and
    /// escape character are plain characters there.
    @Test func containsMatchesTextLiterally() throws {
        var c = Support.seedChronology()
        let texts = ["100% SURE it works", "a_b and A_B", #"back\slash"#, "École and ÉCOLE", "plain words", "percent % alone", "ab"]
        for (k, text) in texts.enumerated() { c.statements[k].text = text }
        let store = try Store()
        try store.save(c)
        let q = Chronicler(store: store)
        func asciiLowered(_ s: String) -> [UInt8] { s.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 } }
        func has(_ text: String, _ part: String) -> Bool {
            let t = asciiLowered(text), p = Array(part.utf8)
            return p.isEmpty || (p.count <= t.count && (0...(t.count - p.count)).contains { Array(t[$0..<($0 + p.count)]) == p })
        }
        let all = try q.said()
        for needle in ["%", "_", "a_b", "A_B", #"\"#, #"k\s"#, "100%", "% sure", "école", "ÉCOLE", "École", "ab", "AB", "", "zzz"] {
            let expected = all.filter { has($0.text, needle.lowercased()) }.map(\.id)
            #expect(try q.said(contains: needle).map(\.id) == expected, "\(needle)")
        }
    }
}
