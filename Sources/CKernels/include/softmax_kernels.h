#ifndef OVERFIT_SOFTMAX_KERNELS_H
#define OVERFIT_SOFTMAX_KERNELS_H

/// out[r·classes + j] = exp(logits[r·classes + j] − largest[r]) for r < rows, j < classes, each
/// exponential computed as PortableMath.exp(Float) computes it (the same IEEE operations in the same
/// order, its range cases included), so every path (an OVERFIT_PATH_* value; one this processor
/// cannot run is replaced by the portable one) gives the Swift function's bits. out may not
/// overlap logits.
void overfit_softmax_exponentials(int path, const float *logits, long rows, long classes, const float *largest,
                                  float *out);

#endif
