/// One table of the store as `copy --to` moves it between stores: its name and
/// the columns written (computed columns and search indexes are left to the
/// target, which derives them).
///
/// Both backends read and write rows through these descriptions, so that a
/// column added to the SQLite store and not here is found by the test that
/// compares them with the schema (`CopyConformanceTests`).
package struct CopyTable: Sendable, Equatable {
    /// The table's name, the same on both backends.
    package let name: String
    /// The columns copied, in the order of the values of each row.
    package let columns: [CopyColumn]

    /// Every table a copy moves, parents before children, so that references
    /// point to rows already there (a claim's `merged_into` may point forward:
    /// the targets check it at the end of the copy).
    ///
    /// Not copied: `review_lease` (a reviewer's hold on a quote for the next
    /// few minutes, neither audited nor exported), the search indexes
    /// (`quote_search`, `source_search`, `source_paragraph`, rebuilt by the
    /// target's triggers) and the migration ledgers.
    package static let all: [CopyTable] = [
        CopyTable(name: "source", columns: [
            .integer("id"), .text("sha256"), .text("url"), .text("file"), .text("canonical_url"), .text("title"),
            .text("site"), .text("authors"), .text("agency"), .text("published_at"), .text("language"),
            .text("kind"), .boolean("is_primary"), .integer("byte_count"), .text("archive_path"),
            .text("imported_at"), .text("paragraphs"), .text("removed_at"), .text("removed_by"),
        ]),
        CopyTable(name: "fetch", columns: [
            .integer("id"), .integer("source_id"), .text("requested_url"), .text("final_url"), .integer("status"),
            .text("content_type"), .text("fetched_at"),
        ]),
        CopyTable(name: "speaker", columns: [
            .integer("id"), .text("name"), .text("type"), .text("role"), .text("created_at"),
        ]),
        CopyTable(name: "speaker_alias", columns: [.integer("speaker_id"), .text("alias")]),
        CopyTable(name: "quote", columns: [
            .integer("id"), .text("claim_key"), .integer("speaker_id"), .integer("speaker_key"), .text("text"),
            .text("kind"), .text("speaker_role"), .text("cue"), .text("rule"), .real("confidence"), .text("said_on"),
            .text("said_on_basis"), .text("status"), .text("rating"), .text("note"), .text("evidence"),
            .text("reviewed_by"), .text("reviewed_at"), .integer("first_source_id"), .integer("first_position"),
            .text("created_at"), .integer("merged_into"), .integer("removed_with"), .text("assigned_to"),
        ]),
        CopyTable(name: "appearance", columns: [
            .integer("id"), .integer("quote_id"), .integer("source_id"), .integer("position"), .integer("paragraph"),
            .integer("start"), .integer("end"), .text("context"),
        ]),
        CopyTable(name: "removed_appearance", columns: [
            .integer("id"), .integer("quote_id"), .integer("source_id"), .integer("position"), .integer("paragraph"),
            .integer("start"), .integer("end"), .text("context"), .boolean("was_first"),
        ]),
        CopyTable(name: "audit", columns: [
            .integer("id"), .integer("quote_id"), .text("at"), .text("who"), .text("field"), .text("old_value"),
            .text("new_value"), .text("note"), .integer("change_id"),
        ]),
        CopyTable(name: "finding", columns: [
            .integer("id"), .integer("quote_id"), .text("finding"), .real("score"), .integer("primary_source_id"),
            .integer("primary_quote_id"), .text("primary_speaker"), .text("primary_text"), .integer("primary_start"),
            .integer("primary_end"), .text("diff"), .text("created_at"),
        ]),
    ]

    /// The tables the copy deliberately leaves out (see ``all``). The web
    /// desk's accounts, sessions and sign-in failures stay with the workbench
    /// they were made for: a session or a lockout means nothing elsewhere, and
    /// accounts on a team's store are made there (`users add`), where the desk
    /// on PostgreSQL will keep them.
    package static let notCopied: Set<String> = [
        "review_lease", "quote_search", "source_search", "source_paragraph", "grdb_migrations", "schema_migrations",
        "account", "web_session", "sign_in_failure",
    ]

    /// The `source` table, whose rows name the archived documents to copy with them.
    package static var source: CopyTable { all.first { $0.name == "source" }! }

    /// The SHA-256 of each source among `rows` of ``source``.
    package static func sourceHashes(in rows: [[CopyValue]]) -> [String] {
        guard let column = source.columns.firstIndex(where: { $0.name == "sha256" }) else { return [] }
        return rows.compactMap { row in
            if case .text(let sha256) = row[column] { sha256 } else { nil }
        }
    }

    /// Whether the table has an `id` column numbered by the store (whose numbering the target must continue after).
    package var hasID: Bool { columns.first?.name == "id" }

    /// The table's name quoted (`"fetch"` is a keyword in PostgreSQL).
    package var quotedName: String { "\"\(name)\"" }

    /// The column names, quoted (`"end"` is a keyword), joined by commas.
    package var columnList: String {
        columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
    }
}

/// One column of a ``CopyTable``: its name and the kind of its values.
package struct CopyColumn: Sendable, Equatable {
    /// The kinds of value a column holds.
    package enum Kind: Sendable, Equatable {
        /// A 64-bit integer.
        case integer
        /// A double.
        case real
        /// Text.
        case text
        /// A truth value: 0 or 1 in SQLite, `boolean` in PostgreSQL.
        case boolean
    }

    /// The column's name.
    package let name: String
    /// The kind of its values.
    package let kind: Kind

    /// An integer column.
    static func integer(_ name: String) -> CopyColumn { CopyColumn(name: name, kind: .integer) }
    /// A real column.
    static func real(_ name: String) -> CopyColumn { CopyColumn(name: name, kind: .real) }
    /// A text column.
    static func text(_ name: String) -> CopyColumn { CopyColumn(name: name, kind: .text) }
    /// A truth-value column.
    static func boolean(_ name: String) -> CopyColumn { CopyColumn(name: name, kind: .boolean) }
}

/// One value of a copied row, whatever store it came from.
package enum CopyValue: Sendable, Equatable {
    /// SQL NULL.
    case null
    /// An integer (truth values as 0 and 1).
    case integer(Int64)
    /// A double.
    case real(Double)
    /// Text.
    case text(String)
}
