import Foundation

/// Splits text into tokens with scalar offsets in one pass.
///
/// Words keep internal hyphens and apostrophes ("Emir-Usein", "O'Brien"); a final possessive
/// `'s` is its own token; abbreviations listed in the `abbreviations` lexicon and dotted
/// initialisms ("U.S.") keep their periods; numbers keep internal `,` and `.` ("1,000", "3.5").
public struct Tokenizer: Sendable {
    /// Lowercase abbreviations (without their final period) that keep the period.
    public var abbreviations: Set<String>
    /// Gives each token the id of its lowercase form (set by the rule book once it is loaded).
    public var vocabulary: Vocabulary?

    public init(abbreviations: Set<String> = []) {
        self.abbreviations = abbreviations
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return c.properties.isAlphabetic
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    /// `properties.isUppercase` with an ASCII fast path (same answers).
    static func isUpper(_ c: Unicode.Scalar) -> Bool { c.value < 128 ? c.value >= 65 && c.value <= 90 : c.properties.isUppercase }
    /// `properties.isLowercase` with an ASCII fast path (same answers).
    static func isLower(_ c: Unicode.Scalar) -> Bool { c.value < 128 ? c.value >= 97 && c.value <= 122 : c.properties.isLowercase }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }
    /// Whitespace, and control and zero-width characters, which separate tokens like spaces.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value <= 32 || c.value == 127 }
        if c.value < 0xA0 { return true }
        return c.properties.isWhitespace || c.value == 0xFEFF || c.value == 0x200B || c.value == 0x200C || c.value == 0x200D || c.value == 0x2060
    }
    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2018, 0x2019, 0x201A, 0x201B, 0x27: return true
        default: return false
        }
    }
    /// `properties.generalCategory.isPunctuation` of each ASCII scalar, looked up once.
    static let asciiPunctuation: [Bool] = (0..<128).map { Unicode.Scalar(UInt8($0)).properties.generalCategory.isPunctuation }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c.value == 0x2019 }
    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c.value == 0x2010 || c.value == 0x2011 }

    /// Tokenizes `scalars[range]`, skipping the `skip` spans (boilerplate) as if they were spaces.
    /// `soft` spans (inline markup) are skipped without breaking the paragraph.
    public func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>? = nil, skip: [Span] = [], soft: Set<Int> = []) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let r = range ?? 0..<scalars.count
        var i = r.lowerBound
        let n = r.upperBound
        var sawSpace = true
        var newlines = 2
        var skipIdx = 0
        let skips = skip.sorted()
        let vocab = vocabulary
        func emit(_ s: Int, _ e: Int, _ kind: Token.Kind) {
            var ascii = true
            var upper = false
            // the vocabulary's hash of the lowercase form, computed on the way (ASCII only)
            var h: UInt64 = Vocabulary.hashSeed
            var hyphen = false
            for k in s..<e {
                let v = scalars[k].value
                if v >= 128 { ascii = false; break }
                if v == 45 { hyphen = true }
                if v >= 65 && v <= 90 { upper = true; h = (h ^ UInt64(v + 32)) &* Vocabulary.hashPrime } else { h = (h ^ UInt64(v)) &* Vocabulary.hashPrime }
            }
            if !ascii && !hyphen { hyphen = scalars[s..<e].contains("-") }
            let str: String
            let lower: String
            if ascii {
                str = String(unsafeUninitializedCapacity: e - s) { buf in
                    for k in s..<e { buf[k - s] = UInt8(truncatingIfNeeded: scalars[k].value) }
                    return e - s
                }
                lower = !upper ? str : String(unsafeUninitializedCapacity: e - s) { buf in
                    for k in s..<e {
                        let v = UInt8(truncatingIfNeeded: scalars[k].value)
                        buf[k - s] = v >= 65 && v <= 90 ? v + 32 : v
                    }
                    return e - s
                }
            } else {
                str = String(scalars: scalars[s..<e])
                lower = Tokenizer.lowercase(str)
            }
            let first = scalars[s]
            let cap = Tokenizer.isLetter(first) && Tokenizer.isUpper(first)
            tokens.append(Token(span: Span(s, e), kind: kind, text: str, lower: lower,
                                isCapitalized: cap, spaceBefore: sawSpace, paragraphStart: newlines >= 1,
                                id: vocab.map { ascii ? $0.id(lower, hash: Vocabulary.finish(h)) : $0.id(lower) } ?? Vocabulary.unassigned,
                                hasHyphen: hyphen, lowerHash: ascii ? h : 0))
            sawSpace = false
            newlines = 0
        }
        while i < n {
            if skipIdx < skips.count && i >= skips[skipIdx].start {
                if i < skips[skipIdx].end {
                    if !soft.contains(skips[skipIdx].start) {
                        // boilerplate breaks the text like a paragraph; inline markup does not
                        newlines = 2
                        sawSpace = true
                    }
                    i = skips[skipIdx].end
                }
                skipIdx += 1
                continue
            }
            let c = scalars[i]
            if Tokenizer.isSpace(c) {
                sawSpace = true
                if c == "\n" { newlines += 1 }
                i += 1
                continue
            }
            let limit = skipIdx < skips.count ? min(n, skips[skipIdx].start) : n
            if Tokenizer.isDigit(c) {
                var j = i + 1
                while j < limit {
                    let d = scalars[j]
                    if Tokenizer.isAlnum(d) { j += 1; continue }
                    if (d == "," || d == "." || d == ":") && j + 1 < limit && Tokenizer.isDigit(scalars[j + 1]) && Tokenizer.isDigit(scalars[j - 1]) { j += 1; continue }
                    break
                }
                emit(i, j, .number)
                i = j
                continue
            }
            if Tokenizer.isLetter(c) {
                var j = i + 1
                while j < limit {
                    let d = scalars[j]
                    if Tokenizer.isAlnum(d) || (d.value >= 128 && d.properties.generalCategory == .nonspacingMark) { j += 1; continue }
                    if (Tokenizer.isHyphen(d) || d == "&") && j + 1 < limit && Tokenizer.isAlnum(scalars[j + 1]) { j += 1; continue }
                    if Tokenizer.isApostrophe(d) && j + 1 < limit && Tokenizer.isLetter(scalars[j + 1]) {
                        // possessive 's / ’s at the end of a word is split off
                        let after = j + 2
                        if (scalars[j + 1] == "s" || scalars[j + 1] == "S") && (after >= limit || !Tokenizer.isAlnum(scalars[after])) { break }
                        // n't stays with its verb
                        j += 1
                        continue
                    }
                    if d == "." && j + 1 < limit && Tokenizer.isLetter(scalars[j + 1]) && j + 2 <= limit
                        && (j + 2 == limit || scalars[j + 2] == ".") && j - i == 1 {
                        // dotted initialism: U.S., U.N., D.C.
                        j += 2
                        continue
                    }
                    break
                }
                // keep the period of a dotted initialism or a listed abbreviation
                if j < limit && scalars[j] == "." {
                    if j - i == 1 {
                        if Tokenizer.isMiddleInitial(scalars, at: i, limit: limit, after: tokens.last, sawSpace: sawSpace) { j += 1 }
                    } else {
                        let word = Tokenizer.lowercase(String(scalars: scalars[i..<j]))
                        if word.utf8.contains(46) || abbreviations.contains(word) { j += 1 }
                    }
                }
                emit(i, j, .word)
                i = j
                continue
            }
            if Tokenizer.isApostrophe(c) && i + 1 < limit && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                && (i + 2 >= limit || !Tokenizer.isAlnum(scalars[i + 2])) && !sawSpace && !tokens.isEmpty {
                emit(i, i + 2, .word)
                i += 2
                continue
            }
            if c == "'" && i + 1 < limit && scalars[i + 1] == "'" {
                // two apostrophes used as a double quotation mark (some newspapers)
                emit(i, i + 2, .quote)
                i += 2
                continue
            }
            if (c.value == 0x2019 || c.value == 0x2018) && i + 1 < limit && scalars[i + 1] == c {
                // two curly single marks used as a double one (AP copy: “It was an attempt,’’ he said)
                emit(i, i + 2, .quote)
                i += 2
                continue
            }
            if c == "`" && i + 1 < limit && scalars[i + 1] == "`" {
                // two grave accents open a double quotation (wire and treebank text: ``…'')
                emit(i, i + 2, .quote)
                i += 2
                continue
            }
            if Tokenizer.isQuote(c) {
                emit(i, i + 1, .quote)
                i += 1
                continue
            }
            if c == "." && i + 2 < limit && scalars[i + 1] == "." && scalars[i + 2] == "." {
                emit(i, i + 3, .punct)
                i += 3
                continue
            }
            emit(i, i + 1, (c.value < 128 ? Tokenizer.asciiPunctuation[Int(c.value)] : c.properties.generalCategory.isPunctuation) ? .punct : .other)
            i += 1
        }
        return tokens
    }

    /// Whether the capital letter at `i`, followed by a period, is a middle initial that keeps
    /// its period ("Donald J. Trump", "Franklin D. Roosevelt", "George H. W. Bush"): a capital
    /// other than "I" (a numeral: "World War I.") after a capitalised word or another initial,
    /// with a space and a capitalised word right after the period. Elsewhere a letter and a period
    /// end a sentence as before ("Plan B." at a paragraph's end).
    ///
    /// Initials written apart ("the U. S. Geological Survey", "a pass to T. Y. Hilton", "A. J.
    /// Smith": ECB+ and some wires space them) keep their periods too: a capital letter and a
    /// period before a space and another capital letter with its period, and the last of such a
    /// run, whatever follows it ("the U. S. government"); a sentence still ends after the run
    /// before a word of `sentence-openers`, as after "U.S.".
    static func isMiddleInitial(_ scalars: [Unicode.Scalar], at i: Int, limit: Int, after previous: Token?, sawSpace: Bool) -> Bool {
        let c = scalars[i]
        guard Tokenizer.isUpper(c), c != "I", sawSpace else { return false }
        // (`scalars[i + 1]` is the period) the first of a run: another initial follows
        if i + 4 < limit, scalars[i + 2] == " ", Tokenizer.isUpper(scalars[i + 3]), scalars[i + 3] != "I", scalars[i + 4] == ".",
           i + 5 == limit || !Tokenizer.isLetter(scalars[i + 5]) {
            return true
        }
        guard let previous, previous.kind == .word else { return false }
        // the last of a run: the previous token is an initial with its period, right before
        if previous.text.unicodeScalars.count == 2 && previous.text.hasSuffix(".") && previous.isCapitalized
            && (i + 2 == limit || scalars[i + 2] == " " || scalars[i + 2] == "," || scalars[i + 2] == "\n") {
            return true
        }
        guard previous.isCapitalized, i + 3 < limit, scalars[i + 2] == " ", Tokenizer.isUpper(scalars[i + 3]), Tokenizer.isLetter(scalars[i + 3]) else { return false }
        // the previous word is a name word (not a sentence's last word: "… to the U.S. Then")
        return !previous.text.hasSuffix(".") || previous.text.unicodeScalars.count == 2
    }

    /// Lowercases with an ASCII fast path.
    public static func lowercase(_ s: String) -> String {
        var ascii = true
        var upper = false
        for b in s.utf8 {
            if b >= 128 { ascii = false; break }
            if b >= 65 && b <= 90 { upper = true }
        }
        if ascii && !upper { return s }
        let out = s.lowercased()
        if !ascii && out.unicodeScalars.contains("\u{2019}") {
            return String(scalars: out.unicodeScalars.lazy.map { $0 == "\u{2019}" ? "'" : $0 })
        }
        return out
    }

    /// Lowercase token keys of a short string (used to load lexicon surfaces).
    public func keys(_ s: String) -> [String] {
        tokenize(Array(s.unicodeScalars)).map(\.lower)
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
