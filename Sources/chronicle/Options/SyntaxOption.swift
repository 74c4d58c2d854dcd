import ArgumentParser

/// `--syntax`: whether the Syntax stage runs before the later stages (docs/Syntax.md).
struct SyntaxOption: ParsableArguments {
    @Flag(name: .customLong("syntax"),
          help: "Run the syntax stage (tagger, lemmatizer, dependency parser) so that speakers, unnamed sources, name boundaries and noun/verb readings come from the parse: more accurate, about 3.5 times slower (docs/Syntax.md).")
    var on = false
}
