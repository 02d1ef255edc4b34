import Foundation

/// How the store writes moments and checks days.
enum Timestamp {
    /// ISO 8601 in UTC with milliseconds, e.g. `2024-05-01T12:00:00.123Z`.
    static func string(from date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// Whether `text` is a day of the calendar written `YYYY-MM-DD` (see ``Day``).
    static func isDay(_ text: some StringProtocol) -> Bool {
        Day(text) != nil
    }
}
