import Foundation
import Store
import Testing
@testable import Export

/// Every export format of ``AwkwardFixture`` under every filter, byte for byte
/// as the exports wrote it before they got their own reading path
/// (``AwkwardGolden``, written by the code of commit 5e87a49).
///
/// To rewrite the golden file after an intended change of the output, run
/// this suite with `QUOTECHECK_WRITE_GOLDEN=1` and review the diff.
@Suite struct AwkwardGoldenTests {
    static let writer = ClaimReviewWriter(organizationName: "Check \"Desk\"", organizationURL: "https://check.example",
                                          reviewURL: "https://check.example/quotes/{id}#q", baseDirectory: "/wb")

    /// The outputs of every format for `filter`, by name.
    static func outputs(of store: ClaimsStore, _ name: String, _ filter: QuoteFilter) throws -> [String: String] {
        let exporter = QuoteExporter()
        var csv = "", unguarded = "", records = "", list = "", array = "", lines = ""
        try exporter.exportCSV(store: store, filter: filter, to: &csv, byteOrderMark: true)
        try exporter.exportCSV(store: store, filter: filter, to: &unguarded, formulaGuard: false)
        try exporter.exportRecords(store: store, filter: filter, to: &records)
        try exporter.exportJSONLines(store: store, filter: filter, to: &list)
        var reviewed = filter
        if reviewed.status == "unreviewed" { reviewed.status = "all" }
        try exporter.exportClaimReviews(store: store, filter: reviewed, writer: writer, asArray: true, to: &array)
        try exporter.exportClaimReviews(store: store, filter: reviewed, writer: writer, asArray: false, to: &lines)
        return [name + ".csv": csv, name + ".unguarded.csv": unguarded, name + ".jsonl": records,
                name + ".list.jsonl": list, name + ".claimreview.json": array, name + ".claimreview.jsonl": lines]
    }

    /// Every output of the fixture, by name.
    static func allOutputs() throws -> [String: String] {
        let store = try AwkwardFixture.store()
        var all: [String: String] = [:]
        for (name, filter) in AwkwardFixture.filters {
            all.merge(try outputs(of: store, name, filter)) { $1 }
        }
        return all
    }

    @Test("every format under every filter is byte-identical to the golden output",
          arguments: AwkwardFixture.filters.map(\.0))
    func matchesTheGolden(name: String) throws {
        if ProcessInfo.processInfo.environment["QUOTECHECK_WRITE_GOLDEN"] != nil { return }
        let filter = try #require(AwkwardFixture.filters.first { $0.0 == name }).1
        let outputs = try Self.outputs(of: try AwkwardFixture.store(), name, filter)
        for (key, output) in outputs.sorted(by: { $0.key < $1.key }) {
            let golden = try #require(AwkwardGolden.outputs[key], "no golden output \(key)")
            #expect(Array(output.utf8) == Array(golden.utf8), "\(key) differs:\n\(output)\n---golden---\n\(golden)")
        }
    }

    @Test("the golden outputs hold what the fixture was built for")
    func theGoldenCoversTheAwkwardCases() throws {
        let all = try #require(AwkwardGolden.outputs["all.jsonl"])
        let lines = all.split(separator: "\n")
        #expect(lines.count == 9)  // 11 claims, one joined, one removed with its source
        #expect(!all.contains("Gone quote"))
        #expect(all.contains(#"\u2028"#) && all.contains(#"\u0001"#) && all.contains("\u{1F9EA}"))
        #expect(try #require(AwkwardGolden.outputs["all.csv"]).contains("'=SUM(A1:A9)"))
        #expect(try #require(AwkwardGolden.outputs["all.unguarded.csv"]).contains(",=SUM(A1:A9),"))
        #expect(AwkwardGolden.outputs["limit-0.jsonl"] == "")
    }

    /// Writes ``AwkwardGolden`` from the current code (`QUOTECHECK_WRITE_GOLDEN=1`).
    @Test func writeTheGoldenWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["QUOTECHECK_WRITE_GOLDEN"] != nil else { return }
        var file = """
            // Written by AwkwardGoldenTests with QUOTECHECK_WRITE_GOLDEN=1: the exports of
            // AwkwardFixture as the code of commit 5e87a49 wrote them. Do not edit by hand.

            /// The golden outputs of ``AwkwardGoldenTests``, by filter and format.
            enum AwkwardGolden {
                static let outputs: [String: String] = [

            """
        for (key, value) in try Self.allOutputs().sorted(by: { $0.key < $1.key }) {
            file += "        " + Self.literal(key) + ":\n            " + Self.literal(value) + ",\n"
        }
        file += "    ]\n}\n"
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("AwkwardGolden.swift")
        try file.write(to: path, atomically: true, encoding: .utf8)
    }

    /// A Swift string literal of `text`: printable ASCII as it is, everything else as `\u{…}`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }
}
