/// Renders alignment steps as a word diff from the record to the quote:
/// `we will [-never-] {+not+} rush`.
enum WordDiff {
    /// The diff of `steps`; matched words are written once, a run of record-only
    /// words as `[-…-]`, a run of quote-only words as `{+…+}`. Empty when every step matches.
    static func render(_ steps: [AlignmentStep], quote: [String], index: ShingleIndex) -> String {
        guard steps.contains(where: { if case .match = $0 { false } else { true } }) else { return "" }
        var parts: [String] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            if !removed.isEmpty { parts.append("[-" + removed.joined(separator: " ") + "-]") }
            if !added.isEmpty { parts.append("{+" + added.joined(separator: " ") + "+}") }
            removed = []
            added = []
        }
        for step in steps {
            switch step {
            case .match(let q, _):
                flush()
                parts.append(quote[q])
            case .substitute(let q, let r):
                removed.append(index.forms[Int(index.words[r])])
                added.append(quote[q])
            case .insert(let q):
                added.append(quote[q])
            case .delete(let r):
                removed.append(index.forms[Int(index.words[r])])
            }
        }
        flush()
        return parts.joined(separator: " ")
    }

    /// Record words `range` as a deletion, shortened to its first and last
    /// four words around "…" when longer than twelve.
    static func removal(_ range: Range<Int>, index: ShingleIndex) -> String {
        guard !range.isEmpty else { return "" }
        let forms = range.map { index.forms[Int(index.words[$0])] }
        let shown = forms.count > 12 ? forms.prefix(4) + ["…"] + forms.suffix(4) : forms[...]
        return "[-" + shown.joined(separator: " ") + "-]"
    }
}
