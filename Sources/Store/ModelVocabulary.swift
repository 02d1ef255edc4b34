/// The store speaks the vocabulary of `Model` (it stores `Quote`s and
/// `Article`s, and filters by `Status` and `Day`), so whoever imports Store has it too.
@_exported import Model
