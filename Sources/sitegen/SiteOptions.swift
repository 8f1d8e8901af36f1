import ArgumentParser
import SiteGen

/// The options `build` and `check` share: which site, and which briefings it includes.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder holding content/ and theme/.")
    var root = "."

    @Flag(help: "Include briefings marked `draft: true`.")
    var drafts = false

    @Flag(help: "Include briefings dated in the future.")
    var future = false

    /// What the loader includes.
    var load: LoadOptions { LoadOptions(drafts: drafts, future: future) }

    /// The incremental build's manifest, which `build` writes and `check` reads.
    var manifest: String { root + "/.sitegen-cache/build.manifest" }
}
