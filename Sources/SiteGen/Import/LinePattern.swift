/// Whole-line shapes for junk rules, simple enough for editors: `*` is any text, `#` a number.
enum LinePattern {
    /// True when `line` has the shape of `pattern`; both are already in `importKey` form.
    static func matches(_ pattern: String, _ line: String) -> Bool {
        let p = Array(pattern), s = Array(line)
        // memo[i][j]: pattern from i matches line from j; a table keeps long lines linear per cell.
        var memo = [[Bool?]](repeating: [Bool?](repeating: nil, count: s.count + 1), count: p.count + 1)
        func match(_ i: Int, _ j: Int) -> Bool {
            if let known = memo[i][j] { return known }
            let result: Bool
            if i == p.count {
                result = j == s.count
            } else if p[i] == "*" {
                result = match(i + 1, j) || (j < s.count && match(i, j + 1))
            } else if p[i] == "#" {
                var k = j
                while k < s.count, s[k].isASCII, s[k].isNumber || s[k] == "," || s[k] == "." { k += 1 }
                result = k > j && s[j].isNumber && match(i + 1, k)
            } else {
                result = j < s.count && p[i] == s[j] && match(i + 1, j + 1)
            }
            memo[i][j] = result
            return result
        }
        guard s.count <= 2_000 else { return false } // junk lines are short; skip prose paragraphs
        return match(0, 0)
    }
}
