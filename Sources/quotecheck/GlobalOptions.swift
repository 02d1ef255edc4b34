import ArgumentParser
import Foundation
import Ingest
import Store

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workbench folder (default: $QUOTECHECK_WORKBENCH, else the current folder).", valueName: "DIR"))
    var workbench: String?

    /// The workbench folder to use.
    var workbenchURL: URL {
        let path = workbench ?? ProcessInfo.processInfo.environment["QUOTECHECK_WORKBENCH"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Opens (creating if needed) the workbench's claims store.
    func openStore() throws -> ClaimsStore {
        let claims = workbenchURL.appendingPathComponent("claims", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
        } catch {
            throw CLIError.workbench(workbenchURL.path, error.localizedDescription)
        }
        return try ClaimsStore(path: claims.appendingPathComponent("claims.sqlite").path)
    }

    /// The workbench's evidence archive.
    var archive: Archive {
        Archive(directory: workbenchURL.appendingPathComponent("sources/archive", isDirectory: true))
    }

    /// Moves a `--workbench DIR` (or `--workbench=DIR`) given before the
    /// subcommand name to just after it.
    static func movingWorkbenchAfterSubcommand(_ args: [String]) -> [String] {
        var leading: [String] = []
        var rest = args[...]
        while let first = rest.first, first.hasPrefix("--workbench") {
            leading.append(first)
            rest = rest.dropFirst()
            if first == "--workbench", let value = rest.first {
                leading.append(value)
                rest = rest.dropFirst()
            }
        }
        guard !leading.isEmpty, let subcommand = rest.first else { return args }
        return [subcommand] + leading + Array(rest.dropFirst())
    }
}

/// Listing options shared by `list`, `review` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only quotes with this status (\(Status.vocabulary)), or 'all'.", valueName: "S"))
    var status: String?

    @Option(help: ArgumentHelp("Only quotes by this speaker (a name or an alias, any case).", valueName: "NAME"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only quotes from this source id (see 'quotecheck sources').", valueName: "ID"))
    var source: Int64?

    @Option(help: ArgumentHelp("Only quotes said on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    func validate() throws {
        if let status, status != "all", Status(rawValue: status) == nil {
            throw ValidationError("unknown status '\(status)': use one of \(Status.vocabulary), or all")
        }
        if let since, Day(since) == nil {
            throw ValidationError("--since: \(Day.refusal(since))")
        }
    }

    /// The store filter, with `defaultStatus` when `--status` is not given.
    func filter(defaultStatus: String? = nil, limit: Int? = nil) -> QuoteFilter {
        let chosen = status ?? defaultStatus
        return QuoteFilter(status: chosen == "all" ? nil : chosen, speaker: speaker, sourceID: source, since: since, limit: limit)
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
