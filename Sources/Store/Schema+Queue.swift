import GRDB

extension Schema {
    /// Migration "v9-queue": the shared review queue — leases and assignments.
    ///
    /// `review_lease` holds, for each reviewer, the quote on their screen and
    /// until when it is held for them (`expires_at`, a ``Timestamp`` string, so
    /// text order is time order). One row per reviewer: showing them another
    /// quote moves their lease, quitting deletes it. A lease whose `expires_at`
    /// has passed means nothing and is simply overwritten later; nothing cleans
    /// them up. Leases are not changes to a claim: they are neither audited nor
    /// exported.
    ///
    /// `quote.assigned_to` names the reviewer a claim was given to
    /// (`assign ID… --to NAME`); every assignment is also an `assigned` entry
    /// of the audit trail, from which a JSON Lines merge rebuilds the column.
    static func v9Queue(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE review_lease (
                reviewer TEXT PRIMARY KEY,
                quote_id INTEGER NOT NULL REFERENCES quote(id),
                expires_at TEXT NOT NULL
            );
            CREATE INDEX review_lease_quote ON review_lease(quote_id, expires_at);
            ALTER TABLE quote ADD COLUMN assigned_to TEXT;
            CREATE INDEX quote_assigned_order ON quote(assigned_to, first_source_id, first_position, id)
                WHERE assigned_to IS NOT NULL;
            """)
    }
}
