// The entry point: `--workbench DIR` may stand before the subcommand
// (`quotecheck --workbench DIR import …`); it is moved after the subcommand
// name so that every subcommand parses it the same way.
let arguments = GlobalOptions.movingWorkbenchAfterSubcommand(Array(CommandLine.arguments.dropFirst()))
QuoteCheck.main(arguments)
