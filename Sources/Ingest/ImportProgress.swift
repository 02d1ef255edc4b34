import Foundation

/// Where an import stands, as the progress line `import` draws on a
/// terminal: a bar, documents done of the total, the rate so far in pages
/// per second, the time left at that rate, and the document being worked on.
///
/// ```
/// [######--------------] 90/300  41.3 pages/s  5s left  pages/story-90.html
/// ```
///
/// A pure value: the caller measures the time and draws the line.
public struct ImportProgress: Sendable, Equatable {
    /// Documents finished.
    public var done: Int
    /// Documents in the whole run.
    public var total: Int
    /// Time since the run began.
    public var elapsed: Duration
    /// The document being worked on, if any.
    public var current: String?

    /// The progress of a run `elapsed` after its start.
    public init(done: Int, total: Int, elapsed: Duration, current: String? = nil) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
        self.current = current
    }

    /// Documents per second so far; nil until one is done.
    public var pagesPerSecond: Double? {
        let seconds = Self.seconds(elapsed)
        guard done > 0, seconds > 0 else { return nil }
        return Double(done) / seconds
    }

    /// Seconds left at the rate so far; nil while the rate is unknown.
    public var secondsLeft: Double? {
        pagesPerSecond.map { Double(max(0, total - done)) / $0 }
    }

    /// The line, cut with "…" to fit in `columns` (one column is kept free, so
    /// that the terminal never wraps it).
    public func line(columns: Int) -> String {
        let width = 20
        let clamped = min(max(done, 0), total)
        let filled = total > 0 ? clamped * width / total : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var line = "[\(bar)] \(clamped)/\(total)"
        if let rate = pagesPerSecond, let left = secondsLeft {
            line += "  " + Self.rate(rate) + " pages/s  " + Self.duration(left) + " left"
        }
        if let current { line += "  " + current }
        let room = max(1, columns - 1)
        if line.count > room { line = String(line.prefix(room - 1)) + "…" }
        return line
    }

    /// "41.3" under 100 pages per second, "339" from there.
    static func rate(_ rate: Double) -> String {
        rate < 100 ? String(format: "%.1f", rate) : String(format: "%.0f", rate)
    }

    /// "7s", "2m05s", "1h02m", rounded up to the next second.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(min(seconds, 359_999).rounded(.up))
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, (whole % 3600) / 60)
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
