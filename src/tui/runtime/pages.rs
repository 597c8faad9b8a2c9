//! Counting typeset pages on a worker thread, so a keystroke never waits
//! for Typst. Only the newest request matters: older ones still queued
//! when the worker is free are skipped.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crate::export::{Paper, Typeset, typeset_pages};
use crate::resume::Resume;

struct Job {
    fingerprint: u64,
    resume: Resume,
}

/// Where requests go and counts (with the fingerprint each is for) come back.
type Worker = (Sender<Job>, Receiver<(u64, Typeset)>);

pub struct PageCounter {
    paper: Paper,
    /// Called on the worker after each answer, to wake the event loop.
    notify: fn(),
    /// Started at the first request: a session that never settles an
    /// edit never loads the typesetter.
    worker: Option<Worker>,
}

impl PageCounter {
    pub fn new(paper: Paper, notify: fn()) -> PageCounter {
        PageCounter {
            paper,
            notify,
            worker: None,
        }
    }

    pub fn ask(&mut self, fingerprint: u64, resume: Resume) {
        let (paper, notify) = (self.paper, self.notify);
        let (jobs, _) = self.worker.get_or_insert_with(|| start(paper, notify));
        // A worker that died (a typesetting panic) just stops counting;
        // the status bar keeps the estimate.
        let _ = jobs.send(Job {
            fingerprint,
            resume,
        });
    }

    /// Counts that came back since the last call, newest last.
    pub fn answers(&self) -> Vec<(u64, Typeset)> {
        self.worker
            .as_ref()
            .map(|(_, done)| done.try_iter().collect())
            .unwrap_or_default()
    }
}

/// What a count depends on besides the document: the paper and this build
/// of the typesetter (a count remembered by another is done again).
pub fn setting(paper: Paper) -> String {
    format!("{paper:?} resumd {}", env!("CARGO_PKG_VERSION"))
}

fn start(paper: Paper, notify: fn()) -> Worker {
    let (jobs, inbox) = mpsc::channel::<Job>();
    let (outbox, done) = mpsc::channel();
    // Without a thread the channels stay unanswered and the status bar
    // keeps the estimate.
    let _ = thread::Builder::new()
        .name("page-count".into())
        .spawn(move || {
            yield_to_the_editor();
            while let Ok(mut job) = inbox.recv() {
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                // A resume the typesetter cannot set has no count; the
                // export says why when the user asks for the PDF.
                if let Ok(typeset) = typeset_pages(&job.resume, paper) {
                    if outbox.send((job.fingerprint, typeset)).is_err() {
                        return;
                    }
                    notify();
                }
            }
        });
    (jobs, done)
}

/// Typesetting is background work: on Linux, where the nice value is a
/// thread's own, the worker takes the CPU only when the editor does not
/// need it (on a 2-core dev box over SSH, a key never waits for it).
fn yield_to_the_editor() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only changes the calling thread's nice value.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::resume::Level;

    #[test]
    fn the_worker_answers_with_the_typeset_count() {
        let mut counter = PageCounter::new(Paper::A4, || {});
        counter.ask(7, Resume::new(Level::Junior));
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if let Some((fingerprint, typeset)) = counter.answers().pop() {
                assert_eq!(fingerprint, 7);
                assert_eq!(typeset.count, 1, "the junior starter fits on one page");
                assert!(typeset.starts.is_empty());
                break;
            }
            assert!(Instant::now() < deadline, "no answer from the worker");
            thread::sleep(Duration::from_millis(20));
        }
    }
}
