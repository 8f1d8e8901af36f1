import Testing
@testable import SiteGen

@Suite("Dates")
struct DateScanTests {
    @Test(arguments: [("date 2025-07-11 By Shaheen Khan", "2025-07-11"), ("Feb 27, 2022 | Essays", "2022-02-27"),
                      ("July 8, 2025", "2025-07-08"), ("3 March 2024", "2024-03-03"), ("11 Sep, 23", "2023-09-11"),
                      ("Published: 2024-01-05T10:00:00Z", "2024-01-05"), ("Sept. 3, 2021", "2021-09-03"),
                      ("3rd of March, 2024", "2024-03-03"), ("Monday, 3 March 2024 10:15 PKT", "2024-03-03"),
                      ("July 8th, 2025", "2025-07-08"), ("25/12/2023", "2023-12-25"), ("Updated 2023/12/01", "2023-12-01")])
    func fullDates(line: String, iso: String) {
        #expect(DateScan.first(in: line)?.date?.isoDay == iso)
        #expect(DateScan.first(in: line)?.ambiguous == false)
    }

    @Test func dayAndMonthThatCouldSwapAreFlagged() {
        let found = DateScan.first(in: "11/09/2023")
        #expect(found?.date?.isoDay == "2023-09-11")
        #expect(found?.ambiguous == true)
    }

    @Test(arguments: [("ISLAMABAD, JAN 22 /DNA/:", "JAN 22"), ("KARACHI, 5 March (APP) -", "5 March")])
    func monthAndDayWithoutYearAreOnlyHints(line: String, hint: String) {
        #expect(DateScan.first(in: line)?.date == nil)
        #expect(DateScan.first(in: line)?.hint == hint)
    }

    @Test(arguments: ["Resolution 1267", "the G-20 summit", "in 2019, talks resumed", "Feb 30, 2022", "we may 22 times", "May 10:30", "the 1980s"])
    func notDates(line: String) {
        #expect(DateScan.first(in: line)?.date == nil)
    }
}
