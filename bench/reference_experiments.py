#!/usr/bin/env python3
"""PyTorch reference figures for issue 14's lessons (see bench/REFERENCES.md), one JSON line per
run: the networks written the way the sources write them, trained on the first N images with
SGD, shuffled mini-batches and PyTorch's default init.

Each epoch measures train accuracy on the images trained on (with their noisy labels, when
noisy), in eval mode; the test set is measured once, after the last epoch (what these figures
need, and 10x cheaper for the CNN than per-epoch evaluation).

    experiments: cnn, mlp, random-labels, noise20, fashion, fashion-full, double-descent,
    double-descent-clean (lesson 15: one hidden layer of each --width, plain SGD)
    bench/reference_experiments.py --experiment cnn --seeds 0-2
    bench/reference_experiments.py --experiment double-descent --width 2 --width 5 --width 256
    OVERFIT_TORCH_PYTHON=/work/torchenv/bin/python bench/reference_experiments.py ...  # via that Python
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_numpy import read_idx  # noqa: E402
from reference_torch import make_model  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MNIST = os.path.join(HERE, "..", "datasets")
FASHION = os.environ.get("OVERFIT_FASHION_DATA", "/usr/share/datasets/fashion-mnist")

# name: (model, data dir, train images, batch, epochs, label noise, momentum)
EXPERIMENTS = {
    "cnn": ("cnn", MNIST, 300, 10, 100, 0.0, 0.0),
    "mlp": ("mlp", MNIST, 300, 10, 100, 0.0, 0.0),
    "random-labels": ("mlp", MNIST, 300, 10, 100, 1.0, 0.0),
    "noise20": ("mlp", MNIST, 300, 10, 100, 0.2, 0.0),
    "fashion": ("mlp", FASHION, 300, 10, 100, 0.0, 0.0),
    "fashion-full": ("mlp", FASHION, 60000, 100, 5, 0.0, 0.0),
    # Lesson 15's recipe: train_size=500 label_noise=0.4 layers=W batch=50 epochs=200 (plain sgd, lr 0.1).
    "double-descent": ("width", MNIST, 500, 50, 200, 0.4, 0.0),
    "double-descent-clean": ("width", MNIST, 500, 50, 200, 0.0, 0.0),
}


def noisy(labels, fraction, seed):
    """Exactly round(fraction · n) labels, at distinct random positions, redrawn uniformly from the
    10 classes (so about a tenth keep their true label): what overfit's LabelNoise does, with
    numpy's generator instead of ours."""
    labels = labels.copy()
    rng = np.random.default_rng(1000 + seed)
    chosen = rng.choice(len(labels), size=int(round(fraction * len(labels))), replace=False)
    labels[chosen] = rng.integers(0, 10, size=len(chosen))
    return labels


def load(directory, count, model):
    shape = (1, 28, 28) if model == "cnn" else (784,)
    def images(name, n=None):
        x = read_idx(os.path.join(directory, name))[:n]
        return torch.from_numpy(x.reshape(len(x), *shape).astype(np.float32) / np.float32(255))
    def labels(name, n=None):
        return read_idx(os.path.join(directory, name))[:n].astype(np.int64)
    return (images("train-images-idx3-ubyte.gz", count), labels("train-labels-idx1-ubyte.gz", count),
            images("t10k-images-idx3-ubyte.gz"), torch.from_numpy(labels("t10k-labels-idx1-ubyte.gz")))


def accuracy(model, x, y, criterion):
    model.eval()
    with torch.no_grad():
        logits = torch.cat([model(x[i:i + 2000]) for i in range(0, len(x), 2000)])
    return float((logits.argmax(dim=1) == y).float().mean()), float(criterion(logits, y))


def run(name, seed, width=None):
    kind, directory, count, batch, epochs, fraction, momentum = EXPERIMENTS[name]
    train_x, train_y, test_x, test_y = load(directory, count, kind)
    train_y = torch.from_numpy(noisy(train_y, fraction, seed) if fraction else train_y)
    torch.manual_seed(seed)
    if kind == "width":
        # One hidden layer of `width` ReLU units, PyTorch's default init (overfit's init=torch).
        model = nn.Sequential(nn.Linear(784, width), nn.ReLU(), nn.Linear(width, 10))
    else:
        model = make_model(kind)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=momentum)
    criterion = nn.CrossEntropyLoss()
    start, train_acc = time.perf_counter(), []
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(train_x))
        for first in range(0, len(train_x), batch):
            index = order[first:first + batch]
            optimizer.zero_grad()
            criterion(model(train_x[index]), train_y[index]).backward()
            optimizer.step()
        train_acc.append(accuracy(model, train_x, train_y, criterion)[0])
    test_acc, test_loss = accuracy(model, test_x, test_y, criterion)
    first_full = next((epoch + 1 for epoch, value in enumerate(train_acc) if value == 1.0), None)
    return dict(experiment=name, seed=seed, width=width, train_acc=train_acc[-1], test_acc=test_acc, test_loss=test_loss,
                first_epoch_train_100=first_full, seconds=time.perf_counter() - start,
                torch=torch.__version__, threads=torch.get_num_threads())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--experiment", choices=sorted(EXPERIMENTS), action="append", required=True)
    parser.add_argument("--seeds", default="0-2", help="e.g. 0-2 or 0,5")
    parser.add_argument("--width", type=int, action="append", help="hidden width (double-descent), repeatable")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1: the figures do not depend on it)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    seeds = []
    for part in args.seeds.split(","):
        first, _, last = part.partition("-")
        seeds.extend(range(int(first), int(last or first) + 1))
    for name in args.experiment:
        widths = (args.width or [2, 5, 256]) if EXPERIMENTS[name][0] == "width" else [None]
        for seed in seeds:
            for width in widths:
                print(json.dumps(run(name, seed, width)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
