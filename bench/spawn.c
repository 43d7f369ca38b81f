/*
 * bench_spawn: run one command and report its wall time, CPU time and peak
 * resident memory as JSON.
 *
 *   bench_spawn [--stdout FILE] [--timeout S] -- COMMAND [ARG]...
 *
 * Why not measure from Python: on Linux a process's peak RSS survives
 * execve(), so a child spawned by the harness starts with the harness's
 * own peak (about 30 MB for Python) and every small tool would look that
 * big.  This program is small; it forks, and the child inherits only this
 * program's footprint before it execs the command, as /usr/bin/time does.
 *
 * The command's standard input is /dev/null; its standard output goes to
 * FILE (default /dev/null); its standard error is inherited.  Prints
 *   {"wall":S,"status":N,"signal":N,"timed_out":0|1,"peak_rss_kb":N,
 *    "user":S,"sys":S}
 * and exits 0 whatever the command did (its status is in the JSON); exit
 * status 1 if it could not be run, 2 on a usage error.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The child's pid for the timeout handler; 0 when there is none. */
static volatile sig_atomic_t child_pid;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig) {
  (void)sig;
  if (child_pid > 0) {
    timed_out = 1;
    kill((pid_t)child_pid, SIGKILL);
  }
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double tv_seconds(struct timeval tv) {
  return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6;
}

static int usage(void) {
  fputs("usage: bench_spawn [--stdout FILE] [--timeout S] -- COMMAND [ARG]...\n", stderr);
  return 2;
}

int main(int argc, char **argv) {
  const char *out = "/dev/null";
  double timeout = 0;
  int i = 1;
  for (; i < argc; i++) {
    if (!strcmp(argv[i], "--")) { i++; break; }
    if (!strcmp(argv[i], "--stdout") && i + 1 < argc) {
      out = argv[++i];
    } else if (!strcmp(argv[i], "--timeout") && i + 1 < argc) {
      char *end;
      errno = 0;
      timeout = strtod(argv[++i], &end);
      if (errno || *end || !(timeout >= 0 && timeout < 1e6)) return usage();
    } else {
      return usage();
    }
  }
  if (i >= argc) return usage();

  /* Open the redirections before forking, so that a bad path is reported
   * here rather than as a failure of the command. */
  int in_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  int out_fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (in_fd < 0 || out_fd < 0) {
    fprintf(stderr, "bench_spawn: %s: %s\n", in_fd < 0 ? "/dev/null" : out, strerror(errno));
    return 1;
  }
  /* A pipe with close-on-exec tells the parent whether execvp worked. */
  int errpipe[2];
  if (pipe(errpipe) != 0 || fcntl(errpipe[1], F_SETFD, FD_CLOEXEC) != 0) {
    fprintf(stderr, "bench_spawn: pipe: %s\n", strerror(errno));
    return 1;
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGALRM, &sa, NULL) != 0) {
    fprintf(stderr, "bench_spawn: sigaction: %s\n", strerror(errno));
    return 1;
  }

  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "bench_spawn: fork: %s\n", strerror(errno));
    return 1;
  }
  if (pid == 0) {
    close(errpipe[0]);
    if (dup2(in_fd, 0) < 0 || dup2(out_fd, 1) < 0) _exit(127);
    execvp(argv[i], argv + i);
    int e = errno;
    ssize_t w = write(errpipe[1], &e, sizeof e);
    (void)w; /* nothing more can be done in the child */
    _exit(127);
  }
  child_pid = pid;
  close(errpipe[1]);
  close(in_fd);
  close(out_fd);
  if (timeout > 0) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = (time_t)timeout;
    it.it_value.tv_usec = (suseconds_t)((timeout - (double)(time_t)timeout) * 1e6);
    if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0) it.it_value.tv_usec = 1;
    if (setitimer(ITIMER_REAL, &it, NULL) != 0) {
      /* Without the timer a hung command would hang the benchmark. */
      fprintf(stderr, "bench_spawn: setitimer: %s\n", strerror(errno));
      kill(pid, SIGKILL);
      while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
      }
      return 1;
    }
  }
  int status = 0;
  pid_t w;
  while ((w = waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
  }
  double wall = now() - t0;
  child_pid = 0;
  struct itimerval off;
  memset(&off, 0, sizeof off);
  setitimer(ITIMER_REAL, &off, NULL);
  /* The only child this program ever waits for: the figures of all
   * waited-for children are its own (POSIX, unlike wait4). */
  struct rusage ru;
  if (w < 0 || getrusage(RUSAGE_CHILDREN, &ru) != 0) {
    fprintf(stderr, "bench_spawn: waitpid: %s\n", strerror(errno));
    return 1;
  }
  int exec_errno = 0;
  ssize_t got;
  while ((got = read(errpipe[0], &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR) {
  }
  close(errpipe[0]);
  if (got == (ssize_t)sizeof exec_errno) {
    fprintf(stderr, "bench_spawn: %s: %s\n", argv[i], strerror(exec_errno));
    return 1;
  }
  printf("{\"wall\":%.9g,\"status\":%d,\"signal\":%d,\"timed_out\":%d,\"peak_rss_kb\":%ld,"
         "\"user\":%.6f,\"sys\":%.6f}\n",
         wall, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
         WIFSIGNALED(status) ? WTERMSIG(status) : 0, timed_out ? 1 : 0, ru.ru_maxrss,
         tv_seconds(ru.ru_utime), tv_seconds(ru.ru_stime));
  return fflush(stdout) == 0 ? 0 : 1;
}
