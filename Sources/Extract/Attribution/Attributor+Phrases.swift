/// The phrase tests the attribution rules share: cues, stop words, skippable
/// adverbs, clause breaks, subjects, appositions and roles.
extension Attributor {
    /// The index of the first word after the punctuation that follows a closing
    /// mark (`,` and dashes), if a word comes next.
    static func firstWordAfterQuote(_ tokens: [Token]) -> Int? {
        var i = 0
        while i < tokens.count, !tokens[i].isWord, Lexicon.postQuotePunctuation.contains(tokens[i].text) { i += 1 }
        return i < tokens.count && tokens[i].isWord ? i : nil
    }

    /// The first cue of the clause after the quote, from word `i` on and
    /// within ``AttributionLimits/cueAfterQuoteWindow`` tokens ("she went on" counts).
    static func cueAfterQuote(_ tokens: [Token], from i: Int) -> Int? {
        func cueAt(_ k: Int) -> Bool {
            (isCue(tokens[k]) && !isNounUse(tokens, k) && !endsWithoutObject(tokens, k))
                || (tokens[k].lower == "went" && tokens[safe: k + 1]?.lower == "on")
        }
        var c = i
        while c < tokens.count, c - i < AttributionLimits.cueAfterQuoteWindow, !cueAt(c) { c += 1 }
        return c < tokens.count && cueAt(c) ? c : nil
    }

    /// A person named in the apposition that starts at `from` (", former White
    /// House Russia adviser Fiona Hill"): the capitalised run up to the next
    /// comma or the end, when it parses as a person's name.
    func appositiveName(in tokens: [Token], from: Int, p: Int, offset: Int) -> ResolvedSpeaker? {
        let words = Array(tokens[min(from, tokens.count)...].prefix { $0.isWord }.prefix(AttributionLimits.appositionWords))
        guard let last = words.last, last.isCapitalized, words.count >= 2 || names.fullName(for: last.bare) != nil else { return nil }
        var run: [Token] = []
        for w in words.reversed() {
            if w.isCapitalized || Lexicon.nameParticles.contains(w.lower) { run.insert(w, at: 0) } else { break }
        }
        guard let parsed = NameIndex.parse(run), parsed.type == .person, parsed.name.utf8.contains(UInt8(ascii: " ")) || names.fullName(for: parsed.name) != nil,
              let speaker = resolve(words, p: p, offset: offset), speaker.type == .person else { return nil }
        return speaker
    }

    /// The person a description names in the apposition after it: "her mother,
    /// Fiona Parry, said", "According to his aunt, Jane Starner, …", "the
    /// county's engineer, Omar Haddad, said". `end` is the index of the comma
    /// after the description `phrase`; the apposition must be a capitalised
    /// name alone between that comma and the next one (or the end).
    func apposedName(_ phrase: [Token], in tokens: [Token], comma end: Int, p: Int, offset: Int) -> ResolvedSpeaker? {
        guard let head = phrase.last, head.isWord, !head.isCapitalized, phrase.count <= AttributionLimits.dashNameWords,
              tokens[safe: end]?.text == "," else { return nil }
        let name = Array(tokens[(end + 1)...].prefix { $0.isWord })
        guard (1...4).contains(name.count), name.allSatisfy({ $0.isCapitalized || Lexicon.nameParticles.contains($0.lower) }),
              end + 1 + name.count == tokens.count || [",", ":"].contains(tokens[end + 1 + name.count].text),
              name.count >= 2 || names.fullName(for: name[0].bare) != nil,
              let parsed = NameIndex.parse(name), parsed.type == .person,
              var speaker = resolve(name, p: p, offset: offset), speaker.type == .person else { return nil }
        if speaker.role == nil, let first = phrase.first, Lexicon.articles.contains(first.lower), phrase.count >= 2 {
            speaker.role = phrase.dropFirst().map(\.text).joined(separator: " ")
        }
        return speaker
    }

    /// The speaker with the role an apposition gives (", a former China director at
    /// the National Security Council,"), when the article gave none before. An
    /// age set between the name and the role, as news style puts it first
    /// ("said Maria Lopez, 54, a teacher from Phoenix"), is passed over.
    func withRole(_ speaker: ResolvedSpeaker, from tokens: [Token]) -> ResolvedSpeaker {
        guard speaker.type == .person, speaker.role == nil, let first = tokens.first, first.text == "," else { return speaker }
        var rest = tokens.dropFirst()
        if let age = rest.first, (1...3).contains(age.text.count), age.text.allSatisfy({ $0.isASCII && $0.isNumber }),
           rest.dropFirst().first?.text == "," {
            rest = rest.dropFirst(2)
        }
        var words = Array(rest.prefix { $0.isWord })
        guard let article = words.first, Lexicon.articles.contains(article.lower), words.count >= 2,
              words.count <= AttributionLimits.appositionRoleWords else { return speaker }
        words.removeFirst()
        var result = speaker
        result.role = words.map(\.text).joined(separator: " ")
        return result
    }

    /// An unnamed source with the relative clause that describes it ("A second
    /// official, who runs the county's budget office, agreed"): the description
    /// runs to the clause's comma. Other speakers are returned as they are.
    func withRelativeClause(_ speaker: ResolvedSpeaker, after subject: [Token], in tokens: [Token]) -> ResolvedSpeaker {
        guard speaker.type == .anonymous, let last = subject.last, let k = tokens.firstIndex(where: { $0.start == last.start }),
              tokens[safe: k + 1]?.text == ",", tokens[safe: k + 2]?.lower == "who" else { return speaker }
        let clause = tokens[(k + 2)...].prefix { $0.isWord }
        guard clause.count >= 2, clause.count <= AttributionLimits.relativeClauseWords,
              tokens[safe: k + 2 + clause.count]?.text == "," else { return speaker }
        var result = speaker
        result.name += " " + clause.map(\.text).joined(separator: " ")
        return result
    }

    /// The role to record for a speaker: a person's role when it holds a word
    /// for a role or title ("French President", "a lawyer for the family"),
    /// else the one given with an earlier quote of theirs. A place, a lone
    /// article or a capitalised word alone ("Massachusetts", "the", "State")
    /// is not a role.
    mutating func role(of speaker: ResolvedSpeaker) -> String? {
        guard speaker.type == .person else { return nil }
        if let role = speaker.role, Self.isRole(role) {
            rolesGiven[speaker.name] = role
            return role
        }
        return rolesGiven[speaker.name]
    }

    /// Whether `text` names a role: it holds a title, role or kin noun.
    static func isRole(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in
            let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            let singular = w.hasSuffix("s") ? String(w.dropLast()) : w
            return [w, singular].contains { Lexicon.roleHeads.contains($0) } || NameIndex.extraTitleWords.contains(w)
        }
    }

    /// A cue verb written in lower case.
    /// A verb that attributes speech only with its particle: "points out", "pointed out that".
    static func isPhrasalCue(_ tokens: [Token], _ i: Int) -> Bool {
        guard let particle = tokens[safe: i + 1], particle.isWord, let phrasal = Lexicon.phrasalCues[particle.lower] else { return false }
        return phrasal.contains(tokens[i].lower)
    }

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

    /// Whether the cue word at `k` is used as a noun: after a determiner or a
    /// possessive ("Trump’s call", "the report", "her post"), or in its bare
    /// form before "of" ("the state of New Mexico"; "said of" and "warns of"
    /// are verbs).
    static func isNounUse(_ tokens: [Token], _ k: Int) -> Bool {
        let word = tokens[k].lower
        if tokens[safe: k + 1]?.lower == "of", !Lexicon.pastCues.contains(word),
           !word.hasSuffix("ed"), !word.hasSuffix("s"), !word.hasSuffix("ing") { return true }
        guard let previous = tokens[safe: k - 1], previous.isWord else { return false }
        return Lexicon.nounDeterminers.contains(previous.lower) || previous.isPossessive
    }

    /// A framing cue that ends its sentence ("… and sported the Certified Seafood label."):
    /// framing a quote takes an object ("labelled it", "called them"), so there it is a noun.
    static func endsWithoutObject(_ tokens: [Token], _ k: Int) -> Bool {
        guard Lexicon.framingCues.contains(tokens[k].lower) else { return false }
        guard let next = tokens[safe: k + 1] else { return true }
        return !next.isWord && [".", "!", "?"].contains(next.text)
    }

    /// An adverb or auxiliary between a speaker and the cue ("Smith also said", "Thomas allegedly told").
    static func isSkippable(_ token: Token) -> Bool {
        skippable.contains(token.lower) || (!token.isCapitalized && token.lower.hasSuffix("ly") && token.text.count > 4)
    }

    /// Cues that can stand before their speaker ("said Smith: “…”"); "told" takes an object instead.
    static let invertibleCues: Set<String> = Lexicon.invertibleCues

    /// Adverbs and auxiliaries skipped between a speaker and the cue ("Smith also said").
    static let skippable: Set<String> = Lexicon.skippable

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
        for chunk in chunks.reversed() where !chunk.isEmpty && chunk.count <= AttributionLimits.namedChunkWords {
            // A party and state ("R-Neb.") is not a name.
            if chunk.count == 1, chunk[0].text.wholeMatch(of: Self.partyAndState) != nil { continue }
            guard chunk.allSatisfy({ $0.isCapitalized || Lexicon.nameParticles.contains($0.lower) }),
                  let parsed = NameIndex.parse(chunk), parsed.type == .person else { continue }
            return chunk
        }
        return nil
    }

    /// Whether `tokens` hold ", but" / ", while" …: a clause boundary.
    static func clauseBreak(in tokens: ArraySlice<Token>) -> Bool {
        var previousComma = false
        for t in tokens {
            if !t.isWord { previousComma = [",", ";"].contains(t.text); if t.text == ";" { return true }; continue }
            if previousComma, Lexicon.clauseOpeners.contains(t.lower) {
                // A new clause only when it brings its own subject and verb: a name or noun
                // before another cue belongs to the later cue's search, not this one. An opener
                // right before the quote ("…, Levy said, but “I want to emphasize …”") opens nothing.
                return t.start != tokens.last?.start
            }
            previousComma = false
        }
        return false
    }

    /// An unnamed source described whole, determiner and qualifiers included
    /// ("a party official in the state of New Mexico", "an aide to Gov. Dana
    /// Reyes", "one official close to the talks"): the words `tokens[k...j]`
    /// when they are all unquoted words, open with an indefinite determiner
    /// ("a", "an", "another", "one"), hold an unnamed source's noun within
    /// their first four words after it, and stay within
    /// ``AttributionLimits/unnamedDescriptionWords``. The whole phrase is the
    /// subject, so a name inside a qualifier ("to Gov. Dana Reyes") is not the
    /// speaker. Nil otherwise.
    static func unnamedDescription(_ tokens: [Token], from k: Int, through j: Int) -> ResolvedSpeaker? {
        guard k < j, j < tokens.count, j - k < AttributionLimits.unnamedDescriptionWords,
              Lexicon.indefiniteOpeners.contains(tokens[k].lower),
              tokens[k...j].allSatisfy({ $0.isWord && !$0.quoted }),
              tokens[(k + 1)...min(j, k + 4)].contains(where: { Lexicon.anonymousHeads.contains($0.lower) }) else { return nil }
        return ResolvedSpeaker(name: tokens[k...j].map(\.text).joined(separator: " "), role: nil, type: .anonymous, via: .description)
    }

    /// Where the clause that ends at `j` begins: the first word after the
    /// punctuation before it (or the sentence's first word), past a
    /// conjunction that joins two clauses ("…, and a source close to the talks
    /// said"). Used to find a subject that runs from the clause's start to its cue.
    static func clauseStart(_ tokens: [Token], endingAt j: Int) -> Int {
        var k = j
        while k > 0, tokens[k - 1].isWord, !tokens[k - 1].quoted { k -= 1 }
        if k < j, Lexicon.clauseOpeners.contains(tokens[k].lower) || ["and", "but", "yet"].contains(tokens[k].lower) { k += 1 }
        return k
    }

    /// The subject phrase that opens a sentence: a name with its title, a
    /// pronoun, or a description, up to the first comma or verb.
    func sentenceSubject(_ tokens: [Token]) -> [Token]? {
        var i = 0
        if let first = tokens.first, first.isWord, Lexicon.introWords.contains(first.lower) {
            guard let comma = tokens.firstIndex(where: { $0.text == "," }) else { return nil }
            i = comma + 1
        }
        var phrase: [Token] = []
        while i < tokens.count, tokens[i].isWord, phrase.count < AttributionLimits.speakerPhraseWords {
            let t = tokens[i]
            if Lexicon.cueVerbs.contains(t.lower) { break }
            // A lower-case title between a capitalised modifier and a name stays in ("County executive Dana Reyes").
            let titleBeforeName = Lexicon.titleWords.contains(t.lower) && tokens[safe: i + 1].map { $0.isWord && $0.isCapitalized } == true
            if !phrase.isEmpty, !t.isCapitalized, !Lexicon.nameJoiners.contains(t.lower), !titleBeforeName,
               phrase.contains(where: { $0.isCapitalized && !Lexicon.subjectDeterminers.contains($0.lower) }) { break }
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

    /// Whether `text` speaks in the first person ("as low as I’ve ever seen").
    static func speaksInFirstPerson(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }).contains { Lexicon.firstPersonWords.contains($0.lowercased()) }
    }

    /// The sentence holds nothing but the quote.
    func isBareQuoteSentence(_ span: QuoteSpan, in para: AnalysedParagraph) -> Bool {
        guard let range = para.sentence(containing: span.open) else { return false }
        return !para.tokens[range].contains { $0.isWord && !$0.quoted }
    }
}
