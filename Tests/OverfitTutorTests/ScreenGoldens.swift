// Reviewed screens of `ScreenGoldenTests`: a lesson's opening and a run report, in English and
// Korean, at 80 and 110 columns. Regenerate: run the tests, review /tmp/overfit-golden/*.txt, copy them in.
enum ScreenGoldens {
    static let all: [String: String] = [
        "opening-en-80": #"""
        overfit> lesson 1
        ── lesson 1: Too little data ───────────────────────────────────────────────────
          Goal: Watch a network learn MNIST from 60,000 images, then from the first 300
          of them, and compare what each learnt.
          Re-runs: the lab slides (PyTorch), Deep Learning from Scratch (chapter 6)

        Overfitting means memorising the training set instead of learning the pattern
        behind it. Two things invite it: many parameters and little data. Our network,
        784-100-100-100-100-10 with ReLU, has about 110,000 weights.

        First the healthy case: all 60,000 MNIST training images, but only 2 passes
        (epochs) over them, so the run stays short. Everything else is the lab slides'
        baseline: SGD with lr 0.1 and batches of 10.

        Where a lesson asks you to type a command, pressing Enter once shows a hint, and
        pressing it again types the command for you.

          ▶ Type `set train_size 60000 epochs 2` (or press Enter for a hint, and Enter
          again to have it typed).
        overfit 1/16> where
        Lesson 1 of 16 (Too little data), step 1 of 6: waiting for you to type
        `set train_size 60000 epochs 2` (or press Enter).

        """#,
        "opening-en-110": #"""
        overfit> lesson 1
        ── lesson 1: Too little data ─────────────────────────────────────────────────────────────────────────────────
          Goal: Watch a network learn MNIST from 60,000 images, then from the first 300 of them, and compare what each
          learnt.
          Re-runs: the lab slides (PyTorch), Deep Learning from Scratch (chapter 6)

        Overfitting means memorising the training set instead of learning the pattern behind it. Two things invite it:
        many parameters and little data. Our network, 784-100-100-100-100-10 with ReLU, has about 110,000 weights.

        First the healthy case: all 60,000 MNIST training images, but only 2 passes (epochs) over them, so the run
        stays short. Everything else is the lab slides' baseline: SGD with lr 0.1 and batches of 10.

        Where a lesson asks you to type a command, pressing Enter once shows a hint, and pressing it again types the
        command for you.

          ▶ Type `set train_size 60000 epochs 2` (or press Enter for a hint, and Enter again to have it typed).
        overfit 1/16> where
        Lesson 1 of 16 (Too little data), step 1 of 6: waiting for you to type `set train_size 60000 epochs 2` (or
        press Enter).

        """#,
        "opening-ko-80": #"""
        overfit> lesson 1
        ── 레슨 1: 데이터가 너무 적을 때 ───────────────────────────────────────────────
          목표: MNIST 이미지 60,000장으로, 이어서 그중 앞쪽 300장만으로 신경망을
          학습시키고, 각각 무엇을 배웠는지 비교합니다.
          다시 해 보는 실험: 대학 실습 슬라이드(PyTorch), 『밑바닥부터 시작하는 딥러닝』
          6장(블로그 정리)

        과적합(오버피팅)이란 데이터 뒤에 숨은 패턴을 배우지 않고 훈련 세트를 암기해
        버리는 것을 말합니다. 과적합은 주로 두 경우에 일어납니다. 매개변수가 많을 때,
        그리고 데이터가 적을 때입니다. 우리 신경망은 784-100-100-100-100-10 구조에
        ReLU를 쓰며, 가중치가 약 110,000개나 됩니다.

        먼저 과적합이 없는 정상적인 경우부터 보겠습니다. MNIST 훈련 이미지 60,000장을
        모두 쓰되, 실행이 짧게 끝나도록 전체를 두 번(2 에폭)만 훑습니다. 나머지는 실습
        슬라이드의 기본 설정 그대로입니다. SGD, lr 0.1, 배치 크기 10입니다.

        레슨이 명령을 입력하라고 할 때 Enter를 한 번 누르면 힌트가 나오고, 한 번 더
        누르면 그 명령이 입력됩니다.

          ▶ 입력하세요: `set train_size 60000 epochs 2` (Enter를 누르면 힌트가 나오고,
          한 번 더 누르면 대신 입력됩니다)
        overfit 1/16> where
        레슨 1/16(데이터가 너무 적을 때), 6단계 중 1단계:
        `set train_size 60000 epochs 2` 입력을 기다립니다(Enter를 눌러도 됩니다).

        """#,
        "opening-ko-110": #"""
        overfit> lesson 1
        ── 레슨 1: 데이터가 너무 적을 때 ─────────────────────────────────────────────────────────────────────────────
          목표: MNIST 이미지 60,000장으로, 이어서 그중 앞쪽 300장만으로 신경망을 학습시키고, 각각 무엇을 배웠는지
          비교합니다.
          다시 해 보는 실험: 대학 실습 슬라이드(PyTorch), 『밑바닥부터 시작하는 딥러닝』 6장(블로그 정리)

        과적합(오버피팅)이란 데이터 뒤에 숨은 패턴을 배우지 않고 훈련 세트를 암기해 버리는 것을 말합니다. 과적합은
        주로 두 경우에 일어납니다. 매개변수가 많을 때, 그리고 데이터가 적을 때입니다. 우리 신경망은
        784-100-100-100-100-10 구조에 ReLU를 쓰며, 가중치가 약 110,000개나 됩니다.

        먼저 과적합이 없는 정상적인 경우부터 보겠습니다. MNIST 훈련 이미지 60,000장을 모두 쓰되, 실행이 짧게 끝나도록
        전체를 두 번(2 에폭)만 훑습니다. 나머지는 실습 슬라이드의 기본 설정 그대로입니다. SGD, lr 0.1, 배치 크기
        10입니다.

        레슨이 명령을 입력하라고 할 때 Enter를 한 번 누르면 힌트가 나오고, 한 번 더 누르면 그 명령이 입력됩니다.

          ▶ 입력하세요: `set train_size 60000 epochs 2` (Enter를 누르면 힌트가 나오고, 한 번 더 누르면 대신
          입력됩니다)
        overfit 1/16> where
        레슨 1/16(데이터가 너무 적을 때), 6단계 중 1단계: `set train_size 60000 epochs 2` 입력을 기다립니다(Enter를
        눌러도 됩니다).

        """#,
        "report-en-80": #"""
        overfit> set epochs 8
        epochs 100 → 8
        overfit> run
        ── run 1: epochs 100 → 8 ───────────────────────────────────────────────────────
        finished 8 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ────────────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  train 100%,
                                                                   lowest test loss
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            7    100.00%    70.63%  +29.38      0.2500     1.0250
            8    100.00%    71.11%  +28.89      0.2222     1.2000  best test
        best test accuracy 71.11% at epoch 8; final gap +28.89 points
        train acc   ▂▄▆█████  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃▃▃  57.50% → 71.11%
        train loss  ▇▄▃▂▂▁▁▁  1.0000 → 0.2222
        test loss   ▇▆▅▅▅▆▇█  1.0250 → 1.2000
        Overfitting: train 100.00% against test 71.11%, a gap of 28.89 points. Train
        accuracy reached 100% at epoch 4: the network memorised its training images.
        Test loss was lowest at epoch 4 (0.8000) and rose after it; test accuracy still
        went from 68.00% to 71.11%, but the network grew confidently wrong on the test
        images it misses. Try `set train_size 900`, `set augment rotate`,
        `set dropout 0.2` or `set batchnorm on`: the first should narrow the gap.
        overfit> runs
        run  status    epochs    train    test     gap  changes
        ────────────────────────────────────────────────────────────
          1  finished       8  100.00%  71.11%  +28.89  epochs 100→8

        """#,
        "report-en-110": #"""
        overfit> set epochs 8
        epochs 100 → 8
        overfit> run
        ── run 1: epochs 100 → 8 ─────────────────────────────────────────────────────────────────────────────────────
        finished 8 epochs on 300 training images
        epoch  train acc  test acc     gap  train loss  test loss
        ───────────────────────────────────────────────────────────────────────────────────────
            1     62.50%    57.50%   +5.00      1.0000     1.0250
            2     75.00%    63.33%  +11.67      0.6667     0.9000
            3     87.50%    66.25%  +21.25      0.5000     0.8250
            4    100.00%    68.00%  +32.00      0.4000     0.8000  train 100%, lowest test loss
            5    100.00%    69.17%  +30.83      0.3333     0.8250
            6    100.00%    70.00%  +30.00      0.2857     0.9000
            7    100.00%    70.63%  +29.38      0.2500     1.0250
            8    100.00%    71.11%  +28.89      0.2222     1.2000  best test
        best test accuracy 71.11% at epoch 8; final gap +28.89 points
        train acc   ▂▄▆█████  62.50% → 100.00%
        test acc    ▁▂▂▃▃▃▃▃  57.50% → 71.11%
        train loss  ▇▄▃▂▂▁▁▁  1.0000 → 0.2222
        test loss   ▇▆▅▅▅▆▇█  1.0250 → 1.2000
        Overfitting: train 100.00% against test 71.11%, a gap of 28.89 points. Train accuracy reached 100% at epoch 4:
        the network memorised its training images. Test loss was lowest at epoch 4 (0.8000) and rose after it; test
        accuracy still went from 68.00% to 71.11%, but the network grew confidently wrong on the test images it
        misses. Try `set train_size 900`, `set augment rotate`, `set dropout 0.2` or `set batchnorm on`: the first
        should narrow the gap.
        overfit> runs
        run  status    epochs    train    test     gap  changes
        ────────────────────────────────────────────────────────────
          1  finished       8  100.00%  71.11%  +28.89  epochs 100→8

        """#,
        "report-ko-80": #"""
        overfit> set epochs 8
        epochs 100 → 8
        overfit> run
        ── 실행 1: epochs 100 → 8 ──────────────────────────────────────────────────────
        훈련 이미지 300장으로 8 에폭을 마쳤습니다
        에폭  훈련 정확도  테스트 정확도    격차  훈련 손실  테스트 손실
        ────────────────────────────────────────────────────────────────────────────────
           1       62.50%         57.50%   +5.00     1.0000       1.0250
           2       75.00%         63.33%  +11.67     0.6667       0.9000
           3       87.50%         66.25%  +21.25     0.5000       0.8250
           4      100.00%         68.00%  +32.00     0.4000       0.8000  훈련 100%,
                                                                          최저 테스트
                                                                          손실
           5      100.00%         69.17%  +30.83     0.3333       0.8250
           6      100.00%         70.00%  +30.00     0.2857       0.9000
           7      100.00%         70.63%  +29.38     0.2500       1.0250
           8      100.00%         71.11%  +28.89     0.2222       1.2000  최고 테스트
        최고 테스트 정확도 71.11%(8번째 에폭), 최종 격차 +28.89%p
        훈련 정확도    ▂▄▆█████  62.50% → 100.00%
        테스트 정확도  ▁▂▂▃▃▃▃▃  57.50% → 71.11%
        훈련 손실      ▇▄▃▂▂▁▁▁  1.0000 → 0.2222
        테스트 손실    ▇▆▅▅▅▆▇█  1.0250 → 1.2000
        과적합: 훈련 정확도 100.00%, 테스트 정확도 71.11%로, 격차가 28.89%p입니다. 훈련
        정확도가 4번째 에폭에서 100%에 이르렀습니다. 신경망이 훈련 이미지를 암기한
        것입니다. 테스트 손실은 4번째 에폭에서 가장 낮았고(0.8000) 그 뒤로는 올랐습니다.
        테스트 정확도는 그래도 68.00%에서 71.11%까지 올랐지만, 신경망은 틀리는 테스트
        이미지에 대해 점점 더 확신을 갖고 틀렸습니다. 이렇게 해 보세요:
        `set train_size 900`, `set augment rotate`, `set dropout 0.2` 또는
        `set batchnorm on`. 그중 첫 번째 방법이 격차를 좁힐 것입니다.
        overfit> runs
        실행  상태  에폭     훈련  테스트    격차  바뀐 것
        ───────────────────────────────────────────────────────
           1  완료     8  100.00%  71.11%  +28.89  epochs 100→8

        """#,
        "report-ko-110": #"""
        overfit> set epochs 8
        epochs 100 → 8
        overfit> run
        ── 실행 1: epochs 100 → 8 ────────────────────────────────────────────────────────────────────────────────────
        훈련 이미지 300장으로 8 에폭을 마쳤습니다
        에폭  훈련 정확도  테스트 정확도    격차  훈련 손실  테스트 손실
        ─────────────────────────────────────────────────────────────────────────────────────────────
           1       62.50%         57.50%   +5.00     1.0000       1.0250
           2       75.00%         63.33%  +11.67     0.6667       0.9000
           3       87.50%         66.25%  +21.25     0.5000       0.8250
           4      100.00%         68.00%  +32.00     0.4000       0.8000  훈련 100%, 최저 테스트 손실
           5      100.00%         69.17%  +30.83     0.3333       0.8250
           6      100.00%         70.00%  +30.00     0.2857       0.9000
           7      100.00%         70.63%  +29.38     0.2500       1.0250
           8      100.00%         71.11%  +28.89     0.2222       1.2000  최고 테스트
        최고 테스트 정확도 71.11%(8번째 에폭), 최종 격차 +28.89%p
        훈련 정확도    ▂▄▆█████  62.50% → 100.00%
        테스트 정확도  ▁▂▂▃▃▃▃▃  57.50% → 71.11%
        훈련 손실      ▇▄▃▂▂▁▁▁  1.0000 → 0.2222
        테스트 손실    ▇▆▅▅▅▆▇█  1.0250 → 1.2000
        과적합: 훈련 정확도 100.00%, 테스트 정확도 71.11%로, 격차가 28.89%p입니다. 훈련 정확도가 4번째 에폭에서 100%에
        이르렀습니다. 신경망이 훈련 이미지를 암기한 것입니다. 테스트 손실은 4번째 에폭에서 가장 낮았고(0.8000) 그
        뒤로는 올랐습니다. 테스트 정확도는 그래도 68.00%에서 71.11%까지 올랐지만, 신경망은 틀리는 테스트 이미지에 대해
        점점 더 확신을 갖고 틀렸습니다. 이렇게 해 보세요: `set train_size 900`, `set augment rotate`,
        `set dropout 0.2` 또는 `set batchnorm on`. 그중 첫 번째 방법이 격차를 좁힐 것입니다.
        overfit> runs
        실행  상태  에폭     훈련  테스트    격차  바뀐 것
        ───────────────────────────────────────────────────────
           1  완료     8  100.00%  71.11%  +28.89  epochs 100→8

        """#,
    ]
}
