import GRDB
import Testing
@testable import Store

/// `CopyReader.forEachBatch(of:_:)`: every row once, in order, in batches of at most `batchSize`.
@Suite struct CopyReaderTests {
    @Test("rows over several batches, and a table of exactly one batch, are read once each, in order",
          arguments: [2 * CopyReader.batchSize + 500, CopyReader.batchSize, 0])
    func batches(count: Int) throws {
        let store = try ClaimsStore.inMemory()
        try store.writer.write { db in
            for n in 0..<count {
                try db.execute(sql: "INSERT INTO speaker (name, created_at) VALUES (?, '2024-05-01T12:00:00.000Z')",
                               arguments: ["Speaker \(n)"])
            }
        }
        let table = try #require(CopyTable.all.first { $0.name == "speaker" })
        var sizes: [Int] = []
        var ids: [CopyValue] = []
        try store.copyReader().forEachBatch(of: table) { rows in
            sizes.append(rows.count)
            ids += rows.map { $0[0] }
        }
        let full = count / CopyReader.batchSize
        let rest = count % CopyReader.batchSize
        #expect(sizes == Array(repeating: CopyReader.batchSize, count: full) + (rest > 0 ? [rest] : []))
        #expect(ids == (1...max(count, 1)).prefix(count).map { CopyValue.integer(Int64($0)) })
    }
}
