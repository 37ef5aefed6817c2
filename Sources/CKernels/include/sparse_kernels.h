#ifndef OVERFIT_SPARSE_KERNELS_H
#define OVERFIT_SPARSE_KERNELS_H

/// Products whose left operand is mostly zeros, as MNIST pixels are (81% of them). BLAS has no
/// sparse-times-dense product, so the engine's first layer uses these; every other product goes
/// through BLAS. Each output row is summed over its nonzero inputs in increasing index order, so
/// results are the same however rows are split between threads.

/// out[r][j] += Σ_{p : x[r][p] ≠ 0} x[r][p] · w[p][j]   for r < rows, j < n.
/// x is rows×k, w is k×n, out is rows×n, all row-major. w must have 7 readable floats past its
/// end (engine matrices do): the vector loads of a row's last few columns may reach there.
void overfit_sparse_left_multiply(const float *x, long rows, long k,
                                  const float *w, long n, float *out);

/// dw[p][j] += Σ_{r : x[r][p] ≠ 0} x[r][p] · dy[r][j]   (dw += xᵀ·dy), rows taken in order.
/// x is rows×k, dy is rows×n, dw is k×n, all row-major.
void overfit_sparse_transposed_multiply(const float *x, long rows, long k,
                                        const float *dy, long n, float *dw);

#endif
