import ArgumentParser
import Export
import Foundation
import Store

/// `quotecheck speakers [list | merge A B | rename A NAME | role A TEXT | unalias A ALIAS]`
///
/// One command with an action argument rather than nested subcommands, so
/// that `--workbench DIR` may stand anywhere (`main.swift` moves it after the
/// first word).
struct SpeakersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "Speaker identities, aliases and usual roles: list, merge, rename, role, unalias.",
        discussion: HelpText.prose("""
        A speaker is named by its id, its name (any case) or one of its aliases.

        list: the speakers by name, with their quote counts, usual roles and aliases.

        merge A B: A's quotes and aliases move to B and A's name becomes an alias of B;
        quotes that become identical (the same words, now both by B) are joined into one
        claim with all their appearances and audit trails (the verdict reviewed last wins);
        each quote that moves gets a 'speaker' entry in its audit trail.

        rename A NAME: A is called NAME from now on; the old name stays as an alias and
        each of A's quotes gets a 'speaker' entry; a NAME that another speaker has is
        refused (merge the two instead).

        role A TEXT: A's usual role (an empty TEXT clears it); a quote shows its own role
        where it has one, else its speaker's usual role; each of A's quotes gets a
        'speaker_role' entry noted 'speaker role'.

        unalias A ALIAS: removes a wrong alias of A; an alias A does not have is refused;
        each of A's quotes gets a 'speaker_alias' entry noted 'speaker unalias'.

        Examples:
          quotecheck speakers
          quotecheck speakers list --format jsonl
          quotecheck speakers merge "Zelensky" "Volodymyr Zelenskyy" --reviewer ana
          quotecheck speakers rename 4 "Sir Keir Starmer"
          quotecheck speakers role "Keir Starmer" "UK Prime Minister"
          quotecheck speakers unalias "Keir Starmer" "Starmer's office"
        """)
    )

    /// What `speakers` does.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case list, merge, rename, role, unalias
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "list (the default), merge, rename, role or unalias.")
    var action: Action = .list

    @Argument(help: "For merge: A B (the speaker merged away, the one that stays). For rename: A NAME. For role: A TEXT. For unalias: A ALIAS.")
    var speakers: [String] = []

    @Option(help: "For list: table, jsonl or csv (default: table on a terminal, else jsonl).")
    var format: ListFormat?

    @Option(help: ArgumentHelp("Who makes the change (default: $QUOTECHECK_REVIEWER, else the user name).", valueName: "NAME"))
    var reviewer: String?

    func validate() throws {
        switch action {
        case .list:
            if !speakers.isEmpty { throw ValidationError("'speakers list' takes no arguments") }
        case .merge:
            if speakers.count != 2 { throw ValidationError("'speakers merge' takes two speakers: A (merged away) and B") }
        case .rename:
            guard speakers.count == 2 else { throw ValidationError("'speakers rename' takes a speaker and a new name") }
            if speakers[1].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("the new name cannot be empty")
            }
        case .role:
            guard speakers.count == 2 else { throw ValidationError("'speakers role' takes a speaker and a role") }
        case .unalias:
            guard speakers.count == 2 else { throw ValidationError("'speakers unalias' takes a speaker and an alias") }
        }
    }

    func run() async throws {
        var out = StandardOutput()
        if action == .list {
            try list(try await global.withStore { store in try await store.speakers() }, to: &out)
            return
        }
        try await global.withStore { store in try await change(store, to: &out) }
    }

    /// Merges, renames, sets a role or removes an alias (every action but `list`).
    private func change(_ store: any ClaimStore, to out: inout StandardOutput) async throws {
        switch action {
        case .list:
            return
        case .merge:
            let merged = try await store.mergeSpeaker(speakers[0], into: speakers[1], by: reviewerName(reviewer), at: Date())
            let aliases = merged.aliases.isEmpty ? "none" : merged.aliases.joined(separator: "; ")
            print("merged '\(speakers[0])' into #\(merged.id) \(merged.name): \(counted(merged.quoteCount, "quote")), aliases: \(aliases)",
                  to: &out)
        case .rename:
            let renamed = try await store.renameSpeaker(speakers[0], to: speakers[1], by: reviewerName(reviewer), at: Date())
            print("renamed #\(renamed.id) to \(renamed.name) (\(counted(renamed.quoteCount, "quote")))", to: &out)
        case .role:
            let changed = try await store.setSpeakerRole(speakers[0], to: speakers[1], by: reviewerName(reviewer), at: Date())
            print("#\(changed.id) \(changed.name): usual role \(changed.role.map { "'\($0)'" } ?? "none")", to: &out)
        case .unalias:
            let changed = try await store.removeSpeakerAlias(speakers[0], alias: speakers[1], by: reviewerName(reviewer), at: Date())
            let aliases = changed.aliases.isEmpty ? "none" : changed.aliases.joined(separator: "; ")
            print("removed alias '\(speakers[1])' of #\(changed.id) \(changed.name); aliases: \(aliases)", to: &out)
        }
    }

    private func list(_ speakers: [SpeakerRecord], to out: inout StandardOutput) throws {
        switch format ?? .automatic {
        case .table:
            let rows = speakers.map { [String($0.id), String($0.quoteCount), $0.name, $0.role ?? "", $0.aliases.joined(separator: "; ")] }
            out.write(renderTable(header: ["ID", "QUOTES", "NAME", "ROLE", "ALIASES"], rows: rows,
                                  widths: [5, 6, 32, 24, 40]))
            if speakers.isEmpty { out.write("(no speakers)\n") }
        case .jsonl:
            for s in speakers {
                let object: [String: Any] = ["id": s.id, "name": s.name, "type": jsonValue(s.type), "role": jsonValue(s.role),
                                             "aliases": s.aliases, "quotes": s.quoteCount]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self), to: &out)
            }
        case .csv:
            let writer = CSVWriter()
            out.write(writer.line(["id", "name", "type", "role", "aliases", "quotes"]))
            for s in speakers {
                out.write(writer.line([String(s.id), s.name, s.type, s.role, s.aliases.joined(separator: "; "), String(s.quoteCount)]))
            }
        }
    }
}
