import Store

/// What importing a JSON Lines export did: the merge into the store and the
/// archived documents restored, each count split into what was added and what
/// was already there, so that the summary cannot contradict itself.
public struct ExportImportReport: Sendable, Equatable {
    /// The merge into the store.
    public var merge: MergeReport
    /// Archived documents the export named.
    public var documentsNamed = 0
    /// Archived documents copied into the archive.
    public var documentsRestored = 0
    /// Archived documents the archive already held.
    public var documentsKnown = 0
    /// Sidecars already in the archive that gained fetches from the export.
    public var sidecarsExtended = 0

    /// A report of `merge` and of the restore, if there was one.
    init(merge: MergeReport, archive: ArchiveRestore?) {
        self.merge = merge
        if let archive {
            documentsRestored = archive.restored
            documentsKnown = archive.alreadyThere
            documentsNamed = archive.restored + archive.alreadyThere
            sidecarsExtended = archive.sidecarsExtended
        }
    }

    /// What was added and what was already there, in words:
    /// "7 quotes added, 0 already here; 1 source added, 0 already here; …".
    public var summary: String {
        var parts = [
            "\(Self.count(merge.quotesAdded, "quote")) added, \(merge.quotesMerged) already here",
            "\(Self.count(merge.sourcesAdded, "source")) added, \(merge.sourcesKnown) already here",
            "\(Self.count(merge.verdicts, "verdict")) taken from it",
            "\(Self.count(merge.auditEntries, "audit entry", plural: "audit entries")) added",
        ]
        if documentsNamed == 0 {
            parts.append("no archived documents in it (export --with-archive DIR keeps them)")
        } else {
            var archive = "\(Self.count(documentsRestored, "archived document")) restored, \(documentsKnown) already here"
            if sidecarsExtended > 0 {
                archive += " (\(Self.count(sidecarsExtended, "sidecar")) gained fetches)"
            }
            parts.append(archive)
        }
        return parts.joined(separator: "; ")
    }

    /// "1 quote", "2 quotes".
    static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
