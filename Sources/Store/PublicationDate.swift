import Foundation

/// Publication dates as instants, for putting appearances in time order.
enum PublicationDate {
    /// The instant of an ISO 8601 date-time (with its offset) or of a bare day (its start, UTC); `nil` otherwise.
    static func instant(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime],
                                                      [.withInternetDateTime, .withFractionalSeconds]] {
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        let day = String(text.prefix(10))
        guard Timestamp.isDay(day) else { return nil }
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.date(from: day)
    }
}
