import Foundation

/// Entry points for fuzzing (libFuzzer harnesses in `Sources/chronicle-fuzz`) and for the
/// regression corpus the normal tests run. Each takes arbitrary bytes, runs a stage, and traps
/// (`precondition`) when an invariant breaks: offsets out of bounds, a fact whose text is not
/// the text at its span, a value the resolver cannot have made.
public enum FuzzTargets {
    nonisolated(unsafe) static var cached: Pipeline?

    static var pipeline: Pipeline {
        if let p = cached { return p }
        let p = try! Pipeline()
        cached = p
        return p
    }

    /// The target names, for the command line.
    public static let names = ["text", "time", "statements", "chronicle-json", "syntax", "exports"]

    public static func run(_ name: String, _ data: Data) {
        switch name {
        case "text": text(data)
        case "time": time(data)
        case "chronicle-json": chronicleJSON(data)
        case "syntax": syntax(data)
        case "exports": exports(data)
        default: statements(data)
        }
    }

    static func decode(_ data: Data) -> String? { try? TextReader().decode(data, path: "fuzz") }

    /// Text segmentation: tokens, sentences and quotes stay inside the text and in order.
    public static func text(_ data: Data) {
        guard let s = decode(data) else { return }
        let d = TextAnalyzer(book: pipeline.book).analyze(id: "fuzz.txt", text: s)
        var last = 0
        for t in d.tokens {
            precondition(t.span.start >= last && t.span.end > t.span.start && t.span.end <= d.scalars.count, "token span")
            precondition(d.text(t.span) == t.text, "token text")
            last = t.span.end
        }
        for (k, sen) in d.sentences.enumerated() {
            precondition(sen.index == k && !sen.tokens.isEmpty, "sentence")
            if k > 0 { precondition(d.sentences[k - 1].tokens.upperBound == sen.tokens.lowerBound, "sentences tile the tokens") }
        }
        if let lastSentence = d.sentences.last { precondition(lastSentence.tokens.upperBound == d.tokens.count, "sentences cover the tokens") }
        for q in d.quotes { precondition(q.outer.contains(q.inner) && q.outer.end <= d.scalars.count, "quote") }
    }

    /// Time tagging and resolution, with an article date taken from the first bytes.
    public static func time(_ data: Data) {
        guard data.count > 2, let s = decode(data.dropFirst(2)) else { return }
        let year = 1900 + Int(data[data.startIndex]) % 200, day = 1 + Int(data[data.startIndex + 1]) % 28
        let dct = "\(year)-\(pad2(Int(data[data.startIndex + 1]) % 12 + 1))-\(pad2(day))"
        let d = TextAnalyzer(book: pipeline.book).analyze(id: "fuzz.txt", text: s, date: dct)
        let times = TimeResolver().resolve(TimeTagger(book: pipeline.book).tag(d), documentDate: d.date)
        for t in times {
            precondition(d.text(t.provenance.span) == t.text, "time text")
            precondition(["DATE", "TIME", "DURATION", "SET"].contains(t.type), "time type")
            if let v = t.value { precondition(!v.isEmpty && !v.contains(" "), "time value") }
        }
    }

    /// The whole analysis up to statements and events, with the provenance invariant.
    public static func statements(_ data: Data) {
        guard let s = decode(data) else { return }
        let a = pipeline.analyze(id: "fuzz.txt", text: s, date: "2021-02-15")
        let d = a.document
        for m in a.actors.mentions where m.provenance.sentence >= 0 { precondition(d.text(m.provenance.span) == m.text, "mention text") }
        for st in a.statements {
            precondition(d.text(st.provenance.span) == st.text, "statement text")
            for p in st.parts { precondition(st.provenance.span.contains(p), "statement parts") }
        }
        for e in a.events { precondition(d.text(e.provenance.span) == e.text, "event text") }
        // the graph of the article and of the same text under another name: on two threads (in
        // chunks, written in place) it must be the one-thread graph
        let copy = pipeline.analyze(id: "fuzz-copy.txt", text: s, date: "2021-02-15")
        let one = Chronology(corpus: EventGraphBuilder().build([a, copy]))
        let two = Chronology(corpus: EventGraphBuilder().build([a, copy], jobs: 2), jobs: 2)
        precondition(one == two, "graph on two threads")
    }

    /// The `chronicle.json` reader: whatever it accepts is stored whole (no fact lost), loads
    /// back, answers queries, draws and exports without trapping; what it refuses is an error.
    public static func chronicleJSON(_ data: Data) {
        guard let c = try? ChronicleJSONReader().read(data: data, path: "fuzz.json") else { return }
        guard let store = try? Store() else { preconditionFailure("in-memory store") }
        let failed = (try? store.save(c)) ?? [.store(path: "fuzz", message: "save threw")]
        precondition(failed.isEmpty, "a chronology read is stored whole: \(failed)")
        let loaded = Result { try store.load() }
        guard case .success(let back) = loaded else { preconditionFailure("a stored chronology loads back: \(loaded)") }
        precondition(back.documents.count == c.documents.count && back.statements.count == c.statements.count
                     && back.events.count == c.events.count && back.times.count == c.times.count, "every fact comes back")
        let q = Chronicler(store: store)
        _ = try? q.said()
        _ = try? q.events()
        _ = try? q.between("0001", "9999")
        for a in c.actors.prefix(3) { _ = try? q.actor(a.name) }
        for chronology in [c, back] {
            _ = Diagrams().timeline(chronology).dot()
            _ = Diagrams().graph(chronology).dot()
            _ = MarkdownReport().write(chronology)
            _ = HTMLReport().write(chronology, timelineSVG: nil)
            _ = CSVExport().files(chronology)
            _ = TimelineJSExport().write(chronology)
            _ = ChronicleJSONWriter().write(chronology)
            _ = BratExport().files(chronology)
            _ = TimeMLExport().files(chronology)
        }
    }

    /// Every export format of an analysed article: each file reads back with a real reader
    /// (`ExportCheck`). The document id is the first line (up to 24 characters), so file names
    /// are fuzzed too.
    public static func exports(_ data: Data) {
        guard let s = decode(data) else { return }
        let id = String(s.prefix { $0 != "\n" }.prefix(24))
        let a = pipeline.analyze(id: id.isEmpty ? "fuzz.txt" : id, text: s, date: "2021-02-15")
        let c = Chronology(corpus: EventGraphBuilder().build([a]))
        let problems = ExportCheck.problems(c)
        precondition(problems.isEmpty, "exports: \(problems.prefix(3))")
    }

    /// The Syntax stage: every word has a tag, a lemma, a relation and a head in its own
    /// sentence; each sentence is a tree (one root, no cycle); the words tile the tokens.
    public static func syntax(_ data: Data) {
        guard let s = decode(data), let analyzer = pipeline.syntax else { return }
        let d = TextAnalyzer(book: pipeline.book).analyze(id: "fuzz.txt", text: s)
        let layer = analyzer.analyze(d)
        checkTree(layer, tokens: d.tokens.count)
    }

    /// Traps unless the layer is a forest of trees, one per parsed sentence, over words that tile the tokens.
    public static func checkTree(_ layer: SyntaxLayer, tokens: Int) {
        let n = layer.count
        precondition(layer.wordToken.count == n && layer.wordSpan.count == n && layer.lemma.count == n && layer.feats.count == n
            && layer.head.count == n && layer.deprel.count == n && layer.tag.count == n, "flat arrays of one length")
        precondition(layer.tokenWord.count == tokens + 1 && layer.tokenWord.last.map(Int.init) == n, "token to word map")
        for t in 0..<tokens { precondition(!layer.words(ofToken: t).isEmpty, "every token has a word") }
        precondition(layer.sentenceStart.first ?? 0 == 0 && layer.sentenceStart.last.map(Int.init) ?? 0 == n, "sentences cover the words")
        guard let tables = layer.tables else { precondition(n == 0, "tables"); return }
        for k in 0..<layer.sentenceCount {
            let r = layer.words(ofSentence: k)
            precondition(!r.isEmpty, "empty sentence")
            var roots = 0
            for w in r {
                precondition(!layer.lemma[w].isEmpty && Int(layer.deprel[w]) < tables.labels.count && Int(layer.feats[w]) < tables.feats.count, "word annotation")
                let h = Int(layer.head[w])
                if h < 0 { roots += 1; continue }
                precondition(r.contains(h) && h != w, "head inside the sentence")
                // no cycle: walking up from w reaches the root within |r| steps
                var x = h, steps = 0
                while x >= 0 && steps <= r.count { x = Int(layer.head[x]); steps += 1 }
                precondition(x < 0, "no cycle")
            }
            precondition(roots == 1, "one root per sentence")
        }
    }
}
