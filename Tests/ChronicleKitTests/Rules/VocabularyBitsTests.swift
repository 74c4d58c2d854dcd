import Foundation
import Testing
@testable import ChronicleKit

/// The per-id bits that stand in for table lookups (`Vocabulary.lexiconBits`) and the candidate
/// lists built on them must answer exactly what the tables answer.
@Suite struct VocabularyBitsTests {
    let book = Support.pipeline.book

    @Test func layerIndexConstantsNameTheirLayers() {
        #expect(Layers.all[Layers.actor] == "actor")
        #expect(Layers.all[Layers.event] == "event")
        #expect(Layers.all[Layers.person] == "person")
        #expect(Layers.all[Layers.quote] == "quote")
        #expect(Layers.all[Layers.time] == "time")
        var byIndex = Layers(), byName = Layers()
        byIndex.add(index: Layers.quote, tokens: 2..<5, item: 7)
        byName.add("quote", tokens: 2..<5, item: 7)
        #expect(byIndex.names == byName.names)
        #expect(byIndex.starting("quote", at: 2) == byName.starting("quote", at: 2))
    }

    @Test func lexiconBitsAgreeWithTheLexiconTries() {
        let vocab = book.vocabulary
        #expect(vocab.lexiconBits.count == vocab.count)
        var checked = 0
        for (k, lex) in book.lexiconList.enumerated() where k < Vocabulary.lexiconBitCount {
            for id in 0..<vocab.count {
                let bit = vocab.lexiconBits[id] & (1 << UInt64(k)) != 0
                if bit != lex.starts(id: Int32(id)) {
                    Issue.record("lexicon \(lex.name), form '\(vocab.forms[id])': bit \(bit)")
                    return
                }
                if bit { checked += 1 }
            }
        }
        #expect(checked > 1000)
    }

    @Test func indexBitsMarkExactlyTheIdsWithTheirOwnList() {
        let vocab = book.vocabulary
        for stage in ["actors", "events", "statements", "time"] {
            let index = book.candidateIndex(stage)
            #expect(index.vocabBit != 0, "\(stage) has no bit")
            let keys = Set(index.byId.keys.filter { $0 >= 0 })
            for id in 0..<vocab.count where (vocab.lexiconBits[id] & index.vocabBit != 0) != keys.contains(Int32(id)) {
                Issue.record("\(stage): form '\(vocab.forms[id])' bit and table disagree")
                return
            }
        }
    }

    /// Every rule that matches at a token is among that token's candidates (the index may only
    /// leave out rules that cannot match).
    @Test func candidatesIncludeEveryRuleThatMatches() throws {
        let dir = URL(fileURLWithPath: Support.seedDir)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        var matches = 0
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let doc = Support.pipeline.analyze(id: f, text: text).document
            for stage in ["actors", "events", "time"] {
                let rules = book.rules(stage)
                let index = book.candidateIndex(stage)
                let programs = rules.rules.map(book.program)
                let matcher = Matcher(tokens: doc.tokens, book: book, layers: Layers())
                let list = index.makeList()
                for s in doc.sentences {
                    for i in s.tokens {
                        index.candidates(at: i, in: s.tokens, matcher: matcher, into: list)
                        let found = Set(list)
                        #expect(Array(list) == Array(found).sorted(), "candidates sorted, each once")
                        for k in programs.indices where matcher.match(programs[k], at: i, in: s.tokens) != nil {
                            matches += 1
                            #expect(found.contains(k), "\(stage) rule \(rules.rules[k].id) matches at token \(i) of \(f) but is not a candidate")
                        }
                    }
                }
            }
        }
        #expect(matches > 20)
    }
}
