import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import Testing

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
            #expect(said.contains("데이터 파일을 쓸 수 없습니다"), "\(ko.err)")
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
}
