/// Finds every attributed quotation in an article's paragraphs.
///
/// A pure function of the paragraphs and the publication date: no I/O.
/// Rules, in order: find quotation-mark spans (joining quotes that run over
/// several paragraphs); split sentences around them; find the cue verb and
/// the speaker phrase after the quote ("…,” she said), before it ("Smith
/// said: “…”", "According to Smith, “…”") or as the subject of the sentence
/// that frames a partial quote ("described it as “…”"); carry the speaker
/// of a quote over to the next quote of the same passage when that one has
/// no cue of its own; resolve pronouns and surnames to the fullest name the
/// article gives. Spans with no speaker (scare quotes, titles, slogans) are
/// not quotes and are dropped.
///
/// Text decisions: a direct quote keeps every mark of punctuation inside the
/// quotation marks; a partial quote drops a trailing `,` `;` `:` or `.`,
/// which belongs to the reporter's sentence by typographic convention.
public enum QuoteExtractor {
    /// The quotes of `article`.
    public static func quotes(in article: Article) -> [Quote] {
        quotes(in: article.paragraphs, publishedOn: article.publicationDay, updatedOn: article.updateDay)
    }

    /// The quotes of `paragraphs`, dated against `publishedOn` (`YYYY-MM-DD`);
    /// a weekday may also name a day after publication up to `updatedOn`, when
    /// that is the day after publication (a story from late Monday, updated
    /// Tuesday, that says "posted on Twitter Tuesday").
    public static func quotes(in paragraphs: [String], publishedOn: String?, updatedOn: String? = nil) -> [Quote] {
        let analysed = paragraphs.map(AnalysedParagraph.init)
        let names = NameIndex(paragraphs: analysed)
        var attributor = Attributor(paragraphs: analysed, names: names, publishedOn: publishedOn)
        if let publishedOn, let updatedOn, DateText.daysBetween(publishedOn, updatedOn) == 1 {
            attributor.updatedOn = updatedOn
        }
        // A pull-quote repeats words the body already carries: keep the first.
        var seen = Set<String>()
        let keyed: [(quote: Quote, key: String)] = attributor.run().map { (quote: $0, key: letterKey($0.text)) }.filter {
            $0.key.count < 20 || seen.insert($0.key).inserted
        }
        // A pull-quote set as a paragraph of its own, with no cue, that repeats part of a
        // longer quote of the body ("“… prevent the evacuation …”"): the body's stands.
        return keyed.filter { entry in
            guard isCarried(entry.quote), entry.quote.start <= 1, entry.key.count >= 20 else { return true }
            return !keyed.contains { $0.key.count > entry.key.count && $0.key.contains(entry.key) }
        }.map(\.quote)
    }

    /// Whether the quote's voice was carried from elsewhere (no cue of its own).
    static func isCarried(_ quote: Quote) -> Bool {
        quote.cue == nil && quote.rule.map { RuleID(rawValue: $0) }.map {
            [.previousSpeaker, .paragraphSubject, .previousParagraphSubject, .firstPerson, .repeatedWords].contains($0)
        } == true
    }

    /// The letters and digits of `text`, lower-cased, as `Character`s judge
    /// them: what tells a pull-quote from the body sentence it repeats.
    ///
    /// Text made of ASCII and the punctuation block U+2000–U+206F (quotation
    /// marks, dashes; not the joiners U+200C, U+200D) is read on its bytes:
    /// there no scalar joins its neighbour, and none is a letter or digit.
    static func letterKey(_ text: String) -> String {
        let lower = text.lowercased()
        var key: [UInt8] = []
        key.reserveCapacity(lower.utf8.count)
        var utf8 = lower.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { key.append(byte) }
            } else if byte == 0xE2, let second = utf8.next(), let third = utf8.next(),
                      second == 0x80 || (second == 0x81 && third < 0xB0), !(second == 0x80 && (third == 0x8C || third == 0x8D)) {
                continue
            } else {
                return lower.filter { $0.isLetter || $0.isNumber }
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}

/// A paragraph split into scalars, spans, tokens and sentences.
struct AnalysedParagraph {
    var text: String
    var scalars: [Unicode.Scalar]
    var spans: [QuoteSpan]
    var tokens: [Token]
    var sentences: [Range<Int>]

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        spans = QuoteSpans.spans(in: scalars)
        var tokens = Tokenizer.tokens(scalars)
        for i in tokens.indices {
            tokens[i].quoted = spans.contains { tokens[i].start > $0.open && tokens[i].start < $0.close }
        }
        self.tokens = tokens
        sentences = Tokenizer.sentences(tokens, spans: spans)
    }

    func slice(_ start: Int, _ end: Int) -> String {
        Tokenizer.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    /// The index of the sentence holding the token at scalar offset `offset`.
    func sentence(containing offset: Int) -> Range<Int>? {
        sentences.first { range in
            guard let first = tokens[safe: range.lowerBound], let last = tokens[safe: range.upperBound - 1] else { return false }
            return offset >= first.start && offset < last.end
        } ?? sentences.last
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
