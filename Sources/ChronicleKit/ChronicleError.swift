import Foundation

/// The one error type of ChronicleKit. Every case names the file, line or rule it is about.
public enum ChronicleError: Error, LocalizedError, Equatable, Sendable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case notAFile(path: String)
    case emptyFile(path: String)
    case notUTF8(path: String)
    case binaryFile(path: String)
    case badDate(source: String, value: String)
    case ruleSyntax(file: String, line: Int, message: String)
    case lexiconSyntax(file: String, line: Int, message: String)
    case missingResource(name: String)
    case graphviz(message: String)
    case store(path: String, message: String)
    case badInput(path: String, message: String)
    case unknownActor(name: String, suggestions: [String])
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// An output file or directory that could not be written (disk full, no permission…).
    case cannotWrite(path: String, reason: String)
    /// A diagram that Graphviz could not draw into the file at `path`.
    case cannotDraw(path: String, message: String)

    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let p): return "\(p): no such file or directory"
        case .unreadable(let p, let r): return "\(p): cannot be read (\(r))"
        case .notAFile(let p): return "\(p): is a directory, not a file"
        case .emptyFile(let p): return "\(p): the file is empty (no text to analyze)"
        case .notUTF8(let p): return "\(p): the file is not valid UTF-8 text"
        case .binaryFile(let p): return "\(p): the file looks binary, not text"
        case .badDate(let s, let v): return "\(s): '\(v)' is not a valid date (expected YYYY-MM-DD)"
        case .ruleSyntax(let f, let l, let m): return "\(f):\(l): \(m)"
        case .lexiconSyntax(let f, let l, let m): return "\(f):\(l): \(m)"
        case .missingResource(let n): return "resource '\(n)' is missing from the ChronicleKit bundle"
        case .graphviz(let m): return "graphviz: \(m)"
        case .store(let p, let m): return "\(p): \(m)"
        case .badInput(let p, let m): return "\(p): \(m)"
        case .cannotWrite(let p, let r): return "\(p): cannot be written (\(r))"
        case .cannotDraw(let p, let m): return "\(p): the diagram cannot be drawn (\(m))"
        case .tooLarge(let p, let b, let l):
            return "\(p): the file is \(Limits.grouped(b)) bytes, more than the \(Limits.grouped(l)) bytes an article may have (--max-article-bytes)"
        case .unknownActor(let n, let s):
            return "no actor named '\(n)'" + (s.isEmpty ? "" : "; closest known names: " + s.joined(separator: ", "))
        }
    }
}
