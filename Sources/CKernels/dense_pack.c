#include "kernel_internal.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// B(p, j) = b[p·b_row + j·b_col] copied into k×n row-major, so that a vector load reads eight
// adjacent columns. For a transposed B (b_row = 1) the copy goes in 16×16 blocks, which read
// and write whole cache lines instead of one float per line.
float *overfit_packed_copy(long k, long n, const float *b, long b_row, long b_col) {
    float *packed = malloc(sizeof(float) * (size_t)(k * n));
    if (!packed) return NULL;
    enum { BLOCK = 16 };
    for (long p0 = 0; p0 < k; p0 += BLOCK) {
        long p1 = p0 + BLOCK < k ? p0 + BLOCK : k;
        for (long j0 = 0; j0 < n; j0 += BLOCK) {
            long j1 = j0 + BLOCK < n ? j0 + BLOCK : n;
            for (long j = j0; j < j1; j++) {
                for (long p = p0; p < p1; p++) packed[p * n + j] = b[p * b_row + j * b_col];
            }
        }
    }
    return packed;
}

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>

// to[i·panel + c] = from[c·b_col + i] for i, c < 8: an 8×8 block of a transposed B (its columns
// rows in memory) turned in registers, where a float at a time costs a load and a store each.
__attribute__((target("avx2")))
static void transpose_8x8(const float *from, long b_col, float *to, long panel) {
    __m256 r0 = _mm256_loadu_ps(from), r1 = _mm256_loadu_ps(from + b_col);
    __m256 r2 = _mm256_loadu_ps(from + 2 * b_col), r3 = _mm256_loadu_ps(from + 3 * b_col);
    __m256 r4 = _mm256_loadu_ps(from + 4 * b_col), r5 = _mm256_loadu_ps(from + 5 * b_col);
    __m256 r6 = _mm256_loadu_ps(from + 6 * b_col), r7 = _mm256_loadu_ps(from + 7 * b_col);
    __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1);
    __m256 t2 = _mm256_unpacklo_ps(r2, r3), t3 = _mm256_unpackhi_ps(r2, r3);
    __m256 t4 = _mm256_unpacklo_ps(r4, r5), t5 = _mm256_unpackhi_ps(r4, r5);
    __m256 t6 = _mm256_unpacklo_ps(r6, r7), t7 = _mm256_unpackhi_ps(r6, r7);
    __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44), u1 = _mm256_shuffle_ps(t0, t2, 0xEE);
    __m256 u2 = _mm256_shuffle_ps(t1, t3, 0x44), u3 = _mm256_shuffle_ps(t1, t3, 0xEE);
    __m256 u4 = _mm256_shuffle_ps(t4, t6, 0x44), u5 = _mm256_shuffle_ps(t4, t6, 0xEE);
    __m256 u6 = _mm256_shuffle_ps(t5, t7, 0x44), u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
    _mm256_storeu_ps(to, _mm256_permute2f128_ps(u0, u4, 0x20));
    _mm256_storeu_ps(to + panel, _mm256_permute2f128_ps(u1, u5, 0x20));
    _mm256_storeu_ps(to + 2 * panel, _mm256_permute2f128_ps(u2, u6, 0x20));
    _mm256_storeu_ps(to + 3 * panel, _mm256_permute2f128_ps(u3, u7, 0x20));
    _mm256_storeu_ps(to + 4 * panel, _mm256_permute2f128_ps(u0, u4, 0x31));
    _mm256_storeu_ps(to + 5 * panel, _mm256_permute2f128_ps(u1, u5, 0x31));
    _mm256_storeu_ps(to + 6 * panel, _mm256_permute2f128_ps(u2, u6, 0x31));
    _mm256_storeu_ps(to + 7 * panel, _mm256_permute2f128_ps(u3, u7, 0x31));
}
#endif

// Panel q of `packed` holds columns [q·panel, q·panel + panel) of B's kc×nc block as kc rows of
// `panel` floats, zero past column nc: the micro-kernels then read one aligned, contiguous
// stream per panel with no edge to test. A transposed B (b_row = 1) is read a column of B (a
// row in memory) at a time, so every cache line it touches is read whole.
void overfit_pack_panels(long kc, long nc, long panel, const float *b, long b_row, long b_col, float *packed) {
    for (long j0 = 0; j0 < nc; j0 += panel) {
        long width = nc - j0 < panel ? nc - j0 : panel;
        float *to = packed + j0 * kc;
        if (b_col == 1) {
            for (long p = 0; p < kc; p++) {
                const float *from = b + p * b_row + j0;
                for (long j = 0; j < width; j++) to[p * panel + j] = from[j];
                for (long j = width; j < panel; j++) to[p * panel + j] = 0.0f;
            }
        } else {
            long done = 0;
#ifdef OVERFIT_HAS_X86_PATHS
            // Only the AVX2 and AVX-512 paths pack, and both run where AVX2 does. A copy moves bits
            // unchanged, however it is made.
            if (b_row == 1 && panel % 8 == 0) {
                done = width / 8 * 8;
                for (long j = 0; j < done; j += 8) {
                    const float *from = b + (j0 + j) * b_col;
                    long p = 0;
                    for (; p + 8 <= kc; p += 8) transpose_8x8(from + p, b_col, to + p * panel + j, panel);
                    for (; p < kc; p++) {
                        for (long c = 0; c < 8; c++) to[p * panel + j + c] = from[c * b_col + p];
                    }
                }
            }
#endif
            for (long j = done; j < width; j++) {
                const float *from = b + (j0 + j) * b_col;
                for (long p = 0; p < kc; p++) to[p * panel + j] = from[p * b_row];
            }
            // A whole-row memset: the element loop cost a third of packing a 100-wide B in 16-wide panels.
            if (width < panel) {
                for (long p = 0; p < kc; p++) memset(to + p * panel + width, 0, sizeof(float) * (size_t)(panel - width));
            }
        }
    }
}

// Each thread keeps its scratch buffers for its next products (a training step makes thousands
// of small products, and allocating per product cost more than some of them), and frees them
// when it exits: the engine's worker threads come and go.
typedef struct {
    float *buffer[OVERFIT_SCRATCH_SLOTS];
    size_t capacity[OVERFIT_SCRATCH_SLOTS];
} Scratch;

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_free(void *pointer) {
    Scratch *scratch = pointer;
    for (int slot = 0; slot < OVERFIT_SCRATCH_SLOTS; slot++) free(scratch->buffer[slot]);
    free(scratch);
}

static void scratch_key_make(void) { (void)pthread_key_create(&scratch_key, scratch_free); }

float *overfit_scratch(int slot, size_t count) {
    if (pthread_once(&scratch_once, scratch_key_make) != 0) return NULL;
    Scratch *scratch = pthread_getspecific(scratch_key);
    if (!scratch) {
        scratch = calloc(1, sizeof(Scratch));
        if (!scratch) return NULL;
        if (pthread_setspecific(scratch_key, scratch) != 0) {
            free(scratch);
            return NULL;
        }
    }
    if (scratch->capacity[slot] < count) {
        // Whole 64-byte lines, so a panel row never shares a line with the next allocation.
        size_t bytes = (sizeof(float) * count + 63) / 64 * 64;
        float *grown = aligned_alloc(64, bytes);
        if (!grown) return NULL;
        free(scratch->buffer[slot]);
        scratch->buffer[slot] = grown;
        scratch->capacity[slot] = count;
    }
    return scratch->buffer[slot];
}
