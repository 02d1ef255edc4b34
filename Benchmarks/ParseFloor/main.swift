// Times, in one process on one core, for the given HTML files: libxml2's parse
// alone (the floor), and quotecheck's whole extraction (decode, parse, convert,
// article, quotes). Prints pages/s and MB/s for each. Used by
// Benchmarks/import-throughput.sh.
import Extract
import Foundation
import Markup

let paths = CommandLine.arguments.dropFirst()
var documents: [[UInt8]] = []
for path in paths {
    do {
        documents.append([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    } catch {
        FileHandle.standardError.write(Data("\(path): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
let megabytes = Double(documents.reduce(0) { $0 + $1.count }) / 1e6

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let floor = time {
    for bytes in documents where !ParseFloor.parse(utf8: bytes) {
        FileHandle.standardError.write(Data("libxml2 gave no document\n".utf8))
    }
}
var quotes = 0
let extraction = try time {
    for bytes in documents {
        let article = ArticleExtractor.article(from: try HTMLDocument(parsing: bytes))
        quotes += QuoteExtractor.quotes(in: article).count
    }
}
for (name, seconds) in [("libxml2 parse alone (floor)", floor), ("quotecheck extraction", extraction)] {
    print(name.padding(toLength: 30, withPad: " ", startingAt: 0)
          + String(format: "%5d pages  %6.2f s  %7.1f pages/s  %6.1f MB/s", documents.count, seconds,
                   Double(documents.count) / seconds, megabytes / seconds))
}
print("quotes found: \(quotes)")
