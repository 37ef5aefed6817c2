import Foundation
import OverfitLessons
import Testing

@testable import OverfitTutor

/// `overfit CMD --help` in Korean is the argument parser's English screen with its texts
/// replaced, and the English `cli.*` messages are the parser's texts word for word: a help
/// text changed in Swift without its message (or a message left for a text that is gone)
/// fails here, so the two languages cannot say different things.
@Suite struct CommandLineHelpTests {
    static let english = TutorMessages.installed(.english)

    /// The messages that are labels or the root screen's own lines, not a parser's help text.
    static let notHelpTexts: Set<TutorMessages.Key> = [
        .cliOverview, .cliUsage, .cliOptionsLabel, .cliSubcommandsLabel, .cliDefault, .cliSeeHelp,
        .cliOverviewLabel, .cliUsageLabel, .cliArgumentsLabel, .cliValuesLabel, .cliDefaultLabel,
    ]

    /// Every text the parser shows for the subcommands (abstract, discussion lines, each
    /// option's and argument's help), from its own `--experimental-dump-help`.
    static func parserTexts() throws -> [String] {
        let binary = try EndToEndTests.requireBinary()
        let dumped = try EndToEndTests.run(binary, ["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dumped.out.utf8)) as? [String: Any])
        let root = try #require(json["command"] as? [String: Any])
        var texts: [String] = []
        func add(_ command: [String: Any]) {
            if let abstract = command["abstract"] as? String { texts.append(abstract) }
            for line in ((command["discussion"] as? String) ?? "").components(separatedBy: "\n")
            where !line.isEmpty && CommandLineHelp.knobLine(line) == nil {
                texts.append(line)
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                if let abstract = argument["abstract"] as? String { texts.append(abstract) }
            }
        }
        for command in root["subcommands"] as? [[String: Any]] ?? [] where command["commandName"] as? String != "help" {
            add(command)
        }
        return texts
    }

    @Test func everyParserTextIsAMessageAndEveryMessageAParserText() throws {
        let texts = try Self.parserTexts()
        let messages = TutorMessages.Key.allCases.filter {
            $0.rawValue.hasPrefix("cli.") && !Self.notHelpTexts.contains($0)
        }
        let known = Set(messages.map { Self.english.text($0) })
        for text in texts {
            #expect(known.contains(text), "the parser says `\(text)`, and no `cli.*` message says it")
        }
        let said = Set(texts)
        for key in messages {
            #expect(said.contains(Self.english.text(key)), "`== \(key.rawValue)` is no text the parser shows")
        }
    }

    /// Each subcommand's Korean screen: no English sentence, and the same options as English.
    @Test func subcommandHelpInKoreanListsTheSameOptionsInKorean() throws {
        let binary = try EndToEndTests.requireBinary()
        for name in ["tutor", "sessions", "run", "bench", "check-lessons"] {
            for arguments in [[name, "--help", "--lang", "ko"], ["help", name, "--lang", "ko"]] {
                let korean = try EndToEndTests.run(binary, arguments, environment: ["COLUMNS": "80"])
                #expect(korean.status == 0 && korean.out.hasPrefix("개요: "), "\(arguments): \(korean.out)")
                let prose = Self.prose(korean.out)
                #expect(UntranslatedText.englishRuns(in: prose).isEmpty, "\(name): \(prose)")
                let english = try EndToEndTests.run(binary, [name, "--help"], environment: ["OVERFIT_LANG": "en"])
                #expect(Self.optionNames(korean.out) == Self.optionNames(english.out), "\(name)")
                #expect(korean.out.contains("사용법: overfit \(name) "), "\(korean.out)")
            }
        }
    }

    /// At 80 columns no line of any subcommand's help is wider than the screen, in either
    /// language: the usage line (129 columns for `tutor`) is broken between its options, each
    /// further line indented under the first option.
    @Test func everyHelpScreenFitsEightyColumns() throws {
        let binary = try EndToEndTests.requireBinary()
        for name in ["tutor", "sessions", "run", "bench", "check-lessons"] {
            for (arguments, label) in [([name, "--help", "--lang", "ko"], "사용법:"), ([name, "--help"], "USAGE:")] {
                let screen = try EndToEndTests.run(
                    binary, arguments, environment: ["COLUMNS": "80", "OVERFIT_LANG": "en"]
                ).out
                for line in screen.components(separatedBy: "\n") {
                    #expect(Text.visibleCount(line) <= 80, "\(arguments): `\(line)`")
                }
                let lines = screen.components(separatedBy: "\n")
                let start = try #require(lines.firstIndex { $0.hasPrefix(label + " overfit \(name)") }, "\(screen)")
                let indent = String(repeating: " ", count: Text.visibleCount("\(label) overfit \(name) "))
                let usage = [lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix(indent + "[") }
                let joined = usage.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                let english = try EndToEndTests.run(binary, [name, "--help"], environment: ["COLUMNS": "400"]).out
                let whole = try #require(english.components(separatedBy: "\n").first { $0.hasPrefix("USAGE: ") })
                #expect(joined == label + whole.dropFirst("USAGE:".count), "\(arguments)")
                if name == "tutor" { #expect(usage.count == 2, "\(usage)") }
            }
        }
    }

    /// A Korean screen without what stays ASCII on purpose: the usage line, the parser's value
    /// lists (`(값: baseline, rotation, …)`) and `run`'s knob lines (names, values, defaults).
    static func prose(_ screen: String) -> String {
        let knobsHeading = TutorMessages.installed(.korean).text(.cliRunKnobs)
        var inKnobs = false, inUsage = false
        var lines: [String] = []
        for line in screen.components(separatedBy: "\n") {
            if line == knobsHeading { inKnobs = true }
            if line.isEmpty { inKnobs = false }
            // The usage line and the lines it was broken into (indented, each an option).
            inUsage =
                line.hasPrefix("사용법: ")
                || (inUsage && line.hasPrefix(" ") && line.trimmingCharacters(in: .whitespaces).hasPrefix("["))
            guard !inKnobs, !inUsage else { continue }
            lines.append(line)
        }
        var text = lines.joined(separator: "\n")
        // A value list may wrap onto the next lines: cut it whole, to its closing parenthesis.
        while let open = text.range(of: "(값: "), let close = text[open.upperBound...].firstIndex(of: ")") {
            text.removeSubrange(open.lowerBound...close)
        }
        return text
    }

    /// The names a help screen lists: `--set`, `-h`, `<session>`…
    static func optionNames(_ screen: String) -> [String] {
        screen.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("  -") || line.hasPrefix("  <") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// `overfit sessions` says its errors in Korean; a second tutor's note is Korean.
    @Test func sessionsAndASecondTutorSpeakKorean() throws {
        let binary = try EndToEndTests.requireBinary()
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let missing = try EndToEndTests.run(
            binary, ["sessions"], environment: ["HOME": home, "XDG_DATA_HOME": home + "/nowhere", "OVERFIT_LANG": "ko"])
        #expect(missing.status == 1)
        #expect(missing.err.hasPrefix("오류: 데이터 디렉터리가 없습니다: \(home)/nowhere/overfit(XDG_DATA_HOME에서 정한 경로)"))
        #expect(UntranslatedText.englishRuns(in: missing.err).isEmpty, "\(missing.err)")
        let environment = ["HOME": home, "XDG_DATA_HOME": home, "OVERFIT_LANG": "ko"]
        try FileManager.default.createDirectory(atPath: home + "/overfit", withIntermediateDirectories: true)
        let lock = DataDirectoryLock.acquire(directory: home + "/overfit")
        guard case .acquired = lock else {
            Issue.record("the lock was not free")
            return
        }
        let second = try EndToEndTests.run(binary, [], input: "set epochs 3\n", environment: environment)
        #expect(second.err.contains("알림: 다른 overfit"), "\(second.err)")
        #expect(UntranslatedText.englishRuns(in: second.err).isEmpty, "\(second.err)")
        let listing = try EndToEndTests.run(binary, ["sessions"], environment: environment)
        #expect(listing.out.contains("보관된 세션(최근 것부터)") && listing.out.contains("마지막 사용"), "\(listing.out)")
        #expect(UntranslatedText.englishRuns(in: listing.out).isEmpty, "\(listing.out)")
        withExtendedLifetime(lock) {}
    }
}
