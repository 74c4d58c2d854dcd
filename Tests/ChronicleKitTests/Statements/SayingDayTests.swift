import Testing
@testable import ChronicleKit

/// Session 21 (issue 19): a statement's date is the day of the attribution, not any date of its
/// sentence, and the day the lead statement gives carries to its speaker's later statements.
@Suite struct SayingDayTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2010-05-05").statements }

    @Test func aDateFarFromTheCueIsNoDayOfSaying() {
        let s = statements("“A demonstration is one thing and murder is quite another,” Prime Minister George Papandreou thundered in Parliament during a session to discuss the spending cuts he announced Sunday.")
        let quote = s.first { $0.provenance.rule == "statement.quote.source-cue" }
        #expect(quote?.speaker == "George Papandreou")
        #expect(quote?.date == "2010-05-05", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func aDateOpeningTheSentenceIsTheDayOrYearOfSaying() {
        let s = statements("In 2009, police said they had recovered 80 percent of the haul. On Monday, officials said the road was open.")
        #expect(s.first { $0.text.contains("haul") }?.date == "2009", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("road") }?.date == "2010-05-03")
    }

    @Test func theLeadsDayCarriesToItsSpeakersLaterStatements() {
        let s = statements("The United States had the right to defend its citizens, New Zealand said Monday in response to the attacks. Terrorism is an indiscriminate killer, New Zealand said. Other countries have argued that the strikes were illegal.")
        #expect(s.first { $0.text.contains("killer") }?.date == "2010-05-03", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("illegal") }?.date == "2010-05-05")
    }

    @Test func aDayCarriesFromAnyStatementOfTheSpeaker() {
        // Session 22: not only the lead's day: "Owen said Tuesday that …" dates his next quotation
        let s = statements("The fire destroyed the old building. Judi Bittner says the destruction is a big loss. Public Safety Director Jon Owen said Monday that the city had not bought the property. “The building was uninsured,” Owen said.")
        #expect(s.first { $0.text.contains("uninsured") }?.date == "2010-05-03", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("big loss") }?.date == "2010-05-05")
    }

    @Test func theDayOfAnOccasionDatesWhatItsRelativeClauseReports() {
        // Session 23 (sample g): "a March 21 phone call …, in which he said …", "Trump’s May 1
        // call when he asked …"; the occasion's day does not carry to the speaker's later statements
        let s = statements("Carlineo was arrested for a May 1 phone call he made to the office, in which he said he would hurt her. He told police he supported the president.")
        #expect(s.first { $0.text.contains("hurt her") }?.date == "2010-05-01", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("supported") }?.date == "2010-05-05", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        // a day far from the relative clause, or behind a comma, dates nothing
        let t = statements("On the long drive after the May 1 meeting with all of the other local party leaders of the region, when he said he was tired, Smith slept.")
        #expect(!t.contains { $0.date == "2010-05-01" && $0.text.contains("tired") }, "\(t.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func aDateInsideAQuotationIsNoDayOfSaying() {
        // "today" is part of what Obama said: the day of the lead carries to the quotation
        let s = statements("President Barack Obama announced plans Monday to resume full scientific reviews. “We can grow our economy today,” Obama said, “and preserve the environment.”")
        #expect(s.first { $0.text.contains("grow our economy") }?.date == "2010-05-03", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func aStatementSaidLaterOrByAnotherUnnamedSourceKeepsTheArticleDate() {
        let s = statements("Governor Kristi Noem said Monday that the campaign was working. Noem later tweeted that the epidemic “needs to be a dinner table conversation.”")
        #expect(s.first { $0.text.contains("dinner table") }?.date == "2010-05-05", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        let t = statements("A neighbor said Monday that she heard a crash. “She wasn’t breathing,” another neighbor said.")
        #expect(t.first { $0.text.contains("breathing") }?.date == "2010-05-05", "\(t.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func anOccasionWithoutAStatementDatesItsSpeakersLaterStatements() {
        // Session 25 (sample u): the lead dates a testimony that reports nothing of its own
        let s = statements("Kurt Volker, the former special envoy, and Tim Morrison, a former council official, testified before the House Intelligence Committee Monday about the events. Volker said he had no knowledge of any efforts to urge an inquiry. Senator Jane Doe said the hearing was unfair.")
        #expect(s.first { $0.text.contains("no knowledge") }?.date == "2010-05-03", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        // other speakers keep the article's date, and the testimony itself says nothing
        #expect(s.first { $0.text.contains("unfair") }?.date == "2010-05-05", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(!s.contains { $0.text.contains("House Intelligence Committee") }, "\(s.map(\.text))")
        // a day inside what another source says, next to the name of the organisation it speaks
        // for, is no occasion of that organisation
        let t = statements("The school must respond by May 3, NCAA spokesman Erik Christianson said. The NCAA said the case was serious.")
        #expect(t.first { $0.text.contains("serious") }?.date == "2010-05-05", "\(t.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func aWeekCarriesAsADayDoes() {
        // Session 25 (sample g): "Last week … Holmes revealed …, saying …", then "… Holmes testified"
        let s = statements("Last week State Department official David Holmes revealed one of those calls to investigators, saying he recalled it vividly. “I then heard the president ask about it,” Holmes testified.")
        #expect(s.first { $0.text.contains("heard the president") }?.date == "2010-W17", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func anOpeningClauseDatesTheSayingAfterIt() {
        // Session 25 (sample u): "When …, he said …" and "In an interview …, X said …"
        let s = statements("When President Ashraf Ghani first announced the exchange last week, he said the freed men would not return to the front line. In an interview on Monday, Governor Jane Doe said the roads were safe. In addition to the three deaths on Monday, the office said another 30 people had been injured.")
        #expect(s.first { $0.text.contains("front line") }?.date == "2010-W17", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("roads were safe") }?.date == "2010-05-03", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("30 people") }?.date == "2010-05-05", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func aLeadDayAfterTheArticleDateIsTheDayOfEveryLaterStatement() {
        // Session 26 (sample d): a wire story dated Wednesday whose lead was said Thursday (where it
        // happened): the other speakers' undated statements were said that Thursday too
        let s = statements("The United States had the right to defend its citizens, New Zealand said Thursday. Foreign Minister Don McKinnon said that terrorism is an indiscriminate killer. His spokeswoman said the sites were linked to the attacks.")
        #expect(s.first { $0.text.contains("killer") }?.date == "2010-05-06", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("linked") }?.date == "2010-05-06")
        // a lead said the day before the article's date carries only to its own speaker (above)
        let t = statements("The United States had the right to defend its citizens, New Zealand said Tuesday. Foreign Minister Don McKinnon said that terrorism is an indiscriminate killer.")
        #expect(t.first { $0.text.contains("killer") }?.date == "2010-05-05")
    }

    @Test func aHeadlineStatementWasSaidOnTheLeadsDay() {
        // Session 26 (sample u): "…, Austria says" sums up "Austria's interior minister said on Tuesday"
        let a = Support.analyze("House will become a police station, Austria says\n\nThe house will be turned into a police station, Austria's interior minister said on Tuesday. It will house the police, the ministry said.\n", date: "2019-11-20")
        #expect(a.statements.first { $0.text.contains("will become") }?.date == "2019-11-19", "\(a.statements.map { "\($0.date ?? "-"): \($0.text)" })")
        // a lead with no day of its own leaves the headline on the article's date
        let b = Support.analyze("House will become a police station, Austria says\n\nThe house will be turned into a police station, Austria's interior minister said.\n", date: "2019-11-20")
        #expect(b.statements.first { $0.text.contains("will become") }?.date == "2019-11-20")
    }
}
