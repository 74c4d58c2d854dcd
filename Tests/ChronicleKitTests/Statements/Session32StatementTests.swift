import Testing
@testable import ChronicleKit

/// Session 32 (issue 19): a capitalised name, the place it is in and that place's state before a
/// verb of saying: the name speaks, not the place.
@Suite struct Session32StatementTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func aNameInAPlaceWithItsStateSpeaks() {
        // "in Golden, Colo.," qualifies the name before it ("Survey" is a name's word here, no
        // document: "a survey from …")
        let f = found("Tehran's seismologic center said the quake measured magnitude-5.9, but the U.S. Geological Survey in Golden, Colo., said it was a magnitude-6.1 temblor.")
        let s = f.first { $0.content == "it was a magnitude-6.1 temblor" }
        #expect(s?.source?.hasPrefix("the U.S. Geological Survey in Golden") == true, "\(f)")
        #expect(s?.speaker == "U.S. Geological Survey", "\(f)")
        // a description in lower case before the place keeps its reading
        let g = found("A spokesman for the federal prison in Springfield, Mo., said the inmate was moved.")
        #expect(g.contains { $0.cue == "said" && $0.source == "A spokesman for the federal prison" && $0.content == "the inmate was moved" }, "\(g)")
    }
}
