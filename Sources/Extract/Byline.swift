import Foundation

/// The people and the wire agency a byline credits, read from its text.
///
/// A byline is written in a few shapes the world over: a label ("By",
/// "Analysis by", "Written by", "Author:"), names separated by commas, "and",
/// "&", "/" or "|", and after each name what the page says of the writer: a
/// role ("Senior Politics Reporter", "CNN Editor-at-large"), the agency
/// ("Associated Press"), the date ("Nov. 5, 2019", "Monday"). Each piece is
/// cut to the name it starts with; agencies go apart; names set in capitals
/// ("LISA MASCARO") are written as names.
enum Byline {
    /// What one byline credits.
    struct Credit: Equatable {
        /// The people, in byline order, each once.
        var people: [String] = []
        /// The wire agency, by its short name ("AP"), if the byline names one.
        var agency: String?
        /// Whether the byline names the publication itself (a house byline).
        var namesPublication = false

        /// Whether the byline credits anyone at all.
        var isEmpty: Bool { people.isEmpty && agency == nil && !namesPublication }
    }

    /// Wire agencies and the short name each goes by, longest name first (so
    /// "Associated Press" is found before "AP").
    static let agencies: [(name: String, short: String)] = [
        ("Agence France-Presse", "AFP"), ("Press Association", "PA"), ("Associated Press", "AP"),
        ("CNN Wire", "CNN Wire"), ("Bloomberg", "Bloomberg"), ("Reuters", "Reuters"), ("AFP", "AFP"),
        ("UPI", "UPI"), ("dpa", "dpa"), ("AP", "AP"), ("PA", "PA"),
    ]

    /// Labels and connectives that end a name in a byline (compared in lower case).
    static let labels: Set<String> = ["published", "updated", "posted", "and", "with", "for", "at", "in", "on", "by"]

    /// The nouns that name a writer's job: after a name they end it
    /// ("John Roe Senior Politics Reporter").
    static let roleNouns: Set<String> = [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "editor-at-large", "contributor", "contributors", "columnist", "photographer", "producer", "analyst", "critic",
        "chief", "anchor", "host", "intern", "fellow",
    ]

    /// Words that open a role before its noun ("Senior Politics Reporter", "Staff Writer").
    static let roleOpeners: Set<String> = [
        "staff", "bureau", "senior", "deputy", "associate", "assistant", "executive", "managing", "special",
        "political", "politics", "national", "foreign", "investigative", "freelance", "contributing",
    ]

    /// Words that end a name in a byline: what follows is a label, a role or
    /// a connective, not the writer's name.
    static let stopWords = labels.union(roleNouns).union(roleOpeners)

    /// Words that name an organisation, not a person: a byline piece that
    /// holds one ("Tribune News Service", "Post Editorial Board") credits no writer.
    static let organisationWords: Set<String> = [
        "news", "service", "press", "media", "network", "agency", "wire", "newsroom", "team", "desk", "radio",
        "television", "tv", "times", "post", "tribune", "journal", "herald", "daily", "magazine", "group", "online",
        "digital", "editorial", "board", "associated", "wires", "reports", "staff",
    ]

    /// Words that credit pictures, not writing ("Adrian Malloch (photography)").
    static let imageCredits: Set<String> = [
        "photography", "photographer", "photographers", "photographs", "photograph", "photos", "photo", "pictures",
        "illustration", "illustrations", "video",
    ]

    /// Particles written in lower case inside names ("Ursula von der Leyen").
    static let particles: Set<String> = ["de", "van", "von", "da", "al", "bin", "la", "le", "del", "der", "du", "dos"]

    /// The credit of the byline texts `lines`.
    /// - Parameters:
    ///   - minimumWords: how many words a name needs: 1 for structured metadata
    ///     ("Editor"), 2 for free text, where one word is rarely a name.
    ///   - publication: names of the publication; a byline piece equal to one
    ///     of them (without case) credits the house, not a person.
    static func credit(of lines: [String], minimumWords: Int, publication: [String]) -> Credit {
        var credit = Credit()
        for line in lines {
            for (index, piece) in pieces(line).enumerated() {
                read(piece, first: index == 0, minimumWords: minimumWords, publication: publication, into: &credit)
            }
        }
        return credit
    }

    /// Adds what one piece of a byline credits to `credit`.
    /// - Parameter first: whether the piece opens its line: later pieces that
    ///   end in a role are the role of the name before ("Jane Doe, Supreme Court Reporter").
    private static func read(_ piece: String, first: Bool, minimumWords: Int, publication: [String], into credit: inout Credit) {
        var piece = piece
        if let short = agencyName(startingWith: piece) {
            credit.agency = credit.agency ?? short
            return
        }
        // The house ("Miami Today"), or the house and the page's links after it ("Fox News Facebook Twitter").
        if publication.contains(where: { piece.caseInsensitiveCompare($0) == .orderedSame || piece.hasPrefix($0 + " ") }) {
            credit.namesPublication = true
            return
        }
        // A photographer or an illustrator credited beside the writer.
        if piece.split(separator: " ").contains(where: { imageCredits.contains($0.lowercased().filter(\.isLetter)) }) { return }
        // "Tom Davies Associated Press": a name followed by its agency.
        if let (cut, short) = agencyAfterName(in: piece) {
            credit.agency = credit.agency ?? short
            piece = cut
        }
        guard let name = leadingName(piece, minimumWords: minimumWords),
              !name.split(separator: " ").contains(where: { organisationWords.contains($0.lowercased()) }) else { return }
        if publication.contains(where: { name.caseInsensitiveCompare($0) == .orderedSame }) {
            credit.namesPublication = true
            return
        }
        if !first, let next = piece.split(separator: " ").dropFirst(name.split(separator: " ").count).first,
           roleNouns.contains(ASCIIScan.trimmingPunctuation(next.lowercased())) {
            return
        }
        if !credit.people.contains(name) { credit.people.append(name) }
    }

    /// A byline text without its label, split into one piece per credit.
    static func pieces(_ text: String) -> [String] {
        var t = TextFolding.fold(text)
        if let label = t.prefixMatch(of: Pattern.label) { t = String(t[label.range.upperBound...]) }
        var pieces: [String] = []
        var current = ""
        for word in t.split(separator: " ") {
            let lower = word.lowercased()
            if lower == "and" || lower == "&" || lower == "with" || word == "|" || word == "/" || word == "•" || word == "·" {
                pieces.append(current)
                current = ""
                continue
            }
            // Commas, semicolons and slashes end a piece inside a word too ("Becket,", "AFP/The").
            var part = ""
            for character in word {
                if character == "," || character == ";" || character == "/" || character == "|" {
                    if !part.isEmpty { current += current.isEmpty ? part : " " + part }
                    part = ""
                    pieces.append(current)
                    current = ""
                } else {
                    part.append(character)
                }
            }
            if !part.isEmpty { current += current.isEmpty ? part : " " + part }
        }
        pieces.append(current)
        return pieces.filter { !$0.isEmpty && $0.count < 80 }
    }

    /// The short name of the wire agency a byline piece is ("Associated
    /// Press", "The Associated Press") or starts with ("AP Writer"), if any.
    static func agencyName(startingWith piece: String) -> String? {
        let text = piece.hasPrefix("The ") ? String(piece.dropFirst(4)) : piece
        for (name, short) in agencies where matches(text, name) {
            return short
        }
        return nil
    }

    /// Whether `text` is or starts with the agency `name` as whole words;
    /// names of three letters or more match in any case ("ASSOCIATED PRESS").
    private static func matches(_ text: String, _ name: String) -> Bool {
        if text == name || text.hasPrefix(name + " ") { return true }
        guard name.count >= 3, text.count >= name.count else { return false }
        let head = text.prefix(name.count)
        return head.caseInsensitiveCompare(name) == .orderedSame
            && (text.count == name.count || text.dropFirst(name.count).first == " ")
    }

    /// A piece cut before the wire agency that follows the writer's name, and
    /// the agency's short name: "Tom Davies Associated Press" → ("Tom Davies", "AP").
    /// Only names of several letters count here ("PA" after a name may be a state).
    static func agencyAfterName(in piece: String) -> (String, String)? {
        let words = piece.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for index in 1..<words.count {
            let rest = words[index...].joined(separator: " ")
            for (name, short) in agencies where name.count > 3 && matches(rest, name) {
                return (words[..<index].joined(separator: " "), short)
            }
        }
        return nil
    }

    /// The person's name a byline piece starts with: up to four capitalised
    /// words (initials, lower-case particles and a nickname in brackets
    /// allowed), stopping at a word in capitals throughout, a digit, a month
    /// or weekday, a role or a label; nil when it has fewer than
    /// `minimumWords` words or opens with "The". A name set in capitals is
    /// written as a name first ("MARY CLARE JALONICK" → "Mary Clare Jalonick").
    static func leadingName(_ piece: String, minimumWords: Int = 2) -> String? {
        var words: [String] = []
        for raw in capitalsWritten(piece.split(separator: " ").map(String.init)) {
            let word = Substring(raw)
            let lower = word.lowercased()
            let letters = word.filter(\.isLetter)
            let isInitials = word.contains(".") && letters.count <= 3
            let bare = ASCIIScan.trimmingPunctuation(lower)
            if word.contains(where: \.isNumber) { break }
            // A possessive ("By President Trump's order"): running text, not a byline.
            if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { words.removeAll(); break }
            if !words.isEmpty, stopWords.contains(lower) || stopWords.contains(bare) || DateText.weekdays.contains(bare) { break }
            if words.count >= 2, DateText.months[bare] != nil { break }
            // A nickname in brackets inside a name: "Richard (R.J.) Eskow".
            if !words.isEmpty, word.hasPrefix("("), word.hasSuffix(")"), word.count > 2,
               word.dropFirst().first?.isUppercase == true {
                words.append(raw)
                continue
            }
            if letters.count > 1, letters == letters.uppercased(), !isInitials { break }
            guard word.first?.isUppercase == true || particles.contains(lower) else { break }
            words.append(raw)
            if words.count == 4 { break }
        }
        // A bracketed nickname or a particle does not end a name.
        while let last = words.last, last.hasPrefix("(") || particles.contains(last) { words.removeLast() }
        guard words.count >= minimumWords, let opening = words.first?.lowercased(), opening != "the" else { return nil }
        // A role, not a name ("Chief White House Correspondent"); structured metadata may say "Editor".
        if minimumWords > 1, stopWords.contains(opening) { return nil }
        return words.joined(separator: " ")
    }

    /// `words` with their leading run of two or more words in capitals
    /// throughout ("LISA MASCARO", not the acronym of "CNN Editor") written
    /// as a name is: a capital, then lower case, and again after an
    /// apostrophe or a hyphen ("O'Callaghan", "Jean-Paul"). Initials stay.
    static func capitalsWritten(_ words: [String]) -> [String] {
        func isCapitals(_ word: String) -> Bool {
            let letters = word.filter(\.isLetter)
            return letters.count > 1 && letters == letters.uppercased() && letters != letters.lowercased()
        }
        let run = words.prefix { isCapitals($0) }.count
        guard run >= 2 else { return words }
        return words.enumerated().map { index, word in
            guard index < run, !(word.contains(".") && word.filter(\.isLetter).count <= 3) else { return word }
            var out = ""
            var startsPart = true
            for character in word {
                out += startsPart ? character.uppercased() : character.lowercased()
                startsPart = !character.isLetter
            }
            return out
        }
    }

    /// Patterns compiled once. `Regex` is not `Sendable` in this toolchain; these are only ever read.
    private enum Pattern {
        /// The label before a byline's names: "By", "By:", "Analysis by", "Written by", "Author:", "Authors".
        nonisolated(unsafe) static let label =
            /(?i)(?:(?:(?:analysis|opinion|commentary|review|story|text|words|written|reported|researched|compiled|posted)\s+)?by(?:\s*:\s*|\s+)|authors?(?:\s*:\s*|\s+))/
    }
}
