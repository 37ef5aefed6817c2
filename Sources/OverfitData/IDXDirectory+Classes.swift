import Foundation

/// Naming the classes of a loaded directory.
extension IDXDirectory {
    /// Most classes a directory may have: labels are bytes.
    static let maximumClasses = 256
    /// Longest class name kept; longer ones are refused rather than cut mid-word.
    static let maximumNameLength = 40

    /// The rules' names; else classes.txt's, which every label must fit; else "0", "1", … up to
    /// the largest label. At least two classes either way.
    static func classNames(directory: String, rules: IDXRules, train: Dataset, test: Dataset) throws -> [String] {
        if let names = rules.classNames { return names }
        let listPath = MNIST.join(directory, classListFile)
        let largest = Int(max(train.labels.max() ?? 0, test.labels.max() ?? 0))
        guard FileManager.default.fileExists(atPath: listPath) else {
            guard largest >= 1 else {
                throw DataError(
                    kind: .badLabel, path: file(trainLabels, in: directory),
                    expected: "labels of at least 2 classes", found: "every label is \(largest)", hint: rules.hint)
            }
            return (0...largest).map(String.init)
        }
        let names = try readClassList(listPath, hint: rules.hint)
        for (split, name) in [(train, trainLabels), (test, testLabels)] {
            if let position = split.labels.firstIndex(where: { Int($0) >= names.count }) {
                throw DataError(
                    kind: .badLabel, path: file(name, in: directory),
                    expected: "labels 0 to \(names.count - 1), one per class in \(listPath)",
                    found: "label \(split.labels[position]) at position \(position)", hint: rules.hint)
            }
        }
        return names
    }

    /// One name per line, printable, at most `maximumNameLength` characters; 2 to 256 names.
    static func readClassList(_ path: String, hint: String) throws -> [String] {
        func refuse(_ expected: String, _ found: String) -> DataError {
            DataError(kind: .badClassList, path: path, expected: expected, found: found, hint: hint)
        }
        let limit = maximumClasses * (maximumNameLength * 4 + 2)
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(.tooLarge(let size, _)):
            throw refuse("at most \(maximumClasses) short lines", "\(size) bytes (not read)")
        case .failure(let refusal): throw refuse("a readable text file, one class name per line", refusal.reason)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw refuse("UTF-8 text, one class name per line", "a file that cannot be read as UTF-8")
        }
        // \n, \r\n (one Character in Swift) and \r all end a line.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let name = line.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if name.isEmpty { throw refuse("a class name on every line", "line \(number) is empty") }
            if name.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }) {
                throw refuse("printable class names", "a control character on line \(number)")
            }
            if name.count > maximumNameLength {
                throw refuse(
                    "names of at most \(maximumNameLength) characters", "\(name.count) characters on line \(number)")
            }
        }
        guard (2...maximumClasses).contains(lines.count) else {
            throw refuse("2 to \(maximumClasses) class names, one per line", "\(lines.count)")
        }
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
