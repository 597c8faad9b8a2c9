//! Saving on a background thread, so typing never waits on the disk.
//!
//! The UI hands over encoded snapshots; only the newest matters, so a
//! snapshot that has not been written yet is simply replaced by a newer one.
//! Failed writes keep the snapshot in memory and are retried until one
//! succeeds or a newer snapshot arrives.

use std::fs::DirBuilder;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use super::atomic::write_atomic;
use super::error::describe_io;

/// How long a failed save waits before it is tried again.
pub const RETRY_DELAY: Duration = Duration::from_secs(2);

/// What happened to the latest save attempt, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        at: SystemTime,
    },
    /// A sentence naming the problem and the fix; the snapshot is kept and
    /// retried.
    Failed {
        error: String,
    },
}

/// A background writer for one file.
pub struct Autosaver {
    shared: Arc<Shared>,
    outcomes: Receiver<SaveOutcome>,
    worker: Option<JoinHandle<()>>,
    path: PathBuf,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// The newest snapshot not yet on disk.
    pending: Option<Vec<u8>>,
    /// Sequence number of `pending` (snapshots are numbered from 1).
    pending_seq: u64,
    submitted_seq: u64,
    written_seq: u64,
    /// After a failure: which snapshot to retry, and when.
    retry: Option<(u64, Instant)>,
    /// Set by `flush`: retry now rather than at the scheduled time.
    hurry: bool,
    last_error: Option<String>,
    shutting_down: bool,
}

impl Autosaver {
    /// Starts a writer for `path` (a resume file; its folder should exist —
    /// it is recreated if it vanished).
    pub fn spawn(path: PathBuf) -> Autosaver {
        Self::spawn_with_retry(path, RETRY_DELAY)
    }

    /// Like [`Autosaver::spawn`] with a chosen delay between retries.
    pub fn spawn_with_retry(path: PathBuf, retry_delay: Duration) -> Autosaver {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
        });
        let (sender, outcomes) = mpsc::channel();
        let worker = {
            let (shared, path) = (Arc::clone(&shared), path.clone());
            std::thread::Builder::new()
                .name("resumd-autosave".into())
                .spawn(move || run(&shared, &path, retry_delay, &sender))
                .expect("the operating system refused to start the autosave thread")
        };
        Autosaver {
            shared,
            outcomes,
            worker: Some(worker),
            path,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Queues a snapshot to be written, replacing any that is still waiting,
    /// and returns its sequence number. Never touches the disk.
    pub fn submit(&self, bytes: Vec<u8>) -> u64 {
        let mut state = self.shared.lock();
        state.submitted_seq += 1;
        state.pending_seq = state.submitted_seq;
        state.pending = Some(bytes);
        self.shared.changed.notify_all();
        state.submitted_seq
    }

    /// The sequence number of the newest snapshot on disk (0: none yet), so
    /// the UI can tell whether its latest text is there.
    pub fn written(&self) -> u64 {
        self.shared.lock().written_seq
    }

    /// The newest outcome since the last poll (older ones are dropped: only
    /// the current state matters to the user). Never blocks.
    pub fn poll(&self) -> Option<SaveOutcome> {
        self.outcomes.try_iter().last()
    }

    /// Blocks until everything submitted so far is on disk, or `timeout`
    /// passes; used on quit and on signals. A failed save is retried at once.
    pub fn flush(&self, timeout: Duration) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        let mut state = self.shared.lock();
        let target = state.submitted_seq;
        state.hurry = true;
        self.shared.changed.notify_all();
        while state.written_seq < target {
            let now = Instant::now();
            if now >= deadline {
                return Err(match &state.last_error {
                    Some(error) => error.clone(),
                    None => format!(
                        "{} is still being written after {} s — the disk may be slow or a \
                         network folder unreachable",
                        self.path.display(),
                        timeout.as_secs_f32()
                    ),
                });
            }
            state = self.shared.wait(state, deadline - now);
        }
        Ok(())
    }
}

impl Drop for Autosaver {
    /// Makes one last attempt at a waiting snapshot, then stops the thread.
    /// Call [`Autosaver::flush`] first to learn whether it succeeded.
    fn drop(&mut self) {
        self.shared.lock().shutting_down = true;
        self.shared.changed.notify_all();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave State half-updated in a
        // way that loses text, so carry on with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State>, limit: Duration) -> MutexGuard<'a, State> {
        match self.changed.wait_timeout(guard, limit) {
            Ok((guard, _)) => guard,
            Err(e) => e.into_inner().0,
        }
    }
}

fn run(shared: &Shared, path: &Path, retry_delay: Duration, outcomes: &Sender<SaveOutcome>) {
    loop {
        let Some((seq, bytes)) = next_snapshot(shared) else {
            return;
        };
        let result = write_creating_folder(path, &bytes);
        let mut state = shared.lock();
        let outcome = match result {
            Ok(()) => {
                state.written_seq = state.written_seq.max(seq);
                state.last_error = None;
                state.retry = None;
                SaveOutcome::Saved {
                    at: SystemTime::now(),
                }
            }
            Err(e) => {
                let error = failure_message(path, &e, retry_delay);
                if state.pending.is_none() {
                    state.pending = Some(bytes);
                    state.pending_seq = seq;
                }
                state.retry = Some((seq, Instant::now() + retry_delay));
                state.last_error = Some(error.clone());
                SaveOutcome::Failed { error }
            }
        };
        let stop = state.shutting_down;
        // Sent before anyone waiting in `flush` is woken, so the outcome of
        // a flushed save can always be polled right after the flush. (An
        // unbounded channel never blocks; the receiver is gone only while
        // the Autosaver is being dropped.)
        let _ = outcomes.send(outcome);
        shared.changed.notify_all();
        drop(state);
        if stop {
            return;
        }
    }
}

/// Waits for a snapshot that is due and takes it; `None` means shut down.
fn next_snapshot(shared: &Shared) -> Option<(u64, Vec<u8>)> {
    let mut state = shared.lock();
    loop {
        if state.pending.is_some() {
            let wait = match state.retry {
                // A newer snapshot, a flush or shutdown goes at once; a
                // failed one waits for its retry time.
                Some((seq, at)) if seq == state.pending_seq && !state.hurry => {
                    at.checked_duration_since(Instant::now())
                }
                _ => None,
            };
            match wait {
                Some(wait) if !state.shutting_down => state = shared.wait(state, wait),
                _ => {
                    state.hurry = false;
                    let bytes = state.pending.take()?;
                    return Some((state.pending_seq, bytes));
                }
            }
        } else if state.shutting_down {
            return None;
        } else {
            state = shared.wait(state, Duration::from_secs(3600));
        }
    }
}

/// Writes `bytes`; if the folder has vanished (deleted while editing), it
/// is recreated once rather than losing the save.
fn write_creating_folder(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match write_atomic(path, bytes) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dir = path.parent().unwrap_or(Path::new("."));
            DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
            write_atomic(path, bytes)
        }
        other => other,
    }
}

fn failure_message(path: &Path, err: &io::Error, retry_delay: Duration) -> String {
    let retry = format!("resumd retries every {} s", retry_delay.as_secs_f32());
    let folder = path.parent().unwrap_or(Path::new(".")).display();
    let fix = match err.raw_os_error() {
        Some(libc::ENOSPC) | Some(libc::EDQUOT) => format!("free some space; {retry}"),
        Some(libc::EACCES) | Some(libc::EPERM) | Some(libc::EROFS) => {
            format!("make {folder} writable; {retry}")
        }
        _ => retry,
    };
    format!(
        "cannot save {}: {} — your text is kept in memory; {fix}",
        path.display(),
        describe_io(err)
    )
}

#[cfg(test)]
#[path = "autosave_tests.rs"]
mod tests;
