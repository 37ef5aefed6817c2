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

// Installs `handler` for `signo` with `flags` and an empty mask.
static void install(int signo, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    sigaction(signo, &action, NULL);
}

void overfit_interrupt_install(void) { install(SIGINT, on_sigint, SA_RESTART); }

void overfit_interrupt_uninstall(void) {
    signal(SIGINT, SIG_DFL);
}

int overfit_interrupt_pending(void) { return pending ? 1 : 0; }

void overfit_interrupt_clear(void) { pending = 0; }

// SIGTERM and SIGHUP (a closed window): stop like Ctrl-C stops a run, then leave the loop, so
// the session is saved whole. No SA_RESTART: a blocked read or poll returns at once.
static volatile sig_atomic_t hangup = 0;

static void on_hangup(int signo) {
    (void)signo;
    hangup = 1;
    pending = 1;
}

void overfit_hangup_install(void) {
    install(SIGTERM, on_hangup, 0);
    install(SIGHUP, on_hangup, 0);
}

int overfit_hangup_pending(void) { return hangup ? 1 : 0; }
