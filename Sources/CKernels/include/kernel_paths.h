#ifndef OVERFIT_KERNEL_PATHS_H
#define OVERFIT_KERNEL_PATHS_H

/// The implementations of every product the engine computes. They differ in speed only: each
/// output element is one chain of fused multiply-adds over its terms in increasing index order,
/// vectorised across independent outputs and never split along the sum, so every path gives the
/// same bits on every processor.
enum {
    /// Plain C loops calling fmaf: runs everywhere.
    OVERFIT_PATH_PORTABLE = 0,
    /// x86-64 with AVX2 and FMA.
    OVERFIT_PATH_AVX2 = 1,
    /// x86-64 with AVX-512F (and AVX2, FMA, BMI).
    OVERFIT_PATH_AVX512 = 2,
    /// For tests only: the portable C compiled without FMA instructions, so each fmaf is a call
    /// into the C library. The portable path uses it on processors without FMA.
    OVERFIT_PATH_PORTABLE_LIBM = 3,
};

/// 1 if this build and this processor run `path`, else 0.
int overfit_path_supported(int path);

/// The fastest path this processor runs.
int overfit_path_fastest(void);

/// Settings for products started on the calling thread, overriding the process's (tests use
/// them to run one computation under several paths while others run). -1 (path) or 0 (threads)
/// means no override. Threads the engine starts copy them from the thread that starts them.
void overfit_thread_override_set(int path, int threads);
int overfit_thread_override_path(void);
int overfit_thread_override_threads(void);

#endif
