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
        case errorRotations = "error.rotations"
        case hintRotations = "hint.rotations"
        case errorRotationsCount = "error.rotations-count"
        case rotationsHeading = "rotations.heading"
        case rotationsOriginal = "rotations.original"
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
            case .claimLower, .claimHigher, .claimFewer, .claimMore, .claimEarlier, .claimLater, .claimAtMost,
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
            case .errorAnswerPercentage, .errorAnswerNumber, .errorPercentageRange, .errorWholeNumber, .errorSubmitId,
                .errorRotations:
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
            case .rankPrivateMany, .rankTestImagesCount, .errorRotationsCount:
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
            case .rotationsHeading:
                return ["index", "label"]
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
            default: return []
            }
        }
    }
}
