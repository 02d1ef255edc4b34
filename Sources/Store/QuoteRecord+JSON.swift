extension QuoteRecord {
    /// The record as one line of JSON (no line end), every field present in
    /// DESIGN.md's order: ids, offsets and counts as integers, `confidence` as
    /// a number with two decimals (``ConfidenceText``), `evidence` as an array,
    /// and `null` for a missing or empty value.
    public func jsonLine() -> String {
        var out: [UInt8] = []
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``jsonLine()`` to `out` as UTF-8 (no line end), without building strings on the way.
    public func appendJSONLine(to out: inout [UInt8]) {
        var json = JSONLineBytes(out: out)
        out = []
        json.integer("{\"id\":", id)
        json.string(",\"text\":", text)
        json.string(",\"kind\":", kind.rawValue)
        json.string(",\"speaker\":", speaker)
        json.string(",\"speaker_role\":", speakerRole)
        json.integer(",\"speaker_id\":", speakerID)
        json.string(",\"cue\":", cue)
        json.string(",\"rule\":", rule)
        json.raw(",\"confidence\":", confidence.flatMap(ConfidenceText.string))
        json.string(",\"said_on\":", saidOn)
        json.string(",\"said_on_basis\":", saidOnBasis.rawValue)
        json.integer(",\"source_id\":", sourceID)
        json.string(",\"source_url\":", sourceURL)
        json.string(",\"source_file\":", sourceFile)
        json.string(",\"source_title\":", sourceTitle)
        json.string(",\"source_site\":", sourceSite)
        json.string(",\"published_at\":", publishedAt)
        json.integer(",\"paragraph\":", paragraph.map(Int64.init))
        json.integer(",\"start\":", start.map(Int64.init))
        json.integer(",\"end\":", end.map(Int64.init))
        json.string(",\"context\":", context)
        json.string(",\"status\":", status.rawValue)
        json.string(",\"rating\":", rating?.rawValue)
        json.string(",\"note\":", note)
        json.strings(",\"evidence\":", evidence)
        json.string(",\"reviewed_by\":", reviewedBy)
        json.string(",\"reviewed_at\":", reviewedAt)
        json.integer(",\"appearances\":", Int64(appearances))
        json.integer(",\"version\":", version)
        json.out.append(UInt8(ascii: "}"))
        out = json.out
    }
}
