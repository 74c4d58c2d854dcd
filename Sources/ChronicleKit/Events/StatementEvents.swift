/// Statements as speech events for `chronicle events` (issue 18, items 2 and 8).
///
/// A statement is an event of speaking: KAIROS codes "said" as Contact (the event scorer's
/// `declaration`), "urged" as a request (`call`), "accused" as `accuse`. `chronicle events`
/// writes each statement whose cue is a verb as one more event line, after the document's
/// events: the cue is the trigger, the speaker's span the agent, the kind what the cue says
/// (`TriggerLexicon.statementKind`; "denied" is `reject`, a plain "said" `declaration`), marked
/// `"from": "statement"` and with a cluster of its own (no statement is merged across articles).
/// Left out: statements whose cue is no verb ("according to", a colon, a dash before a name)
/// and statements whose cue an event of the document already has as a trigger of one of its
/// mentions ("accused"; a headline's "announces").
public enum StatementEvents {
    public struct Line: Sendable {
        public var kind: String
        public var trigger: Span
        public var agent: Span?
        public var date: String?
        public var rule: String
    }

    /// The speech events of a document's statements, in text order.
    public static func lines(statements: [Statement], events: [Event], lexicon: TriggerLexicon, document: Document) -> [Line] {
        // every mention's trigger: a headline cue that is another mention of an event is written
        // as that mention's line already
        let triggers = OverlapIndex(events.flatMap { [$0.triggerSpan] + ($0.typing?.mentionTriggers ?? []) })
        var out: [Line] = []
        for s in statements {
            guard let cue = s.cueSpan, let text = s.cue, isVerbCue(cue, text, document) else { continue }
            if triggers.overlapsAny(cue) { continue }
            var kind = lexicon.statementKind(cue: text) ?? "declaration"
            if kind == "deny" { kind = "reject" }
            out.append(Line(kind: kind, trigger: cue, agent: s.speaker == nil ? nil : s.sourceSpan, date: s.date, rule: s.provenance.rule))
        }
        out.sort { ($0.trigger.start, $0.trigger.end) < ($1.trigger.start, $1.trigger.end) }
        return out
    }

    /// Whether a cue is a verb: it starts with a letter, in lower case unless it opens its
    /// sentence ("Says …"), and is not "according to".
    static func isVerbCue(_ cue: Span, _ text: String, _ doc: Document) -> Bool {
        guard cue.start < cue.end, cue.start < doc.scalars.count else { return false }
        let c = doc.scalars[cue.start]
        guard Tokenizer.isLetter(c) else { return false }
        if Tokenizer.isUpper(c) {
            guard let s = doc.sentence(containing: cue.start), doc.sentences[s].span.start == cue.start else { return false }
        }
        return !text.lowercased().hasPrefix("according")
    }

    /// The JSON lines of a document's speech events; `cluster` numbers them from `first`.
    public static func json(doc: String, lines: [Line], first: Int) -> String {
        var w = EventLineWriter(doc: doc)
        for (k, l) in lines.enumerated() {
            w.open(kind: l.kind, trigger: l.trigger)
            if let a = l.agent {
                w.out += "{\"role\": \"agent\", \"span\": "
                w.pair(a)
                w.out += "}"
            }
            w.out += "], \"date\": "
            w.str(l.date)
            w.out += ", \"status\": \"happened\", \"plover\": null, \"cameo\": null, \"main\": false, \"mentions\": ["
            w.pair(l.trigger)
            w.out += "], \"rule\": "
            w.str(l.rule)
            w.out += ", \"from\": \"statement\", \"cluster\": \"s\(first + k)\"}\n"
        }
        return w.out
    }
}
