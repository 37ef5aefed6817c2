// Reviewed renderings and transcripts, compared whole by the tests (see expectGolden).
// Regenerate: run the tests, review /tmp/overfit-golden/*.txt, copy them in.
enum Golden {
    static let ascii = #"""
        overfit> set epochs 8
        epochs 100 -> 8
        overfit> run
        -- run 1: epochs 100 -> 8 ----------------------------------
        finished 8 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ---------------------------------------------------------
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            7    100.00%    70.63%  +29.38      0.2500     1.0250
            8    100.00%    71.11%  +28.89      0.2222     1.2000
        best test accuracy 71.11% at epoch 8; final gap +28.89 points
        train acc   .:+#####  62.50% -> 100.00%
        test acc    _..-----  57.50% -> 71.11%
        train loss  *:-..___  1.0000 -> 0.2222
        test loss   *+===+*#  1.0250 -> 1.2000
        Overfitting: train 100.00% against test 71.11%, a gap of
        28.89 points. Train accuracy reached 100% at epoch 4: the
        network memorised its training images. Test loss was lowest
        at epoch 4 (0.8000) and rose after it; test accuracy still
        went from 68.00% to 71.11%, but the network grew confidently
        wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate`,
        `set dropout 0.2` or `set batchnorm on`: the first should
        narrow the gap.
        overfit> plot
        run 1: accuracy by epoch
        100.00% +                   *     *      *     *     * train
                |
                |
                |            *
                |
                |
         78.75% +
                |      *
                |                   o     o      o     o     o test
                |            o
                |*     o
         57.50% +o
                +---------------------------------------------
                 epoch 1               4                     8
        overfit> samples 1 2
        run 1: 3 of 12 test digits misclassified (25.00%); mistakes
        first, true -> predicted:

             -#             -*###=.
             =@           .%%-  .*@=
             =@           =@      =@
             =@           :@*.   -%#
             =@            .*%##%#-

        1 -> 4 X         0 -> 3 X

        """#
    static let badValues = #"""
        overfit> set dropout 1.5
        error: dropout must be in [0, 1) (got 1.5)
          hint: e.g. set dropout 0.2
        overfit> set lr -1
        error: lr must be in [1e-6, 10] (got -1)
          hint: e.g. set lr 0.1
        overfit> set layers 100,,x
        error: layers must be convolution stages (convN, or convNkK for a K×K
          kernel) then hidden widths in [1, 4096], separated by commas or
          dashes, or none (got an empty item at position 2 of `100,,x`)
          hint: e.g. set layers conv16,conv32,100
        overfit> set batch 0
        error: batch must be in [1, 60000] (got 0)
          hint: e.g. set batch 10
        overfit> set train_size 70000
        error: train_size must be in [1, 60000] (got 70000)
          hint: e.g. set train_size 300
        overfit> set dropuot 0.2
        error: unknown knob `dropuot`; did you mean `dropout`?
          hint: `show` lists the knobs
        overfit> set dropout
        error: dropout needs a value: a number in [0, 1)
          hint: e.g. set dropout 0.2
        overfit> set
        error: set needs a knob and a value
          hint: e.g. set dropout 0.2; `show` lists the knobs
        overfit> set epochs 3 dropout 2
        error: dropout must be in [0, 1) (got 2)
          hint: e.g. set dropout 0.2
        overfit> set dropout 0.2 dropout=0.4
        error: dropout is given twice (0.2, then 0.4)
          hint: give each knob once, e.g. set dropout 0.4
        overfit> show epochs dropout
           knob     value  about
        ────────────────────────────────────────────────────────────────────────
           epochs   100    passes over the training images
           dropout  0      probability of zeroing each hidden unit in training
                           (inverted: survivors scaled by 1/(1-p))
        overfit> explain
        error: explain takes one knob name
          hint: e.g. explain dropout; `show` lists the knobs
        overfit> explain lr dropout
        error: explain takes one knob name
          hint: e.g. explain dropout; `show` lists the knobs
        overfit> explain nothing
        error: unknown knob `nothing`
          hint: `show` lists the knobs

        """#
    static let cancelled = #"""
        overfit> set epochs 10
        epochs 100 → 10
        overfit> run
        ── run 1: epochs 100 → 10 ──────────────────────────────────────────────
        cancelled (Ctrl-C) after 3 of 10 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250  best test,
                                                                   lowest test
                                                                   loss
        best test accuracy 66.25% at epoch 3; final gap +21.25 points
        train acc   ▂▅█  62.50% → 87.50%
        test acc    ▁▂▃  57.50% → 66.25%
        train loss  █▃▁  1.0000 → 0.5000
        test loss   █▆▅  1.0250 → 0.8250
        Too few steps: after 90 gradient steps (3 epochs in batches of 10) train
        accuracy is 87.50% and test accuracy 66.25%. The network has barely
        started; no remedy can be judged on a run this short. Give it more
        steps: `set epochs 20`; it should raise train accuracy.
        overfit> runs
        run  status     epochs   train    test     gap  changes
        ─────────────────────────────────────────────────────────────
          1  cancelled       3  87.50%  66.25%  +21.25  epochs 100→10

        """#
    static let chart40ascii = #"""
        100.00% +    **** *** *** **** *** train
                |  *
                |
         78.75% + *        oo ooo oooo ooo test
                |  o oooo o
         57.50% +oo
                +-------------------------
                 epoch 1                20

        """#
    static let chart50 = #"""
        100.00% ┤    ⢀⠎⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ train
                │   ⢀⠎
                │   ⡜
                │  ⢰⠁
         78.75% ┤ ⢀⠇                              ⢀⣀ test
                │⢀⠎   ⣀⡠⠤⠤⠤⠒⠒⠒⠒⠒⠒⠒⠊⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁
                │⡎ ⡠⠔⠉
         57.50% ┤⡠⠊
                └───────────────────────────────────
                 epoch 1         10               20

        """#
    static let chartFlat = #"""
        1.0500 ┤
        1.0000 ┤⠂                    x
        0.9500 ┤
               └────────────────────
                epoch 1

        """#
    static let compare = #"""
        overfit> compare 1 2
        error: no run 1: there are no runs yet
          hint: `run` trains the current knobs
        overfit> compare
        error: compare needs two runs, and there are none yet
          hint: do two runs first (run, set dropout 0.2, run), then compare
        overfit> set epochs 6
        epochs 100 → 6
        overfit> run
        ── run 1: epochs 100 → 6 ───────────────────────────────────────────────
        finished 6 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  train 100%,
                                                                   lowest test
                                                                   loss
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000  best test
        best test accuracy 70.00% at epoch 6; final gap +30.00 points
        train acc   ▂▄▆███  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃  57.50% → 70.00%
        train loss  █▅▃▂▁▁  1.0000 → 0.2857
        test loss   █▇▆▆▆▇  1.0250 → 0.9000
        Overfitting: train 100.00% against test 70.00%, a gap of 30.00 points.
        Train accuracy reached 100% at epoch 4: the network memorised its
        training images. Test loss was lowest at epoch 4 (0.8000) and rose after
        it; test accuracy still went from 68.00% to 70.00%, but the network grew
        confidently wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate`, `set dropout 0.2` or
        `set batchnorm on`: the first should narrow the gap.
        overfit> set epochs 10 dropout 0.25
        epochs 6 → 10
        dropout 0 → 0.25
        overfit> run
        ── run 2: epochs 6 → 10, dropout 0 → 0.25 ──────────────────────────────
        finished 10 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     59.38%    60.00%   -0.63      1.1429     1.0250
            2     68.75%    65.83%   +2.92      0.8000     0.9000
            4     87.50%    70.50%  +17.00      0.5000     0.8000  lowest test
                                                                   loss
            6    100.00%    72.50%  +27.50      0.3636     0.9000  train 100%
            8    100.00%    73.61%  +26.39      0.2857     1.2000
           10    100.00%    74.32%  +25.68      0.2353     1.7000  best test
        best test accuracy 74.32% at epoch 10; final gap +25.68 points
        train acc   ▁▃▄▆▇█████  59.38% → 100.00%
        test acc    ▁▂▃▃▃▃▃▃▄▄  60.00% → 74.32%
        train loss  ▅▄▃▂▂▂▁▁▁▁  1.1429 → 0.2353
        test loss   ▅▄▄▄▄▄▅▆▇█  1.0250 → 1.7000
        Overfitting: train 100.00% against test 74.32%, a gap of 25.68 points.
        Train accuracy reached 100% at epoch 6: the network memorised its
        training images. Test loss was lowest at epoch 4 (0.8000) and rose after
        it while the gap widened from 17.00 points to 25.68 points; test
        accuracy still went from 70.50% to 74.32%, but the network grew
        confidently wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate` or `set batchnorm on`: the
        first should narrow the gap.
        overfit> compare 1 2
                          run 1        run 2
        ────────────────────────────────────
        status         finished     finished
        epochs                6           10
        train acc       100.00%      100.00%
        test acc         70.00%       74.32%
        gap              +30.00       +25.68
        best test     70.00% @6   74.32% @10
        train loss       0.2857       0.2353
        test loss        0.9000       1.7000
        diagnosis   overfitting  overfitting

        curves on one axis (epochs 1 to 10), one scale per metric:
        test acc 1    ▁▃▅▅▆▆      57.50% → 70.00%
        test acc 2    ▂▄▆▆▇▇████  60.00% → 74.32%
        train acc 1   ▂▄▆███      62.50% → 100.00%
        train acc 2   ▁▃▄▆▇█████  59.38% → 100.00%
        test loss 1   ▃▂▁▁▁▂      1.0250 → 0.9000
        test loss 2   ▃▂▁▁▁▂▃▄▆█  1.0250 → 1.7000
        train loss 1  ▇▄▃▂▂▁      1.0000 → 0.2857
        train loss 2  █▅▄▃▂▂▂▁▁▁  1.1429 → 0.2353

        knobs that differ:
        knob     run 1  run 2
        ─────────────────────
        epochs   6      10
        dropout  0      0.25
        Test accuracy, run 2 minus run 1: +4.32 points, 95% interval +1.02 to
        +7.62 (run 1 and run 2 have one seed, so no spread of their own: the
        seed-to-seed spread of test accuracy measured on the default 300-image
        run over seeds 0-29 is 1.14 points, which makes ±3.30 points between
        these runs): larger than that noise, so likely real; `set repeats 5` on
        both runs would measure it instead of borrowing the spread.
        overfit> compare 1
        error: compare needs two run ids or none (got one)
          hint: e.g. compare 1 2, or `compare` alone for the last two runs
        overfit> compare 1 7
        error: no run 7: the runs are 1 to 2
          hint: `runs` lists them
        overfit> compare one 2
        error: run ids are numbers (got `one`)
          hint: `runs` lists them

        """#
    static let digitAscii = #"""
                      
           .=###*-    
          =@*.  -%%.  
          @=      @=  
          #%-   .*@:  
           -#%##%*.   
                      

        """#
    static let digits = #"""
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢰⣶⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⢀⣤⣶⣶⣶⣦⣄⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⣰⣿⠟⠁⠀⠀⠙⢿⣷⡀⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⣿⡇⠀⠀⠀⠀⠀⠀⣿⡇⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⢻⣷⣄⠀⠀⠀⢀⣴⣿⠃⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠙⠿⣷⣶⣶⡿⠟⠁⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        1                0

        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠤⠤⠤⠤⠤⢤⡄⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        7

        """#
    static let diverged = #"""
        overfit> set epochs 4 lr 6
        lr 0.1 → 6
        epochs 100 → 4
        overfit> run
        ── run 1: lr 0.1 → 6, epochs 100 → 4 ───────────────────────────────────
        diverged: the loss became NaN in epoch 2 at batch 3, on 300 training
        images
        epoch  train acc  test acc    gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%  +5.00      1.0000     1.0250  best test,
                                                                  lowest test
                                                                  loss
        best test accuracy 57.50% at epoch 1; final gap +5.00 points
        train acc   █  62.50% → 62.50%
        test acc    ▁  57.50% → 57.50%
        train loss  ▁  1.0000 → 1.0000
        test loss   █  1.0250 → 1.0250
        Diverged: the loss became NaN at epoch 2, batch 3. At lr 6 each step
        overshot the valley, the gradient grew with the loss, and within a few
        steps the numbers overflowed. Take smaller steps: `set lr 0.1`; the run
        should then finish without NaN.
        overfit> reset lr
        lr 6 → 0.1
        overfit> set patience 5
        patience 0 → 5
        overfit> run
        error: patience (early stopping) watches the validation loss, but
          val_size is 0
          hint: e.g. set val_size 50 (held out of the 300 training images)
        overfit> run now
        error: run takes no arguments: it trains the current knobs
          hint: set them first, e.g. set epochs 3, then run

        """#
    static let help = #"""
        overfit> help
        Commands (`help CMD` tells more about one):
          help [CMD]                       list the commands, or tell more about
                                           one
          quit                             leave the tutor (Ctrl-D too); the
                                           session stays autosaved
          show [KNOB...]                   all knobs with their values; * marks
                                           those changed from the defaults
          set KNOB VALUE [KNOB VALUE...]   change knobs for the next run
          reset [KNOB...]                  put knobs back to the lesson's start,
                                           or the defaults (all of them without
                                           a name)
          explain KNOB                     what a knob does and which source
                                           documents turned it
          run                              train the current knobs, with a live
                                           progress line; Ctrl-C stops the run
          runs                             one line per run: what changed from
                                           the run before, final accuracies, gap
          compare [A B [C...]]             runs side by side: numbers, curves on
                                           one axis, knobs that differ
          sweep KNOB V1,V2,...             one run per value of a knob, then
                                           final train and test accuracy against
                                           the value
          plot [RUNS] [accuracy|loss|gap]  a larger chart: one run's curves, or
                                           several runs' test curves on one
                                           scale (the last run's accuracy by
                                           default)
          samples [RUN|A vs B] [COUNT]     test digits drawn in the terminal
                                           with true and predicted labels,
                                           mistakes first; or those run A gets
                                           right and run B gets wrong
          verbose [on|off]                 on: run reports show every epoch and
                                           the whole curves; off: one screen
                                           each (the default)
          save FILE                        write this session (commands and run
                                           settings) to FILE, to replay later
          replay FILE                      start over from a saved session:
                                           re-run its commands, printing what
                                           they print
          export RUN FILE.csv|FILE.json    write a run's history (every epoch's
                                           losses and accuracies) to CSV or JSON
          lessons                          the guided path: every lesson, with
                                           marks for the ones done
          lesson N                         start lesson N from its first step
          next                             do what the lesson asks now, or start
                                           the next lesson when this one is done
          back                             go back to the lesson's previous
                                           question or command
          where                            which lesson and step you are on, and
                                           what it is waiting for
          hint                             a nudge for the current step
          skip                             move past the current step without
                                           doing it
          continue                         back to the lesson after free play:
                                           its knobs, and the step you were on
          answer higher|lower|same|NUMBER  answer the lesson's prediction
                                           question (typing the answer alone
                                           works too)
          rank                             the challenge's boards: runs ranked
                                           by validation accuracy (test hidden),
                                           and the runs you submitted with their
                                           test accuracy
          submit [RUN]                     reveal a ranked run's test accuracy
                                           on the challenge's private board (no
                                           RUN: the public leader)
          rotations [N]                    training image N (default 1) and its
                                           copies turned by -15, -30, +15 and
                                           +30 degrees
          recap [FILE.md]                  every lesson finished in this session
                                           as Markdown: what you saw, your runs,
                                           predictions and the published figures
          sources [NAME]                   the five documents the lessons
                                           re-run: their experiments and
                                           published figures
          lang [en|ko]                     the language of the lessons, guide,
                                           diagnosis, `explain` and `sources`:
                                           en or ko (한국어)
        Knobs: `show` lists them, `explain KNOB` tells what one does. Tab
        completes commands, knobs and values.
        overfit> help set
        usage: set KNOB VALUE [KNOB VALUE...]
        change knobs for the next run
          Several pairs may go on one line: set dropout 0.2 epochs 30.
          KNOB=VALUE works too, and a list may have spaces after its commas (set
          layers 100, 100). If any value is wrong, nothing changes.
          Tab completes knob names, and values where there is a fixed list (set
          optimizer <TAB>).
        overfit> help rnu
        error: unknown command `rnu`; did you mean `run`?
          hint: `help` lists the commands

        """#
    static let knobs = #"""
        overfit> show train_size layers seed
           knob        value            about
        ────────────────────────────────────────────────────────────────────────
           train_size  300              how many MNIST training images to train
                                        on
           layers      100,100,100,100  hidden layers: convolution stages
                                        (conv16 = 5×5 conv, 16 channels, 2×2
                                        max-pool) then dense widths; the input
                                        and output follow the dataset
           seed        0                the seed of every random choice: init,
                                        shuffling, dropout masks, augmentation
        overfit> set dropout 0.2 epochs 5
        epochs 100 → 5
        dropout 0 → 0.2
        overfit> set lr=0.05
        lr 0.1 → 0.05
        overfit> show lr dropout
           knob     value  about
        ────────────────────────────────────────────────────────────────────────
        *  lr       0.05   (default 0.1) learning rate: the size of each step
                           down the gradient
        *  dropout  0.2    (default 0) probability of zeroing each hidden unit
                           in training (inverted: survivors scaled by 1/(1-p))
        overfit> set dropout 0.2
        no change: the knobs already had those values
        overfit> reset dropout
        dropout 0.2 → 0
        overfit> reset
        lr 0.05 → 0.1
        epochs 5 → 100
        overfit> reset
        no change: already at the defaults
        overfit> explain dropout
        dropout: probability of zeroing each hidden unit in training (inverted:
        survivors scaled by 1/(1-p))
          allowed: a number in [0, 1); e.g. set dropout 0.2
          now: 0 (the default)
          sources: the lab slides, Deep Learning from Scratch, the Keras blog,
          the CIFAR-10 notebook

        """#
    static let plotSamples = #"""
        overfit> plot
        error: no runs yet
          hint: `run` trains the current knobs, e.g. set epochs 10,
                then run
        overfit> samples
        error: no runs yet
          hint: `run` trains the current knobs, e.g. set epochs 10,
                then run
        overfit> set epochs 8
        epochs 100 → 8
        overfit> run
        ── run 1: epochs 100 → 8 ───────────────────────────────────
        finished 8 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ─────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            7    100.00%    70.63%  +29.38      0.2500     1.0250
            8    100.00%    71.11%  +28.89      0.2222     1.2000
        best test accuracy 71.11% at epoch 8; final gap +28.89 points
        train acc   ▂▄▆█████  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃▃▃  57.50% → 71.11%
        train loss  ▇▄▃▂▂▁▁▁  1.0000 → 0.2222
        test loss   ▇▆▅▅▅▆▇█  1.0250 → 1.2000
        Overfitting: train 100.00% against test 71.11%, a gap of
        28.89 points. Train accuracy reached 100% at epoch 4: the
        network memorised its training images. Test loss was lowest
        at epoch 4 (0.8000) and rose after it; test accuracy still
        went from 68.00% to 71.11%, but the network grew confidently
        wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate`,
        `set dropout 0.2` or `set batchnorm on`: the first should
        narrow the gap.
        overfit> plot
        run 1: accuracy by epoch
        100.00% ┤                 ⢀⠔⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ train
                │               ⢀⠔⠁
                │             ⢀⠔⠁
                │            ⡰⠁
                │          ⡠⠊
                │        ⢀⠜
         78.75% ┤      ⢀⠔⠁
                │     ⡠⠊
                │   ⡠⠊            ⢀⣀⣀⣀⣀⡠⠤⠤⠤⠤⠤⠤⠒⠒⠒⠒⠒⠒⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ test
                │ ⡠⠊      ⣀⡠⠤⠒⠒⠊⠉⠉⠁
                │⠊   ⣀⠤⠒⠊⠉
         57.50% ┤⣀⠤⠒⠉
                └─────────────────────────────────────────────
                 epoch 1               4                     8
        overfit> plot 1 loss
        run 1: loss by epoch
        1.2000 ┤                                           ⡠⠔⠊ test
               │                                       ⢀⡠⠔⠉
               │⡍⠒⠤⣀                               ⢀⡠⠔⠊⠁
               │⠈⠢⡀ ⠉⠒⠤⢄⣀                     ⢀⣀⠤⠔⠊⠁
               │  ⠑⢄     ⠉⠉⠒⠢⠤⠤⠤⢄⣀⣀◆⣀⣀⣀⠤⠤⠤⠤⠒⠊⠉⠁
               │    ⠣⡀
        0.7111 ┤     ⠈⠢⣀
               │        ⠉⠢⢄
               │           ⠉⠒⠤⣀⡀
               │               ⠈⠉⠑⠒⠤⢄⣀
               │                      ⠉⠉⠒⠢⠤⠤⣀⣀⣀
        0.2222 ┤                               ⠉⠉⠉⠑⠒⠒⠢⠤⠤⠤⠤⢄⣀⣀⣀ train
               └──────────────────────────────────────────────
                epoch 1                4                     8
        ◆ lowest test loss 0.8000 at epoch 4
        overfit> plot gap
        run 1: train - test accuracy (points) by epoch
        +32.00 ┤                   ⡠⠊⠉⠑⠒⠒⠢⠤⠤⠤⠤⢄⣀⣀⣀⣀⣀
               │                 ⢀⠔⠁                ⠉⠉⠉⠒⠒⠒⠒⠒⠒⠒⠒⠒ gap
               │                ⡠⠊
               │              ⢀⠔⠁
               │             ⢠⠊
               │           ⢀⠔⠁
        +18.50 ┤          ⡠⠃
               │        ⢀⠎
               │       ⡔⠁
               │    ⢀⠤⠊
               │  ⢀⠔⠁
         +5.00 ┤⡠⠊⠁
               └────────────────────────────────────────────────
                epoch 1                 4                      8
        overfit> plot 1 speed
        error: plot draws accuracy, loss or gap (got `speed`)
          hint: e.g. plot 1 loss
        overfit> samples 1 4
        run 1: 3 of 12 test digits misclassified (25.00%); mistakes
        first, true → predicted:
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢰⣶⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⣠⣴⣶⣶⣶⣤⡀⠀⠀⠀⠀   ⠀⠀⠀⠤⠤⠤⠤⠤⢤⡄⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⢀⣾⡿⠋⠀⠀⠈⠻⣿⣆⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⢸⣿⠀⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⠘⣿⣦⡀⠀⠀⠀⣠⣾⡟⠀⠀⠀   ⠀⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⣿⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠈⠻⢿⣶⣶⣾⠿⠋⠀⠀⠀⠀   ⠀⠀⠀⠀⢠⡿⠁⠀⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀   ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        1 → 4 ✗          0 → 3 ✗          7 → 0 ✗

        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        ⠀⠀⠀⢀⣤⣶⣶⣶⣦⣄⠀⠀⠀⠀
        ⠀⠀⣰⣿⠟⠁⠀⠀⠙⢿⣷⡀⠀⠀
        ⠀⠀⣿⡇⠀⠀⠀⠀⠀⠀⣿⡇⠀⠀
        ⠀⠀⢻⣷⣄⠀⠀⠀⢀⣴⣿⠃⠀⠀
        ⠀⠀⠀⠙⠿⣷⣶⣶⡿⠟⠁⠀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀
        0 → 0 ✓
        overfit> samples 1 99
        error: samples takes a run id and a count in [1, 40] (got
          `99`)
          hint: e.g. samples 1 12

        """#
    static let report50ascii = #"""
        finished 30 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss ...
        --------------------------------------------------
            1     58.75%    60.50%   -1.75      1.1765 ...
            4     85.00%    71.00%  +14.00      0.5263 ...
            6    100.00%    73.00%  +27.00      0.3846 ...
           30    100.00%    76.87%  +23.13      0.0909 ...
        best test accuracy 76.87% at epoch 30; final gap +23.13 points
        train acc   .*##########  58.75% -> 100.00%
        test acc    .-::::::::::  60.50% -> 76.87%
        train loss  ____________  1.1765 -> 0.0909
        test loss   ___...-:=+*#  1.0250 -> 17.7000
        Overfitting: train 100.00% against test 76.87%, a
        gap of 23.13 points. Train accuracy reached 100%
        at epoch 6: the network memorised its training
        images. Test loss was lowest at epoch 4 (0.8000)
        and rose after it while the gap widened from 14.00
        points to 23.13 points; test accuracy still went
        from 71.00% to 76.87%, but the network grew
        confidently wrong on the test images it misses.
        Try `set train_size 900`, `set augment rotate` or
        `set batchnorm on`: the first should narrow the
        gap.

        """#
    static let report72 = #"""
        finished 30 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  train 100%,
                                                                   lowest test
                                                                   loss
            8    100.00%    71.11%  +28.89      0.2222     1.2000
           15    100.00%    72.81%  +27.19      0.1250     3.8250
           22    100.00%    73.48%  +26.52      0.0870     8.9000
           30    100.00%    73.87%  +26.13      0.0645    17.7000  best test
        best test accuracy 73.87% at epoch 30; final gap +26.13 points
        train acc   ▂▄▆███████████████████████████  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃▃▃▃▃▃▃▃▃▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄  57.50% → 73.87%
        train loss  ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁  1.0000 → 0.0645
        test loss   ▁▁▁▁▁▁▁▁▂▂▂▂▂▂▂▃▃▃▄▄▄▅▅▅▆▆▇▇▇█  1.0250 → 17.7000
        Overfitting: train 100.00% against test 73.87%, a gap of 26.13 points.
        Train accuracy reached 100% at epoch 4: the network memorised its
        training images. Test loss was lowest at epoch 4 (0.8000) and rose after
        it; test accuracy still went from 68.00% to 73.87%, but the network grew
        confidently wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate`, `set dropout 0.2` or
        `set batchnorm on`: the first should narrow the gap.

        """#
    static let runs = #"""
        overfit> set epochs 12
        epochs 100 → 12
        overfit> run
        ── run 1: epochs 100 → 12 ──────────────────────────────────────────────
        finished 12 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  train 100%,
                                                                   lowest test
                                                                   loss
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            9    100.00%    71.50%  +28.50      0.2000     1.4250
           12    100.00%    72.31%  +27.69      0.1538     2.4000  best test
        best test accuracy 72.31% at epoch 12; final gap +27.69 points
        train acc   ▂▄▆█████████  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃▃▃▃▃▃▃  57.50% → 72.31%
        train loss  ▄▃▂▂▂▁▁▁▁▁▁▁  1.0000 → 0.1538
        test loss   ▄▃▃▃▃▃▄▄▅▆▇█  1.0250 → 2.4000
        Overfitting: train 100.00% against test 72.31%, a gap of 27.69 points.
        Train accuracy reached 100% at epoch 4: the network memorised its
        training images. Test loss was lowest at epoch 4 (0.8000) and rose after
        it; test accuracy still went from 68.00% to 72.31%, but the network grew
        confidently wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate`, `set dropout 0.2` or
        `set batchnorm on`: the first should narrow the gap.
        overfit> set dropout 0.5
        dropout 0 → 0.5
        overfit> run
        ── run 2: dropout 0 → 0.5 ──────────────────────────────────────────────
        finished 12 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     56.25%    62.50%   -6.25      1.3333     1.0250
            4     75.00%    73.00%   +2.00      0.6667     0.8000  lowest test
                                                                   loss
            8    100.00%    76.11%  +23.89      0.4000     1.2000  train 100%
           12    100.00%    77.31%  +22.69      0.2857     2.4000  best test
        best test accuracy 77.31% at epoch 12; final gap +22.69 points
        train acc   ▁▂▃▄▅▆▇█████  56.25% → 100.00%
        test acc    ▂▃▃▄▄▄▄▄▄▄▄▄  62.50% → 77.31%
        train loss  ▄▃▃▂▂▂▂▁▁▁▁▁  1.3333 → 0.2857
        test loss   ▃▃▃▃▃▃▃▄▅▆▇█  1.0250 → 2.4000
        Overfitting: train 100.00% against test 77.31%, a gap of 22.69 points.
        Train accuracy reached 100% at epoch 8: the network memorised its
        training images. Test loss was lowest at epoch 4 (0.8000) and rose after
        it while the gap widened from 2.00 points to 22.69 points; test accuracy
        still went from 73.00% to 77.31%, but the network grew confidently wrong
        on the test images it misses. Try `set train_size 900`,
        `set augment rotate` or `set batchnorm on`: the first should narrow the
        gap.
        overfit> runs
        run  status    epochs    train    test     gap  changes
        ─────────────────────────────────────────────────────────────
          1  finished      12  100.00%  72.31%  +27.69  epochs 100→12
          2  finished      12  100.00%  77.31%  +22.69  dropout 0→0.5

        """#
    static let unknown = #"""
        overfit> rnu
        error: unknown command `rnu`; did you mean `run`?
          hint: `help` lists the commands
        overfit> shwo
        error: unknown command `shwo`; did you mean `show`?
          hint: `help` lists the commands
        overfit> comapre 1 2
        error: unknown command `comapre`; did you mean `compare`?
          hint: `help` lists the commands
        overfit> xyzzy
        error: unknown command `xyzzy`
          hint: `help` lists the commands
        overfit>   
        overfit> # a comment
        overfit> Run
        ── run 1: baseline knobs ───────────────────────────────────────────────
        finished 100 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  train 100%,
                                                                   lowest test
                                                                   loss
           25    100.00%    73.65%  +26.35      0.0769    11.8250
           50    100.00%    74.31%  +25.69      0.0392    53.7000
           75    100.00%    74.54%  +25.46      0.0263   126.8250
          100    100.00%    74.65%  +25.35      0.0198   231.2000  best test
        best test accuracy 74.65% at epoch 100; final gap +25.35 points
        train acc   ▄█████████████████████████████████  62.50% → 100.00%
        test acc    ▂▃▃▃▃▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄  57.50% → 74.65%
        train loss  ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁  1.0000 → 0.0198
        test loss   ▁▁▁▁▁▁▁▁▁▁▂▂▂▂▂▂▃▃▃▃▃▄▄▄▅▅▅▆▆▆▇▇██  1.0250 → 231.2000
        Overfitting: train 100.00% against test 74.65%, a gap of 25.35 points.
        Train accuracy reached 100% at epoch 4: the network memorised its
        training images. Test loss was lowest at epoch 4 (0.8000) and rose after
        it; test accuracy still went from 68.00% to 74.65%, but the network grew
        confidently wrong on the test images it misses. Try
        `set train_size 900`, `set augment rotate`, `set dropout 0.2` or
        `set batchnorm on`: the first should narrow the gap.

        """#
}

// Goldens of issue 13's "show it" (ShowItTests); filled from /tmp/overfit-golden after review.
extension Golden {
    static let sweep = #"""
        overfit> set epochs 4
        epochs 100 → 4
        overfit> run
        ── run 1: epochs 100 → 4 ───────────────────────────────────────────────
        finished 4 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  best test,
                                                                   train 100%,
                                                                   lowest test
                                                                   loss
        best test accuracy 68.00% at epoch 4; final gap +32.00 points
        train acc   ▂▄▆█  62.50% → 100.00%
        test acc    ▁▂▂▃  57.50% → 68.00%
        train loss  █▄▂▁  1.0000 → 0.4000
        test loss   █▇▆▅  1.0250 → 0.8000
        Overfitting: train 100.00% against test 68.00%, a gap of 32.00 points.
        Train accuracy reached 100% at epoch 4: the network memorised its
        training images. Try `set train_size 900`, `set augment rotate`,
        `set dropout 0.2` or `set batchnorm on`: the first should narrow the
        gap.
        overfit> sweep dropout 0,0.25,0.5
        ── run 2: same knobs as run 1 ──────────────────────────────────────────
        Same knobs and seed as run 1, so the same numbers, bit for bit: its
        figures are reused, not trained again.
        finished: train 100.00%, test 68.00%, gap +32.00
        ── run 3: dropout 0 → 0.25 ─────────────────────────────────────────────
        finished: train 87.50%, test 70.50%, gap +17.00
        ── run 4: dropout 0.25 → 0.5 ───────────────────────────────────────────
        finished: train 75.00%, test 73.00%, gap +2.00

        sweep dropout: final accuracy by value, on one scale (● train, ○ test)
        dropout  run    train    test     gap  68.00%                100.00%
        ────────────────────────────────────────────────────────────────────
              0    2  100.00%  68.00%  +32.00  ○···························●
           0.25    3   87.50%  70.50%  +17.00  ··○··············●···········
            0.5    4   75.00%  73.00%   +2.00  ····○·●······················
        no clear best: dropout 0.5 (run 4, 73.00%) is highest, but its lead
        (+2.50 points over dropout 0.25, 95% interval -0.80 to +5.80) is within
        seed noise; `help compare` says how this is judged
        overfit> show dropout
           knob     value  about
        ────────────────────────────────────────────────────────────────────────
           dropout  0      probability of zeroing each hidden unit in training
                           (inverted: survivors scaled by 1/(1-p))
        overfit> sweep dropout 1.5,0
        error: dropout must be in [0, 1) (got 1.5)
          hint: e.g. set dropout 0.2
        overfit> sweep
        error: sweep needs a knob and its values
          hint: e.g. sweep train_size 100,300,1000
        overfit> sweep dropout 0.2
        error: sweep takes 2 to 12 values (got 1)
          hint: e.g. sweep dropout 0,0.2
        overfit> sweep dropout 0,,0.1
        error: sweep: an empty value in `0,,0.1`
          hint: e.g. sweep dropout 0,0.2
        overfit> runs
        run  status    epochs    train    test     gap  changes
        ────────────────────────────────────────────────────────────────
          1  finished       4  100.00%  68.00%  +32.00  epochs 100→4
          2  finished       4  100.00%  68.00%  +32.00  same knobs
          3  finished       4   87.50%  70.50%  +17.00  dropout 0→0.25
          4  finished       4   75.00%  73.00%   +2.00  dropout 0.25→0.5

        """#
    static let overlay = #"""
        overfit> set epochs 8
        epochs 100 → 8
        overfit> run
        ── run 1: epochs 100 → 8 ───────────────────────────────────────
        finished 8 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ─────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            7    100.00%    70.63%  +29.38      0.2500     1.0250
            8    100.00%    71.11%  +28.89      0.2222     1.2000
        best test accuracy 71.11% at epoch 8; final gap +28.89 points
        train acc   ▂▄▆█████  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃▃▃  57.50% → 71.11%
        train loss  ▇▄▃▂▂▁▁▁  1.0000 → 0.2222
        test loss   ▇▆▅▅▅▆▇█  1.0250 → 1.2000
        Overfitting: train 100.00% against test 71.11%, a gap of 28.89
        points. Train accuracy reached 100% at epoch 4: the network
        memorised its training images. Test loss was lowest at epoch 4
        (0.8000) and rose after it; test accuracy still went from 68.00%
        to 71.11%, but the network grew confidently wrong on the test
        images it misses. Try `set train_size 900`,
        `set augment rotate`, `set dropout 0.2` or `set batchnorm on`:
        the first should narrow the gap.
        overfit> set dropout 0.5 epochs 10
        epochs 8 → 10
        dropout 0 → 0.5
        overfit> run
        ── run 2: epochs 8 → 10, dropout 0 → 0.5 ───────────────────────
        finished 10 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ─────────────────────────────────────────────────────────
            1     56.25%    62.50%   -6.25      1.3333     1.0250
            2     62.50%    68.33%   -5.83      1.0000     0.9000
            4     75.00%    73.00%   +2.00      0.6667     0.8000
            6     87.50%    75.00%  +12.50      0.5000     0.9000
            8    100.00%    76.11%  +23.89      0.4000     1.2000
           10    100.00%    76.82%  +23.18      0.3333     1.7000
        best test accuracy 76.82% at epoch 10; final gap +23.18 points
        train acc   ▁▂▃▄▅▆▇███  56.25% → 100.00%
        test acc    ▂▃▃▄▄▄▄▄▄▄  62.50% → 76.82%
        train loss  ▆▄▃▃▂▂▂▁▁▁  1.3333 → 0.3333
        test loss   ▅▄▄▃▄▄▅▅▇█  1.0250 → 1.7000
        Overfitting: train 100.00% against test 76.82%, a gap of 23.18
        points. Train accuracy reached 100% at epoch 8: the network
        memorised its training images. Test loss was lowest at epoch 4
        (0.8000) and rose after it while the gap widened from 2.00
        points to 23.18 points; test accuracy still went from 73.00% to
        76.82%, but the network grew confidently wrong on the test
        images it misses. Try `set train_size 900`, `set augment rotate`
        or `set batchnorm on`: the first should narrow the gap.
        overfit> plot 1 2
        test accuracy by epoch, 2 runs on one scale
        76.82% ┤                              ⢀⣀⣀⣀⣀⣀⠤⠤⠤⠤⠤⠔⠒⠒⠒⠒⠒⠉⠉⠉ run 2
               │                   ⢀⣀⡠⠤⠔⠒⠒⠊⠉⠉⠉⠁
               │              ⣀⠤⠒⠊⠉⠁
               │          ⣀⠤⠒⠉                  ⣀⣀⣀⣀⠤⠤⠤            run 1
               │       ⡠⠔⠊           ⣀⣀⡠⠤⠤⠔⠒⠒⠉⠉⠉
               │    ⢀⠔⠉       ⣀⠤⠒⠒⠉⠉⠉
        67.16% ┤   ⡰⠁     ⣀⠤⠒⠉
               │ ⢠⠊    ⡠⠔⠊
               │⡔⠁  ⢀⠔⠉
               │   ⡰⠁
               │ ⢠⠊
        57.50% ┤⡔⠁
               └──────────────────────────────────────────────────
                epoch 1                  5                      10
        legend (each curve is named at its right end): run 1, run 2
        overfit> plot 1 2 loss
        test loss by epoch, 2 runs on one scale
        1.7000 ┤                                                ⡠⠊ run 2
               │                                              ⢀⠜
               │                                             ⡰⠁
               │                                           ⢀⠎
               │                                         ⢀⠔⠁
               │                                       ⢀⠔⠁
        1.2500 ┤                                      ⡰⠁           run 1
               │                                   ⢀⠔⠉
               │⡀                                ⡠⠒⠁
               │⠈⠑⠤⣀                         ⢀⡠⠔⠉
               │    ⠑⠢⢄⣀                 ⢀⣀⠤⠒⠁
        0.8000 ┤        ⠉⠒⠢⠤⠤⠤⣀⣀◆⣀⣀⡠⠤⠤⠤⠒⠊⠁
               └──────────────────────────────────────────────────
                epoch 1                  5                      10
        legend (each curve is named at its right end): run 1, run 2
        ◆ lowest test loss: run 1 0.8000 at epoch 4; run 2 0.8000 at
        epoch 4
        overfit> plot 2 loss
        run 2: loss by epoch
        1.7000 ┤                                               ⢀⠤⠊ test
               │                                             ⣀⠔⠁
               │                                          ⢀⠤⠊
               │⠢⡀                                      ⡠⠒⠁
               │ ⠈⠢⡀                                ⢀⡠⠔⠉
               │⣀  ⠈⠢⡀                          ⢀⡠⠔⠊⠁
        1.0167 ┤ ⠉⠒⠤⣀⠈⠒⢄⡀                   ⢀⡠⠔⠊⠁
               │     ⠉⠉⠒⠚⠓⠤⣤⠤⠤⣀⣀◆⣀⣀⡠⠤⠤⠤⠔⠒⠒⠊⠉⠁
               │            ⠉⠒⠤⣀
               │                ⠉⠑⠒⠢⠤⢄⣀⡀
               │                       ⠈⠉⠉⠑⠒⠒⠤⠤⠤⣀⣀⡀
        0.3333 ┤                                  ⠈⠉⠉⠑⠒⠒⠒⠢⠤⠤⠤⠤⠤⣀⣀⣀ train
               └──────────────────────────────────────────────────
                epoch 1                  5                      10
        ◆ lowest test loss 0.8000 at epoch 4
        overfit> plot 1 2 3 4 5
        error: plot overlays at most 4 runs (got 5)
          hint: compare lines up more of them
        overfit> plot 1 x loss
        error: plot takes run ids, then accuracy, loss or gap (got `x`)
          hint: e.g. plot 1 2 loss

        """#
    static let overlayAscii = #"""
        overfit> set epochs 8
        epochs 100 -> 8
        overfit> run
        -- run 1: epochs 100 -> 8 --------------------------------------
        finished 8 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ---------------------------------------------------------
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            7    100.00%    70.63%  +29.38      0.2500     1.0250
            8    100.00%    71.11%  +28.89      0.2222     1.2000
        best test accuracy 71.11% at epoch 8; final gap +28.89 points
        train acc   .:+#####  62.50% -> 100.00%
        test acc    _..-----  57.50% -> 71.11%
        train loss  *:-..___  1.0000 -> 0.2222
        test loss   *+===+*#  1.0250 -> 1.2000
        Overfitting: train 100.00% against test 71.11%, a gap of 28.89
        points. Train accuracy reached 100% at epoch 4: the network
        memorised its training images. Test loss was lowest at epoch 4
        (0.8000) and rose after it; test accuracy still went from 68.00%
        to 71.11%, but the network grew confidently wrong on the test
        images it misses. Try `set train_size 900`,
        `set augment rotate`, `set dropout 0.2` or `set batchnorm on`:
        the first should narrow the gap.
        overfit> set dropout 0.5 epochs 10
        epochs 8 -> 10
        dropout 0 -> 0.5
        overfit> run
        -- run 2: epochs 8 -> 10, dropout 0 -> 0.5 ---------------------
        finished 10 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ---------------------------------------------------------
            1     56.25%    62.50%   -6.25      1.3333     1.0250
            2     62.50%    68.33%   -5.83      1.0000     0.9000
            4     75.00%    73.00%   +2.00      0.6667     0.8000
            6     87.50%    75.00%  +12.50      0.5000     0.9000
            8    100.00%    76.11%  +23.89      0.4000     1.2000
           10    100.00%    76.82%  +23.18      0.3333     1.7000
        best test accuracy 76.82% at epoch 10; final gap +23.18 points
        train acc   _.-:=+*###  56.25% -> 100.00%
        test acc    .--:::::::  62.50% -> 76.82%
        train loss  +:--...___  1.3333 -> 0.3333
        test loss   =::-::==*#  1.0250 -> 1.7000
        Overfitting: train 100.00% against test 76.82%, a gap of 23.18
        points. Train accuracy reached 100% at epoch 8: the network
        memorised its training images. Test loss was lowest at epoch 4
        (0.8000) and rose after it while the gap widened from 2.00
        points to 23.18 points; test accuracy still went from 73.00% to
        76.82%, but the network grew confidently wrong on the test
        images it misses. Try `set train_size 900`, `set augment rotate`
        or `set batchnorm on`: the first should narrow the gap.
        overfit> plot 1 2
        test accuracy by epoch, 2 runs on one scale
        76.82% +                                 o    o     o    o run 2
               |                      o    o
               |                o
               |           o                     *    *            run 1
               |                      *    *
               |     o          *
        67.16% +           *
               |
               |o    *
               |
               |
        57.50% +*
               +--------------------------------------------------
                epoch 1                  5                      10
        legend: * run 1, o run 2
        overfit> plot 1 2 loss
        test loss by epoch, 2 runs on one scale
        1.7000 +                                                 o run 2
               |
               |
               |                                            o
               |
               |
        1.2500 +                                      o            run 1
               |
               |o                                o
               |
               |     o                     o
        0.8000 +           o    @     o
               +--------------------------------------------------
                epoch 1                  5                      10
        legend: * run 1, o run 2
        @ lowest test loss: run 1 0.8000 at epoch 4; run 2 0.8000 at
        epoch 4
        overfit> plot 2 loss
        run 2: loss by epoch
        1.7000 +                                                 o test
               |
               |                                            o
               |*
               |                                      o
               |o                                o
        1.0167 +     *
               |     o     o    @     o    o
               |
               |                *     *
               |                           *     *
        0.3333 +                                      *     *    * train
               +--------------------------------------------------
                epoch 1                  5                      10
        @ lowest test loss 0.8000 at epoch 4
        overfit> plot 1 2 3 4 5
        error: plot overlays at most 4 runs (got 5)
          hint: compare lines up more of them
        overfit> plot 1 x loss
        error: plot takes run ids, then accuracy, loss or gap (got `x`)
          hint: e.g. plot 1 2 loss

        """#
    static let samplesVersus = #"""
        3 test digits run 1 gets right and run 2 gets wrong; 1 the other way round; 1
        both get wrong (of 12).
        Some of the first kind, true -> what run 2 answered:

           .=###*-          -*###=.
          =@*.  -%%.      .%%-  .*@=
          @=      @=      =@      =@
          #%-   .*@:      :@*.   -%#
           -#%##%*.        .*%##%#-

        0 -> 1           0 -> 1
        1 test digits run 2 gets right and run 1 gets wrong; 3 the other way round; 1
        both get wrong (of 12).
        Some of the first kind, true -> what run 1 answered:

            :::::-:
                :%.
               :%.
              :%.
             :%.

        7 -> 9
        run 1: 2 of 12 test digits misclassified (16.67%); mistakes first, true ->
        predicted:

            :::::-:         .:::::=
                :%.              #=
               :%.              #=
              :%.              #=
             :%.              #=

        7 -> 9 X         7 -> 9 X
        error: samples takes two runs and a count in [1, 40] (got `99`)
          hint: e.g. samples 1 vs 2 8

        """#
    static let report100 = #"""
        finished 100 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss  val loss
        ────────────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250    0.9225
            4    100.00%    68.00%  +32.00      0.4000     0.8000    0.7200  train 100%,
                                                                             lowest test
                                                                             loss
           20    100.00%    73.33%  +26.67      0.0952     7.2000    6.4800
           40    100.00%    74.15%  +25.85      0.0488    33.2000   29.8800
           60    100.00%    74.43%  +25.57      0.0328    79.2000   71.2800
           80    100.00%    74.57%  +25.43      0.0247   145.2000  130.6800
          100    100.00%    74.65%  +25.35      0.0198   231.2000  208.0800  best test
        best test accuracy 74.65% at epoch 100; final gap +25.35 points
        train acc   ▄█████████████████████████████████████████  62.50% → 100.00%
        test acc    ▂▃▃▃▃▃▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄  57.50% → 74.65%
        train loss  ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁  1.0000 → 0.0198
        test loss   ▁▁▁▁▁▁▁▁▁▁▁▁▂▂▂▂▂▂▂▂▃▃▃▃▃▃▄▄▄▄▅▅▅▅▆▆▆▇▇▇██  1.0250 → 231.2000
        Overfitting: train 100.00% against test 74.65%, a gap of 25.35 points. Train
        accuracy reached 100% at epoch 4: the network memorised its training images.
        Test loss was lowest at epoch 4 (0.8000) and rose after it; test accuracy still
        went from 68.00% to 74.65%, but the network grew confidently wrong on the test
        images it misses. Try `set train_size 900`, `set augment rotate`,
        `set dropout 0.2` or `set batchnorm on`: the first should narrow the gap.

        """#
}
