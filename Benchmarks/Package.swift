// swift-tools-version: 6.1
import PackageDescription

/// One benchmark executable: its folder, Benchmark plus the Fabrik products
/// it drives, the project's upcoming features, and the benchmark plugin.
func benchmarkTarget(_ name: String, fabrik products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Benchmark", package: "package-benchmark")]
            + products.map { .product(name: $0, package: "Fabrik") },
        path: name,
        swiftSettings: [
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("ExistentialAny"),
        ],
        plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    )
}

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
        benchmarkTarget("ImportBenchmarks", fabrik: ["FabrikDataset", "FabrikStore"]),
        benchmarkTarget("MRPBenchmarks", fabrik: ["FabrikCore", "FabrikDataset", "FabrikPlanning", "FabrikStore"]),
        benchmarkTarget("LedgerBenchmarks", fabrik: ["FabrikCore", "FabrikLedger", "FabrikDataset", "FabrikStore"]),
        benchmarkTarget(
            "SchedulingBenchmarks",
            fabrik: ["FabrikCore", "FabrikDataset", "FabrikPlanning", "FabrikScheduling", "FabrikStore"]),
    ],
    swiftLanguageModes: [.v6]
)
