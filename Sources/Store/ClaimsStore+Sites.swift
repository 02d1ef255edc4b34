import GRDB

extension ClaimsStore {
    /// The site names stored on sources that equal `name` ignoring case (any
    /// script: `süddeutsche zeitung` finds `Süddeutsche Zeitung`); empty when no
    /// source comes from such a site.
    public func siteNames(matching name: String) throws -> [String] {
        try writer.read { db in try SiteSQL.names(matching: name, in: db) }
    }
}

/// The SQL behind the `--site` filter.
enum SiteSQL {
    /// The distinct stored site names equal to `name` ignoring case, in name order.
    static func names(matching name: String, in db: Database) throws -> [String] {
        let wanted = name.lowercased()
        return try String.fetchAll(db, sql: "SELECT DISTINCT site FROM source WHERE site IS NOT NULL ORDER BY site")
            .filter { $0.lowercased() == wanted }
    }
}
