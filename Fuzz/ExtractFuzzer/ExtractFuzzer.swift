// libFuzzer entry point over parsing and extraction: any bytes, as an HTML
// page and as an XML feed or transcript, must give a result or an error —
// never a crash or a hang. Built only by scripts/fuzz (with
// -sanitize=fuzzer,address and -parse-as-library, so that libFuzzer's main is
// the program's), never by `swift build`'s default products.
import Extract
import Markup

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let document = try? HTMLDocument(parsing: bytes) {  // an error is a valid outcome here
        let article = ArticleExtractor.article(from: document)
        _ = QuoteExtractor.quotes(in: article)
    }
    if let tree = try? XMLTree(parsing: bytes) {  // likewise
        _ = Feed(root: tree.root)
        _ = Transcript(root: tree.root)?.statements()
    }
    return 0
}

/// libFuzzer's driver, for the entry point SwiftPM gives an executable.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// SwiftPM links an executable's entry point as `<module>_main`: hand over to libFuzzer.
@_cdecl("fuzz_extract_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
