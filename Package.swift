// swift-tools-version:6.0
// renpa — a corpus analyzer for the reporting texts of China's local people's congresses (人大).
// No package dependencies: Foundation and Dispatch only.
import PackageDescription

let package = Package(
    name: "renpa",
    products: [
        .library(name: "Corpus", targets: ["Corpus"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .executable(name: "renpa", targets: ["renpa"]),
    ],
    targets: [
        // Raw files -> bylined sections in reading order, with regions.
        .target(name: "Corpus", resources: [.copy("Resources")]),
        // Phrases, slogans, figures, checks: values in, values out; never prints.
        .target(name: "Analysis", dependencies: ["Corpus"], resources: [.copy("Resources")]),
        // Argument parsing, commands and printers (a library so tests can run commands in-process).
        .target(name: "RenpaCLI", dependencies: ["Corpus", "Analysis"]),
        .executableTarget(name: "renpa", dependencies: ["RenpaCLI"]),
        // Synthetic corpora and timings (`renpa-bench corpus`, `renpa-bench run`); not part of `swift test`.
        .executableTarget(name: "renpa-bench"),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Corpus"]),
        .testTarget(name: "RenpaTests", dependencies: ["RenpaCLI", "Corpus", "Analysis"]),
    ],
    swiftLanguageModes: [.v6]
)
