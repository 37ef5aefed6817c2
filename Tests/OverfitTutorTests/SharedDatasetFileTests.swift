import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// A shared session file naming a dataset directory: the directory is only read, a damaged one
/// is one clear error (the data file, what was expected, a hint) and the session carries on; a
/// path holding control characters is refused, shown escaped, and changes nothing.
@Suite struct SharedDatasetFileTests {
    static func listing(_ directory: String) -> [String: Int] {
        var files: [String: Int] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            let size = (try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int) ?? -1
            files[name] = size
        }
        return files
    }

    @Test func aNamedDirectoryIsReadNeverWritten() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let data = directory + "/their data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try Data("not an IDX file".utf8).write(to: URL(fileURLWithPath: data + "/train-images-idx3-ubyte"))
        let before = Self.listing(data)
        let text = "overfit-session 2\ntool 0\nbaseline\ncommand set dataset \"\(data)\" epochs 2\ncommand run\nend 2\n"
        try text.write(toFile: directory + "/shared.ovf", atomically: true, encoding: .utf8)
        let backend = DatasetBackend { source in try TrainingData.load(source, environment: [:]) }
        let terminal = TranscriptTerminal(lines: ["replay \(directory)/shared.ovf", "show dataset"], width: 400)
        let session = Session(terminal: terminal, backend: backend)
        #expect(session.runLoop() == 1)
        #expect(terminal.errors.contains("cannot use data") && terminal.errors.contains(data), "\(terminal.errors)")
        #expect(terminal.errors.contains("hint:"))
        #expect(session.state.config.dataset == .directory(data) && session.state.runs.isEmpty)
        #expect(terminal.output.contains("dataset"))
        #expect(Self.listing(data) == before, "the dataset directory was written to")
    }

    @Test func aPathWithControlCharactersIsRefusedAndShownEscaped() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let text =
            "overfit-session 2\ntool 0\nbaseline\ncommand set epochs 3\ncommand set dataset \"/tmp/\u{1B}[2Jx\"\nend 2\n"
        try text.write(toFile: directory + "/bad.ovf", atomically: true, encoding: .utf8)
        let terminal = TranscriptTerminal(lines: ["replay \(directory)/bad.ovf"], width: 400)
        let session = Session(terminal: terminal, backend: FakeBackend())
        _ = session.runLoop()
        #expect(!terminal.output.contains("\u{1B}") && !terminal.errors.contains("\u{1B}"))
        #expect(terminal.errors.contains("dataset: the path holds control characters"), "\(terminal.errors)")
        #expect(terminal.errors.contains(#"(got `/tmp/\x1B[2Jx`)"#), "\(terminal.errors)")
        #expect(session.state.config.dataset == .mnist)
    }
}
