import Testing
@testable import ChronicleKit

/// Session 39 (issue 19): the source phrase of a cue takes a lower-case word right before one
/// capitalised word that modifies its common-noun head (`CueFinder.phrase(endingAt:)`).
@Suite struct Session39StatementTests {
    func source(_ text: String, _ content: String) throws -> String {
        let a = Support.analyze(text)
        let s = try #require(a.statements.first { $0.text.hasPrefix(content) }, "\(a.statements.map(\.text))")
        let src = try #require(s.sourceSpan, "no source")
        let t = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(t[src.start..<src.end]))
    }

    @Test func aWordBeforeANameThatModifiesTheHeadIsPartOfTheSource() throws {
        // sample h: "claims made in viral Weibo post that said …" gave "Weibo post"
        let s = try source("Leaders denied claims made in viral Weibo post that said the company misreported its sales.", "the company misreported")
        #expect(s.hasPrefix("viral Weibo post"), "\(s)")
        // (PolNeAR dev: "two Democratic speechwriters said")
        let t = try source("The book was written by two Democratic speechwriters, two Democratic speechwriters said on Monday.", "The book was written")
        #expect(t == "two Democratic speechwriters", "\(t)")
    }

    func speaker(_ text: String, _ content: String) throws -> String? {
        let a = Support.analyze(text)
        let s = try #require(a.statements.first { $0.text.hasPrefix(content) }, "\(a.statements.map(\.text))")
        return s.speaker
    }

    @Test func aNamedActorCoordinatedWithAnUnknownNameSpeaks() throws {
        // sample: "Ukraine and the West say …" had no speaker (the head "West" names no actor)
        #expect(try speaker("Ukraine and the West say Russia has launched an unprovoked war of aggression.", "Russia has launched") == "Ukraine")
        #expect(try speaker("The United Nations and the West said Russia has launched a war.", "Russia has launched") == "United Nations")
        // "Smith and her colleagues": a country or organisation and "its" people too
        #expect(try speaker("Ukraine and its allies say Russia has launched a war.", "Russia has launched") == "Ukraine")
        // two named actors: the one beside the cue, as for two people (unchanged)
        #expect(try speaker("Ukraine and Poland say Russia has launched a war.", "Russia has launched") == "Poland")
        #expect(try speaker("Donald Trump and Hillary Clinton said the debate was fair.", "the debate was fair") == "Hillary Clinton")
    }
}
