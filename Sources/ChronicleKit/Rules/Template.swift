/// Fills rule templates such as `Ministry of {p}[ of {c}]`.
///
/// `{slot}` becomes the slot's lexicon value, or its text as written; a `[…]` part is dropped
/// when a slot inside it did not match.
public enum Template {
    /// Runs of whitespace (no-break spaces, line breaks, zero-width spaces) become one space.
    public static func normalizeSpaces(_ s: String) -> String {
        var plain = true
        var previous: UInt8 = 0
        for b in s.utf8 {
            // a control byte, a non-ASCII byte (maybe a special space) or two spaces
            if b < 32 || b >= 127 || (b == 32 && previous == 32) { plain = false; break }
            previous = b
        }
        if plain { return s }
        guard s.unicodeScalars.contains(where: { Tokenizer.isSpace($0) && $0 != " " }) || s.contains("  ") else { return s }
        var out = ""
        var space = false
        for c in s.unicodeScalars {
            if Tokenizer.isSpace(c) { space = true; continue }
            if space && !out.isEmpty { out += " " }
            space = false
            out.unicodeScalars.append(c)
        }
        return out
    }

    public static func fill(_ template: String, captures: [Capture], doc: Document) -> String? {
        var out = ""
        var optional: String?
        var optionalOK = true
        var missing = false
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            if c == "[" { optional = ""; optionalOK = true; i = template.index(after: i); continue }
            if c == "]" {
                if let o = optional, optionalOK { out += o }
                optional = nil
                i = template.index(after: i)
                continue
            }
            if c == "{", let close = template[i...].firstIndex(of: "}") {
                let name = String(template[template.index(after: i)..<close])
                var v: String?
                if let cap = captures.first(where: { $0.name == name }) {
                    v = cap.entry?.value ?? doc.text(doc.span(tokens: cap.tokens))
                }
                if optional != nil {
                    if let v { optional! += v } else { optionalOK = false }
                } else if let v {
                    out += v
                } else {
                    missing = true
                }
                i = template.index(after: close)
                continue
            }
            if optional != nil { optional!.append(c) } else { out.append(c) }
            i = template.index(after: i)
        }
        return missing ? nil : normalizeSpaces(out)
    }
}
