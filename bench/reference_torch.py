#!/usr/bin/env python3
"""The PyTorch reference: seed 004's network written the way its source writes it, doing the same
work as bench/reference_numpy.py (same layers, default nn.Linear init, SGD, shuffled mini-batches,
per-epoch evaluation on the training subset and all 10,000 test images, in eval mode, no_grad).

Optional: bench/compare adds its column only when `torch` can be imported (or when
OVERFIT_TORCH_PYTHON names a Python that has it). Shuffling indexes tensors with torch.randperm
rather than going through a DataLoader, which is the faster of the two for PyTorch.
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
from reference_numpy import WORKLOADS, read_idx, rotate, workload_settings  # noqa: E402


def run(settings, data_dir, seed=0):
    train_x = read_idx(os.path.join(data_dir, "train-images-idx3-ubyte.gz"))[: settings["train_size"]]
    train_y = read_idx(os.path.join(data_dir, "train-labels-idx1-ubyte.gz"))[: settings["train_size"]]
    test_x = read_idx(os.path.join(data_dir, "t10k-images-idx3-ubyte.gz"))
    test_y = read_idx(os.path.join(data_dir, "t10k-labels-idx1-ubyte.gz"))
    start = time.perf_counter()
    torch.manual_seed(seed)
    fit_x, fit_y = train_x, train_y
    if settings["rotate"]:
        copies = [train_x] + [rotate(train_x, a) for a in (-15, -30, 15, 30)]
        fit_x, fit_y = np.concatenate(copies), np.tile(train_y, 5)

    def tensors(images, labels):
        x = torch.from_numpy(images.reshape(len(images), -1).astype(np.float32) / np.float32(255))
        return x, torch.from_numpy(labels.astype(np.int64))

    fit_x, fit_y = tensors(fit_x, fit_y)
    eval_sets = [tensors(train_x, train_y), tensors(test_x, test_y)]
    model = nn.Sequential(nn.Linear(784, 100), nn.ReLU(), nn.Linear(100, 100), nn.ReLU(),
                          nn.Linear(100, 100), nn.ReLU(), nn.Linear(100, 100), nn.ReLU(),
                          nn.Linear(100, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    criterion = nn.CrossEntropyLoss()
    history, batch = [], settings["batch"]
    for epoch in range(settings["epochs"]):
        model.train()
        order = torch.randperm(len(fit_x))
        for first in range(0, len(fit_x), batch):
            index = order[first:first + batch]
            optimizer.zero_grad()
            loss = criterion(model(fit_x[index]), fit_y[index])
            loss.backward()
            optimizer.step()
        model.eval()
        figures = {"epoch": epoch + 1}
        with torch.no_grad():
            for name, (x, y) in zip(("train", "test"), eval_sets):
                logits = model(x)
                figures[f"{name}_loss"] = float(criterion(logits, y))
                figures[f"{name}_acc"] = float((logits.argmax(dim=1) == y).float().mean())
        history.append(figures)
    return time.perf_counter() - start, history


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workload", choices=sorted(WORKLOADS), default="baseline")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "datasets"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--train-size", type=int)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--history", action="store_true", help="print every epoch's figures too")
    args = parser.parse_args()
    seconds, history = run(workload_settings(args), args.data, args.seed)
    record = dict(workload=args.workload, seed=args.seed, seconds=seconds, test_acc=history[-1]["test_acc"],
                  train_acc=history[-1]["train_acc"], threads=torch.get_num_threads())
    if args.history:
        record["history"] = history
    print(json.dumps(record))


if __name__ == "__main__":
    sys.exit(main())
