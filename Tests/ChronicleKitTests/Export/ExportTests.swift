import Foundation
import Testing
@testable import ChronicleKit

@Suite struct ExportTests {
    @Test func chronicleJSONFollowsTheContract() throws {
        let text = ChronicleJSONWriter().write(Support.seedChronology())
        let j = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(j["chronicle"] as? Int == 1)
        for key in ["documents", "actors", "times", "statements", "events"] { #expect(j[key] is [Any], "\(key)") }
        let st = try #require((j["statements"] as? [[String: Any]])?.first)
        for key in ["id", "doc", "span", "text", "direct", "speaker", "speaker_name", "source_span", "cue_span", "cue", "date", "about", "rule"] {
            #expect(st.keys.contains(key), "statement lacks \(key)")
        }
        let ev = try #require((j["events"] as? [[String: Any]])?.first)
        for key in ["id", "kind", "doc", "span", "text", "date", "actors", "rule"] { #expect(ev.keys.contains(key), "event lacks \(key)") }
        let docs = try #require(j["documents"] as? [[String: Any]])
        #expect(docs.map { $0["source"] as? String } == ["Ukrinform", "UNIAN"])
        #expect(docs.map { $0["date"] as? String } == [nil, "2021-02-15"])
        // sorted by document, then span
        let spans = (j["statements"] as! [[String: Any]]).map { ($0["doc"] as! String, ($0["span"] as! [Int])[0]) }
        #expect(spans.map { "\($0.0)#\(String(format: "%06d", $0.1))" } == spans.map { "\($0.0)#\(String(format: "%06d", $0.1))" }.sorted())
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSON.string("a\"b\\c\n\u{1}").serialized() == "\"a\\\"b\\\\c\\n\\u0001\"")
    }

    @Test func reportHasAChronologyTableAndUndatedSection() {
        let md = MarkdownReport().write(Support.seedChronology())
        #expect(md.contains("| Date | Who | What | Source sentence | Where |"))
        #expect(md.contains("## Undated"))
        let decl = md.range(of: "| Oct 2020 |")!.lowerBound
        let conf = md.range(of: "| 15 Feb 2021 |")!.lowerBound
        let summit = md.range(of: "| 2021 |")!.lowerBound
        #expect(decl < conf && conf < summit)
    }
}
