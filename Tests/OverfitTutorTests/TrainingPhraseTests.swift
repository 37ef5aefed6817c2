import Foundation
import Testing

@testable import OverfitData
@testable import OverfitLessons
@testable import OverfitTraining
@testable import OverfitTutor

/// OverfitTraining's errors in the session's language: every sentence it can say is a catalogue
/// key with the same placeholders (so a missing translation fails here), its English in Swift is
/// the catalogue's English word for word (so `overfit run --set` and an English session say the
/// same), and a Korean session says knob errors, notes and `explain`'s header in Korean.
@Suite struct TrainingPhraseTests {
    static let english = RenderStyle(width: 110)
    static let korean = RenderStyle(width: 110, language: .korean)

    @Test func everyTrainingMessageIsACatalogueKeyWithItsPlaceholders() {
        for message in TrainingMessage.allCases {
            let key = TutorMessages.Key(rawValue: message.rawValue)
            #expect(key != nil, "no TutorMessages.Key for \(message.rawValue)")
            if let key { #expect(Set(key.placeholders) == Set(message.placeholders), "\(message.rawValue)") }
        }
        // Both catalogues loaded (a translation that does not mirror the English is dropped).
        #expect(!TutorMessages.installed(.korean).isEmpty && TutorMessages.installed(.korean) != Self.english.words)
    }

    /// Settings each refused by a different check.
    static let badSettings = [
        "dropout 2", "batch zero", "layers x", "layers 100,,conv16", "layers 100,conv16", "layers conv0",
        "layers conv16k20", "layers conv1,conv1,conv1,conv1,conv1,conv1,conv1",
        "layers 1,1,1,1,1,1,1,1,1,1,1,1,1", "optimizer rmsprop", "dropout", "velocity 1", "dropuot 0.2",
        "dropout 0.1 dropout 0.2", "augment rotate:200", "augment rotate:1,2,3,4,5,6,7,8,9", "augment random:500,1",
        "augment spin", "dataset \"\"", "dataset \"a\u{7}b\"", "dataset " + String(repeating: "d", count: 5000),
        "test_eval x", "test_eval 0", "lr abc", "dataset \"unclosed",
    ]

    /// Configs each refused by a different combined check.
    static let badConfigs = [
        "val_size 300", "batchnorm on batch 1", "batchnorm on bn_shared on layers 100,50", "seed 4294967295 repeats 2",
        "patience 3", "layers conv16,conv32,conv64,100", "layers conv16,conv32,conv64k3,conv8k1,100",
    ]

    static func errors() throws -> [HintedError] {
        var errors: [HintedError] = []
        for text in badSettings {
            do {
                _ = try KnobSettings(parsing: text)
                Issue.record("`\(text)` was accepted")
            } catch { errors.append(error) }
        }
        for text in badConfigs {
            let config = try KnobSettings(parsing: text).applied(to: RunConfig())
            do {
                try config.validate()
                Issue.record("`\(text)` was accepted")
            } catch { errors.append(error) }
        }
        do {
            _ = try KnobCommand.parse(["set"])
            Issue.record("a bare `set` was accepted")
        } catch { errors.append(error) }
        errors.append(HintedError(loading: .mnist, CocoaError(.fileNoSuchFile)))
        // Past the memory budget: one seed, and three at once (each part's name says so).
        let estimate = RunEstimate(config: RunConfig())
        for (run, budget) in [(estimate, MemoryBudget.machineDefault), (estimate.seedsAtOnce(3), .machineDefault)] {
            do {
                try run.check(MemoryBudget(bytes: 1 << 20, origin: budget.origin))
                Issue.record("a run past the budget was accepted")
            } catch { errors.append(error) }
        }
        return errors
    }

    /// Every phrase inside `phrase`, itself first.
    static func phrases(in phrase: Phrase) -> [Phrase] {
        [phrase]
            + phrase.values.values.flatMap { value -> [Phrase] in
                if case .phrase(let inner) = value { return phrases(in: inner) } else { return [] }
            }
    }

    @Test func everyErrorIsPhrasedAndItsEnglishIsTheCatalogues() throws {
        let errors = try Self.errors()
        #expect(errors.count == Self.badSettings.count + Self.badConfigs.count + 4)
        var said = Set<String>()
        for error in errors {
            #expect(error.phrase != nil && error.hintPhrase != nil, "\(error) is English only")
            for phrase in [error.phrase, error.hintPhrase].compactMap({ $0 }).flatMap(Self.phrases) {
                said.insert(phrase.id)
                let message = TrainingMessage(rawValue: phrase.id)
                #expect(message != nil, "\(phrase.id) is no TrainingMessage")
                #expect(Set(phrase.values.keys) == Set(message?.placeholders ?? []), "\(phrase.id)")
                #expect(Self.english.say(phrase) == phrase.english, "\(phrase.id): the catalogue's English differs")
                let korean = Self.korean.say(phrase)
                #expect(korean != phrase.english || phrase.id == "allowed.word", "\(phrase.id) is not translated")
            }
        }
        // The corpus reaches most sentences; the rest need a dataset or a run.
        #expect(said.count >= 45, "\(said.sorted())")
    }

    @Test func notesAfterSetArePhrasedWithTheCataloguesEnglish() throws {
        func config(_ text: String) throws -> RunConfig { try KnobSettings(parsing: text).applied(to: RunConfig()) }
        let idle = try config("bn_shared on momentum 0.5 layers none dropout 0.2")
        let notes: [Phrase] =
            idle.idleKnobPhrases(among: [.batchNormShared, .momentum, .dropout])
            + (try config("layers conv16,100 dropout 0.2")).convolutionRegulariserPhrases()
            + (try config("layers conv16 dropout 0.2")).convolutionRegulariserPhrases()
        #expect(Set(notes.map { $0.id }).count == 5)
        for note in notes {
            #expect(Self.english.say(note) == note.english)
            let korean: String = Self.korean.say(note)
            #expect(korean.contains("설정"), "\(note.id)")
        }
        let momentum = notes.filter { $0.id == "note.idle-momentum" }.map { $0.english }
        #expect(idle.idleKnobNotes(among: [.momentum]) == momentum)
    }

    @Test func everySourceDocumentHasItsShortNameInBothLanguages() {
        for document in SourceDocument.allCases {
            #expect(KnobCommands.sourceName(document, style: Self.english) == document.title)
            let korean = KnobCommands.sourceName(document, style: Self.korean)
            #expect(korean != document.title || document == .alexNetBlog || document == .cifarNotebook)
            #expect(!korean.contains("seed") && !korean.contains("00"))
        }
        #expect(KnobCommands.sourceName(.alexNetBlog, style: Self.korean) == "AlexNet 블로그")
    }

    static let sessionLines = ["set dropout 2", "set batch zero", "set layers x", "explain dropout"]

    static func output(_ lines: [String], language: Language) throws -> String {
        let library = try LanguageSessionTests.library()
        let (session, terminal) = try LanguageSessionTests.session(lines, language: language, library: library)
        _ = session.runLoop()
        return terminal.output
    }

    @Test func aKoreanSessionSaysKnobErrorsAndExplainsHeaderInKorean() throws {
        let output = try Self.output(Self.sessionLines, language: .korean)
        let summary = Self.korean.say(.knobDropout)
        for expected in [
            "오류: dropout 값은 [0, 1) 범위여야 합니다(입력한 값: 2)\n  힌트: 보기: set dropout 0.2\n",
            "오류: batch에 쓸 수 있는 값은 [1, 60000] 범위의 정수입니다(입력한 값: `zero`)\n  힌트: 보기: set batch 10\n",
            "오류: layers에는 합성곱 단계(", "(`x`의 1번째 항목: `x`)\n  힌트: 보기: set layers conv16,conv32,100\n",
            "dropout: \(summary)\n",
            "  허용값: [0, 1) 범위의 수. 보기: set dropout 0.2\n  지금: 0 (기본값)\n",
            "  원자료: 실습 슬라이드, 『밑바닥부터 시작하는 딥러닝』, Keras 블로그, CIFAR-10 노트북\n",
        ] {
            #expect(output.contains(expected), "missing \(expected) in:\n\(output)")
        }
        for english in ["must", "got", "e.g.", "allowed", "now:", "sources", "the default", "a number", "whole"] {
            #expect(!output.contains(english), "`\(english)` in a Korean session:\n\(output)")
        }
    }

    @Test func anEnglishSessionSaysWhatItSaidBefore() throws {
        let output = try Self.output(Self.sessionLines, language: .english)
        let dropout = try RunConfig.knob(named: "dropout")
        let expected = [
            "error: dropout must be in [0, 1) (got 2)\n  hint: e.g. set dropout 0.2\n",
            "error: batch must be a whole number in [1, 60000] (got `zero`)\n  hint: e.g. set batch 10\n",
            "error: layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096],\n"
                + "  separated by commas or dashes, or none (got `x` at position 1 of `x`)\n"
                + "  hint: e.g. set layers conv16,conv32,100\n",
            "dropout: \(dropout.summary)\n  allowed: a number in [0, 1); e.g. set dropout 0.2\n  now: 0 (the default)\n"
                + "  sources: the lab slides, Deep Learning from Scratch, the Keras blog, the CIFAR-10 notebook\n",
        ]
        for text in expected { #expect(output.contains(text), "missing \(text) in:\n\(output)") }
    }

    @Test func theDoingWrapperSaysWhatWasBeingDoneInTheSessionsLanguage() {
        let error = HintedError(CocoaError(.fileNoSuchFile), doing: .loadTestDigits)
        #expect(error.message.hasPrefix("cannot load the test digits: "))
        #expect(error.render(style: Self.korean).hasPrefix("오류: 테스트 숫자 이미지를 불러올 수 없습니다: "))
        for action in FailedAction.allCases {
            #expect(Self.english.say(action.key, ["error": "E"]) == "cannot \(action.rawValue): E")
        }
    }
}
