// libFuzzer harnesses for Chronicle, and a runner for the regression corpus.
//
// Fuzzing build (not part of CI; see scripts/fuzz):
//   swift build -c release --product chronicle-fuzz --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
//   CHRONICLE_FUZZ_TARGET=statements .build-fuzz/release/chronicle-fuzz CORPUS_DIR -max_total_time=1800
// Normal build: `chronicle-fuzz TARGET FILE…` runs files through a target.
import ChronicleKit
import Foundation

#if FUZZING
nonisolated(unsafe) let target = ProcessInfo.processInfo.environment["CHRONICLE_FUZZ_TARGET"] ?? "statements"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTargets.run(target, Data(bytes: data, count: size))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

// SwiftPM links an executable with `main` bound to `<module>_main`; hand control to libFuzzer.
@_cdecl("chronicle_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var c = argc
    var v = argv
    // the rule book, lexicons and models load once per process, before libFuzzer times inputs:
    // in fork mode each job is a new process, and a first input that loaded them (3 s here,
    // over 10 s under load) counted as a timeout
    FuzzTargets.run(target, Data("Warm up\n\nMayor Carl Weber said on Monday that the talks failed.\n".utf8))
    return runDriver(&c, &v) { data, size in fuzzOne(data, size) }
}
#else
@main
struct FuzzMain {
    static func main() throws {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let target = args.first, FuzzTargets.names.contains(target) else {
            print("usage: chronicle-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE…  (build with -DFUZZING for libFuzzer)")
            return
        }
        for f in args.dropFirst() { FuzzTargets.run(target, try Data(contentsOf: URL(fileURLWithPath: f))) }
        print("ran \(args.count - 1) input(s) through \(target)")
    }
}
#endif
