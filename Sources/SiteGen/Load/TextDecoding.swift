import Foundation

/// Turns a content file's bytes into text, or says why it is not text.
enum TextDecoding {
    /// Why bytes are not usable text.
    enum Problem: Error, Equatable {
        case binary
        case invalidUTF8(line: Int)

        /// The user-facing message.
        var message: String {
            switch self {
            case .binary:
                "this is a binary file, not Markdown; move it out of content/articles (images belong in theme/ or content/static/)"
            case .invalidUTF8:
                "the file is not valid UTF-8 here; re-save it as UTF-8 in your editor"
            }
        }
    }

    /// Decodes UTF-8, dropping a byte-order mark and normalising CRLF and CR line ends to LF.
    static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        if holds(0, bytes[...]) { return .failure(.binary) }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let slice = bytes[start...]
        guard let text = String(validating: slice, as: UTF8.self) else {
            return .failure(.invalidUTF8(line: firstInvalidLine(slice)))
        }
        if !holds(13, slice) { return .success(text) }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            let b = slice[i]
            if b == 13 {
                normalised.append(10)
                if i + 1 < slice.endIndex, slice[i + 1] == 10 { i += 1 }
            } else {
                normalised.append(b)
            }
            i += 1
        }
        return .success(String(decoding: normalised, as: UTF8.self))
    }

    /// Whether `bytes` hold `byte`: `memchr`, which reads many bytes at a time (10,000 briefings are 80 MB).
    private static func holds(_ byte: UInt8, _ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, Int32(byte), raw.count) != nil
        }
    }

    /// The first line holding an invalid UTF-8 sequence, found by validating line by line.
    private static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        for chunk in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }
}
