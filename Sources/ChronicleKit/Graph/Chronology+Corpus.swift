extension Chronology {
    /// The flat records of a corpus, sorted, with corpus-wide ids.
    public init(corpus c: Corpus) {
        self.init()
        // sentence texts by document and sentence, shared by statements and events
        var sentenceTexts: [String: [Int: String]] = [:]
        for d in c.documents {
            let doc = d.document
            let id = doc.id
            let docActorIds = c.actorIds[id] ?? [:]
            let stem = ChronicleJSONWriter.stem(id)
            func sentence(_ i: Int) -> Span? { i >= 0 && i < doc.sentences.count ? doc.sentences[i].span : nil }
            documents.append(DocumentRecord(id: id, title: doc.title.map(doc.text), date: doc.date, source: d.source, text: doc.text,
                                            notBody: doc.boilerplate.map { ($0.span, doc.text($0.span), $0.rule) }))
            for t in d.times {
                times.append(TimeRecord(id: String.joined(stem, 58, t.id), doc: id, span: t.provenance.span, text: t.text, type: t.type,
                                        value: t.value, mod: t.mod, sentence: sentence(t.provenance.sentence), rule: t.provenance.rule))
            }
            var texts: [Int: String] = [:]
            for s in d.statements {
                let speaker = s.speaker.flatMap { docActorIds[$0] }
                let sent = sentence(s.provenance.sentence)
                statements.append(StatementRecord(
                    id: String.joined(stem, 58, s.id), doc: id, span: s.provenance.span, text: s.text, direct: s.direct, speaker: speaker,
                    speakerName: speaker.flatMap { c.actor(id: $0)?.name }, sourceSpan: s.sourceSpan, cueSpan: s.cueSpan, cue: s.cue,
                    date: s.date, about: s.about.compactMap { docActorIds[$0] }.sorted(), parts: s.parts,
                    sentence: sent, sentenceText: sent.map { span in
                        if let t = texts[s.provenance.sentence] { return t }
                        let t = doc.text(span)
                        texts[s.provenance.sentence] = t
                        return t
                    }, rule: s.provenance.rule))
            }
            if !texts.isEmpty { sentenceTexts[id] = texts }
        }
        let byDoc = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.document.id, $0) })
        for e in c.events {
            let doc = byDoc[e.provenance.document]?.document
            let sent = doc.flatMap { d in e.provenance.sentence < d.sentences.count ? d.sentences[e.provenance.sentence].span : nil }
            let roles = e.roles  // already corpus actor ids
            events.append(EventRecord(
                id: String.joined(ChronicleJSONWriter.stem(e.provenance.document), 58, e.id), kind: e.kind, doc: e.provenance.document,
                span: e.provenance.span, text: e.text, name: e.name, triggerSpan: e.triggerSpan, date: e.date, actors: e.actors,
                roles: roles,
                mentions: e.mentions.map { p in
                    MentionRecord(doc: p.document, span: p.span, text: byDoc[p.document].map { $0.document.text(p.span) } ?? "", form: "event", rule: p.rule)
                },
                sentence: sent, sentenceText: sent.flatMap { s in
                    if let t = sentenceTexts[e.provenance.document]?[e.provenance.sentence] { return t }
                    guard let doc else { return nil }
                    let t = doc.text(s)
                    sentenceTexts[e.provenance.document, default: [:]][e.provenance.sentence] = t
                    return t
                }, rule: e.provenance.rule))
        }
        for a in c.actors {
            actors.append(ActorRecord(id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, role: a.role,
                                      mentions: a.mentions.map { m in
                                          MentionRecord(doc: m.provenance.document, span: m.provenance.span, text: m.text,
                                                        form: m.form.rawValue, rule: m.provenance.rule)
                                      }))
        }
        sort()
    }
}
