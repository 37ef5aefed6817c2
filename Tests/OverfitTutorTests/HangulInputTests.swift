import Foundation
import Testing

/// Typing and editing Hangul at the real binary's readline prompt, in a pseudo-terminal (tmux),
/// under a UTF-8 locale, under `LC_ALL=C` and with no locale at all: the tutor reads UTF-8 in
/// every case, so Backspace removes a whole syllable and the cursor moves two columns over one.
@Suite(.serialized) struct HangulInputTests {
    @Test(
        .enabled(if: EndToEndTests.tmux != nil, "needs tmux (apt-get install tmux; CI installs it)"),
        arguments: ["LANG=C.UTF-8", "LC_ALL=C", ""])
    func hangulIsEditedBySyllable(locale: String) throws {
        let binary = try EndToEndTests.requireBinary(), tmux = try #require(EndToEndTests.tmux)
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let socket = "overfit-hangul-\(UUID().uuidString.prefix(8))"
        let outputFile = home + "/tmux-output.txt"
        // `-u`: tmux itself passes UTF-8 whatever the runner's locale.
        func tmuxRun(_ arguments: [String]) -> String {
            EndToEndTests.spawnAndWait([tmux, "-u", "-L", socket] + arguments, stdout: outputFile)
            return (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        }
        func screen() -> String { tmuxRun(["capture-pane", "-p", "-J", "-t", "k"]) }
        func waitFor(_ text: String, seconds: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if screen().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        defer { _ = tmuxRun(["kill-server"]) }
        let command =
            "env -i PATH=/usr/bin:/bin TERM=xterm HOME=\(home) XDG_DATA_HOME=\(home) \(locale) \(binary); "
            + "echo EXIT=$?; sleep 5"
        _ = tmuxRun(["new-session", "-d", "-s", "k", "-x", "100", "-y", "30", command])
        #expect(waitFor("overfit>"), "no prompt: \(screen())")
        _ = tmuxRun(["send-keys", "-t", "k", "-l", "set 드롭아웃 0.2"])
        _ = tmuxRun(["send-keys", "-t", "k", "Left", "Left", "Left", "Left", "BSpace"])
        #expect(waitFor("overfit> set 드롭아 0.2"), "\(locale): \(screen())")
        // `overfit> set ` is 13 columns, `드롭아` six more: the cursor sits after the syllables.
        let cursor = tmuxRun(["display-message", "-p", "-t", "k", "#{cursor_x}"])
        #expect(cursor.trimmingCharacters(in: .whitespacesAndNewlines) == "19", "\(locale): cursor at \(cursor)")
        _ = tmuxRun(["send-keys", "-t", "k", "Enter"])
        #expect(waitFor("unknown knob `드롭아`"), "\(locale): \(screen())")
        _ = tmuxRun(["send-keys", "-t", "k", "quit", "Enter"])
        #expect(waitFor("EXIT=0"), "\(locale): did not quit: \(screen())")
    }
}
