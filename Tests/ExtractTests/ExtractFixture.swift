@testable import Extract

/// The quotes of plain paragraphs published on 2025-11-26 (a Wednesday): the
/// fixture every attribution and date suite writes its cases against.
func extract(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor.quotes(in: paragraphs, publishedOn: "2025-11-26")
}
