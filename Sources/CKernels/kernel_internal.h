#ifndef OVERFIT_KERNEL_INTERNAL_H
#define OVERFIT_KERNEL_INTERNAL_H

// The implementations behind the public headers, one file per path; dense_kernels.c and
// sparse_kernels.c pick one per call. Internal to the CKernels target.

// OVERFIT_PORTABLE_ONLY lets a build leave the x86 paths out on any machine.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__)) && !defined(OVERFIT_PORTABLE_ONLY)
#define OVERFIT_HAS_X86_PATHS 1
#endif

/// Portable paths: `libm` 1 calls the C library's fmaf for each term (processors without FMA, and
/// tests); 0 uses the processor's FMA instructions where it has them. Same bits either way:
/// fmaf is exactly specified (one rounding of a·b + c).
void overfit_gemm_portable(long m, long n, long k, const float *a, long a_row, long a_col,
                           const float *b, long b_row, long b_col, float *c, long ldc, int accumulate, int libm);
void overfit_sparse_portable(const float *x, long rows, long k, const float *w, long n, float *out,
                             int transposed, int libm);

/// B(p, j) = b[p·b_row + j·b_col] copied into a new k×n row-major array (free it), or NULL
/// when out of memory: how the SIMD paths read a transposed B.
float *overfit_packed_copy(long k, long n, const float *b, long b_row, long b_col);

#ifdef OVERFIT_HAS_X86_PATHS
int overfit_has_fma_instructions(void);
void overfit_gemm_avx2(long m, long n, long k, const float *a, long a_row, long a_col,
                       const float *b, long b_row, long b_col, float *c, long ldc, int accumulate);
void overfit_gemm_avx512(long m, long n, long k, const float *a, long a_row, long a_col,
                         const float *b, long b_row, long b_col, float *c, long ldc, int accumulate);
void overfit_left_avx2(const float *x, long rows, long k, const float *w, long n, float *out);
void overfit_transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw);
void overfit_left_avx512(const float *x, long rows, long k, const float *w, long n, float *out);
void overfit_transposed_avx512(const float *x, long rows, long k, const float *dy, long n, float *dw);
#endif

#endif
