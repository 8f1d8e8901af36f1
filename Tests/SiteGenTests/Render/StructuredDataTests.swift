import Foundation
import Testing
@testable import SiteGen

/// JSON-LD strings: valid JSON that cannot close the `<script>` they sit in.
@Suite struct StructuredDataTests {
    @Test func escapesWhatJSONAndScriptElementsNeed() {
        let text = "Tom's \"A\\B\" <b>&\n\r\t\u{1F}\u{2028}\u{2029}—ü"
        let literal = StructuredData.json(text)
        #expect(literal == #""Tom\u0027s \"A\\B\" \u003cb\u003e\u0026\n\r\t\u001f\u2028\u2029—ü""#)
        let decoded = try? JSONSerialization.jsonObject(with: Data(literal.utf8), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text)
    }

    @Test func plainTextIsOnlyQuoted() {
        #expect(StructuredData.json("Pakistan and ASEAN, 1993–2026") == "\"Pakistan and ASEAN, 1993–2026\"")
        #expect(StructuredData.json("") == "\"\"")
    }
}
