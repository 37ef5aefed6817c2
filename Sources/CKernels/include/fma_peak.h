#ifndef OVERFIT_FMA_PEAK_H
#define OVERFIT_FMA_PEAK_H

/// Runs `rounds` rounds of fused multiply-adds on registers only, with the widest vectors of
/// `path` (an OVERFIT_PATH_* value; one the processor cannot run is replaced by the portable
/// one), and returns how many floating-point operations it did (2 per lane per fma). Timing it
/// on one thread per core gives the processor's FMA peak, the ceiling `overfit bench` measures
/// the products against: nothing is loaded or stored inside the loop, and enough independent
/// chains run to hide the fma latency. Not a product: no result of it reaches a run.
double overfit_fma_peak_rounds(int path, long rounds);

#endif
