import Testing
@testable import ChronicleKit

/// A lexicon entry's attributes answer by name as the dictionary they were given does.
@Suite struct LexiconEntryTests {
    @Test func attributesAnswerAsTheirDictionary() {
        let attrs = ["kind": "organization", "of": "yes", "at": "no", "position": "prefix"]
        let e = LexiconEntry(value: "x", attrs: attrs, surface: ["x"])
        for (k, v) in attrs { #expect(e[k] == v, "\(k)") }
        for k in ["", "kin", "kinds", "Kind", "value", "position "] { #expect(e[k] == nil, "\(k)") }
        #expect(e.attrs == attrs)
        // the order the attributes were given in does not matter
        var other = LexiconEntry(value: "x", attrs: [:], surface: ["x"])
        other.attrs = Dictionary(uniqueKeysWithValues: attrs.sorted { $0.key > $1.key })
        #expect(other == e)
        #expect(Set([e, other]).count == 1)
        other.attrs["kind"] = "media"
        #expect(other["kind"] == "media" && other != e)
    }

    @Test func bundledEntriesAnswerEveryAttribute() throws {
        let book = try RuleBook.standard()
        var asked = 0
        for lex in book.lexiconList {
            for e in lex.entries {
                for (k, v) in e.attrs { #expect(e[k] == v); asked += 1 }
            }
        }
        #expect(asked > 1000)
    }
}
