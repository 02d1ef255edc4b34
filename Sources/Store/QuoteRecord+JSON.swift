extension QuoteRecord {
    /// The record as one line of JSON (no line end), every field present in
    /// DESIGN.md's order: ids, offsets and counts as integers, `confidence` as
    /// a number with two decimals (``ConfidenceText``), `evidence` as an array,
    /// and `null` for a missing or empty value.
    public func jsonLine() -> String {
        let fields: [(CodingKeys, JSONValue)] = [
            (.id, .integer(id)),
            (.text, .string(text)),
            (.kind, .string(kind.rawValue)),
            (.speaker, .string(speaker)),
            (.speakerRole, .string(speakerRole)),
            (.speakerID, .integer(speakerID)),
            (.cue, .string(cue)),
            (.rule, .string(rule)),
            (.confidence, .confidence(confidence)),
            (.saidOn, .string(saidOn)),
            (.saidOnBasis, .string(saidOnBasis.rawValue)),
            (.sourceID, .integer(sourceID)),
            (.sourceURL, .string(sourceURL)),
            (.sourceFile, .string(sourceFile)),
            (.sourceTitle, .string(sourceTitle)),
            (.sourceSite, .string(sourceSite)),
            (.publishedAt, .string(publishedAt)),
            (.paragraph, .integer(paragraph.map(Int64.init))),
            (.start, .integer(start.map(Int64.init))),
            (.end, .integer(end.map(Int64.init))),
            (.context, .string(context)),
            (.status, .string(status.rawValue)),
            (.rating, .string(rating?.rawValue)),
            (.note, .string(note)),
            (.evidence, .strings(evidence)),
            (.reviewedBy, .string(reviewedBy)),
            (.reviewedAt, .string(reviewedAt)),
            (.appearances, .integer(Int64(appearances))),
            (.version, .integer(version)),
        ]
        var line = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { line += "," }
            line += JSONText.string(key.rawValue) + ":" + value.text
        }
        return line + "}"
    }
}

/// A field value of a JSON line.
private enum JSONValue {
    case string(String?)
    case integer(Int64?)
    case confidence(Double?)
    case strings([String])

    /// The value as JSON text; `null` for nil and for the empty string.
    var text: String {
        switch self {
        case .string(let value):
            guard let value, !value.isEmpty else { return "null" }
            return JSONText.string(value)
        case .integer(let value):
            guard let value else { return "null" }
            return String(value)
        case .confidence(let value):
            return value.flatMap(ConfidenceText.string) ?? "null"
        case .strings(let values):
            return JSONText.array(values)
        }
    }
}
