import ArgumentParser

/// The `quotecheck` command.
struct QuoteCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotecheck",
        abstract: "A fact-check workbench for quotes: import articles, review every quote, export verdicts.",
        discussion: HelpText.prose("""
        A workbench is a folder holding sources/ (the archive of imported documents) and
        claims/ (the claims store). It is the current folder unless --workbench DIR or
        QUOTECHECK_WORKBENCH names another; 'import' creates it, and every other
        command refuses a folder that holds no workbench (exit 64).

        --database URL (or QUOTECHECK_DATABASE), before or after the command, uses a
        team's PostgreSQL store instead of the workbench's SQLite one:
        postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=disable|prefer|require]. The
        password is never printed. Commands not yet available there say so (exit 1).

        Examples:
          quotecheck import sources/envoy-peace-plan-2025-11-26.html
          quotecheck list
          quotecheck review --reviewer ana
          quotecheck export --output verified.csv
          quotecheck --database postgres://ana@db.example.org/claims list
        """),
        subcommands: [
            ImportCommand.self, ExtractCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self,
            ReviewSubcommand.self, MarkCommand.self, AssignCommand.self, HistoryCommand.self, SourcesCommand.self, ExportCommand.self, SpeakersCommand.self,
            CorroborateCommand.self, ArchiveCommand.self, CopyCommand.self, UsersCommand.self, ServeCommand.self,
        ]
    )
}
