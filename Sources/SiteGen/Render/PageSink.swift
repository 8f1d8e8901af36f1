/// Where a page goes as soon as it is made, so the build need not hold its bytes until the end:
/// the staging folder of a build that writes (`Staging`), or the scan of a `check` (`PageScanner`).
protocol PageSink: AnyObject, Sendable {
    /// Takes `file` and returns what the build keeps of it: its path, and where its bytes went if anywhere.
    func put(_ file: OutputFile) throws -> OutputFile
}
