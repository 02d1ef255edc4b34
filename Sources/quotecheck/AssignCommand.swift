import ArgumentParser
import Foundation
import Store

/// `quotecheck assign ID… --to NAME`
struct AssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give quotes to a reviewer, who walks them with 'review --mine'.",
        discussion: HelpText.prose("""
        All the ids are checked first, and either every quote is assigned or none is: an
        unknown id, or a quote taken out with a removed source, is an error (exit 1) that
        names it. Each quote whose assignee changes gets an 'assigned' entry in its audit
        trail (who assigned it, from whom, to whom, when); assigning a quote to the
        reviewer it already has changes nothing. '--to -' takes the quotes back from
        whoever has them. An assignment is a change to the quote: it travels with the
        trail through 'export --format jsonl' and 'import', and a reviewer who had the
        quote on screen since before it is asked to confirm their verdict.

        Assigning a quote does not keep it from the others' queues: their 'review'
        still shows it unless someone has it on screen.

        Examples:
          quotecheck assign 3 4 5 --to ana
          quotecheck review --mine --reviewer ana
          quotecheck assign 5 --to -
        """)
    )

    /// The `--to` value that takes quotes back.
    static let nobody = "-"

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Quote ids.")
    var ids: [Int64] = []

    @Option(help: ArgumentHelp("The reviewer who gets the quotes ('-': nobody).", valueName: "NAME"))
    var to: String

    @Option(help: ArgumentHelp("Who assigns (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one quote ID") }
        if to.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--to: give a reviewer's name, or '-' to take the quotes back")
        }
    }

    func run() async throws {
        try await global.withStore { store in try await assign(on: store) }
    }

    /// Assigns the quotes on `store`, either backend, and prints each one's assignee.
    private func assign(on store: any ClaimStore) async throws {
        let assignee = to == Self.nobody ? nil : to.trimmingCharacters(in: .whitespaces)
        let who = reviewerName(reviewer)
        let assignments: [Assignment]
        do {
            assignments = try await store.assign(quoteIDs: ids, to: assignee, by: who, at: Date())
        } catch let error as StoreError {
            printError("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        var out = StandardOutput()
        for assignment in assignments {
            let now = assignment.assignee.map { "assigned to \($0)" } ?? "assigned to nobody"
            print("#\(assignment.quoteID) \(now)\(assignment.changed ? "" : " (unchanged)")", to: &out)
        }
    }
}
