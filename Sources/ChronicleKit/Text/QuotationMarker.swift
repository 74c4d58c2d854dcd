/// Pairs quotation marks within each paragraph.
///
/// Curly and guillemet marks pair by direction; straight double quotes toggle. A mark left
/// open at the end of its paragraph pairs with nothing (no quote is guessed).
public struct QuotationMarker: Sendable {
    public init() {}

    enum Role { case open, close, toggle, none }

    static func role(_ t: Token) -> Role {
        guard t.kind == .quote, let c = t.text.unicodeScalars.first else { return .none }
        switch c.value {
        case 0x201C, 0x00AB, 0x201E: return .open
        case 0x201D, 0x00BB: return .close
        case 0x22: return .toggle
        case 0x27: return t.text == "''" ? .toggle : .none
        default: return .none
        }
    }

    public func mark(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Quote] {
        var quotes: [Quote] = []
        var open: Int?
        for (i, t) in tokens.enumerated() {
            if t.paragraphStart { open = nil }
            switch QuotationMarker.role(t) {
            case .open:
                open = i
            case .close:
                if let o = open { add(o, i) }
                open = nil
            case .toggle:
                if let o = open { add(o, i); open = nil } else { open = i }
            case .none:
                break
            }
        }
        func add(_ o: Int, _ c: Int) {
            guard c > o + 1 else { return }
            var a = o + 1, b = c
            while b > a + 1 && (tokens[b - 1].text == "," || tokens[b - 1].text == ":") { b -= 1 }
            _ = a
            a = o + 1
            quotes.append(Quote(outer: Span(tokens[o].span.start, tokens[c].span.end),
                                inner: Span(tokens[a].span.start, tokens[b - 1].span.end),
                                tokens: o..<(c + 1)))
        }
        return quotes
    }
}
