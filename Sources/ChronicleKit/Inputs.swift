import Foundation

/// Expands command-line inputs into input files: a directory gives the files the reader takes
/// (`.txt`, `.html`, `.htm`, `.html.gz`, `.jsonl`, `.ndjson`, `.csv`; sorted, recursively), a file
/// is taken as it is. Problems are returned, not thrown, so the batch goes on with the other files.
public enum Inputs {
    /// One input file and the document id its article(s) get: the path relative to the
    /// directory given (so `2021/01/a.txt` and `2021/02/a.txt` are two documents, and a file at
    /// the top of the directory keeps its plain name), or the file name of a file given by itself.
    public struct File: Sendable, Equatable {
        public var path: String
        public var id: String
        public init(path: String, id: String) { self.path = path; self.id = id }
    }

    /// Files in directories that the reader does not take, with why (named in the run's summary).
    public struct Skipped: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    public static func expand(_ paths: [String]) -> (files: [String], problems: [ChronicleError]) {
        let r = expandFiles(paths)
        return (r.files.map(\.path), r.problems)
    }

    /// Expands the inputs into files with their ids, the problems, and the files left out.
    public static func expandFiles(_ paths: [String]) -> (files: [File], problems: [ChronicleError], skipped: [Skipped]) {
        var files: [File] = []
        var problems: [ChronicleError] = []
        var skipped: [Skipped] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                // a dangling link or a link loop is read (and reported) like a file
                if (try? fm.destinationOfSymbolicLink(atPath: p)) != nil {
                    files.append(File(path: p, id: URL(fileURLWithPath: p).lastPathComponent))
                } else {
                    problems.append(.fileNotFound(path: p))
                }
                continue
            }
            if isDir.boolValue {
                guard let e = fm.enumerator(atPath: p) else {
                    problems.append(.unreadable(path: p, reason: "cannot list the directory"))
                    continue
                }
                var found: [File] = []
                while let rel = e.nextObject() as? String {
                    let name = (rel as NSString).lastPathComponent
                    let full = (p as NSString).appendingPathComponent(rel)
                    if ArticleReader.kind(ofName: name) != nil {
                        found.append(File(path: full, id: rel))
                    } else if !name.hasPrefix("."), !name.lowercased().hasSuffix(".dct") {
                        var sub: ObjCBool = false
                        if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                            skipped.append(Skipped(path: full, reason: "not a kind of file the reader takes (.txt, .html, .htm, .html.gz, .jsonl, .csv)"))
                        }
                    }
                }
                if found.isEmpty { problems.append(.badInput(path: p, message: "is a directory with no article files (.txt, .html, .htm, .html.gz, .jsonl, .csv)")) }
                files += found.sorted { $0.path < $1.path }
            } else {
                files.append(File(path: p, id: URL(fileURLWithPath: p).lastPathComponent))
            }
        }
        skipped.sort { $0.path < $1.path }
        // two inputs with one id (x.txt given from two folders): the later ones are named by their path
        var count: [String: Int] = [:]
        for f in files { count[f.id, default: 0] += 1 }
        for k in files.indices where count[files[k].id, default: 0] > 1 && files[k].id != files[k].path {
            var p = files[k].path
            while p.hasPrefix("./") { p.removeFirst(2) }
            while p.hasPrefix("../") { p.removeFirst(3) }
            if p.hasPrefix("/") { p.removeFirst() }
            files[k].id = p
        }
        return (files, problems, skipped)
    }

    /// One readable article: its path, its id, its text, and the date to give the pipeline
    /// (nil when the text's first line is a `date` header, which the Text stage reads itself,
    /// or when the article gives none), with what the reader found besides.
    public struct Article: Sendable {
        public var path: String
        public var id: String
        public var text: String
        public var date: String?
        /// The article's date whatever its source (including a first-line header).
        public var articleDate: String?
        public var dateSource: ArticleDate.Source?
        /// For a web page: which part of the page gave the date (json-ld, meta, time, url, byline, text).
        public var dateDetail: String?
        public var title: String?
        public var authors: [String] = []
        public var outlet: String?
        public var url: String?
        /// Detected language (ISO 639-1, "und" when the text is too short to tell).
        public var lang: String = "und"
        public var kind: ArticleReader.Kind = .text
        /// For a record of a corpus: its line and its own id.
        public var line: Int?
        public var recordId: String?
        /// Where the body starts (after the title line a page or record was given).
        public var bodyStart: Int = 0
        /// Problems that did not stop the reading.
        public var warnings: [String] = []

        public init(path: String, id: String, text: String, date: String?) {
            self.path = path
            self.id = id
            self.text = text
            self.date = date
            self.articleDate = date
        }

        /// Whether the rule stages (made for English) should skip this article.
        public var isNonEnglish: Bool { lang != "en" && lang != "und" }
    }

    /// Reads the articles of `files` (from `expand`) one at a time. A problem (a bad file or
    /// record, two inputs with one id) goes to `problem` and the batch goes on; `body` may throw.
    @discardableResult
    public static func forEachArticle(_ files: [String], date given: String?, reader: ArticleReader = ArticleReader(),
                                      problem: (ChronicleError) -> Void, _ body: (Article) throws -> Void) -> Int {
        forEachArticle(files.map { File(path: $0, id: URL(fileURLWithPath: $0).lastPathComponent) }, date: given, reader: reader,
                       problem: problem, body)
    }

    /// Reads the articles of `files` (from `expandFiles`). Answers how many of the problems
    /// were bad records of a corpus file (a line, a row), not whole files (`Notes.badRecords`).
    @discardableResult
    public static func forEachArticle(_ files: [File], date given: String?, reader: ArticleReader = ArticleReader(),
                                      problem: (ChronicleError) -> Void, _ body: (Article) throws -> Void) -> Int {
        var seen = Set<String>()
        var badRecords = 0
        for f in files {
            do {
                try reader.read(path: f.path, id: f.id, given: given, problem: { e in badRecords += 1; problem(e) }) { a in
                    guard seen.insert(a.id).inserted else {
                        if a.line != nil { badRecords += 1 }
                        problem(.badInput(path: a.line.map { "\(f.path):\($0)" } ?? f.path, message: "another input has the same id \(a.id); skipped"))
                        return
                    }
                    try body(a)
                }
            } catch let e as ChronicleError {
                problem(e)
            } catch {
                problem(.unreadable(path: f.path, reason: "\(error)"))
            }
        }
        return badRecords
    }

    /// What a run read: articles analyzed, files skipped and why, articles without a date and
    /// articles not in English. Each is named on stderr, and one summary line ends the run.
    public struct Notes: Sendable {
        public var analyzed = 0
        public var skipped: [Skipped] = []
        /// Files that could not be read (each also reported as a problem).
        public var failed = 0
        /// Records of corpus files (JSON lines, CSV rows) that were skipped (each also reported).
        public var badRecords = 0
        public var undated: [String] = []
        public var nonEnglish: [(id: String, lang: String)] = []
        /// Whether the rule stages ran on non-English articles too (`--force`).
        public var forced = false
        public init() {}

        /// Counts one article.
        public mutating func note(_ a: Article, dated: Bool) {
            analyzed += 1
            if !dated { undated.append(a.id) }
            if a.isNonEnglish { nonEnglish.append((a.id, a.lang)) }
        }

        /// One line per skipped file, undated article and non-English article.
        public var messages: [String] {
            var out: [String] = []
            for s in skipped { out.append("skipped \(s.path): \(s.reason)") }
            for u in undated { out.append("\(u): no date found (no date line, dateline, page date, .dct file, date in the name or --date); relative dates stay unresolved") }
            for n in nonEnglish {
                out.append("\(n.id): the text reads as '\(n.lang)', not English; " + (forced ? "analyzed anyway (--force)" : "the rule stages are skipped (use --force to run them)"))
            }
            return out
        }

        /// The line that ends a run.
        public var summary: String {
            var skip: [String] = []
            if failed > 0 { skip.append("\(failed) unreadable") }
            if !skipped.isEmpty { skip.append("\(skipped.count) not article files") }
            let total = failed + skipped.count
            return "\(analyzed) analyzed, \(total) skipped" + (skip.isEmpty ? "" : " (" + skip.joined(separator: ", ") + ")")
                + (badRecords > 0 ? ", \(badRecords) bad record\(badRecords == 1 ? "" : "s") skipped" : "")
                + ", \(undated.count) undated, \(nonEnglish.count) non-English" + (nonEnglish.isEmpty ? "" : forced ? " (analyzed, --force)" : " (rule stages skipped)")
        }
    }
}
