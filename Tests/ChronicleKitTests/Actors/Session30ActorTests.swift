import Testing
@testable import ChronicleKit

/// Session 30 (issue 19): a head-word name after "and" or "of" in lower case, local stations,
/// dateline agencies and copyright holders.
@Suite struct Session30ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aHeadWordNameAfterAJoiningWordInLowerCaseStartsThere() {
        let a = kinds("The plant was closed at that point and LG Electronics had 3 GW of output.")
        #expect(a["LG Electronics"] == .organization, "\(a)")
        let o = kinds("The deal was approved by a unit of Hanwha Group on Monday.")
        #expect(o["Hanwha Group"] == .organization, "\(o)")
        // after a capitalised word the joining word is inside a longer name
        let p = kinds("Shares of Procter & Gamble Co. rose on Monday.")
        #expect(p["Gamble"] == nil && p["Gamble Co."] == nil, "\(p)")
    }

    @Test func anOrganisationsHeadWordBeforeTheHeadIsPartOfTheName() {
        let f = kinds("Fort Worth Police Department responded and confirmed the report.")
        #expect(f["Fort Worth Police Department"] == .organization, "\(f)")
        #expect(f["Fort Worth Police"] == nil, "\(f)")
    }

    @Test func aNetworkAndItsLettersNameALocalStation() {
        let c = kinds("CBS DFW reports the man who kidnapped the child was arrested.")
        #expect(c["CBS DFW"] == .media, "\(c)")
    }

    @Test func theAgencyOfADatelineIsAMedium() {
        let d = kinds("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope have confirmed the presence of water vapor.")
        #expect(d["HawaiiNewsNow"] == .media, "\(d)")
    }

    @Test func theAgencyOfAPicturesCreditIsAMedium() {
        let p = kinds("The case was mentioned at the court.\n\nPicture By: Arthur Allison/Pacemaker Press")
        #expect(p["Pacemaker Press"] == .media, "\(p)")
        #expect(p["Arthur Allison"] == .person, "\(p)")
        let n = kinds("The president spoke on Monday.\n\nPhoto: Julien De Rosa/Pool via REUTERS")
        #expect(n["Pool"] == nil, "\(n)")
    }

    @Test func theHolderOfACopyrightLineIsAMedium() {
        let c = kinds("NASA scientists have confirmed the presence of water vapor.\n\nCopyright 2019 Hawaii News Now. All rights reserved.")
        #expect(c["Hawaii News Now"] == .media, "\(c)")
    }
}
