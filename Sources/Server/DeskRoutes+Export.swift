import Export
import Foundation
import Hummingbird
import Store

extension DeskRoutes {
    /// A download of the quotes the queue's filters match: `format=csv` (the default: the verified
    /// quotes unless `status` is given, as `export` does), `jsonl` or `claimreview`.
    func export(_ request: Request, _ context: DeskContext) async throws -> Response {
        let fields = FormFields.query(of: request)
        let query = QueueQuery(fields)
        var filter = query.filter
        let format = fields.nonEmpty("format") ?? "csv"
        if fields.nonEmpty("status") == nil, format != "jsonl" { filter.status = Status.verified.rawValue }
        if fields["status"] == "all" { filter.status = nil }
        let exporter = QuoteExporter()
        var text = ""
        let contentType: String, name: String
        switch format {
        case "csv":
            try await exporter.exportCSV(from: store, filter: filter, to: &text)
            (contentType, name) = ("text/csv; charset=utf-8", "quotes.csv")
        case "jsonl":
            try await exporter.exportRecords(from: store, filter: filter, to: &text)
            (contentType, name) = ("application/jsonl; charset=utf-8", "quotes.jsonl")
        case "claimreview":
            let scheme = configuration.tls == nil ? "http" : "https"
            let host = request.head.authority ?? "\(configuration.host):\(configuration.port)"
            let writer = ClaimReviewWriter(organizationName: configuration.organizationName,
                                           reviewURL: "\(scheme)://\(host)/quotes/\(ClaimReviewWriter.idPlaceholder)")
            _ = try await exporter.exportClaimReviews(from: store, filter: filter, writer: writer, asArray: true, to: &text)
            (contentType, name) = ("application/ld+json; charset=utf-8", "claimreview.json")
        default:
            return HTMLPage.error(status: .badRequest, message: "Unknown export format '\(format)': use csv, jsonl or claimreview.",
                                  nonce: context.nonce)
        }
        return Response(status: .ok, headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
