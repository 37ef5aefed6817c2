#include "kernel_paths.h"
#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
// The AVX-512 path falls back on the AVX2 one when it cannot allocate, takes the AVX2 kernels for a
// training batch's sparse products (sparse_avx512.c says why), and uses BMI's tzcnt.
static int has_avx512(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2") &&
           __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi");
}

static int has_avx2(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

int overfit_has_fma_instructions(void) {
    static int answer = -1;
    if (answer < 0) {
        __builtin_cpu_init();
        answer = __builtin_cpu_supports("fma");
    }
    return answer;
}
#endif

int overfit_path_supported(int path) {
    switch (path) {
    case OVERFIT_PATH_PORTABLE:
    case OVERFIT_PATH_PORTABLE_LIBM:
        return 1;
#ifdef OVERFIT_HAS_X86_PATHS
    case OVERFIT_PATH_AVX2: {
        static int answer = -1;
        if (answer < 0) answer = has_avx2();
        return answer;
    }
    case OVERFIT_PATH_AVX512: {
        static int answer = -1;
        if (answer < 0) answer = has_avx512();
        return answer;
    }
#endif
    default:
        return 0;
    }
}

int overfit_path_fastest(void) {
    if (overfit_path_supported(OVERFIT_PATH_AVX512)) return OVERFIT_PATH_AVX512;
    if (overfit_path_supported(OVERFIT_PATH_AVX2)) return OVERFIT_PATH_AVX2;
    return OVERFIT_PATH_PORTABLE;
}

static _Thread_local int override_path = -1;
static _Thread_local int override_threads = 0;

void overfit_thread_override_set(int path, int threads) {
    override_path = path;
    override_threads = threads;
}

int overfit_thread_override_path(void) { return override_path; }

int overfit_thread_override_threads(void) { return override_threads; }
