import Foundation
import Markup

/// An RSS 2.0 or Atom feed: its title and items.
public struct Feed: Sendable, Equatable {
    /// One entry of a feed.
    public struct Item: Sendable, Equatable {
        /// The item's title.
        public var title: String?
        /// The item's link: its URL.
        public var link: String?
        /// The publication date, ISO 8601 with offset where the feed gives one.
        public var publishedAt: String?
        /// The item's HTML: `content:encoded` / `content`, else `description` /
        /// `summary`, whichever is first non-empty; nil when it has none.
        public var html: String?
    }

    /// The feed's title (the site of its items).
    public var title: String?
    /// The items, in feed order.
    public var items: [Item]

    /// Reads a feed from a parsed XML document; nil when the root is not
    /// `rss`, `rdf:RDF` or an Atom `feed`.
    public init?(root: Element) {
        let name = Self.localName(root.name)
        switch name {
        case "rss", "RDF":
            let channel = root.elementChildren.first { Self.localName($0.name) == "channel" } ?? root
            title = Self.text(channel, "title")
            // RSS 1.0 keeps items beside the channel; RSS 2.0 inside it.
            let items = channel.elementChildren.filter { Self.localName($0.name) == "item" }
                + (channel.name == root.name ? [] : root.elementChildren.filter { Self.localName($0.name) == "item" })
            self.items = items.map { item in
                Item(title: Self.text(item, "title"), link: Self.text(item, "link"),
                     publishedAt: (Self.text(item, "pubDate") ?? Self.text(item, "date")).flatMap(FeedDate.normalise),
                     html: Self.firstNonEmpty(Self.text(item, "encoded"), Self.text(item, "description")))
            }
        case "feed":
            title = Self.text(root, "title")
            items = root.elementChildren.filter { Self.localName($0.name) == "entry" }.map { entry in
                let link = entry.elementChildren.first { Self.localName($0.name) == "link" && ($0[attribute: "rel"] ?? "alternate") == "alternate" }
                    ?? entry.elementChildren.first { Self.localName($0.name) == "link" }
                return Item(title: Self.text(entry, "title"), link: link?[attribute: "href"],
                            publishedAt: (Self.text(entry, "published") ?? Self.text(entry, "updated")).flatMap(FeedDate.normalise),
                            html: Self.firstNonEmpty(Self.text(entry, "content"), Self.text(entry, "summary")))
            }
        default:
            return nil
        }
    }

    /// The name without its namespace prefix (`content:encoded` → `encoded`).
    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// The trimmed text of the first child called `name` (any prefix).
    static func text(_ element: Element, _ name: String) -> String? {
        guard let child = element.elementChildren.first(where: { localName($0.name) == name }) else { return nil }
        let text = child.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    static func firstNonEmpty(_ values: String?...) -> String? {
        values.lazy.compactMap { $0 }.first { !$0.isEmpty }
    }
}

/// Dates as feeds write them: RFC 822 (`Tue, 26 Nov 2025 09:30:00 +0000`) or ISO 8601.
enum FeedDate {
    /// A numeric zone ("+0100", "-05:00"), compiled once. Only ever read.
    nonisolated(unsafe) static let zoneOffset = /([+-])(\d\d):?(\d\d)/
    static let monthNumbers = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                               "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    /// ISO 8601 with the feed's offset, or a bare day; nil when unreadable.
    static func normalise(_ raw: String) -> String? {
        if let iso = DateText.normaliseTimestamp(raw) { return iso }
        let parts = raw.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        // [Weekday] Day Mon Year HH:MM[:SS] Zone
        let fields = parts.first.map { $0.count == 3 && Int($0) == nil && monthNumbers[$0.lowercased()] == nil } == true ? Array(parts.dropFirst()) : parts
        guard fields.count >= 3, let day = Int(fields[0]), let month = monthNumbers[String(fields[1].prefix(3)).lowercased()],
              var year = Int(fields[2]) else { return nil }
        if year < 100 { year += 2000 }
        let date = DateText.format(year, month, day)
        guard fields.count >= 4 else { return date }
        let time = fields[3].split(separator: ":")
        guard time.count >= 2 else { return date }
        let seconds = time.count > 2 ? String(time[2]) : "00"
        var offset = "+00:00"
        if fields.count >= 5 {
            let zone = fields[4]
            if let m = zone.wholeMatch(of: Self.zoneOffset) {
                offset = "\(m.1)\(m.2):\(m.3)"
            } else if let hours = ["EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7][zone.uppercased()] {
                offset = String(format: "%@%02d:00", hours < 0 ? "-" : "+", abs(hours))
            }
        }
        return "\(date)T\(time[0]):\(time[1]):\(seconds)\(offset)"
    }
}
