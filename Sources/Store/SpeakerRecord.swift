import GRDB

/// A speaker identity: its name, the other names it goes by and how many claims it has.
public struct SpeakerRecord: Sendable, Equatable {
    /// The speaker's id, local to the workbench.
    public var id: Int64
    /// The speaker's name.
    public var name: String
    /// `person`, `group`, `organisation`, `document` or `anonymous`, if known.
    public var type: String?
    /// The speaker's usual role (`speakers role`), if set; a quote's own role wins over it.
    public var role: String?
    /// The other names, sorted.
    public var aliases: [String]
    /// The number of claims attributed to the speaker.
    public var quoteCount: Int

    /// Creates a record from its fields.
    public init(id: Int64, name: String, type: String? = nil, role: String? = nil, aliases: [String] = [], quoteCount: Int = 0) {
        self.id = id
        self.name = name
        self.type = type
        self.role = role
        self.aliases = aliases
        self.quoteCount = quoteCount
    }
}
