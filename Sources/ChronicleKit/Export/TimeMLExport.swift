/// TimeML per article: the DCT, and TIMEX3 and EVENT tags inline in the text. Removing the
/// tags (and decoding `&amp;`, `&lt;`, `&gt;`) gives back the article text exactly.
public struct TimeMLExport: Sendable {
    public init() {}

    /// Text for XML 1.0: `&`, `<`, `>` escaped, and each character XML does not allow (control
    /// characters but tab, LF and CR; U+FFFE, U+FFFF) written as a space, so offsets still hold.
    /// A CR is written `&#13;` (an XML reader would turn a bare one into a line feed). Scalar
    /// by scalar: a combining mark after a character never hides it.
    static func esc(_ s: String) -> String { escape(s, attribute: false) }

    /// An attribute value: also `"`, and tab and line feed as character references (an XML
    /// reader turns bare ones into spaces).
    static func attr(_ s: String) -> String { escape(s, attribute: true) }

    static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default: out.unicodeScalars.append(Markup.isXMLCharacter(c) ? c : " ")
            }
        }
        return out
    }

    /// The TimeML class of an event: I_ACTION for appeals, accusations, threats, rejections and
    /// denials (an action about another event), REPORTING for declarations, ASPECTUAL for
    /// none here, OCCURRENCE otherwise.
    static func eventClass(_ ev: EventRecord) -> String {
        switch ev.typing?.type ?? ev.kind {
        case "call", "accuse", "reject", "threaten", "deny": return "I_ACTION"
        case "declaration" where ev.typing != nil: return "REPORTING"
        default: return ev.coarseKind == "call" ? "I_ACTION" : "OCCURRENCE"
        }
    }

    /// The TimeML tense of a typed event: FUTURE when planned, PAST when asserted or negated,
    /// NONE otherwise (a demand or a hypothesis has no tense of its own).
    static func tense(_ s: EventTyping.Status) -> String {
        switch s {
        case .planned: return "FUTURE"
        case .happened, .negated, .reported: return "PAST"
        case .demanded, .hypothetical: return "NONE"
        }
    }

    /// One `.tml` file per article that has its text: (file name, content).
    public func files(_ c: Chronology) -> [(name: String, text: String)] {
        let withText = c.documents.filter { $0.text != nil }
        return zip(Exporter.fileNames(withText.map(\.id), suffix: ".tml"), withText).map { name, d in (name, document(d, text: d.text ?? "", c)) }
    }

    public func document(_ d: DocumentRecord, text: String, _ c: Chronology) -> String {
        struct Tag { var span: Span; var open: String; var close: String }
        var tags: [Tag] = []
        var n = 1
        for t in c.times where t.doc == d.id {
            var a = "tid=\"t\(n)\" type=\"\(TimeMLExport.attr(t.type))\""
            if let v = t.value { a += " value=\"\(TimeMLExport.attr(v))\"" }
            if let m = t.mod { a += " mod=\"\(TimeMLExport.attr(m))\"" }
            tags.append(Tag(span: t.span, open: "<TIMEX3 \(a)>", close: "</TIMEX3>"))
            n += 1
        }
        var e = 1
        for ev in c.events where ev.doc == d.id {
            for m in ev.mentions where m.doc == d.id {
                let span = m.span == ev.span ? (ev.triggerSpan ?? ev.span) : m.span
                var a = "eid=\"e\(e)\" class=\"\(TimeMLExport.eventClass(ev))\""
                if let t = ev.typing {
                    a += " tense=\"\(TimeMLExport.tense(t.status))\""
                    // Chronicle's own attributes (TimeML readers ignore attributes they do not know)
                    a += " type=\"\(TimeMLExport.attr(t.type))\" status=\"\(t.status.rawValue)\""
                    if let p = t.plover { a += " plover=\"\(TimeMLExport.attr(p))\"" }
                    if let c = t.cameo { a += " cameo=\"\(TimeMLExport.attr(c))\"" }
                }
                tags.append(Tag(span: span, open: "<EVENT \(a)>", close: "</EVENT>"))
                e += 1
            }
        }
        for s in c.statements where s.doc == d.id {
            if let cue = s.cueSpan {
                tags.append(Tag(span: cue, open: "<EVENT eid=\"e\(e)\" class=\"REPORTING\">", close: "</EVENT>"))
                e += 1
            }
        }
        // a span outside the text (a chronicle.json that does not match its texts) has no place
        let length = text.unicodeScalars.count
        // (nor an empty one: its end tag would come before its start tag)
        tags.removeAll { $0.span.start < 0 || $0.span.end <= $0.span.start || $0.span.end > length }
        // tags must nest: keep a tag only if it is disjoint from or inside/around those kept
        tags.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        var kept: [Tag] = []
        for t in tags where !kept.contains(where: { k in k.span.overlaps(t.span) && !(k.span.contains(t.span) || t.span.contains(k.span)) || k.span == t.span }) {
            kept.append(t)
        }
        let sc = Array(text.unicodeScalars)
        var opens: [Int: [Tag]] = [:], closes: [Int: [Tag]] = [:]
        for t in kept {
            opens[t.span.start, default: []].append(t)
            closes[t.span.end, default: []].insert(t, at: 0)
        }
        var body = ""
        for i in 0...sc.count {
            for t in closes[i] ?? [] { body += t.close }
            for t in (opens[i] ?? []) { body += t.open }
            if i < sc.count { body += TimeMLExport.esc(String(sc[i])) }
        }
        var out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>\(TimeMLExport.esc(ChronicleJSONWriter.stem(d.id)))</DOCID>\n"
        if let date = d.date {
            out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(TimeMLExport.attr(date))\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\(TimeMLExport.esc(date))</TIMEX3></DCT>\n"
        }
        out += "<TEXT>" + body + "</TEXT>\n</TimeML>\n"
        return out
    }
}
