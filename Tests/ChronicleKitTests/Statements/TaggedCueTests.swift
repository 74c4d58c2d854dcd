import Testing
@testable import ChronicleKit

/// Session 23 (issue 19): without the parse, the cue finder reads the tagger's part of speech of
/// the default analysis (`Document.tags`): a form of a verb of saying the tagger reads as a noun
/// is no cue ("peaceful protests in more than 100 cities", "Abortion protests in seven states").
@Suite struct TaggedCueTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-20").statements }

    @Test func aNounTheTaggerReadsIsNoCue() {
        let s = statements("Security forces used lethal force to crush largely peaceful protests in more than 100 cities across Iran, Amnesty International said on Tuesday. Abortion protests in seven states followed the ruling.")
        #expect(!s.contains { $0.cue == "protests" }, "\(s.map { "\($0.cue ?? "-"): \($0.text)" })")
        #expect(s.contains { $0.cue == "said" && $0.text.contains("lethal force") })
    }

    @Test func aVerbTheTaggerReadsStaysACue() {
        let s = statements("The union leader John Smith protests that the cuts are unfair. Officials say the plan will pass. Participating states denounce detentions as political leverage.")
        #expect(s.contains { $0.cue == "denounce" }, "\(s.map { "\($0.cue ?? "-"): \($0.text)" })")
        #expect(s.contains { $0.cue == "protests" && $0.text.contains("cuts are unfair") }, "\(s.map { "\($0.cue ?? "-"): \($0.text)" })")
        // (a noun before "that" stays a noun: the fears are no one's saying)
        let t = statements("European Union officials tried to calm market fears that Greece's debt crisis was spreading.")
        #expect(!t.contains { $0.cue == "fears" }, "\(t.map { "\($0.cue ?? "-"): \($0.text)" })")
        #expect(s.contains { $0.cue == "say" && $0.text.contains("plan will pass") })
    }

    @Test func aListOfChargesAfterANameIsNoHeadline() {
        // sample g: the arrests of a police report, one paragraph a person
        let s = statements("Police arrested five people on Monday, Harris said.\n\nRyan Hollman: Dealing in methamphetamine, possession of heroin, held in jail in lieu of $326,000 bond.\n\nDmytro Kuleba: Russia Must Free the Prisoners Now")
        #expect(!s.contains { $0.text.contains("Dealing in methamphetamine") }, "\(s.map { "\($0.cue ?? "-"): \($0.text)" })")
        #expect(s.contains { $0.text.contains("Russia Must Free") }, "\(s.map { "\($0.cue ?? "-"): \($0.text)" })")
    }
}
