import Foundation
import Testing
@testable import ChronicleKit

/// The language detector's stop words, looked up by their bytes (issue 16, speed).
@Suite struct WordTableTests {
    @Test func theWordTableFindsEveryStopWordAndNothingElse() {
        let d = LanguageDetector.standard
        #expect(!d.lists.isEmpty)
        for (k, l) in d.lists.enumerated() {
            for w in l.words {
                var w = w
                let bits = w.withUTF8 { d.index.bits(of: $0) }
                if w.utf8.count <= WordTable.maxBytes {
                    #expect(bits & (1 << UInt64(k)) != 0, "\(w) in \(l.lang)")
                    let holders = d.lists.indices.filter { d.lists[$0].words.contains(w) }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
                    #expect(bits == holders, "\(w)")
                } else {
                    #expect(bits == 0)
                }
            }
        }
        for w in ["zebra", "", "thethethethethe", "councils"] {
            var w = w
            #expect(w.withUTF8 { d.index.bits(of: $0) } == 0, "\(w)")
        }
    }
}
