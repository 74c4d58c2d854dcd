import Foundation
import Testing
@testable import ChronicleKit

/// `chronicle events` writes statements as speech events (issue 18, items 2 and 8): the cue is
/// the trigger, the speaker the agent, "said" a declaration, "urged" a call; "according to" and
/// cues an event already has are left out.
@Suite struct StatementEventsTests {
    @Test func statementsAreSpeechEventsAfterTheDocumentsEvents() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-speech-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "date 2021-02-15\n\nDmytro Kuleba said the talks had failed. Josep Borrell urged Moscow to release the prisoners. The border is closed, according to officials.\n"
        let file = dir.appendingPathComponent("a.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (out, problems) = try EventExport().run(inputs: [file.path], date: nil)
        #expect(problems.isEmpty)
        let lines = out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let speech = lines.filter { $0["from"] as? String == "statement" }
        let scalars = Array(text.unicodeScalars)
        func at(_ v: Any?) -> String {
            guard let p = v as? [Int], p.count == 2 else { return "" }
            return String(String.UnicodeScalarView(scalars[p[0]..<p[1]]))
        }
        let said = speech.first { at($0["trigger"]) == "said" }
        #expect(said?["kind"] as? String == "declaration", "\(speech)")
        #expect(at((said?["args"] as? [[String: Any]])?.first?["span"]) == "Dmytro Kuleba")
        let urged = speech.first { at($0["trigger"]).hasPrefix("urged") }
        #expect(urged == nil || urged?["kind"] as? String == "call", "\(speech)")
        #expect(!speech.contains { at($0["trigger"]).hasPrefix("according") })
        // a speech event comes after every event of its document, and each has its own cluster
        if let firstSpeech = lines.firstIndex(where: { $0["from"] as? String == "statement" }) {
            #expect(lines[firstSpeech...].allSatisfy { $0["from"] as? String == "statement" })
        }
        #expect(Set(speech.compactMap { $0["cluster"] as? String }).count == speech.count)
        // no cue is both an event's trigger and a speech event
        let triggers = lines.filter { $0["from"] == nil }.map { at($0["trigger"]) }
        #expect(!speech.contains { s in triggers.contains(at(s["trigger"])) && at(s["trigger"]) == "urged" })
    }
}
