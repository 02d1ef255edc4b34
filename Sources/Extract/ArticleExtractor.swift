import Foundation
import Markup

/// Extracts an ``Article`` (metadata and body paragraphs) from a parsed page.
public enum ArticleExtractor {
    /// Wire agencies recognised in bylines.
    static let agencies = ["Associated Press": "AP", "AP": "AP", "Reuters": "Reuters", "AFP": "AFP",
                           "Agence France-Presse": "AFP", "Bloomberg": "Bloomberg", "PA": "PA",
                           "Press Association": "PA", "CNN Wire": "CNN Wire", "dpa": "dpa", "UPI": "UPI"]

    /// The article in `document`.
    /// - Parameter url: the URL the page came from, if any.
    public static func article(from document: HTMLDocument, url: String? = nil) -> Article {
        article(from: document.root, url: url)
    }

    /// The article in the page rooted at `root`.
    public static func article(from root: Element, url: String? = nil) -> Article {
        let metadata = PageMetadata(root: root)
        let ld = metadata.articleObjects
        let canonical = firstNonEmpty(metadata.canonical, metadata.meta["og:url"],
                                      ld.lazy.compactMap { $0["url"] as? String }.first,
                                      ld.lazy.compactMap { mainEntityURL($0["mainEntityOfPage"]) }.first)
        let site = siteName(metadata: metadata, url: canonical ?? url)
        let title = headline(root: root, metadata: metadata, ld: ld, site: site)
        var (authors, agency) = byline(root: root, metadata: metadata, ld: ld, site: site)
        if authors.isEmpty, agency == nil { agency = nil }
        let published = publicationDate(root: root, metadata: metadata, ld: ld, url: canonical ?? url)
        let updated = updateDate(metadata: metadata, ld: ld, published: published)
        let language = firstNonEmpty(metadata.language, metadata.meta["og:locale"]?.replacingOccurrences(of: "_", with: "-"),
                                     ld.lazy.compactMap { $0["inLanguage"] as? String }.first)
        return Article(url: url, canonicalURL: canonical, title: title, site: site, authors: authors, agency: agency,
                       publishedAt: published, updatedAt: updated, language: language, paragraphs: BodyExtractor.paragraphs(in: root))
    }

    /// The latest machine-readable date the page gives (a modification time, or a
    /// publication timestamp its printed date overrode), when it falls after the
    /// publication day.
    static func updateDate(metadata: PageMetadata, ld: [[String: Any]], published: String?) -> String? {
        guard let published, let day = DateText.parseDay(published).map({ DateText.format($0.year, $0.month, $0.day) }) else { return nil }
        let candidates: [String?] = [
            ld.lazy.compactMap { $0["dateModified"] as? String }.first,
            metadata.meta["article:modified_time"], metadata.meta["og:updated_time"],
            metadata.meta["article:published_time"], ld.lazy.compactMap { $0["datePublished"] as? String }.first,
        ]
        return candidates.compactMap { $0.flatMap(DateText.normaliseTimestamp) }
            .filter { String($0.prefix(10)) > day }
            .max { $0.prefix(10) < $1.prefix(10) }
    }

    /// The publication's name: the first of `og:site_name`, a JSON-LD publisher,
    /// the application name and the `<title>` suffix that reads as a name (not a
    /// handle or a lower-case slug; a domain loses its ending) and, when the page's
    /// URL is known, shares a part of its host ("U.S." is a section, not Reuters).
    static func siteName(metadata: PageMetadata, url: String?) -> String? {
        var candidates: [String?] = [metadata.meta["og:site_name"]]
        candidates += metadata.jsonLD.flatMap { PageMetadata.strings($0["publisher"]) }
        candidates += [metadata.meta["application-name"], metadata.meta["apple-mobile-web-app-title"]]
        if let title = metadata.documentTitle,
           let bar = ASCIIScan.lastRange(of: " | ", in: title) ?? ASCIIScan.lastRange(of: " - ", in: title) {
            candidates.append(String(title[bar.upperBound...]))
        }
        let host = url.flatMap { URL(string: $0)?.host?.lowercased() }
            .map { $0.replacingOccurrences(of: "www.", with: "") }
        let hostCore = host.map { String($0.split(separator: ".").first ?? "") } ?? ""
        func clean(_ raw: String) -> String {
            var name = TextFolding.fold(raw)
            if name.hasPrefix("@") { name.removeFirst() }
            return droppingDomainSuffix(name)
        }
        // (Substring tests on the bytes: both sides are lower-cased, and Foundation's
        // `contains` bridges each to NSString. A byte search finds a UTF-8 part only
        // at whole characters, ASCII or not. An empty part is found nowhere, as there.)
        func contains(_ text: String, _ part: String) -> Bool {
            !part.isEmpty && ASCIIScan.contains(lowercased: text, part)
        }
        func sharesHost(_ name: String) -> Bool {
            guard hostCore.count >= 3 else { return true }
            let key = comparable(name)
            let core = hostCore.filter { $0.isLetter || $0.isNumber }
            if contains(key, core) || contains(core, key) { return true }
            // A common run of four letters or more ("abc7sanfrancisco" ~ "abc7news").
            let chars = Array(key)
            guard chars.count >= 4 else { return false }
            for start in 0...(chars.count - 4) where contains(core, String(chars[start..<start + 4])) { return true }
            return false
        }
        let cleaned = candidates.compactMap { $0 }.map(clean).filter { !$0.isEmpty && $0.count <= 60 }
        if let good = cleaned.first(where: { $0 != $0.lowercased() && sharesHost($0) }) { return good }
        return cleaned.first
    }

    /// Web address endings a site name may carry ("Breitbart.com"), longest first.
    private static let domainSuffixes = [".com.au", ".co.uk", ".news", ".info", ".com", ".net", ".org", ".ca", ".in"]

    /// `name` without a web address ending (compared without case): the longest
    /// that fits, as the leftmost match of `\.(com|…)$` would take.
    static func droppingDomainSuffix(_ name: String) -> String {
        let bytes = Array(name.utf8)
        for suffix in domainSuffixes {
            let ending = Array(suffix.utf8)
            guard bytes.count >= ending.count else { continue }
            let tail = bytes[(bytes.count - ending.count)...]
            if zip(tail, ending).allSatisfy({ ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }) {
                return String(decoding: bytes.dropLast(ending.count), as: UTF8.self)
            }
        }
        return name
    }

    private static func firstNonEmpty(_ values: String?...) -> String? {
        values.lazy.compactMap { $0.map(TextFolding.fold) }.first { !$0.isEmpty }
    }

    private static func mainEntityURL(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return (o["@id"] as? String) ?? (o["url"] as? String) }
        return nil
    }

    /// The headline as shown: the page's `<h1>` when it agrees with the
    /// metadata, else the metadata's headline without the site suffix.
    static func headline(root: Element, metadata: PageMetadata, ld: [[String: Any]], site: String?) -> String? {
        let h1s = root.descendants { $0.name == "h1" }.map { TextFolding.visibleText(of: $0) }.filter { !$0.isEmpty }
        let declared = firstNonEmpty(ld.lazy.compactMap { $0["headline"] as? String }.first,
                                     metadata.meta["og:title"], metadata.meta["twitter:title"])
        let documentTitle = metadata.documentTitle.map { stripSiteSuffix($0, site: site) }
        let reference = declared.map { stripSiteSuffix($0, site: site) } ?? documentTitle
        if let reference {
            let key = comparable(reference)
            if let h1 = h1s.first(where: { comparable($0) == key || (key.count > 20 && (comparable($0).hasPrefix(key) || key.hasPrefix(comparable($0)))) }) {
                return h1
            }
        }
        return firstNonEmpty(h1s.first, reference)
    }

    private static func comparable(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// Removes " | Site", " - Site" and similar suffixes from a title.
    static func stripSiteSuffix(_ title: String, site: String?) -> String {
        let folded = TextFolding.fold(title)
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = ASCIIScan.lastRange(of: separator, in: folded) else { continue }
            let tail = folded[range.upperBound...]
            let isSite = site.map { comparable(String(tail)).contains(comparable($0)) || comparable($0).contains(comparable(String(tail))) } ?? false
            if isSite || tail.split(separator: " ").count <= 3 && folded[..<range.lowerBound].count > 20 {
                return String(folded[..<range.lowerBound])
            }
        }
        return folded
    }

    /// The people of the byline and a wire agency, if any: from JSON-LD authors,
    /// `<meta name=author>`, elements whose class speaks of bylines or authors,
    /// and short lines that open with "By" or "Researched by:". Each candidate is
    /// cut to the name it starts with ("Kevin McCoy USA TODAY Published 7:07 PM" →
    /// "Kevin McCoy"); wire agencies go to `agency`.
    static func byline(root: Element, metadata: PageMetadata, ld: [[String: Any]], site: String?) -> ([String], String?) {
        var candidates: [String] = []
        for object in ld {
            candidates += PageMetadata.strings(object["author"])
        }
        if candidates.isEmpty, let author = metadata.meta["author"] ?? metadata.meta["article:author"] ?? metadata.meta["parsely-author"],
           !author.hasPrefix("http") {
            candidates = [author]
        }
        // Structured authors may be one word ("Editor"); free text needs two to read as a name.
        let structured = !candidates.isEmpty
        if candidates.isEmpty {
            candidates = bylineLines(in: root)
        }
        var people: [String] = []
        var agency: String?
        for var piece in candidates.flatMap(splitNames) {
            if let a = agencyName(piece) { agency = agency ?? a; continue }
            // "Tom Davies Associated Press": a name followed by its agency.
            for (name, short) in agencies where name.count > 3 && piece.hasSuffix(" " + name) {
                agency = agency ?? short
                piece = String(piece.dropLast(name.count + 1))
            }
            guard let name = leadingName(piece, minimumWords: structured ? 1 : 2) else { continue }
            if let site, name.caseInsensitiveCompare(site) == .orderedSame { continue }
            if !people.contains(name) { people.append(name) }
        }
        return (people, agency)
    }

    /// Texts of byline elements and of short "By …" lines, in document order.
    static func bylineLines(in root: Element) -> [String] {
        var lines: [String] = []
        func visit(_ element: Element) {
            guard lines.isEmpty else { return }
            if ["script", "style", "noscript", "template", "svg", "nav", "form", "button", "select"].contains(element.name) { return }
            let names = [element[attribute: "class"], element[attribute: "rel"], element[attribute: "itemprop"]]
                .compactMap { $0 }.joined(separator: " ").lowercased()
            // Segments are split only from names that hold a byline word at all (most hold none).
            if ASCIIScan.containsAnyFolded(names, ["byline", "author", "contributor"]),
               !Set(names.split(separator: " ").flatMap { BodyExtractor.splitSegments(String($0)) })
                .isDisjoint(with: ["byline", "author", "authors", "contributor", "contributors"]),
               let text = TextFolding.shortVisibleText(of: element, limit: 199), !text.isEmpty {
                lines.append(text)
                return
            }
            let labels = ["by ", "researched by", "written by", "reported by", "words by"]
            if ["p", "div", "span", "li"].contains(element.name), element.children.count <= 12,
               labels.contains(where: TextFolding.leadingText(of: element, count: 16).lowercased().hasPrefix),
               let text = TextFolding.shortVisibleText(of: element, limit: 149) {
                let lower = text.lowercased()
                if labels.contains(where: lower.hasPrefix) {
                    lines.append(text.replacing(Pattern.bylineLabel, with: ""))
                    return
                }
            }
            for case .element(let child) in element.children { visit(child) }
        }
        visit(root)
        return lines
    }

    /// Splits "By A, B and C" into names.
    static func splitNames(_ text: String) -> [String] {
        var t = TextFolding.fold(text)
        if t.lowercased().hasPrefix("by ") { t = String(t.dropFirst(3)) }
        return t.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",").map { TextFolding.fold(String($0)) }
            .filter { !$0.isEmpty && $0.count < 80 }
    }

    /// The wire agency a byline piece names, if it starts with one.
    static func agencyName(_ piece: String) -> String? {
        for (name, short) in agencies where piece == name || piece.hasPrefix(name + " ") {
            return short
        }
        return nil
    }

    /// The person's name a byline piece starts with: up to four capitalised words
    /// (initials and particles allowed), stopping at capitals throughout, digits,
    /// months and labels; nil when it is not a name of two words or more.
    static func leadingName(_ piece: String, minimumWords: Int = 2) -> String? {
        let labels: Set<String> = ["published", "updated", "posted", "staff", "writer", "reporter", "correspondent",
                                   "editor", "contributor", "photographer", "and", "with", "for", "at", "in", "on"]
        let particles: Set<String> = ["de", "van", "von", "da", "al", "bin", "la", "le", "del", "der", "du", "dos"]
        var words: [Substring] = []
        for word in piece.split(separator: " ") {
            let letters = word.filter(\.isLetter)
            let isInitials = word.contains(".") && letters.count <= 3
            if word.contains(where: \.isNumber) || (!words.isEmpty && labels.contains(word.lowercased())) || DateText.months[word.lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil && words.count >= 2 { break }
            if letters.count > 1, letters == letters.uppercased(), !isInitials { break }
            guard word.first?.isUppercase == true || particles.contains(word.lowercased()) else { break }
            words.append(word)
            if words.count == 4 { break }
        }
        guard words.count >= minimumWords, words.first?.lowercased() != "the" else { return nil }
        return words.joined(separator: " ")
    }

    /// The publication date, ISO 8601 with the page's offset where it gives one.
    static func publicationDate(root: Element, metadata: PageMetadata, ld: [[String: Any]], url: String?) -> String? {
        let candidates: [String?] = [
            ld.lazy.compactMap { $0["datePublished"] as? String }.first,
            metadata.meta["article:published_time"], metadata.meta["og:published_time"],
            metadata.meta["datepublished"], metadata.meta["date"], metadata.meta["pubdate"],
            metadata.meta["publish-date"], metadata.meta["sailthru.date"], metadata.meta["dc.date.issued"],
            metadata.meta["parsely-pub-date"],
            root.firstDescendant { $0.name == "time" && $0[attribute: "datetime"] != nil }?[attribute: "datetime"],
            ld.lazy.compactMap { $0["dateCreated"] as? String }.first,
            metadata.meta["article:modified_time"],
        ]
        let machine = candidates.lazy.compactMap { $0.flatMap(DateText.normaliseTimestamp) }.first
        // The printed date is looked for only when it can matter: no machine date, or a UTC one.
        let printed = machine == nil || machine?.hasSuffix("+00:00") == true || machine?.count == 10 ? printedDate(root: root) : nil
        if let machine {
            // A UTC timestamp can fall on the next day; the date the page prints is the local one.
            if machine.hasSuffix("+00:00"), let printed, printed != String(machine.prefix(10)),
               let gap = DateText.daysBetween(printed, String(machine.prefix(10))), abs(gap) <= 1 {
                return printed
            }
            return machine
        }
        if let printed { return printed }
        if let url, let m = url.firstMatch(of: Pattern.urlDay) {
            return "\(m.1)-\(m.2)-\(m.3)"
        }
        if let url, let m = url.lowercased().firstMatch(of: Pattern.urlMonthName),
           let month = DateText.months[String(m.2)], let year = Int(m.1), let day = Int(m.3) {
            return DateText.format(year, month, day)
        }
        return nil
    }

    /// A date written out for readers in a `<time>` element or an element
    /// whose class or id speaks of dates ("article-publish-date"): one that
    /// says it is the publication date first, then the first in the page.
    static func printedDate(root: Element) -> String? {
        let dateWords: Set<String> = ["date", "time", "published", "publish", "posted", "timestamp", "dateline", "pubdate", "meta", "byline"]
        // Every date word holds one of these; segments are lower-cased pieces of the names, so a
        // name without any of them (compared without case) has no date word.
        let dateWordStems: [StaticString] = ["date", "time", "publish", "posted", "meta", "byline"]
        var best: (date: String, rank: Int)?
        func visit(_ element: Element) {
            if TextFolding.isInvisible(element.name) { return }
            let className = element[attribute: "class"], id = element[attribute: "id"]
            // Segments are split only from names that hold a date word at all (most hold none).
            func namesDate(_ value: String?) -> Bool {
                guard let value, ASCIIScan.containsAnyFolded(value, dateWordStems) else { return false }
                // A run-together name counts too ("arttidate_pub", "pubdate").
                return value.split(separator: " ").contains {
                    BodyExtractor.splitSegments(String($0)).contains { dateWords.contains($0) || $0.utf8.count > 4 && $0.hasSuffix("date") }
                }
            }
            let isDateElement = element.name == "time" || namesDate(className) || namesDate(id)
            // A short line that says "Published: …", or a list item "Date 19.01.2020", counts too; its first words tell, cheaply.
            var isLine = false
            if !isDateElement, element.name == "p" || element.name == "span" || element.name == "li", element.children.count <= 6,
               let first = TextFolding.firstVisibleScalar(of: element),
               first == "p" || first == "P" || first == "D" && element.name == "li" {
                let lead = TextFolding.leadingText(of: element, count: 12).lowercased()
                isLine = lead.hasPrefix("publish") || lead.hasPrefix("posted") || lead.hasPrefix("date")
            }
            if isDateElement || isLine, let text = TextFolding.shortVisibleText(of: element, limit: 200) {
                if let date = DateText.writtenDate(in: text) {
                    let names = [className, id].compactMap { $0 }.joined(separator: " ")
                    let lower = (names + " " + text).lowercased()
                    let rank = lower.contains("publish") || lower.contains("posted") ? 2 : element.name == "time" ? 1 : 0
                    if best == nil || rank > best!.rank { best = (date, rank) }
                    return
                }
            }
            for case .element(let child) in element.children { visit(child) }
        }
        visit(root)
        return best?.date
    }

    /// Patterns compiled once (a regex literal in a function body is compiled
    /// at every call). `Regex` is not `Sendable` in this toolchain; these are only ever read.
    private enum Pattern {
        /// The label before a byline's names ("Researched by:", "By").
        nonisolated(unsafe) static let bylineLabel = /^(?i)(researched|written|reported|words)?\s*by:?\s*/
        /// A day in a URL's path: `/2019/11/19/`, `/2019-11-19`.
        nonisolated(unsafe) static let urlDay = /\/((?:19|20)\d\d)[\/-](\d\d)[\/-](\d\d)(?:\/|$|[^\d])/
        /// A day with a month name in a URL's path: `/2019/nov/19/`.
        nonisolated(unsafe) static let urlMonthName = /\/((?:19|20)\d\d)\/([a-z]{3,9})\/(\d{1,2})\//
    }
}
