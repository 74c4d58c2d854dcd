/// A token pattern: the one rule language of every stage.
///
/// Syntax (elements separated by spaces):
/// - `word`, `said|told`: a token whose lowercase form is one of these;
/// - `@lexicon`, `@file:column`, `@lexicon[attr=value,attr2=v1/v2]`: a (multi-token) lexicon match;
/// - `#class`: a token class (`#cap`, `#num`, `#year`, …, see `TokenClasses`);
/// - `<layer>`: an annotation that an earlier step made (`<actor>`, `<quote>`, `<time>`);
/// - `...`: any tokens, as few as possible, within the sentence;
/// - `^`, `$`: the start and end of the sentence;
/// - `!x`: one token that does not match `x`;
/// - `~x`: the next token (if any) does not match `x` (a layer `~<time>`: no item of it starts
///   there, whatever its length); matches no token;
/// - `( a b | c )`: a group with alternatives; `?`, `*`, `+` after an element or group;
/// - `name=x`: binds what `x` matched to a named slot.
public indirect enum PatternNode: Sendable, Equatable {
    case literal(Set<String>)
    case lexicon(String, [String: Set<String>])
    case tokenClass(String)
    case layer(String)
    case any
    case sentenceStart
    case sentenceEnd
    case not(PatternNode)
    case notAhead(PatternNode)
    case group([[PatternNode]], min: Int, max: Int)
    case bind(String, PatternNode)
}

/// Parses pattern text into nodes.
public struct PatternParser {
    let text: String
    var toks: [String] = []
    var pos = 0

    public init(_ text: String) { self.text = text }

    public struct Failure: Error { public var message: String }

    public mutating func parse() throws -> [PatternNode] {
        toks = PatternParser.lex(text)
        pos = 0
        let alts = try parseAlternatives()
        if pos < toks.count { throw Failure(message: "unexpected '\(toks[pos])'") }
        guard alts.count == 1 else { return [.group(alts, min: 1, max: 1)] }
        if alts[0].isEmpty { throw Failure(message: "empty pattern") }
        return alts[0]
    }

    /// Splits into atoms, `(`, `)`, `)?`, `)*`, `)+` and the alternative bar `|`.
    static func lex(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var bracket = 0
        func flush() { if !cur.isEmpty { out.append(cur); cur = "" } }
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" && i + 1 < chars.count { cur.append(chars[i + 1]); i += 2; continue }
            if c == "[" { bracket += 1 }
            if c == "]" { bracket -= 1 }
            if bracket > 0 { cur.append(c); i += 1; continue }
            if c == " " || c == "\t" { flush(); i += 1; continue }
            if c == "(" && (cur.isEmpty || cur.hasSuffix("=")) {
                flush()
                out.append("(")
                i += 1
                continue
            }
            if c == ")" {
                flush()
                var t = ")"
                if i + 1 < chars.count, "?*+".contains(chars[i + 1]) { t.append(chars[i + 1]); i += 1 }
                out.append(t)
                i += 1
                continue
            }
            cur.append(c)
            i += 1
        }
        flush()
        return out
    }

    mutating func parseAlternatives() throws -> [[PatternNode]] {
        var alts: [[PatternNode]] = [[]]
        while pos < toks.count {
            let t = toks[pos]
            if t.hasPrefix(")") { break }
            if t == "|" { alts.append([]); pos += 1; continue }
            alts[alts.count - 1].append(try parseElement())
        }
        return alts
    }

    mutating func parseElement() throws -> PatternNode {
        var t = toks[pos]
        pos += 1
        var bindName: String?
        if let eq = t.firstIndex(of: "="), eq != t.startIndex, !t.hasPrefix("@"), !t.hasPrefix("<"),
           t[..<eq].allSatisfy({ $0.isLetter || $0 == "_" || $0.isNumber }) {
            bindName = String(t[..<eq])
            t = String(t[t.index(after: eq)...])
            if t.isEmpty {
                guard pos < toks.count else { throw Failure(message: "binding '\(bindName!)=' without element") }
                t = toks[pos]
                pos += 1
            }
        }
        var node: PatternNode
        if t == "(" {
            let alts = try parseAlternatives()
            guard pos < toks.count, toks[pos].hasPrefix(")") else { throw Failure(message: "missing ')'") }
            let close = toks[pos]
            pos += 1
            let (lo, hi) = PatternParser.quantifier(close.dropFirst().first)
            node = .group(alts, min: lo, max: hi)
        } else {
            var atom = t
            var q: Character?
            if atom.count > 1, let last = atom.last, "?*+".contains(last), !atom.hasPrefix("\\") {
                q = last
                atom.removeLast()
            }
            node = try PatternParser.atom(atom)
            if let q {
                let (lo, hi) = PatternParser.quantifier(q)
                node = .group([[node]], min: lo, max: hi)
            }
        }
        if let bindName { node = .bind(bindName, node) }
        return node
    }

    static func quantifier(_ c: Character?) -> (Int, Int) {
        switch c {
        case "?": return (0, 1)
        case "*": return (0, 64)
        case "+": return (1, 64)
        default: return (1, 1)
        }
    }

    static func atom(_ a: String) throws -> PatternNode {
        // `!x|#num`, `~x|@numbers`: the negation covers every alternative
        if a.hasPrefix("!") && a.count > 1 { return .not(try atom(String(a.dropFirst()))) }
        if a.hasPrefix("~") && a.count > 1 { return .notAhead(try atom(String(a.dropFirst()))) }
        if a.count > 1 && a.contains("|") {
            let parts = a.split(separator: "|").map(String.init)
            if parts.contains(where: { $0.hasPrefix("#") || $0.hasPrefix("@") || $0.hasPrefix("<") }) {
                return .group(try parts.map { [try atom($0)] }, min: 1, max: 1)
            }
        }
        if a == "..." { return .any }
        if a == "^" { return .sentenceStart }
        if a == "$" { return .sentenceEnd }
        if a.hasPrefix("@") && a.count > 1 {
            var name = String(a.dropFirst())
            var filter: [String: Set<String>] = [:]
            if let open = name.firstIndex(of: "[") {
                guard name.hasSuffix("]") else { throw Failure(message: "unclosed '[' in \(a)") }
                let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
                for cond in inside.split(separator: ",") {
                    let kv = cond.split(separator: "=", maxSplits: 1)
                    guard kv.count == 2 else { throw Failure(message: "bad filter '\(cond)' in \(a)") }
                    filter[String(kv[0])] = Set(kv[1].split(separator: "/").map(String.init))
                }
                name = String(name[..<open])
            }
            return .lexicon(name, filter)
        }
        if a.hasPrefix("#") && a.count > 1 { return .tokenClass(String(a.dropFirst())) }
        if a.hasPrefix("<") && a.hasSuffix(">") && a.count > 2 { return .layer(String(a.dropFirst().dropLast())) }
        let words = a == "|" ? ["|"] : a.split(separator: "|").map { Tokenizer.lowercase(String($0)) }
        return .literal(Set(words))
    }
}
