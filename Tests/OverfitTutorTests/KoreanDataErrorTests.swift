import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitData
@testable import OverfitTutor

/// A data file's error in a Korean session: a damaged or missing dataset of the learner's own is
/// said in Korean (headline, what was expected and found, hint), its path and bytes still pass
/// the sanitiser, and the same error in English reads as it always did.
@Suite struct KoreanDataErrorTests {
    /// Every sentence OverfitData says is a catalogue key with the same placeholders.
    @Test func everyDataMessageIsACatalogueKeyWithItsPlaceholders() {
        for message in DataMessage.allCases {
            let key = TutorMessages.Key(rawValue: message.rawValue)
            #expect(key != nil, "no TutorMessages.Key for \(message.rawValue)")
            if let key { #expect(Set(key.placeholders) == Set(message.placeholders), "\(message.rawValue)") }
        }
    }

    /// A dataset directory damaged one way per case, and what a Korean session then says.
    static func damaged(_ directory: String, _ damage: String) throws {
        try HostileTree.writeDataset(directory, trainLabels: [0, 1, 2, 1], testLabels: [1, 0], rows: 4, cols: 4)
        let images = "\(directory)/\(IDXDirectory.trainImages)", labels = "\(directory)/\(IDXDirectory.trainLabels)"
        switch damage {
        case "magic": try Data("GIF89a\u{1B}[2J and more".utf8).write(to: URL(fileURLWithPath: images))
        case "truncated": try Data([0, 0]).write(to: URL(fileURLWithPath: images))
        case "count":
            try Data(HostileTree.bigEndian([0x801, 1]) + [0]).write(to: URL(fileURLWithPath: labels))
        default: break
        }
    }

    /// The real binary (its real data loading), in Korean and in English, on each damage.
    @Test func aDamagedDatasetIsSaidInKoreanAndEnglishIsUnchanged() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let cases: [(damage: String, korean: String, english: String)] = [
            ("magic", "매직 넘버가 맞지 않습니다", "wrong magic number (expected IDX image file magic number"),
            ("truncated", "파일이 중간에 잘려 있습니다", "file is truncated (expected an IDX image file starting"),
            ("count", "이미지 수와 레이블 수가 다릅니다", "image and label counts differ (expected 4 labels, one per image"),
        ]
        for (damage, korean, english) in cases {
            let directory = "\(tree.work)/\(damage)"
            try Self.damaged(directory, damage)
            let input = "set dataset \(damage) epochs 1\nrun\n"
            let ko = try tree.run(["--lang", "ko"], input: input)
            let said = KoreanFileMessagesTests.blocks(ko.err + ko.out, ["오류"])
            KoreanFileMessagesTests.expectKorean(said, containing: korean)
            #expect(said.contains("데이터 파일을 사용할 수 없습니다"), "\(ko.err)")
            #expect(!said.contains("\u{1B}"))

            let en = try tree.run([], input: input)
            #expect(en.err.contains("error: cannot use data file "), "\(en.err)")
            #expect(en.err.contains(english), "\(en.err)")
        }
    }

    /// The English of a data file's error, word for word as before phrases carried it.
    @Test func theEnglishSentenceIsTheDescriptionsFirstLineWithExpectedAndFound() {
        let error = DataError(
            .missing, path: "/d/train-images-idx3-ubyte", expected: DataError.idxFile, hint: DataError.restore)
        let hinted = HintedError(error)
        #expect(
            hinted.message
                == "cannot use data file /d/train-images-idx3-ubyte: file not found (expected an IDX file; found no such file)"
        )
        #expect(hinted.hint == DataError.restoreHint)
        #expect(error.description.hasPrefix("cannot use data file /d/train-images-idx3-ubyte: file not found\n"))
        let korean = hinted.render(style: RenderStyle(width: 200, language: .korean))
        #expect(korean.contains("파일 없음") && UntranslatedText.englishRuns(in: korean).isEmpty, "\(korean)")
    }

    // MARK: - Every damaged file, in Korean

    static let korean = RenderStyle(width: 10_000, language: .korean)
    static let english = RenderStyle(width: 10_000)

    /// `bytes` as a gzip file of one stored (uncompressed) deflate block, written by hand: this
    /// target has no zlib, and a hand-made stream is easy to cut or to break.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < 1 << 16)
        func littleEndian(_ value: UInt32, _ count: Int) -> [UInt8] {
            (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        let length = UInt32(bytes.count)
        return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 1] + littleEndian(length, 2) + littleEndian(~length, 2) + bytes
            + littleEndian(~crc, 4) + littleEndian(length, 4)
    }

    static func images(_ count: Int, _ rows: Int, _ cols: Int) -> [UInt8] {
        HostileTree.bigEndian([0x803, UInt32(count), UInt32(rows), UInt32(cols)])
            + (0..<(count * rows * cols)).map { UInt8(truncatingIfNeeded: $0 * 7) }
    }

    /// A damaged dataset, the loader that reads it, and the catalogue key of what it finds.
    struct Damage: Sendable {
        let name: String
        let found: DataMessage
        let load: @Sendable (String) throws -> Void
    }

    /// A directory of four good IDX files (4 training images of 4×4, labels 0-2, 2 test
    /// images) with `damage` done to it, loaded as a learner's own (`set dataset DIR`).
    static func own(
        _ name: String, _ found: DataMessage, rows: Int = 4, cols: Int = 4, train: [UInt8] = [0, 1, 2, 1],
        rules: IDXRules? = nil, _ damage: @escaping @Sendable (String) throws -> Void
    ) -> Damage {
        Damage(name: name, found: found) { directory in
            try HostileTree.writeDataset(directory, trainLabels: train, testLabels: [1, 0], rows: rows, cols: cols)
            try damage(directory)
            if let rules {
                _ = try IDXDirectory.load(directory, rules: rules)
            } else {
                _ = try DatasetSource.directory(directory).load(environment: [:])
            }
        }
    }

    static func write(_ bytes: [UInt8], _ directory: String, _ name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
    }

    /// Replaces the plain training images by `bytes` under the gzipped name.
    static func gzipped(_ bytes: [UInt8], _ directory: String) throws {
        try FileManager.default.removeItem(atPath: directory + "/" + IDXDirectory.trainImages)
        try write(bytes, directory, IDXDirectory.trainImages + ".gz")
    }

    static let trainImages = IDXDirectory.trainImages, trainLabels = IDXDirectory.trainLabels
    static let classes = IDXDirectory.classListFile

    static let damages: [Damage] = [
        own("gzip cut short", .dataZlibSays) { try gzipped(Array(gzip(images(4, 4, 4)).dropLast(12)), $0) },
        own("gzip checksum", .dataZlibSays) {
            var bytes = gzip(images(4, 4, 4))
            bytes[bytes.count - 8] ^= 0xFF
            try gzipped(bytes, $0)
        },
        own("gzip trailing data", .dataMoreAfter) { try gzipped(gzip(images(4, 4, 4) + [0, 0, 0]), $0) },
        own("not gzip", .dataFirstBytes) { try gzipped(Array("plain text".utf8), $0) },
        own("empty gzip", .dataEmptyFile) { try gzipped([], $0) },
        Damage(name: "gzip inflating too much", found: .dataMoreThanThat) { directory in
            try write(gzip(images(4, 4, 4)), directory, "big.gz")
            _ = try Gzip.decompressFile(atPath: directory + "/big.gz", maxBytes: 10)
        },
        own("trailing bytes", .dataBytesMoreThanDeclared) { try write(images(4, 4, 4) + [1, 2, 3], $0, trainImages) },
        own("payload cut short", .dataOnlyBytes) { try write(Array(images(4, 4, 4).prefix(40)), $0, trainImages) },
        own("wrong magic", .dataMagicFound) {
            try write(HostileTree.bigEndian([0x801, 3]) + [1, 2, 3], $0, trainImages)
        },
        own("zero images", .dataHeaderZeroItems) {
            try write(HostileTree.bigEndian([0x803, 0, 4, 4]), $0, trainImages)
        },
        own("zero labels", .dataHeaderZeroItems) { try write(HostileTree.bigEndian([0x801, 0]), $0, trainLabels) },
        own("zero width", .dataHeaderZeroDimension) {
            try write(HostileTree.bigEndian([0x803, 3, 4, 0]), $0, trainImages)
        },
        own("too many images", .dataHeaderDeclaring) {
            try write(HostileTree.bigEndian([0x803, 0xFFFF_FFFF, 4, 4]), $0, trainImages)
        },
        own("too many bytes", .dataHeaderDeclaringBytes) {
            try write(HostileTree.bigEndian([0x803, 1 << 24, 4096, 4096]), $0, trainImages)
        },
        own("test images of another size", .dataImagesOfSize) {
            try write(images(2, 5, 4), $0, "t10k-images-idx3-ubyte")
        },
        own("images too wide", .dataCountImagesOfSize, rows: 1, cols: 257) { _ in },
        own("MNIST of 8x8", .dataImagesOfSize, rows: 8, cols: 8, rules: .mnist) { _ in },
        own("MNIST label 12", .dataLabelAt, rows: 28, cols: 28, train: [0, 12, 2, 1], rules: .mnist) { _ in },
        own("one class", .dataEveryLabelIs, train: [0, 0, 0, 0]) {
            try write(HostileTree.bigEndian([0x801, 2]) + [0, 0], $0, "t10k-labels-idx1-ubyte")
        },
        own("label past classes.txt", .dataLabelAt) { try write(Array("cat\ndog\n".utf8), $0, classes) },
        own("classes.txt empty line", .dataLineEmpty) { try write(Array("cat\n\ndog\nfox\n".utf8), $0, classes) },
        own("classes.txt control", .dataControlOnLine) {
            try write(Array("cat\nd\u{1B}[2Jog\nfox\n".utf8), $0, classes)
        },
        own("classes.txt long name", .dataCharactersOnLine) {
            try write(Array(("cat\n" + String(repeating: "x", count: 41) + "\nfox\n").utf8), $0, classes)
        },
        own("classes.txt one name", .dataNameCount, train: [0, 0, 0, 0]) {
            try write(Array("cat\n".utf8), $0, classes)
            try write(HostileTree.bigEndian([0x801, 2]) + [0, 0], $0, "t10k-labels-idx1-ubyte")
        },
        own("classes.txt not UTF-8", .dataNotUtf8) {
            try write([0x63, 0x0A, 0xFF, 0xFE, 0x0A, 0x64, 0x0A], $0, classes)
        },
        own("classes.txt too large", .dataBytesNotRead) {
            try write(Array(repeating: 0x61, count: 1 << 20), $0, classes)
        },
        own("classes.txt a directory", .dataNotRegularKind) {
            try FileManager.default.createDirectory(atPath: $0 + "/" + classes, withIntermediateDirectories: false)
        },
        own("images a directory", .fileKindDirectory) {
            try FileManager.default.removeItem(atPath: $0 + "/" + trainImages)
            try FileManager.default.createDirectory(atPath: $0 + "/" + trainImages, withIntermediateDirectories: false)
        },
        own("images a symlink loop", .dataSystemSays) {
            try FileManager.default.removeItem(atPath: $0 + "/" + trainImages)
            try FileManager.default.createSymbolicLink(
                atPath: $0 + "/" + trainImages + ".gz", withDestinationPath: trainImages + ".gz")
        },
        Damage(name: "--data names no directory", found: .dataNoSuchDirectory) { directory in
            _ = try MNIST.locateDirectory(explicit: directory + "/nowhere", environment: [:])
        },
        Damage(name: "OVERFIT_DATA names an empty directory", found: .dataDirectoryWithout) { directory in
            _ = try MNIST.locateDirectory(explicit: nil, environment: [MNIST.environmentVariable: directory])
        },
        Damage(name: "no MNIST anywhere", found: .dataNoneInPlaces) { directory in
            _ = try MNIST.locateDirectory(
                explicit: nil, environment: [:], currentDirectory: directory, executablePath: nil,
                sourceFile: directory + "/a/b/c.swift")
        },
        Damage(name: "no Fashion-MNIST package", found: .dataNoSuchFile) { directory in
            _ = try DatasetSource.fashion.load(environment: [DatasetSource.fashionEnvironmentVariable: directory])
        },
    ]

    /// Every phrase inside `phrase`, itself first.
    static func phrases(in phrase: Phrase) -> [Phrase] {
        [phrase]
            + phrase.values.values.flatMap { value -> [Phrase] in
                if case .phrase(let inner) = value { return phrases(in: inner) } else { return [] }
            }
    }

    /// Each damage's error in Korean: no English run, every part a sentence of the catalogue
    /// whose English is the one the error carries, and the Korean catalogue's words on screen.
    @Test(arguments: damages.indices)
    func aDamagedFileIsSaidWhollyInKorean(_ index: Int) throws {
        let damage = Self.damages[index]
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let error = try #require(throws: DataError.self, "\(damage.name) was accepted") { try damage.load(directory) }
        #expect(
            Self.phrases(in: error.foundPhrase).contains { $0.id == damage.found.rawValue }, "\(damage.name): \(error)")
        let hinted = HintedError(error)
        let korean = hinted.render(style: Self.korean)
        #expect(UntranslatedText.englishRuns(in: korean).isEmpty, "\(damage.name): English in \(korean)")
        expectNoControlBytes(korean)
        // (Where MNIST was looked for is a list of lines: the first is enough.)
        let found = Self.korean.say(error.foundPhrase).components(separatedBy: "\n")[0]
        #expect(korean.contains(Self.korean.say(error.expectedPhrase)) && korean.contains(found), "\(korean)")
        #expect(korean.hasPrefix("오류: 데이터 ") && korean.contains("\n  힌트: "), "\(korean)")
        for phrase in Self.phrases(in: error.sentence) + Self.phrases(in: error.hintPhrase) {
            let message = DataMessage(rawValue: phrase.id)
            #expect(message != nil, "\(damage.name): `\(phrase.english)` is no sentence of the catalogue")
            #expect(Set(phrase.values.keys) == Set(message?.placeholders ?? []), "\(phrase.id)")
            #expect(Self.english.say(phrase) == phrase.english, "\(phrase.id): the catalogue's English differs")
            #expect(Self.korean.say(phrase) != phrase.english, "\(phrase.id) is not translated")
        }
        // English as it always was: the description's words.
        if !error.found.contains("\n") {
            #expect(hinted.render(style: Self.english) == "error: \(error.sentence.english)\n  hint: \(error.hint)\n")
        }
    }

    /// A learner's directory with no data keeps its own fix inside the longer hint.
    @Test func theNoDataHintCarriesTheDirectorysFix() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try HostileTree.writeDataset(directory, trainLabels: [0, 1], testLabels: [1, 0], rows: 4, cols: 4)
        try Self.write(HostileTree.bigEndian([0x803, 0, 4, 4]), directory, Self.trainImages)
        let error = try #require(throws: DataError.self) {
            try DatasetSource.directory(directory).load(environment: [:])
        }
        let own = IDXRules.directory(directory).hintPhrase
        #expect(error.hint == "the file holds no data; " + own.english)
        #expect(Self.korean.say(error.hintPhrase) == "파일에 데이터가 없습니다. " + Self.korean.say(own))
    }

    /// `--memory-budget` with a value that is no size, and `run --set` with a refused value: the
    /// usage error in Korean whichever way Korean is chosen, English otherwise.
    @Test func aRefusedOptionValueIsSaidInKorean() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let usage =
            "overfit tutor [--replay <file>] [--resume] [<session>] [--ascii] [--data <dir>] [--memory-budget <size>] [--lang <en|ko>]"
        let english = try tree.run(["--memory-budget", "12XB"])
        #expect(english.status == 64)
        #expect(
            english.err
                == "Error: --memory-budget takes a size such as 16GB or 512MB (got `12XB`)\nUsage: \(usage)\n"
                + "  See 'overfit tutor --help' for more information.\n")
        for (arguments, extra) in [
            (["--lang", "ko", "--memory-budget", "12XB"], [:]), (["--memory-budget=12XB"], ["OVERFIT_LANG": "ko"]),
            (["--memory-budget", "12XB"], ["LANG": "ko_KR.UTF-8"]),
        ] {
            let korean = try tree.run(arguments, extra: extra)
            #expect(korean.status == 64)
            #expect(
                korean.err
                    == "오류: --memory-budget에는 16GB나 512MB 같은 크기를 씁니다(입력한 값: `12XB`)\n사용법: \(usage)\n"
                    + "  자세한 내용은 'overfit tutor --help'로 볼 수 있습니다.\n", "\(arguments) \(extra)")
        }
        let run = try tree.run(["run", "--lang", "ko", "--set", "dropout=2"])
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("오류: dropout 값은 [0, 1) 범위여야 합니다(입력한 값: 2); 보기: --set dropout=0.2\n"), "\(run.err)")
        let control = try tree.run(["--lang", "ko", "--memory-budget", "1\u{1B}[2J"])
        #expect(!control.err.contains("\u{1B}") && control.err.contains("사용법: "), "\(control.err)")
        // The parser's own errors are Korean too (KoreanParserErrorTests).
        let unknown = try tree.run(["--lang", "ko", "--bogus"])
        #expect(unknown.err.hasPrefix("오류: 알 수 없는 옵션입니다: '--bogus'\n"), "\(unknown.err)")
    }
}
