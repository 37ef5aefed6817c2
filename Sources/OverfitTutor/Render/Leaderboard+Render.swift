import OverfitData
import OverfitLessons
import OverfitTraining

extension Leaderboard {
    /// `rank`: the public board, the private board once a run is submitted, and the winner's
    /// curse once the public leader is submitted.
    func render(style: RenderStyle) -> String {
        let words = style.words
        guard let leader = publicBoard.first else { return Text.wrap(emptyText(words), width: style.width) + "\n" }
        let heading = [publicHeading(words), sharedSentence(words)].compactMap { $0 }.joined(separator: " ")
        var out = Text.wrap(heading, width: style.width) + "\n"
        var table = TextTable(
            header: [
                words.text(.rankColumnRank), words.text(.columnRun), words.text(.rankColumnValidation),
                words.text(.columnTrain),
            ],
            alignments: [.right, .right, .right, .right])
        for (position, entry) in publicBoard.enumerated() {
            table.add([
                String(position + 1), String(entry.id), Text.percent(entry.validation), Text.percent(entry.train),
            ])
        }
        let changes = publicBoard.map {
            $0.changes.isEmpty ? [words.text(shared.isEmpty ? .rankNoneBaseline : .rankNone)] : $0.changes
        }
        out += Self.withWrappedColumn(table, header: words.text(.rankColumnKnobs), cells: changes, style: style)
        var notes: [String] = []
        for entry in publicBoard where !entry.sameAs.isEmpty {
            notes.append(
                words.text(
                    entry.sameAs.count > 1 ? .rankSameMany : .rankSameOne,
                    ["others": entry.sameAs.map(String.init).joined(separator: ", "), "id": String(entry.id)]))
        }
        if !withoutValidation.isEmpty {
            notes.append(
                words.text(
                    .rankNotRanked, ["runs": Self.runList(withoutValidation, words), "size": rules.validationSize]))
        }
        if privateBoard.isEmpty { notes.append(words.text(.rankSubmitPrompt, ["id": String(leader.id)])) }
        for note in notes { out += Text.wrap(note, width: style.width) + "\n" }
        guard !privateBoard.isEmpty else { return out }
        let privateHeading =
            privateBoard.count == 1
            ? words.text(.rankPrivateOne) : words.text(.rankPrivateMany, ["count": String(privateBoard.count)])
        out += "\n" + Text.wrap(privateHeading, width: style.width) + "\n"
        var submitted = TextTable(
            header: [
                words.text(.columnRun), words.text(.rankColumnPublicRank), words.text(.rankColumnValidation),
                words.text(.columnTest), words.text(.rankColumnDrop),
            ],
            alignments: [.right, .right, .right, .right, .right])
        for entry in privateBoard {
            submitted.add([
                String(entry.id), publicRank(of: entry).map(String.init) ?? "", Text.percent(entry.validation),
                Text.percent(entry.test), Text.points(entry.drop),
            ])
        }
        out += submitted.render(style: style)
        let closing = curseSentence(words) ?? words.text(.rankLeaderWaiting, ["id": String(leader.id)])
        return out + Text.wrap(closing, width: style.width) + "\n"
    }

    /// What `submit` prints: the run's validation and test figures, and the curse if it led.
    func revealed(_ entry: Entry, style: RenderStyle) -> String {
        let words = style.words
        let rank =
            publicRank(of: entry).map {
                " " + words.text(.rankPublicRank, ["rank": String($0), "count": String(publicBoard.count)])
            } ?? ""
        var text = words.text(
            .rankRevealed,
            [
                "id": String(entry.id), "seeds": seedsNote(entry, words), "validation": Text.percent(entry.validation),
                "images": String(entry.validationImages), "rank": rank, "test": Text.percent(entry.test),
                "test_images": testImagesWords(entry, words), "difference": Self.difference(entry.drop, words),
            ])
        if entry.id == publicBoard.first?.id, let curse = curseSentence(words) { text += " " + curse }
        return Text.wrap(text, width: style.width) + "\n"
    }

    /// The winner's curse, measured: how far the public leader's test accuracy fell from the
    /// validation accuracy that made it the leader, against the other runs' average fall (which
    /// is what the validation images and the test images differ by, for runs picked for
    /// nothing). Nil until the leader is submitted.
    func curseSentence(_ words: TutorMessages = .installed(.english)) -> String? {
        guard let leader = submittedLeader else { return nil }
        let figures = words.text(
            .rankCurseFigures,
            [
                "validation": Text.percent(leader.validation), "images": String(leader.validationImages),
                "seeds": seedsNote(leader, words), "test_images": testImagesWords(leader, words),
                "test": Text.percent(leader.test), "difference": Self.difference(leader.drop, words),
            ])
        let others = publicBoard.dropFirst()
        guard !others.isEmpty else { return words.text(.rankCurseOnly, ["id": String(leader.id), "figures": figures]) }
        let othersDrop = others.map(\.drop).reduce(0, +) / Double(others.count)
        let excess = othersDrop - leader.drop
        var text = words.text(
            others.count == 1 ? .rankCurseOne : .rankCurseMany,
            [
                "id": String(leader.id), "count": String(publicBoard.count), "figures": figures,
                "others": String(others.count), "moved": Self.moved(othersDrop, words),
            ])
        text +=
            " "
            + (excess > 0
                ? words.text(
                    .rankCurseWorse,
                    ["points": FigureFormat.points(excess, signed: false), "count": String(publicBoard.count)])
                : words.text(.rankCurseNotWorse, ["points": FigureFormat.points(-excess, signed: false)]))
        return text
    }

    /// `fell 3.63 points`, `rose 0.40 points`, `did not move`: a change from validation to test.
    static func moved(_ drop: Double, _ words: TutorMessages = .installed(.english)) -> String {
        if drop == 0 { return words.text(.rankMovedNone) }
        return words.text(
            drop < 0 ? .rankMovedFell : .rankMovedRose, ["points": FigureFormat.points(abs(drop), signed: false)])
    }

    /// `15.21 points below`, `0.40 points above`, `the same as`.
    static func difference(_ drop: Double, _ words: TutorMessages = .installed(.english)) -> String {
        if drop == 0 { return words.text(.rankSameAs) }
        return words.text(drop < 0 ? .rankBelow : .rankAbove, ["points": FigureFormat.points(abs(drop), signed: false)])
    }

    /// ` (the mean of 5 seeds)` with its leading space, or nothing for a single seed.
    func seedsNote(_ entry: Entry, _ words: TutorMessages) -> String {
        entry.seeds > 1 ? " " + words.text(.rankSeeds, ["seeds": String(entry.seeds)]) : ""
    }

    func testImagesWords(_ entry: Entry, _ words: TutorMessages) -> String {
        entry.testImages > 0
            ? words.text(.rankTestImagesCount, ["count": entry.testImages.groupedDigits]) : words.text(.rankTestImages)
    }

    /// ` on Fashion-MNIST` with its leading space, or nothing on MNIST.
    func onDataset(_ words: TutorMessages) -> String {
        dataset == .mnist ? "" : " " + words.text(.rankOnDataset, ["dataset": dataset.title])
    }

    func publicHeading(_ words: TutorMessages) -> String {
        let sizes = Set(publicBoard.map(\.validationImages))
        let held =
            sizes.count == 1
            ? words.text(.rankHeldSame, ["size": String(sizes.first ?? 0)]) : words.text(.rankHeldMixed)
        return words.text(
            publicBoard.count == 1 ? .rankPublicOne : .rankPublicMany,
            ["on": onDataset(words), "count": String(publicBoard.count), "held": held])
    }

    /// What every ranked run shares, so the last column lists only what sets the runs apart.
    func sharedSentence(_ words: TutorMessages) -> String? {
        let settings = shared.joined(separator: ", ")
        switch (rules.isEmpty, shared.isEmpty) {
        case (true, true): return nil
        case (false, true): return words.text(.rankSharedRules, ["rules": rules.words])
        case (true, false): return words.text(.rankSharedSets, ["settings": settings])
        case (false, false): return words.text(.rankSharedBoth, ["rules": rules.words, "settings": settings])
        }
    }

    func emptyText(_ words: TutorMessages = .installed(.english)) -> String {
        var text =
            rules.isEmpty
            ? words.text(.rankEmpty, ["on": onDataset(words)])
            : words.text(.rankEmptyRules, ["on": onDataset(words), "rules": rules.words])
        if !withoutValidation.isEmpty {
            text +=
                " "
                + words.text(
                    .rankEmptyWithout, ["runs": Self.runList(withoutValidation, words), "size": rules.validationSize])
        }
        return text
    }

    static func runList(_ ids: [Int], _ words: TutorMessages = .installed(.english)) -> String {
        words.text(
            ids.count == 1 ? .rankRunListOne : .rankRunListMany,
            ["ids": ids.map(String.init).joined(separator: ", ")])
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
