import Foundation
import Testing
@testable import ChronicleKit

/// An event merged across articles is listed again, in chronicle.json, in each other article
/// that tells it (`merged_into`), and the reader keeps one event with every mention.
@Suite struct MergedEventEntryTests {
    static let files = [
        "a.txt": "date 1998-08-11\n\nBombings\n\nThe bombings of the U.S. embassies in Kenya and Tanzania on Aug. 7, 1998 killed 224 people.\n",
        "b.txt": "date 1998-08-20\n\nStrikes\n\nThe United States struck back on Thursday. The bombings of the U.S. embassies in Kenya and Tanzania on Aug. 7, 1998 killed 224 people, officials said.\n",
    ]

    @Test func aMergedEventIsListedInEachArticleThatTellsIt() throws {
        let c = try Support.chronology(MergedEventEntryTests.files)
        let merged = c.events.filter { Set($0.mentions.map(\.doc)).count > 1 }
        try #require(!merged.isEmpty, "no event merged across the two articles: \(c.events.map { ($0.doc, $0.text, $0.date ?? "-") })")
        let data = Data(ChronicleJSONWriter().write(c).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        for e in merged {
            let others = Set(e.mentions.map(\.doc)).subtracting([e.doc])
            for doc in others {
                let entry = events.first { $0["merged_into"] as? String == e.id && $0["doc"] as? String == doc }
                #expect(entry != nil, "no entry of \(e.id) in \(doc)")
                #expect(entry?["date"] as? String == e.date)
                #expect(entry?["id"] as? String == e.id + "@" + doc)
            }
        }
        // the list stays sorted by document order, then span
        let docOrder = Dictionary(uniqueKeysWithValues: c.documents.enumerated().map { ($1.id, $0) })
        let keys = events.map { e -> (Int, Int) in (docOrder[e["doc"] as? String ?? ""] ?? -1, (e["span"] as? [Int])?.first ?? -1) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        // read back: one event per merged event, with all its mentions
        let back = try ChronicleJSONReader().read(data: data, path: "chronicle.json")
        #expect(back.events.count == c.events.count)
        #expect(back.events.map(\.id) == c.events.map(\.id))
    }
}
