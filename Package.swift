// swift-tools-version: 6.1
import PackageDescription

/// Fabrik's rings, innermost first: FabrikCore (values, no I/O) <- pure engines
/// (FabrikPlanning) <- FabrikDataset (CSV) / FabrikStore (GRDB) <- the `fabrik` CLI.
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Fabrik",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fabrik", targets: ["FabrikCLI"]),
        .library(name: "FabrikCore", targets: ["FabrikCore"]),
        .library(name: "FabrikDataset", targets: ["FabrikDataset"]),
        .library(name: "FabrikPlanning", targets: ["FabrikPlanning"]),
        .library(name: "FabrikScheduling", targets: ["FabrikScheduling"]),
        .library(name: "FabrikLedger", targets: ["FabrikLedger"]),
        .library(name: "FabrikStore", targets: ["FabrikStore"]),
        .library(name: "FabrikServer", targets: ["FabrikServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(name: "FabrikCore", swiftSettings: upcoming),
        .target(name: "FabrikPlanning", dependencies: ["FabrikCore"], swiftSettings: upcoming),
        .target(name: "FabrikScheduling", dependencies: ["FabrikCore", "FabrikPlanning"], swiftSettings: upcoming),
        .target(name: "FabrikLedger", dependencies: ["FabrikCore"], swiftSettings: upcoming),
        .target(name: "FabrikDataset", dependencies: ["FabrikCore"], swiftSettings: upcoming),
        .target(
            name: "FabrikStore",
            dependencies: [
                "FabrikCore", "FabrikDataset", "FabrikPlanning", "FabrikScheduling", "FabrikLedger",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "FabrikServer",
            dependencies: [
                "FabrikCore", "FabrikPlanning", "FabrikStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "FabrikCLI",
            dependencies: [
                "FabrikCore", "FabrikDataset", "FabrikPlanning", "FabrikScheduling", "FabrikLedger", "FabrikStore", "FabrikServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "FabrikCoreTests", dependencies: ["FabrikCore"], swiftSettings: upcoming),
        .testTarget(name: "FabrikDatasetTests", dependencies: ["FabrikCore", "FabrikDataset"], swiftSettings: upcoming),
        .testTarget(name: "FabrikPlanningTests", dependencies: ["FabrikCore", "FabrikDataset", "FabrikPlanning"], swiftSettings: upcoming),
        // Fixtures are read at run time through #filePath, not bundled as resources.
        .testTarget(
            name: "FabrikSchedulingTests", dependencies: ["FabrikCore", "FabrikPlanning", "FabrikScheduling"],
            exclude: ["Fixtures"], swiftSettings: upcoming
        ),
        .testTarget(name: "FabrikLedgerTests", dependencies: ["FabrikCore", "FabrikLedger"], swiftSettings: upcoming),
        .testTarget(
            name: "FabrikStoreTests",
            dependencies: ["FabrikCore", "FabrikDataset", "FabrikPlanning", "FabrikScheduling", "FabrikLedger", "FabrikStore"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "FabrikServerTests",
            dependencies: [
                "FabrikCore", "FabrikDataset", "FabrikPlanning", "FabrikStore", "FabrikServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "FabrikCLITests", dependencies: ["FabrikCLI"], exclude: ["Fixtures"], swiftSettings: upcoming),
    ],
    swiftLanguageModes: [.v6]
)
