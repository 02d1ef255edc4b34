import Foundation
import Store

/// Where a quote stands in the shared queue, for `show`: taken out with a
/// removed source, assigned to a reviewer, held on someone's screen.
struct QueueStanding {
    /// The source removal that took the quote out, if any.
    var removal: QuoteRemoval?
    /// The reviewer it is assigned to, if any.
    var assignee: String?
    /// The live lease on it, if any.
    var lease: ReviewLease?

    /// `with source #1, removed by bob at 2026-…; out of list, review and export until 'quotecheck sources remove --undo 1'`.
    static func text(of removal: QuoteRemoval) -> String {
        "\(removal.summary); out of list, review and export, and takes no verdict, until "
            + "'quotecheck sources remove --undo \(removal.sourceID)'"
    }

    /// `ana until 14:05` (the local time; the day too when it is not today).
    static func text(of lease: ReviewLease, now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = Calendar.current.isDate(lease.expiresAt, inSameDayAs: now) ? "HH:mm" : "yyyy-MM-dd HH:mm"
        return "\(lease.reviewer) until \(formatter.string(from: lease.expiresAt))"
    }
}
