import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The challenge's two boards: `rank` ranks by validation accuracy and hides test accuracy,
/// `submit` reveals it once, and the winner's curse is the public leader's test accuracy minus
/// its validation accuracy. The fake backend's validation accuracy is test accuracy plus
/// 0.3 × (0.5 − dropout), so dropout 0 leads on validation and falls 15 points on test.
@Suite struct LeaderboardTests {
    static let challenge =
        "lesson: 3\ntitle: Contest\ngoal: g\nsources: s\nrules: train_size=300 val_size=20\nrun: a\nclaim: a.epochs == 2\n"

    /// Three ranked runs (dropout 0, 0.2, 0.4), one without a validation split.
    static let runs = [
        "set epochs 2 val_size 20", "run", "set dropout 0.2", "run", "set dropout 0.4", "run",
        "set val_size 0", "run", "set val_size 20",
    ]

    /// A session whose lessons are `challenge`, fed `lines`; the caller removes the directory.
    func session(_ lines: [String], width: Int = 100) throws -> (Session, TranscriptTerminal, String) {
        let directory = temporaryDirectory()
        try Self.challenge.write(toFile: directory + "/03.lesson", atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(lines, width: width)
        session.guide = LessonGuide(
            library: LessonLibrary.load(directory: directory), progressPath: directory + "/progress")
        return (session, terminal, directory)
    }

    /// Text with every run of whitespace one space: sentences wrap at the width.
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// What `rank` printed the `index`th time (0 = first).
    func rankOutput(_ transcript: String, _ index: Int = 0) -> String {
        let after = transcript.components(separatedBy: "overfit> rank\n")[index + 1]
        return after.components(separatedBy: "overfit> ").first ?? after
    }

    @Test func thePublicBoardRanksByValidationAndHidesTestAccuracy() throws {
        let (session, terminal, directory) = try session(Self.runs + ["rank"])
        defer { removeTemporary(directory) }
        #expect(session.runLoop() == 0)
        let board = session.leaderboard()
        #expect(board.publicBoard.map(\.id) == [1, 2, 3], "dropout 0 has the highest validation accuracy")
        #expect(board.withoutValidation == [4] && board.privateBoard.isEmpty)
        let out = rankOutput(terminal.output)
        let rows = out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.filter {
            $0.count > 1 && Int($0[0]) != nil
        }
        #expect(rows.map { $0[1] } == ["1", "2", "3"], "\(out)")
        let finals = session.state.runs.compactMap(\.result.final)
        for final in finals {
            #expect(
                !out.contains(Text.percent(final.testAccuracy)), "a test figure leaked onto the public board: \(out)")
        }
        #expect(out.contains(Text.percent(finals[0].validationAccuracy ?? 0)))
        #expect(flat(out).contains("Not ranked: run 4 (no validation split; `set val_size 20` and run)."))
        #expect(flat(out).contains("`submit` for the leader, run 1"))
        #expect(
            flat(out).contains(
                "Every run here keeps the rules (train_size 300, val_size 20) and sets epochs 2; the last column lists the knobs it changed besides."
            ), "every run shares epochs 2: said once")
    }

    @Test func submitRevealsTestAccuracyAndMeasuresTheWinnersCurse() throws {
        let (session, terminal, directory) = try session(Self.runs + ["submit 3", "submit", "rank"])
        defer { removeTemporary(directory) }
        #expect(session.runLoop() == 0)
        #expect(session.state.submitted == [3, 1])
        let board = session.leaderboard()
        #expect(board.privateBoard.map(\.id) == [3, 1], "the private board is by test accuracy: dropout 0.4 first")
        let winner = try #require(session.state.runs.first?.result.final)
        let leader = try #require(board.submittedLeader)
        #expect(leader.id == 1)
        // The curse is the leader's own test minus its own validation figure: here -0.3 × 0.5.
        #expect(leader.drop == winner.testAccuracy - (winner.validationAccuracy ?? 0))
        #expect(abs(leader.drop + 0.15) < 1e-12)
        let out = flat(terminal.output)
        #expect(
            out.contains(
                "Run 3 submitted: validation \(Text.percent(0.4 + 0.35 * 2 / 3 + 0.04 + 0.03)) on 20 held-out training images (public rank 3 of 3)"
            ))
        // The other two fell 0.3 × 0.3 and 0.3 × 0.1: 6 points on average, so the leader's
        // 15-point fall is 9 points more than theirs.
        #expect(
            out.contains(
                "Winner's curse, measured: run 1 led 3 runs with \(Text.percent(winner.validationAccuracy ?? 0)) validation accuracy on 20 images; on the 12 test images it scored \(Text.percent(winner.testAccuracy)), 15.00 points below that. The other 2 runs fell 6.00 points on average from validation to test"
            ))
        #expect(
            out.contains(
                "The leader's own change was 9.00 points worse than that average: the luck that made its figure the highest of 3"
            ))
        let rank = rankOutput(terminal.output)
        #expect(rank.contains("Private board: the 2 runs you submitted, by test accuracy."))
        #expect(rank.contains(Text.percent(winner.testAccuracy)) && rank.contains("-15.00"))
    }

    /// Each refused submit leaves the boards, the record and the autosave as they were.
    @Test func aRefusedSubmitChangesNothing() throws {
        let refused = [
            "submit 99", "submit 4", "submit x", "submit 1 2", "set dataset fashion", "submit 1", "set dataset mnist",
            "set train_size 200 val_size 20", "run", "submit 5",
        ]
        let (session, terminal, directory) = try session(Self.runs + ["submit 1"] + refused)
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        #expect(session.state.submitted == [1])
        #expect(!session.state.entries.contains { $0 == .command("submit 99") || $0 == .command("submit 5") })
        let out = flat(terminal.output)
        #expect(out.contains("error: there is no run 99"))
        #expect(out.contains("error: run 4 has no validation split (val_size 0)"))
        #expect(out.contains("error: submit takes a run id (got `x`)"))
        #expect(out.contains("error: submit takes one run id"))
        #expect(out.contains("error: run 1 trained on MNIST; the boards rank the runs on Fashion-MNIST"))
        #expect(
            out.contains(
                "error: run 5 breaks the challenge's rules (train_size 200; the rules say train_size 300, val_size 20)")
        )
        #expect(out.contains("hint: set train_size 300 val_size 20, run, then submit that run"))
    }

    @Test func anUnfinishedRunIsRefused() throws {
        let (session, terminal, directory) = try session(["set epochs 6 val_size 20", "run", "submit 1", "rank"])
        defer { removeTemporary(directory) }
        (session.backend as? FakeBackend)?.interruptAfterEpoch = 3
        _ = session.runLoop()
        #expect(session.state.runs.first?.result.status == .cancelled)
        #expect(session.state.submitted.isEmpty)
        #expect(flat(terminal.output).contains("error: run 1 did not finish (cancelled)"))
    }

    /// The same knobs and seed twice: one row, and submitting either submits that row.
    @Test func identicalRunsAreOneRow() throws {
        let (session, terminal, directory) = try session([
            "set epochs 2 val_size 20", "run", "run", "submit 2", "submit 1", "rank",
        ])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        #expect(session.leaderboard().publicBoard.map(\.id) == [1])
        #expect(session.state.submitted == [1])
        let out = flat(terminal.output)
        #expect(out.contains("error: run 1 is already submitted: its test accuracy is on the private board"))
        #expect(
            flat(rankOutput(terminal.output)).contains(
                "Run 2 repeats run 1's knobs and seed (the same figures): listed once, as run 1."))
    }

    /// At 60 columns the knobs column wraps: every knob name is whole.
    @Test func knobNamesWrapInsteadOfBeingCut() throws {
        let (session, terminal, directory) = try session(
            [
                "set epochs 2 val_size 20 dropout 0.1 weight_decay 0.001 batchnorm on layers 50,50 optimizer adam lr 0.001",
                "run", "rank",
            ], width: 60)
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = rankOutput(terminal.output)
        for name in ["epochs 2", "dropout 0.1", "weight_decay 0.001", "batchnorm on", "layers 50,50", "optimizer adam"]
        {
            #expect(out.contains(name), "\(name) cut: \(out)")
        }
        #expect(
            out.components(separatedBy: "val_size").count == 2,
            "the rules' knobs are the same for every run: said once, above the table")
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    /// With no run to rank, the message naming the runs without a validation split wraps at the
    /// width (a learner saw it as one 133-column line).
    @Test func theEmptyBoardWrapsAtTheWidth() throws {
        let (session, terminal, directory) = try session(
            ["set epochs 2", "run", "run", "set dropout 0.1", "run", "set dropout 0.2", "run", "rank"], width: 60)
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = rankOutput(terminal.output)
        #expect(flat(out).contains("had no validation split: `set val_size 20`"), "\(out)")
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(out)")
    }

    /// A saved session with submits replays to the same boards, bit for bit.
    @Test func aReplayedSubmitGivesTheSameBoards() throws {
        let (session, terminal, directory) = try session(Self.runs + ["submit 2", "submit", "rank"])
        defer { removeTemporary(directory) }
        #expect(session.runLoop() == 0)
        let path = directory + "/s.ovf"
        #expect(session.execute("save \(path)"))
        let file = try Session.loadSessionFile(path)
        #expect(file.commands.filter { $0.hasPrefix("submit") } == ["submit 2", "submit"])
        let (replayed, replayTerminal, _) = makeSession(width: 100)
        replayed.guide = session.guide
        #expect(replayed.replay(file).passed)
        #expect(replayed.state.submitted == [2, 1])
        #expect(
            replayed.leaderboard().render(style: replayed.style) == session.leaderboard().render(style: session.style))
        let replayedRank = rankOutput(replayTerminal.output).components(separatedBy: "replay check:")[0]
        #expect(replayedRank == rankOutput(terminal.output).components(separatedBy: "saved ")[0])
    }

    /// A leader that did better on test than on validation, among runs that did better still:
    /// no sentence says it fell. Validation is test + 0.3 × (0.5 − dropout): dropout 0.6 rises
    /// 3 points, dropout 0.8 rises 9.
    @Test func aLeaderThatRoseIsNotSaidToFall() throws {
        let (session, terminal, directory) = try session([
            "set epochs 2 val_size 20 dropout 0.6", "run", "set dropout 0.8", "run", "submit",
        ])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let leader = try #require(session.leaderboard().submittedLeader)
        #expect(leader.id == 1 && abs(leader.drop - 0.03) < 1e-12)
        let out = flat(terminal.output)
        #expect(out.contains("it scored \(Text.percent(leader.test)), 3.00 points above that."))
        #expect(out.contains("The other run rose 9.00 points from validation to test"))
        #expect(out.contains("The leader's own change was 6.00 points worse than that average"))
        #expect(!out.contains("leader fell"))
    }
}
