#!/usr/bin/env python3
"""The numpy reference loop bench/compare times overfit against: the same work, written plainly.

Same layers (784-100x4-10, ReLU, PyTorch's default init), same mini-batches (SGD, shuffled each
epoch), and the same per-epoch evaluation (loss and accuracy on the training subset and on all
10,000 test images), all in float32. It reads the same gzipped IDX files. Timing covers training
and evaluation, not loading, exactly as `overfit bench` times its runs.
"""
import argparse
import gzip
import json
import os
import struct
import sys
import time

import numpy as np

WORKLOADS = {
    "baseline": dict(train_size=300, batch=10, epochs=100, rotate=False),
    "rotation": dict(train_size=300, batch=10, epochs=100, rotate=True),
    "full": dict(train_size=60000, batch=100, epochs=5, rotate=False),
    # PyTorch only (reference_torch.py): the LeNet-like conv16,conv32,100 of issue 14.
    "cnn": dict(train_size=300, batch=10, epochs=30, rotate=False, model="cnn"),
}


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def rotate(images, degrees):
    """Nearest-neighbour rotation about the centre with zero fill, as overfit's augmentation."""
    n, rows, cols = images.shape
    cy, cx = (rows - 1) / 2, (cols - 1) / 2
    theta = np.deg2rad(degrees)
    ys, xs = np.mgrid[0:rows, 0:cols]
    # Inverse map: the source of output (x, y) under a counter-clockwise turn as viewed.
    sx = np.cos(theta) * (xs - cx) - np.sin(theta) * (ys - cy) + cx
    sy = np.sin(theta) * (xs - cx) + np.cos(theta) * (ys - cy) + cy
    sx, sy = np.round(sx).astype(int), np.round(sy).astype(int)
    inside = (sx >= 0) & (sx < cols) & (sy >= 0) & (sy < rows)
    out = np.zeros_like(images)
    out[:, inside] = images[:, sy[inside], sx[inside]]
    return out


def workload_settings(args):
    """The named workload with any of --train-size, --batch, --epochs given on the command line."""
    settings = dict(WORKLOADS[args.workload])
    for key in ("train_size", "batch", "epochs"):
        if getattr(args, key) is not None:
            settings[key] = getattr(args, key)
    return settings


def load_mnist(settings, data_dir):
    """The first train_size training images and labels, then all test images and labels (UInt8)."""
    def part(name, count=None):
        return read_idx(os.path.join(data_dir, name))[:count]
    return (part("train-images-idx3-ubyte.gz", settings["train_size"]), part("train-labels-idx1-ubyte.gz", settings["train_size"]),
            part("t10k-images-idx3-ubyte.gz"), part("t10k-labels-idx1-ubyte.gz"))


def training_images(settings, train_x, train_y):
    """The images trained on: the subset, plus its four rotated copies for the rotation workload."""
    if not settings["rotate"]:
        return train_x, train_y
    copies = [train_x] + [rotate(train_x, a) for a in (-15, -30, 15, 30)]
    return np.concatenate(copies), np.tile(train_y, 5)


def run(cfg, data_dir, seed=0):
    if cfg.get("model", "mlp") != "mlp":
        sys.exit(f"error: the numpy loop trains the MLP only, not {cfg['model']}; use reference_torch.py")
    train_x, train_y, test_x, test_y = load_mnist(cfg, data_dir)
    start = time.perf_counter()
    fit_x, fit_y = training_images(cfg, train_x, train_y)
    fit_x = fit_x.reshape(len(fit_x), -1).astype(np.float32) / np.float32(255)
    eval_train = train_x.reshape(len(train_x), -1).astype(np.float32) / np.float32(255)
    eval_test = test_x.reshape(len(test_x), -1).astype(np.float32) / np.float32(255)

    rng = np.random.default_rng(seed)
    widths = [784, 100, 100, 100, 100, 10]
    weights, biases = [], []
    for fan_in, fan_out in zip(widths, widths[1:]):
        bound = 1 / np.sqrt(fan_in)
        weights.append(rng.uniform(-bound, bound, (fan_in, fan_out)).astype(np.float32))
        biases.append(rng.uniform(-bound, bound, fan_out).astype(np.float32))
    lr = np.float32(0.1)

    def forward(x):
        activations = [x]
        for i, (w, b) in enumerate(zip(weights, biases)):
            x = x @ w + b
            if i < len(weights) - 1:
                x = np.maximum(x, 0)
            activations.append(x)
        return activations

    def evaluate(x, y):
        z = forward(x)[-1]
        z = z - z.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(z).sum(axis=1))
        loss = float(np.mean(log_sum - z[np.arange(len(y)), y]))
        accuracy = float(np.mean(z.argmax(axis=1) == y))
        return loss, accuracy

    history = []
    count, batch = len(fit_x), cfg["batch"]
    for epoch in range(cfg["epochs"]):
        order = rng.permutation(count)
        for start_index in range(0, count, batch):
            index = order[start_index:start_index + batch]
            x, y = fit_x[index], fit_y[index]
            activations = forward(x)
            z = activations[-1]
            p = np.exp(z - z.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(y)), y] -= 1
            grad = p / np.float32(len(y))
            for i in range(len(weights) - 1, -1, -1):
                grad_w = activations[i].T @ grad
                grad_b = grad.sum(axis=0)
                if i > 0:
                    grad = (grad @ weights[i].T) * (activations[i] > 0)
                weights[i] -= lr * grad_w
                biases[i] -= lr * grad_b
        train_loss, train_acc = evaluate(eval_train, train_y)
        test_loss, test_acc = evaluate(eval_test, test_y)
        history.append(dict(epoch=epoch + 1, train_loss=train_loss, train_acc=train_acc,
                            test_loss=test_loss, test_acc=test_acc))
    return time.perf_counter() - start, history


def main_for(run_function, doc, **extra):
    """The command line both reference loops share: parse, run, print one JSON record."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workload", choices=sorted(WORKLOADS), default="baseline")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "datasets"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--train-size", type=int)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--history", action="store_true", help="print every epoch's figures too")
    args = parser.parse_args()
    seconds, history = run_function(workload_settings(args), args.data, args.seed)
    record = dict(workload=args.workload, seed=args.seed, seconds=seconds, test_acc=history[-1]["test_acc"],
                  train_acc=history[-1]["train_acc"], **extra)
    if args.history:
        record["history"] = history
    print(json.dumps(record))


def main():
    main_for(run, __doc__)


if __name__ == "__main__":
    sys.exit(main())
