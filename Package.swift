// swift-tools-version:6.0
import PackageDescription
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `CHRONICLE_FUZZ_BUILD=1 swift build --product chronicle-fuzz` (scripts/fuzz --debug): libFuzzer
// coverage and AddressSanitizer for ChronicleKit and the harness only, so the dependencies of a
// normal debug build are reused (a sanitized release build of them takes over 10 minutes on a
// loaded machine). Without the variable nothing changes.
let fuzzBuild = getenv("CHRONICLE_FUZZ_BUILD") != nil
let fuzzFlags: [SwiftSetting] = fuzzBuild ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chronicle", targets: ["chronicle"]),
        .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // already resolved for Hummingbird; named for their Logger and HTTPField types
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // the XLSX export writes its zip with it
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // saved web pages (.html.gz) are inflated with it
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .target(
            name: "ChronicleKit",
            dependencies: [
                "CGraphviz",
                "CLibXML2",
                "CLibDeflate",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")],
            // the hot loops keep their state behind pointers; dynamic exclusivity checks on the
            // few class properties they touch cost more than they protect in a release build
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))] + fuzzFlags
        ),
        // the web app (`chronicle serve`): networking stays out of the analysis library
        .target(
            name: "ChronicleServer",
            dependencies: [
                "ChronicleKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleKit",
                "ChronicleServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronicle-fuzz",
            dependencies: ["ChronicleKit"],
            swiftSettings: fuzzBuild ? fuzzFlags + [.define("FUZZING")] : [],
            linkerSettings: fuzzBuild ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        .testTarget(
            name: "ChronicleKitTests",
            dependencies: ["ChronicleKit", .product(name: "CSV", package: "CSV.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures"), .copy("Golden")]
        ),
        .testTarget(
            name: "ChronicleServerTests",
            dependencies: ["ChronicleServer", "ChronicleKit"]
        ),
        .testTarget(
            name: "ChronicleCLITests",
            dependencies: ["ChronicleKit"]
        ),
    ]
)
