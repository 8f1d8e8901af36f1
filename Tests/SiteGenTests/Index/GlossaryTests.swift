import Testing
@testable import SiteGen

/// Acronyms defined in prose, and the first use of each marked up in a briefing.
@Suite struct GlossaryTests {
    @Test(arguments: [
        ("Economic Cooperation Organization (ECO) links Pakistan", "ECO", "Economic Cooperation Organization"),
        ("the 10-member Association of Southeast Asian Nations (ASEAN) has", "ASEAN", "Association of Southeast Asian Nations"),
        ("its Regional Anti-Terrorist Structure (RATS) encourages", "RATS", "Regional Anti-Terrorist Structure"),
        ("related to Weapons of Mass Destruction (WMDs) has", "WMDs", "Weapons of Mass Destruction"),
        ("the Tehrik-i-Taliban Pakistan (TTP), and", "TTP", "Tehrik-i-Taliban Pakistan"),
        ("As a non-party to the Nuclear Nonproliferation Treaty (NPT), did", "NPT", "Nuclear Nonproliferation Treaty"),
        ("disarmament, demobilization and reintegration (DDR), Deradicalization", "DDR", "disarmament, demobilization and reintegration"),
        ("The ASEAN Committee in Islamabad (ACI) paid", "ACI", "ASEAN Committee in Islamabad"),
        ("Jamaat-ul-Ahrar (JuA), Lashkar", "JuA", "Jamaat-ul-Ahrar"),
    ] as [(String, String, String)])
    func definitions(_ text: String, _ acronym: String, _ expansion: String) {
        let found = AcronymDefinitions.find(in: text)
        #expect(found.map(\.acronym) == [acronym])
        #expect(found.map(\.expansion) == [expansion])
    }

    @Test(arguments: ["in Bonn (2001 and 2011) and", "a waiver (see below) for", "the bloc (SCO) met", "groups (TTP) are"])
    func notDefinitions(_ text: String) {
        #expect(AcronymDefinitions.find(in: text).isEmpty, "\(text)")
    }

    @Test func firstUseInTextIsMarkedNeverInsideLinksCodeOrHeadings() {
        let html = """
        <h2 id="sco">SCO</h2>
        <p id="p-1">See <a href="/topics/sco/" title="SCO">SCO</a> and <code>SCO</code>; the SCO&#39;s SCO grew.</p>
        """
        let marked = Abbreviations.mark(html, ["SCO": "Shanghai \"Cooperation\" Organisation"])
        #expect(marked == """
        <h2 id="sco">SCO</h2>
        <p id="p-1">See <a href="/topics/sco/" title="SCO">SCO</a> and <code>SCO</code>; the <abbr title="Shanghai &quot;Cooperation&quot; Organisation">SCO</abbr>&#39;s SCO grew.</p>
        """)
    }

    @Test func wordsGluedToAnAcronymAreNotIt() {
        #expect(Abbreviations.mark("<p>SCOs and ESCO, then SCO.</p>", ["SCO": "x"]) == "<p>SCOs and ESCO, then <abbr title=\"x\">SCO</abbr>.</p>")
    }
}
