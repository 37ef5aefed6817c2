#include "interrupt.h"
#include <signal.h>
#include <string.h>

// A signal handler may only touch a volatile sig_atomic_t; Swift cannot promise that,
// so the flag and its handler live here.
static volatile sig_atomic_t pending = 0;

static void on_sigint(int signo) {
    (void)signo;
    pending = 1;
}

void overfit_interrupt_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}

void overfit_interrupt_uninstall(void) {
    signal(SIGINT, SIG_DFL);
}

int overfit_interrupt_pending(void) { return pending ? 1 : 0; }

void overfit_interrupt_clear(void) { pending = 0; }
