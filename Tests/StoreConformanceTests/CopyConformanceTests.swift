import Foundation
import GRDB
@testable import Store
@testable import StorePostgres
import Testing

/// A target store of `copy --to` for one test: an empty workbench (SQLite) or
/// an empty schema (PostgreSQL), copied into through its own method.
private struct CopyTarget {
    let backend: Backend
    /// The SQLite target's workbench folder.
    let folder: URL?
    /// The target, through the protocol.
    let store: any ClaimStore
    /// The PostgreSQL target's harness.
    let harness: StoreHarness?

    static func make(_ backend: Backend) async throws -> CopyTarget {
        switch backend {
        case .sqlite:
            let folder = try CopyFixture.emptyWorkbench()
            return CopyTarget(backend: backend, folder: folder, store: try CopyFixture.store(in: folder), harness: nil)
        case .postgres:
            let harness = try await StoreHarness.make(.postgres)
            return CopyTarget(backend: backend, folder: nil, store: harness.store, harness: harness)
        }
    }

    /// Copies `source` in.
    @discardableResult
    func copy(from source: ClaimsStore) async throws -> CopyReport {
        if let store = store as? ClaimsStore { return try store.copy(from: source) }
        return try await (try #require(store as? PostgresClaimStore)).copy(from: source)
    }

    /// The copied tables holding rows.
    func heldRows() async throws -> [String: Int] {
        if let store = store as? ClaimsStore { return try store.heldRows() }
        return try await (try #require(store as? PostgresClaimStore)).heldRows()
    }

    /// Every copied row, by table.
    func rows() async throws -> [String: [[CopyValue]]] {
        if let store = store as? ClaimsStore { return try CopyFixture.rows(of: store) }
        return try await CopyFixture.rows(of: try #require(store as? PostgresClaimStore))
    }

    func tearDown() async {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        await harness?.tearDown()
    }
}

/// `copy --to`: a whole workbench into an empty store of either kind, ids kept.
@Suite("Store conformance: copying a workbench into an empty store", .serialized)
struct CopyConformanceTests {
    @Test("every row of every table arrives with its id, and the records, trails, speakers and bytes read the same",
          arguments: Backend.available)
    func copiesEverything(backend: Backend) async throws {
        let (folder, source) = try await CopyFixture.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try await CopyTarget.make(backend)
        do {
            let report = try await target.copy(from: source)
            let expected = try CopyFixture.rows(of: source)
            #expect(report.rows.mapValues { $0 } == expected.mapValues(\.count))
            #expect(try await target.rows() == expected)
            for table in ["source", "fetch", "speaker_alias", "quote", "appearance", "removed_appearance", "audit", "finding"] {
                #expect(expected[table]?.isEmpty == false, "the fixture has no \(table) row")
            }
            // A claim joined into one with a later id: the copy must not check references row by row.
            let forward = expected["quote"]?.contains { row in
                if case .integer(let id) = row[0], case .integer(let into) = row[21] { return into > id }
                return false
            }
            #expect(forward == true, "the fixture has no claim joined into a later id")
            let all = QuoteFilter(status: "all")
            let quotes = try source.quotes(matching: all)
            #expect(try await target.store.quotes(matching: all) == quotes)
            for quote in quotes {
                #expect(try await target.store.history(quoteID: quote.id) == (try source.history(quoteID: quote.id)))
            }
            #expect(try await target.store.speakers() == (try source.speakers()))
            #expect(report.documents == 2 && report.missingDocuments == ["sha-c", "sha-d"])
            let a = try #require(try await target.store.archivedDocument(sha256: "sha-a"))
            #expect(a.bytes == CopyFixture.bytesA && a.sidecar == CopyFixture.sidecarA && a.fileName == "sha-a")
            #expect(try await target.store.archivedDocument(sha256: "sha-b")?.sidecar == nil)
            #expect(try await target.store.archivedDocument(sha256: "no-such") == nil)
            await #expect(throws: ArchivedFileError.missing("sha-c")) {
                try await target.store.archivedDocument(sha256: "sha-c")
            }
        } catch {
            await target.tearDown()
            throw error
        }
        await target.tearDown()
    }

    @Test("after a copy, new sources, claims and changes are numbered after the copied ones",
          arguments: Backend.available)
    func numberingGoesOn(backend: Backend) async throws {
        let (folder, source) = try await CopyFixture.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try await CopyTarget.make(backend)
        do {
            try await target.copy(from: source)
            let maxQuote = try #require(try CopyFixture.rows(of: source)["quote"]?.count)
            let lastChange = try #require(try source.history(quoteID: 1).map(\.changeID).max())
            let outcome = try await target.store.importSource(
                ConformanceData.source("e"), article: ConformanceData.article("e"),
                quotes: [ConformanceData.quote("A new claim", by: "New Speaker")])
            #expect(outcome == .imported(sourceID: 5, newQuotes: 1, quotes: 1))
            let added = try #require(try await target.store.quotes(matching: QuoteFilter(sourceID: 5)).first)
            #expect(added.id == Int64(maxQuote) + 1)
            try await target.store.recordVerdict(quoteID: added.id, change: VerdictChange(status: .verified),
                                                 reviewer: "ana", at: ConformanceData.later(60), expecting: nil)
            let change = try #require(try await target.store.history(quoteID: added.id).first?.changeID)
            #expect(change > lastChange)
        } catch {
            await target.tearDown()
            throw error
        }
        await target.tearDown()
    }

    @Test("a store that is not empty is refused, named, and left as it was", arguments: Backend.available)
    func refusesAStoreThatIsNotEmpty(backend: Backend) async throws {
        let (folder, source) = try await CopyFixture.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try await CopyTarget.make(backend)
        do {
            try await ConformanceData.importTwoArticles(into: target.store)
            let before = try await target.rows()
            do {
                try await target.copy(from: source)
                Issue.record("a store holding rows was copied into")
            } catch let error as StoreCopyError {
                guard case .notEmpty(let name, let held) = error else { throw error }
                #expect(held["source"] == 2 && held["quote"] != nil)
                #expect(!name.isEmpty)
                if let url = PostgresTestServer.url, backend == .postgres, let password = url.password {
                    #expect(!(error.errorDescription ?? "").contains(password))
                }
            }
            #expect(try await target.rows() == before)
        } catch {
            await target.tearDown()
            throw error
        }
        await target.tearDown()
    }

    @Test("a copy that fails part way leaves the target empty, with no archived file written",
          arguments: Backend.available)
    func failureLeavesTargetEmpty(backend: Backend) async throws {
        let (folder, source) = try await CopyFixture.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CopyFixture.corrupt(folder)
        let target = try await CopyTarget.make(backend)
        do {
            await #expect(throws: (any Error).self) { try await target.copy(from: source) }
            #expect(try await target.heldRows() == [:])
            if let archive = target.folder?.appendingPathComponent("sources/archive") {
                let files = (try? FileManager.default.contentsOfDirectory(atPath: archive.path)) ?? []
                #expect(files.isEmpty, "left behind: \(files)")
            }
            #expect(try await target.store.archivedDocument(sha256: "sha-a") == nil)
        } catch {
            await target.tearDown()
            throw error
        }
        await target.tearDown()
    }

    @Test("the copy names every table and column of the store, save those it leaves out on purpose",
          arguments: Backend.available)
    func coversTheSchema(backend: Backend) async throws {
        let target = try await CopyTarget.make(backend)
        do {
            let schema: [String: Set<String>]
            if let store = target.store as? ClaimsStore {
                schema = try await store.writer.read { db in
                    var tables: [String: Set<String>] = [:]
                    let names = try String.fetchAll(db, sql: """
                        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                            AND name NOT LIKE 'quote_search_%' AND name NOT LIKE 'source_search_%'
                        """)
                    for name in names {
                        // hidden 0: an ordinary column (2 and 3 are generated columns).
                        tables[name] = Set(try String.fetchAll(
                            db, sql: "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0", arguments: [name]))
                    }
                    return tables
                }
            } else {
                let store = try #require(target.store as? PostgresClaimStore)
                schema = try await store.read { connection in
                    var tables: [String: Set<String>] = [:]
                    let query = PostgresQueryText.make("""
                        SELECT table_name::text, column_name::text FROM information_schema.columns
                        WHERE table_schema = current_schema() AND is_generated = 'NEVER'
                        """)
                    for row in try await connection.rows(query, logger: store.logger) {
                        tables[try row[0].decode(String.self), default: []].insert(try row[1].decode(String.self))
                    }
                    return tables
                }
            }
            let copied = Dictionary(uniqueKeysWithValues: CopyTable.all.map { ($0.name, Set($0.columns.map(\.name))) })
            for (table, columns) in schema where !CopyTable.notCopied.contains(table) {
                if table == "archived_document" { continue }  // the PostgreSQL store's evidence, copied apart
                #expect(copied[table] == columns, "table \(table): the copy names \(copied[table] ?? []), the store has \(columns)")
            }
            for table in copied.keys { #expect(schema[table] != nil, "the store has no table \(table)") }
        } catch {
            await target.tearDown()
            throw error
        }
        await target.tearDown()
    }
}
