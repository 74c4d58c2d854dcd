import Foundation

/// Expands command-line inputs into article files: a directory gives its `.txt` files (sorted,
/// recursively), a file is taken as it is. Problems are returned, not thrown, so the batch
/// goes on with the other files.
public enum Inputs {
    public static func expand(_ paths: [String]) -> (files: [String], problems: [ChronicleError]) {
        var files: [String] = []
        var problems: [ChronicleError] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                // a dangling link or a link loop is read (and reported) like a file
                if (try? fm.destinationOfSymbolicLink(atPath: p)) != nil { files.append(p) } else { problems.append(.fileNotFound(path: p)) }
                continue
            }
            if isDir.boolValue {
                guard let e = fm.enumerator(atPath: p) else {
                    problems.append(.unreadable(path: p, reason: "cannot list the directory"))
                    continue
                }
                var found: [String] = []
                while let rel = e.nextObject() as? String {
                    if rel.hasSuffix(".txt") { found.append((p as NSString).appendingPathComponent(rel)) }
                }
                if found.isEmpty { problems.append(.badInput(path: p, message: "is a directory with no .txt files")) }
                files += found.sorted()
            } else {
                files.append(p)
            }
        }
        return (files, problems)
    }

    /// One readable article: its path, its id (the file name), its text, and the date to give
    /// it when the text has no header (a sibling `.dct`, a date in the file name, or `given`).
    public struct Article: Sendable {
        public var path: String
        public var id: String
        public var text: String
        public var date: String?
    }

    /// Reads the articles of `files` (from `expand`) one at a time. A problem (a bad file, two
    /// inputs with one file name) goes to `problem` and the batch goes on; `body` may throw.
    /// A file over `maxBytes` is refused (`Limits.maxArticleBytes`).
    public static func forEachArticle(_ files: [String], date given: String?, maxBytes: Int = Limits.standard.maxArticleBytes,
                                      problem: (ChronicleError) -> Void, _ body: (Article) throws -> Void) {
        var seen = Set<String>()
        for f in files {
            do {
                let raw = try TextReader(maxBytes: maxBytes).read(path: f)
                let id = URL(fileURLWithPath: f).lastPathComponent
                guard seen.insert(id).inserted else {
                    problem(.badInput(path: f, message: "another input has the same file name \(id); skipped"))
                    continue
                }
                try body(Article(path: f, id: id, text: raw, date: ArticleDate.hasHeader(raw) ? nil : ArticleDate.fallback(path: f, given: given)))
            } catch let e as ChronicleError {
                problem(e)
            } catch {
                problem(.unreadable(path: f, reason: "\(error)"))
            }
        }
    }
}
