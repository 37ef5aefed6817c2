#include "softmax_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

// Why C: the evaluation's softmax takes ten exponentials per test image, 100,000 per epoch, on the
// thread that gathers the epoch's figures; Swift's scalar exp took 6% of the baseline run on an
// Intel host, and Swift's SIMD types made it slower (their lane selects compile to loops through
// memory). Here the exponential is branch-free, so the compiler vectorises the loop at the path's
// width; it does only +, −, × and bit moves, each rounding once (-ffp-contract=off: no fused
// multiply-adds), in PortableMath.exp's order, so each lane has the scalar function's bits
// (SoftmaxExponentialTests checks every exponent and the edges of each case, on every path).

// 2^k for k in -126...127.
static inline float power_of_two(int32_t k) {
    uint32_t bits = (uint32_t)(k + 127) << 23;
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

// PortableMath.exp(Float): x = n·ln2 + r (ln2 in two parts), e^r from Cephes' polynomial, then
// scaled by 2^n in one or two exact-then-rounding steps. The early returns (NaN, overflow,
// underflow) become selects at the end; those lanes compute on 0 meanwhile.
static inline float portable_exp(float x) {
    int not_a_number = x != x, overflows = x > 88.72283935546875f, underflows = x < -103.972084f;
    float v = not_a_number | overflows | underflows ? 0.0f : x;
    const float shifter = 0x1.8p23f;
    float shifted = v * 1.44269504088896341f + shifter;
    float n = shifted - shifter;
    float r = v - n * 0.693359375f;
    r = r - n * -2.12194440e-4f;
    float z = r * r;
    float p = 1.9875691500e-4f * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    float y = p * z + r + 1.0f;
    // n as an integer: shifted is 1.5·2^23 + n exactly, its significand counting units.
    int32_t k = (int32_t)(overfit_float_bits(shifted) - overfit_float_bits(shifter));
    int32_t first = k > 127 ? 127 : k < -126 ? k + 100 : k;
    int32_t second = k > 127 ? k - 127 : k < -126 ? -100 : 0;
    float result = y * power_of_two(first) * power_of_two(second);
    result = overflows ? INFINITY : result;
    result = underflows ? 0.0f : result;
    return not_a_number ? x : result;
}

#define EXPONENTIALS_LOOP                                                                                              \
    for (long r = 0; r < rows; r++) {                                                                                  \
        for (long j = 0; j < classes; j++) out[r * classes + j] = logits[r * classes + j] - largest[r];               \
    }                                                                                                                  \
    for (long i = 0; i < rows * classes; i++) out[i] = portable_exp(out[i]);

static void exponentials_portable(const float *restrict logits, long rows, long classes,
                                  const float *restrict largest, float *restrict out) {
    EXPONENTIALS_LOOP
}

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("avx2")))
static void exponentials_avx2(const float *restrict logits, long rows, long classes, const float *restrict largest,
                              float *restrict out) {
    EXPONENTIALS_LOOP
}

__attribute__((target("avx512f")))
static void exponentials_avx512(const float *restrict logits, long rows, long classes, const float *restrict largest,
                                float *restrict out) {
    EXPONENTIALS_LOOP
}
#endif

void overfit_softmax_exponentials(int path, const float *logits, long rows, long classes, const float *largest,
                                  float *out) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: exponentials_avx512(logits, rows, classes, largest, out); return;
    case OVERFIT_PATH_AVX2: exponentials_avx2(logits, rows, classes, largest, out); return;
    }
#endif
    exponentials_portable(logits, rows, classes, largest, out);
}
