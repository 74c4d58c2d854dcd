import Foundation
import Testing
@testable import ChronicleKit

/// The hand-made gold of the two seed articles as an end-to-end test. The scoring follows
/// `shared/tools/gold_score.py`: phrases located case-insensitively with curly quotes folded,
/// one-to-one matching, speakers by name or alias, events by coarse kind.
@Suite struct SeedGoldTests {
    struct Gold: Decodable {
        struct Doc: Decodable { var file: String; var date: String? }
        struct GActor: Decodable { var name: String; var kind: String; var aliases: [String] }
        struct GStatement: Decodable { var file: String; var speaker: [String]; var phrase: String; var direct: Bool; var date: String? }
        struct GEvent: Decodable { var file: String; var kind: String; var phrase: String; var date: String?; var actors: [String] }
        struct GTime: Decodable { var file: String; var text: String; var value: String }
        var documents: [Doc]
        var actors: [GActor]
        var not_actors: [String]
        var statements: [GStatement]
        var events: [GEvent]
        var times: [GTime]
    }

    static func fold(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}": out += "\""
            case "\u{2018}", "\u{2019}": out += "'"
            default: out.unicodeScalars.append(c)
            }
        }
        return out.lowercased()
    }

    static func norm(_ s: String?) -> String { (s ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }

    /// The scalar span of `phrase` in `text`, case-insensitive, curly quotes folded.
    static func locate(_ text: String, _ phrase: String) -> Span? {
        let t = Array(fold(text).unicodeScalars), p = Array(fold(phrase).unicodeScalars)
        guard p.count <= t.count else { return nil }
        for i in 0...(t.count - p.count) where Array(t[i..<(i + p.count)]) == p { return Span(i, i + p.count) }
        return nil
    }

    let gold: Gold
    let corpus: Corpus
    let json: [String: Any]

    init() throws {
        gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Support.fixtures.appendingPathComponent("seeds-gold.json")))
        corpus = Support.seeds()
        json = try JSONSerialization.jsonObject(with: Data(ChronicleJSONWriter().write(Chronology(corpus: corpus)).utf8)) as! [String: Any]
    }

    func text(_ file: String) throws -> String { try String(contentsOfFile: Support.seedDir + "/" + file, encoding: .utf8) }

    var actors: [[String: Any]] { json["actors"] as! [[String: Any]] }

    func names(ofActor id: String?, fallback: String? = nil) -> Set<String> {
        var out = Set<String>()
        if let a = actors.first(where: { $0["id"] as? String == id }) {
            out.insert(Self.norm(a["name"] as? String))
            for n in a["aliases"] as! [String] { out.insert(Self.norm(n)) }
        }
        if let fallback { out.insert(Self.norm(fallback)) }
        out.remove("")
        return out
    }

    func accepted(_ goldName: String) -> Set<String> {
        guard let a = gold.actors.first(where: { $0.name == goldName }) else { return [Self.norm(goldName)] }
        return Set([Self.norm(a.name)] + a.aliases.map { Self.norm($0) })
    }

    func sameActor(_ goldName: String, _ id: String?, _ fallback: String? = nil) -> Bool {
        !accepted(goldName).isDisjoint(with: names(ofActor: id, fallback: fallback))
    }

    static func span(_ o: [String: Any]) -> Span {
        let a = o["span"] as! [Int]
        return Span(a[0], a[1])
    }

    @Test func statementsHaveTheRightSpeakerAndDate() throws {
        let sys = json["statements"] as! [[String: Any]]
        var used = Set<Int>()
        var ok = 0
        var misses: [String] = []
        let docDate = Dictionary(uniqueKeysWithValues: gold.documents.map { ($0.file, $0.date) })
        for g in gold.statements {
            let loc = try #require(Self.locate(try text(g.file), g.phrase))
            let cands = sys.indices.filter { !used.contains($0) && sys[$0]["doc"] as? String == g.file && Self.span(sys[$0]).overlaps(loc) }
            let best = cands.first { i in g.speaker.contains { sameActor($0, sys[i]["speaker"] as? String, sys[i]["speaker_name"] as? String) } } ?? cands.first
            guard let b = best else { misses.append("not found: \(g.phrase)"); continue }
            used.insert(b)
            let s = sys[b]
            guard g.speaker.contains(where: { sameActor($0, s["speaker"] as? String, s["speaker_name"] as? String) }) else {
                misses.append("speaker \(s["speaker_name"] ?? "nil"): \(g.phrase)")
                continue
            }
            var okDates: Set<String?> = [g.date]
            if g.date == nil { okDates.insert(docDate[g.file] ?? nil) }
            if okDates.contains(s["date"] as? String) { ok += 1 } else { misses.append("date \(s["date"] ?? "nil"): \(g.phrase)") }
        }
        #expect(ok == gold.statements.count, "misses: \(misses)")
        #expect(gold.statements.count == 12)
    }

    static let coarse = ["visit": "meeting", "agreement": "declaration", "sanction": "other", "withdrawal": "other", "military": "other", "violence": "other"]

    @Test func eventsHaveTheRightKindDateAndActors() throws {
        let sys = json["events"] as! [[String: Any]]
        var used = Set<Int>()
        var found = 0, dated = 0, withActors = 0
        var misses: [String] = []
        for g in gold.events {
            let loc = try #require(Self.locate(try text(g.file), g.phrase))
            let cands = sys.indices.filter { i in
                let k = sys[i]["kind"] as! String
                return !used.contains(i) && sys[i]["doc"] as? String == g.file && (Self.coarse[k] ?? k) == (Self.coarse[g.kind] ?? g.kind) && Self.span(sys[i]).overlaps(loc)
            }
            guard let c = cands.first else { misses.append("not found: \(g.phrase)"); continue }
            used.insert(c)
            found += 1
            if sys[c]["date"] as? String == g.date { dated += 1 } else { misses.append("date \(sys[c]["date"] ?? "nil"): \(g.phrase)") }
            let ids = sys[c]["actors"] as! [String]
            if g.actors.allSatisfy({ n in ids.contains { sameActor(n, $0) } }) { withActors += 1 } else { misses.append("actors \(ids): \(g.phrase)") }
        }
        #expect(found == 5 && dated == 5 && withActors == 5, "misses: \(misses)")
    }

    @Test func timesHaveTheRightValues() throws {
        let sys = json["times"] as! [[String: Any]]
        var ok = 0
        for g in gold.times {
            let loc = try #require(Self.locate(try text(g.file), g.text))
            let c = sys.filter { $0["doc"] as? String == g.file && Self.span($0).overlaps(loc) }
            if c.contains(where: { $0["value"] as? String == g.value }) { ok += 1 }
        }
        #expect(ok == 3)
    }

    @Test func everyActorIsFoundWithItsKindAndNoFalseActor() {
        var found = 0, kindOK = 0
        var missing: [String] = []
        for a in gold.actors {
            let hits = actors.filter { x in !accepted(a.name).isDisjoint(with: names(ofActor: x["id"] as? String)) }
            if hits.isEmpty { missing.append(a.name); continue }
            found += 1
            if hits.contains(where: { $0["kind"] as? String == a.kind }) { kindOK += 1 }
        }
        #expect(found == 15 && kindOK == 15, "missing: \(missing)")
        let bad = actors.filter { x in gold.not_actors.contains { names(ofActor: x["id"] as? String).contains(Self.norm($0)) } }
        #expect(bad.isEmpty, "false actors: \(bad.map { $0["name"]! })")
    }

    @Test func undatedArticleGivesNoDatedEvents() {
        // 000 has no date: its events are undated, never placed at a guessed date
        let events = (json["events"] as! [[String: Any]]).filter { $0["doc"] as? String == "000_4ac7836bcd041fca.txt" }
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0["date"] is NSNull })
    }
}
