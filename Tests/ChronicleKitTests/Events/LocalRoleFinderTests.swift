import Testing
@testable import ChronicleKit

/// The subject read without the parse (`LocalRoleFinder.subjectPhrase`), session 26: an apposition
/// set off by commas between a subject and its verb (an age, or a phrase opened by an article).
@Suite struct LocalRoleFinderTests: TypedEventTesting {
    func agent(_ e: [Event], _ word: String) -> String? {
        e.first { $0.text.hasPrefix(word) }?.typing?.arguments.first { $0.role == "agent" || $0.role == "target" }?.text
    }

    @Test func theSubjectBeforeAnApposition() {
        let age = typed("Robert Buckley, 32, fell about 2,000 feet on Saturday while climbing the mountain.", date: "2013-09-16")
        #expect(agent(age, "fell") == "Robert Buckley", "\(seen(age))")
        let noun = typed("The climber, a 36-year-old man, fell 200 feet from a ridge on Friday.", date: "2013-09-16")
        #expect(agent(noun, "fell") == "The climber", "\(seen(noun))")
    }

    /// The passive's subject is its target: "Anthony LaCalamita III, 38, was arraigned".
    @Test func thePassiveSubjectBeforeAnAge() {
        let e = typed("Anthony LaCalamita, 38, was arraigned on Wednesday on murder charges.", date: "2007-04-11")
        #expect(agent(e, "arraigned") == "Anthony LaCalamita", "\(seen(e))")
    }

    func arg(_ e: [Event], _ word: String, _ role: String) -> String? {
        e.first { $0.text.hasPrefix(word) }?.typing?.arguments.first { $0.role == role }?.text
    }

    /// Session 38: a nominal event's "of" phrase ends before a verb in the past tense (the clause's
    /// predicate), not with it.
    @Test func theOfPhraseEndsBeforeThePredicate() {
        let e = typed("The arrest of 36 activists came after weeks of protests.", date: "2021-02-15")
        #expect(arg(e, "arrest", "target") == "36 activists", "\(seen(e))")
        let i = typed("The invasion of Ukraine began before dawn.", date: "2021-02-15")
        #expect(arg(i, "invasion", "target") == "Ukraine", "\(seen(i))")
        // (a plural noun that the tagger may read as VBZ stays in the phrase)
        let r = typed("Israel discovered a cache of Katyusha rockets last week.", date: "2021-02-15")
        #expect(arg(r, "discovered", "target")?.hasPrefix("a cache") ?? true, "\(seen(r))")
    }

    /// Session 38: the "of" phrase is the target when the entry's frame says so ("the acquisition
    /// of Activision") or when a "by" phrase after it names the doer; else, for the kinds not done
    /// to someone, it is the agent ("the resignation of the minister").
    @Test func theOfPhraseIsTheTargetWhereTheFrameOrAByPhraseSaysSo() {
        let a = typed("Investors welcomed the acquisition of Activision by Microsoft on Tuesday.", date: "2022-01-20")
        #expect(arg(a, "acquisition", "target") == "Activision", "\(seen(a))")
        #expect(arg(a, "acquisition", "agent") == "Microsoft", "\(seen(a))")
        let c = typed("The criticism of President Joe Biden grew louder.", date: "2022-01-20")
        #expect(arg(c, "criticism", "target") == "President Joe Biden", "\(seen(c))")
        #expect(arg(c, "criticism", "agent") == nil, "\(seen(c))")
        let r = typed("The resignation of Prime Minister Boris Johnson was accepted.", date: "2022-07-07")
        #expect(arg(r, "resignation", "agent") == "Prime Minister Boris Johnson", "\(seen(r))")
        // what names no one is a theme, not an agent
        let o = typed("An outbreak of cholera was reported in the camp.", date: "2022-07-07")
        #expect(arg(o, "outbreak", "agent") == nil, "\(seen(o))")
        #expect(arg(o, "outbreak", "theme") == "cholera", "\(seen(o))")
        // (session 39: the one elected is the election's target, as the entry's frame `of` says)
        let e = typed("The protests followed the election of a new president in December.", date: "2022-01-20")
        #expect(arg(e, "election", "target") == "a new president", "\(seen(e))")
        #expect(arg(e, "election", "agent") == nil, "\(seen(e))")
    }
}
