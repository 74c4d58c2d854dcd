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
        var written: [String] = [], problems: [ChronicleError] = []
        func write(_ path: String, _ text: String) {
            do {
                try OutputFile.write(text, to: path)
                written.append(path)
            } catch let e as ChronicleError { problems.append(e) } catch { problems.append(.cannotWrite(path: path, reason: "\(error)")) }
        }
        if format.isDirectory {
            do { try OutputFile.makeDirectory(out) } catch let e as ChronicleError { return ([], [e]) } catch { return ([], [.cannotWrite(path: out, reason: "\(error)")]) }
            let files: [(name: String, text: String)]
            switch format {
            case .csv: files = CSVExport().files(c)
            case .timeml:
                files = TimeMLExport().files(c)
                if files.isEmpty && !c.documents.isEmpty {
                    return ([], [.badInput(path: out, message: "TimeML needs the article texts: export from a store, not from chronicle.json")])
                }
            default: files = BratExport().files(c)
            }
            for f in files { write((out as NSString).appendingPathComponent(f.name), f.text) }
            return (written, problems)
        }
        let dir = (out as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let text: String
        switch format {
        case .md: text = MarkdownReport().write(c)
        case .json: text = ChronicleJSONWriter().write(c)
        case .timelinejs: text = TimelineJSExport().write(c)
        default:
            var svgs: [String] = []
            do {
                // the timeline one figure (period) at a time, each readable at its own size
                for figure in Diagrams().timelineFigures(c) {
                    svgs.append(String(decoding: try GraphvizRenderer().render(figure, format: "svg"), as: UTF8.self))
                }
            } catch let ChronicleError.graphviz(message) {
                svgs = []
                problems.append(.cannotDraw(path: out, message: "the timeline, left out: " + message))
            } catch {
                svgs = []
                problems.append(.cannotDraw(path: out, message: "the timeline, left out: \(error)"))
            }
            text = HTMLReport().write(c, timelineSVGs: svgs)
        }
        write(out, text)
        return (written, problems)
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
