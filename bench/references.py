"""Where bench/compare and bench/seed-spread find overfit and the two reference loops."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "overfit")
NUMPY = os.path.join(ROOT, "bench", "reference_numpy.py")
TORCH = os.path.join(ROOT, "bench", "reference_torch.py")


def torch_python():
    """A Python that can import torch: $OVERFIT_TORCH_PYTHON, else this one; None when neither can.

    PyTorch is optional (it is a 5 GB install), so its column appears only where it is present.
    """
    candidates = [os.environ.get("OVERFIT_TORCH_PYTHON"), sys.executable]
    for python in filter(None, candidates):
        probe = subprocess.run([python, "-c", "import torch"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if probe.returncode == 0:
            return python
    return None


def build_release():
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
