extension Chronology {
    /// The flat records of a corpus, sorted, with corpus-wide ids. With `jobs` > 1 the records
    /// are made on that many threads (documents, events and actors in consecutive chunks, each
    /// record written in place): the same chronology as on one thread.
    public init(corpus c: Corpus, jobs: Int = 1) {
        self.init()
        let docs = c.documents
        let names = Dictionary(c.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        documents = Parallel.map(docs.count, jobs: jobs) { n in
            let doc = docs[n].document
            return DocumentRecord(id: doc.id, title: doc.title.map(doc.text), date: doc.date, source: docs[n].source, text: doc.text,
                                  notBody: doc.boilerplate.map { ($0.span, doc.text($0.span), $0.rule) }, dateSource: doc.dateSource)
        }
        times = Parallel.flatMap(counts: docs.map(\.times.count), jobs: jobs) { n, out in
            let doc = docs[n].document
            let stem = ChronicleJSONWriter.stem(doc.id)
            for (k, t) in docs[n].times.enumerated() {
                out.initializeElement(at: k, to: TimeRecord(
                    id: String.joined(stem, 58, t.id), doc: doc.id, span: t.provenance.span, text: t.text, type: t.type,
                    value: t.value, mod: t.mod, sentence: Chronology.sentence(doc, t.provenance.sentence), rule: t.provenance.rule))
            }
        }.elements
        // the statements, and the sentence texts they share, by document and sentence
        let made = Parallel.flatMap(counts: docs.map(\.statements.count), jobs: jobs) { n, out in
            Chronology.statements(docs[n], corpus: c, names: names, into: out)
        }
        statements = made.elements
        var sentenceTexts: [String: [Int: String]] = [:]
        for (n, texts) in made.results.enumerated() where !texts.isEmpty { sentenceTexts[docs[n].document.id] = texts }
        // each document's position (a dictionary of the analyses themselves copied a whole
        // analysis at every lookup, one per event mention)
        // (each document boxed once: a document taken from the analyses was copied whole, its
        // every array retained, at each event and each mention)
        let byDoc = Dictionary(uniqueKeysWithValues: docs.indices.map { (docs[$0].document.id, DocumentBox(docs[$0].document)) })
        events = Parallel.map(c.events.count, jobs: jobs, minChunk: 64) { k in
            let e = c.events[k]
            let box = byDoc[e.provenance.document]
            let sent = box.flatMap { b in Chronology.sentence(b.document, e.provenance.sentence) }
            return EventRecord(
                id: String.joined(box?.stem ?? ChronicleJSONWriter.stem(e.provenance.document), 58, e.id), kind: e.kind, doc: e.provenance.document,
                span: e.provenance.span, text: e.text, name: e.name, triggerSpan: e.triggerSpan, date: e.date, actors: e.actors,
                roles: e.roles,  // already corpus actor ids
                mentions: e.mentions.map { p in
                    MentionRecord(doc: p.document, span: p.span, text: byDoc[p.document].map { $0.document.text(p.span) } ?? "", form: "event", rule: p.rule)
                },
                sentence: sent, sentenceText: sent.flatMap { s in
                    sentenceTexts[e.provenance.document]?[e.provenance.sentence] ?? box.map { $0.document.text(s) }
                }, rule: e.provenance.rule, typing: e.typing)
        }
        actors = Parallel.map(c.actors.count, jobs: jobs, minChunk: 64) { k in
            let a = c.actors[k]
            return ActorRecord(id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, role: a.role,
                               mentions: a.mentions.map { m in
                                   MentionRecord(doc: m.provenance.document, span: m.provenance.span, text: m.text,
                                                 form: m.form.rawValue, rule: m.provenance.rule)
                               })
        }
        sort(jobs: jobs)
        describeUnnamedSpeakers()
    }

    /// The span of sentence `i` of a document, if it has one.
    static func sentence(_ doc: Document, _ i: Int) -> Span? { i >= 0 && i < doc.sentences.count ? doc.sentences[i].span : nil }

    /// One document's statement records (corpus actor ids; `names` by actor id), written into
    /// `out` (one per statement); returns the sentence texts they share, by sentence.
    static func statements(_ d: DocumentAnalysis, corpus c: Corpus, names: [String: String],
                           into out: UnsafeMutableBufferPointer<StatementRecord>) -> [Int: String] {
        let doc = d.document
        let id = doc.id
        let docActorIds = c.actorIds[id] ?? [:]
        let stem = ChronicleJSONWriter.stem(id)
        var texts: [Int: String] = [:]
        // (the scalars alone for the closure below, which is kept: with the document it copied
        // the document at every statement)
        let scalars = doc.scalars
        for (k, s) in d.statements.enumerated() {
            let speaker = s.speaker.flatMap { docActorIds[$0] }
            let sent = sentence(doc, s.provenance.sentence)
            let sentText = sent.map { span in
                if let t = texts[s.provenance.sentence] { return t }
                let t = doc.text(span)
                texts[s.provenance.sentence] = t
                return t
            }
            out.initializeElement(at: k, to: StatementRecord(
                id: String.joined(stem, 58, s.id), doc: id, span: s.provenance.span, text: s.text, direct: s.direct, speaker: speaker,
                speakerName: StatementRecord.speakerName(speaker.flatMap { names[$0] }, source: s.sourceSpan, sentence: sent, sentenceText: sentText,
                                                         sourceText: { Document.text($0, in: scalars) }),
                sourceSpan: s.sourceSpan, cueSpan: s.cueSpan, cue: s.cue,
                date: s.date, about: s.about.compactMap { docActorIds[$0] }.sorted(), parts: s.parts,
                sentence: sent, sentenceText: sentText, rule: s.provenance.rule))
        }
        return texts
    }
}

/// A document held by reference, read in place by many records, and the stem of its id.
private final class DocumentBox: @unchecked Sendable {
    let document: Document
    let stem: String
    init(_ document: Document) {
        self.document = document
        stem = ChronicleJSONWriter.stem(document.id)
    }
}
