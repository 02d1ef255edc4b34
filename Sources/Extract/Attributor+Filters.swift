/// Direct or partial, and the spans that are not speech: terms, nicknames,
/// subheadings.
extension Attributor {
    /// Direct when the span is a clause of its own; partial when folded into the reporter's sentence.
    func kindOf(_ span: QuoteSpan, in para: AnalysedParagraph, text: String) -> QuoteKind {
        let previous = para.tokens.last { $0.end <= span.open && !$0.quoted }
        let startsUpper = text.first?.isUppercase == true
        let wordCount = SpaceSplit.count(text)
        if let previous, previous.isWord {
            return startsUpper && wordCount >= 6 ? .direct : .partial
        }
        if let previous, ["(", "-", "—"].contains(previous.text), !startsUpper { return .partial }
        return wordCount >= 3 || startsUpper ? .direct : .partial
    }

    /// A title, nickname or term at a distance, not speech.
    func isTerm(_ span: QuoteSpan, in para: AnalysedParagraph, text: String, kind: QuoteKind) -> Bool {
        // One capitalised word with no punctuation inside the marks, opening its sentence, is
        // a word held up, not speech ("“Hydrate” was his favourite word"): speech that short
        // carries its own mark ("“Yes,” she said", "“No.”").
        if kind == .direct, !text.contains(" "), text.first?.isUppercase == true,
           text.unicodeScalars.allSatisfy({ Tokenizer.isWordScalar($0) || $0 == "-" || $0 == "’" || $0 == "'" }) {
            return true
        }
        // "the candidate he calls “Mini Mike”": a name in capitals after a verb of calling.
        if let previous = para.tokens.last(where: { $0.end <= span.open }), previous.isWord, !previous.quoted,
           Lexicon.callingVerbs.contains(previous.lower), SpaceSplit.count(text) <= 4,
           SpaceSplit.words(text).allSatisfy({ $0.first?.isUppercase == true }) {
            return true
        }
        // "In her book “A Paradise Built in Hell,” Solnit wrote": a work's noun right before
        // the mark makes a title of even a whole capitalised clause.
        if let previous = para.tokens.last(where: { $0.end <= span.open }), previous.isWord, !previous.quoted,
           Lexicon.workNouns.contains(previous.lower), text.first?.isUppercase == true {
            return true
        }
        // "a majority agree with the statement “…”": a poll's wording, put to those it quotes.
        let lead = para.tokens.filter { $0.end <= span.open && !$0.quoted && $0.isWord }.suffix(4).map(\.lower)
        if lead.count == 4, Lexicon.pollVerbs.contains(lead[0]), lead[1] == "with", lead[2] == "the", Lexicon.pollNouns.contains(lead[3]) {
            return true
        }
        // "speaking on “Meet the Press,”", "on CBS’s “Face the Nation”": a span in title case
        // after "on" or "of" or an owner's possessive is the name of a show or a work, not speech.
        if let previous = para.tokens.last(where: { $0.end <= span.open }), previous.isWord, !previous.quoted,
           ["on", "of"].contains(previous.lower) || previous.isPossessive, Self.isTitleCase(text) {
            return true
        }
        guard kind == .partial else { return false }
        // "students in “bubbles” or household groups": one word glossed by the plain name after
        // "or" is a term beside its gloss, not speech.
        let glossed = para.tokens.filter { $0.start > span.close && !$0.quoted }.prefix(3)
        if !text.contains(" "), text.first?.isLowercase == true, glossed.count == 3, glossed.allSatisfy(\.isWord),
           glossed.first?.lower == "or", glossed.dropFirst().allSatisfy({ !$0.isCapitalized && !Lexicon.stopWords.contains($0.lower) }),
           para.tokens.first(where: { $0.start > span.close })?.lower == "or" {
            return true
        }
        // "halls, or “dorms” as they are known": a name for a thing, given as a name.
        let following = para.tokens.filter { $0.start > span.close && !$0.quoted && $0.isWord }.prefix(4).map(\.lower)
        if following.count == 4, following[0] == "as", ["it", "they"].contains(following[1]),
           ["is", "are", "was", "were"].contains(following[2]), ["known", "called"].contains(following[3]),
           para.tokens.first(where: { $0.start > span.close }).map({ $0.isWord }) == true {
            return true
        }
        let before = para.tokens.filter { $0.end <= span.open && !$0.quoted && $0.isWord }
        // "known as the “Three Amigos”": a marker up to three words back.
        if before.suffix(3).contains(where: { Self.termMarkers.contains($0.lower) }) { return true }
        let words = SpaceSplit.words(text)
        // "formed an “irregular” channel": one word between an article and a noun is a word
        // held at a distance, unless a framing cue governs it ("called it a “disgraceful” decision")
        // or a cue stands just before ("warn against a “one-size-fits-all” approach").
        if words.count == 1, text.first?.isLowercase == true, let article = before.last, ["a", "an", "the"].contains(article.lower),
           let next = para.tokens.first(where: { $0.start > span.close }), next.isWord, !next.isCapitalized,
           !Lexicon.stopWords.contains(next.lower), !before.contains(where: { Lexicon.framingCues.contains($0.lower) }),
           !before.dropLast().suffix(3).contains(where: Self.isCue) {
            return true
        }
        // A quoted name used as a modifier: the “Bad Blood” songstress, “harm reduction” programs.
        if let next = para.tokens.first(where: { $0.start > span.close }), next.isWord, Self.termNouns.contains(next.lower) {
            return true
        }
        // One capitalised word in quotation marks is a name or a title (‘Mirkov’, “Evolution”).
        if words.count == 1, text.first?.isUppercase == true { return true }
        // A short item in a list ("corporations, “creators,” and normal people").
        if words.count <= 2, let before = para.tokens.last(where: { $0.end <= span.open && !$0.quoted }), before.text == ",",
           let after = para.tokens.first(where: { $0.start > span.close && $0.isWord }), ["and", "or"].contains(after.lower) {
            return true
        }
        return false
    }

    /// Whether `text` is written as a title: two to six words, each capitalised
    /// but for the small words titles keep in lower case ("Face the Nation",
    /// "Fox News Sunday"), and no sentence's end inside (a trailing comma aside).
    static func isTitleCase(_ text: String) -> Bool {
        var words = SpaceSplit.words(text).map(String.init)
        if var last = words.last, last.hasSuffix(",") { last.removeLast(); words[words.count - 1] = last }
        guard (2...6).contains(words.count), words.first?.first?.isUppercase == true else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            if !word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" || $0 == "&" }) { return false }
            return first.isUppercase || Lexicon.titleSmallWords.contains(word)
        }
    }

    /// Cues that give a name, not words: a partial quote after them is a nickname
    /// ("had dubbed Sondland's role “the Gordon problem”").
    static let namingCues: Set<String> = Lexicon.namingCues

    /// A paragraph that is a subheading made of a quote ("6. “The Gordon problem”"):
    /// at most a number or label besides the quote, and no sentence's end.
    func isHeading(_ para: AnalysedParagraph) -> Bool {
        guard para.spans.count == 1, let span = para.spans.first, !span.isOpenEnded else { return false }
        let outside = para.tokens.filter { !$0.quoted && ($0.start < span.open || $0.start > span.close) }
        guard outside.filter(\.isWord).allSatisfy({ $0.text.allSatisfy(\.isNumber) }), outside.count <= 2 else { return false }
        let inner = para.slice(span.innerStart, span.close).trimmingCharacters(in: .whitespaces)
        // A fragment that opens with an ellipsis ("“… prevent the evacuation of the camp”") is cut
        // from somewhere else, however long: shown, not said here.
        return !(inner.last.map { ".!?…,".contains($0) } ?? false) && (SpaceSplit.count(inner) <= 10 || inner.first == "…")
    }

    /// Nouns after a quoted span that make it the name of a thing, not speech.
    static let termNouns: Set<String> = Lexicon.termNouns

    func trimTrailingPunctuation(_ text: String) -> String {
        var t = Substring(text)
        while let lastChar = t.last, [",", ";", ":", "."].contains(lastChar) { t = t.dropLast() }
        return String(t).trimmingCharacters(in: .whitespaces)
    }
}
