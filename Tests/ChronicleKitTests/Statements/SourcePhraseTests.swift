import Testing
@testable import ChronicleKit

/// Session 21 (issue 19): who speaks in "X told Y that …", "X was quoted by Y as saying …", and
/// what "X said Friday in response to …" reports.
@Suite struct SourcePhraseTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n").statements }

    @Test func theAddresseeOfToldIsNoSpeaker() {
        let s = statements("Another provincial official, Ghasem Karami, told The Associated Press that high casualties were not expected.")
        let st = s.first { $0.text.contains("casualties") }
        #expect(st?.speaker == "Ghasem Karami", "\(s.map { "\($0.speaker ?? "-"): \($0.text)" })")
    }

    @Test func theSubjectOfQuotedAsSayingSpeaks() {
        let s = statements("Heidar Alishvandi, the governor of Qeshm, was quoted by state-run television as saying rescue teams were deployed to the area.")
        let st = s.first { $0.text.contains("rescue teams") }
        #expect(st?.speaker == "Heidar Alishvandi", "\(s.map { "\($0.speaker ?? "-"): \($0.text)" })")
        #expect(st?.text.hasPrefix("rescue teams") == true)
        #expect(st?.provenance.rule == "statement.cue.quoted-as-saying")
    }

    @Test func aTimeAfterTheCueLeavesTheClauseBeforeAsContent() {
        let s = statements("The United States had the right to defend its citizens, New Zealand said Friday in response to the missile attacks.")
        let st = s.first { $0.speaker == "New Zealand" }
        #expect(st?.text == "The United States had the right to defend its citizens", "\(s.map { "\($0.speaker ?? "-"): \($0.text)" })")
        #expect(st?.date == "2021-02-12")
    }

    @Test func aCoordinatedSubjectOfCommonNounsSpeaksWhole() {
        let s = statements("The death toll has risen to 12, hospital officials and family members said Wednesday.")
        let st = s.first
        #expect(st.flatMap { $0.sourceSpan }.map { Array("Title\n\nThe death toll has risen to 12, hospital officials and family members said Wednesday.\n".unicodeScalars)[$0.start..<$0.end].map(String.init).joined() } == "hospital officials and family members")
    }

    @Test func thunderedIsAVerbOfSaying() {
        let s = statements("“A demonstration is one thing and murder is quite another!” Prime Minister George Papandreou thundered in Parliament.")
        #expect(s.first?.speaker == "George Papandreou", "\(s.map { "\($0.speaker ?? "-"): \($0.text)" })")
    }

    @Test func theIssuerOfAMessageSpeaks() {
        let s = statements("Parliamentary elections in Turkmenistan will be held on a two-party basis, a message from the Central Commission for Elections and Referenda of Turkmenistan said.")
        #expect(s.first?.speaker == "Central Commission for Elections and Referenda", "\(s.map { "\($0.speaker ?? "-"): \($0.text)" })")
    }
}
