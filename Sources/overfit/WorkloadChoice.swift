import ArgumentParser
import OverfitTraining

/// `overfit bench --workload`: one of the benchmark's workloads by name, `all` of them, or
/// `none` (sgemm only). The names come from `BenchmarkWorkload.all`; the parser lists them in
/// help, completion and its error for a name it does not know.
enum WorkloadChoice: ExpressibleByArgument, Equatable {
    case named(String)
    case all
    case none

    init?(argument: String) {
        switch argument {
        case "all": self = .all
        case "none": self = .none
        default:
            guard BenchmarkWorkload.named(argument) != nil else { return nil }
            self = .named(argument)
        }
    }

    static var allValueStrings: [String] { BenchmarkWorkload.all.map(\.name) + ["all", "none"] }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    var defaultValueDescription: String {
        switch self {
        case .named(let name): return name
        case .all: return "all"
        case .none: return "none"
        }
    }

    /// The workloads to time, in the benchmark's order.
    var workloads: [BenchmarkWorkload] {
        switch self {
        case .named(let name): return BenchmarkWorkload.all.filter { $0.name == name }
        case .all: return BenchmarkWorkload.all
        case .none: return []
        }
    }
}
