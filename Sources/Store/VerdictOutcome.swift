import Foundation
import GRDB

/// What one quote became under ``ClaimsStore/recordVerdicts(quoteIDs:change:reviewer:at:expecting:)``.
public struct VerdictOutcome: Sendable, Equatable {
    /// The quote as it now is.
    public var quote: QuoteRecord
    /// Another reviewer's recent verdict that this change replaced, if any
    /// (see ``OverwrittenVerdict/window``).
    public var overwritten: OverwrittenVerdict?

    /// Creates an outcome.
    public init(quote: QuoteRecord, overwritten: OverwrittenVerdict? = nil) {
        self.quote = quote
        self.overwritten = overwritten
    }
}

/// Another reviewer's verdict that a change without a version check replaced
/// shortly after it was given: the last writer still wins, but says so.
///
/// This is the unchecked counterpart of the review's conflict rule
/// (``StoreError/conflict(_:)`` for a verdict given on an older version):
/// `mark` without `--expect-version` records its change and reports what it
/// overwrote instead of refusing.
public struct OverwrittenVerdict: Sendable, Equatable {
    /// Who gave the replaced verdict.
    public var reviewer: String
    /// When (ISO 8601, UTC).
    public var at: String
    /// Its status.
    public var status: Status
    /// Its rating, if any.
    public var rating: Rating?

    /// How recent another reviewer's verdict must be for overwriting it to be reported: one hour.
    public static let window: TimeInterval = 3600

    /// The fields whose change replaces a verdict (adding evidence or a
    /// date basis alone does not).
    static let replacingFields: Set<AuditedField> = [.status, .rating, .note, .saidOn, .text, .speakerRole]

    /// Creates a description of a replaced verdict.
    public init(reviewer: String, at: String, status: Status, rating: Rating? = nil) {
        self.reviewer = reviewer
        self.at = at
        self.status = status
        self.rating = rating
    }

    /// The verdict the quote holds now, if someone gave one.
    static func current(of quoteID: Int64, in db: Database) throws -> OverwrittenVerdict? {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, rating, reviewed_by, reviewed_at FROM quote WHERE id = ?",
                                         arguments: [quoteID]),
              let who: String = row["reviewed_by"], let at: String = row["reviewed_at"],
              let status = Status(rawValue: row["status"]) else { return nil }
        let rating: String? = row["rating"]
        return OverwrittenVerdict(reviewer: who, at: at, status: status, rating: rating.flatMap(Rating.init(rawValue:)))
    }

    /// This verdict if another reviewer than `reviewer` gave it within ``window`` before `date`.
    func recent(before date: Date, by reviewer: String) -> OverwrittenVerdict? {
        guard self.reviewer != reviewer, let given = PublicationDate.instant(at) else { return nil }
        let age = date.timeIntervalSince(given)
        return age >= -Self.window && age <= Self.window ? self : nil
    }

    /// In words: `bob's verdict misquoted, rated false, given at 2024-05-01T12:00:00.000Z`.
    public var summary: String {
        "\(reviewer)'s verdict \(status.rawValue)\(rating.map { ", rated \($0.rawValue)" } ?? ""), given at \(at)"
    }
}
