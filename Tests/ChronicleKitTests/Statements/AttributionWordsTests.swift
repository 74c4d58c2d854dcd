import Testing
@testable import ChronicleKit

/// The `verb` and `tail` columns of the `attribution-words` lexicon (session 33: the cue finder's
/// plural subjects and the statement finder's prepositions of place were lists in code). Every
/// line with an example gives the source it names.
@Suite struct AttributionWordsTests {
    static let lexicon = try! RuleBook.standard().lexicons.get("attribution-words")
    static let examples: [String] = lexicon.entries.compactMap { $0["example"] }

    @Test func theSetsComeFromTheLexicon() throws {
        let cues = CueFinder(book: try RuleBook.standard())
        for w in ["they", "many", "both", "two", "dozens", "police", "people", "personnel"] { #expect(cues.pluralSubjects.contains(w), "\(w)") }
        for w in ["he", "it", "the", "in"] { #expect(!cues.pluralSubjects.contains(w), "\(w)") }
        let places: Set<String> = ["in", "at", "from", "atop", "near", "outside", "inside", "beside", "behind", "aboard", "beneath"]
        #expect(cues.placePrepositions.words == places)
        #expect(cues.tailPrepositions.words == places.union(["to"]))
        // a line listed for its verb only has no class: "police" is no stop word
        let t = Tokenizer().tokenize(Array("Police from the company".unicodeScalars))
        #expect(cues.cls(t[0]) == nil && cues.cls(t[1]) == "stop")
        // a plural subject by the lexicon, a singular one by none
        #expect(cues.isPlural(t[0]) && !cues.isPlural(t[3]))
    }

    @Test(arguments: AttributionWordsTests.examples)
    func theExampleGivesItsSource(example: String) throws {
        let e = try #require(Self.lexicon.entries.first { $0["example"] == example })
        let source = try #require(e["source"], "attribution-words: \(example) has no source")
        let f = CueFinderTests().found(example)
        #expect(f.contains { $0.source == source }, "\(example): \(f)")
    }
}
