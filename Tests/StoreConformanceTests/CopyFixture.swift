import Extract
import Foundation
import GRDB
@testable import Store
@testable import StorePostgres
import Testing

/// A SQLite workbench holding a bit of everything a copy must move, and the
/// readings that compare two stores row for row.
enum CopyFixture {
    /// The bytes archived for source `a`: binary, with NUL, tab, newline and backslash bytes.
    static let bytesA: [UInt8] = Array("<html>\u{0}\t\n\\x00 é".utf8) + [0xFF, 0x00, 0x5C, 0x0A]
    /// The sidecar archived for source `a`.
    static let sidecarA: [UInt8] = Array("{\"sha256\": \"sha-a\", \"fetches\": []}\n".utf8)

    /// A fresh empty workbench folder (`claims/` made, no store yet).
    static func emptyWorkbench() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotecheck-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("claims"), withIntermediateDirectories: true)
        return folder
    }

    /// The store of the workbench `folder` (created if missing).
    static func store(in folder: URL) throws -> ClaimsStore {
        try ClaimsStore(path: folder.appendingPathComponent("claims/claims.sqlite").path)
    }

    /// A workbench with four sources (the third removed; the bytes of the
    /// last two not archived), verdicts with text that needs escaping, an
    /// undo, an assignment, claims joined into a later and an earlier id, a
    /// speaker merge and role, a fetch and a finding; sources `a` and `b`
    /// archived, `a` with a sidecar.
    static func make() async throws -> (folder: URL, store: ClaimsStore) {
        let folder = try emptyWorkbench()
        let store = try store(in: folder)
        try await ConformanceData.importTwoArticles(into: store)
        _ = try store.importSource(ConformanceData.source("c"), article: ConformanceData.article("c"), quotes: [
            ConformanceData.quote("Gone soon", by: "Carl Removed"),
            ConformanceData.quote("We will win.", by: "Jane Smith"),
            ConformanceData.quote("Same words", by: "Early Speaker"),
        ])
        _ = try store.importSource(ConformanceData.source("d"), article: ConformanceData.article("d"), quotes: [
            ConformanceData.quote("Same words", by: "Late Speaker"),
            ConformanceData.quote("Same words", by: "Early Speaker"),
            ConformanceData.quote("Taxes go down", by: "J. Smith"),
        ])
        // Source c taken out: "Gone soon" leaves with it, the others lose an appearance, and
        // Early Speaker's claim now first appears after Late Speaker's (a later id).
        _ = try store.removeSource(id: 3, by: "ana", at: ConformanceData.later(0.5))
        let ids = Dictionary(try store.quotes(matching: QuoteFilter(status: "all")).map { ("\($0.text)|\($0.speaker ?? "")", $0.id) },
                             uniquingKeysWith: { first, _ in first })
        let later = ConformanceData.later
        try store.recordVerdict(quoteID: 1, change: VerdictChange(
            status: .verified, rating: .mostlyTrue, note: "tab\there\nnew line \\ backslash é",
            evidence: "https://e.example/1"), reviewer: "ana", at: later(1))
        try store.recordVerdict(quoteID: 2, change: VerdictChange(status: .misquoted), reviewer: "bo", at: later(2))
        _ = try store.undoLastChange(by: "bo", at: later(3))
        try store.assign(quoteIDs: [3], to: "cy", by: "ana", at: later(4))
        // A claim joined into a later id (the one that appears first stays), and one joined into an earlier id.
        let early = try #require(ids["Same words|Early Speaker"])
        try store.recordVerdict(quoteID: early, change: VerdictChange(speaker: "Late Speaker"), reviewer: "ana", at: later(5))
        let jSmith = try #require(ids["Taxes go down|J. Smith"])
        try store.recordVerdict(quoteID: jSmith, change: VerdictChange(speaker: "Jane Smith"), reviewer: "ana", at: later(6))
        try store.mergeSpeaker("J. Smith", into: "Jane Smith", by: "ana", at: later(7))
        try store.setSpeakerRole("Émile Zola", to: "Writer", by: "ana", at: later(8))
        _ = try store.recordFetch(SourceFetch(requestedURL: "https://b.example/story", finalURL: "https://b.example/story?amp",
                                              status: 200, contentType: "text/html", fetchedAt: later(9)), sourceID: 2)
        try store.replaceFindings([NewFinding(quoteID: 4, kind: .misquoted, score: 0.75, primarySourceID: 1,
                                              primaryQuoteID: 3, primarySpeaker: "Bob Jones", primaryText: "Not today",
                                              primaryStart: 0, primaryEnd: 9, diff: "-not +Not")], at: later(10))
        let archive = folder.appendingPathComponent("sources/archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try Data(bytesA).write(to: archive.appendingPathComponent("sha-a"))
        try Data(sidecarA).write(to: archive.appendingPathComponent("sha-a.json"))
        try Data("<p>b</p>".utf8).write(to: archive.appendingPathComponent("sha-b"))
        return (folder, store)
    }

    /// Every copied table's rows in `store`, by table (rows of tables without ids sorted).
    static func rows(of store: ClaimsStore) throws -> [String: [[CopyValue]]] {
        let reader = try store.copyReader()
        var result: [String: [[CopyValue]]] = [:]
        for table in CopyTable.all {
            var rows: [[CopyValue]] = []
            try reader.forEachBatch(of: table) { rows += $0 }
            result[table.name] = table.hasID ? rows : rows.sorted { "\($0)" < "\($1)" }
        }
        return result
    }

    /// Every copied table's rows in the PostgreSQL `store`, by table, in the order of ``rows(of:)-swift.type.method``.
    static func rows(of store: PostgresClaimStore) async throws -> [String: [[CopyValue]]] {
        try await store.read { connection in
            var result: [String: [[CopyValue]]] = [:]
            for table in CopyTable.all {
                let order = table.hasID ? " ORDER BY id" : ""
                let query = PostgresQueryText.make("SELECT \(table.columnList) FROM \(table.quotedName)\(order)")
                var rows: [[CopyValue]] = []
                for row in try await connection.rows(query, logger: store.logger) {
                    var values: [CopyValue] = []
                    for (index, column) in table.columns.enumerated() {
                        switch column.kind {
                        case .integer: values.append(try row[index].decode(Int64?.self).map { .integer($0) } ?? .null)
                        case .real: values.append(try row[index].decode(Double?.self).map { .real($0) } ?? .null)
                        case .text: values.append(try row[index].decode(String?.self).map { .text($0) } ?? .null)
                        case .boolean: values.append(try row[index].decode(Bool?.self).map { .integer($0 ? 1 : 0) } ?? .null)
                        }
                    }
                    rows.append(values)
                }
                result[table.name] = table.hasID ? rows : rows.sorted { "\($0)" < "\($1)" }
            }
            return result
        }
    }

    /// Breaks the workbench's store past its checks: an alias of a speaker that does not exist.
    static func corrupt(_ folder: URL) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("claims/claims.sqlite").path,
                                      configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO speaker_alias (speaker_id, alias) VALUES (999, 'Nobody')")
        }
    }
}
