import OverfitData
import OverfitTraining

extension Leaderboard {
    /// `rank`: the public board, the private board once a run is submitted, and the winner's
    /// curse once the public leader is submitted.
    func render(style: RenderStyle) -> String {
        guard let leader = publicBoard.first else { return Text.wrap(emptyText, width: style.width) + "\n" }
        let heading = [publicHeading, sharedSentence].compactMap { $0 }.joined(separator: " ")
        var out = Text.wrap(heading, width: style.width) + "\n"
        var table = TextTable(
            header: ["rank", "run", "validation", "train"], alignments: [.right, .right, .right, .right])
        for (position, entry) in publicBoard.enumerated() {
            table.add([
                String(position + 1), String(entry.id), Text.percent(entry.validation), Text.percent(entry.train),
            ])
        }
        let changes = publicBoard.map {
            $0.changes.isEmpty ? [shared.isEmpty ? "none (the baseline)" : "none"] : $0.changes
        }
        out += Self.withWrappedColumn(table, header: knobsHeader, cells: changes, style: style)
        var notes: [String] = []
        for entry in publicBoard where !entry.sameAs.isEmpty {
            let others = entry.sameAs.map(String.init).joined(separator: ", ")
            notes.append(
                "Run\(entry.sameAs.count > 1 ? "s" : "") \(others) repeat\(entry.sameAs.count > 1 ? "" : "s") run \(entry.id)'s knobs and seed (the same figures): listed once, as run \(entry.id)."
            )
        }
        if !withoutValidation.isEmpty {
            notes.append(
                "Not ranked: \(Self.runList(withoutValidation)) (no validation split; `set val_size \(rules.validationSize)` and run)."
            )
        }
        if privateBoard.isEmpty {
            notes.append(
                "Submit a run to see its test accuracy on the private board: `submit RUN`, or `submit` for the leader, run \(leader.id)."
            )
        }
        for note in notes { out += Text.wrap(note, width: style.width) + "\n" }
        guard !privateBoard.isEmpty else { return out }
        out += "\n" + Text.wrap(privateHeading, width: style.width) + "\n"
        var submitted = TextTable(
            header: ["run", "public rank", "validation", "test", "test − validation"],
            alignments: [.right, .right, .right, .right, .right])
        for entry in privateBoard {
            submitted.add([
                String(entry.id), publicRank(of: entry).map(String.init) ?? "", Text.percent(entry.validation),
                Text.percent(entry.test), Text.points(entry.drop),
            ])
        }
        out += submitted.render(style: style)
        if let curse = curseSentence() {
            out += Text.wrap(curse, width: style.width) + "\n"
        } else {
            out +=
                Text.wrap(
                    "The public leader, run \(leader.id), is not submitted yet: `submit` reveals how far its test accuracy falls from its validation accuracy.",
                    width: style.width) + "\n"
        }
        return out
    }

    /// What `submit` prints: the run's validation and test figures, and the curse if it led.
    func revealed(_ entry: Entry, style: RenderStyle) -> String {
        let rank = publicRank(of: entry).map { " (public rank \($0) of \(publicBoard.count))" } ?? ""
        var text =
            "Run \(entry.id) submitted\(seedsNote(entry)): validation \(Text.percent(entry.validation)) on \(entry.validationImages) held-out training images\(rank); test \(Text.percent(entry.test)) on \(testImagesWords(entry)), \(Self.difference(entry.drop)) its validation figure. `rank` shows both boards."
        if entry.id == publicBoard.first?.id, let curse = curseSentence() { text += " " + curse }
        return Text.wrap(text, width: style.width) + "\n"
    }

    /// The winner's curse, measured: how far the public leader's test accuracy fell from the
    /// validation accuracy that made it the leader, against the other runs' average fall (which
    /// is what the validation images and the test images differ by, for runs picked for
    /// nothing). Nil until the leader is submitted.
    func curseSentence() -> String? {
        guard let leader = submittedLeader else { return nil }
        let figures =
            "\(Text.percent(leader.validation)) validation accuracy on \(leader.validationImages) images\(seedsNote(leader)); on \(testImagesWords(leader)) it scored \(Text.percent(leader.test)), \(Self.difference(leader.drop)) that"
        let others = publicBoard.dropFirst()
        guard !others.isEmpty else {
            return
                "Run \(leader.id) is the only run on the public board, so no choice inflated its figure: \(figures)."
        }
        let othersDrop = others.map(\.drop).reduce(0, +) / Double(others.count)
        let excess = othersDrop - leader.drop
        let count = others.count == 1 ? "The other run" : "The other \(others.count) runs"
        var text =
            "Winner's curse, measured: run \(leader.id) led \(publicBoard.count) runs with \(figures). \(count) \(Self.moved(othersDrop))\(others.count == 1 ? "" : " on average") from validation to test (\(others.count == 1 ? "its test figure stays" : "their test figures stay") off the boards): that much is the validation images and the test images differing, for runs picked for nothing."
        if excess > 0 {
            text +=
                " The leader's own change was \(FigureFormat.points(excess, signed: false)) points worse than that average: the luck that made its figure the highest of \(publicBoard.count) did not carry over to new images."
        } else {
            text +=
                " The leader's own change was no worse than that average (\(FigureFormat.points(-excess, signed: false)) points better): this time the highest validation figure was not a lucky one."
        }
        return text
    }

    /// `fell 3.63 points`, `rose 0.40 points`, `did not move`: a change from validation to test.
    static func moved(_ drop: Double) -> String {
        if drop == 0 { return "did not move" }
        return (drop < 0 ? "fell " : "rose ") + FigureFormat.points(abs(drop), signed: false) + " points"
    }

    /// `15.21 points below`, `0.40 points above`, `the same as`.
    static func difference(_ drop: Double) -> String {
        if drop == 0 { return "the same as" }
        return FigureFormat.points(abs(drop), signed: false) + (drop < 0 ? " points below" : " points above")
    }

    func seedsNote(_ entry: Entry) -> String { entry.seeds > 1 ? " (the mean of \(entry.seeds) seeds)" : "" }

    func testImagesWords(_ entry: Entry) -> String {
        entry.testImages > 0 ? "the \(entry.testImages.groupedDigits) test images" : "the test images"
    }

    var publicHeading: String {
        let sizes = Set(publicBoard.map(\.validationImages))
        let held =
            sizes.count == 1
            ? "the \(sizes.first ?? 0) images each run held out of its training subset"
            : "the images each run held out of its training subset (val_size)"
        let on = dataset == .mnist ? "" : " on \(dataset.title)"
        return
            "Public board\(on): \(publicBoard.count) run\(publicBoard.count == 1 ? "" : "s") ranked by validation accuracy on \(held); test accuracy is left off this board."
    }

    var privateHeading: String {
        "Private board: the \(privateBoard.count == 1 ? "run" : "\(privateBoard.count) runs") you submitted, by test accuracy."
    }

    var knobsHeader: String { "knobs changed" }

    /// What every ranked run shares, so the last column lists only what sets the runs apart.
    var sharedSentence: String? {
        var parts: [String] = []
        if !rules.isEmpty { parts.append("keeps the rules (\(rules.words))") }
        if !shared.isEmpty { parts.append("sets \(shared.joined(separator: ", "))") }
        guard !parts.isEmpty else { return nil }
        return "Every run here \(parts.joined(separator: " and ")); the last column lists the knobs it changed besides."
    }

    var emptyText: String {
        let on = dataset == .mnist ? "" : " on \(dataset.title)"
        let kept = rules.isEmpty ? "" : " with \(rules.words)"
        var text = "no finished runs\(on)\(kept) yet: `run` one"
        if !withoutValidation.isEmpty {
            text +=
                " (\(Self.runList(withoutValidation)) had no validation split: `set val_size \(rules.validationSize)`)"
        }
        return text
    }

    static func runList(_ ids: [Int]) -> String {
        (ids.count == 1 ? "run " : "runs ") + ids.map(String.init).joined(separator: ", ")
    }

    /// `table` with one more column, `cells` (each a list of items such as `dropout 0.2`),
    /// wrapped at the width between items instead of cut, so no knob name is lost at the edge.
    static func withWrappedColumn(_ table: TextTable, header: String, cells: [[String]], style: RenderStyle) -> String {
        let lines = table.render(style: style).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let width = table.naturalWidth + 2
        let indent = String(repeating: " ", count: width)
        var out = Text.padRight(lines[0], width) + header + "\n"
        out += String(repeating: style.horizontal, count: max(0, min(style.width, width + header.displayWidth))) + "\n"
        for (index, items) in cells.enumerated() where index + 2 < lines.count {
            var line = Text.padRight(lines[index + 2], width)
            var first = true
            for (position, item) in items.enumerated() {
                let piece = item + (position < items.count - 1 ? "," : "")
                if !first && Text.visibleCount(line) + 1 + piece.displayWidth > style.width {
                    out += line + "\n"
                    line = indent + piece
                } else {
                    line += (first ? "" : " ") + piece
                }
                first = false
            }
            out += line + "\n"
        }
        return out
    }
}
