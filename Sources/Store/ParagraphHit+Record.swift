extension ParagraphHit {
    /// The names of a hit's fields in JSON Lines and CSV, in order.
    public static let fieldNames = ["source_id", "source_title", "source_site", "source_url", "published_at",
                                    "paragraph", "text"]

    /// The hit as one line of JSON (no newline): the fields of ``fieldNames``,
    /// ids as integers, a missing value as `null`; the text plain (no marks).
    public func jsonLine() -> String {
        let values: [String] = [
            String(sourceID), json(title), json(site), json(url), json(publishedAt), String(paragraph), json(text),
        ]
        return "{" + zip(Self.fieldNames, values).map { "\"\($0)\":\($1)" }.joined(separator: ",") + "}"
    }

    /// The hit's CSV cells in ``fieldNames`` order; `nil` is an empty cell.
    public var csvFields: [String?] {
        [String(sourceID), title, site, url, publishedAt, String(paragraph), text]
    }

    private func json(_ value: String?) -> String {
        value.map(JSONText.string) ?? "null"
    }
}
