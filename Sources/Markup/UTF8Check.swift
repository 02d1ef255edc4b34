/// A one-pass check of UTF-8 bytes, eight ASCII bytes at a time: most of an
/// HTML page is ASCII markup and script, and the standard library's
/// validation (and the `String` it builds) cost several times more.
enum UTF8Check {
    /// What a pass over some bytes found.
    struct Result: Equatable {
        /// The bytes are well-formed UTF-8 (RFC 3629: shortest forms, no surrogates, at most U+10FFFF).
        var isValid: Bool
        /// Every byte is ASCII.
        var isASCII: Bool
    }

    /// Checks `bytes` in one pass.
    static func check(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer(check)
    }

    /// Checks `bytes` in one pass.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        let n = bytes.count
        var i = 0
        var isASCII = true
        while i < n {
            // Eight ASCII bytes at once.
            if i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            isASCII = false
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF // the allowed range of the second byte
            switch lead {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return Result(isValid: false, isASCII: false)
            }
            guard i + length <= n, bytes[i + 1] >= low, bytes[i + 1] <= high else {
                return Result(isValid: false, isASCII: false)
            }
            for k in 2 ..< length where bytes[i + k] & 0xC0 != 0x80 {
                return Result(isValid: false, isASCII: false)
            }
            i += length
        }
        return Result(isValid: true, isASCII: isASCII)
    }
}
