import Foundation
import Testing
@testable import ChronicleKit

/// The token kinds a class declares (`TokenClasses.kinds`) let the matcher skip its predicate
/// for other tokens; a wrong claim would silently lose matches, so every claim is checked
/// against real text.
@Suite struct TokenClassesTests {
    let book = Support.pipeline.book

    /// Tokens of the seed articles, the PolNeAR dev fixtures and a line with every kind.
    func corpusTokens() throws -> [[Token]] {
        var texts = ["It's 10:30 on Jan. 5th, 1990s '90s — U.S. \"quoted\" «guillemets» 3.5% of 1,000 ... A. B. Smith ; ok? 2021!"]
        for dir in [Support.seedDir, Support.fixtures.appendingPathComponent("polnear-dev").path] {
            for f in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where f.hasSuffix(".txt") {
                texts.append(try String(contentsOfFile: dir + "/" + f, encoding: .utf8))
            }
        }
        return texts.map { book.tokenizer.tokenize(Array($0.unicodeScalars)) }
    }

    @Test func everyClassMemberHasADeclaredKind() throws {
        let docs = try corpusTokens()
        var checked = 0, members = 0
        for (c, name) in book.classNames.enumerated() where book.classKinds[c] != TokenClasses.anyKind {
            checked += 1
            for toks in docs {
                for i in toks.indices where book.classList[c](toks, i) {
                    members += 1
                    #expect(book.classKinds[c] & (1 << toks[i].kind.rawValue) != 0, "#\(name) holds '\(toks[i].text)' of kind \(toks[i].kind)")
                }
            }
        }
        #expect(checked >= 10)
        #expect(members > 1000)
    }

    @Test func theMatcherAnswersLikeThePredicate() throws {
        // the kind check is a shortcut only: the matcher's answer equals the predicate's
        let toks = try corpusTokens()[0]
        let m = Matcher(tokens: toks, book: book, layers: Layers())
        for c in book.classNames.indices {
            for i in toks.indices { #expect(m.inClass(c, i) == book.classList[c](toks, i)) }
        }
    }
}
