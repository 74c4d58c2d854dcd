/// Attributions as brat standoff in PolNeAR's conventions: Source, Cue and Content text-bound
/// annotations, an Attribution trigger, an E line tying them, and the resolved speaker name
/// as an AnnotatorNotes line on the Source.
public struct BratExport: Sendable {
    public init() {}

    /// A `.ann` per article and, when the chronology has its text, the `.txt` beside it (brat
    /// reads both; the offsets of the `.ann` are Unicode scalar offsets into the `.txt`).
    public func files(_ c: Chronology) -> [(name: String, text: String)] {
        var out: [(name: String, text: String)] = []
        for (name, d) in zip(Exporter.fileNames(c.documents.map(\.id), suffix: ".ann"), c.documents) {
            out.append((name, document(d.id, c, text: d.text)))
            if let text = d.text { out.append((String(name.dropLast(4)) + ".txt", text)) }
        }
        return out
    }

    /// Text on one line of a standoff file: every character that ends a line for some reader
    /// (CR, LF, VT, FF, the separators U+001C–U+001E, NEL, U+2028, U+2029), tabs (the field
    /// separator) and other control characters become spaces, one for one.
    static func flat(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
    }

    /// The annotations of one document; with its `text`, T lines carry the exact span text.
    public func document(_ doc: String, _ c: Chronology, text: String? = nil) -> String {
        let scalars = text.map { Array($0.unicodeScalars) }
        func at(_ spans: [Span], or fallback: String) -> String {
            guard let sc = scalars else { return fallback }
            return spans.map { s in String(String.UnicodeScalarView(sc[max(0, min(s.start, sc.count))..<max(0, min(s.end, sc.count))])) }.joined(separator: " ")
        }
        var out = ""
        var t = 0, e = 0, note = 0
        func tb(_ type: String, _ spans: [Span], _ text: String) -> String {
            t += 1
            out += "T\(t)\t\(type) " + spans.map { "\($0.start) \($0.end)" }.joined(separator: ";") + "\t\(BratExport.flat(at(spans, or: text)))\n"
            return "T\(t)"
        }
        for s in c.statements where s.doc == doc {
            let parts = s.parts.isEmpty ? [s.span] : s.parts
            let content = tb("Content", parts, s.text)
            var roles = ["Content:\(content)"]
            var trigger = "Attribution-no-source"
            if let src = s.sourceSpan {
                let st = tb("Source", [src], s.speakerName ?? "")
                roles.insert("Source:\(st)", at: 0)
                trigger = "Attribution"
                if let name = s.speakerName {
                    note += 1
                    out += "#\(note)\tAnnotatorNotes \(st)\t\(BratExport.flat(name))\n"
                }
            }
            var anchor = s.cueSpan ?? parts[0]
            if let cue = s.cueSpan {
                roles.insert("Cue:\(tb("Cue", [cue], s.cue ?? ""))", at: roles.count - 1)
                anchor = cue
            }
            let trig = tb(trigger, [anchor], s.cue ?? s.text)
            e += 1
            out += "E\(e)\t\(trigger):\(trig) " + roles.joined(separator: " ") + "\n"
        }
        return out
    }
}
