import ArgumentParser
import Foundation
import Store

/// `quotecheck mark ID… --status S`
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Record a verdict on one or more quotes (the review's keys, for scripts).",
        discussion: """
        Every change is appended to the quote's audit trail with the reviewer and the time.

        Examples:
          quotecheck mark 3 --status verified --note "matches the Elysée transcript" --reviewer ana
          quotecheck mark 4 5 --status misquoted --evidence https://example.org/transcript
          quotecheck mark 7 --rating mostly-false
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Quote ids.")
    var ids: [Int64]

    @Option(help: ArgumentHelp("The quote check: \(Status.vocabulary).", valueName: "S"))
    var status: String?

    @Option(help: ArgumentHelp("The claim's truth: \(Rating.vocabulary).", valueName: "R"))
    var rating: String?

    @Option(help: ArgumentHelp("A note for the record.", valueName: "T"))
    var note: String?

    @Option(help: ArgumentHelp("A URL of evidence (added to the quote's evidence).", valueName: "URL"))
    var evidence: String?

    @Option(help: ArgumentHelp("Who gives the verdict (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one quote ID") }
        if status == nil && rating == nil && note == nil && evidence == nil {
            throw ValidationError("give at least one of --status, --rating, --note, --evidence")
        }
        if let status, Status(rawValue: status) == nil {
            throw ValidationError("unknown status '\(status)': use one of \(Status.vocabulary)")
        }
        if let rating, Rating(rawValue: rating) == nil {
            throw ValidationError("unknown rating '\(rating)': use one of \(Rating.vocabulary)")
        }
    }

    func run() throws {
        let store = try global.openStore()
        let change = VerdictChange(status: status.flatMap(Status.init(rawValue:)), rating: rating.flatMap(Rating.init(rawValue:)),
                                   note: note, evidence: evidence)
        let who = reviewerName(reviewer)
        var failed = false
        var out = StandardOutput()
        for id in ids {
            do {
                let updated = try store.recordVerdict(quoteID: id, change: change, reviewer: who)
                print("#\(id) \(updated.status.rawValue)\(updated.rating.map { ", rated \($0.rawValue)" } ?? "") (by \(who))", to: &out)
            } catch {
                failed = true
                printError("error: \(error.localizedDescription)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
