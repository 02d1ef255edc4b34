/// Extract speaks the vocabulary of `Model` (its results are `Article`s and
/// `Quote`s), so whoever imports Extract has it too.
@_exported import Model
