/// The people an article names, so that "Trump" resolves to "Donald Trump"
/// and "he" to the right person.
///
/// Built in two passes over the unquoted text: first the capitalised runs of
/// two or more name words that look like people (not preceded by "the", no
/// place or organisation words, not in capitals throughout); then single
/// surnames ("Skaik paused") and honorific forms ("Mr Assange") of the names
/// found, so that every mention of a person has a position.
struct NameIndex {
    struct Mention {
        var paragraph: Int
        var offset: Int
        var name: String
        var role: String?
        /// The mention opens a clause and is followed by a verb ("Skaik paused").
        var isSubject: Bool
    }

    /// Full names in order of first appearance.
    var fullNames: [String] = []
    /// The words of each of `fullNames`, split once.
    var fullNameWords: [[Substring]] = []
    /// A role per full name, from its first mention that had one.
    var roles: [String: String] = [:]
    /// Every person mention, in text order.
    var mentions: [Mention] = []
    /// Organisations named in full ("Big Machine Records"), in order of first appearance.
    var organisations: [String] = []
    /// Every mention of an organisation, full or short ("Big Machine"), in text order.
    var organisationMentions: [(paragraph: Int, offset: Int, name: String, isSubject: Bool)] = []
    /// Each person's gender, where the article's words show it (see ``genders(of:in:)``).
    private(set) var genders: [String: Gender] = [:]
    /// Single names seen right before a cue verb, resolved after pass one.
    private var singles: [(paragraph: Int, offset: Int, name: String)] = []

    /// Words that make a capitalised run a place or an organisation, not a person.
    static let placeWords: Set<String> = [
        "strip", "road", "area", "states", "state", "division", "control", "beach", "county", "river", "street",
        "avenue", "city", "valley", "island", "islands", "bay", "park", "mountain", "mountains", "lake", "sea",
        "ocean", "coast", "district", "province", "region", "republic", "kingdom", "emirates", "east", "west",
        "north", "south", "central", "united", "new", "hospital", "airport", "station", "square", "bridge",
        "hall", "center", "centre", "museum", "church", "camp", "crossing", "border", "gulf", "canal", "forest",
        "desert", "peninsula", "county", "borough", "township", "village", "tower", "building", "capitol",
        "records", "productions", "studios", "media", "entertainment", "games", "cup", "league", "series",
        "prize", "award", "awards", "festival", "day", "week", "act", "bill", "amendment", "treaty", "plan",
        "war", "initiative", "program", "programme", "project", "fund", "index", "exchange", "street", "wall",
        "market", "markets", "energy", "airlines", "motors", "technologies", "labs", "network", "resolve",
        "operation", "forces", "force", "guard", "corps", "brigade", "regiment", "squad", "team", "club",
        "international", "report", "study", "survey", "review", "journal", "magazine", "times", "post", "news",
        "daily", "weekly", "press", "party", "court", "council", "committee", "commission", "agency", "office",
        "ministry", "department", "university", "college", "school", "institute", "foundation", "association",
        "union", "company", "group", "bank", "watch", "desk", "online", "tv", "radio", "track", "service", "services",
        "san", "los", "las", "santa", "fort", "port", "mount", "saint", "harbour", "harbor", "marina", "pier", "wharf",
        "quay", "lagoon", "reef", "falls", "creek", "canyon", "glacier", "heights", "hills", "springs", "farm", "ranch",
    ]

    /// Words the article also writes in lower case: not name words when they
    /// open a sentence ("Maybe Instagram …").
    private var lowercaseWords: Set<String> = []

    /// Builds the index from the article's paragraphs.
    init(paragraphs: [AnalysedParagraph]) {
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for k in tokens.indices where tokens[k].isWord && !tokens[k].isCapitalized { lowercaseWords.insert(tokens[k].text) }
        }
        for (index, paragraph) in paragraphs.enumerated() { scanRuns(paragraph.tokens, paragraph: index) }
        mergeTrailingForms()
        let surnames = surnameTable()
        let owners = surnameOwners()
        for (index, paragraph) in paragraphs.enumerated() {
            scanSurnames(paragraph.tokens, paragraph: index, surnames: surnames, owners: owners)
        }

        mentions.sort { ($0.paragraph, $0.offset) < ($1.paragraph, $1.offset) }
        genders = Self.genders(of: mentions, in: paragraphs)
        scanOrganisationShortForms(paragraphs)
    }

    /// Whether `name` may be the person a pronoun of `gender` stands for: the
    /// article shows the same gender for it, or none.
    func fits(_ name: String, _ gender: Gender?) -> Bool {
        guard let gender, let known = genders[name] else { return true }
        return known == gender
    }

    /// Whether a name's lower-cased words name a place or a thing rather than a
    /// person ("Gaza Strip", "Affordable Care Act"): one of them is a word of
    /// ``placeWords``, but for a first word that is a known given name ("Bill
    /// Gates", "Bill de Blasio": "bill" is also a thing's word).
    static func namesAPlace(_ words: [String]) -> Bool {
        words.indices.contains { i in
            placeWords.contains(words[i]) && !(i == 0 && words.count >= 2 && GivenNames.isKnown(words[i]))
        }
    }

    /// Particles inside a person's name ("Ludwig van Beethoven", "Maria de la Cruz").
    private static let nameConnectors: Set<String> = Lexicon.nameParticles

    /// The surname among a name's words: the last one, or the one before a
    /// generational suffix ("Kennedy" in "Robert F. Kennedy Jr.").
    static func surname<Word: StringProtocol>(_ words: [Word]) -> Word? {
        guard let last = words.last else { return nil }
        if words.count >= 3, Lexicon.nameSuffixes.contains(last.lowercased()) { return words[words.count - 2] }
        return last
    }

    /// Whether the lower-case word at `m` joins a name to the capitalised word after it,
    /// directly or through a second particle ("de la Cruz", "van der Berg").
    static func connects(_ tokens: [Token], at m: Int) -> Bool {
        guard nameConnectors.contains(tokens[m].lower), let next = tokens[safe: m + 1], next.isWord else { return false }
        if next.isCapitalized { return true }
        return nameConnectors.contains(next.lower) && tokens[safe: m + 2].map { $0.isWord && $0.isCapitalized } == true
    }

    /// Pass one: runs of capitalised words that name a person.
    private mutating func scanRuns(_ tokens: [Token], paragraph: Int) {
        var k = 0
        while k < tokens.count {
            guard tokens[k].isWord, !tokens[k].quoted, tokens[k].isCapitalized else { k += 1; continue }
            var run: [Token] = []
            var m = k
            while m < tokens.count, tokens[m].isWord, !tokens[m].quoted,
                  tokens[m].isCapitalized || Self.connects(tokens, at: m) {
                run.append(tokens[m])
                m += 1
                if run.last?.isPossessive == true { break }
            }
            defer { k = max(m, k + 1) }
            let previous = k > 0 ? tokens[k - 1] : nil
            // The run is parsed once here; again below only if its first word goes.
            let whole = NameIndex.parse(run)
            if let org = whole, org.type == .organisation, !run.contains(where: \.isShouted) {
                recordOrganisation(org.name, paragraph: paragraph, offset: run[0].start, isSubject: Self.isSubject(tokens, from: k, to: m))
                // "the Department of Conservation", "Ministry of the Interior": an organisation
                // noun's "of" phrase belongs to its name.
                if let last = run.last, Lexicon.organisationNouns.contains(last.lower), m + 1 < tokens.count, tokens[m].lower == "of" {
                    let the = tokens[m + 1].lower == "the"
                    let tail = tokens[(m + (the ? 2 : 1))...].prefix { $0.isWord && !$0.quoted && $0.isCapitalized && !$0.isShouted }
                    if !tail.isEmpty {
                        let name = org.name + " of " + (the ? "the " : "") + tail.map(\.bare).joined(separator: " ")
                        recordOrganisation(name, paragraph: paragraph, offset: run[0].start, isSubject: Self.isSubject(tokens, from: k, to: m))
                    }
                }
            }
            // "Deputy Director of Public Prosecution Eva-Marie Persson": the run completes the
            // title before "of" and names the person after it.
            if let titleStart = Self.titleBeforeOf(tokens, at: k) {
                if let parsed = NameIndex.parse(Array(tokens[titleStart..<m])), parsed.type == .person, !run.contains(where: \.isShouted) {
                    let words = SpaceSplit.words(parsed.name).map { $0.lowercased() }
                    if words.count >= 2, words.count <= 4, !Self.namesAPlace(words) {
                        record(parsed.name, role: parsed.role, paragraph: paragraph, offset: tokens[titleStart].start,
                               isSubject: Self.isSubject(tokens, from: titleStart, to: m))
                    }
                }
                continue
            }
            if previous?.lower == "the" {
                // "the Labour MP Jane Doe": a name behind a title is a person; else "the Trump
                // administration", "the Smith family" are no mention.
                if let parsed = whole, parsed.type == .person, parsed.role != nil, !run.contains(where: \.isShouted) {
                    let words = SpaceSplit.words(parsed.name).map { $0.lowercased() }
                    if words.count >= 2, words.count <= 4, !Self.namesAPlace(words) {
                        record(parsed.name, role: parsed.role, paragraph: paragraph, offset: run[0].start,
                               isSubject: Self.isSubject(tokens, from: k - 1, to: m))
                    }
                }
                continue
            }
            var trimmed = false
            // A sentence-opening word the article also writes in lower case is not a name
            // (a title word stays: "President Barack Obama met …" keeps its role).
            if previous == nil || previous.map({ !$0.isWord && [".", "“", "\"", "(", ":"].contains($0.text) }) == true,
               lowercaseWords.contains(run[0].lower), !Lexicon.titleWords.contains(run[0].lower) {
                run.removeFirst()
                trimmed = true
                if run.isEmpty { continue }
            }
            // A single name right before a cue verb is a speaker ("ScreamMyName told me").
            if run.count == 1, m < tokens.count, tokens[m].isWord, !tokens[m].isCapitalized, Lexicon.cueVerbs.contains(tokens[m].lower),
               let only = run.first, only.text.count > 2, !only.isShouted,
               !SpeakerWords.notNames.contains(only.lower), !Self.placeWords.contains(only.lower),
               !SpeakerWords.organisation.contains(only.lower) {
                singles.append((paragraph, only.start, only.bare))
                continue
            }
            guard var parsed = trimmed ? NameIndex.parse(run) : whole, parsed.type == .person else { continue }
            parsed.name = trimmingCommonWords(parsed.name)
            let words = SpaceSplit.words(parsed.name).map { $0.lowercased() }
            guard words.count >= 2, words.count <= 4, !Self.namesAPlace(words),
                  !run.contains(where: \.isShouted) else { continue }
            record(parsed.name, role: parsed.role, paragraph: paragraph, offset: run[0].start,
                   isSubject: Self.isSubject(tokens, from: k, to: m))
        }
    }

    /// The full name each surname stands for, from the names pass one found.
    private func surnameTable() -> [String: String] {
        var surnames: [String: String] = [:]
        for full in fullNames {
            guard let last = Self.surname(SpaceSplit.words(full)).map(String.init) else { continue }
            if surnames[last] == nil { surnames[last] = full }
        }
        // Single names seen as speakers ("ScreamMyName told me") are mentioned everywhere they stand.
        for single in singles where surnames[single.name] == nil {
            surnames[single.name] = fullName(for: single.name) ?? single.name
        }
        return surnames
    }

    /// Pass two: single surnames and honorific forms of names already found.
    private mutating func scanSurnames(_ tokens: [Token], paragraph: Int, surnames: [String: String], owners: [String: [String]]) {
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            // The tests read the token in place; only a surname is copied (a token's copy costs three retains).
            guard tokens[k].isWord, !tokens[k].quoted, tokens[k].isCapitalized, var full = surnames[tokens[k].bare] else { continue }
            let t = tokens[k]
            // "Mrs Gale" after "John Gale" and "Ellen Gale": the honorific picks the person.
            if k > 0, Lexicon.honorifics.contains(tokens[k - 1].lower),
               let titled = longerName(endingWith: [Substring(tokens[k - 1].bare), Substring(t.bare)]) {
                full = titled
            }
            // Skip the surname inside a full name itself ("Donald Trump"; "Ellen Gille" after "John Gille").
            let sharing = owners[t.bare] ?? [full]
            if k > 0, sharing.contains(where: { name in
                let parts = SpaceSplit.words(name)
                return parts.count >= 2 && tokens[k - 1].bare == parts[parts.count - 2]
            }) { continue }
            if k == 0 || !Lexicon.honorifics.contains(tokens[k - 1].lower),
               let chosen = sharedSurnameChoice(sharing, default: full, tokens: tokens, at: k, paragraph: paragraph, surnames: surnames) {
                full = chosen
            }
            if k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].isCapitalized, !t.isPossessive { continue }
            mentions.append(Mention(paragraph: paragraph, offset: t.start, name: full, role: roles[full],
                                    isSubject: Self.isSubject(tokens, from: k, to: k + 1)))
        }
    }

    /// Whether the name at `from..<to` opens a clause and is followed by a verb-like word.
    static func isSubject(_ tokens: [Token], from: Int, to originalTo: Int) -> Bool {
        // "Rep. Robert Aderholt (R-AL), ranking member …, pushed": the parenthesis is skipped.
        var to = originalTo
        if tokens[safe: to]?.text == "(", let close = tokens[to...].firstIndex(where: { $0.text == ")" }), close - to <= 6 {
            to = close + 1
        }
        guard to < tokens.count, tokens[to].isWord, !tokens[to].isCapitalized, !tokens[from..<to].contains(where: \.isPossessive) else {
            // "Smith, a lawyer, said": an apposition after the name keeps it a subject, also after
            // a title that opens the sentence ("Wild defenseman Ryan Suter, who …, could see").
            if to < tokens.count, tokens[to].text == ",", from == 0 || !tokens[from - 1].isWord || opensSentenceWithTitle(tokens, before: from) {
                return true
            }
            return false
        }
        let next = tokens[to].lower
        if ["of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by"].contains(next) { return false }
        guard from > 0 else { return true }
        let before = tokens[from - 1]
        return !before.isWord || ["and", "but", "when", "as", "while", "after", "before", "because", "then", "that"].contains(before.lower)
            || Lexicon.titleWords.contains(before.lower) || Lexicon.honorifics.contains(before.lower)
    }

    /// Whether the words before `from` are a title, with capitalised modifiers,
    /// that opens the sentence ("Wild defenseman", "Transportation chief").
    static func opensSentenceWithTitle(_ tokens: [Token], before from: Int) -> Bool {
        var j = from - 1
        var title = false
        while j >= 0, tokens[j].isWord, !tokens[j].quoted {
            if !tokens[j].isCapitalized {
                guard isRoleWord(tokens[j].lower) else { return false }
                title = true
            }
            j -= 1
        }
        return title && (j < 0 || [".", "“", "\"", "(", ":", "—", "–"].contains(tokens[j].text))
    }

    /// Where the title starts when the capitalised run at `k` follows "TITLE of"
    /// or "TITLE of the" ("Director of Public Prosecution …", "Chancellor of the
    /// Exchequer …"), else nil.
    static func titleBeforeOf(_ tokens: [Token], at k: Int) -> Int? {
        var j = k - 1
        if tokens[safe: j]?.lower == "the" { j -= 1 }
        guard j >= 1, tokens[j].lower == "of", tokens[j - 1].isWord, tokens[j - 1].isCapitalized, !tokens[j - 1].quoted,
              isRoleWord(tokens[j - 1].lower) else { return nil }
        var start = j - 1
        while start > 0, tokens[start - 1].isWord, !tokens[start - 1].quoted {
            if tokens[start - 1].isCapitalized { start -= 1; continue }
            // "U.S. Attorney for the District of …": a title before "for"/"of" ("the") heads the role.
            var c = start - 1
            while c >= 0, ["for", "of", "the"].contains(tokens[c].lower) { c -= 1 }
            guard c >= 0, c < start - 1, tokens[c].isWord, tokens[c].isCapitalized, !tokens[c].quoted, isRoleWord(tokens[c].lower) else { break }
            start = c
        }
        return start
    }

    mutating func record(_ name: String, role: String?, paragraph: Int, offset: Int, isSubject: Bool) {
        if !fullNames.contains(name) {
            fullNames.append(name)
            fullNameWords.append(SpaceSplit.words(name))
        }
        if let role, roles[name] == nil { roles[name] = role }
        mentions.append(Mention(paragraph: paragraph, offset: offset, name: name, role: role, isSubject: isSubject))
    }

    /// Splits a capitalised run into role words and name words.
    /// Endings that make a capitalised word an adjective ("Kroger-owned", "Seattle-based").
    static let adjectiveEndings = ["-based", "-owned", "-led", "-backed", "-born", "-made", "-run", "-funded", "-controlled", "-style", "-era"]

    static func parse(_ run: [Token]) -> (name: String, role: String?, type: SpeakerType)? {
        // "Kroger-owned QFC", "Mercer Island-based": a compound adjective, not a name.
        if run.contains(where: { t in t.text.utf8.contains(UInt8(ascii: "-")) && adjectiveEndings.contains { t.lower.hasSuffix($0) } }) {
            return nil
        }
        var words = run.map(\.bare)
        // Each word lower-cased once, kept beside `words` index for index.
        var lower = words.map { $0.lowercased() }
        // "He Jianxiong": the family name He before a given name is kept.
        let familyNameHe = lower.count == 2 && lower[0] == "he" && !SpeakerWords.notNames.contains(lower[1])
        while !familyNameHe, let first = lower.first, SpeakerWords.notNames.contains(first), !Lexicon.honorifics.contains(first) {
            words.removeFirst()
            lower.removeFirst()
        }
        // "Replied Dana Reyes", "Ask Omar Haddad": a verb opening the sentence is not a name word.
        if words.count >= 3, Lexicon.cueVerbs.contains(lower[0]), !isRoleWord(lower[0]),
           !lower.contains(where: { SpeakerWords.organisation.contains($0) || placeWords.contains($0) }) {
            words.removeFirst()
            lower.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        // The role is a prefix of title words, adjectives and possessives ("Russia’s
        // Foreign Minister", "U.S. Secretary of the Army"); the name follows it.
        let possessive = Set(run.filter(\.isPossessive).map(\.bare))
        var lastTitle = -1
        for (i, w) in words.enumerated() {
            let l = lower[i]
            if isRoleWord(l) {
                lastTitle = i
            } else if l == "of" || l == "the" || SpeakerWords.isAdjectival(w) || possessive.contains(w) {
                continue
            } else {
                break
            }
        }
        // A title further in ("South Korean President Yoon Suk Yeol") still ends the role.
        // ("Martin Luther King III": a surname before a generational suffix is no title.)
        if let later = words.indices.last(where: { i in
            let l = lower[i]
            return i > lastTitle && i < words.count - 1 && isRoleWord(l)
                && !lower[(i + 1)...].allSatisfy(Lexicon.nameSuffixes.contains)
        }), words.count - later - 1 <= 4 {
            lastTitle = later
        }
        // Adjectives before the title are part of the role ("French President").
        var roleWords = lastTitle >= 0 ? Array(words[...lastTitle]) : []
        var nameWords = Array(words[(lastTitle + 1)...])
        if lastTitle < 0, nameWords.count >= 3, SpeakerWords.isAdjectival(nameWords[0]) || possessive.contains(nameWords[0]) {
            roleWords = [nameWords.removeFirst()]
        }
        // "Deputy Director of Public Prosecution Eva-Marie Persson": the title's complement
        // runs up to the person's name.
        if lastTitle >= 0, nameWords.first == "of" {
            let (complement, name) = splitComplement(nameWords)
            roleWords += complement
            nameWords = name
        }
        // "Massachusetts Joshua Levy", "Ukraine Kurt Volker", "Harbour Board Lou Baker": places,
        // organisation words and titles before a common given name belong to the role.
        if nameWords.count >= 3,
           let k = nameWords.indices.dropFirst().first(where: { GivenNames.isKnown(nameWords[$0]) }), nameWords.count - k >= 2,
           nameWords[..<k].allSatisfy(isRoleLike) {
            roleWords += nameWords[..<k]
            nameWords = Array(nameWords[k...])
        }
        // "Jane Smith of Ohio": the name ends before "of".
        if let of = nameWords.firstIndex(where: { $0 == "of" }), of > 0 { nameWords = Array(nameWords[..<of]) }
        // A single name keeps its honorific: "Dr. Feel" is the fullest name the article gives.
        let honorific = words.indices.first(where: { Lexicon.honorifics.contains(lower[$0]) }).map { words[$0] }
        roleWords.removeAll { Lexicon.honorifics.contains($0.lowercased()) }
        nameWords.removeAll { Lexicon.honorifics.contains($0.lowercased()) }

        if lower.contains(where: SpeakerWords.organisation.contains) && (nameWords.isEmpty || lower.last.map(SpeakerWords.organisation.contains) == true) {
            return (words.joined(separator: " "), nil, .organisation)
        }
        // Every word capitalised, but for the particles inside a name ("Ursula von der Leyen", "Maria de la Cruz").
        guard !nameWords.isEmpty, nameWords.indices.allSatisfy({ i in
            let word = nameWords[i]
            if i > 0, i < nameWords.count - 1, Lexicon.nameParticles.contains(word) { return true }
            return word.first?.isUppercase == true && (!SpeakerWords.notNames.contains(word.lowercased()) || familyNameHe)
        }) else {
            return nil
        }
        if nameWords.count == 1, let honorific, ["dr", "dr."].contains(honorific.lowercased()) {
            nameWords.insert(honorific, at: 0)
        }
        let role = roleWords.isEmpty ? nil : roleWords.joined(separator: " ")
        return (nameWords.joined(separator: " "), role, .person)
    }

    /// The full name for a surname or partial name, if the article gave one.
    func fullName(for name: String) -> String? {
        let parts = SpaceSplit.words(name)
        guard let last = parts.last else { return nil }
        // "Hawk Sawyer" → "Kathleen Hawk Sawyer", even when "Hawk Sawyer" was also recorded on its own.
        if parts.count >= 2, let longer = longerName(endingWith: parts) { return longer }
        if fullNames.contains(name) && parts.count >= 2 { return name }
        // "Trump" → "Donald Trump"; "Hawk Sawyer" → "Kathleen Hawk Sawyer"; "Dan Driscoll" stays.
        if let i = fullNameWords.firstIndex(where: { fp in
            (fp.last == last || Self.surname(fp) == last) && fp.count > parts.count
                && (parts.count == 1 || fp.first == parts.first || Array(fp.suffix(parts.count)) == parts)
        }) {
            return fullNames[i]
        }
        // Family name first ("Yoon" → "Yoon Suk Yeol", "Lee" → "Lee Jae-myung").
        if parts.count == 1, let i = fullNameWords.firstIndex(where: { $0.first == last && $0.count >= 2 }) {
            return fullNames[i]
        }
        return nil
    }

    /// Drops leading words of a name that the article also writes in lower case
    /// ("Public Prosecution Eva-Marie Persson" → "Eva-Marie Persson"), keeping two words at least.
    func trimmingCommonWords(_ name: String) -> String {
        var parts = SpaceSplit.words(name).map(String.init)
        while parts.count > 2, let first = parts.first, isCommonWord(first) { parts.removeFirst() }
        return parts.joined(separator: " ")
    }

    /// Whether the article writes `word` in lower case somewhere.
    func isCommonWord(_ word: String) -> Bool { lowercaseWords.contains(word.lowercased()) }

    /// Person mentions before a position, nearest first, within `paragraphs` paragraphs.
    func mentions(before paragraph: Int, offset: Int, within paragraphs: Int = 3) -> [Mention] {
        mentions.filter { m in
            (m.paragraph < paragraph || (m.paragraph == paragraph && m.offset < offset)) && paragraph - m.paragraph <= paragraphs
        }.reversed()
    }
}
