#ifndef OVERFIT_SPARSE_PATHS_H
#define OVERFIT_SPARSE_PATHS_H

// The three implementations behind sparse_kernels.h, one file each; sparse_kernels.c picks one
// at run time. Internal to the CKernels target.

// OVERFIT_PORTABLE_ONLY lets a test build exercise the portable path on any machine.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__)) && !defined(OVERFIT_PORTABLE_ONLY)
#define OVERFIT_HAS_X86_PATHS 1
#endif

/// The reference every faster path agrees with (up to FMA rounding): out += x·w, or, with
/// `transposed`, out += xᵀ·w.
void overfit_sparse_portable(const float *x, long rows, long k, const float *w, long n, float *out, int transposed);

#ifdef OVERFIT_HAS_X86_PATHS
void overfit_left_avx2(const float *x, long rows, long k, const float *w, long n, float *out);
void overfit_transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw);
void overfit_left_avx512(const float *x, long rows, long k, const float *w, long n, float *out);
void overfit_transposed_avx512(const float *x, long rows, long k, const float *dy, long n, float *dw);
#endif

#endif
