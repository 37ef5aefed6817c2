#include <stdio.h>
#include "stdout_check.h"

int overfit_stdio_flush_failed(int descriptor) {
    FILE *stream = descriptor == 2 ? stderr : stdout;
    return fflush(stream) != 0 || ferror(stream) != 0;
}
