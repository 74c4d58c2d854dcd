#if canImport(Glibc)
import Glibc
#endif

/// The C library's heap keeps 16 MB of slack when it grows or shrinks (glibc `M_TOP_PAD`).
///
/// A PostgreSQL answer arrives in buffers of hundreds of kilobytes on the connection's thread;
/// glibc returned that thread's heap to the kernel after every query and took it back, page by
/// page, for the next one: 111,000 page faults and a third of the client's CPU time for 30 runs
/// of the four reference queries of `chronicle bench --queries` (PolNeAR train), against 10,000
/// with the slack (docs/benchmarks.md, "PostgreSQL queries, session 12"). Called once, first
/// thing, by the `chronicle` executable; a no-op where the C library is not glibc.
public enum HeapSlack {
    public static let bytes: Int32 = 16 << 20

    /// glibc's `M_TOP_PAD` (malloc.h, which Swift's Glibc module leaves out).
    static let topPad: Int32 = -2

    public static func keep() {
        #if canImport(Glibc)
        // looked up by name: malloc.h is not in the Glibc module
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(topPad, bytes)
        #endif
    }
}
