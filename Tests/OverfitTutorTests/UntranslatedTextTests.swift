import Testing

@testable import OverfitTutor

/// The rule that finds English prose left on a translated screen: what it must flag, and the
/// ASCII a Korean screen rightly keeps (commands in backticks, knob names beside numbers, names).
@Suite struct UntranslatedTextTests {
    @Test(arguments: [
        ("오류: dropout must be in [0, 1) (got 2)", "must be in"),
        ("  allowed: a number in [0, 1); e.g. set dropout 0.2", "allowed: a number in"),
        ("best final test accuracy: lr 0.1 (run 4, 20.43%)", "best final test accuracy:"),
        ("편차는 the default 300-image run over seeds 0-29에서", "the default 300-image run over seeds"),
        ("\u{1B}[1mcurves on one axis\u{1B}[0m (epochs 1 to 4)", "curves on one axis"),
    ])
    func flagsEnglishProse(line: String, run: String) {
        #expect(UntranslatedText.englishRuns(in: line) == [run])
    }

    @Test(arguments: [
        "`set dropout 0.2`로 드롭아웃을 켜 보세요. `run the same thing again`",
        "실행 4: lr 0.1, batch 10, epochs 20 → 테스트 76.37%",
        "MNIST, ReLU를 쓰는 MLP 784-100-100-10, SGD lr 0.1",
        "  answer higher|lower|same|NUMBER  레슨의 예측 질문에 답합니다",
        "   bn_eval       running          배치 정규화를 테스트하는 방식",
        "set layers conv16,conv32,100 다음에 `run`",
        "  set KNOB VALUE [KNOB VALUE...]   다음 실행의 설정을 바꿉니다",
        "  batchnorm on, augment none       79.35%",
        "Zhang et al., \"Understanding deep learning requires rethinking generalization\" (2017)",
        "『밑바닥부터 시작하는 딥러닝』 (PyTorch, MNIST)",
    ])
    func keepsWhatATranslationKeeps(line: String) {
        #expect(UntranslatedText.englishRuns(in: line).isEmpty)
    }

    @Test func aQuoteWrappedOntoTheNextLineStaysQuoted() {
        let text =
            "논문 \"Reconciling modern machine-learning\npractice and the classical trade-off\" (2019)\n\n"
            + "three more words here"
        #expect(UntranslatedText.englishRuns(in: text) == ["three more words here"])
    }

    @Test func reportsOneRunPerLine() {
        let text = "one two three four\n한국어 문장입니다\nfive six seven"
        #expect(UntranslatedText.englishRuns(in: text) == ["one two three four", "five six seven"])
    }
}
