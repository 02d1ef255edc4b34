import ArgumentParser

// The entry point: `--workbench DIR` may stand before the subcommand
// (`quotecheck --workbench DIR import …`); it is moved after the subcommand
// name so that every subcommand parses it the same way.
let arguments = GlobalOptions.movingWorkbenchAfterSubcommand(Array(CommandLine.arguments.dropFirst()))

/// Runs the command. Called from an async function, `main(_:)` resolves to
/// `AsyncParsableCommand`'s (top-level code would pick the synchronous one,
/// which refuses an async root); `import` is async, the others are not.
func runQuoteCheck(_ arguments: [String]) async {
    await QuoteCheck.main(arguments)
}

await runQuoteCheck(arguments)
