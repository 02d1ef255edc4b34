import Foundation
import Store
import Testing

/// Speaker corrections (`speakers merge`, `rename`, `role`, `unalias`) and speaker look-ups behave alike on every backend.
@Suite("Store conformance: speaker corrections")
struct SpeakerCorrectionConformanceTests {
    /// The two articles and a third where J. Smith (also "Smithy") says Jane Smith's first words (claim 7).
    static func prepare(_ store: any ClaimStore) async throws {
        try await ConformanceData.importTwoArticles(into: store)
        _ = try await store.importSource(ConformanceData.source("c"), article: ConformanceData.article("c"), quotes: [
            ConformanceData.quote("we will win", by: "J. Smith", aliases: ["Smithy"]),
        ])
    }

    @Test("a speaker is found by id, exact name, name in any ASCII case or alias; unknown and ambiguous names are refused",
          arguments: Backend.available)
    func lookUp(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let jane = try await store.speaker("JANE SMITH")
            #expect(jane.name == "Jane Smith" && jane.aliases == ["Smith"] && jane.quoteCount == 2)
            #expect(try await store.speaker(String(jane.id)) == jane)
            #expect(try await store.speaker(" Smith ") == jane)
            #expect(try await store.speaker("jane smith").name == "jane smith", "the exact name first")
            #expect(try await store.speaker("ZOLA").name == "Émile Zola")
            await #expect(throws: StoreError.unknownSpeaker("émile zola"), "only ASCII letters fold") {
                try await store.speaker("émile zola")
            }
            await #expect(throws: StoreError.unknownSpeaker("Nobody")) { try await store.speaker("Nobody") }
            let bob = try await store.speaker("Bob Jones")
            try await harness.execute("INSERT INTO speaker_alias (speaker_id, alias) VALUES (\(bob.id), 'smith')")
            await #expect(throws: StoreError.ambiguousSpeaker("SMITH", ["Jane Smith", "Bob Jones"])) {
                try await store.speaker("SMITH")
            }
            #expect(try await store.speakers().first { $0.name == "Bob Jones" } == store.speaker("Bob Jones"))
        }
    }

    @Test("a merge moves the claims with a speaker entry each, joins claims with the same words and keeps the names as aliases",
          arguments: Backend.available)
    func merge(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.prepare(store)
            try await store.recordVerdict(quoteID: 1, change: VerdictChange(status: .verified), reviewer: "ann",
                                          at: ConformanceData.later(1), expecting: nil)
            try await store.recordVerdict(quoteID: 7, change: VerdictChange(status: .misquoted, evidence: "https://e.example"),
                                          reviewer: "bob", at: ConformanceData.later(2), expecting: nil)
            let merged = try await store.mergeSpeaker("smithy", into: "Smith", by: "cy", at: ConformanceData.later(3))
            #expect(merged.name == "Jane Smith")
            #expect(merged.aliases == ["J. Smith", "Smith", "Smithy"])
            #expect(merged.quoteCount == 2)
            #expect(try await store.speakers().map(\.name) == ["Bob Jones", "Jane Smith", "jane smith", "Émile Zola"])
            #expect(try await store.quotes(matching: .all).map(\.id) == [1, 2, 3, 4, 5, 6])
            let claim = try #require(try await store.quote(id: 1))
            #expect(claim.appearances == 2)
            #expect(claim.status == .misquoted, "the verdict reviewed last wins")
            #expect(claim.evidence == ["https://e.example"])
            let trail = try await store.history(quoteID: 1)
            #expect(trail.map(\.who) == ["ann", "bob", "bob", "cy", "cy", "cy"])
            let moved = try #require(trail.first { $0.field == "speaker" })
            #expect(moved.quoteID == 7)
            #expect([moved.oldValue, moved.newValue, moved.note, moved.at]
                == ["J. Smith", "Jane Smith", "speaker merge: J. Smith into Jane Smith", "2024-05-01T12:03:00.000Z"])
            #expect(trail.filter { $0.note == "join #7" }.map(\.field) == ["status", "evidence"])
            #expect(Set(trail.suffix(3).map(\.changeID)).count == 1, "one change")
            #expect(try await store.snapshot(ofQuote: 7)?.quote.id == 1)
            #expect(try await store.quotes(matching: QuoteFilter(speaker: "J. Smith")).map(\.id) == [1, 2])

            // A name that differs only in case becomes an alias too.
            let again = try await store.mergeSpeaker("jane smith", into: "Jane Smith", by: "cy", at: ConformanceData.later(4))
            #expect(again.aliases == ["J. Smith", "Smith", "Smithy", "jane smith"])
            #expect(again.quoteCount == 3)
            #expect(try await store.history(quoteID: 6).last?.oldValue == "jane smith")
        }
    }

    @Test("a merge refuses one speaker twice and unknown speakers, and changes nothing", arguments: Backend.available)
    func mergeRefusals(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await Self.prepare(store)
            let before = try await store.speakers()
            await #expect(throws: StoreError.sameSpeaker("Bob Jones")) {
                try await store.mergeSpeaker("Bob Jones", into: "bob jones", by: "ann", at: ConformanceData.later(1))
            }
            await #expect(throws: StoreError.unknownSpeaker("Nobody")) {
                try await store.mergeSpeaker("Nobody", into: "Bob Jones", by: "ann", at: ConformanceData.later(1))
            }
            await #expect(throws: StoreError.unknownSpeaker("Nobody")) {
                try await store.mergeSpeaker("Bob Jones", into: "Nobody", by: "ann", at: ConformanceData.later(1))
            }
            #expect(try await store.speakers() == before)
            #expect(try await store.history(quoteID: 3).isEmpty)
        }
    }

    @Test("a rename keeps the old name as an alias, traces each claim, and refuses a taken or empty name",
          arguments: Backend.available)
    func rename(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let renamed = try await store.renameSpeaker("Smith", to: " Jane Smith-Jones ", by: "ann",
                                                        at: ConformanceData.later(1))
            #expect(renamed.name == "Jane Smith-Jones")
            #expect(renamed.aliases == ["Jane Smith", "Smith"])
            // The old name finds the claims (and those of "jane smith", the same name in another case).
            #expect(try await store.quotes(matching: QuoteFilter(speaker: "Jane Smith")).map(\.id) == [1, 2, 6])
            for id: Int64 in [1, 2] {
                let entry = try #require(try await store.history(quoteID: id).last)
                #expect([entry.field, entry.oldValue, entry.newValue, entry.note, entry.who]
                    == ["speaker", "Jane Smith", "Jane Smith-Jones", "speaker rename", "ann"])
            }
            #expect(try await store.quote(id: 1)?.speaker == "Jane Smith-Jones")
            await #expect(throws: StoreError.speakerNameTaken("Bob Jones")) {
                try await store.renameSpeaker("Jane Smith-Jones", to: "Bob Jones", by: "ann", at: ConformanceData.later(2))
            }
            await #expect(throws: StoreError.emptySpeakerName) {
                try await store.renameSpeaker("Bob Jones", to: " \n", by: "ann", at: ConformanceData.later(2))
            }
            // The same name changes nothing; an alias taken as the name stops being an alias.
            #expect(try await store.renameSpeaker("Bob Jones", to: "Bob Jones", by: "ann", at: ConformanceData.later(3))
                .aliases.isEmpty)
            #expect(try await store.history(quoteID: 3).isEmpty)
            let zola = try await store.renameSpeaker("Émile Zola", to: "zola", by: "ann", at: ConformanceData.later(4))
            #expect(zola.name == "zola" && zola.aliases == ["Émile Zola"])
        }
    }

    @Test("a usual role shows where a quote has none, is traced on each claim, is not undone, and clears",
          arguments: Backend.available)
    func role(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            let jane = try await store.setSpeakerRole("Jane Smith", to: " City council leader ", by: "ana",
                                                      at: ConformanceData.later(1))
            #expect(jane.role == "City council leader")
            let quotes = try await store.quotes(matching: QuoteFilter(speaker: "Smith"))
            #expect(quotes.map(\.speakerRole) == ["Mayor", "City council leader"], "a quote's own role wins")
            for quote in quotes {
                let entry = try #require(try await store.history(quoteID: quote.id).last)
                #expect([entry.field, entry.oldValue, entry.newValue, entry.who, entry.note]
                    == ["speaker_role", nil, "City council leader", "ana", "speaker role: Jane Smith"])
            }
            #expect(try await store.undoLastChange(by: "ana", at: ConformanceData.later(2)) == nil)
            let unchanged = try await store.setSpeakerRole("Smith", to: "City council leader", by: "ana",
                                                           at: ConformanceData.later(3))
            #expect(unchanged == jane)
            #expect(try await store.history(quoteID: 1).count == 1, "the same role writes nothing")
            let cleared = try await store.setSpeakerRole("Jane Smith", to: "", by: "bob", at: ConformanceData.later(4))
            #expect(cleared.role == nil)
            #expect(try await store.history(quoteID: 2).last?.oldValue == "City council leader")
            #expect(try await store.history(quoteID: 2).last?.newValue == nil)
        }
    }

    @Test("an alias is removed in any case and traced; one the speaker does not have is refused",
          arguments: Backend.available)
    func unalias(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let store = harness.store
            try await ConformanceData.importTwoArticles(into: store)
            await #expect(throws: StoreError.notAnAlias(speaker: "Bob Jones", alias: "Smith")) {
                try await store.removeSpeakerAlias("Bob Jones", alias: "Smith", by: "bob", at: ConformanceData.later(1))
            }
            let jane = try await store.removeSpeakerAlias("Jane Smith", alias: " SMITH ", by: "bob",
                                                          at: ConformanceData.later(2))
            #expect(jane.aliases.isEmpty)
            await #expect(throws: StoreError.unknownSpeaker("Smith")) { try await store.speaker("Smith") }
            #expect(try await store.quotes(matching: QuoteFilter(speaker: "Smith")).isEmpty)
            for id: Int64 in [1, 2] {
                let entry = try #require(try await store.history(quoteID: id).last)
                #expect([entry.field, entry.oldValue, entry.newValue, entry.who, entry.note]
                    == ["speaker_alias", "Smith", nil, "bob", "speaker unalias: Jane Smith"])
            }
        }
    }

    @Test("the same corrections give the same records, trails and speakers on every backend")
    func sameAfterCorrections() async throws {
        var results: [(Backend, [QuoteRecord], [AuditEntry], [SpeakerRecord])] = []
        for backend in Backend.available {
            try await withStore(backend) { harness in
                let store = harness.store
                try await Self.prepare(store)
                try await store.recordVerdict(quoteID: 7, change: VerdictChange(status: .verified), reviewer: "ana",
                                              at: ConformanceData.later(1), expecting: nil)
                try await store.setSpeakerRole("J. Smith", to: "Aide", by: "ana", at: ConformanceData.later(2))
                try await store.mergeSpeaker("J. Smith", into: "Jane Smith", by: "bob", at: ConformanceData.later(3))
                try await store.renameSpeaker("Jane Smith", to: "Jane Smith-Jones", by: "cy", at: ConformanceData.later(4))
                try await store.removeSpeakerAlias("Jane Smith-Jones", alias: "smithy", by: "cy", at: ConformanceData.later(5))
                try await store.setSpeakerRole("zola", to: "Novelist", by: "cy", at: ConformanceData.later(6))
                try await store.mergeSpeaker("jane smith", into: "Bob Jones", by: "ana", at: ConformanceData.later(7))
                var trails: [AuditEntry] = []
                for id in Int64(1) ... 6 { trails += try await store.history(quoteID: id) }
                results.append((backend, try await store.quotes(matching: QuoteFilter(status: "all")), trails,
                                try await store.speakers()))
            }
        }
        guard let reference = results.first else { return }
        for other in results.dropFirst() {
            #expect(other.1 == reference.1, "quote records of \(other.0) differ from \(reference.0)'s")
            #expect(other.2 == reference.2, "audit trails of \(other.0) differ from \(reference.0)'s")
            #expect(other.3 == reference.3, "speakers of \(other.0) differ from \(reference.0)'s")
        }
        #expect(reference.3.map(\.name) == ["Bob Jones", "Jane Smith-Jones", "Émile Zola"])
        #expect(reference.2.count == 10)
    }

    @Test("two stores merging the same speakers at once: each is merged once; the other store finds the name now the target's",
          arguments: Backend.available)
    func concurrentMerges(backend: Backend) async throws {
        try await withStore(backend) { harness in
            let names = (1...6).map { "Speaker \($0)" }
            _ = try await harness.store.importSource(
                ConformanceData.source("many"), article: ConformanceData.article("many"),
                quotes: names.map { ConformanceData.quote("Words of \($0)", by: $0) } + [
                    ConformanceData.quote("Target words", by: "Target"),
                ])
            let stores = [try await harness.reopen(), try await harness.reopen()]
            let outcomes = try await withThrowingTaskGroup(of: [String: Bool].self) { group in
                for (index, store) in stores.enumerated() {
                    group.addTask {
                        var merged: [String: Bool] = [:]
                        for name in index == 0 ? names : names.reversed() {
                            do {
                                try await store.mergeSpeaker(name, into: "Target", by: "r\(index)",
                                                             at: ConformanceData.later(1))
                                merged[name] = true
                            } catch StoreError.sameSpeaker(let speaker) {
                                // What a merge started after the other one says: the name is the target's alias.
                                #expect(speaker == "Target")
                                merged[name] = false
                            }
                        }
                        await (store as? any ClosableStore)?.closeStore()
                        return merged
                    }
                }
                var all: [[String: Bool]] = []
                for try await outcome in group { all.append(outcome) }
                return all
            }
            for name in names {
                #expect(outcomes.compactMap { $0[name] }.filter { $0 }.count == 1, "\(name) merged once")
            }
            let target = try await harness.store.speaker("Target")
            #expect(target.quoteCount == 7)
            #expect(target.aliases == names)
            #expect(try await harness.store.speakers().map(\.name) == ["Target"])
            #expect(try await harness.integer("SELECT COUNT(*) FROM audit WHERE field = 'speaker'") == 6)
        }
    }
}
