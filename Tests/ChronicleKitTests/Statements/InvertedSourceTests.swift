import Testing
@testable import ChronicleKit

/// The source after an inverted cue (session 24): a long description with a participle and an
/// acronym before the name, and a day after it.
@Suite struct InvertedSourceTests {
    func speakers(_ text: String) -> [String: String?] {
        let a = Support.analyze("Title\n\n" + text + "\n", date: "1998-09-11")
        var out: [String: String?] = [:]
        for s in a.statements { out[s.text] = s.speaker }
        return out
    }

    @Test func aDescriptionWithAParticipleBeforeTheNameSpeaks() {
        let s = speakers("\"He was the last of the old-school bosses,\" said ex-NYPD organized crime detective Joe Coffey. \"He was a tough boss,\" said former NYPD detective Jane Roe on Monday.")
        #expect(s.first { $0.key.contains("old-school") }?.value == "Joe Coffey", "\(s)")
        #expect(s.first { $0.key.contains("tough boss") }?.value == "Jane Roe", "\(s)")
    }

    @Test func aDayAfterTheNameEndsTheSource() {
        let a = Support.analyze("Title\n\n\"He was a good boss,\" said detective Joe Coffey Monday. \"The crowd was calm all night,\" said a reporter for USA Today.\n", date: "1998-09-11")
        let good = a.statements.first { $0.text.contains("good boss") }
        #expect(good?.speaker == "Joe Coffey", "\(a.statements)")
        #expect(good?.date == "1998-09-07", "\(a.statements)")
        // a capitalised "Today" in a name is no day
        let fine = a.statements.first { $0.text.contains("crowd was calm") }
        #expect(fine.flatMap { $0.sourceSpan.map { a.document.text($0) } }?.hasSuffix("USA Today") == true, "\(a.statements)")
    }
}
