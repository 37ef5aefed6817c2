extension TutorMessages {
    /// Every message of `lessons/messages.txt`, in the file's order, with the placeholders it takes.
    public enum Key: String, CaseIterable, Sendable {
        case banner
        case bannerNoAutosave = "banner.no-autosave"
        case farewell
        case farewellKept = "farewell.kept"
        case welcomeBack = "welcome.back"
        case welcomeNew = "welcome.new"
        case welcomeNext = "welcome.next"
        case helpOverview = "help.overview"
        case helpKnobs = "help.knobs"
        case helpUsage = "help.usage"
        case helpAlso = "help.also"
        case errorLabel = "error.label"
        case hintLabel = "hint.label"
        case errorUnknownCommand = "error.unknown-command"
        case errorUnknownCommandSuggest = "error.unknown-command.suggest"
        case hintHelpLists = "hint.help-lists"
        case errorNoArguments = "error.no-arguments"
        case hintHelpCommand = "hint.help-command"
        case errorHelpOne = "error.help-one"
        case hintHelpOne = "hint.help-one"
        case errorRunArguments = "error.run-arguments"
        case hintRunArguments = "hint.run-arguments"
        case errorRunsArguments = "error.runs-arguments"
        case hintRunsArguments = "hint.runs-arguments"
        case errorCompareOne = "error.compare-one"
        case hintCompareOne = "hint.compare-one"
        case errorCompareOnlyOne = "error.compare-only-one"
        case errorCompareNone = "error.compare-none"
        case hintCompareRuns = "hint.compare-runs"
        case errorExplainOne = "error.explain-one"
        case hintExplainOne = "hint.explain-one"
        case errorLessonNumber = "error.lesson-number"
        case hintLessonNumber = "hint.lesson-number"
        case errorNoLesson = "error.no-lesson"
        case hintNoLessonFiles = "hint.no-lesson-files"
        case hintLessonsRange = "hint.lessons-range"
        case errorAnswerFirst = "error.answer-first"
        case hintOrSkip = "hint.or-skip"
        case errorNoNextLesson = "error.no-next-lesson"
        case hintNoNextLesson = "hint.no-next-lesson"
        case errorNoQuestion = "error.no-question"
        case hintNoQuestion = "hint.no-question"
        case errorNoLessonInProgress = "error.no-lesson-in-progress"
        case hintNoLessonInProgress = "hint.no-lesson-in-progress"
        case errorFirstStep = "error.first-step"
        case hintFirstStep = "hint.first-step"
        case errorNothingToSkip = "error.nothing-to-skip"
        case hintNothingToSkipNoLesson = "hint.nothing-to-skip.no-lesson"
        case hintNothingToSkipOver = "hint.nothing-to-skip.over"
        case lessonHeading = "lesson.heading"
        case lessonGoal = "lesson.goal"
        case lessonReruns = "lesson.reruns"
        case lessonPublished = "lesson.published"
        case lessonSetsKnobs = "lesson.sets-knobs"
        case lessonNoted = "lesson.noted"
        case lessonRestarted = "lesson.restarted"
        case lessonNoteBeforeRun = "lesson.note-before-run"
        case lessonRunStopped = "lesson.run-stopped"
        case lessonBack = "lesson.back"
        case lessonType = "lesson.type"
        case lessonTypeRun = "lesson.type-run"
        case lessonKnobsDiffer = "lesson.knobs-differ"
        case lessonKnobDiffers = "lesson.knob-differs"
        case lessonAnswerYesNo = "lesson.answer-yes-no"
        case lessonAnswerDirection = "lesson.answer-direction"
        case lessonAnswerOptions = "lesson.answer-options"
        case lessonAnswerOptionsWords = "lesson.answer-options.words"
        case lessonAnswerNumber = "lesson.answer-number"
        case lessonAnswerPercentage = "lesson.answer-percentage"
        case lessonClaimSkippedOne = "lesson.claim-skipped.one"
        case lessonClaimSkippedMany = "lesson.claim-skipped.many"
        case lessonClaimFailed = "lesson.claim-failed"
        case lessonStrayedKnobs = "lesson.strayed-knobs"
        case lessonSeedVariation = "lesson.seed-variation"
        case lessonSeedVariationSeed = "lesson.seed-variation.seed"
        case lessonRecap = "lesson.recap"
        case lessonAgainstMean = "lesson.against.mean"
        case lessonAgainst = "lesson.against"
        case lessonDoneNext = "lesson.done.next"
        case lessonDoneNextTally = "lesson.done.next.tally"
        case lessonDoneLast = "lesson.done.last"
        case lessonDoneLastTally = "lesson.done.last.tally"
        case whereNone = "where.none"
        case whereCommand = "where.command"
        case whereRun = "where.run"
        case wherePrediction = "where.prediction"
        case whereDone = "where.done"
        case whereDoneLast = "where.done-last"
        case whereResume = "where.resume"
        case whereStart = "where.start"
        case whereContinue = "where.continue"
        case hintStartPath = "hint.start-path"
        case hintLessonDone = "hint.lesson-done"
        case hintTypeCommand = "hint.type-command"
        case hintTypeRun = "hint.type-run"
        case hintAnyNumber = "hint.any-number"
        case hintNearer = "hint.nearer"
        case hintThink = "hint.think"
        case hintWhere = "hint.where"
        case errorAnswerWhat = "error.answer-what"
        case hintAnswerExample = "hint.answer-example"
        case errorAnswerOrCommand = "error.answer-or-command"
        case expectedYesNo = "expected.yes-no"
        case expectedDirection = "expected.direction"
        case expectedNumber = "expected.number"
        case expectedPercentage = "expected.percentage"
        case exampleYes = "example.yes"
        case exampleDirection = "example.direction"
        case errorAnswerUnclear = "error.answer-unclear"
        case errorAnswerUnclearNotYesNo = "error.answer-unclear.not-yes-no"
        case hintAnswerUnclear = "hint.answer-unclear"
        case lessonsDone = "lessons.done"
        case lessonsLegend = "lessons.legend"
        case columnLesson = "column.lesson"
        case columnTitle = "column.title"
        case columnPredicted = "column.predicted"
        case columnTyped = "column.typed"
        case columnGoal = "column.goal"
        case runHeading = "run.heading"
        case runHeadingSame = "run.heading.same"
        case runHeadingMore = "run.heading.more"
        case runImages = "run.images"
        case runImagesOne = "run.images.one"
        case runImagesDataset = "run.images.dataset"
        case runImagesDatasetOne = "run.images.dataset.one"
        case runFinished = "run.finished"
        case runFinishedOne = "run.finished.one"
        case runStoppedEarly = "run.stopped-early"
        case runStoppedEarlyRestored = "run.stopped-early.restored"
        case runCancelled = "run.cancelled"
        case runDiverged = "run.diverged"
        case runBestAndGap = "run.best-and-gap"
        case runGap = "run.gap"
        case runBriefFinished = "run.brief.finished"
        case runBrief = "run.brief"
        case runSampled = "run.sampled"
        case runSampledOne = "run.sampled.one"
        case runSampledNoneWhole = "run.sampled.none-whole"
        case runSampledWhole = "run.sampled.whole"
        case runSampledWholeOne = "run.sampled.whole.one"
        case columnEpoch = "column.epoch"
        case columnTrainAcc = "column.train-acc"
        case columnTestAcc = "column.test-acc"
        case columnGap = "column.gap"
        case columnTrainLoss = "column.train-loss"
        case columnTestLoss = "column.test-loss"
        case columnValLoss = "column.val-loss"
        case noteBestTest = "note.best-test"
        case noteTrainFull = "note.train-full"
        case noteLowestTestLoss = "note.lowest-test-loss"
        case noteRestored = "note.restored"
        case progressEpoch = "progress.epoch"
        case progressEpochBatch = "progress.epoch-batch"
        case progressTrain = "progress.train"
        case progressEpochTrain = "progress.epoch-train"
        case progressTest = "progress.test"
        case progressEta = "progress.eta"
        case runsNone = "runs.none"
        case runsBaselineKnobs = "runs.baseline-knobs"
        case runsLessonStartKnobs = "runs.lesson-start-knobs"
        case runsSameKnobs = "runs.same-knobs"
        case columnRun = "column.run"
        case columnStatus = "column.status"
        case columnEpochs = "column.epochs"
        case columnTrain = "column.train"
        case columnTest = "column.test"
        case columnChanges = "column.changes"
        case statusFinished = "status.finished"
        case statusCancelled = "status.cancelled"
        case statusDiverged = "status.diverged"
        case diagnosisWhichOne = "diagnosis.which.one"
        case diagnosisWhichFirst = "diagnosis.which.first"
        case unitPoints = "unit.points"
        case wordOr = "word.or"
        case wordAnd = "word.and"
        case errorSaveOne = "error.save-one"
        case hintSaveOne = "hint.save-one"
        case saveKept = "save.kept"
        case saveDone = "save.done"
        case errorReplayOne = "error.replay-one"
        case hintReplayOne = "hint.replay-one"
        case errorExportTwo = "error.export-two"
        case hintExportTwo = "hint.export-two"
        case errorExportFormat = "error.export-format"
        case hintExportFormat = "hint.export-format"
        case exportKept = "export.kept"
        case exportDone = "export.done"
        case baselineDefaults = "baseline.defaults"
        case baselineLesson = "baseline.lesson"
        case baselineLessonStart = "baseline.lesson-start"
        case changeNoneReset = "change.none-reset"
        case changeNoneSet = "change.none-set"
        case columnKnob = "column.knob"
        case columnValue = "column.value"
        case columnAbout = "column.about"
        case showChanged = "show.changed"
        case showAllDefault = "show.all-default"
        case showSomeChanged = "show.some-changed"
        case showAllDefaultReset = "show.all-default-reset"
        case showSomeChangedReset = "show.some-changed-reset"
        case knobDataset = "knob.dataset"
        case knobTrainSize = "knob.train_size"
        case knobSubset = "knob.subset"
        case knobLabelNoise = "knob.label_noise"
        case knobLayers = "knob.layers"
        case knobActivation = "knob.activation"
        case knobInit = "knob.init"
        case knobOptimizer = "knob.optimizer"
        case knobLr = "knob.lr"
        case knobMomentum = "knob.momentum"
        case knobBatch = "knob.batch"
        case knobEpochs = "knob.epochs"
        case knobWeightDecay = "knob.weight_decay"
        case knobL1 = "knob.l1"
        case knobDropout = "knob.dropout"
        case knobDropconnect = "knob.dropconnect"
        case knobBatchnorm = "knob.batchnorm"
        case knobBnEval = "knob.bn_eval"
        case knobBnShared = "knob.bn_shared"
        case knobAugment = "knob.augment"
        case knobValSize = "knob.val_size"
        case knobPatience = "knob.patience"
        case knobEvalPixels = "knob.eval_pixels"
        case knobTestEval = "knob.test_eval"
        case knobSeed = "knob.seed"
        case knobRepeats = "knob.repeats"
        case cliOverview = "cli.overview"
        case cliUsage = "cli.usage"
        case cliOptionsLabel = "cli.options-label"
        case cliVersion = "cli.version"
        case cliHelp = "cli.help"
        case cliSubcommandsLabel = "cli.subcommands-label"
        case cliDefault = "cli.default"
        case cliTutor = "cli.tutor"
        case cliSessions = "cli.sessions"
        case cliRun = "cli.run"
        case cliBench = "cli.bench"
        case cliCheckLessons = "cli.check-lessons"
        case cliSeeHelp = "cli.see-help"
        case recapTitle = "recap.title"
        case recapLesson = "recap.lesson"
        case recapNone = "recap.none"
        case recapFinished = "recap.finished"
        case recapKnobs = "recap.knobs"
        case recapTrainAccuracy = "recap.train-accuracy"
        case recapTestAccuracy = "recap.test-accuracy"
        case recapPredictions = "recap.predictions"
        case recapPredictionsTally = "recap.predictions.tally"
        case recapNotAnswered = "recap.not-answered"
        case recapSaidSkipped = "recap.said-skipped"
        case recapYourTest = "recap.your-test"
        case recapPublished = "recap.published"
        case recapYours = "recap.yours"
        case recapFirstSeed = "recap.first-seed"
        case commandPlot = "command.plot"
        case commandSamples = "command.samples"
        case commandVerbose = "command.verbose"
        case commandSave = "command.save"
        case commandReplay = "command.replay"
        case commandExport = "command.export"
        case commandHelp = "command.help"
        case commandQuit = "command.quit"
        case commandShow = "command.show"
        case commandSet = "command.set"
        case commandReset = "command.reset"
        case commandExplain = "command.explain"
        case commandLang = "command.lang"
        case commandLessons = "command.lessons"
        case commandLesson = "command.lesson"
        case commandNext = "command.next"
        case commandBack = "command.back"
        case commandWhere = "command.where"
        case commandHint = "command.hint"
        case commandSkip = "command.skip"
        case commandContinue = "command.continue"
        case commandAnswer = "command.answer"
        case commandRank = "command.rank"
        case commandSubmit = "command.submit"
        case commandRotations = "command.rotations"
        case commandRecap = "command.recap"
        case commandRun = "command.run"
        case commandRuns = "command.runs"
        case commandCompare = "command.compare"
        case commandSources = "command.sources"
        case commandSweep = "command.sweep"
        // ko-knobs: OverfitTraining's sentences (TrainingMessage), explain's header, source names, verbose.
        case allowedWhole = "allowed.whole"
        case allowedReal = "allowed.real"
        case allowedWord = "allowed.word"
        case allowedChoice = "allowed.choice"
        case allowedLayers = "allowed.layers"
        case allowedAugment = "allowed.augment"
        case allowedAllOr = "allowed.all-or"
        case allowedDataset = "allowed.dataset"
        case errorKnobNotAllowed = "error.knob-not-allowed"
        case errorKnobRange = "error.knob-range"
        case errorKnobOneOf = "error.knob-one-of"
        case hintKnobExample = "hint.knob-example"
        case errorDatasetEmpty = "error.dataset-empty"
        case errorDatasetPathLong = "error.dataset-path-long"
        case errorDatasetPathControl = "error.dataset-path-control"
        case errorKnobTwice = "error.knob-twice"
        case hintKnobOnce = "hint.knob-once"
        case errorKnobNeedsValue = "error.knob-needs-value"
        case errorSetNeeds = "error.set-needs"
        case hintSetNeeds = "hint.set-needs"
        case errorUnknownKnob = "error.unknown-knob"
        case errorUnknownKnobSuggest = "error.unknown-knob.suggest"
        case hintShowListsKnobs = "hint.show-lists-knobs"
        case errorUnclosedQuote = "error.unclosed-quote"
        case hintUnclosedQuote = "hint.unclosed-quote"
        case phraseLayersPosition = "phrase.layers-position"
        case phraseEmptyItem = "phrase.empty-item"
        case errorLayersOrder = "error.layers-order"
        case errorLayersItem = "error.layers-item"
        case errorLayersStages = "error.layers-stages"
        case errorLayersWidths = "error.layers-widths"
        case errorConvChannels = "error.conv-channels"
        case errorConvKernel = "error.conv-kernel"
        case errorLayersShrinkPool = "error.layers-shrink-pool"
        case errorLayersShrinkKernel = "error.layers-shrink-kernel"
        case hintLayersShape = "hint.layers-shape"
        case errorAugmentAngles = "error.augment-angles"
        case errorAugmentAngleCount = "error.augment-angle-count"
        case errorAugmentRandom = "error.augment-random"
        case hintAugment = "hint.augment"
        case errorValSizeTooBig = "error.val-size-too-big"
        case errorBatchnormBatch = "error.batchnorm-batch"
        case hintBatchnormBatch = "hint.batchnorm-batch"
        case errorBnSharedWidths = "error.bn-shared-widths"
        case hintBnSharedWidths = "hint.bn-shared-widths"
        case errorRepeatsPastSeed = "error.repeats-past-seed"
        case hintRepeatsPastSeed = "hint.repeats-past-seed"
        case errorPatienceNoValidation = "error.patience-no-validation"
        case hintPatienceNoValidation = "hint.patience-no-validation"
        case errorTestEvalSampled = "error.test-eval-sampled"
        case errorTrainSizeDataset = "error.train-size-dataset"
        case errorCannotLoadDataset = "error.cannot-load-dataset"
        case errorSeedDidNotRun = "error.seed-did-not-run"
        case hintRunAgain = "hint.run-again"
        case noteConvolutionNoDense = "note.convolution-no-dense"
        case noteConvolutionDenseOnly = "note.convolution-dense-only"
        case noteIdleBatchnormOff = "note.idle-batchnorm-off"
        case noteIdleNoLayers = "note.idle-no-layers"
        case noteIdleMomentum = "note.idle-momentum"
        case noteKnob = "note.knob"
        case explainAllowed = "explain.allowed"
        case explainAliases = "explain.aliases"
        case explainNow = "explain.now"
        case explainNowDefault = "explain.now.default"
        case explainNowOtherDefault = "explain.now.other-default"
        case explainNowBaseline = "explain.now.baseline"
        case explainSources = "explain.sources"
        case sourceNameLabSlides = "source-name.lab-slides"
        case sourceNameDeepLearningFromScratch = "source-name.deep-learning-from-scratch"
        case sourceNameKerasBlog = "source-name.keras-blog"
        case sourceNameAlexnetBlog = "source-name.alexnet-blog"
        case sourceNameCifarNotebook = "source-name.cifar-notebook"
        case errorCannotRun = "error.cannot-run"
        case errorCannotLoadTrainingImages = "error.cannot-load-training-images"
        case errorCannotLoadTestDigits = "error.cannot-load-test-digits"
        case errorCannotLoadTestImages = "error.cannot-load-test-images"
        case errorVerbose = "error.verbose"
        case hintVerbose = "hint.verbose"
        case verboseIsOn = "verbose.is-on"
        case verboseIsOff = "verbose.is-off"
        case verboseOn = "verbose.on"
        case verboseOff = "verbose.off"
        case errorMemoryBudget = "error.memory-budget"
        case hintMemoryBudget = "hint.memory-budget"
        case errorMemoryBudgetSize = "error.memory-budget-size"
        case errorUsageSeeHelp = "error.usage-see-help"
        case errorHelpLabel = "error.help-label"
        case errorCommandLine = "error.command-line"
        case errorOptionUnknown = "error.option-unknown"
        case errorOptionUnknownSuggest = "error.option-unknown.suggest"
        case errorOptionMissingValue = "error.option-missing-value"
        case errorOptionTakesNoValue = "error.option-takes-no-value"
        case errorArgumentMissing = "error.argument-missing"
        case errorArgumentUnexpected = "error.argument-unexpected"
        case errorArgumentsUnexpected = "error.arguments-unexpected"
        case errorValueInvalid = "error.value-invalid"
        case errorValueInvalidOneOf = "error.value-invalid.one-of"
        case errorValueInvalidWhy = "error.value-invalid.why"
        case errorReplayWithResume = "error.replay-with-resume"
        case errorUnexpectedTarget = "error.unexpected-target"
        case phraseMemoryPart = "phrase.memory-part"
        case phraseMemoryPair = "phrase.memory-pair"
        case phraseMemorySeeds = "phrase.memory-seeds"
        case partLoadedImages = "part.loaded-images"
        case partTrainingImages = "part.training-images"
        case partWeights = "part.weights"
        case partBatch = "part.batch"
        case partEvaluation = "part.evaluation"
        case partProgram = "part.program"
        case budgetHalfRAM = "budget.half-ram"
        case budgetReplay = "budget.replay"
        case remedyBatch = "remedy.batch"
        case remedyTrainSize = "remedy.train-size"
        case remedyLayers = "remedy.layers"
        case remedyDatasetMnist = "remedy.dataset-mnist"
        case remedyDataset = "remedy.dataset"
        case remedyAny = "remedy.any"
        // compare, repeats, a reused run and the run's own lines (ko-compare)
        case compareRunLabel = "compare.run-label"
        case compareSeeds = "compare.seeds"
        case compareTestMean = "compare.test-mean"
        case compareRowsBelow = "compare.rows-below"
        case compareSeedOnly = "compare.seed-only"
        case compareBestTest = "compare.best-test"
        case compareBestTestCell = "compare.best-test-cell"
        case compareDiagnosis = "compare.diagnosis"
        case compareNoEpochs = "compare.no-epochs"
        case compareCurves = "compare.curves"
        case compareKnobsSame = "compare.knobs-same"
        case compareKnobsDiffer = "compare.knobs-differ"
        case verdictOverfitting = "verdict.overfitting"
        case verdictCollapsed = "verdict.collapsed"
        case verdictTooFewSteps = "verdict.too-few-steps"
        case verdictInterrupted = "verdict.interrupted"
        case verdictDiverged = "verdict.diverged"
        case verdictUnstable = "verdict.unstable"
        case verdictUnderfitting = "verdict.underfitting"
        case verdictHealthy = "verdict.healthy"
        case verdictEvaluationMistake = "verdict.evaluation-mistake"
        case verdictNoEpochs = "verdict.no-epochs"
        case verdictRandomLabels = "verdict.random-labels"
        case spreadDefaults = "spread.defaults"
        case runReused = "run.reused"
        case runNote = "run.note"
        case runNoteEachSeed = "run.note.each-seed"
        case runDuration = "run.duration"
        case durationMinute = "duration.minute"
        case durationMinutes = "duration.minutes"
        case durationHours = "duration.hours"
        case progressLoading = "progress.loading"
        case progressResuming = "progress.resuming"
        case progressSeeds = "progress.seeds"
        case seedsOne = "seeds.one"
        case seedsRange = "seeds.range"
        case repeatHeadline = "repeat.headline"
        case repeatHeadlinePartial = "repeat.headline.partial"
        case repeatHeadlineNone = "repeat.headline.none"
        case repeatReused = "repeat.reused"
        case repeatReusedOne = "repeat.reused.one"
        case repeatReusedMany = "repeat.reused.many"
        case repeatColumnSeed = "repeat.column.seed"
        case repeatGapSpread = "repeat.gap-spread"
        case repeatCurves = "repeat.curves"
        case repeatTestLowest = "repeat.test-lowest"
        case repeatTestHighest = "repeat.test-highest"
        case repeatBrief = "repeat.brief"
        case repeatBriefTest = "repeat.brief.test"
        case promiseGapNarrows = "promise.gap-narrows"
        case promiseTestAccuracyRises = "promise.test-accuracy-rises"
        case promiseTrainAccuracyRises = "promise.train-accuracy-rises"
        case promiseFinishesWithoutNan = "promise.finishes-without-nan"
        case errorLessonRunNotMade = "error.lesson-run-not-made"
        case hintLessonRunWhere = "hint.lesson-run-where"
        case errorRunIdNumber = "error.run-id-number"
        case errorNoRunNone = "error.no-run-none"
        case hintNoRunNone = "hint.no-run-none"
        case errorNoRunRange = "error.no-run-range"
        case hintRunsLists = "hint.runs-lists"
        case historyNoneWritable = "history.none.writable"
        case historyNoneReadOnly = "history.none.read-only"
        case historyTitle = "history.title"
        case historyColumnLastUsed = "history.column.last-used"
        case historyColumnCommands = "history.column.commands"
        case historyColumnRuns = "history.column.runs"
        case historyColumnLesson = "history.column.lesson"
        case historyColumnFile = "history.column.file"
        case historyInUse = "history.in-use"
        case historyUnreadable = "history.unreadable"
        case historyHow = "history.how"
        case historyCommandsOne = "history.commands.one"
        case historyCommands = "history.commands"
        case historyRunsOne = "history.runs.one"
        case historyRuns = "history.runs"
        case historyLesson = "history.lesson"
        case historyWelcome = "history.welcome"
        case historyWelcomeInUse = "history.welcome.in-use"
        case mistakeRawPixels = "mistake.raw-pixels"
        case mistakeBatchNormTraining = "mistake.batch-norm-training"
        // Charts, sweeps, samples, rotations and the weights chart (ko-charts).
        case chartRun = "chart.run"
        case chartRunNamed = "chart.run.named"
        case chartEpochOne = "chart.epoch-one"
        case chartVal = "chart.val"
        case errorNoRunsYet = "error.no-runs-yet"
        case hintNoRunsYet = "hint.no-runs-yet"
        case errorPlotMetric = "error.plot-metric"
        case hintPlotMetric = "hint.plot-metric"
        case errorPlotWords = "error.plot-words"
        case hintPlotWords = "hint.plot-words"
        case errorPlotTooMany = "error.plot-too-many"
        case hintPlotTooMany = "hint.plot-too-many"
        case errorPlotNoEpochs = "error.plot-no-epochs"
        case plotTitleAccuracy = "plot.title.accuracy"
        case plotTitleLoss = "plot.title.loss"
        case plotTitleGap = "plot.title.gap"
        case plotLowest = "plot.lowest"
        case plotOverlayAccuracy = "plot.overlay.accuracy"
        case plotOverlayLoss = "plot.overlay.loss"
        case plotOverlayGap = "plot.overlay.gap"
        case plotLegend = "plot.legend"
        case plotLegendNamed = "plot.legend.named"
        case plotLowestList = "plot.lowest.list"
        case plotLowestItem = "plot.lowest.item"
        case errorSamplesCount = "error.samples-count"
        case hintSamplesCount = "hint.samples-count"
        case errorSamplesNoEpochs = "error.samples-no-epochs"
        case errorSamplesPredictions = "error.samples-predictions"
        case errorSamplesPairCount = "error.samples-pair-count"
        case hintSamplesPairCount = "hint.samples-pair-count"
        case errorSamplesDatasets = "error.samples-datasets"
        case hintSamplesDatasets = "hint.samples-datasets"
        case samplesHeading = "samples.heading"
        case samplesContrast = "samples.contrast"
        case samplesContrastSome = "samples.contrast.some"
        case errorRotationsNumber = "error.rotations-number"
        case hintRotationsNumber = "hint.rotations-number"
        case errorRotationsTooFew = "error.rotations-too-few"
        case rotationsOriginal = "rotations.original"
        case rotationsHeading = "rotations.heading"
        case sweepStoppedOne = "sweep.stopped.one"
        case sweepStoppedMany = "sweep.stopped.many"
        case sweepCutShort = "sweep.cut-short"
        case sweepFailed = "sweep.failed"
        case errorSweepArguments = "error.sweep-arguments"
        case hintSweepArguments = "hint.sweep-arguments"
        case errorSweepCount = "error.sweep-count"
        case hintSweepExample = "hint.sweep-example"
        case errorSweepEmpty = "error.sweep-empty"
        case sweepTitle = "sweep.title"
        case sweepTitleRepeats = "sweep.title.repeats"
        case columnTestRange = "column.test-range"
        case sweepNoneFinished = "sweep.none-finished"
        case sweepHighest = "sweep.highest"
        case sweepBest = "sweep.best"
        case sweepNoClearBest = "sweep.no-clear-best"
        case weightsTitle = "weights.title"
        case columnWeights = "column.weights"
        case weightsThreshold = "weights.threshold"
        case weightsNetwork = "weights.network"
        case weightsFit = "weights.fit"
        case weightsNoFit = "weights.no-fit"
        case weightsPeakLargest = "weights.peak.largest"
        case weightsPeakSmallest = "weights.peak.smallest"
        case weightsPeakInside = "weights.peak.inside"
        case weightsSummary = "weights.summary"
        // Files, session files, replay and resume (the files area).
        case fileWhatSession = "file.what.session"
        case fileOriginSession = "file.origin.session"
        case fileFigureNames = "file.figure-names"
        case fileNone = "file.none"
        case fileAbsent = "file.absent"
        case fileKindDirectory = "file.kind.directory"
        case fileKindFifo = "file.kind.fifo"
        case fileKindCharacterDevice = "file.kind.character-device"
        case fileKindBlockDevice = "file.kind.block-device"
        case fileKindSocket = "file.kind.socket"
        case fileKindLink = "file.kind.link"
        case fileKindOther = "file.kind.other"
        case fileReasonMissing = "file.reason.missing"
        case fileReasonDenied = "file.reason.denied"
        case fileReasonNoSpace = "file.reason.no-space"
        case fileReasonReadOnly = "file.reason.read-only"
        case fileReasonQuota = "file.reason.quota"
        case fileReasonNotDirectory = "file.reason.not-directory"
        case fileCountCommandOne = "file.count.command.one"
        case fileCountCommandMany = "file.count.command.many"
        case fileCountRunOne = "file.count.run.one"
        case fileCountRunMany = "file.count.run.many"
        case fileCountRecordedRunOne = "file.count.recorded-run.one"
        case fileCountRecordedRunMany = "file.count.recorded-run.many"
        case fileWriteDirectory = "file.write.directory"
        case fileHintFileName = "file.hint.file-name"
        case fileWriteFailed = "file.write.failed"
        case fileHintWritable = "file.hint.writable"
        case fileWriteNotRegular = "file.write.not-regular"
        case fileHintNewName = "file.hint.new-name"
        case fileWriteNotOurs = "file.write.not-ours"
        case fileHintNotOurs = "file.hint.not-ours"
        case fileWriteConfirm = "file.write.confirm"
        case fileReadMissing = "file.read.missing"
        case fileHintCheckName = "file.hint.check-name"
        case fileReadDenied = "file.read.denied"
        case fileHintDenied = "file.hint.denied"
        case fileReadNotRegular = "file.read.not-regular"
        case fileHintGiveFile = "file.hint.give-file"
        case fileReadTooLarge = "file.read.too-large"
        case fileReadFailed = "file.read.failed"
        case fileReadNotText = "file.read.not-text"
        case originReplay = "origin.replay"
        case originReplayLine = "origin.replay-line"
        case originLessonLine = "origin.lesson-line"
        case originReplayNoQuit = "origin.replay-no-quit"
        case originLessonNoQuit = "origin.lesson-no-quit"
        case originHintNoQuit = "origin.hint-no-quit"
        case originReplayNoWrite = "origin.replay-no-write"
        case originLessonNoWrite = "origin.lesson-no-write"
        case originHintNoWrite = "origin.hint-no-write"
        case sessionFileLine = "session-file.line"
        case sessionFileHintDamaged = "session-file.hint-damaged"
        case sessionFileBinary = "session-file.binary"
        case sessionFileAfterEnd = "session-file.after-end"
        case sessionFileNotSession = "session-file.not-session"
        case sessionFileUnknownEntry = "session-file.unknown-entry"
        case sessionFileUnknownEntryFigures = "session-file.unknown-entry.figures"
        case sessionFileSecondLanguage = "session-file.second-language"
        case sessionFileLanguageHeader = "session-file.language-header"
        case sessionFileUnknownLanguage = "session-file.unknown-language"
        case sessionFileHintLanguage = "session-file.hint-language"
        case sessionFileBadEscape = "session-file.bad-escape"
        case sessionFileSecondHeader = "session-file.second-header"
        case sessionFileBadVersion = "session-file.bad-version"
        case sessionFileNewer = "session-file.newer"
        case sessionFileHintUpgrade = "session-file.hint-upgrade"
        case sessionFileResultShape = "session-file.result-shape"
        case sessionFileUnknownStatus = "session-file.unknown-status"
        case sessionFileResultFirst = "session-file.result-first"
        case sessionFileResultEpochs = "session-file.result-epochs"
        case sessionFileEndCount = "session-file.end-count"
        case sessionFileEmpty = "session-file.empty"
        case sessionFileTruncated = "session-file.truncated"
        case sessionFileHintCut = "session-file.hint-cut"
        case sessionFileNoTool = "session-file.no-tool"
        case sessionFileFound = "session-file.found"
        case sessionFileFiguresIncomplete = "session-file.figures-incomplete"
        case sessionFileFiguresStop = "session-file.figures-stop"
        case sessionFileNoPredictions = "session-file.no-predictions"
        case sessionFileOutcomeFirst = "session-file.outcome-first"
        case sessionFileNameValue = "session-file.name-value"
        case sessionFileOutcomeFields = "session-file.outcome-fields"
        case sessionFileSampled = "session-file.sampled"
        case sessionFileTrainingImages = "session-file.training-images"
        case sessionFileNotEpoch = "session-file.not-epoch"
        case sessionFileDivergedAt = "session-file.diverged-at"
        case sessionFileEpochFirst = "session-file.epoch-first"
        case sessionFileEpochExtra = "session-file.epoch-extra"
        case sessionFileEpochShape = "session-file.epoch-shape"
        case sessionFileNotNumber = "session-file.not-number"
        case sessionFileValidationPair = "session-file.validation-pair"
        case sessionFilePredictionsFirst = "session-file.predictions-first"
        case sessionFilePredictionsShape = "session-file.predictions-shape"
        case sessionFileTooManyPredictions = "session-file.too-many-predictions"
        case sessionFilePredictionsBase64 = "session-file.predictions-base64"
        case sessionFilePredictionDigit = "session-file.prediction-digit"
        case replayNested = "replay.nested"
        case replayNoteDiffers = "replay.note-differs"
        case replayNoteEnded = "replay.note-ended"
        case replayNoResult = "replay.no-result"
        case replayNotRemade = "replay.not-remade"
        case replayStoppedOne = "replay.stopped.one"
        case replayStoppedMany = "replay.stopped.many"
        case replayCheckDiffers = "replay.check.differs"
        case replayCheckDiffersOf = "replay.check.differs-of"
        case replayCheckNoFigures = "replay.check.no-figures"
        case replayCheckIdentical = "replay.check.identical"
        case replayCheckIdenticalWithout = "replay.check.identical-without"
        case replayCheckSeeds = "replay.check.seeds"
        case replayDiffEpoch = "replay.diff.epoch"
        case replayDiffEnded = "replay.diff.ended"
        case replayDiffRestored = "replay.diff.restored"
        case replayDiffPredictions = "replay.diff.predictions"
        case replayDiffImages = "replay.diff.images"
        case replayDiffAbsent = "replay.diff.absent"
        case replayDiffAccuracy = "replay.diff.accuracy"
        case replayDiffLoss = "replay.diff.loss"
        case resumeProgress = "resume.progress"
        case resumeDone = "resume.done"
        case resumeDoneAllTrained = "resume.done.all-trained"
        case resumeDoneSomeTrained = "resume.done.some-trained"
        case resumeKept = "resume.kept"
        case resumeLabel = "resume.label"
        case resumeLabelFile = "resume.label-file"
        case resumeUncheckedOne = "resume.unchecked.one"
        case resumeUncheckedMany = "resume.unchecked.many"
        case resumeNone = "resume.none"
        case resumeHintNone = "resume.hint-none"
        case resumeHintNoneUnwritable = "resume.hint-none-unwritable"
        case resumeNoNumberOne = "resume.no-number.one"
        case resumeNoNumberMany = "resume.no-number.many"
        case resumeHintList = "resume.hint-list"
        case resumeOpenElsewhere = "resume.open-elsewhere"
        case resumeHintOpenElsewhere = "resume.hint-open-elsewhere"
        case resumeHintOther = "resume.hint-other"
        case resumeNewSession = "resume.new-session"
        case resumeNoDataDirectory = "resume.no-data-directory"
        case resumeStopped = "resume.stopped"
        case resumeLanguage = "resume.language"
        case historySessionOpen = "history.session-open"
        case historyHintOpen = "history.hint-open"
        case historyCannotOpen = "history.cannot-open"
        case historyHintSessions = "history.hint-sessions"
        case historyChanged = "history.changed"
        case historyHintAgain = "history.hint-again"
        case historyCannotCreate = "history.cannot-create"
        case historyCannotCreateDirectory = "history.cannot-create-directory"
        case historyFileUnreadable = "history.file-unreadable"
        case historyEmpty = "history.empty"
        case historyHintThereAre = "history.hint-there-are"
        case historyJournalOrphan = "history.journal-orphan"
        case historyHintEntryDamaged = "history.hint-entry-damaged"
        case historyJournalGap = "history.journal-gap"
        case historyHintJournalGap = "history.hint-journal-gap"
        case journalBinary = "journal.binary"
        case journalNotJournal = "journal.not-journal"
        case journalBadBase = "journal.bad-base"
        case journalUnknownHeader = "journal.unknown-header"
        case journalBadCommit = "journal.bad-commit"
        case journalUnknownEntry = "journal.unknown-entry"
        case autosaveFailed = "autosave.failed"
        case dataDirectoryUnset = "data-directory.unset"
        case dataDirectoryCannotCreate = "data-directory.cannot-create"
        case dataDirectoryHeld = "data-directory.held"
        case dataDirectoryHeldBy = "data-directory.held-by"
        case dataDirectoryHeldByUnknown = "data-directory.held-by-unknown"
        case dataDirectoryLockFailed = "data-directory.lock-failed"
        case dataDirectoryCannotOpen = "data-directory.cannot-open"
        case dataDirectoryCannotLock = "data-directory.cannot-lock"
        case sessionsNoEnvironment = "sessions.no-environment"
        case sessionsNoDirectory = "sessions.no-directory"
        case sessionsNotDirectory = "sessions.not-directory"
        case sessionsHintNoneYet = "sessions.hint-none-yet"
        case sessionsHintCannotCreate = "sessions.hint-cannot-create"
        case cliOverviewLabel = "cli.overview-label"
        case cliUsageLabel = "cli.usage-label"
        case cliArgumentsLabel = "cli.arguments-label"
        case cliValuesLabel = "cli.values-label"
        case cliDefaultLabel = "cli.default-label"
        case cliTutorDiscussion = "cli.tutor.discussion"
        case cliTutorReplay = "cli.tutor.replay"
        case cliTutorResume = "cli.tutor.resume"
        case cliTutorSession = "cli.tutor.session"
        case cliTutorAscii = "cli.tutor.ascii"
        case cliData = "cli.data"
        case cliDataShort = "cli.data.short"
        case cliMemoryBudget = "cli.memory-budget"
        case cliLang = "cli.lang"
        case cliLangNarration = "cli.lang.narration"
        case cliRunDefaults = "cli.run.defaults"
        case cliRunSetReads = "cli.run.set-reads"
        case cliRunKnobs = "cli.run.knobs"
        case cliRunExample = "cli.run.example"
        case cliRunSet = "cli.run.set"
        case cliRunJson = "cli.run.json"
        case cliBenchWorkload = "cli.bench.workload"
        case cliBenchRepeat = "cli.bench.repeat"
        case cliBenchJson = "cli.bench.json"
        case cliBenchNoGemm = "cli.bench.no-gemm"
        case cliBenchNoProducts = "cli.bench.no-products"
        case cliCheckLessonsSeeds = "cli.check-lessons.seeds"
        case cliCheckLessonsLessons = "cli.check-lessons.lessons"
        case cliCheckLessonsMaxGflop = "cli.check-lessons.max-gflop"
        case cliCheckLessonsNoNarration = "cli.check-lessons.no-narration"
        case cliCheckLessonsMarkdown = "cli.check-lessons.markdown"
        case cliCheckLessonsJson = "cli.check-lessons.json"
        case cliCheckLessonsLessonsDir = "cli.check-lessons.lessons-dir"
        // ko-lessons: claims, predictions, the challenge's boards, rotations, recap, sources, lang.
        case figureTrainAcc = "figure.train_acc"
        case figureTestAcc = "figure.test_acc"
        case figureValAcc = "figure.val_acc"
        case figureGap = "figure.gap"
        case figureTrainLoss = "figure.train_loss"
        case figureTestLoss = "figure.test_loss"
        case figureBestTestAcc = "figure.best_test_acc"
        case figureBestEpoch = "figure.best_epoch"
        case figureLowestLossEpoch = "figure.lowest_loss_epoch"
        case figureEpochs = "figure.epochs"
        case figureDiverged = "figure.diverged"
        case figureLossTurnedUp = "figure.loss_turned_up"
        case figureRestoredEpoch = "figure.restored_epoch"
        case figureTrainingImages = "figure.training_images"
        case figureFitEpoch = "figure.fit_epoch"
        case figureWeights = "figure.weights"
        case figureMeanTestAcc = "figure.mean_test_acc"
        case figureMinTestAcc = "figure.min_test_acc"
        case figureMaxTestAcc = "figure.max_test_acc"
        case figureTestAccRange = "figure.test_acc_range"
        case figureSeeds = "figure.seeds"
        case claimBound = "claim.bound"
        case claimVersus = "claim.versus"
        case claimWithin = "claim.within"
        case claimOtherSame = "claim.other.same"
        case claimOtherFigure = "claim.other.figure"
        case claimOtherTimes = "claim.other.times"
        case claimLower = "claim.lower"
        case claimHigher = "claim.higher"
        case claimSmaller = "claim.smaller"
        case claimLarger = "claim.larger"
        case claimFewer = "claim.fewer"
        case claimMore = "claim.more"
        case claimEarlier = "claim.earlier"
        case claimLater = "claim.later"
        case claimAtMost = "claim.at-most"
        case claimAtLeast = "claim.at-least"
        case claimEqual = "claim.equal"
        case claimMoreBelow = "claim.more-below"
        case claimLessAbove = "claim.less-above"
        case claimMoreAbove = "claim.more-above"
        case claimLessBelow = "claim.less-below"
        case claimBelow = "claim.below"
        case claimAbove = "claim.above"
        case claimFlagDiverged = "claim.flag.diverged"
        case claimFlagLossTurnedUp = "claim.flag.loss-turned-up"
        case unitPoint = "unit.point"
        case answerYes = "answer.yes"
        case answerNo = "answer.no"
        case answerHigher = "answer.higher"
        case answerLower = "answer.lower"
        case answerSame = "answer.same"
        case answerNotHigher = "answer.not-higher"
        case answerNotLower = "answer.not-lower"
        case answerNotSame = "answer.not-same"
        case answerNearer = "answer.nearer"
        case answerYesMeans = "answer.yes-means"
        case outcomeHigher = "outcome.higher"
        case outcomeLower = "outcome.lower"
        case outcomeSame = "outcome.same"
        case verdictNumberExact = "verdict.number.exact"
        case verdictNumberRight = "verdict.number.right"
        case verdictNumberWrong = "verdict.number.wrong"
        case verdictNoBaseline = "verdict.no-baseline"
        case verdictDirection = "verdict.direction"
        case verdictNearer = "verdict.nearer"
        case verdictNearerSkipped = "verdict.nearer.skipped"
        case verdictOption = "verdict.option"
        case verdictRight = "verdict.right"
        case verdictWrong = "verdict.wrong"
        case errorAnswerPercentage = "error.answer-percentage"
        case hintAnswerPercentage = "hint.answer-percentage"
        case errorAnswerNumber = "error.answer-number"
        case hintAnswerNumber = "hint.answer-number"
        case errorPercentageRange = "error.percentage-range"
        case hintPercentageRange = "hint.percentage-range"
        case errorWholeNumber = "error.whole-number"
        case hintWholeNumber = "hint.whole-number"
        case errorAnswerOption = "error.answer-option"
        case errorAnswerOptionMany = "error.answer-option.many"
        case rankRefusedUnfinished = "rank.refused.unfinished"
        case hintRankListsBoard = "hint.rank-lists-board"
        case rankRefusedMistakes = "rank.refused.mistakes"
        case rankMistakeRawPixels = "rank.mistake.raw-pixels"
        case rankMistakeBnTraining = "rank.mistake.bn-training"
        case rankMistakeBoth = "rank.mistake.both"
        case hintRankMistakes = "hint.rank-mistakes"
        case rankRefusedDataset = "rank.refused.dataset"
        case hintRankDataset = "hint.rank-dataset"
        case rankRefusedNoValidation = "rank.refused.no-validation"
        case hintRankNoValidation = "hint.rank-no-validation"
        case rankRefusedRules = "rank.refused.rules"
        case hintRankRules = "hint.rank-rules"
        case rankColumnRank = "rank.column.rank"
        case rankColumnValidation = "rank.column.validation"
        case rankColumnPublicRank = "rank.column.public-rank"
        case rankColumnDrop = "rank.column.drop"
        case rankColumnKnobs = "rank.column.knobs"
        case rankNoneBaseline = "rank.none-baseline"
        case rankNone = "rank.none"
        case rankPublicOne = "rank.public.one"
        case rankPublicMany = "rank.public.many"
        case rankOnDataset = "rank.on-dataset"
        case rankHeldSame = "rank.held.same"
        case rankHeldMixed = "rank.held.mixed"
        case rankSharedRules = "rank.shared.rules"
        case rankSharedSets = "rank.shared.sets"
        case rankSharedBoth = "rank.shared.both"
        case rankSameOne = "rank.same.one"
        case rankSameMany = "rank.same.many"
        case rankNotRanked = "rank.not-ranked"
        case rankRunListOne = "rank.run-list.one"
        case rankRunListMany = "rank.run-list.many"
        case rankSubmitPrompt = "rank.submit-prompt"
        case rankPrivateOne = "rank.private.one"
        case rankPrivateMany = "rank.private.many"
        case rankLeaderWaiting = "rank.leader-waiting"
        case rankEmpty = "rank.empty"
        case rankEmptyRules = "rank.empty.rules"
        case rankEmptyWithout = "rank.empty.without"
        case rankRevealed = "rank.revealed"
        case rankPublicRank = "rank.public-rank"
        case rankSeeds = "rank.seeds"
        case rankTestImagesCount = "rank.test-images.count"
        case rankTestImages = "rank.test-images"
        case rankBelow = "rank.below"
        case rankAbove = "rank.above"
        case rankSameAs = "rank.same-as"
        case rankCurseFigures = "rank.curse.figures"
        case rankCurseOnly = "rank.curse.only"
        case rankCurseOne = "rank.curse.one"
        case rankCurseMany = "rank.curse.many"
        case rankCurseWorse = "rank.curse.worse"
        case rankCurseNotWorse = "rank.curse.not-worse"
        case rankMovedNone = "rank.moved.none"
        case rankMovedFell = "rank.moved.fell"
        case rankMovedRose = "rank.moved.rose"
        case errorSubmitOne = "error.submit-one"
        case hintSubmitExample = "hint.submit-example"
        case errorSubmitId = "error.submit-id"
        case errorBoardEmpty = "error.board-empty"
        case hintBoardEmpty = "hint.board-empty"
        case errorNoRun = "error.no-run"
        case hintRankListsPublic = "hint.rank-lists-public"
        case errorNotOnBoard = "error.not-on-board"
        case hintRankListsIt = "hint.rank-lists-it"
        case errorAlreadySubmitted = "error.already-submitted"
        case errorAlreadySubmittedSame = "error.already-submitted.same"
        case hintRankBoth = "hint.rank-both"
        case errorRecapOne = "error.recap-one"
        case hintRecapExample = "hint.recap-example"
        case errorRecapEmpty = "error.recap-empty"
        case recapKept = "recap.kept"
        case recapWroteOne = "recap.wrote.one"
        case recapWroteMany = "recap.wrote.many"
        case errorSourcesOne = "error.sources-one"
        case hintSourcesExample = "hint.sources-example"
        case errorNoSource = "error.no-source"
        case errorNoSourceSuggest = "error.no-source.suggest"
        case hintSourcesNames = "hint.sources-names"
        case sourcesMissing = "sources.missing"
        case langStatus = "lang.status"
        case langUnavailable = "lang.unavailable"
        case langSwitches = "lang.switches"
        case langNow = "lang.now"
        case errorLangOne = "error.lang-one"
        case errorLangUnknown = "error.lang-unknown"
        case hintLangExample = "hint.lang-example"
        // ko-data: a data file's error (OverfitData's DataMessage).
        case errorDataFile = "error.data-file"
        case errorDataDirectory = "error.data-directory"
        case errorDataExpectedFound = "error.data-expected-found"
        case dataKindMissingFile = "data.kind.missing-file"
        case dataKindNotGzip = "data.kind.not-gzip"
        case dataKindCorruptGzip = "data.kind.corrupt-gzip"
        case dataKindTruncated = "data.kind.truncated"
        case dataKindTrailingBytes = "data.kind.trailing-bytes"
        case dataKindBadMagic = "data.kind.bad-magic"
        case dataKindWrongDimensions = "data.kind.wrong-dimensions"
        case dataKindCountMismatch = "data.kind.count-mismatch"
        case dataKindBadLabel = "data.kind.bad-label"
        case dataKindUnknownDirectory = "data.kind.unknown-directory"
        case dataKindMissingDirectory = "data.kind.missing-directory"
        case dataKindBadClassList = "data.kind.bad-class-list"
        case dataKindTooLarge = "data.kind.too-large"
        case dataKindUnreadableFile = "data.kind.unreadable-file"
        case dataKindNotRegularFile = "data.kind.not-regular-file"
        case hintDataRestore = "hint.data-restore"
        case hintDataChmod = "hint.data-chmod"
        case hintDataRegularFile = "hint.data-regular-file"
        case hintDataOwnDirectory = "hint.data-own-directory"
        case dataNoSuchFile = "data.no-such-file"
        case dataPermissionDenied = "data.permission-denied"
        case dataYouMayRead = "data.you-may-read"
        case dataRegularFile = "data.regular-file"
        case dataAtMostBytes = "data.at-most-bytes"
        case dataBytesNotRead = "data.bytes-not-read"
        case dataIdxFile = "data.idx-file"
        case dataGzipFile = "data.gzip-file"
        case dataIdxMagic = "data.idx-magic"
        case dataMagicFound = "data.magic-found"
        case dataIdxStart = "data.idx-start"
        case dataOnlyBytesTotal = "data.only-bytes-total"
        case dataHeaderBytes = "data.header-bytes"
        case dataLabelsPerImage = "data.labels-per-image"
        case dataLabelCount = "data.label-count"
        case dataLabelAt = "data.label-at"
        case dataWordImage = "data.word-image"
        case dataWordLabel = "data.word-label"
        case dataDirectoryHolding = "data.directory-holding"
        case dataNotADirectory = "data.not-a-directory"
        case dataNoSuchDirectory = "data.no-such-directory"
        case hintDataMissingDirectory = "hint.data-missing-directory"
        case dataGzipMagic = "data.gzip-magic"
        case dataEmptyFile = "data.empty-file"
        case dataFirstBytes = "data.first-bytes"
        case dataReadableGzip = "data.readable-gzip"
        case dataZlibCannotOpen = "data.zlib-cannot-open"
        case dataAtMostUncompressed = "data.at-most-uncompressed"
        case dataMoreThanThat = "data.more-than-that"
        case dataCompleteGzip = "data.complete-gzip"
        case dataStreamEndsEarly = "data.stream-ends-early"
        case dataValidGzip = "data.valid-gzip"
        case dataZlibError = "data.zlib-error"
        case dataZlibSays = "data.zlib-says"
        case dataWordImages = "data.word-images"
        case dataWordLabels = "data.word-labels"
        case dataMagicImage = "data.magic-image"
        case dataMagicLabel = "data.magic-label"
        case dataPayloadBytes = "data.payload-bytes"
        case dataMoreAfter = "data.more-after"
        case dataOnlyBytes = "data.only-bytes"
        case dataBytesMoreThanDeclared = "data.bytes-more-than-declared"
        case dataAtLeastOne = "data.at-least-one"
        case dataHeaderZeroItems = "data.header-zero-items"
        case hintDataNoData = "hint.data-no-data"
        case dataAtLeastOneByOne = "data.at-least-one-by-one"
        case dataHeaderZeroDimension = "data.header-zero-dimension"
        case dataAtMostItems = "data.at-most-items"
        case dataAtMostItemsOfSide = "data.at-most-items-of-side"
        case dataHeaderDeclaring = "data.header-declaring"
        case dataAtMostDataBytes = "data.at-most-data-bytes"
        case dataHeaderDeclaringBytes = "data.header-declaring-bytes"
        case dataHeaderDeclaringHuge = "data.header-declaring-huge"
        case dataWordsMnistImages = "data.words-mnist-images"
        case dataWordsFashionImages = "data.words-fashion-images"
        case dataWordsDigitLabels = "data.words-digit-labels"
        case dataWordsClothingLabels = "data.words-clothing-labels"
        case dataImagesOfSize = "data.images-of-size"
        case dataImagesAsTraining = "data.images-as-training"
        case dataImageSizeRange = "data.image-size-range"
        case dataCountImagesOfSize = "data.count-images-of-size"
        case hintDataResize = "hint.data-resize"
        case dataLabelsRange = "data.labels-range"
        case dataLabelsTwoClasses = "data.labels-two-classes"
        case dataEveryLabelIs = "data.every-label-is"
        case dataLabelsPerClass = "data.labels-per-class"
        case dataAtMostShortLines = "data.at-most-short-lines"
        case dataClassListText = "data.class-list-text"
        case dataClassListUtf8 = "data.class-list-utf8"
        case dataNotUtf8 = "data.not-utf8"
        case dataNameEveryLine = "data.name-every-line"
        case dataLineEmpty = "data.line-empty"
        case dataPrintableNames = "data.printable-names"
        case dataControlOnLine = "data.control-on-line"
        case dataNamesAtMost = "data.names-at-most"
        case dataCharactersOnLine = "data.characters-on-line"
        case dataClassCountRange = "data.class-count-range"
        case dataNameCount = "data.name-count"
        case dataNotRegularKind = "data.not-regular-kind"
        case dataLargerThan = "data.larger-than"
        case dataSystemSays = "data.system-says"
        case dataDirectoryContaining = "data.directory-containing"
        case dataNoneInPlaces = "data.none-in-places"
        case hintDataLocate = "hint.data-locate"
        case dataDirectoryGivenContaining = "data.directory-given-containing"
        case dataDirectoryWithout = "data.directory-without"
        case hintDataCheckOrigin = "hint.data-check-origin"
        case dataFashionFiles = "data.fashion-files"
        case hintDataFashion = "hint.data-fashion"
        case errorLineTooLong = "error.line-too-long"
        case errorLineTooLongIn = "error.line-too-long-in"
        case hintLineTooLong = "hint.line-too-long"
        case hintLineTooLongFile = "hint.line-too-long-file"
        case fileWhatKnobs = "file.what.knobs"
        case fileOriginKnobs = "file.origin.knobs"
        case errorKnobsNotAKnob = "error.knobs-not-a-knob"
        case errorKnobsTwice = "error.knobs-twice"
        case errorKnobsTextBefore = "error.knobs-text-before"
        case errorKnobsLine = "error.knobs-line"

        // A figure prose cannot show (its run skipped, or without that figure).
        case figureNoRun = "figure.no-run"
        case figureNoFigure = "figure.no-figure"

        /// The placeholders the message may use (a translation uses the same ones).
        public var placeholders: [String] {
            switch self {
            case .banner:
                return ["directory", "version"]
            case .bannerNoAutosave:
                return ["version"]
            case .farewellKept, .saveKept, .errorExportFormat, .exportKept:
                return ["path"]
            case .welcomeBack:
                return ["number", "of", "step", "title"]
            case .welcomeNew, .welcomeNext:
                return ["goal", "number", "title"]
            case .helpUsage:
                return ["usage"]
            case .helpAlso:
                return ["aliases"]
            case .errorUnknownCommand, .lessonRunStopped, .lessonTypeRun:
                return ["name"]
            case .errorUnknownCommandSuggest:
                return ["name", "suggestion"]
            case .errorNoArguments, .hintHelpCommand, .lessonType, .hintTypeCommand:
                return ["command"]
            case .errorNoLesson, .baselineLesson:
                return ["number"]
            case .hintLessonsRange:
                return ["first", "last"]
            case .errorAnswerFirst, .hintNearer, .errorAnswerWhat:
                return ["expected"]
            case .lessonHeading, .recapLesson:
                return ["number", "title"]
            case .lessonGoal:
                return ["goal"]
            case .lessonReruns:
                return ["sources"]
            case .lessonPublished:
                return ["text"]
            case .lessonSetsKnobs, .lessonKnobsDiffer, .lessonStrayedKnobs:
                return ["knobs"]
            case .lessonNoted, .recapSaidSkipped:
                return ["answer"]
            case .lessonNoteBeforeRun:
                return ["knobs", "name"]
            case .lessonBack:
                return ["of", "step"]
            case .lessonKnobDiffers:
                return ["knob", "lesson", "value"]
            case .lessonAnswerOptions:
                return ["options"]
            case .lessonAnswerOptionsWords:
                return ["options", "names"]
            case .lessonClaimSkippedOne:
                return ["claim", "lesson", "run"]
            case .lessonClaimSkippedMany:
                return ["claim", "lesson", "runs"]
            case .lessonClaimFailed:
                return ["mark", "sentence", "why"]
            case .lessonSeedVariationSeed:
                return ["seed"]
            case .lessonAgainstMean:
                return ["change", "run", "seeds"]
            case .lessonAgainst:
                return ["gap", "run", "test"]
            case .lessonDoneNext:
                return ["mark", "next", "number", "title"]
            case .lessonDoneNextTally:
                return ["asked", "mark", "next", "number", "right", "title"]
            case .lessonDoneLast:
                return ["mark", "number"]
            case .lessonDoneLastTally:
                return ["asked", "mark", "number", "right"]
            case .whereCommand:
                return ["command", "count", "number", "of", "step", "title"]
            case .whereRun:
                return ["count", "name", "number", "of", "step", "title"]
            case .wherePrediction:
                return ["count", "expected", "number", "of", "step", "title"]
            case .whereDone, .whereDoneLast, .whereContinue:
                return ["count", "number", "of", "step", "title"]
            case .whereResume, .whereStart:
                return ["count", "lesson", "number", "of", "step", "title"]
            case .hintThink:
                return ["expected", "run"]
            case .hintAnswerExample, .hintAnswerUnclear:
                return ["example"]
            case .errorAnswerOrCommand:
                return ["command", "message"]
            case .errorAnswerUnclear, .errorAnswerUnclearNotYesNo:
                return ["expected", "typed"]
            case .lessonsDone:
                return ["done", "percent", "total"]
            case .lessonsLegend:
                return ["check"]
            case .runHeading, .hintExportFormat:
                return ["id"]
            case .runHeadingSame:
                return ["previous"]
            case .runHeadingMore, .runImages, .runImagesOne, .showSomeChanged:
                return ["count"]
            case .runImagesDataset, .runImagesDatasetOne:
                return ["count", "dataset"]
            case .runFinished, .runFinishedOne:
                return ["epochs", "images"]
            case .runStoppedEarly:
                return ["epoch", "epochs", "images"]
            case .runStoppedEarlyRestored:
                return ["epoch", "epochs", "images", "restored"]
            case .runCancelled:
                return ["done", "epochs", "images"]
            case .runDiverged:
                return ["batch", "epoch", "images"]
            case .runBestAndGap:
                return ["accuracy", "epoch", "gap"]
            case .runGap:
                return ["gap"]
            case .runBrief:
                return ["gap", "status", "test", "train"]
            case .runSampled, .runSampledOne:
                return ["count", "images", "rest", "test_eval"]
            case .runSampledWhole, .runSampledWholeOne:
                return ["epochs"]
            case .progressEpoch:
                return ["epoch", "epochs"]
            case .progressEpochBatch:
                return ["batch", "batches", "epoch", "epochs"]
            case .progressTrain, .progressTest:
                return ["accuracy"]
            case .progressEpochTrain:
                return ["accuracy", "epoch"]
            case .progressEta:
                return ["time"]
            case .unitPoints:
                return ["value"]
            case .saveDone:
                return ["commands", "path", "quoted", "runs"]
            case .exportDone:
                return ["epochs", "id", "path"]
            case .changeNoneReset, .showAllDefaultReset:
                return ["baseline"]
            case .showChanged:
                return ["about", "default"]
            case .showSomeChangedReset:
                return ["baseline", "count"]
            case .recapFinished:
                return ["lessons"]
            case .recapPredictionsTally:
                return ["asked", "right"]
            case .recapYourTest, .recapFirstSeed:
                return ["runs"]
            // ko-knobs
            case .allowedWhole, .allowedAllOr:
                return ["high", "low"]
            case .allowedReal:
                return ["interval"]
            case .allowedWord:
                return ["word"]
            case .allowedChoice:
                return ["last", "others"]
            case .allowedLayers:
                return ["high", "low", "stages", "widths"]
            case .errorKnobNotAllowed:
                return ["allowed", "got", "knob"]
            case .errorKnobRange:
                return ["got", "knob", "range"]
            case .errorKnobOneOf:
                return ["got", "knob", "words"]
            case .hintKnobExample:
                return ["example", "knob"]
            case .errorDatasetEmpty, .noteIdleBatchnormOff, .noteIdleNoLayers:
                return ["knob"]
            case .errorDatasetPathLong:
                return ["got", "knob", "limit"]
            case .errorDatasetPathControl:
                return ["got", "knob"]
            case .errorKnobTwice:
                return ["first", "knob", "second"]
            case .hintKnobOnce:
                return ["knob", "value"]
            case .errorKnobNeedsValue:
                return ["allowed", "knob"]
            case .errorUnknownKnob:
                return ["name"]
            case .errorUnknownKnobSuggest:
                return ["name", "suggestion"]
            case .errorUnclosedQuote:
                return ["line"]
            case .phraseLayersPosition:
                return ["index", "text"]
            case .errorLayersOrder:
                return ["after", "got", "position"]
            case .errorLayersItem:
                return ["got", "position"]
            case .errorLayersStages, .errorLayersWidths:
                return ["got", "limit"]
            case .errorConvChannels, .errorConvKernel:
                return ["got", "high", "low", "position"]
            case .errorLayersShrinkPool, .errorLayersShrinkKernel:
                return ["kernel", "path", "position", "size", "stage"]
            case .hintLayersShape, .errorBnSharedWidths:
                return ["layers"]
            case .errorAugmentAngles:
                return ["got", "range"]
            case .errorAugmentAngleCount:
                return ["got", "high", "low"]
            case .errorAugmentRandom:
                return ["degrees", "got", "shift"]
            case .errorValSizeTooBig:
                return ["train_size", "val_size"]
            case .errorBatchnormBatch:
                return ["batch", "images"]
            case .errorRepeatsPastSeed:
                return ["largest", "repeats", "seed"]
            case .hintPatienceNoValidation:
                return ["train_size"]
            case .errorTestEvalSampled, .errorVerbose:
                return ["got"]
            case .errorTrainSizeDataset:
                return ["available", "train_size"]
            case .errorCannotLoadDataset:
                return ["dataset", "error"]
            case .errorSeedDidNotRun:
                return ["seed"]
            case .noteConvolutionNoDense, .noteConvolutionDenseOnly:
                return ["knob", "stages"]
            case .noteIdleMomentum:
                return ["optimizer"]
            case .noteKnob:
                return ["note"]
            case .explainAllowed:
                return ["allowed", "example", "knob"]
            case .explainAliases:
                return ["aliases"]
            case .explainNow:
                return ["about", "value"]
            case .explainNowOtherDefault:
                return ["default"]
            case .explainNowBaseline:
                return ["baseline", "value"]
            case .explainSources:
                return ["sources"]
            case .errorCannotRun, .errorCannotLoadTrainingImages, .errorCannotLoadTestDigits,
                .errorCannotLoadTestImages:
                return ["error"]
            case .errorMemoryBudget:
                return ["budget", "need", "origin", "parts"]
            case .hintMemoryBudget:
                return ["enough", "remedy"]
            case .phraseMemoryPart:
                return ["part", "size"]
            case .phraseMemoryPair:
                return ["first", "second"]
            case .phraseMemorySeeds:
                return ["part", "seeds"]
            case .remedyBatch:
                return ["batch"]
            case .remedyTrainSize:
                return ["train_size"]
            case .remedyLayers:
                return ["layers"]
            // compare, repeats, a reused run and the run's own lines (ko-compare)
            case .compareRunLabel, .runReused, .errorNoRunNone:
                return ["id"]
            case .compareSeedOnly, .seedsOne:
                return ["seed"]
            case .compareBestTestCell:
                return ["accuracy", "epoch"]
            case .compareCurves:
                return ["epochs"]
            case .spreadDefaults:
                return ["first", "images", "last"]
            case .runNote, .runNoteEachSeed:
                return ["note"]
            case .runDuration:
                return ["gflop", "time"]
            case .durationMinutes:
                return ["minutes"]
            case .durationHours:
                return ["hours"]
            case .progressLoading:
                return ["dataset"]
            case .progressResuming, .errorNoRunRange:
                return ["count", "id"]
            case .progressSeeds:
                return ["epochs", "id", "seeds", "total"]
            case .seedsRange:
                return ["first", "last"]
            case .repeatHeadline, .repeatHeadlineNone:
                return ["count", "seeds"]
            case .repeatHeadlinePartial, .repeatBrief:
                return ["count", "finished", "seeds"]
            case .repeatReused:
                return ["parts"]
            case .repeatReusedOne, .repeatReusedMany:
                return ["id", "seeds"]
            case .repeatGapSpread:
                return ["mean", "spread"]
            case .repeatBriefTest:
                return ["count", "finished", "seeds", "test"]
            case .errorLessonRunNotMade:
                return ["name"]
            case .errorRunIdNumber:
                return ["text"]
            case .historyNoneWritable:
                return ["directory", "keep"]
            case .historyNoneReadOnly, .historyTitle, .historyHow:
                return ["directory"]
            case .historyInUse, .historyLesson:
                return ["number"]
            case .historyUnreadable:
                return ["number", "problem"]
            case .historyCommandsOne, .historyCommands, .historyRunsOne, .historyRuns:
                return ["count"]
            case .historyWelcome, .historyWelcomeInUse:
                return ["contents", "time"]
            // Charts, sweeps, samples, rotations and the weights chart (ko-charts).
            case .chartRun, .errorPlotNoEpochs, .hintPlotMetric, .hintSamplesCount, .errorSamplesNoEpochs:
                return ["id"]
            case .chartRunNamed:
                return ["id", "label"]
            case .errorPlotMetric, .errorPlotWords, .errorSamplesCount, .errorSamplesPairCount, .errorRotationsNumber,
                .errorSweepEmpty:
                return ["got"]
            case .errorPlotTooMany, .errorSweepCount:
                return ["count", "most"]
            case .plotTitleAccuracy, .plotTitleLoss, .plotTitleGap:
                return ["label"]
            case .plotLowest:
                return ["epoch", "loss", "mark"]
            case .plotOverlayAccuracy, .plotOverlayLoss, .plotOverlayGap, .errorRotationsTooFew:
                return ["count"]
            case .plotLegend, .plotLegendNamed:
                return ["items"]
            case .plotLowestList:
                return ["items", "mark"]
            case .plotLowestItem:
                return ["epoch", "label", "loss"]
            case .errorSamplesPredictions:
                return ["count", "id", "predictions"]
            case .errorSamplesDatasets:
                return ["dataset", "first", "other", "second"]
            case .samplesHeading:
                return ["arrow", "count", "id", "share", "wrong"]
            case .samplesContrast:
                return ["both", "count", "first", "only_first", "only_second", "second"]
            case .samplesContrastSome:
                return ["arrow", "second"]
            case .rotationsHeading:
                return ["index", "label"]
            case .sweepStoppedOne, .sweepStoppedMany:
                return ["kept", "knob", "value"]
            case .sweepCutShort:
                return ["count", "knob", "recorded", "value"]
            case .sweepFailed:
                return ["error", "knob", "value"]
            case .hintSweepExample:
                return ["example", "knob"]
            case .sweepTitle:
                return ["knob", "test", "train"]
            case .sweepTitleRepeats:
                return ["knob", "range", "test", "train"]
            case .sweepHighest:
                return ["accuracy", "id", "knob", "value"]
            case .sweepBest, .sweepNoClearBest:
                return ["accuracy", "difference", "high", "id", "knob", "low", "next", "value"]
            case .weightsTitle:
                return ["mark"]
            case .weightsThreshold:
                return ["arrow"]
            case .weightsNetwork:
                return ["value", "weights"]
            case .weightsFit, .weightsPeakLargest, .weightsPeakSmallest, .weightsPeakInside:
                return ["network"]
            case .weightsSummary:
                return ["fit", "peak"]
            // The files area.
            case .fileCountCommandOne, .fileCountCommandMany, .fileCountRunOne, .fileCountRunMany,
                .fileCountRecordedRunOne, .fileCountRecordedRunMany, .sessionFilePredictionsBase64:
                return ["count"]
            case .fileWriteDirectory, .fileWriteConfirm, .resumeLabelFile, .resumeUncheckedOne, .historyHintJournalGap,
                .dataDirectoryCannotCreate:
                return ["path"]
            case .fileHintFileName:
                return ["command", "example", "path"]
            case .fileWriteFailed, .dataDirectoryCannotOpen, .dataDirectoryCannotLock:
                return ["path", "reason"]
            case .fileHintWritable, .fileHintNewName, .fileHintNotOurs:
                return ["command", "example"]
            case .fileWriteNotRegular:
                return ["kind", "name", "path"]
            case .fileWriteNotOurs:
                return ["name", "path"]
            case .fileReadMissing, .fileReadDenied, .fileReadNotText:
                return ["path", "what"]
            case .fileHintCheckName, .fileHintGiveFile:
                return ["origin"]
            case .fileReadNotRegular:
                return ["kind", "path", "what"]
            case .fileReadTooLarge:
                return ["limit", "path", "size", "what"]
            case .fileReadFailed:
                return ["path", "reason", "what"]
            case .originReplay, .sessionFileEmpty, .sessionFileNoTool:
                return ["file"]
            case .originReplayLine, .originLessonLine, .sessionFileTruncated:
                return ["file", "line"]
            case .originReplayNoQuit, .originLessonNoQuit, .originReplayNoWrite, .originLessonNoWrite:
                return ["command", "place"]
            case .sessionFileLine:
                return ["file", "line", "message"]
            case .sessionFileNotSession:
                return ["found", "magic", "version"]
            case .sessionFileUnknownEntry, .sessionFileUnknownEntryFigures, .journalUnknownHeader, .journalUnknownEntry:
                return ["keyword"]
            case .sessionFileUnknownLanguage:
                return ["codes", "language"]
            case .sessionFileBadEscape, .sessionFileBadVersion:
                return ["text"]
            case .sessionFileSecondHeader:
                return ["magic"]
            case .sessionFileNewer:
                return ["format", "supported", "version"]
            case .sessionFileUnknownStatus:
                return ["status"]
            case .sessionFileResultEpochs:
                return ["done", "epochs", "id"]
            case .sessionFileEndCount:
                return ["count", "said"]
            case .sessionFileFound:
                return ["keyword", "problem"]
            case .sessionFileFiguresStop:
                return ["done", "epochs", "id", "next"]
            case .sessionFileNoPredictions, .replayNoResult, .replayNotRemade:
                return ["id"]
            case .sessionFileNameValue:
                return ["found"]
            case .sessionFileOutcomeFields:
                return ["names", "sampled"]
            case .sessionFileSampled:
                return ["epochs", "field"]
            case .sessionFileTrainingImages:
                return ["got"]
            case .sessionFileNotEpoch:
                return ["epochs", "text"]
            case .sessionFileDivergedAt:
                return ["status", "text"]
            case .sessionFileEpochExtra:
                return ["epochs", "id"]
            case .sessionFileEpochShape:
                return ["count", "epoch", "names"]
            case .sessionFileNotNumber:
                return ["name", "text"]
            case .sessionFileTooManyPredictions:
                return ["count", "limit"]
            case .sessionFilePredictionDigit:
                return ["digit", "index"]
            case .replayNoteDiffers:
                return ["differences", "id"]
            case .replayNoteEnded:
                return ["epochs", "recorded_epochs", "recorded_status", "status"]
            case .replayStoppedOne, .replayStoppedMany:
                return ["commands", "left", "made", "recorded", "runs_left"]
            case .replayCheckDiffers:
                return ["difference"]
            case .replayCheckDiffersOf:
                return ["difference", "identical", "recorded"]
            case .replayCheckNoFigures:
                return ["version"]
            case .replayCheckIdentical:
                return ["runs"]
            case .replayCheckIdenticalWithout:
                return ["runs", "without"]
            case .replayCheckSeeds:
                return ["runs", "seeds"]
            case .replayDiffEpoch:
                return ["epoch", "id", "what"]
            case .replayDiffEnded:
                return ["epochs", "id", "recorded_epochs", "recorded_status", "status"]
            case .replayDiffRestored, .replayDiffImages:
                return ["id", "now", "recorded"]
            case .replayDiffPredictions:
                return ["count", "differing", "id"]
            case .replayDiffAbsent:
                return ["name", "now", "recorded"]
            case .replayDiffAccuracy:
                return ["name", "now", "points", "recorded"]
            case .replayDiffLoss:
                return ["difference", "name", "now", "recorded"]
            case .resumeProgress:
                return ["done", "label", "total"]
            case .resumeDone, .resumeDoneAllTrained:
                return ["commands", "label", "runs"]
            case .resumeDoneSomeTrained:
                return ["commands", "count", "label", "runs"]
            case .resumeLabel:
                return ["number", "time"]
            case .resumeUncheckedMany:
                return ["count", "path"]
            case .resumeNone, .resumeHintNoneUnwritable, .historyCannotCreate, .historyCannotCreateDirectory:
                return ["directory"]
            case .resumeNoNumberOne:
                return ["number"]
            case .resumeNoNumberMany:
                return ["count", "number"]
            case .resumeOpenElsewhere, .resumeStopped:
                return ["label"]
            case .resumeLanguage:
                return ["language", "message"]
            case .historySessionOpen, .historyChanged, .historyEmpty:
                return ["name"]
            case .historyCannotOpen:
                return ["name", "reason"]
            case .historyFileUnreadable:
                return ["path", "size"]
            case .historyJournalOrphan:
                return ["journal", "path"]
            case .historyJournalGap:
                return ["base", "count", "journal", "path"]
            case .journalNotJournal:
                return ["line"]
            case .autosaveFailed, .dataDirectoryLockFailed:
                return ["reason"]
            case .dataDirectoryHeld:
                return ["directory", "who"]
            case .dataDirectoryHeldBy:
                return ["holder"]
            case .sessionsNoDirectory, .sessionsNotDirectory:
                return ["directory", "from"]
            case .sessionsHintNoneYet:
                return ["from"]
            // ko-lessons
            case .claimBound:
                return ["figure", "relation", "run", "value"]
            case .claimVersus:
                return ["figure", "other_value", "relation", "run", "value"]
            case .claimWithin:
                return ["figure", "high", "low", "run", "value"]
            case .claimOtherSame:
                return ["run"]
            case .claimOtherFigure:
                return ["figure", "run"]
            case .claimOtherTimes:
                return ["factor", "other"]
            case .claimLower, .claimHigher, .claimSmaller, .claimLarger, .claimFewer, .claimMore, .claimEarlier,
                .claimLater, .claimAtMost,
                .claimAtLeast, .claimEqual:
                return ["other"]
            case .claimMoreBelow, .claimLessAbove, .claimMoreAbove, .claimLessBelow, .claimBelow, .claimAbove:
                return ["amount", "other"]
            case .claimFlagDiverged, .claimFlagLossTurnedUp:
                return ["answer", "run"]
            case .unitPoint:
                return ["value"]
            case .answerNearer, .hintRankDataset, .errorNoSource:
                return ["name"]
            case .answerYesMeans:
                return ["answer", "direction", "figure"]
            case .verdictNumberExact:
                return ["actual", "guess"]
            case .verdictNumberRight, .verdictNumberWrong:
                return ["actual", "guess", "tolerance"]
            case .verdictNoBaseline:
                return ["run", "said", "value"]
            case .verdictDirection:
                return ["change", "figure", "outcome", "result", "said"]
            case .verdictNearer:
                return ["figure", "others", "result", "said", "value", "winner", "winner_value"]
            case .verdictNearerSkipped:
                return ["said"]
            case .verdictOption:
                return ["name", "value"]
            case .errorAnswerPercentage, .errorAnswerNumber, .errorPercentageRange, .errorWholeNumber, .errorSubmitId:
                return ["typed"]
            case .errorAnswerOption, .errorAnswerOptionMany:
                return ["options", "typed"]
            case .rankRefusedUnfinished:
                return ["id", "status"]
            case .rankRefusedMistakes:
                return ["id", "mistakes"]
            case .rankRefusedDataset:
                return ["board", "dataset", "id"]
            case .rankRefusedNoValidation, .rankSubmitPrompt, .rankLeaderWaiting, .errorNoRun, .errorNotOnBoard,
                .errorAlreadySubmitted:
                return ["id"]
            case .hintRankNoValidation, .rankHeldSame:
                return ["size"]
            case .rankRefusedRules:
                return ["got", "id", "rules"]
            case .hintRankRules, .rankSharedSets, .hintBoardEmpty:
                return ["settings"]
            case .rankPublicOne, .rankPublicMany:
                return ["count", "held", "on"]
            case .rankOnDataset:
                return ["dataset"]
            case .rankSharedRules:
                return ["rules"]
            case .rankSharedBoth:
                return ["rules", "settings"]
            case .rankSameOne, .rankSameMany:
                return ["id", "others"]
            case .rankNotRanked, .rankEmptyWithout:
                return ["runs", "size"]
            case .rankRunListOne, .rankRunListMany:
                return ["ids"]
            case .rankPrivateMany, .rankTestImagesCount:
                return ["count"]
            case .rankEmpty:
                return ["on"]
            case .rankEmptyRules:
                return ["on", "rules"]
            case .rankRevealed:
                return ["difference", "id", "images", "rank", "seeds", "test", "test_images", "validation"]
            case .rankPublicRank:
                return ["count", "rank"]
            case .rankSeeds:
                return ["seeds"]
            case .rankBelow, .rankAbove, .rankCurseNotWorse, .rankMovedFell, .rankMovedRose:
                return ["points"]
            case .rankCurseFigures:
                return ["difference", "images", "seeds", "test", "test_images", "validation"]
            case .rankCurseOnly:
                return ["figures", "id"]
            case .rankCurseOne:
                return ["count", "figures", "id", "moved"]
            case .rankCurseMany:
                return ["count", "figures", "id", "moved", "others"]
            case .rankCurseWorse:
                return ["count", "points"]
            case .errorAlreadySubmittedSame:
                return ["entry", "id"]
            case .recapKept:
                return ["path"]
            case .recapWroteOne, .recapWroteMany:
                return ["count", "path"]
            case .errorNoSourceSuggest:
                return ["name", "suggestion"]
            case .hintSourcesNames, .sourcesMissing:
                return ["names"]
            case .langStatus, .langSwitches:
                return ["code", "name"]
            case .langUnavailable:
                return ["code", "reason"]
            case .errorLangOne, .errorLangUnknown:
                return ["codes", "typed"]
            case .figureNoRun:
                return ["run"]
            case .figureNoFigure:
                return ["figure", "run"]
            case .errorDataFile, .errorDataDirectory:
                return ["path", "summary"]
            case .errorDataExpectedFound:
                return ["expected", "found", "headline"]
            case .hintDataChmod:
                return ["path"]
            case .dataYouMayRead, .dataRegularFile:
                return ["what"]
            case .dataAtMostBytes:
                return ["limit", "what"]
            case .dataBytesNotRead:
                return ["size"]
            case .dataIdxMagic, .dataIdxStart:
                return ["kind", "magic"]
            case .dataMagicFound:
                return ["magic"]
            case .dataOnlyBytesTotal, .dataLabelCount:
                return ["count"]
            case .dataHeaderBytes:
                return ["count", "size"]
            case .dataLabelsPerImage:
                return ["count", "path"]
            case .dataLabelAt:
                return ["label", "position"]
            case .dataDirectoryHolding:
                return ["file"]
            case .errorLineTooLong:
                return ["limit", "size"]
            case .errorLineTooLongIn:
                return ["limit", "place", "size"]
            case .errorKnobsLine:
                return ["file", "line", "problem"]
            case .dataFirstBytes:
                return ["bytes"]
            case .dataZlibCannotOpen, .dataSystemSays:
                return ["reason"]
            case .dataAtMostUncompressed:
                return ["limit"]
            case .dataStreamEndsEarly, .dataOnlyBytes, .dataAtMostShortLines, .dataNamesAtMost, .dataClassCountRange,
                .dataNameCount:
                return ["count"]
            case .dataZlibError:
                return ["code", "count"]
            case .dataZlibSays:
                return ["found", "message"]
            case .dataMagicImage, .dataMagicLabel:
                return ["hex", "number"]
            case .dataPayloadBytes:
                return ["count", "kind", "shape"]
            case .dataBytesMoreThanDeclared:
                return ["count", "extra"]
            case .dataAtLeastOne, .dataNotRegularKind:
                return ["kind"]
            case .dataHeaderZeroItems, .dataAtLeastOneByOne:
                return ["items"]
            case .hintDataNoData:
                return ["fix"]
            case .dataHeaderZeroDimension:
                return ["dimension", "shape"]
            case .dataAtMostItems:
                return ["count", "items"]
            case .dataAtMostItemsOfSide:
                return ["count", "items", "side"]
            case .dataHeaderDeclaring, .dataHeaderDeclaringHuge:
                return ["shape"]
            case .dataAtMostDataBytes:
                return ["count", "kind"]
            case .dataHeaderDeclaringBytes:
                return ["shape", "size"]
            case .dataImagesOfSize, .dataImagesAsTraining:
                return ["cols", "images", "rows"]
            case .dataImageSizeRange:
                return ["side"]
            case .dataCountImagesOfSize:
                return ["cols", "count", "rows"]
            case .dataLabelsRange:
                return ["labels", "max"]
            case .dataEveryLabelIs:
                return ["label"]
            case .dataLabelsPerClass:
                return ["max", "path"]
            case .dataLineEmpty, .dataControlOnLine:
                return ["line"]
            case .dataCharactersOnLine:
                return ["count", "line"]
            case .dataLargerThan:
                return ["limit", "size"]
            case .dataDirectoryContaining, .dataDirectoryWithout:
                return ["file"]
            case .dataNoneInPlaces:
                return ["count", "places"]
            case .hintDataLocate:
                return ["variable"]
            case .dataDirectoryGivenContaining:
                return ["file", "origin"]
            case .hintDataCheckOrigin:
                return ["origin"]
            case .errorKnobsNotAKnob:
                return ["name", "names"]
            case .errorKnobsTwice:
                return ["name"]
            case .errorMemoryBudgetSize:
                return ["typed"]
            case .errorUsageSeeHelp:
                return ["command"]
            case .errorCommandLine:
                return ["message"]
            case .errorOptionUnknown:
                return ["option"]
            case .errorOptionUnknownSuggest:
                return ["option", "suggestion"]
            case .errorOptionMissingValue, .errorOptionTakesNoValue:
                return ["option", "value"]
            case .errorArgumentMissing, .errorArgumentUnexpected:
                return ["argument"]
            case .errorArgumentsUnexpected:
                return ["count", "arguments"]
            case .errorValueInvalid:
                return ["value", "option"]
            case .errorValueInvalidOneOf:
                return ["value", "option", "values"]
            case .errorValueInvalidWhy:
                return ["value", "option", "why"]
            case .errorUnexpectedTarget:
                return ["target"]
            default: return []
            }
        }
    }
}
