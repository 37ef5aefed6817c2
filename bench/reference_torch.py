#!/usr/bin/env python3
"""The PyTorch reference: seed 004's network written the way its source writes it, doing the same
work as bench/reference_numpy.py (same layers, default nn.Linear init, SGD, shuffled mini-batches,
per-epoch evaluation on the training subset and all 10,000 test images, in eval mode, no_grad).

Optional: bench/compare adds its column only when `torch` can be imported (or when
OVERFIT_TORCH_PYTHON names a Python that has it). Shuffling indexes tensors with torch.randperm
rather than going through a DataLoader, which is the faster of the two for PyTorch.
"""
import os
import sys
import time

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_numpy import load_mnist, main_for, training_images  # noqa: E402


def make_model(kind):
    """Seed 004's MLP, or issue 14's LeNet-like CNN: conv 5×5 16 → ReLU → pool → conv 5×5 32 →
    ReLU → pool → flatten → 100 → ReLU → 10 (65,558 weights), PyTorch's default init for both."""
    if kind == "cnn":
        return nn.Sequential(nn.Conv2d(1, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(16, 32, 5), nn.ReLU(),
                             nn.MaxPool2d(2), nn.Flatten(), nn.Linear(512, 100), nn.ReLU(), nn.Linear(100, 10))
    return nn.Sequential(nn.Linear(784, 100), nn.ReLU(), nn.Linear(100, 100), nn.ReLU(),
                         nn.Linear(100, 100), nn.ReLU(), nn.Linear(100, 100), nn.ReLU(),
                         nn.Linear(100, 10))


def run(settings, data_dir, seed=0):
    train_x, train_y, test_x, test_y = load_mnist(settings, data_dir)
    start = time.perf_counter()
    torch.manual_seed(seed)
    fit_x, fit_y = training_images(settings, train_x, train_y)

    # The CNN takes N×1×28×28 images, the MLP N×784 rows.
    shape = (1, 28, 28) if settings.get("model") == "cnn" else (-1,)

    def tensors(images, labels):
        x = torch.from_numpy(images.reshape(len(images), *shape).astype(np.float32) / np.float32(255))
        return x, torch.from_numpy(labels.astype(np.int64))

    fit_x, fit_y = tensors(fit_x, fit_y)
    eval_sets = [tensors(train_x, train_y), tensors(test_x, test_y)]
    model = make_model(settings.get("model", "mlp"))
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
    # bench/compare runs this with 1 thread and with one per core, and keeps the better time.
    if os.environ.get("OVERFIT_TORCH_THREADS"):
        torch.set_num_threads(int(os.environ["OVERFIT_TORCH_THREADS"]))
    main_for(run, __doc__, threads=torch.get_num_threads())


if __name__ == "__main__":
    sys.exit(main())
