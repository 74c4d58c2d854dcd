/// Pairs quotation marks within each paragraph.
///
/// Curly and guillemet marks pair by direction, one level deep (an opening mark inside an open
/// quotation starts a quotation inside it); a closing mark that opens a paragraph opens a
/// quotation (”…” is a common typo). Straight double quotes toggle, except that a straight mark
/// written right after the text of an open curly quotation, with no straight one open, closes it
/// (“…," — mixed marks are common in copied text). A mark left
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
        default: return .none
        }
    }

    /// Whether a mark is written right after text (no space before it): a closing mark.
    @inline(__always)
    static func followsText(_ t: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        let at = t.span.start
        guard at > 0, at <= scalars.count else { return false }
        return !scalars[at - 1].properties.isWhitespace
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
        // (tokens are read field by field: a token copy retains two strings)
        for i in tokens.indices {
            if tokens[i].paragraphStart { openCurly = nil; outerCurly = nil; openStraight = nil; inParagraph = 0 }
            guard tokens[i].kind == .quote else { continue }
            work += 1
            if inParagraph >= maxPerParagraph { unpaired += 1; continue }
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
                } else if tokens[i].paragraphStart {
                    // a paragraph that opens with a closing mark opens a quotation (”Fear. I am …”)
                    openCurly = i
                }
                openStraight = nil
            case .toggle:
                if let o = openStraight {
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
