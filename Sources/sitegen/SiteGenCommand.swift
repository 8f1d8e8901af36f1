import ArgumentParser

/// The `sitegen` command line: one small subcommand per pipeline entry point.
@main
struct SiteGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds the policy briefing portal from content/ and theme/.",
        subcommands: [BuildCommand.self, ImportCommand.self, ServeCommand.self, CheckCommand.self, RenderCommand.self])
}
