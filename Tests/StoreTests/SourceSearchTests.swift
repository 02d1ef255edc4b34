import Extract
import Foundation
import GRDB
import Testing
@testable import Store

/// `ClaimsStore.forEachParagraphHit`: the words of the sources' main text (`search --in sources`).
@Suite struct SourceSearchTests {
    /// An article with `paragraphs`, of `site`, published at `publishedAt`.
    static func article(_ title: String, site: String = "Example News", publishedAt: String? = "2024-05-01T09:00:00+02:00",
                        _ paragraphs: [String]) -> Article {
        Article(canonicalURL: "https://example.com/\(title)", title: title, site: site, authors: ["A. Writer"],
                publishedAt: publishedAt, language: "en", paragraphs: paragraphs)
    }

    /// A store of three sources whose paragraphs exercise ranking, phrases, prefixes, folding and marks.
    static func store() throws -> ClaimsStore {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: article("Budget day", [
            "The minister presented the budget on Tuesday.",
            "Budget, budget, budget: the budget decides everything, she said.",
            "The Café in São Paulo stayed open.",
        ]), quotes: [TestData.quote("The budget decides everything", by: "Jane Smith")])
        _ = try store.importSource(TestData.source("b"), article: article("Talks", site: "Le Monde",
                                                                          publishedAt: "2024-06-10", [
            "Negotiators reached a common understanding on the ceasefire.",
            "We don\u{2019}t want a \u{201C}deal\u{201D} at any price, he said.",
        ]), quotes: [])
        _ = try store.importSource(TestData.source("c"), article: article("Undated", publishedAt: nil, [
            "Understanding is common among the negotiating parties.",
        ]), quotes: [])
        return store
    }

    /// (source id, paragraph) of each hit for `words`, best first.
    static func found(_ store: ClaimsStore, _ words: String, _ filter: SourceFilter = .all) throws -> [[Int]] {
        try store.searchSources(SearchQuery(words), matching: filter).map { [Int($0.sourceID), $0.paragraph] }
    }

    /// Whether the index holds exactly the paragraphs of the live sources.
    static func indexIsInStep(_ store: ClaimsStore) throws -> Bool {
        try store.writer.read { db in
            let indexed = try Row.fetchAll(db, sql: """
                SELECT p.source_id, p.number, s.text FROM source_search s JOIN source_paragraph p ON p.id = s.rowid
                ORDER BY p.source_id, p.number
                """).map { "\($0[0] as Int64)/\($0[1] as Int): \($0[2] as String)" }
            let stored = try Row.fetchAll(db, sql: """
                SELECT src.id, j.key, j.value FROM source src, json_each(src.paragraphs) j
                WHERE src.removed_at IS NULL ORDER BY src.id, j.key
                """).map { "\($0[0] as Int64)/\($0[1] as Int): \($0[2] as String)" }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source_search") ?? -1
            return indexed == stored && count == stored.count
        }
    }

    @Test func aHitNamesItsSourceAndParagraphWithTheMatchesMarked() throws {
        let hits = try Self.store().searchSources(SearchQuery("presented"), matching: .all)
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit.sourceID == 1 && hit.paragraph == 0)
        #expect(hit.title == "Budget day" && hit.site == "Example News" && hit.publishedOn == "2024-05-01")
        #expect(hit.text == "The minister presented the budget on Tuesday.")
        #expect(hit.matches.map { String(hit.text[$0]) } == ["presented"])
    }

    @Test func theBestMatchComesFirst() throws {
        #expect(try Self.found(Self.store(), "budget") == [[1, 1], [1, 0]])
    }

    @Test func phrasesPrefixesAndOperatorsWork() throws {
        let store = try Self.store()
        #expect(try Self.found(store, "\"common understanding\"") == [[2, 0]])
        #expect(try Self.found(store, "common understanding").count == 2)
        #expect(try Self.found(store, "negotiat*").sorted { $0[0] < $1[0] } == [[2, 0], [3, 0]])
        #expect(try Self.found(store, "ceasefir").isEmpty)
        #expect(try Self.found(store, "budget NOT tuesday") == [[1, 1]])
    }

    @Test(arguments: ["cafe", "CAFÉ", "sao paulo", "\"SÃO PAULO\""])
    func caseAndAccentsAreFolded(words: String) throws {
        #expect(try Self.found(Self.store(), words) == [[1, 2]])
    }

    @Test(arguments: ["don't", "don\u{2019}t", "\"don't want\"", "\u{201C}deal\u{201D}", "\"deal\""])
    func curlyAndStraightMarksAreAlike(words: String) throws {
        let hits = try Self.store().searchSources(SearchQuery(words), matching: .all)
        #expect(hits.map { [Int($0.sourceID), $0.paragraph] } == [[2, 1]])
        // The text comes back as written, curly marks and all.
        #expect(hits.first?.text == "We don\u{2019}t want a \u{201C}deal\u{201D} at any price, he said.")
    }

    @Test func theFiltersAndTheLimitApply() throws {
        let store = try Self.store()
        #expect(try Self.found(store, "common", SourceFilter(site: "le monde")) == [[2, 0]])
        #expect(try Self.found(store, "common", SourceFilter(sourceID: 3)) == [[3, 0]])
        #expect(try Self.found(store, "common OR budget", SourceFilter(since: "2024-05-02")) == [[2, 0]])
        #expect(try Self.found(store, "common OR budget", SourceFilter(until: "2024-05-01")).count == 2)
        #expect(try Self.found(store, "common", SourceFilter(undated: true)) == [[3, 0]])
        #expect(try Self.found(store, "budget", SourceFilter(limit: 1)) == [[1, 1]])
        #expect(try Self.found(store, "budget", SourceFilter(site: "nowhere")).isEmpty)
    }

    @Test func aRemovedSourceLeavesTheResultsAndComesBackOnUndo() throws {
        let store = try Self.store()
        try store.removeSource(id: 2, by: "ann", at: TestData.moment)
        #expect(try Self.found(store, "common") == [[3, 0]])
        #expect(try Self.indexIsInStep(store))
        try store.restoreSource(id: 2, by: "ann", at: TestData.moment)
        #expect(try Self.found(store, "\"common understanding\"") == [[2, 0]])
        #expect(try Self.indexIsInStep(store))
    }

    @Test func aMergedExportIsFoundAndASourceWithoutParagraphsIsNamed() throws {
        let store = try Self.store()
        var lines: [String] = []
        try store.forEachExportRecord(matching: .all) { lines.append($0.jsonLine()) }
        let copy = try ClaimsStore.inMemory()
        try copy.mergeExport(mergedBy: "merger", at: TestData.moment) { body in
            for line in lines { try body(try ExportRecord(jsonLine: Array(line.utf8))) }
        }
        // The export carries source 1 (it has a quote) with its paragraphs.
        #expect(try Self.found(copy, "budget") == [[1, 1], [1, 0]])
        #expect(try Self.indexIsInStep(copy))
        #expect(try copy.sourcesWithoutText(matching: .all).isEmpty)

        // An export written without paragraphs: the source is there, its words are not.
        let bare = try ClaimsStore.inMemory()
        try bare.mergeExport(mergedBy: "merger", at: TestData.moment) { body in
            for line in lines {
                var record = try ExportRecord(jsonLine: Array(line.utf8))
                record.appearances = record.appearances.map { var a = $0; a.source.paragraphs = nil; return a }
                try body(record)
            }
        }
        #expect(try Self.found(bare, "budget").isEmpty)
        #expect(try bare.sourcesWithoutText(matching: .all) == [1])
    }

    @Test func aQueryTheIndexCannotReadIsRefused() throws {
        let store = try Self.store()
        #expect(throws: SearchQueryError.self) { try store.searchSources(SearchQuery("budget OR"), matching: .all) }
    }

    @Test func theMigrationIndexesTheSourcesOfAnOlderStore() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v8-search")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO source (id, sha256, imported_at, paragraphs) VALUES
                    (1, 'a', '2024-05-01T12:00:00Z', '["An older truce.","Then peace."]'),
                    (2, 'b', '2024-05-01T12:00:00Z', '["A removed truce."]');
                UPDATE source SET removed_at = '2024-05-02T12:00:00Z', removed_by = 'ann' WHERE id = 2;
                """)
        }
        let store = try ClaimsStore(writer: queue)
        #expect(try Self.found(store, "truce") == [[1, 0]])
        #expect(try Self.indexIsInStep(store))
    }
}
