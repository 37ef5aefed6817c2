#include "image_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

#include <string.h>

// Why C: Swift's loops here are built for baseline x86-64. Its eight-float copies became two
// 16-byte stores each and its eight-channel max-pool spilled its masks to the stack: the unfold
// was a fifth and the pooling a sixth of the CNN workload's time. Here the compiler vectorises
// both at the path's width; neither does arithmetic, so the width cannot change a bit.

// Eight floats, unaligned, as one copy the compiler makes at the path's width.
#define COPY_EIGHT(to, from)                                                                                           \
    do {                                                                                                               \
        float eight_[8];                                                                                               \
        memcpy(eight_, (from), sizeof eight_);                                                                         \
        memcpy((to), eight_, sizeof eight_);                                                                           \
    } while (0)

#define UNFOLD_LOOP                                                                                                    \
    long row_floats = width * channels, span = kernel * channels;                                                      \
    long out_height = height - kernel + 1, out_width = width - kernel + 1;                                             \
    float *to = patches;                                                                                               \
    for (long image = 0; image < images; image++) {                                                                    \
        const float *source = input + image * height * row_floats;                                                    \
        for (long oy = 0; oy < out_height; oy++) {                                                                     \
            for (long ox = 0; ox < out_width; ox++) {                                                                  \
                const float *corner = source + oy * row_floats + ox * channels;                                       \
                for (long ky = 0; ky < kernel; ky++) {                                                                 \
                    const float *from = corner + ky * row_floats;                                                      \
                    float *into = to + ky * span;                                                                      \
                    long i = 0;                                                                                        \
                    do {                                                                                               \
                        COPY_EIGHT(into + i, from + i);                                                                \
                        i += 8;                                                                                        \
                    } while (i < span);                                                                                \
                }                                                                                                      \
                to += kernel * span;                                                                                   \
            }                                                                                                          \
        }                                                                                                              \
    }

static void unfold_portable(const float *input, long images, long height, long width, long channels, long kernel,
                            float *patches) {
    UNFOLD_LOOP
}

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("avx2"))) static void unfold_avx2(const float *input, long images, long height, long width,
                                                        long channels, long kernel, float *patches) {
    UNFOLD_LOOP
}
#endif

void overfit_unfold(int path, const float *input, long images, long height, long width, long channels, long kernel,
                    float *patches) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    // Eight-float copies: the AVX-512 path's widest useful copy is AVX2's.
    if (path == OVERFIT_PATH_AVX512 || path == OVERFIT_PATH_AVX2) {
        unfold_avx2(input, images, height, width, channels, kernel, patches);
        return;
    }
#endif
    unfold_portable(input, images, height, width, channels, kernel, patches);
}

// One corner against the current maximum: the larger wins, and a NaN wins over a number.
#define CHALLENGE(offset)                                                                                              \
    do {                                                                                                               \
        float v_ = image[(offset) + ch];                                                                               \
        int wins_ = v_ > best || (v_ != v_ && best == best);                                                           \
        best = wins_ ? v_ : best;                                                                                      \
        winner = wins_ ? (int32_t)((offset) + ch) : winner;                                                            \
    } while (0)

// One window's channels; WINNERS stores where each maximum came from.
#define POOL_WINDOW(WINNERS)                                                                                           \
    for (long ch = 0; ch < channels; ch++) {                                                                           \
        float best = image[first + ch];                                                                                \
        int32_t winner = (int32_t)(first + ch);                                                                        \
        CHALLENGE(first + channels);                                                                                   \
        CHALLENGE(first + row_floats);                                                                                 \
        CHALLENGE(first + row_floats + channels);                                                                      \
        y[out + ch] = best;                                                                                            \
        WINNERS;                                                                                                       \
    }

#define POOL_LOOP                                                                                                      \
    long row_floats = width * channels, out_height = height / 2, out_width = width / 2, out = 0;                       \
    for (long n = 0; n < images; n++) {                                                                                \
        const float *image = x + n * height * row_floats;                                                              \
        for (long oy = 0; oy < out_height; oy++) {                                                                     \
            for (long ox = 0; ox < out_width; ox++) {                                                                  \
                long first = 2 * oy * row_floats + 2 * ox * channels;                                                  \
                if (winners) {                                                                                         \
                    POOL_WINDOW(winners[out + ch] = winner)                                                            \
                } else {                                                                                               \
                    POOL_WINDOW((void)winner)                                                                          \
                }                                                                                                      \
                out += channels;                                                                                       \
            }                                                                                                          \
        }                                                                                                              \
    }

static void pool_portable(const float *restrict x, long images, long height, long width, long channels,
                          float *restrict y, int32_t *restrict winners) {
    POOL_LOOP
}

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("avx2"))) static void pool_avx2(const float *restrict x, long images, long height, long width,
                                                      long channels, float *restrict y, int32_t *restrict winners) {
    POOL_LOOP
}

__attribute__((target("avx512f"))) static void pool_avx512(const float *restrict x, long images, long height,
                                                           long width, long channels, float *restrict y,
                                                           int32_t *restrict winners) {
    POOL_LOOP
}
#endif

void overfit_max_pool(int path, const float *x, long images, long height, long width, long channels, float *y,
                      int32_t *winners) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: pool_avx512(x, images, height, width, channels, y, winners); return;
    case OVERFIT_PATH_AVX2: pool_avx2(x, images, height, width, channels, y, winners); return;
    }
#endif
    pool_portable(x, images, height, width, channels, y, winners);
}
