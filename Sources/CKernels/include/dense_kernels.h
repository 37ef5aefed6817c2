#ifndef OVERFIT_DENSE_KERNELS_H
#define OVERFIT_DENSE_KERNELS_H

/// c = (accumulate ? c : 0) + A·B, for A m×k and B k×n given by strides, so that any transpose
/// is a choice of strides: A(i, p) = a[i·a_row + p·a_col], B(p, j) = b[p·b_row + j·b_col], and
/// C(i, j) = c[i·ldc + j].
///
/// Every C(i, j) is one chain: s = C(i, j) or +0, then s = fma(A(i, p), B(p, j), s) for
/// p = 0, 1, …, k-1, each fma rounding once. Paths vectorise across j and i only, never along
/// p, so `path` (an OVERFIT_PATH_* value) changes the speed, never the bits. Splitting the
/// rows or columns of C between calls (threads) does not change them either. A path this
/// processor cannot run is replaced by the portable one. c must not overlap a or b.
void overfit_gemm(int path, long m, long n, long k,
                  const float *a, long a_row, long a_col,
                  const float *b, long b_row, long b_col,
                  float *c, long ldc, int accumulate);

#endif
