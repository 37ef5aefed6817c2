#include "terminal_quiet.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// The saved mode is read by signal handlers, so it lives here, with a flag they may test.
static struct termios saved;
static volatile sig_atomic_t quiet = 0;
static int hooks_installed = 0;

void overfit_terminal_restore(void) {
    if (!quiet) return;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);  // async-signal-safe
    quiet = 0;
}

static void restore_and_end(int signo) {
    overfit_terminal_restore();
    signal(signo, SIG_DFL);
    raise(signo);
}

static void install_hooks(void) {
    if (hooks_installed) return;
    hooks_installed = 1;
    atexit(overfit_terminal_restore);
    int signals[] = {SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction current;
        // Leave a signal alone if someone chose to ignore it (e.g. nohup's SIGHUP) or handles
        // it: the tutor's own SIGTERM/SIGHUP handler stops the run and saves the session, and
        // the terminal mode is restored when the run ends (and at exit).
        if (sigaction(signals[i], NULL, &current) == 0 && current.sa_handler != SIG_DFL) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = restore_and_end;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}

int overfit_terminal_quiet(void) {
    if (quiet) return 0;
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) != 0) return -1;
    install_hooks();
    saved = mode;
    mode.c_lflag &= ~(tcflag_t)(ECHO | ECHOCTL);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &mode) != 0) return -1;
    quiet = 1;
    return 0;
}
