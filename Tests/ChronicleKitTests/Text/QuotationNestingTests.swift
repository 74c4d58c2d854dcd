import Testing
@testable import ChronicleKit

/// Quotation marks one level deep, and a paragraph opened by a closing mark (PolNeAR dev).
@Suite struct QuotationMarkerNestingTests {
    func quotes(_ text: String) -> [String] {
        let a = Support.analyze("Title\n\n" + text + "\n")
        return a.document.quotes.map { a.document.text($0.inner) }
    }

    @Test func aQuotationInsideAQuotationKeepsTheOuterOne() {
        let q = quotes("“I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte")
        #expect(q.contains("hell"))
        #expect(q.contains { $0.hasPrefix("I’d rather live") && $0.hasSuffix("president.") }, "\(q)")
    }

    @Test func aClosingMarkOpeningAParagraphOpensAQuotation() {
        let q = quotes("”Fear. I am truly afraid that he will win.” ― Edwin Monroy")
        #expect(q == ["Fear. I am truly afraid that he will win."])
    }

    @Test func aClosingMarkInsideAParagraphOpensNothing() {
        #expect(quotes("He said ”no” and left.").isEmpty)
    }

    @Test func aCurlyQuotationClosedByAStraightMarkEndsThere() {
        // PolNeAR dev (Politico, 2016-09-23): an opening curly mark and a closing straight one
        let q = quotes("“Immunity deals should not be a requirement for cooperating with the FBI,\" Oversight Chairman Jason Chaffetz said, adding that the agreements were handed out \"like candy.\"")
        #expect(q == ["Immunity deals should not be a requirement for cooperating with the FBI", "like candy."], "\(q)")
        // straight marks opened after a space inside a curly quotation still pair among themselves
        let nested = quotes("“He called it a \"scam,\" then left,” she said.")
        #expect(nested.contains("scam") && nested.contains { $0.hasPrefix("He called it") }, "\(nested)")
    }

    @Test func aStraightQuotationClosedByACurlyMarkEndsThere() {
        // sample v (session 27): an opening straight mark and a closing curly one
        let q = quotes("\"Fort Worth P.D. Open the door! We’re coming in!” an officer shouts. She called it \"a scam.\"")
        #expect(q == ["Fort Worth P.D. Open the door! We’re coming in!", "a scam."], "\(q)")
        // a curly quotation keeps its own closing mark ("“…” she said")
        let c = quotes("“We are here,” she said.")
        #expect(c == ["We are here"], "\(c)")
    }

    @Test func graveAccentsOpenAQuotationThatTwoApostrophesClose() {
        // wire and treebank text (AP in TempEval-3): ``…'' for “…”
        let q = quotes("``It was definitely a bomb,'' he said. A ``grave'' mark alone: `no.")
        #expect(q == ["It was definitely a bomb", "grave"], "\(q)")
        let a = Support.analyze("Title\n\n``It was definitely a bomb,'' the official said.\n")
        // the statement is the quotation, as with straight marks, not the whole sentence with its cue
        #expect(a.statements.map(\.text) == ["``It was definitely a bomb,''"], "\(a.statements.map(\.text))")
        #expect(a.statements.first?.direct == true)
    }

    @Test func twoCurlySingleMarksCloseADoubleQuotation() {
        // Session 25 (sample u, AP copy): “…’’ and ‘‘…’’ for “…”; a lone ’ stays a single mark
        let q = quotes("“It was an attempt to mislead voters,’’ Will Moy told the BBC. ‘‘No,’’ she said. ‘Yes,’ he said.")
        #expect(q == ["It was an attempt to mislead voters", "No", "Yes"], "\(q)")
    }

    @Test func singleMarksPairAsQuotationsAndApostrophesDoNot() {
        // British and international outlets quote with single marks, over several sentences
        let q = quotes("'It is a bad deal for the country. We will fight it', he added. ‘No,’ she said.")
        #expect(q == ["It is a bad deal for the country. We will fight it", "No"], "\(q)")
        // apostrophes inside and after words are no marks, with no quotation open
        #expect(quotes("He didn't see the workers' union in the '90s, Russia's envoy said.").isEmpty)
        // a plural possessive inside a single quotation does not close it
        let p = quotes("'The workers' union will strike,' the leader said.")
        #expect(p == ["The workers' union will strike"], "\(p)")
        // with nothing plainer after it, the possessive-looking mark closes
        #expect(quotes("Police said he had 'no plans' today.") == ["no plans"])
        let a = Support.analyze("Title\n\n'We will fight it. It is a bad deal,' the minister said.\n")
        #expect(a.statements.count == 1 && a.statements[0].direct && a.statements[0].text.hasPrefix("'We will fight it."), "\(a.statements.map(\.text))")
    }
}

/// A straight mark that stands for a closing and an opening mark (texts rebuilt from tokens,
/// ECB+: "… run its course. "The Chargers …," Smith added.), session 29.
@Suite struct CollapsedQuotationMarkTests {
    func quotes(_ text: String) -> [String] {
        let a = Support.analyze("Title\n\n" + text + "\n")
        return a.document.quotes.map { a.document.text($0.inner) }
    }

    @Test func aMarkBetweenTwoSentencesOfAnOpenQuotationClosesAndOpens() {
        // sample t (ECB+ dev 35_1): one mark for ." and "
        let q = quotes("\"We'll continue to monitor the situation and let the legal process run its course. \"The Chargers have always been leaders in our community,\" Smith added. \"We take our stature very seriously.\"")
        #expect(q == ["We'll continue to monitor the situation and let the legal process run its course", "The Chargers have always been leaders in our community", "We take our stature very seriously."], "\(q)")
    }

    @Test func theNextMarkMayCloseAfterACommaAndASpace() {
        // ECB+ dev 34_9: "… the Pro Ecclesia medal. "You don't get that …, "she told CNA."
        let q = quotes("\"And she was given the Pro Ecclesia medal. \"You don't get that for just being a token Catholic, \"she told CNA.")
        #expect(q == ["And she was given the Pro Ecclesia medal", "You don't get that for just being a token Catholic"], "\(q)")
    }

    @Test func aMarkBeforeTheSourceOnlyCloses() {
        // ECB+ dev 2_2: the capitalised word after the mark is the source; the next mark opens
        let q = quotes("\"It's official: I'm hosting the #Oscars! \"DeGeneres tweeted Friday. \"I'd like to thank the Academy.\" She hosted before.")
        #expect(q == ["It's official: I'm hosting the #Oscars!", "I'd like to thank the Academy."], "\(q)")
    }

    @Test func typesetMarksToggleAsBefore() {
        // (a closing mark written after its text, then an opening one: two quotations as before)
        let q = quotes("\"We are done.\" \"We go home now,\" he said.")
        #expect(q == ["We are done.", "We go home now"], "\(q)")
        // (a mark with a space before it after a comma closes: "…, "said Captain …")
        let c = quotes("\"The vessels were boarded, \"said Captain Nambiar. Then \"they left.\"")
        #expect(c == ["The vessels were boarded", "they left."], "\(c)")
    }
}
