// What evaluation's sparse first layer could reach on this processor, at most: a bare loop doing
// the loads and FMAs a nonzero pixel costs (its row of w, 100 floats, times its value, into 100
// accumulators) and nothing else. w's rows come from L1, the value from a table indexed by the
// loop's counter, and the accumulators never leave their registers: the three costs the real kernel
// adds (the value's code, w's rows not all in L1, the accumulators' loads and stores at each
// 64-pixel slice). The sums are not the product's; only the time matters.
//
// Prints, for each vector width this processor runs, one thread's FMA peak (the loop `overfit bench`
// times, linked from the engine) and the bare loop's rate counting 200 useful flops a nonzero, as
// `overfit bench` counts the layer. `bench/first-layer-ceiling` builds it with clang, as the engine
// is built (gcc's build of the 256-bit loop ran at half clang's speed on an AMD EPYC: it stored the
// accumulators every step), and runs it.
//
// x86-64 only; one thread; best of 7 timings each.

#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "fma_peak.h"
#include "kernel_paths.h"

enum { OUTPUTS = 100, STRIDE = 112, ROWS = 64, NONZEROS = 20000000, TIMINGS = 7, PEAK_ROUNDS = 50000000 };

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static volatile float sink;

// A nonzero as the AVX-512 path takes it: 6 × 16 floats and a 4-float tail.
__attribute__((target("avx512f,fma"), noinline)) static void bare_512(const float *w, const float *values, long n) {
    __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
    __m128 tail = _mm_setzero_ps();
    for (long i = 0; i < n; i++) {
        const float *q = w + (i % ROWS) * STRIDE;
        __m512 s = _mm512_set1_ps(values[i & 255]);
        __asm__("" : "+v"(s)); // one broadcast serves the tail too, as in the kernel
        a0 = _mm512_fmadd_ps(s, _mm512_load_ps(q), a0);
        a1 = _mm512_fmadd_ps(s, _mm512_load_ps(q + 16), a1);
        a2 = _mm512_fmadd_ps(s, _mm512_load_ps(q + 32), a2);
        a3 = _mm512_fmadd_ps(s, _mm512_load_ps(q + 48), a3);
        a4 = _mm512_fmadd_ps(s, _mm512_load_ps(q + 64), a4);
        a5 = _mm512_fmadd_ps(s, _mm512_load_ps(q + 80), a5);
        tail = _mm_fmadd_ps(_mm512_castps512_ps128(s), _mm_load_ps(q + 96), tail);
    }
    __m512 t = _mm512_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)), _mm512_add_ps(a4, a5));
    sink = _mm512_reduce_add_ps(t) + _mm_cvtss_f32(tail);
}

// A nonzero as the AVX2 path takes it: 13 × 8 floats, the last vector's 4 lanes past 100 wasted
// (the kernel loads and stores 4 outputs there but runs the FMA on 8 lanes; w's rows are 112 wide).
__attribute__((target("avx2,fma"), noinline)) static void bare_256(const float *w, const float *values, long n) {
    __m256 a[13];
    for (int v = 0; v < 13; v++) a[v] = _mm256_setzero_ps();
    for (long i = 0; i < n; i++) {
        const float *q = w + (i % ROWS) * STRIDE;
        __m256 s = _mm256_broadcast_ss(values + (i & 255));
        for (int v = 0; v < 13; v++) a[v] = _mm256_fmadd_ps(s, _mm256_load_ps(q + 8 * v), a[v]);
    }
    __m256 t = a[0];
    for (int v = 1; v < 13; v++) t = _mm256_add_ps(t, a[v]);
    float lanes[8];
    _mm256_storeu_ps(lanes, t);
    sink = lanes[0];
}

// The best of TIMINGS timings of the engine's FMA peak loop on `path`, in GFLOP/s.
static double peak_rate(int path) {
    double best = 0;
    for (int t = 0; t < TIMINGS; t++) {
        double start = seconds();
        double flops = overfit_fma_peak_rounds(path, PEAK_ROUNDS);
        double rate = flops / (seconds() - start) / 1e9;
        if (rate > best) best = rate;
    }
    return best;
}

// The best of TIMINGS timings of `bare` over NONZEROS nonzeros, in GFLOP/s of useful flops.
static double bare_rate(void (*bare)(const float *, const float *, long), const float *w, const float *values) {
    double best = 0;
    for (int t = 0; t < TIMINGS; t++) {
        double start = seconds();
        bare(w, values, NONZEROS);
        double rate = 2.0 * OUTPUTS * NONZEROS / (seconds() - start) / 1e9;
        if (rate > best) best = rate;
    }
    return best;
}

static void report(const char *name, int path, void (*bare)(const float *, const float *, long), const float *w,
                   const float *values) {
    double peak = peak_rate(path), reach = bare_rate(bare, w, values);
    printf("%s: FMA peak %.1f GFLOP/s on one thread; the first layer's bare loop %.1f GFLOP/s, %.0f%% of it\n", name,
           peak, reach, 100 * reach / peak);
}

int main(void) {
    float *w = aligned_alloc(64, sizeof(float) * ROWS * STRIDE);
    float values[256];
    if (!w) return 1;
    for (int i = 0; i < ROWS * STRIDE; i++) w[i] = 1e-3f * (float)(i % 7);
    for (int i = 0; i < 256; i++) values[i] = (float)i / 255.0f;
    if (overfit_path_supported(OVERFIT_PATH_AVX512)) report("avx512", OVERFIT_PATH_AVX512, bare_512, w, values);
    if (overfit_path_supported(OVERFIT_PATH_AVX2)) report("avx2", OVERFIT_PATH_AVX2, bare_256, w, values);
    free(w);
    return 0;
}
