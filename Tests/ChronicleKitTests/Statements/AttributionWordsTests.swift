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

    /// Every set `CueWords` reads is in the lexicon's `set` column, and a word of a set is read
    /// as one (session 39: the sets were lists in `CueFinder`'s code).
    @Test func theCueWordSetsComeFromTheLexicon() throws {
        var named: [String: Set<String>] = [:]
        for e in Self.lexicon.entries {
            let w = Tokenizer.lowercase(e.surface.joined())
            for name in e["set"]?.split(separator: "/") ?? [] { named[String(name), default: []].formUnion([w, w.replacingOccurrences(of: "'", with: "’")]) }
        }
        #expect(Set(named.keys) == Set(CueWords.names), "sets in the lexicon: \(named.keys.sorted())")
        let words = CueFinder(book: try RuleBook.standard()).words
        let sets = Mirror(reflecting: words).children.compactMap { $0.value as? WordSet }
        #expect(sets.count == CueWords.names.count)
        for (name, set) in zip(CueWords.names, sets) {
            #expect(!set.words.isEmpty && set.words == named[name], "\(name)")
        }
        #expect(words.quantifier.contains("most") && !words.otherQuantifier.contains("most"))
        #expect(words.timeSpan.contains("evening") && !words.timeUnit.contains("evening"))
        // words of two tokens of the lexicon's tokenizer
        #expect(words.backReferenceVerb.contains("'s") && words.backReferenceVerb.contains("’s") && words.beForm.contains("isn’t"), "\(words.backReferenceVerb.words) \(words.beForm.words)")
        #expect(words.backReferenceVerb.words == ["'s", "’s", "is", "was"])
        #expect(words.beForm.words == ["was", "were", "is", "are", "been", "be", "being", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t"])
    }

    @Test(arguments: AttributionWordsTests.examples)
    func theExampleGivesItsSource(example: String) throws {
        let e = try #require(Self.lexicon.entries.first { $0["example"] == example })
        let source = try #require(e["source"], "attribution-words: \(example) has no source")
        let f = CueFinderTests().found(example)
        #expect(f.contains { $0.source == source }, "\(example): \(f)")
    }
}
