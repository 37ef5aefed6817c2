import OverfitLessons
import OverfitTraining

extension Session {
    /// Speaks `language` from the next text shown on. Refused, with the reason, when its texts
    /// are not there (no `lessons/ko/`, or a translation with problems).
    public func choose(language: Language) throws(HintedError) {
        if let reason = unavailableReason(language) {
            throw HintedError(reason, hint: "`lang en` speaks English; `overfit check-lessons` lists every problem")
        }
        self.language = language
    }

    /// Why `language` cannot be spoken now, or nil. English always can.
    public func unavailableReason(_ language: Language) -> String? {
        guard language != .english else { return nil }
        guard let guide else {
            return
                "no lessons directory was found, so there are no \(language.name) texts (they live in lessons/\(language.subdirectory)/)"
        }
        return guide.texts.unavailable(language)
    }

    /// `explain`'s words in the session's language (English where a translation has none).
    var explanations: KnobExplanations {
        language == .english ? options.explanations : options.translatedExplanations[language] ?? options.explanations
    }
}
