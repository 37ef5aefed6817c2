import OverfitLessons

extension LessonLibrary {
    /// The lessons in `directory`, whose `do:` steps may ask for the commands this tutor's
    /// table declares as lesson steps.
    public static func load(directory: String) -> LessonLibrary {
        load(directory: directory, stepCommands: CommandTable.lessonStepCommands)
    }
}
