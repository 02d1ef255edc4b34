// swift-tools-version:6.0
import PackageDescription

import Foundation

/// The fuzz target is declared only for scripts/fuzz (QUOTECHECK_FUZZ=1): libFuzzer supplies its main.
let fuzzTargets: [Target] = ProcessInfo.processInfo.environment["QUOTECHECK_FUZZ"] == nil ? [] : [
    .executableTarget(name: "fuzz-extract", dependencies: ["Markup", "Extract"], path: "Fuzz/ExtractFuzzer"),
]

let package = Package(
    name: "quotecheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quotecheck", targets: ["quotecheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
        // Comes with async-http-client; named for its NIOCore/NIOHTTP1/NIOPosix products.
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        // The PostgreSQL store's wire protocol client (StorePostgres only).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Come with postgres-nio; named for its Logger and its TLS configuration.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
        // The web desk (`serve`): the HTTP server, bcrypt password hashes, HTML templates that escape.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Comes with hummingbird; named for its HTTP field names.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // libxml2, the system C library. Only `Markup` imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Safe HTML/XML parsing into Swift values; the only importer of CLibXML2.
        // A per-thread bump allocator that Markup gives libxml2 for each HTML parse.
        .target(name: "CArena"),
        .target(name: "Markup", dependencies: ["CLibXML2", "CArena"]),
        // The shared vocabulary: quote, article, kind, basis, status, rating, day. No logic beyond validation.
        .target(name: "Model"),
        // Article and quote extraction: pure functions over Markup's values.
        .target(name: "Extract", dependencies: ["Markup", "Model"]),
        // The claims store (SQLite through GRDB); owns every SQL statement. Knows the
        // vocabulary (Model), not the extraction heuristics.
        .target(name: "Store", dependencies: [
            "Model",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The claims store on PostgreSQL through postgres-nio, behind Store's `ClaimStore` protocol
        // (the command line uses it for `copy --to`).
        .target(name: "StorePostgres", dependencies: [
            "Store", "Model",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
        // Reading, fetching, archiving and importing source documents.
        .target(name: "Ingest", dependencies: [
            "Markup", "Extract", "Store",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // The review session as a state machine, apart from any terminal.
        .target(name: "Review", dependencies: ["Store"]),
        // CSV and JSON Lines writers.
        .target(name: "Export", dependencies: ["Store"]),
        // Quotes checked against primary records: word index, alignment, findings. Pure, no I/O.
        .target(name: "Corroborate", dependencies: []),
        // The web review desk: accounts, sessions, server-rendered pages (Hummingbird 2).
        .target(name: "Server", dependencies: [
            "Store", "Export",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The command-line tool: flags in, calls, printed results out.
        .executableTarget(name: "quotecheck", dependencies: [
            "Markup", "Extract", "Store", "StorePostgres", "Ingest", "Review", "Export", "Corroborate", "Server",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: runnable programs that print figures (see Benchmarks/README.md).
        .executableTarget(name: "extract-quotes", dependencies: ["Markup", "Extract"], path: "Benchmarks/ExtractQuotes"),
        .executableTarget(name: "bench-parse", dependencies: ["Markup", "Extract"], path: "Benchmarks/ParseFloor"),
        // What the benchmarks share: a seeded generator, a stopwatch, a scratch store.
        .target(name: "BenchmarkSupport", dependencies: ["Store", "Extract"], path: "Benchmarks/Support"),
        .executableTarget(name: "bench-export", dependencies: ["BenchmarkSupport", "Store", "Export", "Extract"], path: "Benchmarks/ExportScale"),
        .executableTarget(name: "bench-search", dependencies: ["BenchmarkSupport", "Store", "Extract"], path: "Benchmarks/SearchScale"),
        .executableTarget(name: "bench-store-import", dependencies: ["BenchmarkSupport", "Store", "StorePostgres", "Extract", "Markup"],
                          path: "Benchmarks/StoreImport"),
        .executableTarget(name: "bench-copy", dependencies: ["BenchmarkSupport", "Store", "StorePostgres", "Extract"], path: "Benchmarks/CopyScale"),
        .executableTarget(name: "bench-stream", dependencies: ["BenchmarkSupport", "Store", "StorePostgres", "Extract"], path: "Benchmarks/StreamScale"),
        .executableTarget(name: "bench-export-backends", dependencies: ["Store", "StorePostgres", "Extract"],
                          path: "Benchmarks/ExportBackends"),
        .executableTarget(name: "bench-desk", dependencies: [
            "BenchmarkSupport", "Server", "Store", "Extract",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ], path: "Benchmarks/DeskLoad"),
        .executableTarget(name: "bench-corroborate", dependencies: ["BenchmarkSupport", "Corroborate"], path: "Benchmarks/Corroborate"),
        // Runs the binary from the test suites with a deadline and both pipes read at once (ChildProcess).
        .target(name: "ProcessSupport", path: "Tests/ProcessSupport"),
        .testTarget(name: "MarkupTests", dependencies: ["Markup", "CArena"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Markup"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Extract"]),
        // One conformance suite of store behaviour, run on every backend available.
        .testTarget(name: "StoreConformanceTests", dependencies: [
            "Store", "StorePostgres", "Extract", "ProcessSupport",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            // To run SQL on the SQLite store directly (the audit trail's triggers, a newer schema).
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "IngestTests", dependencies: [
            "Ingest", "Store",
            // A small HTTP/1 server on 127.0.0.1 for the fetch tests.
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Store", "Extract"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Store", "Extract"]),
        .testTarget(name: "CorroborateTests", dependencies: ["Corroborate"]),
        // Runs the real binary; opens the store only to check it after a crash, and makes an
        // empty PostgreSQL database for each `--database` case (PostgresCLIServer).
        .testTarget(name: "CLITests", dependencies: [
            "Store", "StorePostgres", "ProcessSupport",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The web desk over HTTP against a real server on 127.0.0.1 (the `quotecheck serve` binary).
        .testTarget(name: "ServerTests", dependencies: [
            "Server", "Store", "Extract", "StorePostgres", "ProcessSupport",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
    ] + fuzzTargets,
    swiftLanguageModes: [.v6]
)
