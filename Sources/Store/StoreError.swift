import Foundation

/// What can go wrong when asking the claims store, named with the input at fault.
public enum StoreError: LocalizedError, Equatable, Sendable {
    /// No quote has this id.
    case noQuote(Int64)
    /// No quote has these ids (a command naming several quotes changed none of them).
    case noQuotes([Int64])
    /// The text is not an absolute http or https URL (see ``EvidenceURL``).
    case invalidEvidence(String)
    /// The quote's evidence does not list this URL, so it cannot be taken out.
    case evidenceNotListed(quoteID: Int64, url: String)
    /// No source has this id.
    case noSource(Int64)
    /// The text is not a status of the vocabulary.
    case unknownStatus(String)
    /// The text is not a rating of the vocabulary.
    case unknownRating(String)
    /// The text is not a day of the calendar written `YYYY-MM-DD` (see ``Day``).
    case invalidDate(String)
    /// A quote's text cannot be made empty (the quote's id).
    case emptyText(Int64)
    /// A filter's limit is negative.
    case invalidLimit(Int)
    /// A stored value cannot be read back (column, value).
    case corruptValue(column: String, value: String)
    /// Someone changed the quote since the reviewer was shown it; the verdict was not recorded.
    case conflict(QuoteConflict)
    /// No speaker has this id, name or alias.
    case unknownSpeaker(String)
    /// The name is an alias of several speakers (the name, their names).
    case ambiguousSpeaker(String, [String])
    /// Another speaker already has this name (rename refused: merge instead).
    case speakerNameTaken(String)
    /// A speaker cannot be merged into itself.
    case sameSpeaker(String)
    /// A speaker's name cannot be empty.
    case emptySpeakerName
    /// The database was written by a newer quotecheck (it knows migrations this one does not).
    case newerSchema(String)
    /// A quote's confidence lies outside 0…1 (the value, the quote's words).
    case invalidConfidence(Double, quote: String)
    /// The speaker (its name) has no such alias (the alias).
    case notAnAlias(speaker: String, alias: String)
    /// The source is already removed.
    case sourceRemoved(Int64)
    /// The source is not removed, so there is nothing to bring back.
    case sourceNotRemoved(Int64)
    /// These claims were taken out with a removed source: they take no verdict or assignment
    /// (a command naming several quotes changed none of them).
    case removedQuotes([QuoteRemoval])

    /// A message that names the input and the problem.
    public var errorDescription: String? {
        switch self {
        case .noQuote(let id):
            "no quote with id \(id)"
        case .noQuotes(let ids):
            ids.count == 1 ? "no quote with id \(ids[0]); nothing was changed"
                : "no quotes with ids \(ids.map(String.init).joined(separator: ", ")); nothing was changed"
        case .invalidEvidence(let value):
            "invalid evidence: \(EvidenceURL.refusal(value))"
        case .evidenceNotListed(let id, let url):
            "quote \(id) has no evidence '\(url)' to remove; nothing was changed"
        case .noSource(let id):
            "no source with id \(id)"
        case .unknownStatus(let value):
            "unknown status '\(value)': use one of \(Status.vocabulary)"
        case .unknownRating(let value):
            "unknown rating '\(value)': use one of \(Rating.vocabulary)"
        case .invalidDate(let value):
            "invalid date '\(value)': write it as YYYY-MM-DD"
        case .emptyText(let id):
            "the text of quote \(id) cannot be empty"
        case .invalidLimit(let value):
            "invalid limit \(value): use 0 or more"
        case .corruptValue(let column, let value):
            "the store holds an unreadable \(column) '\(value)'"
        case .conflict(let conflict):
            "quote \(conflict.quoteID) was changed since it was shown: \(conflict.summary)"
        case .unknownSpeaker(let name):
            "no speaker with id, name or alias '\(name)'"
        case .ambiguousSpeaker(let name, let candidates):
            "'\(name)' is an alias of several speakers (\(candidates.joined(separator: ", "))): give a name or an id"
        case .speakerNameTaken(let name):
            "another speaker is already named '\(name)': merge the two instead"
        case .sameSpeaker(let name):
            "cannot merge '\(name)' into itself"
        case .newerSchema(let path):
            "cannot open the store '\(path)': it was written by a newer version of quotecheck; nothing was changed"
        case .emptySpeakerName:
            "a speaker's name cannot be empty"
        case .invalidConfidence(let value, let quote):
            "the confidence \(value) of the quote '\(quote.prefix(60))' is not between 0 and 1"
        case .notAnAlias(let speaker, let alias):
            "'\(alias)' is not an alias of '\(speaker)'; nothing was changed"
        case .sourceRemoved(let id):
            "source \(id) is already removed; 'quotecheck sources remove --undo \(id)' brings it back"
        case .sourceNotRemoved(let id):
            "source \(id) is not removed; nothing was changed"
        case .removedQuotes(let removals):
            Self.removedMessage(removals)
        }
    }

    /// `quote 3 is removed (with source #1, removed by ana at …): 'quotecheck sources remove --undo 1' brings it back; nothing was changed`.
    private static func removedMessage(_ removals: [QuoteRemoval]) -> String {
        let which = removals.map { "quote \($0.quoteID) (\($0.summary))" }.joined(separator: ", ")
        let sources = Array(Set(removals.map(\.sourceID))).sorted().map(String.init)
        let undo = sources.map { "'quotecheck sources remove --undo \($0)'" }.joined(separator: ", ")
        return "\(which) \(removals.count == 1 ? "is" : "are") removed: \(undo) \(sources.count == 1 ? "brings" : "bring") "
            + "\(removals.count == 1 ? "it" : "them") back; nothing was changed"
    }
}
