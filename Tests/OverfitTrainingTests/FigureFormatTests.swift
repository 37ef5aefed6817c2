import OverfitTraining
import Testing

/// One way to write figures, checked against exact decimal rounding done in whole numbers.
@Suite struct FigureFormatTests {
    @Test func aHalfRoundsAwayFromZeroEvenWhenTheDoubleIsAHairBelow() {
        #expect(FigureFormat.percent(54_003.0 / 60_000.0) == "90.01%")
        #expect(FigureFormat.percent(1) == "100.00%")
        #expect(FigureFormat.percent(0.7637) == "76.37%")
        #expect(FigureFormat.points(-0.2363) == "-23.63" && FigureFormat.points(0.2363) == "+23.63")
        #expect(FigureFormat.points(-0.00001) == "+0.00", "no minus sign on a figure that rounds to zero")
        #expect(FigureFormat.fixed(0.00015, digits: 4) == "0.0002")
        #expect(FigureFormat.fixed(-2.5, digits: 0) == "-3" && FigureFormat.fixed(2.5, digits: 0) == "3")
        #expect(FigureFormat.fixed(.nan, digits: 2) == "NaN" && FigureFormat.percent(.infinity) == "NaN")
    }

    /// Every accuracy a run can report on 300 training, 10,000 test or 60,000 training images:
    /// the percentage with two decimals, rounded half up, computed in integers as the oracle.
    @Test(arguments: [300, 10_000, 60_000])
    func everyCountOverItsTotalIsWrittenAsExactDecimalsSay(total: Int) {
        for correct in 0...total {
            // hundredths of a percent = correct / total * 10_000, rounded half up.
            let hundredths = (2 * correct * 10_000 + total) / (2 * total)
            let fraction = hundredths % 100
            let expected = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
            let shown = FigureFormat.percent(Double(correct) / Double(total))
            if shown != expected {
                Issue.record("\(correct)/\(total): \(shown), expected \(expected)")
                return
            }
        }
    }
}
