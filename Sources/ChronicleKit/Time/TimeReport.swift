import Foundation

/// The Time stage on its own: text → tokens → tagged expressions → resolved TIMEX3 values.
///
/// This is the library side of `chronicle time`: it reads files, finds their reference date
/// (the `--dct` option, a sibling `DOC.dct` file, or the file's own `date` header), runs the
/// stage, and formats the result as text or as the TempEval JSON-lines system format.
public struct TimeStage: Sendable {
    public let book: RuleBook
    let text: TextAnalyzer
    let tagger: TimeTagger
    let resolver = TimeResolver()
    /// The article size and sentence and quotation caps (`Limits`).
    public let limits: Limits

    public init(book: RuleBook, limits: Limits = .standard) {
        self.book = book
        self.limits = limits
        text = TextAnalyzer(book: book, limits: limits)
        tagger = TimeTagger(book: book)
    }

    public init(limits: Limits = .standard) throws { self.init(book: try RuleBook.standard(), limits: limits) }

    /// One analysed file.
    public struct Result: Sendable {
        public var document: Document
        public var times: [TimeExpression]
        /// The file name without its extension (the TempEval `doc`).
        public var name: String
    }

    /// Runs the stage on a text.
    public func run(id: String, text raw: String, date: String? = nil) -> Result {
        let doc = text.analyze(id: id, text: raw, date: date)
        let times = resolver.resolve(tagger.tag(doc), documentDate: doc.date)
        return Result(document: doc, times: times, name: TimeStage.baseName(id))
    }

    /// Reads and runs one file. `dct` wins; else a sibling `NAME.dct` file; else the header.
    public func run(path: String, dct: String? = nil) throws -> Result {
        let raw = try TextReader(maxBytes: limits.maxArticleBytes).read(path: path)
        let id = URL(fileURLWithPath: path).lastPathComponent
        return run(id: id, text: raw, date: dct ?? TimeStage.siblingDCT(path))
    }

    static func baseName(_ id: String) -> String {
        guard let dot = id.lastIndex(of: "."), dot != id.startIndex else { return id }
        return String(id[..<dot])
    }

    /// The date in `DOC.dct` next to `DOC.txt` (its first `YYYY-MM-DD`), if any.
    public static func siblingDCT(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let dct = url.deletingPathExtension().appendingPathExtension("dct")
        guard let s = try? String(contentsOf: dct, encoding: .utf8) else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count >= 10 else { return nil }
        let d = String(t.prefix(10))
        return CalendarDate(iso: d) != nil ? d : nil
    }

    /// Word and number tokens of a document (the unit of the benchmark).
    public static func wordCount(_ doc: Document) -> Int {
        doc.tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
    }
}

/// Formats Time stage results.
public enum TimeReport {
    /// One line per expression: span, type, value, mod, rule, text.
    public static func text(_ r: TimeStage.Result) -> String {
        var out = "# \(r.document.id)  dct \(r.document.date ?? "none")  \(r.times.count) expression(s)\n"
        for t in r.times {
            let s = t.provenance.span
            out += "\(s.start)\t\(s.end)\t\(t.type)\t\(t.value ?? "-")\t\(t.mod ?? "-")\t\(t.provenance.rule)\t\(t.text)\n"
        }
        return out
    }

    /// TempEval JSON lines: `{"doc", "start", "end", "type", "value", "text"}` per expression.
    public static func jsonl(_ r: TimeStage.Result) -> String {
        var out = ""
        for t in r.times {
            let s = t.provenance.span
            var fields: [(String, JSON)] = [("doc", .string(r.name)), ("start", .int(s.start)), ("end", .int(s.end)),
                                            ("type", .string(t.type)), ("value", .string(t.value ?? ""))]
            fields.append(("text", .string(t.text)))
            out += JSON.object(fields).serialized(indent: nil) + "\n"
        }
        return out
    }
}

/// Times the Time stage alone (tokenize, tag, resolve) over texts already read into memory.
public struct TimeBenchmark: Sendable {
    public var documents: Int
    public var words: Int
    public var expressions: Int
    public var repetitions: Int
    public var seconds: Double

    public var wordsPerSecond: Double { seconds > 0 ? Double(words * repetitions) / seconds : 0 }

    public var summary: String {
        let wps = Int(wordsPerSecond.rounded())
        return "time stage: \(documents) document(s), \(words) words, \(expressions) expressions, \(repetitions) run(s) in \(String(format: "%.3f", seconds)) s: \(wps) words/s"
    }

    /// Reads the files once, then runs the stage over all of them `repetitions` times.
    public static func run(stage: TimeStage, files: [String], dct: String?, repetitions: Int) throws -> TimeBenchmark {
        var inputs: [(id: String, text: String, date: String?)] = []
        for f in files {
            let raw = try TextReader(maxBytes: stage.limits.maxArticleBytes).read(path: f)
            inputs.append((URL(fileURLWithPath: f).lastPathComponent, raw, dct ?? TimeStage.siblingDCT(f)))
        }
        var words = 0, exprs = 0
        for i in inputs {
            let r = stage.run(id: i.id, text: i.text, date: i.date)
            words += TimeStage.wordCount(r.document)
            exprs += r.times.count
        }
        let clock = ContinuousClock()
        var sink = 0
        let elapsed = clock.measure {
            for _ in 0..<repetitions {
                for i in inputs { sink &+= stage.run(id: i.id, text: i.text, date: i.date).times.count }
            }
        }
        precondition(sink >= 0)
        let secs = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return TimeBenchmark(documents: inputs.count, words: words, expressions: exprs, repetitions: repetitions, seconds: secs)
    }
}
