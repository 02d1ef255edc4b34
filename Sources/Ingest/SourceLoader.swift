/// Loads what `import` was given — files, standard input and URLs — several at
/// a time, and hands each back in the order given.
public struct SourceLoader: Sendable {
    /// Fetches the URLs (or serves them from the archive, offline).
    public let fetcher: Fetcher

    /// A loader fetching through `fetcher`; files obey the same `maxBytes`.
    public init(fetcher: Fetcher) {
        self.fetcher = fetcher
    }

    /// One source: a URL is fetched, anything else read (`-` is standard input).
    public func load(_ location: String) async throws -> SourceInput {
        if SourceReader.isURL(location) { return try await fetcher.fetch(location) }
        return try SourceReader.read(location, maxBytes: fetcher.policy.maxBytes)
    }

    /// Loads every location, at most `window` ahead of the one handed back
    /// last, and calls `handle` with each result in the order given.
    ///
    /// The fetcher's own limits decide how many requests actually run at once;
    /// the window only bounds how many loaded documents wait in memory.
    public func loadInOrder(_ locations: [String], window: Int,
                            _ handle: (Int, Result<SourceInput, any Error>) async throws -> Void) async throws {
        try await loadInOrder(locations, window: window, prepare: { _ in () }) { index, result in
            try await handle(index, result.map(\.0))
        }
    }

    /// Like ``loadInOrder(_:window:_:)``, and runs `prepare` on each loaded
    /// document in the same concurrent task — parsing and extraction run side
    /// by side (on as many threads as `prepare` hands them to) while the
    /// results are still handed back one by one, in order.
    ///
    /// At most `window` documents are in flight (loading, prepared or waiting
    /// for their turn) at any time, however many locations there are.
    public func loadInOrder<Prepared: Sendable>(
        _ locations: [String], window: Int, prepare: @escaping @Sendable (SourceInput) async -> Prepared,
        _ handle: (Int, Result<(SourceInput, Prepared), any Error>) async throws -> Void
    ) async throws {
        try await loadInRuns(locations, window: window, prepare: prepare) { run in
            for (index, result) in run { try await handle(index, result) }
        }
    }

    /// Like ``loadInOrder(_:window:prepare:_:)``, but hands back every
    /// document that is ready in order at once: `handle` gets a run of
    /// consecutive indices (never empty, at most `window` long).
    ///
    /// A consumer slower than the loading gets longer runs, and can store
    /// each run in one go; a faster one gets runs of one, without waiting.
    public func loadInRuns<Prepared: Sendable>(
        _ locations: [String], window: Int, prepare: @escaping @Sendable (SourceInput) async -> Prepared,
        _ handle: ([(Int, Result<(SourceInput, Prepared), any Error>)]) async throws -> Void
    ) async throws {
        let window = max(1, window)
        try await withThrowingTaskGroup(of: (Int, Result<(SourceInput, Prepared), any Error>).self) { group in
            var started = 0
            var nextToHand = 0
            var ready: [Int: Result<(SourceInput, Prepared), any Error>] = [:]
            func startMore() {
                while started < locations.count, started - nextToHand < window {
                    let index = started, location = locations[index]
                    group.addTask {
                        do {
                            let input = try await self.load(location)
                            return (index, .success((input, await prepare(input))))
                        } catch {
                            return (index, .failure(error))
                        }
                    }
                    started += 1
                }
            }
            startMore()
            while let (index, result) = try await group.next() {
                ready[index] = result
                var run: [(Int, Result<(SourceInput, Prepared), any Error>)] = []
                while let result = ready.removeValue(forKey: nextToHand + run.count) {
                    run.append((nextToHand + run.count, result))
                }
                guard !run.isEmpty else { continue }
                try await handle(run)
                nextToHand += run.count
                startMore()
            }
        }
    }
}
