import ArgumentParser
import Foundation
import Ingest
import Store
import StorePostgres

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workbench folder (default: $QUOTECHECK_WORKBENCH, else the current folder).", valueName: "DIR"))
    var workbench: String?

    @Option(name: .long, help: ArgumentHelp(
        "A PostgreSQL store to use instead of the workbench's SQLite store: postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=disable|prefer|require] (default: $QUOTECHECK_DATABASE; the password is never printed).",
        valueName: "URL"))
    var database: String?

    func validate() throws {
        if let database {
            do {
                _ = try PostgresURL(database)
            } catch {
                throw ValidationError("--database: \(error)")
            }
        }
    }

    /// The workbench folder to use.
    var workbenchURL: URL {
        let path = workbench ?? ProcessInfo.processInfo.environment["QUOTECHECK_WORKBENCH"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Opens the workbench's claims store. Only `import` creates a workbench
    /// (`creating: true`); every other command run where none exists is a usage
    /// error (exit 64) that names the folder, instead of a new empty workbench
    /// that would answer "no quotes" to a mistyped path.
    ///
    /// This is the SQLite store only, for the commands that still hold it: with
    /// `--database` (or `QUOTECHECK_DATABASE`) it refuses rather than quietly use
    /// the workbench (`main` refuses such commands first, see ``PostgresPending``).
    func openStore(creating: Bool = false) throws -> ClaimsStore {
        if try databaseURL() != nil {
            throw PostgresPending.Refusal(command: nil, what: "this command")
        }
        return try openSQLiteStore(creating: creating)
    }

    /// The workbench's SQLite store (see ``openStore(creating:)``).
    func openSQLiteStore(creating: Bool) throws -> ClaimsStore {
        let root = workbenchURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw UsageFailure("cannot use workbench '\(root.path)': it is a file, not a folder; give --workbench the folder that holds sources/ and claims/")
        }
        let claims = root.appendingPathComponent("claims", isDirectory: true)
        let database = claims.appendingPathComponent("claims.sqlite")
        guard creating || FileManager.default.fileExists(atPath: database.path) else {
            throw UsageFailure("no workbench in '\(root.path)' (it has no claims/claims.sqlite): run 'quotecheck import' there first, or name the workbench with --workbench DIR")
        }
        do {
            try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
        } catch {
            throw CLIError.workbench(root.path, FileSystemReason.describe(error))
        }
        return try ClaimsStore(path: database.path)
    }

    /// The workbench's evidence archive.
    var archive: Archive {
        Archive(directory: workbenchURL.appendingPathComponent("sources/archive", isDirectory: true))
    }

    /// The options that may stand before the subcommand's name, as `--workbench DIR` does.
    static let leadingOptions = ["--workbench", "--database"]

    /// Whether `argument` is one of ``leadingOptions`` whose value is the next
    /// argument (`--database URL`: true) or in it (`--database=URL`: false);
    /// `nil` when it is none of them.
    private static func leadingOption(_ argument: String) -> Bool? {
        for option in leadingOptions {
            if argument == option { return true }
            if argument.hasPrefix(option + "=") { return false }
        }
        return nil
    }

    /// The first word after any leading `--workbench DIR` or `--database URL` when it names no
    /// subcommand of `root` (a typo such as `lsit`), for a message that says
    /// so; nil when it is a subcommand, an option, or there is none.
    static func unknownSubcommand(_ args: [String], of root: ParsableCommand.Type) -> String? {
        var rest = args[...]
        while let first = rest.first, let option = leadingOption(first) {
            rest = rest.dropFirst(option ? 2 : 1)
        }
        guard let word = rest.first, !word.hasPrefix("-") else { return nil }
        let names = root.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        return names.contains(word) ? nil : word
    }

    /// Moves a `--workbench DIR` (or `--workbench=DIR`) and a `--database URL`
    /// (or `--database=URL`) given before the subcommand name to just after it.
    static func movingWorkbenchAfterSubcommand(_ args: [String]) -> [String] {
        var leading: [String] = []
        var rest = args[...]
        while let first = rest.first, let option = leadingOption(first) {
            leading.append(first)
            rest = rest.dropFirst()
            if option, let value = rest.first {
                leading.append(value)
                rest = rest.dropFirst()
            }
        }
        guard !leading.isEmpty, let subcommand = rest.first else { return args }
        return [subcommand] + leading + Array(rest.dropFirst())
    }
}

/// Listing options shared by `list`, `review` and `export` (and `search`).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only quotes with this status (\(Status.vocabulary)), or 'all'.", valueName: "S"))
    var status: StatusFilter?

    @Option(help: ArgumentHelp("Only quotes by this speaker (a name or an alias, any case).", valueName: "NAME"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only quotes from this source id (see 'quotecheck sources').", valueName: "ID"))
    var source: Int64?

    @Option(help: ArgumentHelp("Only quotes from sources of this site: its whole name as stored (a source's 'site'), any case.", valueName: "NAME"))
    var site: String?

    @Option(help: ArgumentHelp("Only quotes said on or after this day (dated quotes only; see --undated).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only quotes said on or before this day (dated quotes only; see --undated).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Flag(help: ArgumentHelp("Only quotes whose day is unknown (the ones --since and --until leave out)."))
    var undated = false

    func validate() throws {
        if let since, Day(since) == nil {
            throw ValidationError("--since: \(Day.refusal(since))")
        }
        if let until, Day(until) == nil {
            throw ValidationError("--until: \(Day.refusal(until))")
        }
        if let since, let until, let first = Day(since), let last = Day(until), last < first {
            throw ValidationError("--until \(until) is before --since \(since): give a range that runs forward")
        }
        if undated, since != nil || until != nil {
            let flag = since != nil ? "--since" : "--until"
            throw ValidationError("--undated cannot be combined with \(flag): --since and --until take only dated quotes")
        }
    }

    /// Notes on standard error when `--speaker`, `--source` or `--site` names
    /// nothing in `store`, so that an empty answer is not taken for "no quotes
    /// yet" (the command still runs and exits 0).
    func noteUnknownNames(in store: any ClaimStore) async throws {
        if let speaker {
            do {
                _ = try await store.speaker(speaker)
            } catch StoreError.unknownSpeaker {
                printError("note: no speaker is named '\(speaker)' (see 'quotecheck speakers list')")
            } catch StoreError.ambiguousSpeaker {
                // The name is an alias of several speakers: the filter matches them all.
            }
        }
        if let source, try await store.source(id: source) == nil {
            printError("note: there is no source with id \(source) (see 'quotecheck sources')")
        }
        if let site, try await store.siteNames(matching: site).isEmpty {
            printError("note: no source comes from a site named '\(site)' (see 'quotecheck sources --format jsonl')")
        }
    }

    /// The store filter, with `defaultStatus` when `--status` is not given.
    func filter(defaultStatus: StatusFilter = .all, limit: Int? = nil) -> QuoteFilter {
        var filter = queueFilter()
        filter.status = (status ?? defaultStatus).status
        filter.limit = limit
        return filter
    }

    /// The store filter with the status as given ('all' included, `nil` when
    /// `--status` is not given), in `order`: the review's queue.
    func queueFilter(order: QuoteOrder = .default) -> QuoteFilter {
        QuoteFilter(status: status?.word, speaker: speaker, sourceID: source, site: site,
                    since: since, until: until, undated: undated, order: order)
    }
}

/// The reviewer's name: `--reviewer`, else `QUOTECHECK_REVIEWER`, else the user name.
func reviewerName(_ given: String?) -> String {
    if let given, !given.isEmpty { return given }
    let env = ProcessInfo.processInfo.environment
    if let name = env["QUOTECHECK_REVIEWER"], !name.isEmpty { return name }
    if let name = env["USER"] ?? env["LOGNAME"], !name.isEmpty { return name }
    return NSUserName()
}

/// Errors of the command-line layer.
enum CLIError: LocalizedError {
    case workbench(String, String)
    case noQuote(Int64)
    case output(String, String)
    case notADocument(String, String)

    var errorDescription: String? {
        switch self {
        case .workbench(let path, let why): return "cannot use workbench '\(path)': \(why)"
        case .noQuote(let id): return "no quote with id \(id)"
        case .output(let path, let why): return "cannot write '\(path)': \(why)"
        case .notADocument(let path, let what): return "cannot extract '\(path)': it is \(what)"
        }
    }
}
