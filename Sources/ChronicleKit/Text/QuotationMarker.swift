/// Pairs quotation marks within each paragraph.
///
/// Curly and guillemet marks pair by direction, one level deep (an opening mark inside an open
/// quotation starts a quotation inside it); a closing mark that opens a paragraph opens a
/// quotation (”…” is a common typo). Straight double quotes toggle, except that a straight mark
/// written right after the text of an open curly quotation, with no straight one open, closes it
/// (“…," — mixed marks are common in copied text), and a closing curly mark written right after
/// the text of an open straight quotation, with no curly one open, closes that ("…!”). Single marks (‘…’ and '…', British and
/// international outlets: 'We will fight it,' he said) pair on a track of their own, as the
/// closing mark is also an apostrophe: an opening one is ‘, or ' with no text before it and
/// text after it; a closing one is ’ or ' written right after text and followed by no letter
/// ("don’t" and "Russia's" are words, not marks). A closing mark after a plural "s" with a word
/// after it ("the workers' union") closes only when no plainer closing mark follows in the
/// paragraph (`tentativeSingle`). A mark left
/// open at the end of its paragraph pairs with nothing (no quote is guessed). Once a
/// paragraph has `maxPerParagraph` quotations, its further marks pair with nothing
/// (`Limits.maxParagraphQuotes`); they are counted in `unpaired`.
public struct QuotationMarker: Sendable {
    public var maxPerParagraph: Int

    public init(maxPerParagraph: Int = Limits.standard.maxParagraphQuotes) { self.maxPerParagraph = maxPerParagraph }

    enum Role { case open, close, toggle, none }

    /// The role of a quote token's mark (`.none` for other marks).
    @inline(__always)
    static func role(quote text: String) -> Role {
        guard let c = text.unicodeScalars.first else { return .none }
        switch c.value {
        case 0x201C, 0x00AB, 0x201E: return .open
        case 0x201D, 0x00BB: return .close
        case 0x22: return .toggle
        case 0x27: return text.utf8.count == 2 && text.utf8.last == 0x27 ? .toggle : .none
        case 0x60: return text.utf8.count == 2 ? .open : .none
        // two curly single marks as one double mark: ‘‘…’’ (a lone one is a single mark)
        case 0x2018: return text.unicodeScalars.count == 2 ? .open : .none
        case 0x2019: return text.unicodeScalars.count == 2 ? .close : .none
        default: return .none
        }
    }

    /// The role of a single mark at `i` (`.none` when it is no single mark, or is an
    /// apostrophe: "'90s", "rock 'n' roll" pairs as a quotation of "n", which no statement reads).
    @inline(__always)
    static func singleRole(_ tokens: [Token], _ i: Int, _ scalars: [Unicode.Scalar]) -> Role {
        let text = tokens[i].text
        guard text.unicodeScalars.count == 1, let c = text.unicodeScalars.first,
              c.value == 0x2018 || c.value == 0x2019 || c.value == 0x27 else { return .none }
        let at = tokens[i].span.start
        let before: Unicode.Scalar? = at > 0 && at <= scalars.count ? scalars[at - 1] : nil
        let after: Unicode.Scalar? = at + 1 < scalars.count ? scalars[at + 1] : nil
        let textBefore = before.map { !$0.properties.isWhitespace && !"([{—–-\"“".unicodeScalars.contains($0) } ?? false
        let textAfter = after.map { !$0.properties.isWhitespace } ?? false
        if c.value == 0x2018 { return textAfter ? .open : .none }
        if !textBefore && textAfter {
            // an apostrophe before digits ("'90s") is no mark
            if let a = after, a.properties.numericType != nil { return .none }
            return .open
        }
        if textBefore {
            if let a = after, Tokenizer.isLetter(a) || Tokenizer.isDigit(a) { return .none }
            return .close
        }
        return .none
    }

    /// A closing single mark that may be a plural possessive: after an "s" and with a word
    /// after it ("the workers' union", "the Bidens’ interests").
    @inline(__always)
    static func possessiveLike(_ tokens: [Token], _ i: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .word, tokens[i - 1].text.hasSuffix("s"),
              tokens[i + 1].kind == .word, !tokens[i + 1].paragraphStart else { return false }
        return true
    }

    /// Whether a mark is written right after text (no space before it): a closing mark.
    @inline(__always)
    static func followsText(_ t: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        let at = t.span.start
        guard at > 0, at <= scalars.count else { return false }
        return !scalars[at - 1].properties.isWhitespace
    }

    /// Whether the straight mark at `i`, inside a straight quotation opened at `o`, stands for a
    /// closing mark and an opening one written as one: a space before it, a sentence's closing
    /// "." "?" or "!" written right after the quotation's text before the space, and a capitalised
    /// word written right after it ("… run its course. "The Chargers have …"). In typeset text a
    /// closing mark follows its text and an opening one precedes its text, so a mark with both
    /// shapes where a quotation is open closes the one sentence and opens the next.
    /// The next straight mark of the paragraph (among the next 80 tokens) must have a closing
    /// shape, written right after its text, for the one it would close: after "#Oscars! "DeGeneres
    /// tweeted Friday. "I'd like …" the next mark opens, so the first only closes (the capitalised
    /// word was the source). (Bounded: 80 tokens, only where the shape is seen.)
    static func closesAndOpens(_ tokens: [Token], _ i: Int, after o: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard i - 1 > o + 1, i + 1 < tokens.count, !followsText(tokens[i], scalars) else { return false }
        let end = tokens[i - 1], next = tokens[i + 1]
        guard end.kind == .punct && (end.text.isByte(46) || end.text.isByte(63) || end.text.isByte(33)) && followsText(end, scalars)
            && !next.paragraphStart && next.kind == .word && next.isCapitalized && followsText(next, scalars) else { return false }
        var k = i + 2
        while k < min(tokens.count, i + 80), !tokens[k].paragraphStart {
            if tokens[k].kind == .quote && role(quote: tokens[k].text) == .toggle {
                // (also the closing mark of the same texts after a comma, a space before it and the
                // source's first word right after it: "…, "she told CNA.")
                let after = k + 1 < tokens.count && !tokens[k + 1].paragraphStart ? tokens[k + 1] : nil
                if tokens[k - 1].text.isByte(44), let w = after, w.kind == .word, !w.isCapitalized, followsText(w, scalars) { return true }
                return followsText(tokens[k], scalars) && (after.map { !followsText($0, scalars) } ?? true)
            }
            k += 1
        }
        return false
    }

    public func mark(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Quote] {
        var work = 0
        return mark(tokens, scalars: scalars, work: &work).quotes
    }

    /// The quotations, and how many marks were left unpaired because their paragraph had
    /// `maxPerParagraph` quotations already; the steps of its loops are added to `work`.
    public func mark(_ tokens: [Token], scalars: [Unicode.Scalar], work: inout Int) -> (quotes: [Quote], unpaired: Int) {
        var quotes: [Quote] = []
        var inParagraph = 0
        var unpaired = 0
        // directional marks and straight marks pair separately, so straight quotes nested in
        // curly ones ("“Yes, "no" and…”") pair among themselves
        var openCurly: Int?
        var outerCurly: Int?
        var openStraight: Int?
        // single marks: the open one, and a possessive-looking closing mark seen after it
        var openSingle: Int?
        var tentativeSingle: Int?
        func closeTentative() {
            if let o = openSingle, let c = tentativeSingle { add(o, c) }
            openSingle = nil
            tentativeSingle = nil
        }
        // (tokens are read field by field: a token copy retains two strings)
        for i in tokens.indices {
            if tokens[i].paragraphStart {
                closeTentative()
                openCurly = nil; outerCurly = nil; openStraight = nil; inParagraph = 0
            }
            guard tokens[i].kind == .quote else { continue }
            work += 1
            if inParagraph >= maxPerParagraph { unpaired += 1; continue }
            switch Self.singleRole(tokens, i, scalars) {
            case .open:
                closeTentative()
                openSingle = i
                continue
            case .close:
                if let o = openSingle {
                    if Self.possessiveLike(tokens, i, scalars) {
                        if tentativeSingle == nil { tentativeSingle = i }
                    } else {
                        add(o, i)
                        openSingle = nil
                        tentativeSingle = nil
                    }
                }
                continue
            case .toggle, .none:
                break
            }
            switch QuotationMarker.role(quote: tokens[i].text) {
            case .open:
                // one quotation inside another (“… what he calls “hell” than …”): the outer one is kept open
                outerCurly = openCurly
                openCurly = i
                openStraight = nil
            case .close:
                if let o = openCurly {
                    add(o, i)
                    openCurly = outerCurly
                    outerCurly = nil
                } else if let o = openStraight, i > o + 1, Self.followsText(tokens[i], scalars) {
                    // a straight quotation closed by a curly mark written right after its text
                    // ("Fort Worth P.D. Open the door! We’re coming in!” an officer shouts.)
                    add(o, i)
                } else if tokens[i].paragraphStart {
                    // a paragraph that opens with a closing mark opens a quotation (”Fear. I am …”)
                    openCurly = i
                }
                openStraight = nil
            case .toggle:
                if let o = openStraight, Self.closesAndOpens(tokens, i, after: o, scalars) {
                    // one mark for a closing and an opening one (texts rebuilt from tokens: "… run its
                    // course. "The Chargers have always been leaders …," Smith added): the quotation
                    // ends at the sentence's end and another one opens
                    add(o, i - 1)
                    openStraight = i
                } else if let o = openStraight {
                    add(o, i)
                    openStraight = nil
                } else if let o = openCurly, i > o + 1, Self.followsText(tokens[i], scalars) {
                    // a curly quotation closed by a straight mark written right after its text
                    // (“Immunity deals should not be a requirement …," Chaffetz said)
                    add(o, i)
                    openCurly = outerCurly
                    outerCurly = nil
                } else {
                    openStraight = i
                }
            case .none:
                break
            }
        }
        closeTentative()
        func add(_ o: Int, _ c: Int) {
            guard c > o + 1 else { return }
            inParagraph += 1
            var b = c
            // (a run of commas and colons before the closing mark is trimmed: each is visited once)
            while b > o + 2 && (tokens[b - 1].text.isByte(44) || tokens[b - 1].text.isByte(58)) { b -= 1; work += 1 }
            quotes.append(Quote(outer: Span(tokens[o].span.start, tokens[c].span.end),
                                inner: Span(tokens[o + 1].span.start, tokens[b - 1].span.end),
                                tokens: o..<(c + 1)))
        }
        return (quotes.sorted { $0.outer < $1.outer }, unpaired)
    }
}
