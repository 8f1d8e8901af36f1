import Foundation
import Testing
@testable import SiteGen

/// The scan of the inputs' identities that every build starts with (`BuildStamp.scan`): every file
/// below `content` and `theme`, in subfolders too, sorted by path, a linked file by its target's
/// status and a dangling link as an entry of its own.
@Suite struct InputScanTests {
    @Test func theScanListsEveryFileByPathAndFollowsLinks() throws {
        let root = TestPaths.temporaryFolder("scan")
        for folder in ["content/articles", "theme/css/deep"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try FileIOTestSupport.write(root + "/content/articles/b.md", "b")
        try FileIOTestSupport.write(root + "/content/articles/a.md", "a")
        try FileIOTestSupport.write(root + "/content/site.yml", "title: x\n")
        try FileIOTestSupport.write(root + "/theme/css/deep/site.css", "body{}")
        try FileIOTestSupport.write(root + "/elsewhere.md", "linked body")
        #expect(symlink(root + "/elsewhere.md", root + "/content/articles/linked.md") == 0)
        #expect(symlink(root + "/nowhere.md", root + "/content/articles/dangling.md") == 0)
        let scan = BuildStamp.scan(root: root)
        #expect(scan.files.map(\.path) == ["content/articles/a.md", "content/articles/b.md", "content/articles/dangling.md",
                                           "content/articles/linked.md", "content/site.yml", "theme/css/deep/site.css"])
        // The link counts by its target: an edit there changes the link's identity.
        let linked = try #require(scan.files.first { $0.path.hasSuffix("linked.md") })
        #expect(linked.identity.fields.size == 11)
        try FileIOTestSupport.write(root + "/elsewhere.md", "a longer linked body")
        let again = try #require(BuildStamp.scan(root: root).files.first { $0.path.hasSuffix("linked.md") })
        #expect(again.identity.fields.size == 20)
        #expect(BuildStamp.scan(root: root).digest != scan.digest)
    }
}
