import Foundation
import Markup

/// Extracts an ``Article`` (metadata and body paragraphs) from a parsed page.
public enum ArticleExtractor {
    /// The article in `document`.
    /// - Parameter url: the URL the page came from, if any.
    public static func article(from document: HTMLDocument, url: String? = nil) -> Article {
        article(from: document.root, url: url)
    }

    /// The article in the page rooted at `root`.
    public static func article(from root: Element, url: String? = nil) -> Article {
        let metadata = PageMetadata(root: root)
        let outline = PageOutline(root: root)
        let ld = metadata.articleObjects
        let canonical = firstNonEmpty(metadata.canonical, metadata.meta["og:url"],
                                      ld.lazy.compactMap { $0["url"] as? String }.first,
                                      ld.lazy.compactMap { mainEntityURL($0["mainEntityOfPage"]) }.first)
        let siteName = SiteName(metadata: metadata, url: canonical ?? url, headings: outline.headings)
        let site = siteName.name
        let (title, heading) = headline(outline: outline, metadata: metadata, ld: ld, site: site)
        let publication = ([site].compactMap { $0 } + siteName.candidates.map(\.name))
        let credit = byline(outline: outline, heading: heading, metadata: metadata, ld: ld, publication: publication)
        let published = publicationDate(root: root, outline: outline, metadata: metadata, ld: ld, url: canonical ?? url)
        let updated = updateDate(metadata: metadata, ld: ld, published: published)
        let language = firstNonEmpty(metadata.language, metadata.meta["og:locale"]?.replacingOccurrences(of: "_", with: "-"),
                                     ld.lazy.compactMap { $0["inLanguage"] as? String }.first)
        return Article(url: url, canonicalURL: canonical, title: title, site: site, authors: credit.people, agency: credit.agency,
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
    /// metadata, else the metadata's headline without the site suffix, else
    /// the first `<h1>`. An `<h1>` that is the site's name is its logo, not
    /// the headline; one that holds the metadata's headline after a
    /// separator ("Local News | …") shows a kicker or a section before it.
    /// Also which of the outline's headings it is, if one is.
    static func headline(outline: PageOutline, metadata: PageMetadata, ld: [[String: Any]], site: String?) -> (String?, Int?) {
        let siteKey = site.map(comparable)
        let h1s = outline.headings.enumerated().filter { siteKey == nil || comparable($0.element) != siteKey }
        let declared = firstNonEmpty(ld.lazy.compactMap { $0["headline"] as? String }.first,
                                     metadata.meta["og:title"], metadata.meta["twitter:title"])
        let documentTitle = metadata.documentTitle.map { stripSiteSuffix($0, site: site) }
        let reference = declared.map { stripSiteSuffix($0, site: site) } ?? documentTitle
        if let reference {
            let key = comparable(reference)
            if let h1 = h1s.first(where: { comparable($0.element) == key || (key.count > 20 && (comparable($0.element).hasPrefix(key) || key.hasPrefix(comparable($0.element)))) }) {
                return (h1.element, h1.offset)
            }
            // A kicker or a section set off inside the h1 before the headline ("Local News | …").
            for h1 in h1s where key.count > 20 {
                for index in h1.element.indices where "|:–—".contains(h1.element[index]) {
                    let tail = TextFolding.fold(String(h1.element[h1.element.index(after: index)...]))
                    if comparable(tail) == key { return (tail, h1.offset) }
                }
            }
        }
        if let h1 = h1s.first { return (h1.element, h1.offset) }
        return (reference.flatMap { firstNonEmpty($0) }, nil)
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

    /// The people of the byline and a wire agency, if any. The page's
    /// structured authors (JSON-LD people, `<meta name=author>`) count first;
    /// the byline it shows counts when they name nobody, or when it names the
    /// same people and more (structured data that lists only the first
    /// writer). The byline shown is the first line after the headline that
    /// credits anyone, else the first in the page.
    /// - Parameter publication: the publication's names: a byline of the house credits no person.
    static func byline(outline: PageOutline, heading: Int?, metadata: PageMetadata, ld: [[String: Any]],
                       publication: [String]) -> Byline.Credit {
        var declared: [String] = []
        for object in ld {
            declared += PageMetadata.people(object["author"])
        }
        if declared.isEmpty, let author = metadata.meta["author"] ?? metadata.meta["article:author"]
            ?? metadata.meta["og:article:author"] ?? metadata.meta["parsely-author"], !author.hasPrefix("http") {
            declared = [author]
        }
        // Structured authors may be one word ("Editor"); free text needs two to read as a name.
        let structured = Byline.credit(of: declared, minimumWords: 1, publication: publication)
        let lines = heading.map { index in outline.bylines.filter { $0.headingsBefore > index } } ?? []
        let shown = (lines + outline.bylines).lazy
            .map { Byline.credit(of: [$0.text], minimumWords: 2, publication: publication) }
            .first { !$0.isEmpty } ?? Byline.Credit()
        func key(_ name: String) -> String { name.lowercased().filter { $0.isLetter } }
        let declaredKeys = Set(structured.people.map(key)), shownKeys = Set(shown.people.map(key))
        var credit = structured
        if structured.people.isEmpty || declaredKeys.isStrictSubset(of: shownKeys) {
            credit.people = shown.people
        }
        credit.agency = structured.agency ?? shown.agency
        return credit
    }

    /// The publication date, ISO 8601 with the page's offset where it gives one.
    static func publicationDate(root: Element, outline: PageOutline, metadata: PageMetadata, ld: [[String: Any]], url: String?) -> String? {
        let candidates: [String?] = [
            ld.lazy.compactMap { $0["datePublished"] as? String }.first,
            metadata.meta["article:published_time"], metadata.meta["og:published_time"],
            metadata.meta["datepublished"], metadata.meta["date"], metadata.meta["pubdate"],
            metadata.meta["publish-date"], metadata.meta["sailthru.date"], metadata.meta["dc.date.issued"],
            metadata.meta["parsely-pub-date"],
            outline.publicationTime ?? outline.firstTime,
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
        if let url, let m = url.firstMatch(of: Pattern.urlDay)?.output {
            return "\(m.1)-\(m.2)-\(m.3)"
        }
        if let url, let m = url.lowercased().firstMatch(of: Pattern.urlMonthName)?.output,
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
        let dateWordStems = Self.dateWordStems
        var best: (date: String, rank: Int)?
        func visit(_ element: Element) {
            if TextFolding.isInvisible(element.name) { return }
            let className = element[attribute: "class"], id = element[attribute: "id"]
            // Segments are split only from names that hold a date word at all (most hold none).
            func namesDate(_ value: String?) -> Bool {
                guard let value, dateWordStems.found(in: value) else { return false }
                // A run-together name counts too ("arttidate_pub", "pubdate").
                return SpaceSplit.words(value).contains {
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

    /// What every date word of ``printedDate(root:)`` holds, as a table made once.
    static let dateWordStems = ASCIIScan.Needles(["date", "time", "publish", "posted", "meta", "byline"])

    /// Patterns compiled once (a regex literal in a function body is compiled
    /// at every call). `Regex` is not `Sendable` in this toolchain; these are only ever read.
    private enum Pattern {
        /// A day in a URL's path: `/2019/11/19/`, `/2019-11-19`.
        nonisolated(unsafe) static let urlDay = /\/((?:19|20)\d\d)[\/-](\d\d)[\/-](\d\d)(?:\/|$|[^\d])/
        /// A day with a month name in a URL's path: `/2019/nov/19/`.
        nonisolated(unsafe) static let urlMonthName = /\/((?:19|20)\d\d)\/([a-z]{3,9})\/(\d{1,2})\//
    }
}
