#define _GNU_SOURCE
#include "interrupt.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

// A signal handler may only touch a volatile sig_atomic_t; Swift cannot promise that,
// so the flags and their handlers live here.
static volatile sig_atomic_t pending = 0;

// The self-pipe: a handler writes a byte, so a reader waiting in poll on standard input and this
// pipe wakes whenever a signal came, even one that arrived just before the wait began (a flag
// alone would be checked, then missed until the next line of input).
static int wake_pipe[2] = {-1, -1};

static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0) {
        ssize_t written = write(wake_pipe[1], "!", 1);  // async-signal-safe; a full pipe already wakes
        (void)written;
    }
    errno = saved;
}

static void open_wake_pipe(void) {
    if (wake_pipe[0] >= 0) return;
    if (pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) wake_pipe[0] = wake_pipe[1] = -1;
}

int overfit_wake_descriptor(void) { return wake_pipe[0]; }

static void on_sigint(int signo) {
    (void)signo;
    pending = 1;
    wake();
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

// A parent that blocked a signal (a test runner's worker thread, some process supervisors)
// would otherwise make it silently do nothing here.
static void unblock(int signo) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

void overfit_interrupt_install(void) {
    unblock(SIGINT);
    install(SIGINT, on_sigint, SA_RESTART);
}

void overfit_interrupt_uninstall(void) {
    signal(SIGINT, SIG_DFL);
}

int overfit_interrupt_pending(void) { return pending ? 1 : 0; }

void overfit_interrupt_clear(void) { pending = 0; }

// SIGTERM, SIGHUP (a closed window) and SIGQUIT (Ctrl-\): stop like Ctrl-C stops a run, then
// leave the loop, so the session is saved whole. No SA_RESTART: a blocked read or poll returns
// at once. The first such signal is kept, for the exit status.
static volatile sig_atomic_t stopping = 0;

static void on_stop(int signo) {
    if (!stopping) stopping = signo;
    pending = 1;
    wake();
}

void overfit_hangup_install(void) {
    open_wake_pipe();
    int signals[] = {SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        // `nohup overfit < script` asked for SIGHUP to be ignored: it stays so.
        struct sigaction old;
        if (signals[i] == SIGHUP && sigaction(SIGHUP, NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        unblock(signals[i]);
        install(signals[i], on_stop, 0);
    }
}

void overfit_stop_on_interrupt_install(void) {
    open_wake_pipe();
    unblock(SIGINT);
    install(SIGINT, on_stop, 0);
}

int overfit_hangup_pending(void) { return stopping ? 1 : 0; }

int overfit_stop_signal(void) { return stopping; }

// Without handlers of ours, SIGQUIT ends the process as SIGTERM does: the Swift runtime would
// otherwise print a crash backtrace and offer a debugger for what is only Ctrl-\.
static void on_quit_as_terminate(int signo) {
    (void)signo;
    signal(SIGTERM, SIG_DFL);
    unblock(SIGTERM);
    raise(SIGTERM);
}

// Both are unblocked: a parent that blocked them (a test runner's thread) would leave
// `overfit run` deaf to them.
void overfit_quit_as_terminate_install(void) {
    install(SIGQUIT, on_quit_as_terminate, 0);
    unblock(SIGQUIT);
    unblock(SIGTERM);
}
