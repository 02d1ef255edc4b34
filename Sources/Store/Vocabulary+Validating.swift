/// Reading the store's vocabulary as a user types it, with the store's errors.

extension Status {
    /// Parses a status as written by a user, or throws ``StoreError/unknownStatus(_:)``.
    public init(validating text: String) throws(StoreError) {
        guard let status = Status(rawValue: text) else { throw .unknownStatus(text) }
        self = status
    }
}

extension Rating {
    /// Parses a rating as written by a user, or throws ``StoreError/unknownRating(_:)``.
    public init(validating text: String) throws(StoreError) {
        guard let rating = Rating(rawValue: text) else { throw .unknownRating(text) }
        self = rating
    }
}
