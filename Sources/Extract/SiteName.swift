import Foundation

/// The publication's name, chosen among the names a page gives it.
///
/// A page names its publication in several places (`og:site_name`, the
/// JSON-LD publisher, `<meta name=publisher>`, the application name, the
/// `<title>` suffix), not always in the same form: a handle ("@politifact"),
/// a web address ("Spokesman.com", "DW.COM"), words run together ("TheHill"),
/// without its article ("Washington Post"), with a section or an edition
/// ("CNN Politics", "PolitiFact West Virginia") or a slogan ("Yahoo News -
/// Latest News & Headlines"). The first name that reads as one and shares a
/// part of the page's web address is taken, then written in the fullest form
/// another of the names supports.
struct SiteName {
    /// One name the page gives its publication, cleaned.
    struct Candidate: Equatable {
        /// The name, without "@" and without a web address ending.
        var name: String
        /// Whether the page wrote it as a handle or a web address ("@politifact", "DW.COM").
        var isAddress: Bool
    }

    /// Every name the page gives the publication, in order of trust.
    let candidates: [Candidate]
    /// The publication's name, if the page gives one.
    let name: String?

    /// Words that name a section of a news site, not the site: "CNN Politics" is CNN.
    static let sectionWords: Set<String> = [
        "politics", "opinion", "business", "world", "health", "entertainment", "tech", "technology", "science",
        "travel", "style", "culture", "arts", "markets", "money", "lifestyle", "video", "live", "weather", "local",
    ]

    /// Separators between a name and a slogan or a section, and between a title and its site.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    /// The names `metadata` gives and the one chosen.
    /// - Parameters:
    ///   - url: the page's address, when known: a name that shares part of its host is preferred.
    ///   - headings: the texts of the page's `<h1>` elements.
    init(metadata: PageMetadata, url: String?, headings: [String] = []) {
        var raw: [String] = []
        raw += [metadata.meta["og:site_name"]].compactMap { $0 }
        raw += metadata.jsonLD.flatMap { PageMetadata.strings($0["publisher"]) }
        raw += [metadata.meta["publisher"], metadata.meta["application-name"], metadata.meta["apple-mobile-web-app-title"]]
            .compactMap { $0 }
        if let title = metadata.documentTitle, let suffix = Self.titleSuffix(of: title) {
            raw.append(suffix)
        }
        // The headline is no publication's name (an "application-name" set to it): a name of four
        // words or more that a heading of the page shows.
        // "Site: Headline", "Site | Headline": a title that opens with the site's name before the headline shown.
        if let title = metadata.documentTitle.map(TextFolding.fold), let opening = Self.opening(of: title, before: headings) {
            raw.append(opening)
        }
        let candidates = raw.filter { !$0.hasPrefix("http") }.compactMap(Self.cleaned)
            .filter { $0.name.split(separator: " ").count < 4 || !headings.contains($0.name) }
        self.candidates = candidates
        let host = url.flatMap { URL(string: $0)?.host?.lowercased() }.map(Self.hostKey) ?? ""
        guard let first = candidates.first(where: { $0.name != $0.name.lowercased() && Self.shares($0.name, host: host) })
                ?? candidates.first else {
            name = nil
            return
        }
        name = Self.fullest(first, among: candidates, host: host)
    }

    /// The site's name at the end of a page's title ("Headline | The Harbor
    /// Gazette"): the part after the last " | " (else " - "), or, when that part
    /// reads as a slogan ("Headline - The Harbor Gazette - Your source for local
    /// news since 1887": several words in lower case), the nearest part before
    /// it that reads as a name. Nil when the title has no separator.
    static func titleSuffix(of title: String) -> String? {
        let separator = title.contains(" | ") ? " | " : " - "
        let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, let last = parts.last else { return nil }
        func isSlogan(_ part: String) -> Bool {
            part.split(separator: " ").filter { word in
                word.first?.isLowercase == true && !Lexicon.titleSmallWords.contains(String(word))
            }.count >= 2
        }
        guard isSlogan(last) else { return last }
        return parts.dropFirst().dropLast().last(where: { !isSlogan($0) && !$0.isEmpty }) ?? last
    }

    /// What `title` says before a separator when the rest is one of the page's
    /// `headings` ("The Harbour Review: Wall holds after storm").
    static func opening(of title: String, before headings: [String]) -> String? {
        for separator in separators + [": "] {
            guard let range = title.range(of: separator) else { continue }
            let rest = TextFolding.fold(String(title[range.upperBound...]))
            if !rest.isEmpty, headings.contains(rest) { return String(title[..<range.lowerBound]) }
        }
        return nil
    }

    /// `raw` folded, without "@", a web address in brackets ("Deutsche Welle
    /// (www.dw.com)") or a web address ending; nil when nothing fit is left.
    static func cleaned(_ raw: String) -> Candidate? {
        var name = TextFolding.fold(raw)
        var isAddress = false
        if name.hasPrefix("@") { name.removeFirst(); isAddress = true }
        if let open = name.lastIndex(of: "("), name.hasSuffix(")"), name[open...].contains("."), open > name.startIndex {
            name = TextFolding.fold(String(name[..<open]))
        }
        let bare = ArticleExtractor.droppingDomainSuffix(name)
        if bare != name { isAddress = true }
        name = bare
        guard !name.isEmpty, name.count <= 60 else { return nil }
        return Candidate(name: name, isAddress: isAddress)
    }

    /// The part of a host that names the site: the label before its public
    /// ending ("twincities" in www.twincities.com, "bbc" in www.bbc.co.uk,
    /// "yahoo" in news.yahoo.com).
    static func hostKey(_ host: String) -> String {
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return labels.first ?? "" }
        labels.removeLast()
        if labels.count >= 2, let last = labels.last, ["co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"].contains(last) {
            labels.removeLast()
        }
        return labels.last.map { $0.filter { $0.isLetter || $0.isNumber } } ?? ""
    }

    /// Letters and digits of `name` in lower case, without a leading article
    /// ("TheHill" and "The Hill" are both "hill").
    static func key(_ name: String) -> String {
        var text = Substring(name)
        if text.hasPrefix("The"), let next = text.dropFirst(3).first, next == " " || next.isUppercase {
            text = text.dropFirst(3)
        } else if text.hasPrefix("the ") {
            text = text.dropFirst(4)
        }
        return String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// Whether `name` shares part of the host key: one holds the other, or
    /// they share four letters in a row ("abc7sanfrancisco" ~ "abc7news"), or
    /// the name's initials are the host ("Deutsche Welle", dw.com). Any name
    /// does when the host is unknown or too short to tell.
    static func shares(_ name: String, host: String) -> Bool {
        guard host.count >= 3 else { return true }
        let original = name
        let name = String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
        if name.isEmpty { return false }
        if name.contains(host) || host.contains(name) || initials(original) == host { return true }
        let chars = Array(name)
        guard chars.count >= 4 else { return false }
        for start in 0...(chars.count - 4) where host.contains(String(chars[start..<start + 4])) { return true }
        return false
    }

    /// The initials of a name of two words or more ("Deutsche Welle" → "dw").
    static func initials(_ name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count >= 2 else { return nil }
        return String(words.compactMap { $0.first?.lowercased() }.joined())
    }

    /// `chosen` in the fullest form the other names support:
    /// - without a slogan after a separator ("Yahoo News - Latest News & Headlines" → "Yahoo News");
    /// - a handle or a web address gives way to the name it stands for
    ///   ("Spokesman.com" → "The Spokesman-Review", "DW.COM" → "Deutsche Welle");
    /// - words run together or without their article give way to the name
    ///   written out ("TheHill" → "The Hill", "Washington Post" → "The Washington Post");
    /// - a section or an edition after the name goes when another name is the
    ///   name alone ("PolitiFact West Virginia" beside "@politifact"), or when
    ///   the name alone is the host and a section word follows ("CNN Politics"
    ///   on cnn.com). "News" and "Magazine" are part of a brand's name ("BBC News").
    static func fullest(_ chosen: Candidate, among candidates: [Candidate], host: String) -> String {
        var name = chosen.name
        // A slogan: the part that shares the host, else the first.
        for separator in separators {
            let parts = name.components(separatedBy: separator).map(TextFolding.fold).filter { !$0.isEmpty }
            if parts.count > 1 {
                name = parts.first { $0 != $0.lowercased() && shares($0, host: host) } ?? parts[0]
                break
            }
        }
        if chosen.isAddress || name == name.lowercased() {
            let short = key(name)
            // The address is the name's first word cut short ("Spokesman" of "The Spokesman-Review"), or its initials.
            let longer = candidates.first { other in
                guard !other.isAddress, other.name != other.name.lowercased() else { return false }
                let words = other.name.split(separator: " ").map(String.init)
                let firstWord = key(words.first == "The" ? words.dropFirst().first ?? "" : words.first ?? "")
                return firstWord.count > short.count && firstWord.hasPrefix(short) || initials(other.name) == short
            }
            if let longer { name = longer.name }
        }
        let nameKey = key(name)
        let words = { (s: String) in s.split(separator: " ").count }
        for other in candidates where key(other.name) == nameKey && other.name != other.name.lowercased() {
            let better = words(other.name) > words(name)
                || words(other.name) == words(name) && other.name.hasPrefix("The ") && !name.hasPrefix("The ")
            if better { name = other.name }
        }
        let nameWords = name.split(separator: " ").map(String.init)
        guard nameWords.count >= 2 else { return name }
        for count in 1..<nameWords.count {
            let head = nameWords[..<count].joined(separator: " ")
            let rest = nameWords[count...].map { $0.lowercased() }
            if rest == ["news"] || rest == ["magazine"] { continue }
            let headKey = key(head)
            guard !headKey.isEmpty else { continue }
            let named = candidates.contains { key($0.name) == headKey }
            let section = headKey == host && rest.allSatisfy { sectionWords.contains($0) }
            if named || section { return head }
        }
        return name
    }
}
