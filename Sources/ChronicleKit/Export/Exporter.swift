import Foundation

/// Writes a chronology in one of the export formats. Single-file formats go to a file;
/// `csv`, `timeml` and `brat` write one file per table or article into a directory.
public struct Exporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case md, html, json, csv, timelinejs, timeml, brat, graphml, gexf, xlsx

        /// Whether the format writes a directory of files.
        public var isDirectory: Bool { self == .csv || self == .timeml || self == .brat }

        /// The name `analyze --formats` gives its output.
        public var fileName: String {
            switch self {
            case .csv, .timeml, .brat: return rawValue
            case .timelinejs: return "timeline.json"
            case .graphml, .gexf: return "graph.\(rawValue)"
            case .xlsx: return "chronicle.xlsx"
            default: return "report.\(rawValue)"
            }
        }
    }

    public init() {}

    /// Writes `c` as `format` to `out`; returns the paths written. Every file is attempted;
    /// then the first problem, if any, is thrown.
    @discardableResult
    public func export(_ c: Chronology, format: Format, to out: String) throws -> [String] {
        let (written, problems) = exportAll(c, format: format, to: out)
        if let p = problems.first { throw p }
        return written
    }

    /// Writes `c` as `format` to `out`: the paths written, and one problem per file that could
    /// not be written (the others still are). An HTML report whose timeline cannot be drawn is
    /// written without it, and the drawing problem is returned.
    public func exportAll(_ c: Chronology, format: Format, to out: String) -> (written: [String], problems: [ChronicleError]) {
        var written: [String] = []
        var (files, problems) = outputs(c, format: format, path: out)
        func write(_ path: String, _ data: Data) {
            do {
                try OutputFile.write(data, to: path)
                written.append(path)
            } catch let e as ChronicleError { problems.append(e) } catch { problems.append(.cannotWrite(path: path, reason: "\(error)")) }
        }
        if format.isDirectory {
            do { try OutputFile.makeDirectory(out) } catch let e as ChronicleError { return ([], [e]) } catch { return ([], [.cannotWrite(path: out, reason: "\(error)")]) }
            if files.isEmpty && !problems.isEmpty { return ([], problems) }
            for f in files { write((out as NSString).appendingPathComponent(f.name), f.data) }
            return (written, problems)
        }
        let dir = (out as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        for f in files { write(out, f.data) }
        return (written, problems)
    }

    /// The bytes `format` writes for `c`, in memory: one file (named "") for a single-file
    /// format, one per table or article for a directory format; and the problems met on the way
    /// (`path` names the output in them). The `exports` fuzz target reads every one back.
    public func outputs(_ c: Chronology, format: Format, path: String = "export") -> (files: [(name: String, data: Data)], problems: [ChronicleError]) {
        func text(_ files: [(name: String, text: String)]) -> [(name: String, data: Data)] { files.map { ($0.name, Data($0.text.utf8)) } }
        switch format {
        case .csv: return (text(CSVExport().files(c)), [])
        case .timeml:
            let files = TimeMLExport().files(c)
            if files.isEmpty && !c.documents.isEmpty {
                return ([], [.badInput(path: path, message: "TimeML needs the article texts: export from a store, not from chronicle.json")])
            }
            return (text(files), [])
        case .brat: return (text(BratExport().files(c)), [])
        case .md: return ([("", Data(MarkdownReport().write(c).utf8))], [])
        case .json: return ([("", Data(ChronicleJSONWriter().write(c).utf8))], [])
        case .timelinejs: return ([("", Data(TimelineJSExport().write(c).utf8))], [])
        case .graphml: return ([("", Data(NetworkExport().graphML(c).utf8))], [])
        case .gexf: return ([("", Data(NetworkExport().gexf(c).utf8))], [])
        case .xlsx:
            do { return ([("", try XLSXExport().write(c))], []) } catch let e as ChronicleError { return ([], [e]) } catch {
                return ([], [.cannotWrite(path: path, reason: "\(error)")])
            }
        case .html:
            var svgs: [String] = [], problems: [ChronicleError] = []
            do {
                // the timeline one figure (period) at a time, each readable at its own size
                for figure in Diagrams().timelineFigures(c) {
                    svgs.append(String(decoding: try GraphvizRenderer().render(figure, format: "svg"), as: UTF8.self))
                }
            } catch let ChronicleError.graphviz(message) {
                svgs = []
                problems.append(.cannotDraw(path: path, message: "the timeline, left out: " + message))
            } catch {
                svgs = []
                problems.append(.cannotDraw(path: path, message: "the timeline, left out: \(error)"))
            }
            return ([("", Data(HTMLReport().write(c, timelineSVGs: svgs).utf8))], problems)
        }
    }

    /// File names for documents, one each: a document id is not a path (`../../x`, `a/b`,
    /// `/etc/x` stay inside the output directory), and two ids that would make the same name
    /// get `-2`, `-3`… in document order.
    static func fileNames(_ ids: [String], suffix: String) -> [String] {
        var used = Set<String>()
        return ids.map { id in
            var stem = ""
            for c in ChronicleJSONWriter.stem(id).unicodeScalars {
                if c == "/" || c == "\\" || c.value < 0x20 || c.value == 0x7F || c == ":" { stem += "_" } else { stem.unicodeScalars.append(c) }
            }
            // no hidden files, no "." or ".."; and a name fits in 255 bytes
            while stem.hasPrefix(".") { stem = "_" + stem.dropFirst() }
            if stem.isEmpty { stem = "_" }
            if stem.utf8.count > 200 { stem = String(decoding: Array(stem.utf8.prefix(200)), as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "") }
            var name = stem + suffix, k = 2
            while !used.insert(name.lowercased()).inserted {
                name = "\(stem)-\(k)\(suffix)"
                k += 1
            }
            return name
        }
    }
}
