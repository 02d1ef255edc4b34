/// Whether two speaker names are the same person: the same store id, or
/// names that agree once titles are dropped ("Ms Jane Smith", "Jane Smith" and
/// "Smith" agree; "John Smith" and "Jane Smith" do not).
enum SpeakerMatch {
    /// Titles and roles dropped before names are compared.
    private static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "hon", "rt", "the", "mp", "prof",
        "professor", "president", "minister", "senator", "sen", "rep", "representative", "governor", "gov",
        "mayor", "chancellor", "prime", "secretary", "deputy", "member", "speaker", "honourable", "honorable",
    ]

    /// The name's words without titles.
    static func key(_ name: String?) -> [String] {
        guard let name else { return [] }
        return WordNormaliser.words(in: name).map(\.form).filter { !titles.contains($0) }
    }

    /// Whether the two (already keyed) names can be the same person.
    static func same(_ a: [String], _ b: [String]) -> Bool {
        guard let lastA = a.last, let lastB = b.last, lastA == lastB else { return false }
        if a.count == 1 || b.count == 1 { return true }
        guard let firstA = a.first, let firstB = b.first else { return false }
        return firstA == firstB || (firstA.count == 1 && firstB.hasPrefix(firstA))
            || (firstB.count == 1 && firstA.hasPrefix(firstB))
    }
}
