import Model
import Foundation

/// The store's rules about sources, appearances and bulk verdicts that are not
/// SQL, given to every backend (`package` access) so that the PostgreSQL store
/// writes the same trail entries and puts things in the same order.
extension StoreRules {
    /// The `field` of the entry a source removal writes on a claim it takes out.
    package static let removedField = "removed"

    /// The `field` of the entry that brings such a claim back.
    package static let restoredField = "restored"

    /// The `field` of the entry on a claim that only loses (or gets back) its appearance in the source.
    package static let appearanceField = "appearance"

    /// Who brings back, on import, a claim that a removed source took out.
    package static let importer = "quotecheck import"

    /// A source as an entry's old or new value: `source #3`.
    package static func sourceValue(_ sourceID: Int64) -> String { "source #\(sourceID)" }

    /// The note of the entries of `sources remove ID`: `source remove #3`.
    package static func removeNote(_ sourceID: Int64) -> String { "source remove #\(sourceID)" }

    /// The note of the entries of `sources remove --undo ID`: `source restore #3`.
    package static func restoreNote(_ sourceID: Int64) -> String { "source restore #\(sourceID)" }

    /// The note of the entries of an import that brings a claim back: `source import #3`.
    package static func importNote(_ sourceID: Int64) -> String { "source import #\(sourceID)" }

    /// A claim's appearances, given in import order then position, put earliest first: by
    /// publication date where the sources give one (compared as instants, a bare day as its
    /// start in UTC), undated sources after dated ones, ties in the order given.
    package static func earliestFirst(_ importOrdered: [AppearanceRecord]) -> [AppearanceRecord] {
        importOrdered.enumerated().sorted { lhs, rhs in
            let (left, right) = (PublicationDate.instant(lhs.element.publishedAt),
                                 PublicationDate.instant(rhs.element.publishedAt))
            switch (left, right) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// The surroundings of a quote at paragraph `index` of a source whose main text
    /// is `paragraphs` (a JSON list as stored) and whose bytes are at `archivePath`.
    package static func surroundings(paragraphIndex index: Int?, paragraphs: String,
                                     archivePath: String?) throws -> QuoteSurroundings {
        var surroundings = QuoteSurroundings(archivePath: archivePath)
        guard let index, index >= 0 else { return surroundings }
        let list = try JSONText.decodeArray(paragraphs, column: "paragraphs")
        if index < list.count { surroundings.paragraph = list[index] }
        if index >= 1, index - 1 < list.count { surroundings.before = list[index - 1] }
        return surroundings
    }

    /// The verdict a change replaced, for ``VerdictOutcome/overwritten``: the one the quote held
    /// (`status`, `rating`, reviewer and time as stored) if the change touched a field that
    /// replaces a verdict (`changedColumns`, among ``auditedColumns``) and another reviewer
    /// than `reviewer` gave it within ``OverwrittenVerdict/window`` of `date`.
    package static func overwritten(status: String, rating: String?, reviewedBy: String?, reviewedAt: String?,
                                    changedColumns: [String], by reviewer: String,
                                    at date: Date) -> OverwrittenVerdict? {
        let replacing = OverwrittenVerdict.replacingFields.map(\.column)
        guard changedColumns.contains(where: replacing.contains),
              let reviewedBy, let reviewedAt, let status = Status(rawValue: status) else { return nil }
        return OverwrittenVerdict(reviewer: reviewedBy, at: reviewedAt, status: status,
                                  rating: rating.flatMap(Rating.init(rawValue:)))
            .recent(before: date, by: reviewer)
    }
}
