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

/// c = bias + A·B: every row of C starts as bias (n floats) and takes overfit_gemm's chains with
/// `accumulate`, so each C(i, j) is one chain from bias[j]. A layer's Y = X·W + b in one call,
/// without a call per row to copy the bias.
void overfit_gemm_bias(int path, long m, long n, long k,
                       const float *a, long a_row, long a_col,
                       const float *b, long b_row, long b_col,
                       const float *bias, float *c, long ldc);

/// c = bias + A·B where A's k = segments·span terms come in `segments` runs of `span`: A(i, p) for
/// p = s·span + t is a[s·segment_a + i·a_row + t], B(p, j) = b[p·b_row + j]. Each C(i, j) is one
/// chain from bias[j] over p = 0, 1, …, k-1, as overfit_gemm_bias's: the paths keep it in a
/// register from one run to the next. A convolution's output row straight from its input rows
/// (run s: kernel row s, read from input row oy+s), without writing patches.
void overfit_gemm_segments(int path, long m, long n, long segments, long span,
                           const float *a, long a_row, long segment_a,
                           const float *b, long b_row,
                           const float *bias, float *c, long ldc);

/// Each of the `rows` rows of out (ldo floats apart) set to row (n floats).
void overfit_copy_rows(const float *row, long n, float *out, long ldo, long rows);

#endif
