#ifndef OVERFIT_SPARSE_KERNELS_H
#define OVERFIT_SPARSE_KERNELS_H

/// Products whose left operand is mostly zeros, as MNIST pixels are (81% of them): the engine's
/// first layer. Each output starts at what it held and takes one fma per nonzero term, in
/// increasing index order, on every path (an OVERFIT_PATH_* value; one the processor cannot
/// run is replaced by the portable one), so the path and the split of rows between threads
/// change the speed, never the bits. Zero terms (+0 and -0) are skipped, not multiplied.

/// out[r][j] += Σ_{p : x[r][p] ≠ 0} x[r][p] · w[p][j]   for r < rows, j < n, p increasing.
/// x is rows×k, w is k×n, out is rows×n, all row-major. w must have 7 readable floats past its
/// end (engine matrices do): the vector loads of a row's last few columns may reach there.
void overfit_sparse_left_multiply(int path, const float *x, long rows, long k,
                                  const float *w, long n, float *out);

/// dw[p][j] += Σ_{r : x[r][p] ≠ 0} x[r][p] · dy[r][j]   (dw += xᵀ·dy), r increasing.
/// x is rows×k, dy is rows×n, dw is k×n, all row-major.
void overfit_sparse_transposed_multiply(int path, const float *x, long rows, long k,
                                        const float *dy, long n, float *dw);

#endif
