import Foundation

/// The words of a speaker correction's trail entries, given to every backend so
/// that a merge, a rename, a role and an alias removal read alike on both.
extension StoreRules {
    /// The `field` of an entry that changes a speaker's usual role.
    package static let speakerRoleField = AuditedField.speakerRole.rawValue

    /// The `field` of an entry that removes a speaker's alias.
    package static let speakerAliasField = "speaker_alias"

    /// The note of the `speaker` entry of a claim moved by a merge.
    package static func mergeNote(from source: String, into target: String) -> String {
        "speaker merge: \(source) into \(target)"
    }

    /// The note of the `speaker` entry of each claim of a renamed speaker.
    package static let renameNote = "speaker rename"

    /// The note of the `speaker_role` entry of each claim of a speaker whose usual role changed.
    package static func roleNote(_ speaker: String) -> String { "speaker role: \(speaker)" }

    /// The note of the `speaker_alias` entry of each claim of a speaker who lost an alias.
    package static func unaliasNote(_ speaker: String) -> String { "speaker unalias: \(speaker)" }

    /// A new speaker name as given, trimmed; ``StoreError/emptySpeakerName`` when nothing is left.
    package static func speakerName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.emptySpeakerName }
        return trimmed
    }

    /// A usual role as given, trimmed; `nil` (no role) when nothing is left.
    package static func speakerRole(_ role: String) -> String? {
        let trimmed = role.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
