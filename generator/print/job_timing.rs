//! `FARO_TIMINGS=1`: each print job's own CPU time, printed on stderr, to
//! weigh the jobs against each other (benches/RESULTS.md). A loaded machine
//! stretches wall times; the CPU time of the thread that ran the job does
//! not. It counts only that job with `RAYON_NUM_THREADS=1`: with more
//! threads, a thread waiting inside a job may run part of another.

use std::time::Instant;

use super::job::{Job, JobContext, JobResult};

/// Whether to time the jobs, and since when.
pub(super) struct JobTimings {
    enabled: bool,
    start: Instant,
}

impl JobTimings {
    /// Timings on when `FARO_TIMINGS` is set, counted from now.
    pub(super) fn from_env() -> JobTimings {
        JobTimings {
            enabled: std::env::var_os("FARO_TIMINGS").is_some(),
            start: Instant::now(),
        }
    }

    /// Runs `job` (number `index` in the planned order), printing its
    /// thread's CPU time and when it ran, when on.
    pub(super) fn run(&self, ctx: &JobContext, job: &Job, index: usize) -> JobResult {
        if !self.enabled {
            return ctx.run(job);
        }
        let (cpu_before, from) = (thread_cpu_seconds(), self.start.elapsed());
        let result = ctx.run(job);
        let (cpu_after, to) = (thread_cpu_seconds(), self.start.elapsed());
        let cpu = match (cpu_before, cpu_after) {
            (Some(a), Some(b)) => format!("{:.4}", b - a),
            _ => "?".to_string(),
        };
        eprintln!(
            "print job {index} {}/{}: CPU {cpu} s, wall {:.3}-{:.3} s, thread {}{}",
            job.locale,
            job.name(),
            from.as_secs_f64(),
            to.as_secs_f64(),
            rayon::current_thread_index().unwrap_or(0),
            if result.cached { ", cached" } else { "" },
        );
        result
    }
}

/// Time this thread has spent on a CPU, from /proc/thread-self/schedstat
/// (Linux; nanoseconds, first field).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}
