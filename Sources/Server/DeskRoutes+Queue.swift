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
        var csrf: String
        var message: String?
    }

    /// The queue: the quotes the filters match, "n of N" reviewed, the exports.
    func queue(_ request: Request, _ context: DeskContext) throws -> Response {
        let fields = FormFields.query(of: request)
        let query = QueueQuery(fields)
        let quotes = try store.quotes(matching: query.filter)
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
        let queryString = query.queryString
        let model = QueueModel(rows: rows, statuses: statuses, filter: query.shown,
                               reviewed: quotes.filter { $0.status != .unreviewed }.count, total: quotes.count,
                               query: queryString, exportQuery: queryString.isEmpty ? "?" : queryString + "&",
                               csrf: context.session?.csrfSecret ?? "",
                               message: messages.isEmpty ? nil : messages.joined(separator: " "))
        return HTMLPage.response("queue", model: model, title: "Queue", context: context)
    }

    /// The next unreviewed quote of the queue after `after` (if given), else the queue saying none is left.
    func next(_ request: Request, _ context: DeskContext) throws -> Response {
        let fields = FormFields.query(of: request)
        let query = QueueQuery(fields)
        var filter = query.filter
        filter.status = nil
        let after = fields.nonEmpty("after").flatMap { Int64($0) }
        if let quote = try store.nextUnreviewed(matching: filter, after: after) {
            return HTMLPage.seeOther("/quotes/\(quote.id)")
        }
        let rest = query.queryString
        return HTMLPage.seeOther("/" + (rest.isEmpty ? "?done=1" : rest + "&done=1"))
    }
}
