// swift-tools-version: 6.1
import PackageDescription

/// Fabrik's benchmarks, kept out of the main package so package-benchmark and
/// its malloc interposer never reach the product. Run: `swift package benchmark`.
let package = Package(
    name: "FabrikBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Fabrik", path: "../"),
        // ARC metrics crash on this toolchain: only the malloc interposer trait is enabled.
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ImportBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "FabrikDataset", package: "Fabrik"),
                .product(name: "FabrikStore", package: "Fabrik"),
            ],
            path: "ImportBenchmarks",
            swiftSettings: [
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("ExistentialAny"),
            ],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "MRPBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "FabrikCore", package: "Fabrik"),
                .product(name: "FabrikDataset", package: "Fabrik"),
                .product(name: "FabrikPlanning", package: "Fabrik"),
                .product(name: "FabrikStore", package: "Fabrik"),
            ],
            path: "MRPBenchmarks",
            swiftSettings: [
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("ExistentialAny"),
            ],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "LedgerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "FabrikCore", package: "Fabrik"),
                .product(name: "FabrikLedger", package: "Fabrik"),
                .product(name: "FabrikDataset", package: "Fabrik"),
                .product(name: "FabrikStore", package: "Fabrik"),
            ],
            path: "LedgerBenchmarks",
            swiftSettings: [
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("ExistentialAny"),
            ],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "SchedulingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "FabrikCore", package: "Fabrik"),
                .product(name: "FabrikDataset", package: "Fabrik"),
                .product(name: "FabrikPlanning", package: "Fabrik"),
                .product(name: "FabrikScheduling", package: "Fabrik"),
                .product(name: "FabrikStore", package: "Fabrik"),
            ],
            path: "SchedulingBenchmarks",
            swiftSettings: [
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("ExistentialAny"),
            ],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
