// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SiteGen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SiteGen", targets: ["SiteGen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Replaces cmark-gfm's one thread-unsafe function, so briefings parse on every core.
        .target(name: "CCmarkSpecialChars", dependencies: ["CCmarkGFM"], linkerSettings: [.linkedLibrary("dl")]),
        // Gives each cmark-gfm document one block of memory, released at once after its render.
        .target(name: "CCmarkArena", dependencies: ["CCmarkGFM"]),
        .target(name: "Templates"),
        .target(
            name: "SiteGen",
            dependencies: ["CCmarkArena", "CCmarkGFM", "CCmarkSpecialChars", "Templates", .product(name: "Yams", package: "Yams")],
            // jemalloc in place of glibc's malloc, in `sitegen` and the tests alike: a build allocates on
            // both cores at once, and glibc's arenas took a tenth of a clean build's user time (BENCHMARKS.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: ["SiteGen", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "SiteGenTests",
            dependencies: ["SiteGen", "Templates"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
