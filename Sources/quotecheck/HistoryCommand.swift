import ArgumentParser
import Foundation
import Export
import Store

/// `quotecheck history ID`
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The audit trail of one quote: who changed what, when, from and to.",
        discussion: "Example:\n  quotecheck history 3\n  quotecheck history 3 --format jsonl"
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The quote's id.")
    var id: Int64

    @Option(help: "table, jsonl or csv (default: table on a terminal, else jsonl).")
    var format: ListFormat?

    func run() async throws {
        let entries = try await global.withStore { store in
            guard try await store.quote(id: id) != nil else { throw CLIError.noQuote(id) }
            return try await store.history(quoteID: id)
        }
        var out = StandardOutput()
        switch format ?? .automatic {
        case .table:
            let rows = entries.map { [$0.at, $0.who, $0.field, $0.oldValue ?? "∅", $0.newValue ?? "∅", $0.note ?? ""] }
            out.write(renderTable(header: ["AT", "WHO", "FIELD", "FROM", "TO", "NOTE"], rows: rows, widths: [27, 14, 9, 14, 14, 30]))
            if entries.isEmpty { out.write("(no changes yet)\n") }
        case .jsonl:
            for e in entries {
                let object: [String: Any] = ["id": e.id, "quote_id": e.quoteID, "at": e.at, "who": e.who, "field": e.field,
                                             "from": e.oldValue ?? NSNull(), "to": e.newValue ?? NSNull(), "note": e.note ?? NSNull()]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self), to: &out)
            }
        case .csv:
            let writer = CSVWriter()
            out.write(writer.line(["id", "quote_id", "at", "who", "field", "from", "to", "note"]))
            for e in entries {
                out.write(writer.line([String(e.id), String(e.quoteID), e.at, e.who, e.field, e.oldValue, e.newValue, e.note]))
            }
        }
    }
}
