import ArgumentParser
import OverfitData
import OverfitLessons
import OverfitTraining

/// `--data` and `--memory-budget`, declared once for every command that trains (`overfit` and
/// `overfit run`).
struct DataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The directory holding MNIST's four .gz files (default: the package's datasets/, or $OVERFIT_DATA).",
            valueName: "dir"))
    var data: String?

    @Option(
        help: ArgumentHelp(
            "The most memory a run may take, e.g. 16GB or 512MB (default: half this machine's RAM).", valueName: "size")
    )
    var memoryBudget: String?

    func validate() throws {
        _ = try budget()
    }

    /// `--memory-budget` read, or the machine's default.
    func budget() throws -> MemoryBudget {
        guard let text = memoryBudget else { return .machineDefault }
        guard let bytes = MemoryBudget.parse(text) else {
            throw OptionRefusal.refuse(
                HintedError(
                    Phrase(
                        id: TutorMessages.Key.errorMemoryBudgetSize.rawValue, values: ["typed": .text(text)],
                        english: "--memory-budget takes a size such as 16GB or 512MB (got `\(text)`)")))
        }
        return MemoryBudget(bytes: bytes, origin: MemoryBudget.flagOrigin)
    }
}
