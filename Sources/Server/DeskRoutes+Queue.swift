import Foundation
import Hummingbird
import Store

extension DeskRoutes {
    /// What the queue page shows.
    struct QueueModel {
        struct Row { var id: Int64, text: String, speaker: String, saidOn: String, status: String, reviewedBy: String }
        struct Option { var value: String, label: String, selected: Bool }
        var rows: [Row]
        var statuses: [Option]
        var filter: QueueQuery.Shown
        var reviewed: Int
        var total: Int
        var query: String
        var exportQuery: String
        /// The search words, when the queue is a search's hits.
        var searching: Bool
        var csrf: String
        var message: String?
    }

    /// The queue: the quotes the filters match (with search words, the hits, best first), "n of N" reviewed, the exports.
    func queue(_ request: Request, _ context: DeskContext) async throws -> Response {
        let fields = FormFields.query(of: request)
        var query = QueueQuery(fields)
        let quotes = try await queueQuotes(&query)
        let rows = quotes.map {
            QueueModel.Row(id: $0.id, text: $0.text, speaker: $0.speaker ?? "", saidOn: $0.saidOn ?? "",
                           status: $0.status.rawValue, reviewedBy: $0.reviewedBy ?? "")
        }
        var statuses = [QueueModel.Option(value: "all", label: "all", selected: query.shown.status.isEmpty)]
        statuses += Status.allCases.map {
            QueueModel.Option(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == query.shown.status)
        }
        var messages = query.problems.map { "Left out: \($0)." }
        if fields["done"] == "1" { messages.append("No unreviewed quote is left in this queue.") }
        if fields["undone"] == "0" { messages.append("You have no change left to undo.") }
        let queryString = query.queryString, exportString = query.filterQueryString
        let model = QueueModel(rows: rows, statuses: statuses, filter: query.shown,
                               reviewed: quotes.filter { $0.status != .unreviewed }.count, total: quotes.count,
                               query: queryString, exportQuery: exportString.isEmpty ? "?" : exportString + "&",
                               searching: query.search != nil,
                               csrf: context.session?.csrfSecret ?? "",
                               message: messages.isEmpty ? nil : messages.joined(separator: " "))
        return HTMLPage.response("queue", model: model, title: "Queue", context: context)
    }

    /// The quotes of the queue: those the filters match, in the store's order, or with search
    /// words the hits among them, best match first. Words the index refuses are named in the
    /// query's problems and match nothing.
    func queueQuotes(_ query: inout QueueQuery) async throws -> [QuoteRecord] {
        guard let search = query.search else { return try await store.quotes(matching: query.filter) }
        do {
            return try await store.search(search, matching: query.filter).map(\.quote)
        } catch let error as SearchQueryError {
            query.problems.append("search: \(error)")
            return []
        }
    }

    /// The next unreviewed quote of the queue after `after` (if given), else the queue saying none is left.
    /// With search words, "next" follows the hits' order: the first unreviewed hit after `after`
    /// (from the best hit when `after` is not one of them).
    func next(_ request: Request, _ context: DeskContext) async throws -> Response {
        let fields = FormFields.query(of: request)
        var query = QueueQuery(fields)
        var filter = query.filter
        filter.status = nil
        let after = fields.nonEmpty("after").flatMap { Int64($0) }
        if query.search != nil {
            query.filter = filter
            let hits = try await queueQuotes(&query)
            let start = after.flatMap { id in hits.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
            if let quote = hits[start...].first(where: { $0.status == .unreviewed }) {
                return HTMLPage.seeOther("/quotes/\(quote.id)")
            }
        } else if let quote = try await store.nextUnreviewed(matching: filter, after: after) {
            return HTMLPage.seeOther("/quotes/\(quote.id)")
        }
        let rest = query.queryString
        return HTMLPage.seeOther("/" + (rest.isEmpty ? "?done=1" : rest + "&done=1"))
    }
}
