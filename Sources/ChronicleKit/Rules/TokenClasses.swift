/// Named one-token classes for `#class` pattern elements.
public struct TokenClasses: Sendable {
    public typealias Predicate = @Sendable (_ tokens: [Token], _ i: Int) -> Bool
    public private(set) var predicates: [String: Predicate]

    /// The figures of an ordinal written with them ("5th": "5", "75th": "75"), nil without an
    /// ordinal suffix.
    static func ordinalDigits(_ lower: String) -> Substring? {
        ["st", "nd", "rd", "th"].contains(where: { lower.hasSuffix($0) }) ? lower.dropLast(2) : nil
    }

    public init() {
        predicates = [
            "any": { _, _ in true },
            "word": { t, i in t[i].kind == .word },
            "cap": { t, i in t[i].kind == .word && t[i].isCapitalized },
            "lower": { t, i in t[i].kind == .word && !t[i].isCapitalized },
            "num": { t, i in t[i].kind == .number && t[i].text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 44 || $0 == 46 } },
            "int": { t, i in t[i].kind == .number && t[i].text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } },
            "year": { t, i in
                guard t[i].kind == .number, t[i].text.utf8.count == 4, let v = Int(t[i].text) else { return false }
                return v >= 1000 && v <= 2199
            },
            "day": { t, i in
                guard t[i].kind == .number else { return false }
                let s = t[i].lower
                let d = TokenClasses.ordinalDigits(s) ?? Substring(s)
                guard d.utf8.count <= 2, let v = Int(d) else { return false }
                return v >= 1 && v <= 31
            },
            "ordinal": { t, i in
                guard t[i].kind == .number else { return false }
                return TokenClasses.ordinalDigits(t[i].lower) != nil
            },
            "clock": { t, i in
                // a clock time written h:mm or hh:mm
                guard t[i].kind == .number, t[i].text.utf8.count == 4 || t[i].text.utf8.count == 5 else { return false }
                let u = Array(t[i].text.utf8)
                guard u[u.count - 3] == 58 else { return false }
                return u.enumerated().allSatisfy { $0.offset == u.count - 3 || ($0.element >= 48 && $0.element <= 57) }
            },
            "hhmm": { t, i in
                // a 24-hour clock time written with four figures, "1353" (13:53), "0600"
                guard t[i].kind == .number, t[i].text.utf8.count == 4, let v = Int(t[i].text) else { return false }
                return v / 100 <= 23 && v % 100 <= 59
            },
            "punct": { t, i in t[i].kind == .punct },
            "quote": { t, i in t[i].kind == .quote },
            "end": { t, i in
                guard t[i].kind == .punct else { return false }
                return t[i].text == "." || t[i].text == "!" || t[i].text == "?" || t[i].text == "..."
            },
            "ly": { t, i in
                guard t[i].kind == .word, !t[i].isCapitalized else { return false }
                let u = t[i].lower.utf8
                return u.count > 3 && u.last == 121 && u[u.index(u.endIndex, offsetBy: -2)] == 108
            },
            "allcaps": { t, i in t[i].kind == .word && t[i].text.utf8.count >= 2 && t[i].text.unicodeScalars.allSatisfy { !Tokenizer.isLower($0) } },
        ]
    }

    /// For some classes, the token kinds their members can have (a bit per `Token.Kind`), so
    /// that the matcher answers "no" for other tokens without calling the predicate. A test
    /// checks every claim against real text.
    public private(set) var kinds: [String: UInt8] = [
        "word": mask(.word), "cap": mask(.word), "lower": mask(.word), "ly": mask(.word), "allcaps": mask(.word),
        "num": mask(.number), "int": mask(.number), "year": mask(.number), "day": mask(.number),
        "ordinal": mask(.number), "clock": mask(.number), "hhmm": mask(.number),
        "punct": mask(.punct), "end": mask(.punct), "quote": mask(.quote),
    ]

    /// The bit mask of token kinds.
    public static func mask(_ ks: Token.Kind...) -> UInt8 { ks.reduce(0) { $0 | (1 << $1.rawValue) } }
    /// Every kind.
    public static let anyKind: UInt8 = 0xFF

    /// Adds or replaces a class, whose members have one of the `kinds` (a `mask`).
    public mutating func define(_ name: String, kinds: UInt8 = TokenClasses.anyKind, _ p: @escaping Predicate) {
        predicates[name] = p
        self.kinds[name] = kinds == TokenClasses.anyKind ? nil : kinds
    }

    /// The kinds a member of the class can have.
    public func kinds(of name: String) -> UInt8 { kinds[name] ?? TokenClasses.anyKind }

    public subscript(name: String) -> Predicate? { predicates[name] }
}
