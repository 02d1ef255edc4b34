import Foundation
import StorePostgres
import Testing

/// Reading a PostgreSQL store's URL, and keeping its password out of every text.
@Suite("PostgreSQL URL")
struct PostgresURLTests {
    @Test("a full URL gives its parts; the port and sslmode have libpq's defaults")
    func parts() throws {
        let url = try PostgresURL("postgres://ana:s3cret@db.example.org:6543/claims?sslmode=require")
        #expect(url == PostgresURL(user: "ana", password: "s3cret", host: "db.example.org", port: 6543,
                                   database: "claims", sslMode: .require))
        let plain = try PostgresURL("postgresql://ana@localhost/claims")
        #expect(plain.port == 5432 && plain.sslMode == .prefer && plain.password == nil)
    }

    @Test("user, password and database are percent-decoded; a password may hold '@' and ':'; IPv6 hosts in brackets")
    func decoding() throws {
        let url = try PostgresURL("postgres://ana%20maria:p%40ss:w@rd@[::1]:5433/my%2Fdb?sslmode=disable")
        #expect(url.user == "ana maria")
        #expect(url.password == "p@ss:w@rd")
        #expect(url.host == "::1" && url.port == 5433)
        #expect(url.database == "my/db")
        #expect(url.sslMode == .disable)
        #expect(url.description == "postgres://ana%20maria@[::1]:5433/my%2Fdb?sslmode=disable")
    }

    @Test("refusals name the part at fault", arguments: [
        ("mysql://ana@host/db", PostgresURLError.notPostgres(scheme: "mysql")),
        ("ana@host/db", .notPostgres(scheme: nil)),
        ("postgres://host/db", .missingUser),
        ("postgres://ana:secret@/db", .missingHost),
        ("postgres://ana:secret@host:99999/db", .invalidPort("99999")),
        ("postgres://ana:secret@host:port/db", .invalidPort("port")),
        ("postgres://ana:secret@host", .missingDatabase),
        ("postgres://ana:secret@host/", .missingDatabase),
        ("postgres://ana:sec%zzret@host/db", .invalidEncoding(part: "password")),
        ("postgres://ana:secret@host/db?sslmode=verify-full", .invalidSSLMode("verify-full")),
        ("postgres://ana:secret@host/db?password=secret", .unknownParameter("password")),
        ("postgres://ana:secret@[::1/db", .invalidHost),
    ])
    func refusals(text: String, expected: PostgresURLError) {
        #expect(throws: expected) { try PostgresURL(text) }
    }

    @Test("the password appears in no description, debug text, mirror or error")
    func passwordNeverShown() throws {
        let password = "Tr0ub4dor-and-3"
        let url = try PostgresURL("postgres://ana:\(password)@db.example.org/claims")
        var dumped = ""
        dump(url, to: &dumped)
        for text in [url.description, String(describing: url), String(reflecting: url), "\(url)", dumped] {
            #expect(!text.contains(password), "\(text)")
        }
        #expect(url.description == "postgres://ana@db.example.org:5432/claims?sslmode=prefer")
        for broken in ["postgres://ana:\(password)@db.example.org:x/claims",
                       "postgres://ana:\(password)@/claims"] {
            do {
                _ = try PostgresURL(broken)
                Issue.record("\(broken) was accepted")
            } catch {
                #expect(!error.description.contains(password))
                #expect(error.description.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DB"))
            }
        }
    }
}
