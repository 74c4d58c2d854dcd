import ArgumentParser
import ChronicleKit
import Foundation

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the reader takes from each input: text, title, date, authors, outlet, language.",
        discussion: "One JSON line per article: {\"id\", \"text\", \"title\", \"date\", \"date_source\", \"author\", \"outlet\", \"lang\", \"url\", \"path\"}. The id is the file name without its extensions (or the record id); text is the main text without the title line. Web pages (.html, .htm, .html.gz or HTML content), plain text (.txt) and corpora (.jsonl, .csv) are read."
    )

    @Argument(help: "Files or directories.")
    var inputs: [String]

    @Option(name: .customLong("jsonl"), help: "The JSON-lines output file ('-' for standard output).")
    var jsonl: String = "-"

    @Option(help: "The date (YYYY-MM-DD) for articles that give none.")
    var date: String?

    @OptionGroup var readerOptions: ReaderOptions

    func validate() throws {
        if let date, !DateArgument.isValid(date) { throw ValidationError("--date '\(date)' is not a valid date (expected YYYY-MM-DD)") }
    }

    func run() throws {
        let (files, found, skipped) = Inputs.expandFiles(inputs)
        var problems = found
        var out = ""
        var notes = Inputs.Notes()
        notes.skipped = skipped
        notes.forced = readerOptions.force
        let badRecords = Inputs.forEachArticle(files, date: date, reader: readerOptions.reader, problem: { problems.append($0) }) { a in
            let body = a.bodyStart == 0 ? a.text : String(a.text.unicodeScalars.dropFirst(a.bodyStart))
            let id = a.recordId ?? ArticleReader.stem(URL(fileURLWithPath: a.line == nil ? a.path : a.id).lastPathComponent)
            var o: [String: Any] = ["id": a.line != nil && a.recordId == nil ? a.id : id, "text": body, "lang": a.lang, "path": a.path]
            o["title"] = a.title ?? NSNull()
            o["date"] = a.articleDate ?? NSNull()
            o["date_source"] = (a.dateDetail.map { "page:\($0)" } ?? a.dateSource?.rawValue) ?? NSNull()
            o["author"] = a.authors.isEmpty ? NSNull() : a.authors.joined(separator: "; ")
            o["outlet"] = a.outlet ?? NSNull()
            o["url"] = a.url ?? NSNull()
            let data = try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys, .withoutEscapingSlashes])
            out += String(decoding: data, as: UTF8.self) + "\n"
            notes.note(a, dated: a.articleDate != nil)
        }
        notes.badRecords = badRecords
        notes.failed = problems.count - badRecords
        report(problems)
        if jsonl == "-" {
            FileHandle.standardOutput.write(Data(out.utf8))
        } else {
            do {
                try Data(out.utf8).write(to: URL(fileURLWithPath: jsonl))
            } catch {
                FileHandle.standardError.write(Data("chronicle: \(jsonl): cannot write\n".utf8))
                throw ExitCode.failure
            }
        }
        reportNotes(notes)
        if !problems.isEmpty { throw ExitCode.failure }
    }
}
