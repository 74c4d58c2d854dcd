import Testing
@testable import ChronicleKit

/// Issue 18 (session 11): capitalised words that the person rules read as a name but that name
/// no person (ActorRecognizer+FalsePersons.swift). Each case is a sentence of the kind found in
/// the PolNeAR and ECB+ dev articles, with the persons it must and must not give.
@Suite struct FalsePersonTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var persons: [String]
        var notPersons: [String]
        var testDescription: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        // a dateline's time zone and "Updated" (ECB+, session 21 sample e)
        Case(text: "First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET\n\nPolice Commissioner Ray Kelly said the suspect confessed.", persons: ["Ray Kelly"], notPersons: ["ET Updated", "Updated"]),
        // a title that goes on into the name; a pageant title alone names no one
        Case(text: "He attacked former Miss Universe Alicia Machado in a flurry of tweets.", persons: ["Alicia Machado"], notPersons: ["Universe", "Universe Alicia Machado"]),
        Case(text: "He tried to shame a former Miss Universe, saying she had gained weight.", persons: [], notPersons: ["Universe"]),
        // a title and a name that fill a quotation: a nickname
        Case(text: "Trump called the 1996 pageant winner “Miss Piggy” and “Miss Housekeeping” as examples.", persons: [], notPersons: ["Piggy", "Housekeeping"]),
        Case(text: "Clinton says the Ohio native nicknamed “King James” is a longtime advocate.", persons: [], notPersons: ["James"]),
        // head words of things and places, and a head word after the name
        Case(text: "He won a Tony Award in 2004 for his role in the musical.", persons: [], notPersons: ["Tony Award"]),
        Case(text: "Prosecutors may not enforce the subpoena because of Pagliano's Fifth Amendment claims, said Brian Fallon.", persons: ["Brian Fallon"], notPersons: ["Fifth Amendment"]),
        Case(text: "She is a trustee of the Robert Wood Johnson Foundation in Princeton.", persons: [], notPersons: ["Robert Wood Johnson"]),
        Case(text: "David Gorski, an associate professor of surgery at the Wayne State University School of Medicine, said so.", persons: ["David Gorski"], notPersons: ["Wayne State"]),
        // a place name, a ticker, a company's services (web body DEV pages, session 15)
        Case(text: "With Hong Kong protests exploding to new levels, Hong Kong said nothing.", persons: [], notPersons: ["Hong Kong"]),
        Case(text: "Brent LCOc1 futures rose 1.2% on Monday, traders said.", persons: [], notPersons: ["Brent LCOc1"]),
        Case(text: "Emergency Services said the road would stay closed.", persons: [], notPersons: ["Emergency Services"]),
        // a place name begun before the name
        Case(text: "The player was taken to the San Diego County Jail and released.", persons: [], notPersons: ["Diego County Jail", "Diego County"]),
        // the speech-verb rule after a preposition or a capitalised word: part of a longer name
        Case(text: "The Association of Flight Attendants called Clinton a champion.", persons: [], notPersons: ["Flight Attendants"]),
        Case(text: "In a meeting with the editorial board of the Washington Post Trump said that he would win.", persons: [], notPersons: ["Post Trump"]),
        Case(text: "The Committee for a Responsible Federal Budget reported that the plans would cost more.", persons: [], notPersons: ["Federal Budget"]),
        // words that stand before names in headlines, and role nouns after titles
        Case(text: "Rival Hillary Clinton had mocked the complaint, saying he was a sore loser.", persons: ["Hillary Clinton"], notPersons: ["Rival Hillary Clinton"]),
        Case(text: "The players had the day off. General Manager A.J. Smith issued a statement.", persons: [], notPersons: ["Manager"]),
        // a multi-word title starting inside the name ends it; a time zone is no name
        Case(text: "Barack Obama to Name Dr. Sanjay Gupta Surgeon General, the network reported.", persons: ["Sanjay Gupta"], notPersons: ["Sanjay Gupta Surgeon"]),
        Case(text: "Updated: May 24, 2005, 3:23 PM ET\n\nMaurice Cheeks is running the team.", persons: [], notPersons: ["ET"]),
        Case(text: "“Most of them jumped to flee the area,” Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said.", persons: ["Manohar Nambiar"], notPersons: ["Public Relations", "Public Relations Officer"]),
        Case(text: "A day earlier, the German cruise liner MS Columbus said it would fly its passengers home.", persons: [], notPersons: ["Columbus"]),
        // a headline name run into its verb is the name the body gives
        Case(text: "Jamal Williams Arrested For DUI\n\nChargers defensive tackle Jamal Williams was arrested on Wednesday, Jamal Williams said.",
             persons: ["Jamal Williams"], notPersons: ["Jamal Williams Arrested"]),
        // a name that fills a quotation is a title of a work; a possessive after a name is no quotation
        Case(text: "It mirrors Allen movies from “Radio Days” to “Annie Hall” and “Hannah and Her Sisters.” Diane Keaton starred.",
             persons: ["Diane Keaton"], notPersons: ["Annie Hall"]),
        Case(text: "“We will see,” he said.\n\nSteve Forbes’ gaze travels across the river. Steve Forbes said it again.",
             persons: ["Steve Forbes"], notPersons: []),
        // a word in capitals is no given name of a speaker
        Case(text: "The authors of the research published in the journal JAMA Psychiatry argued that the policies worked.",
             persons: [], notPersons: ["JAMA Psychiatry"]),
        // a given name is never cut off a full name
        Case(text: "The Mexican president, Enrique Peña Nieto, has tripped over the issue. Mr. Peña Nieto invited Mr. Trump to Mexico.",
             persons: ["Enrique Peña Nieto"], notPersons: []),
    ]

    @Test(arguments: cases) func personsOf(_ c: Case) {
        let a = Support.analyze(c.text).actors.actors
        let persons = Set(a.values.filter { $0.kind == .person }.map(\.name))
        for p in c.persons { #expect(persons.contains(p), "\(p) missing: \(persons.sorted())") }
        for p in c.notPersons { #expect(!persons.contains(p), "\(p) is a person: \(persons.sorted())") }
    }
}
