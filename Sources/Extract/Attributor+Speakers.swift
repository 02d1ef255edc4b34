/// Speaker phrases made into speakers: pronouns, names, organisations and
/// people referred back to, groups and unnamed sources.
extension Attributor {
    /// Turns a speaker phrase into a speaker: a pronoun, a name, or a description.
    /// Pure: what it learns (the forms of the name, a statement's day) travels
    /// in the result. `statements` is false while "the statement" is itself
    /// being resolved, so that the search does not recurse.
    func resolve(_ phrase: [Token], p: Int, offset: Int, statements: Bool = true) -> ResolvedSpeaker? {
        var words = phrase.filter(\.isWord)
        guard !words.isEmpty else { return nil }
        if words.count == 1, let pronoun = Lexicon.pronouns.contains(words[0].lower) ? words[0].lower : Lexicon.contractedPronoun(words[0].lower) {
            // Before the pronoun itself, not only before the quote: "He said Reyes is a single
            // father …" cannot take its "he" from the words after it.
            guard var speaker = resolvePronoun(pronoun, p: p, offset: min(offset, words[0].start)) else { return nil }
            speaker.via = .pronoun
            return speaker
        }
        // Drop a leading pronoun-free clause word like "while".
        while let first = words.first, ["while", "but", "and", "as"].contains(first.lower) { words.removeFirst() }
        if var reference = definiteReference(words, p: p, offset: offset, statements: statements) ?? personReference(words, p: p, offset: offset) {
            reference.via = .reference
            return reference
        }
        // A name takes no indefinite article: "an Ohio Democrat", "another Texas Republican",
        // "one GOP operative" are unnamed sources, described whole.
        // (A name the article gives in full after an adjective stays the name: "a skeptical Dana Reyes".)
        if words.count >= 2, Lexicon.indefiniteOpeners.contains(words[0].lower), words.dropFirst().contains(where: \.isCapitalized),
           !words.contains(where: \.isShouted) {
            if let described = description(words), described.type == .anonymous { return described }
            let tail = words.reversed().prefix { $0.isCapitalized }.reversed().map(\.bare).joined(separator: " ")
            let head = words.last?.lower ?? ""
            if words.last?.isCapitalized == true, names.fullName(for: tail) == nil
                || Self.personNouns.contains(head) || Lexicon.anonymousHeads.contains(head) {
                return ResolvedSpeaker(name: words.map(\.text).joined(separator: " "), role: nil, type: .anonymous, via: .description)
            }
        }
        let capitalised = words.filter { $0.isCapitalized && !SpeakerWords.notNames.contains($0.lower) }
        if !capitalised.isEmpty {
            // Keep the capitalised run at the end of the phrase (with its title words).
            var run: [Token] = []
            for w in words.reversed() {
                if w.isCapitalized || ["of", "the", "and"].contains(w.lower) || Lexicon.nameParticles.contains(w.lower) { run.insert(w, at: 0) } else { break }
            }
            // A common word that opens a place's name stays ("New Jersey Democrats", "North Korean officials").
            while let first = run.first, ["of", "the", "and"].contains(first.lower)
                || names.isCommonWord(first.text) && run.count > 1 && !Lexicon.placeOpeners.contains(first.lower) {
                run.removeFirst()
            }
            // Headlines and labels in capitals throughout are not names.
            if run.contains(where: \.isShouted) { return nil }
            // A surname the article gave in full, even one that is also a title word ("said King").
            if run.count == 1, let full = names.fullName(for: run[0].bare), full.utf8.contains(UInt8(ascii: " ")) {
                return ResolvedSpeaker(name: full, role: names.roles[full], type: .person, via: .shortForm,
                                       forms: Self.forms([run[0].bare], of: full))
            }
            // "New Jersey Democrats", "Senate Republicans": capitalised words before a group noun make a group.
            if run.count >= 2, let last = run.last, Lexicon.groupHeads.contains(last.lower), let group = groupPhrase(words) {
                return group
            }
            if let parsed = NameIndex.parse(run) {
                if parsed.type == .person {
                    let full = names.fullName(for: parsed.name) ?? parsed.name
                    let via: SpeakerEvidence = full != parsed.name ? .shortForm
                        : full.utf8.contains(UInt8(ascii: " ")) ? .name : .singleName
                    // Lower-case title words just before the name ("economist Laura Chen").
                    let before = words.prefix { $0.start < (run.first?.start ?? 0) }
                    var titles = Array(before.reversed().prefix { !$0.isCapitalized && Lexicon.titleWords.contains($0.lower) })
                    // The team or body the title belongs to, capitalised before it ("Yankees manager Aaron Boone").
                    if !titles.isEmpty {
                        titles += before.reversed().dropFirst(titles.count).prefix(AttributionLimits.titleOwnerWords).prefix {
                            $0.isWord && $0.isCapitalized && !Self.isStopWord([$0], 0) && !Lexicon.cueVerbs.contains($0.lower)
                                && DateText.months[$0.lower] == nil && !DateText.weekdays.contains($0.lower)
                        }
                    }
                    let spelled = titles.isEmpty ? nil : titles.reversed().map(\.text).joined(separator: " ")
                    return ResolvedSpeaker(name: full, role: parsed.role ?? spelled ?? names.roles[full], type: .person, via: via,
                                           forms: Self.forms([run.map(\.bare).joined(separator: " "), parsed.name], of: full))
                }
                // "the Post" after "The Washington Post": the one organisation that ends so, named in full first.
                if parsed.type == .organisation {
                    let longer = names.organisations.filter { $0.count > parsed.name.count && $0.hasSuffix(" " + parsed.name) }
                    func firstMention(_ name: String) -> (Int, Int)? {
                        names.organisationMentions.first { $0.name == name }.map { ($0.paragraph, $0.offset) }
                    }
                    if longer.count == 1, let full = longer.first, let introduced = firstMention(full),
                       firstMention(parsed.name).map({ introduced < $0 }) ?? true {
                        return ResolvedSpeaker(name: full.hasPrefix("The ") ? String(full.dropFirst(4)) : full, role: nil, type: .organisation,
                                               via: .shortForm, forms: Self.forms([parsed.name], of: full))
                    }
                }
                return ResolvedSpeaker(name: parsed.name, role: nil, type: parsed.type, via: .description)
            }
            if let group = groupPhrase(words) { return group }
            // "a career Army officer": capitals inside a description ending in lower case.
            if run.isEmpty { return description(words) }
            return nil
        }
        // A user name ("elmo666", "jayk1984") stands for a person.
        if let handle = words.last, handle.text.contains(where: \.isNumber), handle.text.contains(where: \.isLetter),
           words.count <= 2 {
            return ResolvedSpeaker(name: handle.text, role: nil, type: .person, via: .singleName)
        }
        return description(words)
    }

    /// "the company", "the production company": the organisation named last,
    /// within three paragraphs. "The statement": whoever the nearest sentence
    /// before it that speaks of a statement has as its subject ("Big Machine
    /// Records issued a statement", "The company denied it in a statement"),
    /// else the organisation named last. Nil when nothing fits: the phrase is
    /// then read as a description.
    func definiteReference(_ words: [Token], p: Int, offset: Int, statements: Bool) -> ResolvedSpeaker? {
        guard words.count >= 2, words.count <= 4, ["the", "its"].contains(words[0].lower),
              let head = words.dropFirst().first(where: { Lexicon.organisationNouns.contains($0.lower) || $0.lower == "statement" }),
              words.dropFirst().allSatisfy({ !$0.isCapitalized }) else { return nil }
        if head.lower == "statement", statements {
            for (q, s) in sentencesBefore(p: p, offset: offset, within: 3) {
                let tokens = paragraphs[q].tokens[s].filter { !$0.quoted }
                guard let at = tokens.firstIndex(where: { $0.lower == "statement" || $0.lower == "statements" }),
                      let subject = sentenceSubject(Array(tokens[..<at])), subject.first?.lower != "the" || subject.count > 1,
                      !(subject.count >= 2 && subject[1].lower == "statement"),
                      var speaker = resolve(subject, p: q, offset: tokens.first?.start ?? 0, statements: false),
                      speaker.type == .organisation || speaker.type == .person else { continue }
                // The statement was made on the day that sentence names ("On Monday, … issued a statement").
                speaker.statementDay = dayNamed(in: tokens.filter(\.isWord).map(\.text).joined(separator: " "), updated: true)
                return speaker
            }
        }
        // "the conservation department": the organisation whose name holds every word of it
        // ("New Zealand Department of Conservation"), the fullest of them.
        if words.count >= 3 {
            let wanted = words.dropFirst().map(\.lower)
            let holding = names.organisations.filter { org in
                let held = Set(org.lowercased().split(separator: " ").map(String.init))
                return wanted.allSatisfy(held.contains)
            }
            if let fullest = holding.max(by: { $0.count < $1.count }) {
                return ResolvedSpeaker(name: fullest.hasPrefix("The ") ? String(fullest.dropFirst(4)) : fullest, role: nil,
                                       type: .organisation, via: .reference)
            }
        }
        // "the mayor’s office", "the governor’s press office": the office of the holder named in
        // the phrase, not the organisation named last; ``description(_:)`` keeps it whole.
        if head.lower != "statement", words[..<words.count].contains(where: { $0.isPossessive }) { return nil }
        guard let name = names.organisation(before: p, offset: offset) else { return nil }
        return ResolvedSpeaker(name: name, role: nil, type: .organisation, via: .reference)
    }

    /// Nouns by which an article refers back to a person it has named ("the
    /// Conservative MP said", "the actress said", "the 32-year-old said"). Unnamed
    /// sources' nouns (spokesman, official) are left out: they often stand for
    /// someone the article never names.
    static let personNouns: Set<String> = Lexicon.personNouns

    /// "the Conservative MP", "the actress": within two paragraphs, the person
    /// last named whose role holds the noun ("President Barack Obama" for "the
    /// president"), else the person last named as a subject, of the noun's
    /// gender where it has one. A title one holder bears ("the king", "the
    /// pope": ``Lexicon/heldTitles``) takes only a person named with it.
    func personReference(_ words: [Token], p: Int, offset: Int) -> ResolvedSpeaker? {
        guard (2...5).contains(words.count), words[0].lower == "the", let head = words.last else { return nil }
        let held = Lexicon.heldTitles.contains(head.lower) && !Self.personNouns.contains(head.lower)
        guard held || Self.personNouns.contains(head.lower) || head.lower.hasSuffix("-year-old") else { return nil }
        let gender = NameIndex.genderedNouns[head.lower]
        let candidates = names.mentions(before: p, offset: offset, within: 2)
        // "the president": first someone whose role holds the noun ("President Barack Obama").
        let titled = candidates.first { m in
            names.roles[m.name].map { $0.lowercased().split(separator: " ").contains(Substring(head.lower)) } ?? false
        }
        guard let m = titled ?? (held ? nil : candidates.first(where: { $0.isSubject && names.fits($0.name, gender) })) else {
            return nil
        }
        return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
    }

    /// The sentences before `offset` in paragraph `p` and the `within` paragraphs
    /// before it, nearest first.
    func sentencesBefore(p: Int, offset: Int, within: Int) -> [(Int, Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        for q in stride(from: p, through: max(0, p - within), by: -1) {
            let para = paragraphs[q]
            for s in para.sentences.reversed() where q < p || (para.tokens[safe: s.lowerBound]?.start ?? 0) < offset {
                result.append((q, s))
            }
        }
        return result
    }

    /// A group ("U.S. and Ukrainian officials") ending in a group noun.
    func groupPhrase(_ words: [Token]) -> ResolvedSpeaker? {
        guard let head = words.last, Lexicon.groupHeads.contains(head.lower) else { return nil }
        var phrase = words
        while let first = phrase.first, ["the", "some", "many", "several"].contains(first.lower) { phrase.removeFirst() }
        return ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .group, via: .description)
    }

    /// An unnamed source, a group or a document described in lower case.
    func description(_ words: [Token]) -> ResolvedSpeaker? {
        guard var head = words.last?.lower else { return nil }
        // "one person during public comment": the head stands near the front.
        if !Lexicon.anonymousHeads.contains(head), !Lexicon.groupHeads.contains(head), !Lexicon.documentHeads.contains(head),
           let early = words.prefix(3).last(where: { Lexicon.anonymousHeads.contains($0.lower) }), words.count <= 10 {
            head = early.lower
            return ResolvedSpeaker(name: words.map(\.text).joined(separator: " "), role: nil, type: .anonymous, via: .description)
        }
        if Lexicon.groupHeads.contains(head) { return groupPhrase(words) }
        let text = words.map(\.text).joined(separator: " ")
        // "the mayor’s office", "the governor’s press office": an office or body described by its
        // holder, kept whole (as the gold keeps "Swift's rep"), an organisation.
        if Lexicon.organisationNouns.contains(head), (2...5).contains(words.count), let first = words.first,
           Lexicon.articles.contains(first.lower), words.dropFirst().dropLast().contains(where: \.isPossessive),
           words.dropFirst().allSatisfy({ !$0.isCapitalized }) {
            return ResolvedSpeaker(name: text, role: nil, type: .organisation, via: .description)
        }
        if Lexicon.documentHeads.contains(head), words.count <= 5 {
            return ResolvedSpeaker(name: text, role: nil, type: .document, via: .description)
        }
        // "a second vice-chancellor", "one senior economist": a role after an indefinite determiner.
        let role = head.split(separator: "-").last.map(String.init) ?? head
        if !Lexicon.anonymousHeads.contains(head), Lexicon.titleWords.contains(role), words.count <= 5,
           let first = words.first, ["a", "an", "one", "another"].contains(first.lower) {
            return ResolvedSpeaker(name: text, role: nil, type: .anonymous, via: .description)
        }
        if Lexicon.anonymousHeads.contains(head), words.count <= 7 {
            // "the insider" after "an insider": the same source.
            if words.first?.lower == "the", let earlier = unnamedSpeakers.last(where: { $0.lowercased().hasSuffix(" " + head) }) {
                return ResolvedSpeaker(name: earlier, role: nil, type: .anonymous, via: .description)
            }
            return ResolvedSpeaker(name: text, role: nil, type: .anonymous, via: .description)
        }
        return nil
    }

    static let femaleNouns: Set<String> = Lexicon.femaleNouns
    static let maleNouns: Set<String> = Lexicon.maleNouns

    /// "one mother", "a woman", "another man" in the unquoted text of paragraph `p` before `offset`,
    /// matching the pronoun's gender: the last one.
    func unnamedPerson(before offset: Int, in p: Int, pronoun: String) -> (description: String, offset: Int)? {
        let nouns = pronoun == "she" ? Self.femaleNouns : Self.maleNouns
        let tokens = paragraphs[p].tokens.filter { $0.end <= offset && !$0.quoted && $0.isWord }
        var found: (String, Int)?
        for (k, t) in tokens.enumerated() where nouns.contains(t.lower) {
            var start = k
            while start > 0, k - start < 3, !["one", "a", "an", "another"].contains(tokens[start].lower) { start -= 1 }
            guard ["one", "a", "an", "another"].contains(tokens[start].lower),
                  tokens[start...k].dropFirst().allSatisfy({ !$0.isCapitalized }) else { continue }
            found = (tokens[start...k].map(\.text).joined(separator: " "), t.start)
        }
        return found
    }

    /// Resolves he/she to the last person named, they to the last group.
    func resolvePronoun(_ pronoun: String, p: Int, offset: Int) -> ResolvedSpeaker? {
        switch pronoun {
        case "he", "she":
            // Only people the article shows with this gender, or with none.
            let gender = Gender(pronoun: pronoun)
            let candidates = names.mentions(before: p, offset: offset).filter { names.fits($0.name, gender) }
            // A person named earlier in the same paragraph, after the last speaker's quote:
            // the nearest subject, else the nearest mention ("In Hajjaj’s case, she decided").
            let sameParagraph = candidates.filter { m in
                m.paragraph == p && (last.map { ($0.paragraph, $0.offset) < (m.paragraph, m.offset) } ?? true)
            }
            // An unnamed person described in this paragraph, after any name ("WIRED spoke to one mother, …").
            if let unnamed = unnamedPerson(before: offset, in: p, pronoun: pronoun),
               sameParagraph.allSatisfy({ $0.offset < unnamed.offset }) {
                return ResolvedSpeaker(name: unnamed.description, role: nil, type: .anonymous, via: .description)
            }
            if let m = sameParagraph.first(where: \.isSubject) {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            // A name in passing after this paragraph's last quote ("Her heartbreak over Ford’s
            // death …, “…,” she said") does not take the pronoun from the speaker just quoted.
            if let last, last.paragraph == p, last.speaker.type == .person, names.fits(last.speaker.name, gender) {
                return last.speaker
            }
            if let m = sameParagraph.first {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            // The last speaker, unless another person has since become the subject.
            if let last, last.speaker.type == .person, p - last.paragraph <= 2, names.fits(last.speaker.name, gender) {
                if let m = candidates.first(where: { $0.isSubject && ($0.paragraph, $0.offset) > (last.paragraph, last.offset) && $0.name != last.speaker.name }) {
                    return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
                }
                return last.speaker
            }
            if let m = candidates.first(where: \.isSubject) ?? candidates.first {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            if let last, last.speaker.type == .person, names.fits(last.speaker.name, gender) { return last.speaker }
            return nil
        case "they":
            if let group = lastGroup(before: p, offset: offset) { return group }
            // Singular "they": a person who is the subject earlier in the paragraph.
            if let m = names.mentions(before: p, offset: offset).first(where: { $0.paragraph == p && $0.isSubject }) {
                return ResolvedSpeaker(name: m.name, role: names.roles[m.name], type: .person)
            }
            if let last, last.speaker.type != .person { return last.speaker }
            return nil
        case "it":
            if let last, last.speaker.type == .organisation || last.speaker.type == .document { return last.speaker }
            // "The agency warned …. “…,” it said": the organisation the text has just named.
            if let name = names.organisation(before: p, offset: offset) {
                return ResolvedSpeaker(name: name, role: nil, type: .organisation, via: .reference)
            }
            return nil
        default:
            return nil
        }
    }

    /// The last group phrase in the sentence or the one before it.
    func lastGroup(before p: Int, offset: Int) -> ResolvedSpeaker? {
        let para = paragraphs[p]
        let sentenceStart = para.sentence(containing: offset).flatMap { para.tokens[safe: $0.lowerBound]?.start } ?? 0
        let tokens = para.tokens.filter { $0.end <= offset && $0.start >= sentenceStart && !$0.quoted }
        guard let g = tokens.indices.last(where: { tokens[$0].isWord && Lexicon.groupNouns.contains(tokens[$0].lower) }) else { return nil }
        var phrase: [Token] = [tokens[g]]
        var j = g - 1
        while j >= 0, tokens[j].isWord {
            let w = tokens[j]
            if w.isCapitalized || (w.lower == "and" && isGroupConjunction(tokens, j)) || ["senior", "local", "federal", "state", "top", "other", "foreign", "military", "government", "administration", "health", "police", "election", "security"].contains(w.lower) {
                phrase.insert(w, at: 0); j -= 1
            } else { break }
        }
        return ResolvedSpeaker(name: phrase.map(\.text).joined(separator: " "), role: nil, type: .group, via: .description)
    }

    /// The forms of `name` among `written`: neither empty nor the name itself.
    static func forms(_ written: [String], of name: String) -> [String] {
        var forms: [String] = []
        for form in written where !form.isEmpty && form != name && !forms.contains(form) { forms.append(form) }
        return forms
    }
}
