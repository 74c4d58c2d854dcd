import ArgumentParser
import ChronicleKit
import Foundation

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train Chronicle's models from annotated data.",
        subcommands: [TrainSyntax.self]
    )
}

struct TrainSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Train the tagger, lemmatizer and dependency parser from UD treebanks.",
        discussion: """
        Trains on DIR/en_ewt-ud-train.conllu(.gz) and DIR/gum-news-ud-train.conllu, chooses epochs on \
        DIR/en_ewt-ud-dev.conllu and DIR/gum-news-ud-dev.conllu (test files are never read), and writes \
        syntax-tagger.bin, syntax-parser.bin, syntax-morphology.bin and syntax-model.md to the output \
        directory. The same treebanks give the same bytes. --train/--dev take CoNLL-U files instead of --ud.
        """
    )

    @Option(help: "The directory of the UD treebanks (../shared/data/ud).")
    var ud: String?

    @Option(parsing: .upToNextOption, help: "CoNLL-U training files (instead of --ud).")
    var train: [String] = []

    @Option(parsing: .upToNextOption, help: "CoNLL-U dev files for choosing epochs (instead of --ud).")
    var dev: [String] = []

    @Option(name: .shortAndLong, help: "Where to write the model files.")
    var output: String

    @Option(help: "Tagger epochs (the best on dev is kept).")
    var taggerEpochs = 10

    @Option(help: "Parser epochs (the best on dev is kept).")
    var parserEpochs = 15

    @Option(help: "Jackknife folds for the parser's training tags (1: gold tags).")
    var folds = 4

    @Option(help: "Leave out parser and labeler features that fewer training mistakes updated (3 for the committed beam model; 1 keeps all, as the greedy models of sessions 7–23 were made).")
    var parserMinimumUpdates = 3

    @Option(help: "The parser's beam width: 1 trains the greedy parser (dynamic oracle); K > 1 a global model for beam search of width K (max-violation updates), recorded in the model file. The committed models: 8.")
    var parserBeam = 8

    @Option(help: "The parser's transition templates: basic (46, the committed models) or rich (80, after Zhang and Nivre 2011), recorded in the model file.")
    var parserTemplates: String = "basic"

    @Option(help: "The beam width the model file tells the parser to decode with, and the epochs are chosen with (default: 4 or --parser-beam if smaller; the committed models: trained at 8, decoded at 4).")
    var parserDecodeBeam: Int?

    func validate() throws {
        if !["basic", "rich"].contains(parserTemplates) { throw ValidationError("--parser-templates takes basic or rich") }
        if let d = parserDecodeBeam, d < 1 || d > 256 { throw ValidationError("--parser-decode-beam takes 1 to 256") }
        if ud == nil && train.isEmpty { throw ValidationError("give --ud DIR or --train FILE…") }
        if taggerEpochs < 1 || parserEpochs < 1 || folds < 1 || parserMinimumUpdates < 1 || parserBeam < 1 || parserBeam > 256 { throw ValidationError("epochs and folds must be positive") }
    }

    /// A treebank's text; a .gz file is read through `gzip -dc`.
    static func read(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw ChronicleError.fileNotFound(path: path) }
        if path.hasSuffix(".gz") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["gzip", "-dc", path]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw ChronicleError.unreadable(path: path, reason: "gzip -dc failed") }
            return String(decoding: data, as: UTF8.self)
        }
        return try TextReader().read(path: path)
    }

    func run() throws {
        var trainFiles = train, devFiles = dev
        if let ud {
            let dir = URL(fileURLWithPath: ud)
            let ewt = dir.appendingPathComponent("en_ewt-ud-train.conllu").path
            trainFiles = [FileManager.default.fileExists(atPath: ewt) ? ewt : ewt + ".gz", dir.appendingPathComponent("gum-news-ud-train.conllu").path]
            devFiles = [dir.appendingPathComponent("en_ewt-ud-dev.conllu").path, dir.appendingPathComponent("gum-news-ud-dev.conllu").path]
        }
        func load(_ paths: [String]) throws -> [CoNLLU.Sentence] {
            try paths.flatMap { try CoNLLU.read(try Self.read($0), path: $0) }
        }
        let start = Date()
        let tr = try load(trainFiles), dv = try load(devFiles)
        var options = SyntaxTrainer.Options()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.folds = folds
        options.parserMinimumUpdates = parserMinimumUpdates
        options.parserBeam = parserBeam
        options.parserTemplates = parserTemplates == "rich" ? .rich : .basic
        options.parserDecodeBeam = parserDecodeBeam ?? min(4, parserBeam)
        let trainer = SyntaxTrainer(options: options) { FileHandle.standardError.write(Data(("chronicle: " + $0 + "\n").utf8)) }
        let result = try trainer.train(train: tr, dev: dv)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (name, bytes) in result.files {
            let path = (output as NSString).appendingPathComponent(name)
            do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                throw ChronicleError.unreadable(path: path, reason: "cannot write")
            }
        }
        FileHandle.standardError.write(Data(String(format: "chronicle: trained in %.1f s; wrote %@\n", Date().timeIntervalSince(start), result.files.map(\.name).joined(separator: ", ")).utf8))
    }
}
