import Foundation
import OverfitData
import Testing

/// The argument parser's own usage errors (an unknown option, a missing value, an extra
/// argument, a value it cannot read) said in Korean when Korean is chosen, by `--lang`, by
/// `OVERFIT_LANG` or by `LANG`; in English the parser's screen, byte for byte as before.
@Suite struct KoreanParserErrorTests {
    static let tutorUsage =
        "overfit tutor [--replay <file>] [--resume] [<session>] [--ascii] [--data <dir>] [--memory-budget <size>] [--lang <en|ko>]"
    static let runUsage =
        "overfit run [--set <knob=value> ...] [--json] [--data <dir>] [--memory-budget <size>] [--lang <en|ko>]"
    static let benchUsage =
        "overfit bench [--workload <name>] [--repeat <repeat>] [--json] [--no-gemm] [--no-products] [--data <dir>]"

    /// Each command line, its Korean error line and the lines after it up to the usage line.
    static let cases: [(arguments: [String], said: String)] = [
        (["--bogus"], "오류: 알 수 없는 옵션입니다: '--bogus'"),
        (["--Data=x"], "오류: 알 수 없는 옵션입니다: '--Data'. 혹시 '--data' 옵션인가요?"),
        (["-x"], "오류: 알 수 없는 옵션입니다: '-x'"),
        (["--data"], "오류: 옵션 '--data' 뒤에 값이 빠졌습니다: '--data <dir>'처럼 씁니다"),
        (["run", "--seeds"], "오류: 알 수 없는 옵션입니다: '--seeds'. 혹시 '--set' 옵션인가요?"),
        (["run", "--set"], "오류: 옵션 '--set' 뒤에 값이 빠졌습니다: '--set <knob=value>'처럼 씁니다"),
        (["--resume=3"], "오류: 옵션 '--resume'에는 값을 쓰지 않습니다(입력한 값: '3')"),
        (["sessions", "extra"], "오류: 받을 곳이 없는 인자입니다: 'extra'"),
        (["run", "a", "b"], "오류: 받을 곳이 없는 인자가 2개 있습니다: 'a', 'b'"),
        (["bench", "--repeat", "many"], "오류: '--repeat <repeat>'에 쓸 수 없는 값입니다: 'many'"),
        (
            ["bench", "--workload", "bogus"],
            "오류: '--workload <name>'에 쓸 수 없는 값입니다: 'bogus'. 다음 중 하나를 쓰세요: 'baseline', 'rotation', 'full', 'cnn', 'cnn-lesson', 'all', 'none'"
        ),
        (
            ["check-lessons", "--seeds", "x"],
            "오류: '--seeds <list>'에 쓸 수 없는 값입니다: 'x'(\"`x` is not a whole number or a range LOW-HIGH (got `x`); write whole numbers and ranges separated by commas, e.g. 0,1,2 or 0-9\")"
        ),
        (["--replay", "a", "--resume"], "오류: --replay와 --resume은 함께 쓸 수 없습니다. 하나만 고르세요"),
        (
            ["lesson"],
            "오류: 알 수 없는 인자입니다: `lesson`. 세션을 이어서 하려면 이렇게 씁니다: `overfit --resume lesson`. 명령 목록은 `overfit --help`로 볼 수 있습니다"
        ),
        (
            ["bench", "--repeat", "99"],
            "오류: 명령줄을 받아들이지 못했습니다(인자 해석기의 메시지: \"--repeat must be in [1, 50]\")"
        ),
    ]

    @Test func theParsersErrorsAreSaidInKorean() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        for (arguments, said) in Self.cases {
            let subcommand = ["run", "sessions", "bench", "check-lessons"].contains(arguments[0])
            // `--lang` goes after the subcommand, where the parser reads it; bench has none.
            var ways: [([String], [String: String])] = [
                (arguments, ["OVERFIT_LANG": "ko"]), (arguments, ["LANG": "ko_KR.UTF-8"]),
            ]
            if arguments[0] != "bench" {
                ways.append(
                    (
                        subcommand
                            ? [arguments[0], "--lang", "ko"] + arguments.dropFirst() : ["--lang", "ko"] + arguments, [:]
                    ))
            }
            for (line, extra) in ways {
                let result = try tree.run(line, extra: extra)
                #expect(result.status == 64, "\(line) \(extra)")
                let lines = result.err.components(separatedBy: "\n")
                #expect(lines.first == said, "\(line) \(extra)\n\(result.err)")
                #expect(
                    !result.err.contains("Error:") && !result.err.contains("Usage:") && !result.err.contains("See '"))
                #expect(lines.contains { $0.hasPrefix("사용법: overfit ") }, "\(result.err)")
                #expect(lines.contains { $0.hasPrefix("  자세한 내용은 'overfit ") }, "\(result.err)")
            }
        }
    }

    /// The parser's `Help:` line keeps the option's synopsis and gives its text in Korean.
    @Test func theHelpLineOfAMissingValueIsKorean() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let result = try tree.run(["--lang", "ko", "--data"])
        #expect(
            result.err
                == "오류: 옵션 '--data' 뒤에 값이 빠졌습니다: '--data <dir>'처럼 씁니다\n"
                + "도움말:  --data <dir>  MNIST의 .gz 파일 네 개가 있는 디렉터리(기본값: 패키지의 datasets/, 또는 $OVERFIT_DATA).\n"
                + "사용법: \(Self.tutorUsage)\n  자세한 내용은 'overfit tutor --help'로 볼 수 있습니다.\n")
    }

    /// At 80 columns the Korean usage line is broken between its options, as on the help screen.
    @Test func theKoreanUsageLineFitsTheScreen() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let result = try tree.run(["--lang", "ko", "--bogus"], extra: ["COLUMNS": "80"])
        #expect(
            result.err
                == "오류: 알 수 없는 옵션입니다: '--bogus'\n"
                + "사용법: overfit tutor [--replay <file>] [--resume] [<session>] [--ascii]\n"
                + "                      [--data <dir>] [--memory-budget <size>] [--lang <en|ko>]\n"
                + "  자세한 내용은 'overfit tutor --help'로 볼 수 있습니다.\n")
        // A long sentence and the Help: line wrap too, under their labels.
        for arguments in [["--lang", "ko", "--data"], ["--lang", "ko", "lesson"]] {
            let long = try tree.run(arguments, extra: ["COLUMNS": "80"])
            #expect(long.status == 64)
            for line in long.err.split(separator: "\n") {
                #expect(line.displayWidth <= 80, "\(arguments): `\(line)`")
            }
        }
    }

    /// `--help` among other options is the screen the parser would show, in Korean: the
    /// subcommand's when the line starts with it, else the tutor's.
    @Test func helpAmongOtherOptionsIsKorean() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let cases: [([String], [String: String], String)] = [
            (["run", "--lang", "ko", "--json", "--help"], [:], "개요: 설정 하나를 화면 없이 훈련하고"),
            (["run", "--json", "-h"], ["OVERFIT_LANG": "ko"], "개요: 설정 하나를 화면 없이 훈련하고"),
            (["--lang", "ko", "run", "--json", "--help"], [:], "개요: 대화형 튜터"),
            (["--ascii", "--help"], ["LANG": "ko_KR.UTF-8"], "개요: 대화형 튜터"),
        ]
        for (arguments, extra, opening) in cases {
            let result = try tree.run(arguments, extra: extra.merging(["COLUMNS": "80"]) { $1 })
            #expect(result.status == 0, "\(arguments)")
            #expect(result.out.hasPrefix(opening), "\(arguments) \(extra)\n\(result.out.prefix(200))")
            #expect(!result.out.contains("OVERVIEW:") && !result.out.contains("USAGE:"), "\(arguments)")
        }
        // After `--` a `--help` is an argument: the parser's error, not a help screen.
        let literal = try tree.run(["--lang", "ko", "--", "--help"])
        #expect(literal.status != 0 && !literal.out.hasPrefix("개요:"))
    }

    /// What was typed is quoted through the sanitiser, in either language.
    @Test func aTypedControlByteIsShownEscaped() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let korean = try tree.run(["--lang", "ko", "--\u{1B}[2Jx"])
        #expect(korean.err.hasPrefix("오류: 알 수 없는 옵션입니다: '--\\x1B[2Jx'\n"), "\(korean.err)")
        let english = try tree.run(["--\u{1B}[2Jx"])
        #expect(english.status == 64)
        #expect(english.err.hasPrefix("Error: Unknown option '--\\x1B[2Jx'\n"), "\(english.err)")
    }

    /// English is the parser's own screen, unchanged.
    @Test func englishKeepsTheParsersScreen() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let expected: [([String], String)] = [
            (
                ["--bogus"],
                "Error: Unknown option '--bogus'\nUsage: \(Self.tutorUsage)\n  See 'overfit tutor --help' for more information.\n"
            ),
            (
                ["--data"],
                "Error: Missing value for '--data <dir>'\nHelp:  --data <dir>  The directory holding MNIST's four .gz files (default: the package's datasets/, or $OVERFIT_DATA).\nUsage: \(Self.tutorUsage)\n  See 'overfit tutor --help' for more information.\n"
            ),
            (
                ["run", "--seeds"],
                "Error: Unknown option '--seeds'. Did you mean '--set'?\nUsage: \(Self.runUsage)\n  See 'overfit run --help' for more information.\n"
            ),
            (
                ["--resume=3"],
                "Error: The option '--resume' does not take any value, but '3' was specified.\nUsage: \(Self.tutorUsage)\n  See 'overfit tutor --help' for more information.\n"
            ),
            (
                ["bench", "extra"],
                "Error: Unexpected argument 'extra'\nUsage: \(Self.benchUsage)\n  See 'overfit bench --help' for more information.\n"
            ),
            (
                ["--replay", "a", "--resume"],
                "Error: --replay and --resume do not go together: pick one\nUsage: \(Self.tutorUsage)\n  See 'overfit tutor --help' for more information.\n"
            ),
        ]
        for (arguments, err) in expected {
            let result = try tree.run(arguments)
            #expect(result.status == 64)
            #expect(result.err == err, "\(arguments)")
        }
    }
}
