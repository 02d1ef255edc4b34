import ArgumentParser
import Foundation
import Store

/// `quotecheck mark ID… --status S`
struct MarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Record a verdict on quotes (the review's keys, as flags for scripts).",
        discussion: """
        Every change is appended to the quote's audit trail with the reviewer and the time. \
        All the ids are checked first, and either every quote changes or none does: an unknown \
        id, or a quote taken out with a removed source ('quotecheck sources remove --undo ID' \
        brings it back), is an error (exit 1) that names it. \
        --evidence may be given several times; each URL must be an absolute http or https URL. \
        A day given with --said-on is recorded with the basis 'reviewer'.

        --expect-version N refuses the change (exit 1, nothing changed) if the quote's version \
        (shown by 'show' and in 'list --format jsonl') is no longer N, because someone changed \
        it since. Without it, mark says on standard error when it replaced another reviewer's \
        verdict given in the last hour.

        Examples:
          quotecheck mark 3 --status verified --note "on tape, 1:02" --reviewer ana
          quotecheck mark 4 5 --status misquoted --evidence https://example.org/a
          quotecheck mark 4 --evidence https://a.org/1 --evidence https://b.org/2
          quotecheck mark 4 --remove-evidence https://example.org/a
          quotecheck mark 7 --rating mostly-false --said-on 2025-11-24
          quotecheck mark 7 --rating ""          (the quote has no rating again)
          quotecheck mark 3 --status verified --expect-version 12
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Quote ids.")
    var ids: [Int64]

    @Option(help: ArgumentHelp("The quote check: \(Status.vocabulary).", valueName: "S"))
    var status: Status?

    @Option(help: ArgumentHelp("The claim's truth: \(Rating.vocabulary) (an empty one clears it).", valueName: "R"))
    var rating: RatingArgument?

    // Free text may start with '-' ("-5% drop"): the next word is the value, whatever it looks like.
    @Option(parsing: .unconditional, help: ArgumentHelp("A note for the record (an empty one clears it).", valueName: "T"))
    var note: String?

    @Option(help: ArgumentHelp("An http(s) URL of evidence, added to the quote's evidence (repeatable).",
                               valueName: "URL"))
    var evidence: [String] = []

    @Option(name: .customLong("remove-evidence"),
            help: ArgumentHelp("An evidence URL to take out of the quote's evidence (repeatable).", valueName: "URL"))
    var removeEvidence: [String] = []

    @Option(name: .customLong("said-on"),
            help: ArgumentHelp("The day the words were said (an empty one clears it).", valueName: "YYYY-MM-DD"))
    var saidOn: String?

    @Option(help: ArgumentHelp("Give the quote to this speaker (a name or an alias; created if unknown).",
                               valueName: "NAME"))
    var speaker: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The speaker's role as this quote gives it (an empty one clears it).",
                                                     valueName: "T"))
    var role: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The corrected words of the quote.", valueName: "T"))
    var text: String?

    @Option(name: .customLong("expect-version"),
            help: ArgumentHelp("Refuse the change if the quote's version is no longer N (one id only).",
                               valueName: "N"))
    var expectVersion: Int64?

    @Option(help: ArgumentHelp("Who gives the verdict (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one quote ID") }
        if status == nil && rating == nil && note == nil && evidence.isEmpty && removeEvidence.isEmpty
            && saidOn == nil && speaker == nil && role == nil && text == nil {
            throw ValidationError(
                "give at least one of --status, --rating, --note, --evidence, --remove-evidence, --said-on, --speaker, --role, --text")
        }
        for url in evidence where !EvidenceURL.isValid(url) {
            throw ValidationError("--evidence: \(EvidenceURL.refusal(url))")
        }
        for url in removeEvidence where url.isEmpty {
            throw ValidationError("--remove-evidence: give the URL to take out")
        }
        if let saidOn, !saidOn.isEmpty, Day(saidOn) == nil {
            throw ValidationError("--said-on: \(Day.refusal(saidOn))")
        }
        if let speaker, speaker.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--speaker: give a name")
        }
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--text: the quote's words cannot be empty")
        }
        if expectVersion != nil, Set(ids).count > 1 {
            throw ValidationError("--expect-version: give exactly one quote ID (each quote has its own version)")
        }
    }

    func run() async throws {
        try await global.withStore { store in try await mark(store) }
    }

    /// Records the change on `store` and prints what each quote became.
    private func mark(_ store: any ClaimStore) async throws {
        var change = VerdictChange(status: status, note: note,
                                   saidOn: saidOn, text: text, speaker: speaker, removedEvidence: removeEvidence,
                                   role: role)
        switch rating {
        case .rate(let rating): change.rating = rating
        case .clear: change.clearsRating = true
        case nil: break
        }
        change.evidence = evidence
        let who = reviewerName(reviewer)
        let outcomes: [VerdictOutcome]
        do {
            outcomes = try await record(change, by: who, on: store)
        } catch StoreError.conflict(let conflict) {
            // A conflict is an input that failed: exit 1, as DESIGN.md's table has no closer code.
            printError("""
                error: quote \(conflict.quoteID) is at version \(conflict.current.map(String.init) ?? "?"), \
                not \(expectVersion.map(String.init) ?? "?"): \(conflict.summary); nothing was changed
                """)
            throw ExitCode(1)
        } catch let error as StoreError {
            printError("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        var out = StandardOutput()
        for outcome in outcomes {
            let q = outcome.quote
            if let replaced = outcome.overwritten {
                printError("note: #\(q.id): replaced \(replaced.summary)")
            }
            print("#\(q.id) \(q.status.rawValue)\(q.rating.map { ", rated \($0.rawValue)" } ?? "") (by \(who), version \(q.version))",
                  to: &out)
        }
    }

    /// The change recorded on every quote of ``ids``, all or nothing, on either
    /// backend (``Store/ClaimStore/recordVerdicts(quoteIDs:change:reviewer:at:expecting:)``:
    /// one transaction, a replaced recent verdict named, quotes of removed sources refused).
    private func record(_ change: VerdictChange, by who: String, on store: any ClaimStore) async throws -> [VerdictOutcome] {
        try await store.recordVerdicts(quoteIDs: ids, change: change, reviewer: who, at: Date(), expecting: expectVersion)
    }
}
