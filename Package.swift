// swift-tools-version:6.0
import PackageDescription

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
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // tests only: an independent CSV reader (scalar by scalar, as RFC 4180 reads) for the escaping property test
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "ChronicleKit",
            dependencies: [
                "CGraphviz",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Resources")],
            // the hot loops keep their state behind pointers; dynamic exclusivity checks on the
            // few class properties they touch cost more than they protect in a release build
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronicle-fuzz",
            dependencies: ["ChronicleKit"]
        ),
        .testTarget(
            name: "ChronicleKitTests",
            dependencies: ["ChronicleKit", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Fixtures"), .copy("Golden")]
        ),
        .testTarget(
            name: "ChronicleCLITests",
            dependencies: ["ChronicleKit"]
        ),
    ]
)
