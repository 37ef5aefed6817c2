/// The commands a lesson step may ask for, as the tutor's command table declares them
/// (`Command.lessonStep`); the lessons module is given them by the tutor, so its tests give them
/// here. `HostileFileTests` in the tutor's tests checks the table's own set.
let stepCommands: Set<String> = [
    "set", "reset", "show", "explain", "runs", "compare", "plot", "samples", "rank", "rotations", "help", "where",
    "hint", "lessons", "sweep", "submit",
]
