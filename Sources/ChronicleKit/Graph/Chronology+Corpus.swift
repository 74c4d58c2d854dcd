extension Chronology {
    /// The flat records of a corpus, sorted, with corpus-wide ids. With `jobs` > 1 the records
    /// are made on that many threads (documents, events and actors in consecutive chunks, joined
    /// in order): the same chronology as on one thread.
    public init(corpus c: Corpus, jobs: Int = 1) {
        self.init()
        let names = Dictionary(c.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // each document's record, times and statements, and the sentence texts its statements share
        let parts = Parallel.map(c.documents.count, jobs: jobs) { r in r.map { Chronology.records(c.documents[$0], corpus: c, names: names) } }
        var sentenceTexts: [String: [Int: String]] = [:]
        documents.reserveCapacity(parts.count)
        for p in parts {
            documents.append(p.document)
            times += p.times
            statements += p.statements
            if !p.sentenceTexts.isEmpty { sentenceTexts[p.document.id] = p.sentenceTexts }
        }
        let byDoc = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.document.id, $0) })
        events = Parallel.map(c.events.count, jobs: jobs, minChunk: 256) { r in
            // sentence texts no statement had, shared by the events of this chunk
            var more: [String: [Int: String]] = [:]
            return r.map { k in
                let e = c.events[k]
                let doc = byDoc[e.provenance.document]?.document
                let sent = doc.flatMap { d in e.provenance.sentence < d.sentences.count ? d.sentences[e.provenance.sentence].span : nil }
                return EventRecord(
                    id: String.joined(ChronicleJSONWriter.stem(e.provenance.document), 58, e.id), kind: e.kind, doc: e.provenance.document,
                    span: e.provenance.span, text: e.text, name: e.name, triggerSpan: e.triggerSpan, date: e.date, actors: e.actors,
                    roles: e.roles,  // already corpus actor ids
                    mentions: e.mentions.map { p in
                        MentionRecord(doc: p.document, span: p.span, text: byDoc[p.document].map { $0.document.text(p.span) } ?? "", form: "event", rule: p.rule)
                    },
                    sentence: sent, sentenceText: sent.flatMap { s in
                        if let t = sentenceTexts[e.provenance.document]?[e.provenance.sentence] ?? more[e.provenance.document]?[e.provenance.sentence] { return t }
                        guard let doc else { return nil }
                        let t = doc.text(s)
                        more[e.provenance.document, default: [:]][e.provenance.sentence] = t
                        return t
                    }, rule: e.provenance.rule)
            }
        }
        actors = Parallel.map(c.actors.count, jobs: jobs, minChunk: 256) { r in
            r.map { k in
                let a = c.actors[k]
                return ActorRecord(id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, role: a.role,
                                   mentions: a.mentions.map { m in
                                       MentionRecord(doc: m.provenance.document, span: m.provenance.span, text: m.text,
                                                     form: m.form.rawValue, rule: m.provenance.rule)
                                   })
            }
        }
        sort(jobs: jobs)
    }

    /// One document's record, times and statements (corpus actor ids; `names` by actor id),
    /// with the sentence texts its statements share, by sentence.
    static func records(_ d: DocumentAnalysis, corpus c: Corpus, names: [String: String])
        -> (document: DocumentRecord, times: [TimeRecord], statements: [StatementRecord], sentenceTexts: [Int: String]) {
        let doc = d.document
        let id = doc.id
        let docActorIds = c.actorIds[id] ?? [:]
        let stem = ChronicleJSONWriter.stem(id)
        func sentence(_ i: Int) -> Span? { i >= 0 && i < doc.sentences.count ? doc.sentences[i].span : nil }
        let record = DocumentRecord(id: id, title: doc.title.map(doc.text), date: doc.date, source: d.source, text: doc.text,
                                    notBody: doc.boilerplate.map { ($0.span, doc.text($0.span), $0.rule) })
        let times = d.times.map { t in
            TimeRecord(id: String.joined(stem, 58, t.id), doc: id, span: t.provenance.span, text: t.text, type: t.type,
                       value: t.value, mod: t.mod, sentence: sentence(t.provenance.sentence), rule: t.provenance.rule)
        }
        var texts: [Int: String] = [:]
        var statements: [StatementRecord] = []
        statements.reserveCapacity(d.statements.count)
        for s in d.statements {
            let speaker = s.speaker.flatMap { docActorIds[$0] }
            let sent = sentence(s.provenance.sentence)
            statements.append(StatementRecord(
                id: String.joined(stem, 58, s.id), doc: id, span: s.provenance.span, text: s.text, direct: s.direct, speaker: speaker,
                speakerName: speaker.flatMap { names[$0] }, sourceSpan: s.sourceSpan, cueSpan: s.cueSpan, cue: s.cue,
                date: s.date, about: s.about.compactMap { docActorIds[$0] }.sorted(), parts: s.parts,
                sentence: sent, sentenceText: sent.map { span in
                    if let t = texts[s.provenance.sentence] { return t }
                    let t = doc.text(span)
                    texts[s.provenance.sentence] = t
                    return t
                }, rule: s.provenance.rule))
        }
        return (record, times, statements, texts)
    }
}
