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
        // the template is scanned by UTF-8 byte ([, ], {, } are ASCII); text between them is
        // copied a run at a time
        var out = ""
        var optional: String?
        var optionalOK = true
        var missing = false
        let u = template.utf8
        var i = u.startIndex
        var run = i
        func flush(_ end: String.Index) {
            guard run < end else { return }
            if optional != nil { optional! += template[run..<end] } else { out += template[run..<end] }
        }
        while i < u.endIndex {
            let b = u[i]
            if b == 91 {  // [
                flush(i)
                optional = ""
                optionalOK = true
                i = u.index(after: i)
                run = i
                continue
            }
            if b == 93 {  // ]
                flush(i)
                if let o = optional, optionalOK { out += o }
                optional = nil
                i = u.index(after: i)
                run = i
                continue
            }
            if b == 123, let close = u[i...].firstIndex(of: 125) {  // {slot}
                flush(i)
                let name = template[u.index(after: i)..<close]
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
                i = u.index(after: close)
                run = i
                continue
            }
            i = u.index(after: i)
        }
        flush(u.endIndex)
        return missing ? nil : normalizeSpaces(out)
    }
}
