/// The attribution rules: where the speaker phrase stands around a quote
/// (after it, before it, in the next sentence, in the paragraph's subject).
extension Attributor {
    /// Tries the attribution rules for one span.
    mutating func attribute(_ span: QuoteSpan, in p: Int) -> Found? {
        let para = paragraphs[p]
        guard let range = para.sentence(containing: span.open) else { return nil }
        let sentence = Array(para.tokens[range])
        let before = sentence.filter { $0.end <= span.open && !$0.quoted }
        let after = span.isOpenEnded ? [] : sentence.filter { $0.start > span.close && !$0.quoted }
        let sentenceText = (before + after).filter(\.isWord).map(\.text).joined(separator: " ")
        let hasWordsBefore = before.contains(where: \.isWord)
        let order = hasWordsBefore ? [true, false] : [false, true]
        for useBefore in order {
            let hit = useBefore ? speakerBefore(before, p: p, offset: span.open) : speakerAfter(after, p: p, offset: span.open)
            if let (speaker, cue) = hit {
                return Found(speaker: speaker, cue: cue, sentenceText: sentenceText)
            }
        }
        // "“…” Smith said." split into two sentences by the closing period.
        if !hasWordsBefore, !after.contains(where: \.isWord),
           let next = para.sentences.first(where: { $0.lowerBound == range.upperBound }) {
            let tokens = Array(para.tokens[next])
            let opensWithDash = tokens.first.map { ["—", "–"].contains($0.text) } ?? false
            // "“…” Kheradpir. “…”": a sentence that is nothing but a name the article gave in full.
            let words = tokens.filter(\.isWord)
            if !opensWithDash, (1...3).contains(words.count), words.allSatisfy(\.isCapitalized),
               let full = names.fullName(for: words.map(\.bare).joined(separator: " ")) {
                return Found(speaker: ResolvedSpeaker(name: full, role: names.roles[full], type: .person), cue: nil,
                             sentenceText: words.map(\.text).joined(separator: " "))
            }
            // The cue may stand further in after a name and an apposition ("He Jianxiong, the former …, said").
            let reach = tokens.first?.isCapitalized == true && tokens.contains(where: { $0.text == "," }) ? 24 : 12
            if !tokens.contains(where: \.quoted), opensWithDash || (tokens.firstIndex(where: Self.isCue).map { $0 <= reach } ?? false),
               let (speaker, cue) = speakerAfter(tokens, p: p, offset: span.open) {
                return Found(speaker: speaker, cue: cue, sentenceText: tokens.map(\.text).joined(separator: " "))
            }
        }
        return nil
    }

    /// `…,” said Smith` / `…,” Smith said` / `…,” she told reporters`.
    mutating func speakerAfter(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        var i = 0
        while i < tokens.count, !tokens[i].isWord, [",", "—", "–", "-", "\u{2011}"].contains(tokens[i].text) { i += 1 }
        guard i < tokens.count, tokens[i].isWord else { return nil }
        if Lexicon.cueVerbs.contains(tokens[i].lower), !tokens[i].isCapitalized {
            // Inverted: "said Smith", "said the company's spokesman".
            var np: [Token] = []
            var j = i + 1
            while j < tokens.count, tokens[j].isWord, np.count < 8,
                  !Self.isStopWord(tokens, j) || np.isEmpty && ["the", "a", "an"].contains(tokens[j].lower) {
                np.append(tokens[j]); j += 1
            }
            // An unnamed source keeps its qualifiers: "said someone in the public who called into the meeting".
            if let head = np.first(where: { Lexicon.anonymousHeads.contains($0.lower) }), !np.contains(where: \.isCapitalized) || np.first?.lower == head.lower,
               !np.contains(where: { $0.text.contains(where: \.isNumber) }) {
                var phrase: [Token] = []
                var k = i + 1
                while k < tokens.count, tokens[k].isWord, phrase.count < 12 { phrase.append(tokens[k]); k += 1 }
                // "said one official on Tuesday": the time and manner words are not the description.
                while phrase.count > 1, let tail = phrase.last, Self.skippable.contains(tail.lower) || ["at", "for", "of", "to"].contains(tail.lower) {
                    phrase.removeLast()
                }
                // "reads one, against a background of carrots": a bare "one" is a thing, not a source.
                if phrase.count == 1, ["one", "another"].contains(phrase[0].lower) { return nil }
                // "said another witness in the probe, former adviser Fiona Hill": the name the apposition gives.
                if tokens[safe: k]?.text == ",", let named = appositiveName(in: tokens, from: k + 1, p: p, offset: offset) {
                    return (named, tokens[i].lower)
                }
                // Capitalised words may qualify the description ("one GOP operative in the state",
                // "one user on the Silk Road 2.0 forum"); a phrase that ends on a name is not unnamed.
                if !(phrase.last.map { $0.isCapitalized && !SpeakerWords.notNames.contains($0.lower) } ?? false)
                    || phrase.contains(where: { ["in", "on", "at", "from", "for", "of", "with", "who"].contains($0.lower) }) {
                    return (ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .anonymous), tokens[i].lower)
                }
            }
            if let speaker = resolve(np, p: p, offset: offset) {
                // "said Smith, a lawyer for the family": the apposition is the role.
                return (withRole(speaker, from: Array(tokens[(i + 1 + np.count)...])), tokens[i].lower)
            }
            return nil
        }
        // "…,” attesting they had made their rounds, according to court records."
        if let a = tokens.indices.first(where: { tokens[$0].lower == "according" && tokens[safe: $0 + 1]?.lower == "to" }),
           !tokens[i..<a].contains(where: Self.isCue) {
            let np = Array(tokens[(a + 2)...].prefix { $0.isWord }.prefix(10))
            if let speaker = resolve(np, p: p, offset: offset) { return (speaker, "according to") }
        }
        // "… as Espinosa put it"
        if tokens[i].lower == "as", let name = tokens[safe: i + 1], name.isWord, tokens[safe: i + 2]?.lower == "put",
           tokens[safe: i + 3]?.lower == "it", let speaker = resolve([name], p: p, offset: offset) {
            return (speaker, "put it")
        }
        // The first cue of the clause after the quote ("she went on" counts).
        func cueAt(_ k: Int) -> Bool {
            (Self.isCue(tokens[k]) && !Self.isNounUse(tokens, k)) || (tokens[k].lower == "went" && tokens[safe: k + 1]?.lower == "on")
        }
        var c = i
        while c < tokens.count, c - i < 30, !cueAt(c) { c += 1 }
        guard c < tokens.count, cueAt(c) else {
            // "“…” — Smith": a dash and a name, no verb.
            if i > 0, tokens[..<i].contains(where: { ["—", "–"].contains($0.text) }) {
                let np = Array(tokens[i...].prefix { $0.isWord }.prefix(6))
                if np.contains(where: { $0.isCapitalized }), let speaker = resolve(np, p: p, offset: offset) {
                    return (withRole(speaker, from: Array(tokens[(i + np.count)...])), "—")
                }
            }
            return nil
        }
        // "…” despite being the envoy in Brussels, said another witness": the cue
        // after a comma opens an inverted attribution of the whole sentence.
        if c > i, tokens[c - 1].text == ",", Self.invertibleCues.contains(tokens[c].lower),
           let next = tokens[safe: c + 1], next.isWord, !Lexicon.pronouns.contains(next.lower),
           let inverted = speakerAfter(Array(tokens[c...]), p: p, offset: offset) {
            return inverted
        }
        var j = c - 1
        // "in a statement" is skipped; "the statement read" is the speaker.
        while j >= i, tokens[j].isWord, Self.isSkippable(tokens[j]),
              !(tokens[j].lower == "statement" && ["the", "its"].contains(tokens[safe: j - 1]?.lower ?? "")) { j -= 1 }
        var np: [Token] = []
        if j >= i, tokens[j].text == "," {
            // "…,” Geoffrey Berman, the U.S. attorney for …, said": the phrase before the apposition.
            var k = i
            while k < j, tokens[k].isWord { np.append(tokens[k]); k += 1 }
            if let speaker = resolve(np, p: p, offset: offset) {
                return (withRole(speaker, from: Array(tokens[k..<c])), tokens[c].lower)
            }
        } else {
            while j >= i, tokens[j].isWord, np.count < 8 {
                let w = tokens[j]
                if Self.isStopWord(tokens, j) && !Lexicon.pronouns.contains(w.lower) && !(w.lower == "and" && isGroupConjunction(tokens, j)) { break }
                np.insert(w, at: 0)
                if Lexicon.pronouns.contains(w.lower) { break }
                j -= 1
            }
        }
        if let speaker = resolve(np, p: p, offset: offset) { return (speaker, tokens[c].lower) }
        return nil
    }

    /// A person named in the apposition that starts at `from` (", former White
    /// House Russia adviser Fiona Hill"): the capitalised run up to the next
    /// comma or the end, when it parses as a person's name.
    mutating func appositiveName(in tokens: [Token], from: Int, p: Int, offset: Int) -> ResolvedSpeaker? {
        let words = Array(tokens[min(from, tokens.count)...].prefix { $0.isWord }.prefix(10))
        guard let last = words.last, last.isCapitalized, words.count >= 2 || names.fullName(for: last.bare) != nil else { return nil }
        var run: [Token] = []
        for w in words.reversed() {
            if w.isCapitalized || ["de", "van", "von", "bin", "al"].contains(w.lower) { run.insert(w, at: 0) } else { break }
        }
        guard let parsed = NameIndex.parse(run), parsed.type == .person, parsed.name.utf8.contains(UInt8(ascii: " ")) || names.fullName(for: parsed.name) != nil,
              let speaker = resolve(words, p: p, offset: offset), speaker.type == .person else { return nil }
        return speaker
    }

    /// The speaker with the role an apposition gives (", a former China director at
    /// the National Security Council,"), when the article gave none before.
    func withRole(_ speaker: ResolvedSpeaker, from tokens: [Token]) -> ResolvedSpeaker {
        guard speaker.type == .person, speaker.role == nil, let first = tokens.first, first.text == "," else { return speaker }
        var words = Array(tokens.dropFirst().prefix { $0.isWord })
        guard let article = words.first, ["a", "an", "the"].contains(article.lower), words.count >= 2, words.count <= 14 else { return speaker }
        words.removeFirst()
        var result = speaker
        result.role = words.map(\.text).joined(separator: " ")
        return result
    }

    /// Quotation marks as tokens.
    static let quoteMarks: Set<String> = ["“", "”", "\"", "«", "»", "„", "‘", "’"]

    /// A cue verb written in lower case.
    static func isCue(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.cueVerbs.contains(token.lower)
    }

    /// A word that ends a speaker phrase, unless it opens a name ("said Will
    /// Tjernlund", "May Smith said": a capitalised stop word before another capitalised word).
    static func isStopWord(_ tokens: [Token], _ j: Int) -> Bool {
        guard Lexicon.stopWords.contains(tokens[j].lower) else { return false }
        guard tokens[j].isCapitalized, tokens[j].lower != "i", let next = tokens[safe: j + 1], next.isWord, next.isCapitalized else { return true }
        return false
    }

    /// Words after which a cue word is a noun ("Trump’s call", "the report", "her post").
    /// The determiners of ``determiners`` but "that", which so often opens a clause
    /// ("a statement that said"), and with "these" and "those".
    static let nounDeterminers: Set<String> = determiners.subtracting(["that"]).union(["these", "those"])

    /// Whether the cue word at `k` is used as a noun: after a determiner or a possessive.
    static func isNounUse(_ tokens: [Token], _ k: Int) -> Bool {
        guard let previous = tokens[safe: k - 1], previous.isWord else { return false }
        return nounDeterminers.contains(previous.lower) || previous.isPossessive
    }

    /// An adverb or auxiliary between a speaker and the cue ("Smith also said", "Thomas allegedly told").
    static func isSkippable(_ token: Token) -> Bool {
        skippable.contains(token.lower) || (!token.isCapitalized && token.lower.hasSuffix("ly") && token.text.count > 4)
    }

    /// `Smith said: “…` / `According to Smith, “…` / the subject of a sentence
    /// whose cue frames a partial quote.
    mutating func speakerBefore(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        // "According to X, …"
        if let a = tokens.indices.first(where: { tokens[$0].lower == "according" && tokens[safe: $0 + 1]?.lower == "to" }) {
            var np: [Token] = []
            var j = a + 2
            while j < tokens.count, tokens[j].isWord, np.count < 10 { np.append(tokens[j]); j += 1 }
            if let speaker = resolve(np, p: p, offset: offset) { return (speaker, "according to") }
        }
        // "As Gaiman put it, “…”"
        if let put = tokens.indices.first(where: { tokens[$0].lower == "put" && tokens[safe: $0 + 1]?.lower == "it" }),
           let a = tokens[..<put].lastIndex(where: { $0.lower == "as" }), (2...4).contains(put - a),
           tokens[(a + 1)..<put].allSatisfy({ $0.isWord && $0.isCapitalized }),
           let speaker = resolve(Array(tokens[(a + 1)..<put]), p: p, offset: offset) {
            return (speaker, "put it")
        }
        if let lead = colonLead(tokens, p: p, offset: offset) { return lead }
        let cueIndices = tokens.indices.filter {
            tokens[$0].isWord && !tokens[$0].isCapitalized && Lexicon.cueVerbs.contains(tokens[$0].lower) && !Self.isNounUse(tokens, $0)
        }
        guard let nearest = cueIndices.last else { return possessiveSpeech(tokens, p: p, offset: offset) }
        for c in cueIndices.reversed() {
            // A cue in an earlier clause ("…, but the “reform” passed") does not frame this quote.
            if Self.clauseBreak(in: tokens[(c + 1)...]) { break }
            var np: [Token] = []
            var j = c - 1
            while j >= 0, tokens[j].isWord, Self.isSkippable(tokens[j]) && np.isEmpty { j -= 1 }
            while j >= 0, tokens[j].isWord, np.count < 8 {
                let w = tokens[j]
                if Lexicon.cueVerbs.contains(w.lower) { break }
                if Self.isStopWord(tokens, j) && !(w.lower == "and" && isGroupConjunction(tokens, j)) && !Lexicon.pronouns.contains(w.lower) { break }
                np.insert(w, at: 0)
                if Lexicon.pronouns.contains(w.lower) { break }
                j -= 1
            }
            // "a career Army officer who described …": the phrase the relative pronoun stands for.
            if np.isEmpty, c > 1, tokens[c - 1].lower == "who" {
                var phrase: [Token] = []
                var k = c - 2
                while k >= 0, tokens[k].isWord, phrase.count < 6, !Lexicon.stopWords.contains(tokens[k].lower) {
                    phrase.insert(tokens[k], at: 0)
                    if ["a", "an", "the", "one", "another"].contains(tokens[k].lower) { break }
                    k -= 1
                }
                if let speaker = resolve(phrase, p: p, offset: offset) { return (speaker, tokens[c].lower) }
            }
            // "allowed Mosseri to claim …": the name before "to".
            if np.isEmpty, c > 1, tokens[c - 1].lower == "to", tokens[c - 2].isWord, tokens[c - 2].isCapitalized,
               let speaker = resolve([tokens[c - 2]], p: p, offset: offset) {
                return (speaker, tokens[c].lower)
            }
            // "The coroner, Sherrif Payne, who deemed …, told …": the name among the comma-set phrases.
            if np.isEmpty, c > 0, tokens[c - 1].text == ",", let named = namedChunk(before: c, in: tokens),
               let speaker = resolve(named, p: p, offset: offset) {
                return (speaker, tokens[c].lower)
            }
            if np.isEmpty, c > 0, tokens[c - 1].text == "," || tokens[c - 1].lower == "to", let subject = sentenceSubject(Array(tokens[..<c])),
               let speaker = resolve(subject, p: p, offset: offset) {
                // "Smith, a spokesperson for X, told …": the subject before the apposition.
                return (speaker, tokens[c].lower)
            }
            if np.isEmpty, c + 1 < tokens.count, tokens[c + 1].isWord, tokens[c + 1].isCapitalized, c == cueIndices.first,
               Self.invertibleCues.contains(tokens[c].lower) {
                // Inverted before the quote: "said Smith: “…”" (not "said SpaceX would fly Starship “…”":
                // the words after the cue must end at a comma, colon or dash).
                var forward: [Token] = []
                var k = c + 1
                while k < tokens.count, tokens[k].isWord, forward.count < 6 { forward.append(tokens[k]); k += 1 }
                if k < tokens.count, [",", ":", "—", "–"].contains(tokens[k].text),
                   let speaker = resolve(forward, p: p, offset: offset) { return (speaker, tokens[c].lower) }
            }
            // "She didn’t give a date, but said SpaceX would fly it “a lot”": the subject the cue shares.
            if np.isEmpty, c > 0, ["and", "but"].contains(tokens[c - 1].lower), let subject = sentenceSubject(Array(tokens[..<(c - 1)])),
               let speaker = resolve(subject, p: p, offset: offset) {
                return (speaker, tokens[c].lower)
            }
            if let speaker = resolve(np, p: p, offset: offset) { return (speaker, tokens[nearest].lower) }
        }
        return nil
    }

    /// Nouns for what someone said ("Trump’s announcement that …").
    static let speechNouns: Set<String> = [
        "announcement", "statement", "remarks", "claim", "assertion", "comments", "promise", "pledge", "warning",
        "tweet", "testimony", "vow", "insistence", "suggestion", "speech", "letter", "post", "declaration", "boast",
    ]

    /// "Despite Mr. Trump’s Oct. 11 announcement that the two had reached a
    /// “historic” agreement": the person whose words the noun names, when a
    /// "that" clause carries them to the quote.
    mutating func possessiveSpeech(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        guard let n = tokens.lastIndex(where: { $0.isWord && Self.speechNouns.contains($0.lower) }),
              tokens[safe: n + 1]?.lower == "that", !tokens[(n + 1)...].contains(where: Self.isCue),
              let owner = tokens[max(0, n - 4)..<n].last(where: { $0.isPossessive && $0.isCapitalized }) else { return nil }
        var name = [owner]
        var k = tokens.firstIndex(where: { $0.start == owner.start }) ?? 0
        while k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized, name.count < 4 { name.insert(tokens[k - 1], at: 0); k -= 1 }
        guard let speaker = resolve(name, p: p, offset: offset), speaker.type == .person || speaker.type == .organisation else { return nil }
        return (speaker, tokens[n].lower)
    }

    /// "Buckley, who phoned in from the set, had a similar experience: “…”": a
    /// sentence with no cue that leads into the quote with a colon, whose subject
    /// is a named person or organisation.
    mutating func colonLead(_ tokens: [Token], p: Int, offset: Int) -> (ResolvedSpeaker, String)? {
        guard tokens.last?.text == ":", !tokens.indices.contains(where: { Self.isCue(tokens[$0]) && !Self.isNounUse(tokens, $0) }),
              let first = tokens.first(where: \.isWord), first.isCapitalized, !SpeakerWords.notNames.contains(first.lower),
              let subject = sentenceSubject(tokens), subject.allSatisfy(\.isCapitalized),
              let speaker = resolve(subject, p: p, offset: offset), speaker.type == .person || speaker.type == .organisation,
              // A lone capitalised word ("New signs appeared …:") is a person only if the article named one so.
              speaker.type == .organisation || speaker.name.utf8.contains(UInt8(ascii: " ")) || names.fullName(for: speaker.name) != nil else { return nil }
        return (speaker, ":")
    }

    /// Cues that can stand before their speaker ("said Smith: “…”"); "told" takes an object instead.
    static let invertibleCues: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "asked", "asks",
                                              "continued", "continues", "explained", "explains", "replied", "declared"]

    /// A party and state after a lawmaker's name ("R-Neb."), compiled once
    /// (a literal in a function body is compiled at every call). Only ever read.
    nonisolated(unsafe) static let partyAndState = /[RDI]-[A-Z][A-Za-z.]*/

    /// Among the comma-set phrases before index `c`, the last that names a person
    /// ("The coroner for that case, Sherrif Payne, who deemed …, told").
    func namedChunk(before c: Int, in tokens: [Token]) -> [Token]? {
        var chunks: [[Token]] = [[]]
        for t in tokens[..<c] {
            if t.text == "," { chunks.append([]) } else if t.isWord { chunks[chunks.count - 1].append(t) }
        }
        for chunk in chunks.reversed() where !chunk.isEmpty && chunk.count <= 6 {
            // A party and state ("R-Neb.") is not a name.
            if chunk.count == 1, chunk[0].text.wholeMatch(of: Self.partyAndState) != nil { continue }
            guard chunk.allSatisfy({ $0.isCapitalized || ["de", "van", "von", "al", "bin"].contains($0.lower) }),
                  let parsed = NameIndex.parse(chunk), parsed.type == .person else { continue }
            return chunk
        }
        return nil
    }

    /// Conjunctions that, after a comma, open a new clause.
    static let clauseOpeners: Set<String> = ["but", "while", "whereas", "although", "though", "yet"]

    /// Whether `tokens` hold ", but" / ", while" …: a clause boundary.
    static func clauseBreak(in tokens: ArraySlice<Token>) -> Bool {
        var previousComma = false
        for t in tokens {
            if !t.isWord { previousComma = [",", ";"].contains(t.text); if t.text == ";" { return true }; continue }
            if previousComma, clauseOpeners.contains(t.lower) {
                // A new clause only when it brings its own subject and verb: a name or noun
                // before another cue belongs to the later cue's search, not this one. An opener
                // right before the quote ("…, Levy said, but “I want to emphasize …”") opens nothing.
                return t.start != tokens.last?.start
            }
            previousComma = false
        }
        return false
    }

    /// Words that open a sentence with an introductory phrase, up to its comma.
    static let introWords: Set<String> = ["on", "in", "at", "during", "after", "before", "earlier", "later", "last",
                                          "meanwhile", "however", "still", "asked", "speaking", "since", "when", "while",
                                          "as", "for", "with", "by", "from", "under", "according", "but", "and", "yet",
                                          "in", "outside", "inside", "following", "despite", "although", "though"]

    /// The subject phrase that opens a sentence: a name with its title, a
    /// pronoun, or a description, up to the first comma or verb.
    func sentenceSubject(_ tokens: [Token]) -> [Token]? {
        var i = 0
        if let first = tokens.first, first.isWord, Self.introWords.contains(first.lower) {
            guard let comma = tokens.firstIndex(where: { $0.text == "," }) else { return nil }
            i = comma + 1
        }
        var phrase: [Token] = []
        while i < tokens.count, tokens[i].isWord, phrase.count < 8 {
            let t = tokens[i]
            if Lexicon.cueVerbs.contains(t.lower) { break }
            if !phrase.isEmpty, !t.isCapitalized, !["of", "the", "and", "de", "al", "van", "von"].contains(t.lower),
               phrase.contains(where: { $0.isCapitalized && !["the", "a", "an", "this", "its"].contains($0.lower) }) { break }
            phrase.append(t)
            if Lexicon.pronouns.contains(t.lower) { break }
            i += 1
        }
        return phrase.isEmpty ? nil : phrase
    }

    /// "and" inside a group phrase ("U.S. and Ukrainian officials").
    func isGroupConjunction(_ tokens: [Token], _ j: Int) -> Bool {
        guard let prev = tokens[safe: j - 1], let next = tokens[safe: j + 1] else { return false }
        return prev.isCapitalized && next.isCapitalized && SpeakerWords.isAdjectival(prev.text) && SpeakerWords.isAdjectival(next.text)
    }

    // MARK: - Quotes with no cue of their own

    /// Who speaks a quote that has no cue of its own, from what stands before it:
    /// a person named as the subject in this paragraph after its last quote
    /// ("Bridenstine expects three rockets. “…”"); for a paragraph that is only
    /// the quote, the named person who is the subject of the paragraph before's
    /// closing sentence; else the speaker of the sentence just before, when that
    /// sentence reports speech ("Swift's rep told Fox News that … “…”").
    mutating func paragraphSubject(before span: QuoteSpan, in p: Int) -> ResolvedSpeaker? {
        let since = last.flatMap { $0.paragraph == p ? $0.offset : nil } ?? -1
        if let m = names.mentions(before: p, offset: span.open, within: 0).first(where: { $0.offset > since }), m.isSubject,
           !(last.map { $0.paragraph == p && $0.speaker.name == m.name } ?? false) {
            return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
        }
        // A paragraph that is nothing but the quote, after one whose closing sentence has a
        // person as its subject ("However, he defended his decision to engage." then "“Well, …”").
        let para = paragraphs[p]
        if p > 0, span.open == 0, para.sentences.count == 1 || isBareQuoteSentence(span, in: para),
           let closing = paragraphs[p - 1].sentences.last {
            let tokens = paragraphs[p - 1].tokens[closing].filter { !$0.quoted }
            if !paragraphs[p - 1].tokens[closing].contains(where: \.quoted), let subject = sentenceSubject(tokens),
               let speaker = resolve(subject, p: p - 1, offset: tokens.first?.start ?? 0), speaker.type == .person,
               // A person the article names (not a caption's place: "Whangārei Harbour seen from …").
               names.fullName(for: speaker.name) != nil {
                return speaker
            }
        }
        // "Swift's rep told Fox News that this was not the whole truth. “…”": the
        // speaker of the sentence just before, when it reports speech and quotes nothing.
        guard let range = para.sentence(containing: span.open),
              let previous = para.sentences.last(where: { $0.upperBound <= range.lowerBound }),
              let start = para.tokens[safe: previous.lowerBound]?.start, start > since else { return nil }
        let tokens = Array(para.tokens[previous])
        guard !tokens.contains(where: \.quoted), tokens.contains(where: { Self.isCue($0) }),
              let (speaker, _) = speakerBefore(tokens, p: p, offset: start) else { return nil }
        return speaker
    }

    /// A quote that opens its sentence in the paragraph of the last quote, where
    /// the rest of the sentence names no one and has no cue ("“So I called one of
    /// my best friends,” a detail that dovetails with the film."): the same voice.
    func continuesParagraphSpeaker(_ span: QuoteSpan, in p: Int) -> Bool {
        guard let last, last.paragraph == p, let range = paragraphs[p].sentence(containing: span.open) else { return false }
        let rest = paragraphs[p].tokens[range].filter { !$0.quoted && $0.isWord }
        return !paragraphs[p].tokens[range].contains { $0.end <= span.open && $0.isWord && !$0.quoted }
            && !rest.contains { Self.isCue($0) || ($0.isCapitalized && !SpeakerWords.notNames.contains($0.lower)) || Lexicon.pronouns.contains($0.lower) }
    }

    /// Words that put a quote in the first person.
    static let firstPersonWords: Set<String> = ["i", "i’ve", "i've", "i’m", "i'm", "i’d", "i'd", "i’ll", "i'll", "me", "my", "we", "we’re", "we're", "we’ve", "we've", "our", "us"]

    /// Whether `text` speaks in the first person ("as low as I’ve ever seen").
    static func speaksInFirstPerson(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }).contains { firstPersonWords.contains($0.lowercased()) }
    }

    /// The sentence holds nothing but the quote.
    func isBareQuoteSentence(_ span: QuoteSpan, in para: AnalysedParagraph) -> Bool {
        guard let range = para.sentence(containing: span.open) else { return false }
        return !para.tokens[range].contains { $0.isWord && !$0.quoted }
    }
}
