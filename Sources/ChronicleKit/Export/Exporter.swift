import Foundation

/// Writes a chronology in one of the export formats. Single-file formats go to a file;
/// `csv`, `timeml` and `brat` write one file per table or article into a directory.
public struct Exporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case md, html, json, csv, timelinejs, timeml, brat

        /// Whether the format writes a directory of files.
        public var isDirectory: Bool { self == .csv || self == .timeml || self == .brat }
    }

    public init() {}

    /// Writes `c` as `format` to `out`; returns the paths written.
    @discardableResult
    public func export(_ c: Chronology, format: Format, to out: String) throws -> [String] {
        let fm = FileManager.default
        func write(_ path: String, _ text: String) throws -> String {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw ChronicleError.unreadable(path: path, reason: "cannot write")
            }
            return path
        }
        if format.isDirectory {
            do { try fm.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
                throw ChronicleError.unreadable(path: out, reason: "cannot create the directory")
            }
            let files: [(name: String, text: String)]
            switch format {
            case .csv: files = CSVExport().files(c)
            case .timeml:
                files = TimeMLExport().files(c)
                if files.isEmpty && !c.documents.isEmpty {
                    throw ChronicleError.badInput(path: out, message: "TimeML needs the article texts: export from a store, not from chronicle.json")
                }
            default: files = BratExport().files(c)
            }
            return try files.map { try write((out as NSString).appendingPathComponent($0.name), $0.text) }
        }
        let dir = (out as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let text: String
        switch format {
        case .md: text = MarkdownReport().write(c)
        case .json: text = ChronicleJSONWriter().write(c)
        case .timelinejs: text = TimelineJSExport().write(c)
        default:
            let svg = try? GraphvizRenderer().render(dot: Diagrams().timeline(c).dot(), format: "svg")
            text = HTMLReport().write(c, timelineSVG: svg.map { String(decoding: $0, as: UTF8.self) })
        }
        return [try write(out, text)]
    }
}

/// Opens what `render`, `export` and `query` read: a store (`.sqlite`) or a `chronicle.json`.
public enum ChronologySource {
    public static func isJSON(_ path: String) -> Bool { path.lowercased().hasSuffix(".json") }

    /// Loads the chronology from a store or a `chronicle.json`.
    public static func load(_ path: String) throws -> Chronology {
        guard FileManager.default.fileExists(atPath: path) else { throw ChronicleError.fileNotFound(path: path) }
        if isJSON(path) { return try ChronicleJSONReader().read(path: path) }
        return try openStore(path).load()
    }

    /// Opens an existing store, or loads a `chronicle.json` into an in-memory store (for queries).
    public static func openStore(_ path: String) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else { throw ChronicleError.fileNotFound(path: path) }
        if isJSON(path) {
            let store = try Store()
            try store.save(try ChronicleJSONReader().read(path: path))
            return store
        }
        let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readData(ofLength: 16)) ?? Data()
        guard head.isEmpty || head.starts(with: Data("SQLite format 3".utf8)) else {
            throw ChronicleError.badInput(path: path, message: "not a Chronicle store (SQLite) nor a chronicle.json")
        }
        return try Store(path: path)
    }
}
