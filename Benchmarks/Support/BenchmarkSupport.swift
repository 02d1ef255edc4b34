// What the benchmarks share: a seeded generator, a stopwatch, the size
// argument and a scratch claims store that is removed afterwards.
import Foundation
import Extract
import Store

/// SplitMix64: a small seeded generator, so that every run builds the same data.
public struct SeededGenerator: RandomNumberGenerator {
    /// The generator's state; the seed to start with.
    public var state: UInt64

    /// A generator starting at `state`.
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The wall time `body` takes, in seconds.
public func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The number of quotes asked for as the first argument (default a million);
/// a usage error (exit 64) naming `program` when it is not a positive number.
public func quoteCountArgument(program: String) -> Int {
    let given = CommandLine.arguments.dropFirst().first ?? "1000000"
    guard let count = Int(given), count > 0 else {
        FileHandle.standardError.write(Data("usage: \(program) [N]   (N quotes, default 1000000)\n".utf8))
        exit(64)
    }
    return count
}

/// A claims store in a new temporary folder named after `program`; call
/// ``remove()`` when done.
public struct ScratchStore {
    /// The folder holding the store.
    public let directory: URL
    /// The store.
    public let store: ClaimsStore

    /// Creates the folder and opens a new store in it.
    public init(program: String) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(program)-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try ClaimsStore(path: directory.appendingPathComponent("claims.sqlite").path)
    }

    /// Removes the folder, saying so on standard error if it cannot.
    public func remove() {
        do {
            try FileManager.default.removeItem(at: directory)
        } catch {
            FileHandle.standardError.write(Data("cannot remove \(directory.path): \(error.localizedDescription)\n".utf8))
        }
    }
}

extension ScratchStore {
    /// Imports generated article number `index` (SHA-256, file, URL and title
    /// derived from it; site "News", published 2025-11-26) with `paragraphs`
    /// and `quotes`, as the store benchmarks seed their stores.
    public func importGeneratedArticle(_ index: Int, paragraphs: [String], quotes: [Quote]) throws {
        _ = try store.importSource(
            NewSource(sha256: String(format: "%064x", index), file: "sources/article-\(index).html",
                      byteCount: 40_000, archivePath: "sources/archive/\(index).html"),
            article: Article(canonicalURL: "https://news.example/\(index)", title: "Article \(index)",
                             site: "News", authors: ["A. Writer"], publishedAt: "2025-11-26T09:30:00+00:00",
                             language: "en", paragraphs: paragraphs),
            quotes: quotes)
    }
}
