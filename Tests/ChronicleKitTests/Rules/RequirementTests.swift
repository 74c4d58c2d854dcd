import Foundation
import Testing
@testable import ChronicleKit

/// The words and token classes a rule's sentence must contain (`RuleSet.requirements`): the sets
/// most likely to fail are checked first, and a rule whose sentence lacks one is no candidate.
@Suite struct RequirementTests {
    let book = Support.pipeline.book

    func rule(_ stage: String, _ id: String) -> (Int, Rule) {
        let rules = book.rules(stage).rules
        let k = rules.firstIndex { $0.id == id }!
        return (k, rules[k])
    }

    /// The forms of a required set's words, for reading it.
    func forms(_ set: CandidateIndex.ElementSet) -> Set<String> {
        Set(set.ids.map { book.vocabulary.forms[Int($0)] })
    }

    @Test func setsWithoutShortFormsComeFirst() {
        // `, a|an|the … r=( @member-roles | writer|doctor|… ) of|for|…`: the nouns of people, not
        // the comma, the article or the preposition that nearly every sentence has
        let (_, r) = rule("actors", "actor.person.name-appositive-noun")
        let sets = RuleSet.requirements(r.pattern, book: book)
        #expect(!sets.isEmpty)
        #expect(forms(sets[0]).contains("teacher"), "\(sets.map(forms))")
        #expect(!forms(sets[0]).contains(","))
    }

    @Test func aTokenClassCanBeRequired() {
        let (_, decade) = rule("time", "time.date.decade")
        let sets = RuleSet.requirements(decade.pattern, book: book)
        let k = book.classNames.firstIndex(of: "decade")!
        #expect(sets.contains { $0.classes == [k] }, "\(sets)")
        // a class set comes after the word sets: `title-to-name` keeps "to|at|for" before `#name`
        let (_, titled) = rule("actors", "actor.person.title-to-name")
        let named = book.classNames.firstIndex(of: "name")!
        let order = RuleSet.requirements(titled.pattern, book: book)
        if let c = order.firstIndex(where: { $0.classes.contains(named) }) {
            #expect(order[..<c].contains { forms($0).contains("to") }, "\(order)")
        }
    }

    /// `actor.media.channel-number` needs a number (`#int`) in its sentence: it is a candidate
    /// at "SportsCenter" before "5", and none in a sentence without a number.
    @Test func aRuleWhoseClassIsMissingIsNoCandidate() {
        let (k, _) = rule("actors", "actor.media.channel-number")
        let index = book.candidateIndex("actors")
        func candidate(_ text: String, at word: String) -> Bool {
            let doc = Support.pipeline.analyze(id: "t", text: text).document
            let matcher = Matcher(tokens: doc.tokens, book: book, layers: Layers())
            let list = index.makeList()
            let s = doc.sentences[0]
            let i = s.tokens.first { doc.tokens[$0].text == word }!
            index.candidates(at: i, in: s.tokens, matcher: matcher, into: list)
            return list.contains(k)
        }
        #expect(candidate("The Red Sox are out of the chase, SportsCenter 5 has learned.", at: "SportsCenter"))
        #expect(!candidate("The Red Sox are out of the chase, SportsCenter has learned.", at: "SportsCenter"))
    }
}
