import ArgumentParser

/// A list of whole numbers as the command line writes it: `0,1,2`, `0-9`, `0-2,5`.
struct NumberList: Equatable {
    let values: [Int]

    /// The largest list a range may make: `0-4294967295` would not fit in memory.
    static let longest = 10_000

    /// Parses `text`, or throws an error that quotes it and says what is allowed.
    static func parse(_ text: String) throws -> NumberList {
        func refuse(_ why: String) -> ValidationError {
            ValidationError(
                "\(why) (got `\(text)`); write whole numbers and ranges separated by commas, e.g. 0,1,2 or 0-9")
        }
        var values: [Int] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(ends.count), let low = Int(ends[0]), let high = Int(ends[ends.count - 1]), low >= 0
            else {
                throw refuse("`\(item)` is not a whole number or a range LOW-HIGH")
            }
            guard low <= high else { throw refuse("the range `\(item)` runs backwards") }
            guard high - low < longest - values.count else { throw refuse("more than \(longest) numbers") }
            values += Array(low...high)
        }
        return NumberList(values: values)
    }
}
