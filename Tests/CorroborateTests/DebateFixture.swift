import Corroborate

/// A debate transcript written for the tests: two members, one sitting.
enum Debate {
    static let holloway = "Sarah Holloway"
    static let okafor = "Daniel Okafor"
    static let day = "2025-03-12"

    /// The speeches, in order.
    static let statements: [PrimaryStatement] = [
        statement(1, holloway, """
            Madam Speaker, this government will not raise taxes on working families. \
            We will invest four billion pounds in rural hospitals over the next parliament. \
            And let me be clear: we will never sell the national grid to foreign investors.
            """),
        statement(2, okafor, """
            The minister's plan is a fantasy. Our schools are crumbling while ministers give themselves pay rises. \
            We will support the spring budget in full, but only if the hospital funding is guaranteed in law.
            """),
        statement(3, holloway, """
            If the member opposite votes against this budget, we will cut the deficit by half. \
            Nobody on these benches wants to close a single library.
            """),
    ]

    static func statement(_ id: Int64, _ speaker: String, _ text: String) -> PrimaryStatement {
        PrimaryStatement(id: id, sourceID: 1, sourceSHA256: "a1b2", speaker: speaker, saidOn: day, text: text)
    }

    /// A quote as an article reports it.
    static func quote(_ id: Int64, _ text: String, by speaker: String?, on day: String? = Debate.day) -> ReportedQuote {
        ReportedQuote(id: id, text: text, speaker: speaker, saidOn: day)
    }
}
