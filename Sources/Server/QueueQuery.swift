import Foundation
import Store

/// The queue's filters as query parameters (those of `list`): `status`, `speaker`, `source`, `site`,
/// `since`, `until`, `undated`; and `q`, search words (those of `quotecheck search`), which show
/// only the quotes whose words or speaker match, best match first.
struct QueueQuery: Sendable {
    /// The fields as the form shows them back.
    struct Shown {
        var status = ""
        var speaker = ""
        var source = ""
        var site = ""
        var since = ""
        var until = ""
        var undated = false
        var q = ""
    }

    /// The store filter.
    var filter = QuoteFilter()
    /// The search words, when `q` gives some that make a search.
    var search: SearchQuery?
    /// The fields as given.
    var shown = Shown()
    /// What was refused and left out, if anything.
    var problems: [String] = []

    /// Reads the filters of `fields`; a value that cannot be one is left out and named in ``problems``.
    init(_ fields: FormFields) {
        if let status = fields.nonEmpty("status"), status != "all" {
            if Status(rawValue: status) != nil {
                filter.status = status
                shown.status = status
            } else {
                problems.append("unknown status '\(status)'")
            }
        }
        if let speaker = fields.nonEmpty("speaker") { filter.speaker = speaker; shown.speaker = speaker }
        if let site = fields.nonEmpty("site") { filter.site = site; shown.site = site }
        if let source = fields.nonEmpty("source") {
            if let id = Int64(source) { filter.sourceID = id; shown.source = source } else { problems.append("source id '\(source)' is not a number") }
        }
        for (name, keyPath) in [("since", \QuoteFilter.since), ("until", \QuoteFilter.until)] {
            guard let day = fields.nonEmpty(name) else { continue }
            if Day(day) != nil {
                filter[keyPath: keyPath] = day
                if name == "since" { shown.since = day } else { shown.until = day }
            } else {
                problems.append("\(name): '\(day)' is not a day written YYYY-MM-DD")
            }
        }
        if fields["undated"] == "1", filter.since == nil, filter.until == nil {
            filter.undated = true
            shown.undated = true
        }
        if let words = fields.nonEmpty("q") {
            shown.q = words
            do {
                search = try SearchQuery(words)
            } catch {
                problems.append("search: \(error)")
            }
        }
    }

    /// The filters and search words as a query string (`?status=…&…`, or empty), to carry them to the next page.
    var queryString: String { Self.queryString(shown, search: true) }

    /// The filters alone as a query string: what an export applies (an export takes no search words).
    var filterQueryString: String { Self.queryString(shown, search: false) }

    private static func queryString(_ shown: Shown, search: Bool) -> String {
        let pairs = [("status", shown.status), ("speaker", shown.speaker), ("source", shown.source), ("site", shown.site),
                     ("since", shown.since), ("until", shown.until), ("undated", shown.undated ? "1" : ""),
                     ("q", search ? shown.q : "")]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }
}
