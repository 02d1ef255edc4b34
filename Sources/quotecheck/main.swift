import ArgumentParser

// The entry point: `--workbench DIR` and `--database URL` may stand before the
// subcommand (`quotecheck --workbench DIR import …`); they are moved after the
// subcommand name so that every subcommand parses them the same way.
let given = Array(CommandLine.arguments.dropFirst())

/// Runs the command, as `AsyncParsableCommand.main` does, and maps a
/// ``UsageFailure`` thrown while running to its message and exit 64.
/// Called from an async function so that `import` (async) and the
/// synchronous commands run alike.
func runQuoteCheck(_ arguments: [String]) async {
    if let word = GlobalOptions.unknownSubcommand(arguments, of: QuoteCheck.self) {
        let names = QuoteCheck.configuration.subcommands.compactMap { $0.configuration.commandName }
        printError("Error: unknown command '\(word)': the commands are \(names.joined(separator: ", ")) (see 'quotecheck --help')")
        QuoteCheck.exit(withError: ExitCode(64))
    }
    do {
        var command = try await QuoteCheck.asyncParseAsRoot(GlobalOptions.movingWorkbenchAfterSubcommand(arguments))
        try PostgresPending.check(command)
        if var asyncCommand = command as? AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    } catch let failure as UsageFailure {
        printError("Error: \(failure.message)")
        QuoteCheck.exit(withError: ExitCode(64))
    } catch {
        QuoteCheck.exit(withError: error)
    }
}

await runQuoteCheck(given)
