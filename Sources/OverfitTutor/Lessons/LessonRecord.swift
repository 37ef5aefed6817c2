import OverfitLessons

/// A lesson as the learner went through it in this session: which runs it made and what they
/// predicted. Kept when the lesson ends, for `recap`.
struct LessonRecord {
    let lesson: Lesson
    /// The lesson's run names and the session run ids they got.
    let runIDs: [String: Int]
    /// Answers to prediction questions, by the run they were about.
    let answers: [String: (prediction: Prediction, answer: PredictionAnswer)]
}
