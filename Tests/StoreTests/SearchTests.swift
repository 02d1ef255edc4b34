import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct SearchTests {
    /// A store of one article whose quotes exercise ranking, phrases, prefixes, folding and marks.
    static func store() throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            TestData.quote("The budget is balanced.", by: "Jane Smith"),
            TestData.quote("Budget, budget, budget: the budget decides everything.", by: "Bob Jones"),
            TestData.quote("We reached a common understanding on the ceasefire.", by: "Jane Smith"),
            TestData.quote("Understanding is common among us.", by: "Bob Jones"),
            TestData.quote("The Café opened in São Paulo.", by: "Ana Lima"),
            TestData.quote("We don\u{2019}t want a \u{201C}deal\u{201D} at any price.", by: "Bob Jones"),
        ])
        return store
    }

    /// The texts of the quotes `words` finds, best first.
    static func texts(_ store: ClaimsStore, _ words: String, _ filter: QuoteFilter = .all) throws -> [String] {
        try store.search(SearchQuery(words), matching: filter).map(\.quote.text)
    }

    /// Whether the index holds exactly each quote's words and speaker (marks straightened).
    static func indexIsInStep(_ store: ClaimsStore) throws -> Bool {
        try store.writer.read { db in
            let indexed = try Row.fetchAll(db, sql: "SELECT rowid, text, speaker FROM quote_search ORDER BY rowid")
            let stored = try Row.fetchAll(db, sql: """
                SELECT q.id, q.text, s.name FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id ORDER BY q.id
                """)
            return indexed.count == stored.count && zip(indexed, stored).allSatisfy { index, quote in
                index[0] as Int64 == quote[0] as Int64 && index[1] as String == SearchSQL.normalise(quote[1])
                    && index[2] as String? == quote[2] as String?
            }
        }
    }

    @Test func theBestMatchComesFirst() throws {
        let found = try Self.texts(Self.store(), "budget")
        #expect(found == ["Budget, budget, budget: the budget decides everything.", "The budget is balanced."])
    }

    @Test func wordsInDoubleQuotesAreAPhrase() throws {
        let store = try Self.store()
        #expect(try Self.texts(store, "\"common understanding\"") == ["We reached a common understanding on the ceasefire."])
        #expect(try Self.texts(store, "common understanding").count == 2)
        // Curly double quotes make a phrase too.
        #expect(try Self.texts(store, "\u{201C}common understanding\u{201D}").count == 1)
    }

    @Test func aStarMakesAPrefix() throws {
        let store = try Self.store()
        #expect(try Self.texts(store, "ceasefir*") == ["We reached a common understanding on the ceasefire."])
        #expect(try Self.texts(store, "ceasefir").isEmpty)
    }

    @Test(arguments: ["cafe", "CAFÉ", "sao paulo", "\"SÃO PAULO\""])
    func caseAndAccentsAreFolded(words: String) throws {
        #expect(try Self.texts(Self.store(), words) == ["The Café opened in São Paulo."])
    }

    @Test(arguments: ["don't", "don\u{2019}t", "\"don't want\"", "\"deal\"", "\u{201C}deal\u{201D}", "don*"])
    func curlyAndStraightMarksAreAlike(words: String) throws {
        #expect(try Self.texts(Self.store(), words) == ["We don\u{2019}t want a \u{201C}deal\u{201D} at any price."])
    }

    @Test func theIndexHoldsStraightMarksAndTheMatchesPointIntoTheOriginalText() throws {
        let store = try Self.store()
        #expect(try Self.indexIsInStep(store))
        let hit = try #require(try store.search(SearchQuery("deal price"), matching: .all).first)
        #expect(hit.matches.map { String(hit.quote.text[$0]) } == ["deal", "price"])
    }

    @Test func theSpeakersNameIsSearchedToo() throws {
        let found = try Self.texts(Self.store(), "lima")
        #expect(found == ["The Café opened in São Paulo."])
    }

    @Test func filtersAndTheLimitApply() throws {
        let store = try Self.store()
        #expect(try Self.texts(store, "budget", QuoteFilter(speaker: "Jane Smith")) == ["The budget is balanced."])
        #expect(try Self.texts(store, "budget", QuoteFilter(limit: 1)).count == 1)
        #expect(try Self.texts(store, "budget", QuoteFilter(status: "verified")).isEmpty)
    }

    @Test(arguments: ["\"unbalanced", "AND", "budget OR", "(budget"])
    func aQueryTheIndexCannotReadIsRefusedNamingIt(words: String) throws {
        let store = try Self.store()
        do {
            _ = try store.search(SearchQuery(words), matching: .all)
            Issue.record("'\(words)' was accepted")
        } catch let error as SearchQueryError {
            #expect(error.words == words)
            #expect(error.description.contains("'\(words)'"))
        }
    }

    @Test func punctuationInsideAWordIsAPhraseNotAnError() throws {
        let store = try Self.store()
        #expect(try Self.texts(store, "São-Paulo") == ["The Café opened in São Paulo."])
        #expect(try Self.texts(store, "budget:").count == 2)
    }

    @Test func anEditOfTheWordsOrTheSpeakerMovesTheIndex() throws {
        let store = try Self.store()
        let id = try #require(try store.search(SearchQuery("balanced"), matching: .all).first?.quote.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(text: "The deficit is shrinking.", speaker: "Carl Ortiz"),
                                reviewer: "ann", at: TestData.moment)
        #expect(try Self.texts(store, "balanced").isEmpty)
        #expect(try Self.texts(store, "deficit") == ["The deficit is shrinking."])
        #expect(try Self.texts(store, "ortiz") == ["The deficit is shrinking."])
        #expect(try Self.indexIsInStep(store))
    }

    @Test func aRefusedEditLeavesTheIndexAsItWas() throws {
        let store = try Self.store()
        let id = try #require(try store.search(SearchQuery("balanced"), matching: .all).first?.quote.id)
        #expect(throws: StoreError.self) {
            try store.recordVerdicts(quoteIDs: [id, 9999], change: VerdictChange(text: "Rewritten words."),
                                     reviewer: "ann", at: TestData.moment)
        }
        #expect(try Self.texts(store, "rewritten").isEmpty)
        #expect(try Self.texts(store, "balanced").count == 1)
        #expect(try Self.indexIsInStep(store))
    }

    @Test func speakerRenamesAndMergesMoveTheIndex() throws {
        let store = try Self.store()
        try store.renameSpeaker("Ana Lima", to: "Ana Souza", by: "ann")
        #expect(try Self.texts(store, "souza") == ["The Café opened in São Paulo."])
        #expect(try Self.texts(store, "lima").isEmpty)
        _ = try store.mergeSpeaker("Bob Jones", into: "Jane Smith", by: "ann")
        #expect(try Self.texts(store, "jones").isEmpty)
        #expect(try Self.texts(store, "smith").count == 5)
        #expect(try Self.indexIsInStep(store))
    }

    @Test func anImportAndAMergedExportAreFoundAtOnce() throws {
        let store = try Self.store()
        _ = try store.importSource(TestData.source("b"), article: TestData.article("b"), quotes: [
            TestData.quote("Pensions rise next year.", by: "Jane Smith"),
        ])
        #expect(try Self.texts(store, "pensions") == ["Pensions rise next year."])
        var lines: [String] = []
        try store.forEachExportRecord(matching: .all) { lines.append($0.jsonLine()) }
        let copy = try ClaimsStore.inMemory()
        try copy.mergeExport(mergedBy: "merger", at: TestData.moment) { body in
            for line in lines { try body(try ExportRecord(jsonLine: Array(line.utf8))) }
        }
        #expect(try Self.texts(copy, "pensions") == ["Pensions rise next year."])
        #expect(try Self.texts(copy, "\"common understanding\"").count == 1)
        #expect(try Self.indexIsInStep(copy))
    }

    @Test func theMigrationIndexesTheQuotesOfAnOlderStore() throws {
        // An older store: every migration before "v8-search", and a quote in it.
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v6-attribution")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO source (id, sha256, imported_at) VALUES (1, 'sha', '2024-05-01T12:00:00Z');
                INSERT INTO speaker (id, name, created_at) VALUES (1, 'Jane Smith', '2024-05-01T12:00:00Z');
                INSERT INTO quote (id, claim_key, speaker_id, speaker_key, text, kind, first_source_id, first_position, created_at)
                    VALUES (1, 'k', 1, 1, 'An older \u{2018}truce\u{2019}.', 'direct', 1, 0, '2024-05-01T12:00:00Z');
                """)
        }
        let store = try ClaimsStore(writer: queue)
        #expect(try Self.texts(store, "truce") == ["An older \u{2018}truce\u{2019}."])
        #expect(try Self.indexIsInStep(store))
    }
}
