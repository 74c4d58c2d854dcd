import ArgumentParser
import ChronicleKit
import Foundation

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag, lemmatize and parse articles (UD v2), or re-annotate a CoNLL-U file.",
        discussion: """
        For articles, prints CoNLL-U (one block per sentence, word spans in MISC as TokenRange=START:END in \
        Unicode scalars) or, with --format text, each sentence as form/UPOS and its relations. With --conllu, \
        keeps the file's sentences and words (multiword-token lines and empty nodes pass through) and replaces \
        LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL.
        """
    )

    enum Format: String, ExpressibleByArgument { case conllu, text }

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String] = []

    @Option(help: "A CoNLL-U file whose words to re-annotate.")
    var conllu: String?

    @Option(help: "Output format for articles: conllu or text.")
    var format: Format = .conllu

    @Option(help: "A directory of syntax model files to use instead of the bundled ones (what `chronicle train syntax -o DIR` wrote).")
    var models: String?

    @Option(help: "Decode with a beam of this width instead of the width the parser model file gives.")
    var beam: Int?

    func validate() throws {
        if let beam, beam < 1 || beam > 256 { throw ValidationError("--beam takes 1 to 256") }
        if conllu == nil && inputs.isEmpty { throw ValidationError("give article files or --conllu FILE") }
        if conllu != nil && !inputs.isEmpty { throw ValidationError("--conllu takes one file and no articles") }
    }

    static func fail(_ e: Error) {
        let m = (e as? ChronicleError)?.errorDescription ?? "\(e)"
        FileHandle.standardError.write(Data(("chronicle: " + m + "\n").utf8))
    }

    func run() throws {
        var model = try models.map { try SyntaxModel.load(directory: URL(fileURLWithPath: $0)) } ?? SyntaxModel.standard()
        if let beam {
            model = SyntaxModel(tables: model.tables, tagger: model.tagger, parser: model.parser.decoding(width: beam), morphology: model.morphology)
        }
        if let conllu {
            let text = try TextReader().read(path: conllu)
            let sentences = try CoNLLU.read(text, path: conllu)
            var annotator = SyntaxAnnotator(model: model)
            var out = ""
            for s in sentences {
                var a = SyntaxAnnotator.Sentence()
                annotator.annotate(s.forms, into: &a)
                CoNLLU.write(s, a, tables: model.tables, into: &out)
                if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            return
        }
        let pipeline = try Pipeline()
        let syntax = SyntaxAnalyzer(model: model)
        let (files, problems) = Inputs.expand(inputs)
        var failed = !problems.isEmpty
        problems.forEach(Self.fail)
        for f in files {
            do {
                let raw = try TextReader().read(path: f)
                let doc = pipeline.text.analyze(id: URL(fileURLWithPath: f).lastPathComponent, text: raw)
                let layer = syntax.analyze(doc)
                let out = format == .conllu ? SyntaxReport.conllu(doc, layer) : SyntaxReport.text(doc, layer)
                FileHandle.standardOutput.write(Data(out.utf8))
            } catch {
                failed = true
                Self.fail(error)
            }
        }
        if failed { throw ExitCode.failure }
    }
}
